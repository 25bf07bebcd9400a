"""The attribute ruler and lemmatizer of the spaCy model, memoised.

Both are rules on each token's word, tag and dependency label: spaCy runs them per token
in Python (a Matcher over 179 patterns, then a rule lemmatizer), which cost a quarter of
the parse.  ``TagAttributes`` remembers what they gave for each (word, tag, label) and
writes POS, morphology and lemma in one array operation.  Tokens not seen before are
computed by the real components on a small Doc of those tokens alone (each with the
neighbours a multi-token pattern may read, groups kept apart by a separator that no
pattern can match), and remembered.  The result is the same, token for token, as running
the two components on the sentence.

Exactness rests on the ruler's patterns reading only TAG, LOWER, DEP and IS_SPACE, and on
the separator matching no token of a multi-token pattern; both are checked when built
(``build`` returns None otherwise, and the components run as they are).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG

TOKEN_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
MAX_MEMO = 300_000  # entries (some tens of MB at most): a stream of new words cannot grow it
SEPARATOR = "\n\n"
OTHER = "accord:other-label"  # stands for every label no pattern names (they all behave alike)


def _lower_test(spec):
    """A test on a token's lower-case text for one token pattern, or None when the
    pattern does not constrain the text."""
    value = spec.get("LOWER")
    if value is None:
        return None
    if isinstance(value, str):
        return lambda s: s == value
    if isinstance(value, dict) and set(value) == {"IN"}:
        members = frozenset(value["IN"])
        return lambda s: s in members
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        rx = re.compile(value["REGEX"])
        return lambda s: rx.search(s) is not None
    raise ValueError(f"unsupported LOWER condition {value!r}")


def _refuses_empty(spec) -> bool:
    """Does this token pattern refuse a token with empty TAG and DEP (the separator)?"""
    for key in ("TAG", "DEP"):
        value = spec.get(key)
        if isinstance(value, str) and value:
            return True
        if isinstance(value, dict) and set(value) == {"IN"} and "" not in value["IN"]:
            return True
    return False


def _may_match(spec, lower: str, tag: str, is_space: bool) -> bool:
    """Could a token of this text and tag match ``spec``, whatever its label?  (True when
    unsure: it only makes the memo key finer.)"""
    for key, value in spec.items():
        if key == "LOWER":
            try:
                test = _lower_test(spec)
            except ValueError:
                continue
            if not test(lower):
                return False
        elif key == "TAG":
            if isinstance(value, str) and value != tag:
                return False
            if isinstance(value, dict) and set(value) == {"IN"} and tag not in value["IN"]:
                return False
            if isinstance(value, dict) and set(value) == {"NOT_IN"} and tag in value["NOT_IN"]:
                return False
        elif key == "IS_SPACE" and isinstance(value, bool) and value != is_space:
            return False
    return True


def _dep_specs(patterns) -> list[tuple[dict, frozenset[str]]] | None:
    """(token pattern, labels it names) of every token pattern reading DEP, or None when a
    DEP condition is not a plain comparison."""
    out = []
    for pattern in patterns:
        for spec in pattern:
            value = spec.get("DEP")
            if value is None:
                continue
            if isinstance(value, str):
                out.append((spec, frozenset({value})))
            elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
                out.append((spec, frozenset(v for vs in value.values() for v in vs)))
            else:
                return None
    return out


class TagAttributes:
    """Callable on a tagged and parsed Doc: sets what ``attribute_ruler`` then
    ``lemmatizer`` would set."""

    def __init__(self, nlp, ruler, lemmatizer, context_tests, span: int, dep_specs):
        self.vocab = nlp.vocab
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.context_tests = context_tests  # tests on lower text: the token may need its neighbours
        self.span = span  # how far a multi-token pattern reaches
        strings = nlp.vocab.strings
        # a label matters to a token only if a pattern that may match the token names it
        self.dep_specs = dep_specs
        self._relevant: dict[tuple[int, int], frozenset[int] | None] = {}
        self.other = strings.add(OTHER)
        self.memo: dict = {}
        self._context: dict[int, bool] = {}  # lower hash -> needs its neighbours

    @classmethod
    def build(cls, nlp) -> TagAttributes | None:
        names = list(nlp.pipe_names)
        # both must run last, ruler first: nothing after them may read what they set
        if names[-2:] != ["attribute_ruler", "lemmatizer"]:
            return None
        ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "overwrite", True) or getattr(lemmatizer, "mode", "") != "rule":
            return None
        tests = []
        span = 0
        patterns = [pattern for p in ruler.patterns for pattern in p["patterns"]]
        for p in ruler.patterns:
            for pattern in p["patterns"]:
                if any(set(tok) - TOKEN_KEYS for tok in pattern):
                    return None
                if len(pattern) == 1:
                    continue
                try:
                    for spec in pattern:  # the separator must break every multi-token pattern
                        test = _lower_test(spec)
                        if (test is None or test(SEPARATOR)) and not _refuses_empty(spec):
                            return None
                    test = _lower_test(pattern[p.get("index", 0)])
                except ValueError:
                    return None
                if test is None:  # any token may be affected: no memo possible
                    return None
                tests.append(test)
                span = max(span, len(pattern) - 1)
        return cls(nlp, ruler, lemmatizer, tuple(tests), span, _dep_specs(patterns))

    def _needs_context(self, lower_hash: int) -> bool:
        hit = self._context.get(lower_hash)
        if hit is None:
            text = self.vocab.strings[lower_hash]
            hit = self._context[lower_hash] = any(t(text) for t in self.context_tests)
        return hit

    def _relevant_deps(self, orth: int, tag: int) -> frozenset[int] | None:
        """Labels that may change what the ruler does to this word with this tag (None: all)."""
        key = (orth, tag)
        hit = self._relevant.get(key, False)
        if hit is False:
            if self.dep_specs is None:
                hit = None
            else:
                strings = self.vocab.strings
                lex = self.vocab[orth]
                names = set()
                for spec, labels in self.dep_specs:
                    if _may_match(spec, lex.lower_, strings[tag] if tag else "", lex.is_space):
                        names |= labels
                hit = frozenset(strings.add(n) for n in names)
            self._relevant[key] = hit
        return hit

    def _label(self, orth: int, tag: int, dep: int) -> int:
        relevant = self._relevant_deps(orth, tag)
        return dep if relevant is None or dep in relevant else self.other

    def _keys(self, rows):
        label = self._label
        triples = [(o, t, label(o, t, d)) for o, t, d, _ in rows]
        if not self.context_tests:
            return triples
        keys = []
        n = len(triples)
        for i, row in enumerate(rows):
            if self._needs_context(row[3]):
                lo, hi = max(0, i - self.span), min(n, i + self.span + 1)
                keys.append((i - lo, tuple(triples[lo:hi])))
            else:
                keys.append(triples[i])
        return keys

    def _fill(self, doc, rows, keys, missing: list[int]) -> None:
        """Run the real components on the missing tokens (with their neighbours) alone;
        a label no pattern names is given as OTHER, so a label the ruler sets shows."""
        from spacy.tokens import Doc

        # runs of the sentence to compute: each missing token, with its neighbours when a
        # multi-token pattern may read them; overlapping runs merged
        runs: list[list[int]] = []
        for i in missing:
            ctx = len(keys[i]) == 2  # (offset, neighbours): a context key
            lo, hi = (max(0, i - self.span), min(len(rows), i + self.span + 1)) if ctx else (i, i + 1)
            if runs and lo <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], hi)
            else:
                runs.append([lo, hi])
        words, tags, deps, pos_of = [], [], [], {}
        for lo, hi in runs:
            if words:
                words.append(SEPARATOR)
                tags.append(0)
                deps.append(0)
            for j in range(lo, hi):
                pos_of[j] = len(words)
                words.append(doc[j].text)
                tags.append(rows[j][1])
                deps.append(self._label(*rows[j][:3]))
        where = [pos_of[i] for i in missing]
        tmp = Doc(self.vocab, words=words, spaces=[False] * len(words))
        tmp.from_array([TAG, DEP], numpy.array([tags, deps], dtype="uint64").T)
        tmp = self.lemmatizer(self.ruler(tmp))
        if len(self.memo) > MAX_MEMO:
            self.memo.clear()
        for i, k in zip(missing, where):
            tok = tmp[k]
            self.memo[keys[i]] = (tok.pos, tok.morph.key, tok.lemma,
                                  tok.tag if tok.tag != rows[i][1] else None,
                                  tok.dep if tok.dep != deps[k] else None)

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, TAG, DEP, LOWER]).tolist()
        keys = self._keys(rows)
        memo = self.memo
        missing = [i for i, k in enumerate(keys) if k not in memo]
        if missing:
            # the same key twice in one sentence is computed once
            seen: dict = {}
            self._fill(doc, rows, keys, [seen.setdefault(keys[i], i) for i in missing if keys[i] not in seen])
        values = [memo.get(k) for k in keys]
        if None in values:  # the memo was cleared meanwhile (another thread): the components
            return self.lemmatizer(self.ruler(doc))
        out = [v[:3] for v in values]
        if any(v[3] is not None or v[4] is not None for v in values):  # the ruler changed a tag or label
            out = [v[:3] + (row[1] if v[3] is None else v[3], row[2] if v[4] is None else v[4])
                   for v, row in zip(values, rows)]
            doc.from_array([POS, MORPH, LEMMA, TAG, DEP], numpy.array(out, dtype="uint64"))
        else:
            doc.from_array([POS, MORPH, LEMMA], numpy.array(out, dtype="uint64"))
        return doc
