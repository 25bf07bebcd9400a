"""A sentence's main events and its background ones.

A news sentence reports one main event; participles ("..., killing five", "..., saying he
must resign"), relative clauses ("the town where 28 people were killed"), clauses of time,
cause or purpose ("as police cracked down", "to disperse the crowd") and noun modifiers
("aircraft using missiles") set the scene.  When a sentence has an event outside such
clauses, the events inside them are dropped.  The subordinators are listed in
``modality.yaml`` (``background_marks``).  Force at no one named whose purpose clause is
force of the same actor ("police opened fire to disperse demonstrators"), and a sending or
arrival whose purpose clause is a specific act ("sent experts to investigate the attack"),
are coded as that purpose: the clause names the act and whom it was done to.
"""

from __future__ import annotations

from .roles import purpose_clause

CLAUSE_MODIFIERS = frozenset({"relcl", "acl"})
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
PARTICIPLES = frozenset({"VBG", "VBN"})


def background_link(tok, marks: frozenset[str]) -> str:
    """Why ``tok`` stands in a background clause ("" when it does not): the first link on
    its path to the root that subordinates it."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return ""
        if t.dep_ in CLAUSE_MODIFIERS and t.pos_ in ("VERB", "AUX"):
            return f"'{t.text}' opens a clause modifying '{t.head.text}'"
        if t.dep_ == "advcl":
            why = _adverbial(t, marks)
            if why:
                return why
        t = t.head
    return ""


def _adjunct(tok, coded: set[int]) -> str:
    """An event noun in a prepositional phrase of a coded verb ("suspended aid in protest at
    the killings", "retook the town after fierce fighting"): it says when or why."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in coded and prep.head.i != prep.i:
        return f"'{prep.text} {tok.text}' is an adjunct of '{prep.head.text}'"
    return ""


def _adverbial(t, marks: frozenset[str]) -> str:
    own = [c for c in t.children if c.dep_ in ("mark", "aux") and c.lower_ in marks]
    if own:
        return f"'{own[0].text} {t.text}' is a subordinate clause"
    if t.tag_ in PARTICIPLES and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
        return f"'{t.text}' is a participle clause"
    return ""


def _self_contained(cand) -> bool:
    """An event noun whose phrase names its own actor ("a trip to Tokyo by Yoon", "Japan's
    sanctions") reports an event of its own, wherever it stands; one that takes its actor
    from the clause ("rebels who led protests") belongs to that clause."""
    return cand.trigger.pos_ not in ("VERB", "AUX") and cand.source is not None \
        and not cand.roles.startswith("source governor")


def _unnamed_target(cand) -> bool:
    """No target named in the text: none, or the source's country or the place's."""
    return cand.target is None or cand.target.head < 0 or "where it happened" in cand.roles


def _purposes(cands: list, lex) -> dict[int, str]:
    """Force at no one named whose purpose clause names the act ("police opened fire to
    disperse demonstrators": the repression, 175, not shooting, 193), and a sending or
    arrival whose purpose clause names a specific act ("sent experts to investigate the
    attack": the investigation, not the sending; ``Lexicon.dispatched``): the purpose event
    of the same source is the main one (id of each -> why the governor's event is dropped,
    or "" for the purpose event)."""
    out: dict[int, str] = {}
    for c in cands:
        t = c.trigger
        force = c.code[:2] in FORCE_ROOTS
        if c.source is None or not purpose_clause(t) or not (force or lex.dispatched(t.head, c.code)):
            continue
        for g in cands:
            if g.trigger.i == t.head.i and (not force or g.code[:2] in FORCE_ROOTS and _unnamed_target(g)) \
                    and g.source is not None and g.source.actor.code == c.source.actor.code:
                out[id(g)] = f"'{t.text}' says what '{g.trigger.text}' did"
                out[id(c)] = ""
    return out


def main_events(cands: list, lex, trace=None) -> list:
    """``cands`` without those in background clauses, when any is outside them (``lex``: the
    modality lexicon, its ``background_marks`` and verbs of sending)."""
    coded, marks = {c.trigger.i for c in cands}, lex.background_marks
    why = {id(c): "" if _self_contained(c) else (background_link(c.trigger, marks) or _adjunct(c.trigger, coded))
           for c in cands}
    why.update(_purposes(cands, lex))
    if all(why.values()) or not any(why.values()):
        return cands
    out = []
    for c in cands:
        if why[id(c)]:
            if trace is not None:
                trace.add(c.trigger, f"{why[id(c)]}: background, the sentence's main event is coded")
            continue
        out.append(c)
    return out
