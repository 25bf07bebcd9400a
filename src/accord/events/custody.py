"""Harm done in someone's custody: the custodian did it.

- "A blogger was beaten in Egyptian police custody", "was tortured in Russian detention":
  an act of violence (CAMEO 18) with no doer named, done "in"/"under" a custody noun, has
  the custodian named on that noun (its modifier or possessor) as source
  (`custody_nouns`, `custody_prepositions` in actors/data/grammar.yaml).
- "X died as a result of torture while in Turkish police custody": a noun of harm in the
  clause of a verb whose phrase puts the subject in custody is done to that subject.
Custody with no custodian named ("died in custody") names no source here.
"""

from __future__ import annotations

from .roles import Role, _grammar, noun_sources

HARM_ROOTS = ("18",)
CUSTODIAN = "custodian: "


def _clause_verb(pred):
    """The predicate itself for a verb; for a noun, the verb it hangs on (four steps up:
    "died as a result of torture")."""
    t = pred
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _path(pred) -> list:
    """The predicate and the words above it up to its clause's verb."""
    verb = _clause_verb(pred)
    if verb is None:
        return []
    out, t = [pred], pred
    while t.i != verb.i:
        t = t.head
        out.append(t)
    return out


def custody_nouns(pred) -> list:
    """The custody nouns of the predicate's clause, on the predicate or a word above it up to
    the verb ("beaten in Egyptian police custody", "died after torture in Israeli custody")."""
    g = _grammar()
    return [p for w in _path(pred) for c in w.children if c.dep_ == "prep" and c.lower_ in g["custody_prepositions"]
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in g["custody_nouns"]]


def custodian_roles(pred, code: str) -> list[Role]:
    """The custodian named on the custody noun of an act of harm's clause, as its source."""
    if not code.startswith(HARM_ROOTS):
        return []
    return [Role(r.token, f"{CUSTODIAN}{n.text} ({r.how})") for n in custody_nouns(pred)
            for r in noun_sources(n) if not r.how.startswith(("governor", "verb"))]


def sufferer(pred):
    """The one held: the subject of the verb a noun of harm hangs on ("X died as a result of
    torture while in custody": X); None for a verb (its own object or passive subject is)."""
    if pred.pos_ in ("VERB", "AUX"):
        return None
    verb = _clause_verb(pred)
    if verb is None or not custody_nouns(pred):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
