"""Where an ethnic minority lives: not in its kin state unless the sentence says so.

"Ethnic Albanians", "ethnic Serbs" are a people (recognizer.py, ``_stateless``: code ``---``),
usually a minority in another country than the state of that name.  The coder gives them the
country of a place in their own phrase or of the event, as for any agent without a country
(pipeline.py, ``_with_country``); when it falls back on the countries the sentence names, the
kin state is not one of them, nor is a country named only as the far side of a border ("near
Macedonia's border with Bulgaria": not Bulgaria) or as where someone is to be sent ("to deport
them to Romania": not Romania; `removal_verbs` in actors/data/grammar.yaml).
"""

from __future__ import annotations

from .. import places
from .context import grammar

KIN_MARK = "a people, not the state "


def kin_state(actor) -> str | None:
    """The state whose name a people bears ("ethnic Serbs": SRB), None for other actors."""
    reason = actor.reason or ""
    at = reason.find(KIN_MARK)
    if at < 0 or actor.country:
        return None
    return reason[at + len(KIN_MARK):][:3] or None


def _country(tok) -> str | None:
    loc = places.lookup(tok.doc[tok.left_edge.i: tok.i + 1].text)
    return loc.country if loc is not None and loc.country else None


def elsewhere(doc) -> set[str]:
    """Countries a sentence names as the far side of a border ("X's border with Y": Y) or as
    where someone is sent ("deport them to Y", "send them back to Y": Y)."""
    border, removal = places.rules()["border_nouns"], grammar()["removal_verbs"]
    out: set[str] = set()
    for t in doc:
        if t.dep_ != "pobj":
            continue
        prep, holder = t.head, t.head.head
        far = prep.lower_ == "with" and holder.lemma_.lower() in border
        sent = prep.lower_ == "to" and holder.lemma_.lower() in removal
        if not sent and prep.lower_ == "to" and holder.dep_ == "advmod" and holder.lower_ == "back":
            sent = holder.head.lemma_.lower() in removal  # "send them back to Y"
        if far or sent:
            c = _country(t)
            if c:
                out.add(c)
    return out


def away_from_kin(actor, doc, countries, placed, other):
    """The sentence's countries, placed countries and other actor's country a people may take:
    without its kin state and the countries named as elsewhere."""
    kin = kin_state(actor)
    if kin is None:
        return countries, placed, other
    away = {kin} | elsewhere(doc)
    return frozenset(countries) - away, frozenset(placed) - away, None if other in away else other
