"""Actors the text does not name: who did it when no agent is named (the authorities of a
place, the country of unattributed violence), and whom it was done to when no target is
(the source's own country).  The rules and the CAMEO roots they apply to; the coder
(extract.py) decides when to fall back on them.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from ..model import Actor, Mention
from .roles import ActorIndex

# acts of the state: when done to someone in a place ("was arrested in Cairo", "put under
# investigation in Italy") and no agent is named, the authorities of that place did them
AUTHORITY_ROOTS = frozenset({"09", "17"})


FOREIGN_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})

# disapproval and rejection: their target is what "over", "about" or "against" names
ACCUSED_ROOTS = frozenset({"11", "12"})
ACCUSED_HOWS = frozenset({"prep:over", "prep:about", "prep:against"})


# violence with no named perpetrator ("a roadside bombing killed", "was killed in a blast")
UNATTRIBUTED_ROOTS = frozenset({"18", "19", "20"})


def subject_is_no_actor(tok, idx: ActorIndex) -> bool:
    """The subject is a thing of violence, not an actor: "a roadside bombing killed ...", "an
    explosion", "a mass stabbing" (``violent_causes``, ``violent_events``); not any thing ("the
    decline in sales hit the suppliers", "the storm killed")."""
    words = _words()["violent_causes"] | _words().get("violent_events", frozenset())
    for c in tok.children:
        if c.dep_ == "nsubj":
            return c.pos_ == "NOUN" and not idx.at(c) and (c.lemma_.lower() in words or c.lower_ in words)
    return False


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    text = resources.files("accord.events").joinpath("data/implicit.yaml").read_text(encoding="utf-8")
    return {k: frozenset(v) for k, v in yaml.safe_load(text).items()}


def agent_is_no_actor(tok, idx: ActorIndex) -> bool:
    """The passive's "by" phrase is a weapon or blast, not an actor: "were killed by a
    roadside bomb" (not "killed by floods")."""
    causes = _words()["violent_causes"]
    return any(p.pos_ == "NOUN" and not idx.at(p) and p.lemma_.lower() in causes
               for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")


def no_actor_cause(tok) -> list:
    """The phrase that names what did it when no actor is named: the subject ("a bombing
    killed ..."), or the object of a passive's "by" ("killed by a roadside bomb")."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + [
        p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def self_acting(tok, code: str) -> list:
    """The passive subject of an act it carries out itself when no agent is named ("rebels
    were demobilized"): the source (``self_acting_codes`` in implicit.yaml)."""
    if code not in _words()["self_acting_codes"] or not passive_without_agent(tok):
        return []
    return [c for c in tok.children if c.dep_ == "nsubjpass"]


def passive_without_agent(tok) -> bool:
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def owned_by(target: Mention, srcs: list[Mention], idx: ActorIndex, doc) -> bool:
    """The target phrase belongs to a source: "its forces", "their own troops"; not a
    counterpart ("met his Turkish counterpart": the other side; counterpart_nouns in grammar.yaml)."""
    from ..actors.context import grammar

    if target.head < 0 or not srcs or doc[target.head].lemma_.lower() in grammar()["counterpart_nouns"]:
        return False
    codes = {s.actor.code for s in srcs}
    for c in doc[target.head].children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            if any(m.actor.code in codes for m in idx.at(c)):
                return True
    return False


def own_possessive(target: Mention, srcs: list[Mention], idx: ActorIndex, doc) -> bool:
    """"The US and Britain closed their embassies": a possessive pronoun for the sources
    owns the thing, it is no target; not with a noun of a relation ("upgraded their ties":
    each other's partner)."""
    from ..actors.context import grammar

    if target.head < 0 or not srcs:
        return False
    tok = doc[target.head]
    if tok.pos_ != "PRON" or tok.dep_ != "poss" or tok.head.lemma_.lower() in grammar()["relational_nouns"]:
        return False
    codes = {m.actor.code for m in idx.at(tok)}
    return any(s.actor.code in codes for s in srcs)


IMPLICIT_TARGET = "implicit target"


def domestic(m: Mention) -> Mention:
    """The source's own country as target; for an agent named without a country
    ("students staged demonstrations") a country to be filled in once the source's is known
    (pipeline: from a place in its phrase or of the event)."""
    c = m.actor.country or "---"
    actor = Actor(c, m.actor.country, (), c, "country", f"{IMPLICIT_TARGET}: {m.text}'s own country")
    return Mention(-1, -1, c, actor, -1, actor.reason)


def private_victim(tok, idx: ActorIndex) -> bool:
    """"Andrea Rossi was found dead in Queens", "the journalist X was murdered in Istanbul":
    violence by no one named against one named private person is a crime, coded to no
    country.  The passive's subject is a person's name (a person the actors name with no
    public sector, ``public_victim_sectors``, or a name the entity recognizer reads as a
    person's); not a place ("Kabul was shelled"), a group or an official."""
    from ..person_names import is_person_name

    public = _words()["public_victim_sectors"]
    for c in tok.children:
        if c.dep_ != "nsubjpass" or c.pos_ != "PROPN" or any(x.dep_ == "conj" for x in c.children):
            continue
        ms = idx.at(c)
        if ms:
            return all(m.actor.kind == "person" and not set(m.actor.sectors) & public for m in ms)
        return is_person_name(c)
    return False
