"""Acts aimed at a third party through an appeal or a purpose.

- "X called on Arabs to unite against Y", "X urged the world to stand against Y": an
  appeal whose asked act is aimed "against" an actor other than the one asked is the
  asker's rallying of opposition against that actor (CAMEO 113, `rally_*` in
  events/data/aimed.yaml), coded instead of the appeal (020) to the addressee. The asked
  clause may be a complement ("urged X to ...") or, as the small model reads "called
  Thursday on X to ...", a purpose clause of the appeal verb; or a noun of opposition
  asked for (`rally_nouns`: "called for a general strike against Y", "urged unity against Y").
- "X called Thursday on Y to ...": a verb followed by a bare day word (`day_words`) is a
  dated main verb, not a participle on the noun before it, even when the parser hangs it
  on that noun (``dated_verb``, used by roles.misread_main_verb), and the day is no name
  given ("called X a Y" names something; "called Thursday on X" does not).- "X claims to be manufacturing weapons to use against Y", "stockpiled rockets for use on
  Y": making, acquiring or stockpiling weapons (`arming_verbs`, `weapon_nouns`) for a use
  aimed "against"/"on" an actor is the maker's threat of force against that actor (CAMEO
  138, ``armed_threats``); only with that explicit target of the use.
- "protested demanding independence from X", "demanded an end to X rule", "freedom from X
  occupation": the ruler X is the target of a protest or demand (`ruler_*`, ``ruler_of``),
  not the protesters' own country (domestic fallback) or a place the sentence names.
- "opened its borders to refugees fleeing X", "opened its doors to people expelled from X":
  admitting people driven from a country grants asylum (CAMEO 075) with their country of
  origin as target (`admit_*`, ``admissions``), coded instead of the opening (080); "opened
  its border with X" stays as it is.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def knowledge() -> dict:
    text = (resources.files("accord.events") / "data" / "aimed.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge().get(key, []))


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def asked_clauses(appeal) -> list:
    """The verbs of what an appeal asks ("urged X to unite and mobilize": unite, mobilize):
    its complement, or a to-clause the parser hung on it as a purpose clause."""
    out = []
    for c in appeal.children:
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.pos_ == "VERB"
                                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            out += [c, *(x for x in c.conjuncts if x.pos_ == "VERB")]
    return out


def addressees(appeal) -> set[int]:
    """The tokens of whom an appeal addresses: its object, its "on"/"upon" phrase (also one
    the parser hung on a time word: "called Thursday on X")."""
    holders = [appeal] + [c for c in appeal.children if c.dep_ in ("dobj", "npadvmod")]
    out: set[int] = set()
    for h in holders:
        for c in h.children:
            if c.dep_ == "dobj" and h.i == appeal.i:
                out |= {x.i for x in c.subtree}
            if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                out |= {x.i for x in c.subtree}
    return out


def rallied_against(appeal, idx, asked_is_coded) -> list:
    """The actors an appeal asks others to act against ("urged the world to stand against
    Israel": Israel); empty when the appeal is negated, when what is asked is already coded
    as the asker's act (``asked_is_coded(verb)``: "urged Europe to impose sanctions on X") or
    is restraint or protection ("urged police not to use force against protesters")."""
    if _negated(appeal):
        return []
    preps, exempt = _words("rally_prepositions"), _words("rally_exempt_verbs")
    asked_to = addressees(appeal)
    nouns = _words("rally_nouns")  # "called for a general strike against X", "urged unity against X"
    asked = [o for c in appeal.children if c.dep_ == "prep" and c.lower_ == "for"
             for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns]
    asked += [c for c in appeal.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    out = []
    for verb in asked_clauses(appeal) + asked:
        if _negated(verb) or verb.lemma_.lower() in exempt or asked_is_coded(verb):
            continue
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for o in c.children:
                if o.dep_ == "pobj":
                    # (an actor of no country named would be given the asker's: "militants")
                    out += [m for m in idx.at(o) if m.head not in asked_to and m.actor.country]
    return out


def rally_code() -> str:
    return str(knowledge().get("rally_code", "113"))


def dated_verb(verb) -> bool:
    """A verb directly followed by a bare day word of its own ("called Thursday on X",
    "said Monday"): a finite verb dated in wire style."""
    days = _words("day_words")
    return any(c.i == verb.i + 1 and c.dep_ in ("npadvmod", "dobj", "tmod", "oprd") and c.lower_ in days
               for c in verb.children)


def _uses(holder) -> list:
    """The uses a purpose names on a verb or weapon noun: "to use", "to be used" (a verb)
    or "for use" (a noun)."""
    uses = _words("use_verbs")
    out = []
    for c in holder.children:
        if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in uses \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out.append(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            out += [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in uses]
    return out


def armed_threats(sent, idx) -> list[tuple]:
    """(arming verb, maker mentions, target mentions, rule) of each arming for a use against
    an actor: "claims to be manufacturing weapons to use against Y"."""
    from .roles import subject_of  # (roles uses dated_verb from this module)

    arming, weapons, preps = _words("arming_verbs"), _words("weapon_nouns"), _words("use_prepositions")
    code = str(knowledge().get("armed_threat_code", "138"))
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in arming or _negated(verb):
            continue
        objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        arms = [o for c in objs for o in _people(c) if o.lemma_.lower() in weapons]  # "thousands of rockets"
        if not arms:
            continue
        tgts = [m for u in _uses(verb) + [u for a in arms for u in _uses(a)]
                for c in u.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj" for m in idx.at(o)]
        subj = subject_of(verb)
        srcs = idx.at(subj.token) if subj else []
        if srcs and tgts:
            rule = f"{verb.lemma_.lower()}: * &weapon to use against + -> {code} (accord: arming against an actor)"
            out.append((verb, code, srcs, tgts, rule, f"source {subj.how}, target the use's '{tgts[0].text}'"))
    return out


def _owner(noun, idx, nationality) -> list:
    """The actor a noun names ("China") or whose rule it is ("Indonesian rule", "the rule
    of Spain", "Britain's rule")."""
    found = idx.at(noun)
    if found:
        return found
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")):
            for o in ([c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"]):
                if idx.at(o):
                    return idx.at(o)
    if nationality is not None and any(c.dep_ in ("amod", "compound") for c in noun.children):
        m = nationality(noun)
        return [m] if m is not None else []
    return []


def ruler_of(pred, idx, nationality=None) -> list:
    """Whom a protest or demand seeks freedom from: X of "independence from X", "an end to X
    rule", "freedom from X occupation" in the predicate's phrase (its participles and
    complements: "rioted, joining protesters in demanding independence from X");
    ``nationality(noun)`` gives the country a nationality word in a noun's phrase names."""
    liberty, ends, rules = _words("liberty_nouns"), _words("end_nouns"), _words("rule_nouns")
    skip = _words("ruler_skip_deps")
    stack = [c for c in pred.children if c.dep_ not in skip]
    while stack:
        tok = stack.pop()
        stack.extend(c for c in tok.children if c.dep_ not in skip)
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in liberty | ends:
            continue
        for c in tok.children:
            if c.dep_ != "prep":
                continue
            for o in (o for o in c.children if o.dep_ == "pobj"):
                if lemma in liberty and c.lower_ == "from" or (
                        lemma in ends and c.lower_ in ("to", "of") and o.lemma_.lower() in rules):
                    found = _owner(o, idx, nationality)
                    if found:
                        return found
    return []


def ruler_roots() -> tuple[str, ...]:
    return tuple(str(x) for x in knowledge().get("ruler_target_roots", []))


def _people(noun) -> list:
    """A noun and the nouns it counts ("thousands of Ghanaians", "hundreds of rockets")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _origin(noun, idx) -> list:
    """The country people were driven from: a clause on them with a verb of leaving
    ("fleeing X", "expelled from X", "ordered out of X"), their "from" phrase ("refugees
    from X") or their own nationality ("Syrian refugees")."""
    people_words, origins = _words("people_nouns"), _words("origin_verbs")
    for p in _people(noun):
        for c in p.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in origins and not _negated(c):
                for t in c.subtree:
                    if t.dep_ in ("dobj", "pobj") and t.i != p.i:
                        found = [m for m in idx.at(t) if m.actor.country]
                        if found:
                            return found
        if p.lemma_.lower() not in people_words:
            continue
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                found = [m for o in c.children if o.dep_ == "pobj" for m in idx.at(o) if m.actor.country]
                if found:
                    return found
        own = [m for m in idx.at(p) if m.actor.country]
        if own:
            return own
    return []


def admissions(sent, idx) -> list[tuple]:
    """(opening verb, code, sources, targets, rule, how, True) of each border or door opened
    to people driven from a country (not the admitter's own)."""
    from .roles import subject_of  # (roles uses dated_verb from this module)

    verbs, barriers = _words("admit_verbs"), _words("admit_barriers")
    code = str(knowledge().get("admit_code", "075"))
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or _negated(verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in barriers]
        if not objs:
            continue
        tos = [o for h in (verb, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj"]
        tgts = [m for o in tos for m in _origin(o, idx)]
        subj = subject_of(verb)
        srcs = idx.at(subj.token) if subj else []
        tgts = [t for t in tgts if all(s.actor.country != t.actor.country for s in srcs)]
        if srcs and tgts:
            rule = f"{verb.lemma_.lower()}: * {objs[0].lemma_.lower()} to people from + -> {code} (accord: admitting people)"
            out.append((verb, code, srcs, tgts, rule, f"source {subj.how}, target the people's origin", True))
    return out


def aimed_acts(sent, idx) -> list[tuple]:
    """(trigger, code, sources, targets, rule, how, replaces) of the acts found here rather
    than by the pattern matcher; ``replaces``: coded instead of the trigger's own event."""
    return [(*a, False) for a in armed_threats(sent, idx)] + admissions(sent, idx)
