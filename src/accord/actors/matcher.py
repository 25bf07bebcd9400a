"""The phrase index: every name, alias, demonym and agent word of the knowledge base, matched
on the tokens of a parsed Doc.

Matching works on normalised text, not on tokens: a candidate phrase is the Doc text from
one token to another, folded (lower case, no diacritics) with hyphens, dots, commas and
underscores read as spaces, so "Yoon Suk-yeol", "YOON SUK YEOL" and "Erdoğan"/"Erdogan"
match whatever the tokenizer did with them.  It needs no tokenizer, no per-vocabulary
patterns and no build step beyond one set of key prefixes (made on first use).
"""

from __future__ import annotations

from .names import _KEY_SEPARATORS, _VARIANTS, fold

MAX_TOKENS = 14
RECENT = 128  # token sequences whose matches are kept for a second asking
MAX_NORMS = 500_000  # remembered token norms (a stream of new words cannot grow it without end)


def token_norm(text: str) -> str:
    """A token's text as it enters a key (``names.key`` of a run of tokens)."""
    norm = fold(text).translate(_KEY_SEPARATORS)
    return _VARIANTS.get(norm, norm)


class PhraseIndex:
    def __init__(self, index: dict) -> None:
        self.index = index
        prefixes: set[str] = set()
        for k in index:
            if " " in k:
                words = k.split(" ")
                for i in range(1, len(words)):
                    prefixes.add(" ".join(words[:i]))
            if "'" in k:  # "cote d'ivoire" may be tokenised "d" + "'ivoire"
                for i, c in enumerate(k):
                    if c == "'" and i:
                        prefixes.add(k[:i].rstrip())
        self.prefixes = prefixes
        self._norms: dict[int, str] = {}  # word id -> token_norm of its text
        # tokens recently matched -> what they gave: the sentence filter and then the
        # recognizer match the same tokens of an article (a batch of articles apart)
        self._recent: dict[bytes, tuple] = {}

    def _token_norms(self, doc, rows) -> tuple[list[str], list[bool]]:
        """token_norm of every token and whether whitespace follows it, read from the
        Doc's arrays (no Token objects) with each word's norm computed once."""
        norms, strings = self._norms, doc.vocab.strings
        if len(norms) > MAX_NORMS:
            norms.clear()
        out = []
        for orth, _ in rows:
            n = norms.get(orth)
            if n is None:
                n = norms[orth] = token_norm(strings[orth])
            out.append(n)
        return out, [bool(sp) for _, sp in rows]

    def match(self, doc) -> list[tuple[int, int, str]]:
        """(start token, end token, key) of every known phrase (all lengths at each start)."""
        from spacy.attrs import ORTH, SPACY

        table = doc.to_array([ORTH, SPACY])
        tokens = table.tobytes()
        hit = self._recent.pop(tokens, None)
        if hit is not None:
            return list(hit)
        norms, spaces = self._token_norms(doc, table.tolist())
        n = len(norms)
        out = []
        index, prefixes = self.index, self.prefixes
        for i in range(n):
            if not norms[i].strip():
                continue
            acc = ""
            for j in range(i, min(n, i + MAX_TOKENS)):
                acc += norms[j]
                k = " ".join(acc.split())
                if k in index and norms[j].strip():
                    out.append((i, j + 1, k))
                elif k not in prefixes:
                    break
                if spaces[j]:
                    acc += " "
        if len(self._recent) >= RECENT:
            del self._recent[next(iter(self._recent))]  # the oldest
        self._recent[tokens] = tuple(out)
        return out
