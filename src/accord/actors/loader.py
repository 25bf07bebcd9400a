"""The actor knowledge base: its tables loaded into indexes, and name lookup by date.

    kb = ActorKB.load(extra_files=(), dict_dir=None)
    kb.lookup("Fumio Kishida", date(2023, 5, 7))  -> [Actor(JPNGOV ...)]

Sources, best first: the user's ``extra_files``; leaders.tsv; the curated tables (figures,
seats, organisations, non-actors); the Phoenix-derived tables.  With ``dict_dir`` (written by
``accord dict import``) the actors, agents and discards found there replace the shipped
ones.  A person resolves to the role held on the date; without one to an undated default
role; without that to the role closest in time (a past government role gives the country's
ELI code: a former office holder).  Loads are cached per process.
"""

from __future__ import annotations

import gc
import re
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple
from importlib import resources
from pathlib import Path

from ..model import Actor
from .codes import CodeReader, legacy_countries, to_iso
from .importer import NOT_COUNTRIES
from .names import key, plural
from .tables import (ActorDataError, ActorRow, AgentRow, CountryRow, DiscardRow, TitleRow, read_rows,
                     READERS)

SHIPPED = (  # (file, source rank); lower ranks win
    ("leaders.tsv", 1), ("figures.tsv", 2), ("seats.tsv", 2), ("agencies.tsv", 2), ("recent_groups.tsv", 2), ("organizations.tsv", 2), ("nonactors.tsv", 2),
    ("institutions.tsv", 3), ("groups.tsv", 3), ("people.tsv", 3),
)
KIND_OF_ACTOR = {"person": "person", "igo": "igo", "group": "group", "country": "country", "seat": "country"}


# generational suffixes, no surname ("Jr.", "III")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

class Role(NamedTuple):
    code: str
    start: date | None
    end: date | None
    role: str
    note: str
    origin: str
    rank: int
    order: int

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, on: date) -> bool:
        return self.dated and (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def span(self) -> str:
        return f"{self.start or '...'}..{self.end or '...'}"

    def distance(self, on: date) -> int:
        if self.start and on < self.start:
            return (self.start - on).days
        if self.end and on > self.end:
            return (on - self.end).days
        return 0


@dataclass
class Entity:
    """A named actor: a person, organisation, group, seat of power or non-actor (code ---)."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return min((r.rank for r in self.roles), default=9)


@dataclass(frozen=True)
class Country:
    code: str  # CAMEO code (ISO alpha-3 unless they differ)
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Agent:
    phrase: str
    code: str  # "~GOV" or "NGO~"
    origin: str

    @property
    def sector_code(self) -> str:
        return self.code.strip("~")

    @property
    def prefix(self) -> bool:
        return self.code.endswith("~")


@dataclass(frozen=True)
class Ref:
    """What an index key stands for."""

    kind: str  # entity | country | adj | demonym | capital | agent | title
    target: object  # Entity | Country | Agent | TitleRow
    acronym: bool = False  # an all-capitals alias ("UN", "AU"): matches capitals only
    plural: bool = False  # an agent's plural form ("officials")
    lower: frozenset[str] = frozenset()  # words the name writes in lower case ("European common market")


class ActorKB:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.entities: dict[str, Entity] = {}
        self.agents: dict[str, Agent] = {}
        self.titles: dict[str, TitleRow] = {}
        self.discards: list[DiscardRow] = []
        self.index: dict[str, list[Ref]] = {}
        self.codes = CodeReader(CodeReader.shipped_sectors(), set())
        self.legacy = legacy_countries()  # older CAMEO country codes read as ISO ("TMP" -> "TLS")
        self.sources: list[str] = []
        self._order = 0
        self._matcher = None
        self._surnames: dict | None = None
        self._surnames_all: dict | None = None
        self._name_words: set[str] | None = None
        self._lock = threading.Lock()

    # -- loading ----------------------------------------------------------------------
    @classmethod
    def load(cls, extra_files=(), dict_dir=None) -> "ActorKB":
        """The shipped knowledge, ``dict_dir``'s actors/agents/discards in its place when
        given, and the user's ``extra_files`` on top.  Cached per process."""
        sig = (tuple(_stamp(Path(f)) for f in extra_files), _dir_stamp(Path(dict_dir)) if dict_dir else None)
        with _CACHE_LOCK:
            kb = _CACHE.get(sig)
            if kb is None:
                enabled = gc.isenabled()
                gc.disable()  # tens of thousands of small objects: collecting meanwhile doubles the time
                try:
                    kb = cls._build(tuple(Path(f) for f in extra_files), Path(dict_dir) if dict_dir else None)
                finally:
                    if enabled:
                        gc.enable()
                _CACHE[sig] = kb
        return kb

    @classmethod
    def _build(cls, extra_files: tuple[Path, ...], dict_dir: Path | None) -> "ActorKB":
        kb = cls()
        if dict_dir:
            kb.legacy = {}  # PETRARCH dictionaries keep their codes as written
        dict_tables = _dict_tables(dict_dir) if dict_dir else {}
        if dict_dir and not dict_tables:
            raise ActorDataError(f"{dict_dir}: no actors/, agents/ or discards/ tables (run `accord dict import`)")
        # user files first: they win every tie
        for f in extra_files:
            kind, rows = _read(f)
            kb._add_table(kind, rows, rank=0, origin=str(f))
        if "actors" in dict_tables:
            for f in dict_tables["actors"]:
                kb._add_table("actors", _read(f, "actors")[1], rank=1, origin=str(f))
        else:
            kb._add_table("countries", _shipped("countries.tsv"), rank=2, origin="countries.tsv")
            for name, rank in SHIPPED:
                rows = _shipped(name, missing_ok=(name == "leaders.tsv"))
                if rows is not None:
                    kb._add_table("actors", rows, rank=rank, origin=name)
        for kind, shipped in (("agents", "agents.tsv"), ("discards", "discards.tsv")):
            if kind in dict_tables:
                for f in dict_tables[kind]:
                    kb._add_table(kind, _read(f, kind)[1], rank=1, origin=str(f))
            else:
                kb._add_table(kind, _shipped(shipped), rank=3, origin=shipped)
        kb._add_table("titles", _shipped("titles.tsv"), rank=2, origin="titles.tsv")
        kb.codes.countries = set(kb.countries) | {  # (a region or religion code alone is none: "WEU", "BAH")
            r.code[:3] for e in kb.entities.values() if e.kind == "country" for r in e.roles
            if len(r.code) == 3 and r.code not in kb.codes.sector_types}
        kb.sources = [str(f) for f in extra_files] + ([str(dict_dir)] if dict_dir else ["shipped"])
        return kb

    def _add_table(self, kind: str, rows, rank: int, origin: str) -> None:
        add = {"actors": self._add_actor, "countries": self._add_country, "agents": self._add_agent,
               "discards": self.discards.append, "titles": self._add_title}[kind]
        for row in rows:
            if kind in ("actors", "countries", "agents"):
                add(row, rank)
            else:
                add(row)

    def _add_actor(self, row: ActorRow, rank: int) -> None:
        k = key(row.name)
        ent = self.entities.get(k)
        if ent is None:
            ent = Entity(row.name, row.kind or _kind_of_row(row))
            self.entities[k] = ent
            self._index(k, Ref("entity", ent, _acronym(row.name), lower=_lower_words(row.name)))
        elif row.kind and rank < ent.rank:
            ent.kind = row.kind
        self._order += 1
        ent.roles.append(Role(to_iso(row.code, self.legacy), row.start, row.end, row.role, row.note, row.origin, rank, self._order))
        for a in row.aliases:
            ak = key(a)
            if ak and ak != k and a not in ent.aliases:
                ent.aliases.append(a)
                self._index(ak, Ref("entity", ent, _acronym(a), lower=_lower_words(a)))
        for n in (row.name,) + tuple(row.aliases):  # "The Islamic State" is also "Islamic State group"
            nk = key(n)
            if nk.startswith("the ") and nk.count(" ") >= 2:
                self._index(nk[4:], Ref("entity", ent))
            if "(" in n:  # "Liberation Tigers of Tamil Eelam (ltte)": the name, and LTTE for the main name
                before, _, inside = n.partition("(")
                bk, inside = key(before), inside.split(")")[0].strip()
                if bk.count(" ") >= 1:
                    self._index(bk, Ref("entity", ent))
                if n == row.name and inside.isalpha() and 3 <= len(inside) <= 6 and key(inside) not in self.index:
                    self._index(key(inside), Ref("entity", ent, acronym=True))

    def _add_country(self, row: CountryRow, rank: int) -> None:
        code = to_iso(row.code, self.legacy)
        old = self.countries.get(code)
        if old is None:
            merged = Country(code, row.iso3, row.name, row.aliases, row.adjectives, row.demonyms, row.capitals)
        else:  # a second row for a code (a user's row comes first) adds its words
            extra = (row.name,) if key(row.name) != key(old.name) else ()
            merged = Country(code, old.iso3, old.name, *(
                tuple(dict.fromkeys(getattr(old, c) + getattr(row, c) + (extra if c == "aliases" else ())))
                for c in ("aliases", "adjectives", "demonyms", "capitals")))
        self.countries[code] = merged
        self._index(key(merged.name), Ref("country", merged, _acronym(merged.name)))
        for col, kind in (("aliases", "country"), ("adjectives", "adj"), ("demonyms", "demonym"), ("capitals", "capital")):
            for word in getattr(merged, col):
                self._index(key(word), Ref(kind, merged, _acronym(word)))

    def _add_agent(self, row: AgentRow, rank: int) -> None:
        if row.phrase in self.agents:
            return  # the first (best-ranked) definition wins
        agent = Agent(row.phrase, row.code, row.origin)
        self.agents[row.phrase] = agent
        self._index(key(row.phrase), Ref("agent", agent))
        forms = (plural(row.phrase),) if row.plurals is None else row.plurals
        for form in forms:
            if form != row.phrase:
                self._index(key(form), Ref("agent", agent, plural=True))

    def _add_title(self, row: TitleRow) -> None:
        k = key(row.title)
        if k not in self.titles:
            self.titles[k] = row
            self._index(k, Ref("title", row))

    def _index(self, k: str, ref: Ref) -> None:
        if not k:
            return
        refs = self.index.setdefault(k, [])
        for r in refs:
            if r.kind == ref.kind and r.target is ref.target:
                return
        refs.append(ref)

    # -- actors ---------------------------------------------------------------------
    def actor(self, code: str, name: str | None, kind: str | None, reason: str) -> Actor:
        parts = self.codes.parse(code)
        kind = kind or _kind_of_code(code)
        return Actor(code, parts.country, parts.sectors, name, KIND_OF_ACTOR.get(kind, kind), reason)

    def country_actor(self, c: Country, how: str) -> Actor:
        return Actor(c.code, c.code, (), c.name, "country", f"kb country {c.name} ({how})")

    def entity_actors(self, ent: Entity, on: date | None) -> list[Actor]:
        """The entity's actors on a date: one, or several for a compound code ("[FRO/SAM]")."""
        role, how = resolve_role(ent.roles, on)
        if role is None:
            return []
        where = role.note.split(" ")[0]  # "file:line" of the dictionary restriction
        roles = [role] + [r for r in ent.roles if r is not role and where and r.note.split(" ")[0] == where
                          and (r.start, r.end) == (role.start, role.end) and r.rank == role.rank]
        return [a for a in (self._role_actor(ent, r, how, on) for r in roles) if a is not None]

    def entity_actor(self, ent: Entity, on: date | None) -> Actor | None:
        """The entity's actor on a date, with the reason; None for a non-actor (code ---)."""
        role, how = resolve_role(ent.roles, on)
        return self._role_actor(ent, role, how, on) if role is not None else None

    def _role_actor(self, ent: Entity, role: Role, how: str, on: date | None) -> Actor | None:
        if role.code.strip("-") == "":
            return None
        what = f"kb {ent.kind or 'actor'} {ent.name}: {role.code} {role.span()}"
        if role.role:
            what += f" ({role.role})"
        code = role.code
        if how == "on":
            reason = f"{what} on {on}"
        elif how == "default":
            reason = f"kb {ent.kind or 'actor'} {ent.name}: {role.code} (undated)" + (f" on {on}" if on else "")
        elif how == "latest":
            reason = f"{what}; no date given: the latest role"
        elif how == "former":
            parts = self.codes.parse(role.code)
            if parts.country and ent.kind == "person":
                code = parts.country + "ELI"
            reason = f"{what} ended before {on}: closest role in time" + (
                f", coded {code} (former office holder)" if code != role.code else "")
        else:  # before
            reason = f"{what} starts after {on}: closest role in time"
        return self.actor(code, ent.name, ent.kind, reason)

    def agent_actor(self, agent: Agent, base: Actor | None, text: str, former: bool = False) -> Actor:
        """An agent word alone ("---GOV") or combined with a country or organisation actor."""
        sect = "ELI" if former else agent.sector_code
        word = f"former {agent.phrase}" if former else agent.phrase
        if base is None:
            code = sect if agent.prefix and not former else "---" + sect
            return self.actor(code, text, "group" if agent.prefix else "sector",
                              f"agent '{word}' {agent.code} without a country")
        if former and base.country:
            code = (base.code if base.code.startswith(base.country) else base.country) + "ELI"  # "former White House officials": USAGOVELI
        elif agent.prefix and not former:
            code = sect + base.code
        elif base.code.endswith(sect) or (base.kind == "igo" and sect == "GOV") or armed_alike(sect, base.sectors):
            code = base.code  # "IDF troops" is ISRMIL, not ISRMILMIL; a UN official is the UN; "RSF fighters" the RSF
        else:
            code = base.code + sect
        parts = self.codes.parse(code)
        kind = base.kind if base.kind in ("igo", "group") else "country"
        return Actor(code, parts.country or base.country, parts.sectors, base.name, kind,
                     f"agent '{word}' {agent.code} + {base.code} ({base.name})")

    # -- lookup -----------------------------------------------------------------------
    def lookup(self, name: str, on: date | None = None) -> list[Actor]:
        """The actors a name can stand for, best first, each with its reason."""
        k = key(name)
        out = self._ref_actors(self.index.get(k, []), on, name)
        for article in ("the ", "a ", "an "):
            if not out and k.startswith(article):
                k = k[len(article):]
                out = self._ref_actors(self.index.get(k, []), on, name)
        if not out:
            out = self._composed(k, on)
        seen: set[tuple[str, str | None]] = set()
        unique = []
        for a in out:
            if (a.code, a.name) not in seen:
                seen.add((a.code, a.name))
                unique.append(a)
        return unique

    def _ref_actors(self, refs: list[Ref], on: date | None, text: str) -> list[Actor]:
        scored = []
        for i, ref in enumerate(refs):
            if ref.kind == "entity":
                for a in self.entity_actors(ref.target, on):
                    holds = ("on " in a.reason and "closest" not in a.reason) or "undated" in a.reason
                    scored.append(((0 if holds else 1, ref.target.rank, i), a))
            elif ref.kind in ("country", "adj", "demonym", "capital"):
                how = {"country": "name", "adj": "adjective", "demonym": "demonym", "capital": "capital"}[ref.kind]
                scored.append(((0, 2, i), self.country_actor(ref.target, f"{how} '{text}'")))
            elif ref.kind == "agent":
                scored.append(((2, 3, i), self.agent_actor(ref.target, None, text)))
        scored.sort(key=lambda s: s[0])
        return [a for _, a in scored]

    def _composed(self, k: str, on: date | None) -> list[Actor]:
        """"Israeli troops", "Japanese Prime Minister Fumio Kishida": a country word before an
        agent, or a title before a known person."""
        if " of " in k:  # "the leaders of South Korea and Japan"
            agent_part, _, country_part = k.partition(" of ")
            agent_part = agent_part[4:] if agent_part.startswith("the ") else agent_part
            country_part = country_part[4:] if country_part.startswith("the ") else country_part
            if any(r.kind == "agent" for r in self.index.get(agent_part, [])):
                got = self._composed(f"{country_part} {agent_part}", on)
                if got:
                    return got
        words = k.split(" ")
        for i in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:i]), " ".join(words[i:])
            tail_refs = self.index.get(tail, [])
            head_refs = self.index.get(head, [])
            agents = [r.target for r in tail_refs if r.kind == "agent"]
            if agents:
                bases = []
                for part in head.replace(" and ", " , ").replace(" or ", " , ").split(" , "):
                    found = [a for a in self._ref_actors(
                        [r for r in self.index.get(part.strip(), []) if r.kind != "agent"], on, part)
                        if a.kind != "person"]
                    if not found:
                        bases = []
                        break
                    bases.append(found[0])
                if bases:  # "Israeli troops"; "South Korean and Japanese officials": one actor each
                    return [self.agent_actor(agents[0], b, head) for b in bases]
            people = [r for r in tail_refs if r.kind == "entity" and r.target.kind == "person"]
            if people and any(r.kind in ("agent", "title") for r in head_refs) or (
                    people and self._composed(head, on)):
                return self._ref_actors(people, on, tail)
        return []

    def person_by_surname(self, word: str, on: date | None, country: str | None = None,
                          sectors: tuple[str, ...] = ()) -> Entity | None:
        """The one person called ``word`` (last name) who holds a dated role on the date from a
        curated source (leaders.tsv or the user's files), agreeing with the country and
        sectors of a title when given: "President Biden" on 2023-05-07 is Joe Biden.  Without a
        date any period counts and the most recent role wins ("President Duterte")."""
        best: dict[int, tuple] = {}
        for e in self._surname_index().get(key(word), ()):
            for r in e.roles:
                if r.rank > 1 or not r.dated or (on is not None and not r.holds(on)):
                    continue
                parts = self.codes.parse(r.code)
                if (country is None or parts.country == country) and set(sectors) <= set(parts.sectors):
                    recency = (r.end or date.max, r.start or date.min)
                    if id(e) not in best or recency > best[id(e)][0]:
                        best[id(e)] = (recency, e)
        if len(best) == 1 or (on is None and best):
            return max(best.values(), key=lambda b: b[0])[1]
        return None

    def leader_by_bare_surname(self, word: str, on: date | None, family_first=frozenset(),
                               blocked=frozenset()) -> tuple[Entity, object] | None:
        """The one office holder of a curated source (leaders.tsv, the user's files) whose
        surname is ``word`` and who holds a role on the date (without a date, the person whose
        role is the most recent): "Trump", "Modi", "Xi" (family name first in CHN, KOR ...).
        None when the word is blocked, unknown or names two people."""
        k = key(word)
        if " " in k or k in blocked:
            return None
        index = self._bare_surname_index(family_first)
        best: dict[int, tuple] = {}
        for e in index.get(k, ()):
            for r in e.roles:
                if r.rank > 1 or not r.dated or (on is not None and not r.holds(on)):
                    continue
                recency = (r.end or date.max, r.start or date.min)
                if id(e) not in best or recency > best[id(e)][0]:
                    best[id(e)] = (recency, e, r)
        if len(best) == 1 or (on is None and best and len({id(b[1]) for b in best.values()}) == 1):
            _, e, r = max(best.values(), key=lambda b: b[0])
            return e, r
        return None

    def _bare_surname_index(self, family_first=frozenset()) -> dict[str, list[Entity]]:
        """Surname (the family name of each spelling, the first word where the family name
        comes first) -> the dated office holders of the curated sources so called; built once."""
        index = getattr(self, "_bare_surnames", None)
        if index is None:
            with self._lock:
                index = getattr(self, "_bare_surnames", None)
                if index is None:
                    index = {}
                    for e in self.entities.values():
                        if e.kind != "person" or e.rank > 1:
                            continue
                        for r in e.roles:
                            if not r.dated:
                                continue
                            first = self.codes.parse(r.code).country in family_first
                            # the surname of each spelling: "Zelensky", "Zelenskiy" beside "Zelenskyy"
                            for n in [e.name] + e.aliases:
                                words = key(n).split(" ")
                                while len(words) > 2 and words[-1] in _NAME_SUFFIXES:
                                    words = words[:-1]  # "Tommy Remengesau Jr.": Remengesau
                                if len(words) < 2 or words[-1] in _NAME_SUFFIXES:
                                    continue
                                w = words[0] if first else words[-1]
                                if e not in index.setdefault(w, []):
                                    index[w].append(e)
                    self._bare_surnames = index
        return index

    def bare_surnames(self, family_first=frozenset(), blocked=frozenset()) -> frozenset[str]:
        """Every word ``leader_by_bare_surname`` may resolve (on some date): the sentence
        filter counts them as a possible actor ("Trump criticized Zelensky")."""
        return frozenset(self._bare_surname_index(family_first)) - frozenset(blocked)

    def leader_country(self, name: str, on: date | None) -> tuple[str, Entity] | None:
        """The country whose government a leader's name stands for in "the Bush administration",
        "the Netanyahu government": (country code, person).  ``name`` is a full name or a
        surname; people of every source with a government role (GOV) count, those in office on
        the date first, then the role nearest the date (the most recent without a date), then
        the person from a curated source, then the better known (more names and roles)."""
        k = key(name)
        people = [r.target for r in self.index.get(k, ()) if r.kind == "entity" and r.target.kind == "person"]
        if not people and " " not in k:
            people = self._surname_index(all_sources=True).get(k, [])
        found: dict[str, tuple] = {}
        for e in people:
            for r in e.roles:
                parts = self.codes.parse(r.code)
                if not parts.country or "GOV" not in parts.sectors:
                    continue
                now = on is not None and r.holds(on)
                when = -r.distance(on) if on is not None else (r.end or date.max).toordinal()
                score = (now, when, r.rank <= 1, len(e.aliases) + len(e.roles))  # last: the better known
                if parts.country not in found or score > found[parts.country][0]:
                    found[parts.country] = (score, e)
        if not found:
            return None
        ranked = sorted(found.items(), key=lambda kv: kv[1][0], reverse=True)
        if len(ranked) > 1 and ranked[0][1][0] == ranked[1][1][0]:
            return None  # leaders of two countries alike in every respect: ambiguous
        return ranked[0][0], ranked[0][1][1]

    def bare_name_ambiguous(self, ent: Entity) -> bool:
        """A person known by one word only ("Abdullah", "Hussein": kings in Phoenix) whose word is
        also part of other people's full names: without a title the word is not enough."""
        k = key(ent.name)
        if ent.kind != "person" or " " in k:
            return False
        if self._name_words is None:
            with self._lock:
                if self._name_words is None:
                    words: set[str] = set()
                    for e in self.entities.values():
                        if e.kind == "person":
                            for n in [e.name] + e.aliases:
                                parts = key(n).split(" ")
                                if len(parts) > 1:
                                    words.update(parts)
                    self._name_words = words
        return k in self._name_words and not any(
            " " in key(n) and k in key(n).split(" ") for n in ent.aliases)

    def _surname_index(self, all_sources: bool = False) -> dict[str, list[Entity]]:
        """Last word of a name -> the people called so (curated sources, or all), built once."""
        attr = "_surnames_all" if all_sources else "_surnames"
        got = getattr(self, attr, None)
        if got is None:
            with self._lock:
                got = getattr(self, attr, None)
                if got is None:
                    by: dict[str, list[Entity]] = {}
                    for e in self.entities.values():
                        if e.kind == "person" and (all_sources or e.rank <= 1):
                            for n in [e.name] + e.aliases:
                                words = key(n).split(" ")
                                if len(words) > 1 and e not in by.setdefault(words[-1], []):
                                    by[words[-1]].append(e)
                    setattr(self, attr, by)
                    got = by
        return got

    def discard(self, text: str) -> DiscardRow | None:
        """The discard phrase found in a sentence or story, if any."""
        low = " " + " ".join(text.lower().split()) + " "
        for d in self.discards:
            probe = " " + d.phrase + (" " if d.match == "word" else "")
            if probe in low:
                return d
        return None

    def matcher(self):
        """The phrase index used by the recognizer (built once, on first use)."""
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    from .matcher import PhraseIndex

                    self._matcher = PhraseIndex(self.index)
        return self._matcher

    def stats(self) -> dict[str, int]:
        people = [e for e in self.entities.values() if e.kind == "person"]
        return {
            "countries": len(self.countries),
            "organizations": sum(1 for e in self.entities.values() if e.kind == "igo"),
            "groups": sum(1 for e in self.entities.values() if e.kind == "group"),
            "people": len(people),
            "person_roles": sum(1 for e in people for r in e.roles if r.dated),
            "agents": len(self.agents),
            "names": len(self.index),
        }


def resolve_role(roles: list[Role], on: date | None) -> tuple[Role | None, str]:
    """(role, how): how is on | default | former | before | latest."""
    if not roles:
        return None, ""
    if on is None:
        dated = [r for r in roles if r.dated]
        if not dated:
            return min(roles, key=lambda r: (r.rank, r.order)), "default"
        return max(dated, key=lambda r: (r.end or date.max, r.start or date.min, -r.rank, -r.order)), "latest"
    candidates = [r for r in roles if r.holds(on) or not r.dated]
    if candidates:
        best = min(candidates, key=lambda r: (r.rank, 0 if r.dated else 1, r.order))
        return best, "on" if best.dated else "default"
    best = min(roles, key=lambda r: (r.distance(on), r.rank, r.order))
    return best, "former" if best.end and best.end < on else "before"


def _kind_of_row(row: ActorRow) -> str:
    """A row without a kind column: a dated role or a role name makes a person."""
    if row.role or row.start or row.end:
        return "person"
    return _kind_of_code(row.code)


def _kind_of_code(code: str) -> str:
    if code.startswith("IGO"):
        return "igo"
    if len(code) == 3 and code not in NOT_COUNTRIES:
        return "country"
    return "group"


def _lower_words(name: str) -> frozenset[str]:
    """The words after the first that a name writes in lower case: they may be lower case in
    the text too ("European common market"); every other word must be capitalised."""
    words = [w for w in re.split(r"[\s\-‐]+", name)[1:] if w]  # "wal-Muslimin", "Jaish-e-Mohammed" too
    return frozenset(key(w) for w in words if w[:1].islower())


def _acronym(text: str) -> bool:
    """An all-capitals alias of up to three letters ("UN", "U.S.", "WHO", "AU"): the text must
    be in capitals too ("us", "Who" are not actors).  Longer ones also match "Nato", "Opec"."""
    return len(text) <= 6 and text.isupper() and " " not in text and sum(c.isalpha() for c in text) <= 3


_CACHE: dict = {}
_CACHE_LOCK = threading.Lock()


def _stamp(path: Path):
    try:
        st = path.stat()
    except OSError as exc:
        raise ActorDataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return (str(path.resolve()), st.st_mtime_ns, st.st_size)


def _dir_stamp(path: Path):
    if not path.is_dir():
        raise ActorDataError(f"{path}: not a folder written by `accord dict import`")
    return (str(path.resolve()), tuple(_stamp(f) for f in sorted(path.rglob("*.tsv"))))


def _dict_tables(dict_dir: Path) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for kind in ("actors", "agents", "discards"):
        files = sorted((dict_dir / kind).glob("*.tsv")) if (dict_dir / kind).is_dir() else []
        if (dict_dir / f"{kind}.tsv").is_file():
            files.insert(0, dict_dir / f"{kind}.tsv")
        if files:
            out[kind] = files
    return out


def _read(path: Path, expect: str | None = None):
    kind, rows = read_rows(path)
    if expect and kind != expect:
        raise ActorDataError(f"{path}:1: expected a table of {expect}, the header is one of {kind}")
    if kind not in ("actors", "countries", "agents", "discards"):
        raise ActorDataError(f"{path}:1: a user file holds actors, countries or agents, not {kind}")
    return kind, READERS[kind](path, rows)


def _shipped(name: str, missing_ok: bool = False):
    res = resources.files("accord.actors").joinpath(f"data/{name}")
    try:
        text = res.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return None
        raise
    kind, rows = read_rows(Path(name), text)
    return READERS[kind](Path(name), rows)


def armed_alike(sect: str, sectors) -> bool:
    """An armed agent ("fighters" UAF) of an actor with an armed sector of the same family
    (armed_sectors in grammar.yaml: "RSF fighters" are the RSF, SDNREB)."""
    from .context import grammar  # (context imports this module)

    armed = grammar()["armed_sectors"]
    words = [sect[i:i + 3].lower() for i in range(0, len(sect), 3)]
    return bool(words) and all(w in armed for w in words) and any(s.lower() in armed for s in sectors)
