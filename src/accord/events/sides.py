"""Who fights whom when the sentence names the sides elsewhere than in subject and object.

- "Fighting broke out between the army and the RSF", "clashes between X and Y erupted":
  the sides of a "between" phrase fight each other (both directions, no third source).
- "X was killed in an Israeli strike": a passive without agent whose "in"/"by" phrase is
  an act of force with its own agent ("Israeli", "by Israel", "Russia's") has that agent
  as source (`instrument_prepositions`, `instrument_nouns` in actors/data/grammar.yaml).
"""

from __future__ import annotations

from .roles import Role, _grammar, noun_sources


def between_sides(pred, idx) -> list:
    """The actor mentions of the sides of a "between" phrase on the predicate (verb or
    event noun) or, for a verb, on its subject noun ("Fighting ... broke out between A and
    B", "Clashes between A and B erupted"); empty unless two distinct actors are named."""
    if pred.pos_ not in ("VERB", "AUX") and pred.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return []  # "closed the border because of fighting between A and B": background
    holders = [pred]
    if pred.pos_ in ("VERB", "AUX"):
        holders += [c for c in pred.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    elif pred.dep_ == "nsubj" and pred.head.i != pred.i:
        holders.append(pred.head)  # "fighting broke out | between A and B"
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "between":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                sides = idx.at(p)
                if len({m.actor.code for m in sides}) > 1:
                    return sides
    return []


def instrument_nouns(pred) -> list:
    """The acts of force named in a predicate's "in"/"by" phrase ("in an Israeli strike")."""
    g = _grammar()
    preps, nouns = g["instrument_prepositions"], g["instrument_nouns"]
    return [p for c in pred.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns]


INSTRUMENT_AGENT = "agent of the "


def instrument_agents(pred) -> list[Role]:
    """The agent of the act of force named in a passive's "in"/"by" phrase ("was killed in
    an Israeli air strike", "died in a strike by Russia")."""
    return [Role(r.token, f"{INSTRUMENT_AGENT}{p.text} ({r.how})") for p in instrument_nouns(pred)
            for r in noun_sources(p) if not r.how.startswith(("governor", "verb"))]


def without_instruments(cands: list) -> list:
    """The strike that gave a passive its agent is that event itself, not another: "was
    killed in an Israeli air strike" is one event (the killing), not also the air strike."""
    used = {n.i for c in cands if f"source {INSTRUMENT_AGENT}" in c.roles for n in instrument_nouns(c.trigger)}
    return [c for c in cands if c.trigger.i not in used]


def quantified(noun) -> list:
    """What a quantity noun counts: "dozens of drones" -> drones (quantity_nouns in grammar.yaml)."""
    if noun.lower_ not in _grammar()["quantity_nouns"]:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
