"""To whom an event is done: the actors a pattern's target slot holds, or, with no slot,
the objects and phrases of the predicate as PETRARCH reads a verb phrase (nearest first),
with the refinements accord adds (what the object names, clauses of manner set aside,
weapons as instruments)."""

from __future__ import annotations

from ..model import Actor, Mention
from .implicit import ACCUSED_HOWS, ACCUSED_ROOTS
from .match import clause_tokens
from .roles import (
    ActorIndex,
    Role,
    adverbial_clause_words,
    agent_modifiers,
    is_medium,
    is_weapon,
    led_by,
    medium_words,
    nested_candidates,
    noun_targets,
    object_candidates,
)

MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "note", "write", "quote", "claim", "confirm", "explain", "reveal", "declare"})
TOPIC_ROOTS = frozenset({"01", "02", "03", "04", "06"})


def _name_alone(m: Mention, tok) -> Mention:
    """The country named inside a phrase ("the parliament of Gondor") as an actor of its own."""
    if not m.actor.country:
        return m
    c = m.actor.country
    actor = Actor(c, c, (), c, "country", f"'{tok.text}' in '{m.text}': its country alone")
    return Mention(tok.idx, tok.idx + len(tok.text), tok.text, actor, tok.i, actor.reason)


def slot_mentions(slot_after: int, clause, idx: ActorIndex, pred=None) -> list[Mention]:
    if pred is not None and slot_after < pred.i:
        # a slot before the verb ("+ WAS * DEAD IN $"): the first actor from there on, the
        # subject included (PETRARCH reads the words before the verb, not the clause)
        clause = [t for t in pred.sent if slot_after < t.i < pred.i]
    for tok in clause:
        if tok.i > slot_after:
            ms = idx.at(tok) if tok.i in idx.by_head else []
            if ms:
                return ms
            if pred is not None:  # the name inside a phrase headed before the slot
                # ("^ ^ +" over "the parliament | of Gondor")
                ms = [m for group in idx.by_head.values() for m in group
                      if m.head <= slot_after and m.start <= tok.idx < m.end and tok.pos_ == "PROPN"]
                if ms:  # the slot holds the name alone: its country ("of Gondor": GON)
                    return [_name_alone(m, tok) for m in ms]
    for tok in clause:  # a name inside a longer phrase: "withdraw * from +" in "workers from Iraq"
        if tok.i > slot_after and tok.pos_ == "PROPN" and idx.covering.get(tok.i):
            return idx.covering[tok.i]
    return []


def find_targets(pred, is_noun: bool, idx: ActorIndex, exclude: set[int], code: str = "",
                  petrarch: bool = False, pattern_code: str = "", own: frozenset[int] = frozenset()
                  ) -> tuple[list[Mention], str]:
    """``own``: the source's other mentions, passed over in the predicate's own phrases."""
    roles: list[Role] = noun_targets(pred, pattern_code or code) if is_noun else object_candidates(pred)
    if not is_noun and code[:2] in ACCUSED_ROOTS:
        # "complained to the UN over Israeli raids": the accused, not the one told
        roles = sorted(roles, key=lambda r: r.how not in ACCUSED_HOWS)
    for role in roles:
        ms = [m for m in idx.at(role.token) if m.head not in exclude and m.head not in own]
        if ms:
            return ms, role.how
    for role in roles:  # "restore ties with X", "impose sanctions on X", "fired rockets and
        # shells at X" (the phrase of a conjunct); before them who carries out the act the object
        # names ("Israel's proposal"), not for talks or statements, and whoever leads it or
        # what it is done to ("refused to assist | help to the US-led war against Iraq": the
        # US), for cooperation too
        root = (pattern_code or code)[:2]
        agents = agent_modifiers(role) if root not in TOPIC_ROOTS - {"03"} else led_by(role.token) if root == "06" else []
        inner = [n for t in (role.token, *role.token.conjuncts) for n in nested_candidates(t)]
        led = [a for n in inner if n.how.endswith(":to") for a in led_by(n.token)]  # the recipient's leader
        if root in TOPIC_ROOTS:  # a statement's medium is no target ("declared a coup on television")
            inner = [n for n in inner if not is_medium(n.token.head)]
        for nested in (*agents, *led, *inner):
            ms = [m for m in idx.at(nested.token) if m.head not in exclude and m.head not in own
                  and not (nested in agents and m.actor.code.startswith("---"))]  # "the government's plan": whose?
            if ms:
                return ms, f"{role.how}>{nested.how}"
    if is_noun:
        return [], ""
    # "offered to hand over to Great Britain": the target sits in the governed clause
    for c in pred.children:
        if c.dep_ == "xcomp":
            ms, how = find_targets(c, False, idx, exclude, code, petrarch)
            if ms:
                return ms, f"xcomp:{how}"
    # the first actor after the predicate in its own clause, as PETRARCH reads a verb phrase,
    # not in a clause of manner or time on it ("resign without returning to Kyrgyzstan")
    aside = set() if petrarch else adverbial_clause_words(pred)
    if not petrarch and code[:2] in TOPIC_ROOTS:
        aside |= medium_words(pred)
    for tok in (t for t in clause_tokens(pred) if t.i not in aside):
        # a possessor is the target of praise, blame or refusal ("praised Haiti's efforts"),
        # never of talks or statements ("discuss North Korea's nuclear programme")
        mods = MODIFIER_DEPS if code[:2] in TOPIC_ROOTS else MODIFIER_DEPS - {"poss"}
        if tok.i > pred.i and tok.i in idx.by_head and tok.dep_ not in mods and not is_weapon(tok):
            ms = [m for m in idx.at(tok) if m.head not in exclude]
            if ms:
                return ms, f"first actor in the clause ({tok.dep_})"
    # "demanded that the US cancel ...", a demand "for the US to back ...": the subject of the
    # complement clause (not for verbs of saying: "an official said Arnor ..." is no act toward Arnor)
    for c in (pred.children if pred.lemma_.lower() not in REPORTING else ()):
        if c.dep_ == "ccomp" or (code[:2] == "10" and c.dep_ == "advcl" and any(
                x.dep_ == "mark" and x.lower_ == "for" for x in c.children)):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    ms = [m for m in idx.at(s) if m.head not in exclude]
                    if ms:
                        return ms, "subject of the complement clause"
    if petrarch:  # PETRARCH: the first actor anywhere in the verb phrase ("an anti-Gondor parade"),
        # with the actors coordinated with it ("toward Gondor and Arnor's leader")
        for tok in pred.subtree:
            ms = [m for t in (tok, *tok.conjuncts) for m in idx.by_head.get(t.i, [])
                  if m.head not in exclude] if tok.i > pred.i else []
            if ms:
                return ms, f"first actor in the verb phrase ({tok.dep_})"
    return [], ""
