"""Attacks in words and contests: when "attack" is criticism and "defeat" no force.

"Trump attacked Biden during the debate", "attacked the newspaper as a failing rag", "the
president attacked what he called errors of imperialism": a person who attacks another
person, or anyone who attacks in a speech, on Twitter, or attacks a thing said, criticises (111); a
physical attack needs a physical target.  Word lists in ``modality.yaml``
(``verbal_attack_*``); the armed sectors (``armed_sectors`` in the actors' grammar.yaml)
keep their force ("the militia leader attacked the convoy").

Contests: "Northrop Grumman defeated Boeing to win the order", "Obama defeated McCain",
"fought Google for the contract": a company beating or fighting anyone, a politician or
person beating a person, is a contest of the market or the vote, no force
(``contest_words``, ``contest_sectors``, ``contest_person_sectors``).
"""

from __future__ import annotations


def verbal_attack_code(p, s, t, lex) -> str | None:
    """The code for an attack in words (``verbal_attack_code``), "" when it is words aimed at
    no one named (nothing to code), None when the attack is force (keep its code)."""
    tok = p.tok
    if p.code not in lex.verbal_attack_codes:
        return None
    if tok.lemma_.lower() not in lex.verbal_attack_words and tok.lower_ not in lex.verbal_attack_words:
        return None
    if _with_weapon(tok):
        return None
    named = t is not None and t.head >= 0
    words = _said(tok, lex) or (named and _person(s) and _person(t))
    if not words:
        return None
    return lex.verbal_attack_code if named else ""


def _person(m) -> bool:
    return m.actor.kind == "person" and not set(m.actor.sectors) & _armed()


def _with_weapon(tok) -> bool:
    from .roles import is_weapon

    return any(c.dep_ == "prep" and c.lower_ == "with" and any(is_weapon(x) for x in c.children)
               for c in tok.children)


def _said(tok, lex) -> bool:
    """The attack is on a thing said or in a forum of words (a phrase on the verb or its object): its object a clause ("attacked
    what he called errors"), an "as" that characterises ("attacked X as a career politician",
    not "as part of an offensive"), a debate, speech or post it happens in."""
    objs_preps = [x for c in tok.children if c.dep_ == "dobj" for x in c.children if x.dep_ == "prep"]
    for c in [*tok.children, *objs_preps]:
        if c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")):
            return True
        if c.dep_ == "prep":
            objs = [x for x in c.children if x.dep_ == "pobj"]
            if c.lower_ == "as" and any(x.pos_ in ("NOUN", "PROPN") and x.lemma_.lower() not in ("part",) for x in objs):
                return True
            if c.lower_ in ("during", "in", "on", "at", "via", "over") and any(
                    x.lemma_.lower() in lex.verbal_attack_forums or x.lower_ in lex.verbal_attack_forums for x in objs):
                return True
    return False


def contest(p, s, t, lex) -> bool:
    """A contest of companies or of persons coded as force (19): no event."""
    tok = p.tok
    if not p.code.startswith("19") or _with_weapon(tok):
        return False
    if tok.lemma_.lower() not in lex.contest_words and tok.lower_ not in lex.contest_words:
        return False
    named = t is not None and t.head >= 0
    if set(s.actor.sectors) & lex.contest_sectors and not set(s.actor.sectors) & _armed():
        return True  # (a company uses no force: "Boeing battled the Pentagon over the contract")
    political = _person(s) or (set(s.actor.sectors) & lex.contest_person_sectors
                                and not set(s.actor.sectors) & _armed())
    return bool(named and political and _person(t))


def _armed() -> set:
    from ..actors.context import grammar

    return set(grammar()["armed_sectors"])
