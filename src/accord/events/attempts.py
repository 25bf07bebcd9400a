"""An attempt on a life: "an attempt to assassinate the governor", "a bid to kill the president".

A verb of taking a life (`life_taking_verbs` in actors/data/grammar.yaml) in a clause on an
attempt noun (`attempt_nouns`) is CAMEO 185 (attempt to assassinate), whether the attempt
failed, was thwarted or foiled (CAMEO: "foil * {assassination attempt}" 185).  Its source is
the attempt's own agent ("an attempt by gunmen", "the rebels' attempt"), never the subject
of the verb the attempt hangs on (who foiled or survived it); with none named, the coder
credits the country where it happened, as for violence nobody is named for (extract.py,
``_unnamed_source``).  A plot is no attempt ("foil * plot" is no event in CAMEO).
"""

from __future__ import annotations

from .roles import Role, _grammar, noun_sources

ATTEMPT_CODE = "185"


def attempt_noun(pred):
    """The attempt noun a verb of killing hangs on ("an attempt to assassinate X": attempt)."""
    g = _grammar()
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in g["life_taking_verbs"] or pred.dep_ not in ("acl", "xcomp"):
        return None
    head = pred.head
    if head.i != pred.i and head.pos_ == "NOUN" and head.lemma_.lower() in g["attempt_nouns"]:
        return head
    return None


def attempt_agents(noun) -> list[Role]:
    """The agent of the attempt itself: its possessor, "by" phrase or modifier; not the
    subject of the verb the attempt hangs on ("police foiled an attempt ...")."""
    return [Role(r.token, f"agent of the {noun.text} ({r.how})") for r in noun_sources(noun)
            if not r.how.startswith(("governor", "verb"))]
