"""Match predicate patterns on a dependency tree.

A predicate's *clause* is its own dependents (objects, particles, prepositional phrases,
auxiliaries, adverbs), without its subject and without embedded clauses, which carry their
own predicates.  Pattern items are matched in order, with gaps, on the clause's tokens
before and after the predicate.  The pattern with the most matched words wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dates import words as date_words
from .patterns import Item, Pattern, PatternDictionary

# dependents that open another clause or belong to the subject: not part of the predicate's clause
CLAUSE_BREAK = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "advcl", "relcl", "parataxis", "ccomp",
     "conj", "cc", "punct", "mark", "expl", "xcomp", "acl", "appos"}
)
INNER_BREAK = frozenset({"relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct"})


def clause_tokens(pred) -> list:
    """Tokens of the predicate's own clause, in text order (the predicate excluded)."""
    out = []
    stack = [c for c in pred.children if c.dep_ not in CLAUSE_BREAK]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in INNER_BREAK)
    out.sort(key=lambda t: t.i)
    return out


def _own_words(pred) -> list:
    """The predicate's clause without the predicates of the clauses that modify its nouns
    and their words: in "demanded an admission that NKVD forces murdered officers during
    World War Two" these words belong to "murdered", not to "demanded"; the clause's "that"
    and the head of its subject stay ("repeated its demand that + ...")."""
    clause = clause_tokens(pred)
    inner: set[int] = set()
    for t in clause:
        if t.dep_ == "acl" and t.pos_ in ("VERB", "AUX"):
            kept = {c.i for c in t.children if c.dep_ in ("mark", "nsubj", "nsubjpass")}
            inner |= {x.i for x in t.subtree if x.i not in kept}
        # a participle with words of its own before a noun is a reduced clause: "deploying
        # into previously rebel controlled territory" does not match "deploy * control"
        # (or one on a noun deeper than the predicate's own object or subject)
        elif t.dep_ == "amod" and t.tag_ in ("VBN", "VBG") and t.head.i != pred.i \
                and (t.head.head.i != pred.i or t.head.dep_ not in ("dobj", "nsubjpass", "attr")
                     or any(c.dep_ not in ("punct", "hyph", "det") for c in t.children)):
            inner |= {x.i for x in t.subtree}
    return [t for t in clause if t.i not in inner]


def subject_words(pred, deps=("nsubj",)) -> list:
    """The head of the predicate's subject (and of its "of" phrase) and the words compounded
    with it ("peacekeeping troops"): pattern words before '*' may name them ("&pko * (in +)",
    "&military *"); those of a passive subject (``deps=("nsubjpass",)``), its logical object,
    those after '*' ("inspectors were expelled": "expel * &monitors")."""
    heads = [c for c in pred.children if c.dep_ in deps]
    if "nsubj" in deps and pred.dep_ == "acl" and pred.tag_ == "VBG" and pred.head.pos_ in ("NOUN", "PROPN"):
        heads.append(pred.head)  # "scientists studying patients": the noun does what its participle says
    return _with_compounds(heads)


def logical_object_words(pred) -> list:
    """What a passive predicate acts on, read by the pattern words after '*': its passive
    subject ("sanctions were lifted") or, for a past participle that modifies a noun (a
    reduced passive relative clause: "a statement released by the court", "troops deployed
    to the border"), that noun."""
    heads = [c for c in pred.children if c.dep_ == "nsubjpass"]
    # a noun that is the sentence's root has no verb of its own: the participle is a misparsed
    # main verb ("The Iraqi air force carried out strikes"), its "object" is the subject
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and pred.head.pos_ in ("NOUN", "PROPN") \
            and pred.head.dep_ != "ROOT":
        heads.append(pred.head)
    return _with_compounds(heads)


# a verb's phrases of time, manner or measure that may stand between it and its object
# ("lifted on Monday the ban", "shortened by one hour the curfew")
_ADVERBIALS = frozenset({"prep", "agent", "npadvmod", "advmod", "punct"})
_AUX = frozenset({"aux", "auxpass", "mark", "nsubj"})


def displaced_object_words(pred) -> list:
    """The words of a verb's object that stands after a phrase of time or measure and that
    the parser hung as the subject of a later clause: "shortened by one hour the nightly
    curfew imposed in Sudan after a coup toppled the government" ("curfew" the subject of
    "toppled"), "lifted after 12 years the curfew imposed when ...". Only for an active verb
    without an object of its own, when the noun's "clause" is a bare participle or past form
    (no auxiliary, no conjunction: "said on Monday the ban would be lifted" is a real clause),
    or a clause with a subject of its own besides the noun;
    read by the pattern words after '*' ("shorten * curfew")."""
    from ..actors.context import grammar

    if pred.pos_ != "VERB" or pred.lemma_.lower() in grammar()["report_verbs"] \
            or any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in pred.children):
        return []
    doc, j, skipped = pred.doc, pred.i + 1, False
    kids = {c.i: c for c in pred.children if c.i > pred.i}
    while j < pred.sent.end and j in kids and kids[j].dep_ in _ADVERBIALS:
        j = max(x.i for x in kids[j].subtree) + 1
        skipped = True
    if not skipped or j >= pred.sent.end:
        return []
    n = doc[j]
    while n.dep_ in NP_INNER and n.head.i > n.i and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    if n.pos_ != "NOUN" or n.dep_ not in ("nsubj", "nsubjpass") or n.head.i < n.i:
        return []
    clause = n.head
    # a clause with a subject of its own besides the noun ("the curfew ... after a coup toppled
    # the government"): the noun is surely not its subject
    second = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != n.i for c in clause.children)
    if clause.pos_ != "VERB" or (not second and (clause.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in _AUX and c.i != n.i for c in clause.children if c.i < clause.i))):
        return []
    out, stack = [], [n]
    while stack:  # the noun's own phrase ("the state of emergency"), not its clauses
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in INNER_BREAK and c.dep_ not in ("acl", "relcl"))
    return sorted(out, key=lambda t: t.i)


def _with_compounds(heads: list) -> list:
    # a partitive subject: "a first contingent of peacekeeping troops arrived"
    heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return [x for h in heads for x in (h, *(y for y in h.children if y.dep_ in ("compound", "amod") and y.i < h.i))]


def _word_ok(item: Item, tok, synsets, first_words=None, literal: bool = False, forms=None) -> int:
    """How many words from ``tok`` on the item matches: 0 (none), 1, or the length of a
    multiword synset member ("did n't").  ``literal``: the written form only, as PETRARCH
    reads its patterns ("* EFFORT" does not take "efforts").  ``forms``: the token's forms
    when already known."""
    if forms is None:
        forms = (tok.lower_,) if literal else (tok.lemma_.lower(), tok.lower_)
    if item.kind == "synset":
        members = synsets.get(item.value, ())
        if any(f in members for f in forms):
            return 1
        if first_words is not None and tok.lower_ not in first_words.get(item.value, ()):
            return 0
        doc = tok.doc  # multiword members: "prime minister", "cease-fire" (three tokens)
        for n in (3, 2):
            if tok.i + n <= len(doc):
                span = doc[tok.i:tok.i + n]
                if " ".join(t.lower_ for t in span) in members or span.text.lower() in members:
                    return n
        return 0
    if item.value in forms and tok.dep_ == "prep" and _temporal(tok):
        return 0  # "(on)" or "on" in a pattern never means "on Monday"
    return int(item.value in forms)


def _temporal(prep) -> bool:
    """A preposition whose object is a time ("on Monday", "in May", "for two weeks")."""
    w = date_words()
    for o in prep.children:
        if o.dep_ == "pobj":
            low = o.lower_
            return low in w["weekdays"] or (low in w["months"] and o.is_title) or low in w["units"] \
                or low in w["day_parts"] or o.like_num and len(o.text) == 4
    return False


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    score: float
    slot_after: dict  # "target"/"source" -> index into the sentence after which the slot begins
    matched: tuple[int, ...]  # token indices of matched words


def _match_seq(items, toks, synsets, start_pos: int, slots: dict, matched: list, first_words=None,
               literal: bool = False, forms=None) -> bool:
    """Greedy in-order gapped match of items on toks[start_pos:] (``forms``: token index ->
    its forms, when known)."""
    pos = start_pos
    last_i = None
    for k, item in enumerate(items):
        if item.kind in ("target", "source"):
            slots[item.kind] = last_i
            continue
        if item.kind == "skip":  # PETRARCH '^': pass over the next noun phrase
            end = _skip_noun_phrase(toks, pos)
            if end is None:
                return False
            last_i = end
            while pos < len(toks) and toks[pos].i <= last_i:
                pos += 1
            continue
        found, width = None, 0
        while pos < len(toks):
            tok = toks[pos]
            pos += 1
            width = _word_ok(item, tok, synsets, first_words, literal, forms.get(tok.i) if forms else None)
            if width:
                found = tok
                break
        if found is None:
            return False
        if k > 0 and items[k - 1].compound_next and last_i is not None and found.i != last_i + 1:
            return False
        last_i = found.i + width - 1
        matched.extend(range(found.i, found.i + width))
        while pos < len(toks) and toks[pos].i <= last_i:  # the rest of a multiword member
            pos += 1
    return True


NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# a noun's modifiers that stand before it inside its base noun phrase
NP_INNER = frozenset({"compound", "amod", "nmod", "det", "nummod", "poss", "case"})


def _skip_noun_phrase(toks, pos: int) -> int | None:
    """Index of the last word of the first base noun phrase in toks[pos:] ("the parliament"
    of "the parliament of Gondor"), or None when none follows."""
    for tok in toks[pos:]:
        if tok.pos_ in NOMINAL:
            while tok.dep_ in NP_INNER and tok.head.i > tok.i and tok.head.pos_ in NOMINAL:
                tok = tok.head
            return tok.i
    return None


# how a verb hangs under the verb whose words PETRARCH still reads before it
# ("indicated it would act": INDICATED WOULD * [1010])
GOVERNED = frozenset({"xcomp", "ccomp", "conj", "advcl"})  # advcl: "hosting X to celebrate"


def governing_words(pred) -> list:
    """The verbs above ``pred`` (through complements and conjunctions) and the words of their
    clauses, before ``pred`` in the sentence, and the words of its subject: where PETRARCH
    finds a pattern's words before the verb."""
    # and the words of its own subject ("death toll has risen": - DEATH TOLL * [223])
    out: list = [x for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    t = pred
    for _ in range(4):
        if t.dep_ not in GOVERNED or t.head.i == t.i:
            break
        t = t.head
        out.extend(x for x in [t, *clause_tokens(t)] if x.i < pred.i)
    # coordinated modifiers ("heavily and unjustly criticized": HEAVILY UNJUSTLY *)
    out.extend(x for c in pred.children if c.dep_ in COORD_MODS for x in c.conjuncts if x.i < pred.i)
    return out


COORD_MODS = frozenset({"advmod", "npadvmod", "acomp"})


def complement_words(pred) -> list:
    """The words of the clauses ``pred`` governs ("allowed that Mordor isn't a really
    pleasant place"): PETRARCH reads them after the verb as part of its verb phrase."""
    return [x for c in pred.children if c.dep_ in ("ccomp", "xcomp") for x in c.subtree]


def match_pattern(pattern: Pattern, pred, clause, synsets, first_words=None, above=(), below=(),
                  literal: bool = False) -> Match | None:
    before, after = _sides(pred, clause, above, below)
    return _match_sides(pattern, pred, before, after, synsets, first_words, literal)


def _sides(pred, clause, above=(), below=()):
    before = sorted({t.i: t for t in [*clause, *above] if t.i < pred.i}.values(), key=lambda t: t.i)
    after = sorted({t.i: t for t in [*clause, *below] if t.i > pred.i}.values(), key=lambda t: t.i)
    return before, after


def _match_sides(pattern: Pattern, pred, before, after, synsets, first_words=None, literal: bool = False,
                 forms=None) -> Match | None:
    slots: dict = {}
    matched: list[int] = []
    if pattern.before and not _match_seq(pattern.before, before, synsets, 0, slots, matched, first_words, literal, forms):
        return None
    slots = {k: (-1 if v is None else v) for k, v in slots.items()}
    slots_after: dict = {}
    if pattern.after and not _match_seq(pattern.after, after, synsets, 0, slots_after, matched, first_words, literal, forms):
        return None
    for k, v in slots_after.items():
        slots[k] = pred.i if v is None else v
    score = pattern.specificity + 0.01 * pattern.rank
    return Match(pattern, score, slots, tuple(matched))


def best_match(lemma: str, pred, dictionary: PatternDictionary, nouns: bool = False,
               petrarch: bool = False) -> Match | None:
    """The most specific pattern for this predicate (None when no pattern fits).
    ``petrarch``: words before the verb may also stand in the clauses that govern it."""
    patterns = (dictionary.nouns_for(lemma) if nouns else dictionary.patterns_for(lemma))
    if not patterns:
        return None
    clause = clause_tokens(pred) if petrarch else _own_words(pred)
    above = governing_words(pred) if petrarch and not nouns else subject_words(pred) if not nouns else ()
    below = complement_words(pred) if petrarch and not nouns else ()
    # the clause split and each token's forms once, not once per pattern
    before, after = _sides(pred, clause, above, below)
    if not petrarch and not nouns:
        after = logical_object_words(pred) + sorted([*after, *displaced_object_words(pred)], key=lambda t: t.i)
    forms = {t.i: ((t.lower_,) if petrarch else (t.lemma_.lower(), t.lower_)) for t in (*before, *after)}
    present = {f for fs in forms.values() for f in fs}
    best: Match | None = None
    for pattern in patterns:
        if not pattern.words <= present:
            continue  # a word it needs is not there
        m = _match_sides(pattern, pred, before, after, dictionary.synsets, dictionary.synset_first_words,
                         petrarch, forms)
        if m is None:
            continue
        if best is None or m.score > best.score or (m.score == best.score and (
                _reach(m, pred) < _reach(best, pred)
                or _reach(m, pred) == _reach(best, pred) and pattern.rank >= best.pattern.rank)):
            best = m
    return best


def _reach(m: Match, pred) -> int:
    """How far from the predicate a match reaches: between patterns of as many words, the
    one whose words stand nearer fits better ("suspended aid to Kabul in protest": the
    aid is suspended, not the protest)."""
    return max((abs(i - pred.i) for i in m.matched), default=0)


def predicate_lemma(tok) -> str:
    """The lemma under which a verb is looked up: phrasal verbs join their particle."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prt":
            return f"{lemma}_{c.lower_}"
    return lemma
