"""ArticleActors: the people an article has introduced, for the rest of that article.

Once "Japanese Prime Minister Fumio Kishida" has been read, "Kishida" (a surname: the last
or, for East Asian order, the first word of the name) and "the prime minister" (a title
alone) stand for him.  Pass one instance across the sentences or Docs of one article;
``recognize`` makes a fresh one when none is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor
from .names import key


@dataclass
class Person:
    name: str
    actor: Actor
    titles: list[str] = field(default_factory=list)  # agent phrases seen with the name
    introduced_as: str = ""

    @property
    def country(self) -> str | None:
        return self.actor.country


class ArticleActors:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}

    def add(self, name: str, actor: Actor, title: str | None = None, text: str = "") -> Person:
        k = key(name)
        person = self._by_name.get(k)
        if person is None:
            person = Person(name, actor, introduced_as=text or name)
            self.people.append(person)
            self._by_name[k] = person
        elif title and not person.titles:
            person.actor = actor  # a title gives the better code
        if title and title not in person.titles:
            person.titles.append(title)
        return person

    def find(self, text: str) -> Person | None:
        """The person a full name or a lone surname stands for (only when unambiguous)."""
        k = key(text)
        if not k:
            return None
        if k in self._by_name:
            return self._by_name[k]
        if " " in k:
            return None  # another full name ("Yuko Kishida" is not Fumio Kishida)
        hits = [p for p in self.people if _name_parts(p.name) and k in _name_parts(p.name)]
        return hits[0] if len(hits) == 1 else None

    def by_title(self, title: str, country: str | None = None) -> Person | None:
        """The one person introduced with this title (and country, when given)."""
        hits = [p for p in self.people if title in p.titles and (country is None or p.country == country)]
        return hits[0] if len(hits) == 1 else None


def _name_parts(name: str) -> tuple[str, ...]:
    words = [w for w in key(name).split(" ") if len(w) > 1]
    if len(words) < 2:
        return ()
    return (words[0], words[-1])
