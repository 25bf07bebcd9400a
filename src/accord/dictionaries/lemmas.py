"""Verb lemmas for imported dictionary entries.

accord matches a predicate by its spaCy lemma, so every imported verb is written as the
lemma spaCy would give it.  The English verb list, irregular forms and suffix rules come
from the lemmatizer tables of the installed spaCy model; the dictionary's own irregular
forms (``SPEED {SPEEDING SPEEDS SPED}``) are used too.  TABARI stems (``ACCUS``, ``MOBILIZ``)
are completed when the stem plus ``e`` is a known verb.
"""

from __future__ import annotations

import functools


@functools.cache
def _tables() -> tuple[frozenset[str], dict[str, list[str]], list[list[str]]] | None:
    from accord.nlp import ModelMissing, load_nlp

    try:
        lemmatizer = load_nlp().get_pipe("lemmatizer")
        lookups = lemmatizer.lookups
        index = frozenset(lookups.get_table("lemma_index")["verb"])
        exc = dict(lookups.get_table("lemma_exc")["verb"])
        rules = list(lookups.get_table("lemma_rules")["verb"])
    except (ModelMissing, KeyError, ValueError):
        return None
    return index, exc, rules


class VerbLemmas:
    """``lemma(word)`` for one dictionary: its own irregular forms, then spaCy's tables."""

    def __init__(self, forms: dict[str, str] | None = None):
        self.forms = dict(forms or {})  # inflected form -> base, from the dictionary's {...}
        tables = _tables()
        self.available = tables is not None
        self.index, self.exc, self.rules = tables if tables else (frozenset(), {}, [])

    def is_verb(self, word: str) -> bool:
        return word in self.index

    def lemma(self, word: str, stem: bool = False) -> tuple[str, bool]:
        """(lemma, resolved): ``resolved`` is False when the word is neither a known verb
        nor a recognised form of one (then it is returned lower-cased as it is)."""
        w = word.lower()
        if w in self.index:
            return w, True
        if w in self.forms:
            return self.forms[w], True
        if w in self.exc:
            return self.exc[w][0], True
        for old, new in self.rules:
            if old and w.endswith(old):
                base = w[: -len(old)] + new
                if base in self.index:
                    return base, True
                if len(base) > 2 and base[-1] == base[-2] and base[:-1] in self.index:  # stopped
                    return base[:-1], True
        if stem and w + "e" in self.index:
            return w + "e", True
        return w, False
