"""Match predicate patterns on a dependency tree.

A predicate's *clause* is its own dependents (objects, particles, prepositional phrases,
auxiliaries, adverbs), without its subject and without embedded clauses, which carry their
own predicates.  Pattern items are matched in order, with gaps, on the clause's tokens
before and after the predicate.  The pattern with the most matched words wins.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def _word_ok(item: Item, tok, synsets, first_words=None, forms=None) -> bool:
    """``forms``: (lemma, lower text) of ``tok`` when already known."""
    if forms is None:
        forms = (tok.lemma_.lower(), tok.lower_)
    if item.kind == "synset":
        members = synsets.get(item.value, ())
        if forms[0] in members or forms[1] in members:
            return True
        if first_words is not None and forms[1] not in first_words.get(item.value, ()):
            return False
        doc = tok.doc  # multiword members: "prime minister"
        for n in (2, 3):
            if tok.i + n <= len(doc) and " ".join(t.lower_ for t in doc[tok.i:tok.i + n]) in members:
                return True
        return False
    return item.value == forms[0] or item.value == forms[1]


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    score: float
    slot_after: dict  # "target"/"source" -> index into the sentence after which the slot begins
    matched: tuple[int, ...]  # token indices of matched words


def _match_seq(items, toks, synsets, start_pos: int, slots: dict, matched: list, first_words=None,
               forms=None) -> bool:
    """Greedy in-order gapped match of items on toks[start_pos:] (``forms``: token index ->
    (lemma, lower text), when known)."""
    pos = start_pos
    last_i = None
    for k, item in enumerate(items):
        if item.kind in ("target", "source"):
            slots[item.kind] = last_i
            continue
        found = None
        while pos < len(toks):
            tok = toks[pos]
            pos += 1
            if _word_ok(item, tok, synsets, first_words, forms[tok.i] if forms is not None else None):
                found = tok
                break
        if found is None:
            return False
        if k > 0 and items[k - 1].compound_next and last_i is not None and found.i != last_i + 1:
            return False
        last_i = found.i
        matched.append(found.i)
    return True


def match_pattern(pattern: Pattern, pred, clause, synsets, first_words=None) -> Match | None:
    before = [t for t in clause if t.i < pred.i]
    after = [t for t in clause if t.i > pred.i]
    return _match_sides(pattern, pred, before, after, synsets, first_words)


def _match_sides(pattern: Pattern, pred, before, after, synsets, first_words=None, forms=None) -> Match | None:
    slots: dict = {}
    matched: list[int] = []
    if pattern.before and not _match_seq(pattern.before, before, synsets, 0, slots, matched, first_words, forms):
        return None
    slots = {k: (-1 if v is None else v) for k, v in slots.items()}
    slots_after: dict = {}
    if pattern.after and not _match_seq(pattern.after, after, synsets, 0, slots_after, matched, first_words, forms):
        return None
    for k, v in slots_after.items():
        slots[k] = pred.i if v is None else v
    score = pattern.specificity + 0.01 * pattern.rank
    return Match(pattern, score, slots, tuple(matched))


def best_match(lemma: str, pred, dictionary: PatternDictionary, nouns: bool = False) -> Match | None:
    """The most specific pattern for this predicate (None when no pattern fits)."""
    patterns = (dictionary.nouns_for(lemma) if nouns else dictionary.patterns_for(lemma))
    if not patterns:
        return None
    clause = clause_tokens(pred)
    # the clause split and each token's forms once, not once per pattern
    before = [t for t in clause if t.i < pred.i]
    after = [t for t in clause if t.i > pred.i]
    forms = {t.i: (t.lemma_.lower(), t.lower_) for t in clause}
    best: Match | None = None
    for pattern in patterns:
        m = _match_sides(pattern, pred, before, after, dictionary.synsets, dictionary.synset_first_words, forms)
        if m is None:
            continue
        if best is None or m.score > best.score or (
            m.score == best.score and pattern.rank >= best.pattern.rank
        ):
            best = m
    return best


def predicate_lemma(tok) -> str:
    """The lemma under which a verb is looked up: phrasal verbs join their particle."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prt":
            return f"{lemma}_{c.lower_}"
    return lemma
