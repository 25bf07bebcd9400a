"""The predicate pattern dictionary: read from TSV files (docs/verb-patterns.md).

A ``Pattern`` is one row: a predicate lemma, the items that must stand before and after it
on its clause, and the CAMEO code it gives.  ``PatternDictionary`` indexes them by lemma.
"""

from __future__ import annotations

import functools
import re

import csv
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DATA = resources.files("accord.events") / "data"
SHIPPED_VERBS = ("verbs.tsv", "accord_verbs.tsv")
SHIPPED_NOUNS = ("accord_nouns.tsv",)
SHIPPED_SYNSETS = ("synsets.tsv", "accord_synsets.tsv")


class PatternError(ValueError):
    """A malformed row in a pattern file, with file and line."""


@dataclass(frozen=True)
class Item:
    """One pattern item: a word (or synset), a preposition opening a phrase, or a slot."""

    kind: str  # word | synset | prep | target | source | skip (PETRARCH '^': a noun phrase)
    value: str = ""
    compound_next: bool = False  # must be directly followed by the next item ({a b})


@dataclass(frozen=True)
class Pattern:
    verb: str  # lemma; phrasal verbs as "call_off"
    before: tuple[Item, ...]
    after: tuple[Item, ...]
    code: str | None  # None = matches but codes nothing (discard)
    code2: str | None
    origin: str
    text: str
    rank: int = 0  # file order: later files win ties

    @property
    def mutual(self) -> bool:
        """PETRARCH's '%': the compound subject acts on itself, each on the other."""
        return "%" in self.text

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The plain words (and prepositions) the pattern needs: when one of them is not in
        the clause, the pattern cannot match (checked before the ordered match)."""
        return frozenset(it.value for it in self.before + self.after if it.kind in ("word", "prep"))

    @property
    def specificity(self) -> float:
        """Matched words count; a skipped noun phrase ('^') counts a little (between
        patterns of as many words, the one that also places its phrases is the closer fit)."""
        items = self.before + self.after
        return (sum(1 for it in items if it.kind in ("word", "synset", "prep"))
                + 0.1 * sum(1 for it in items if it.kind == "skip"))

    @property
    def rule(self) -> str:
        pat = self.text or "*"
        return f"{self.verb}: {pat} -> {self.code or '---'} ({self.origin})"


def parse_pattern(text: str) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
    """PETRARCH-style pattern text -> items before and after the predicate ``*``."""
    before: list[Item] = []
    after: list[Item] = []
    current = before
    seen_star = False
    in_compound = False
    open_paren = False
    for raw in text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split():
        if raw == "*":
            current = after
            seen_star = True
            continue
        if raw == "(":
            open_paren = True
            continue
        if raw in (")", "%"):
            continue
        if raw == "^":
            current.append(Item("skip"))
            continue
        if raw == "{":
            in_compound = True
            continue
        if raw == "}":
            in_compound = False
            if current and current[-1].compound_next:
                last = current[-1]
                current[-1] = Item(last.kind, last.value, False)
            continue
        if raw == "+":
            current.append(Item("target"))
        elif raw == "$":
            current.append(Item("source"))
        elif raw.startswith("&"):
            current.append(Item("synset", raw[1:].lower(), in_compound))
        else:
            word = raw.lower().strip("_")
            if not word:
                continue
            kind = "prep" if open_paren else "word"
            current.append(Item(kind, word, in_compound))
        open_paren = False
    if not seen_star and before:  # a pattern without '*' lists what follows the verb
        return (), tuple(before)
    return tuple(before), tuple(after)


def _norm_code(code: str | None) -> str | None:
    code = (code or "").strip()
    if not code or set(code) <= {"-"}:
        return None
    return code


@dataclass
class PatternDictionary:
    by_verb: dict[str, list[Pattern]] = field(default_factory=dict)
    by_noun: dict[str, list[Pattern]] = field(default_factory=dict)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)
    synset_first_words: dict[str, frozenset[str]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def add(self, pattern: Pattern, noun: bool = False) -> None:
        index = self.by_noun if noun else self.by_verb
        index.setdefault(pattern.verb, []).append(pattern)

    def nouns_for(self, lemma: str) -> list[Pattern]:
        return self.by_noun.get(lemma, [])

    def patterns_for(self, lemma: str) -> list[Pattern]:
        return self.by_verb.get(lemma, [])

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.by_verb

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_verb.values()) + sum(len(v) for v in self.by_noun.values())

    def read_verbs(self, path: Path | str, rank: int, nouns: bool | None = None) -> None:
        path = Path(str(path))
        if nouns is None:
            nouns = "noun" in path.name
        with open(path, encoding="utf-8", newline="") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if lineno == 1 and cols[0] == "verb":
                    continue
                if len(cols) < 3:
                    raise PatternError(f"{path}:{lineno}: expected verb<TAB>pattern<TAB>code, got {line.strip()!r}")
                verb, pat, code = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
                code2 = cols[3].strip() if len(cols) > 3 else ""
                origin = cols[4].strip() if len(cols) > 4 and cols[4].strip() else f"{path.name}:{lineno}"
                if not verb:
                    raise PatternError(f"{path}:{lineno}: empty verb")
                if code and not set(code) <= {"-"} and not code[:2].isdigit():
                    raise PatternError(f"{path}:{lineno}: bad CAMEO code {code!r}")
                before, after = parse_pattern(pat)
                self.add(Pattern(verb, before, after, _norm_code(code), _norm_code(code2), origin, pat, rank), nouns)
        self.sources.append(str(path))

    def read_synsets(self, path: Path | str) -> None:
        path = Path(str(path))
        members: dict[str, set[str]] = {k: set(v) for k, v in self.synsets.items()}
        with open(path, encoding="utf-8", newline="") as fh:
            for lineno, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
                if not row or row[0].startswith("#") or (lineno == 1 and row[0] == "name"):
                    continue
                if len(row) < 2:
                    raise PatternError(f"{path}:{lineno}: expected name<TAB>word")
                members.setdefault(row[0].strip().lower().lstrip("&"), set()).add(
                    row[1].strip().lower().replace("_", " ").strip()
                )
        self.synsets = {k: frozenset(v) for k, v in members.items()}
        # first words of multiword members ("prime" of "prime minister"), for a cheap check
        # first words of multiword members ("prime minister", "cease-fire": the tokenizer
        # splits at the hyphen), so the matcher only looks further on a possible start
        self.synset_first_words = {
            k: frozenset(re.split(r"[ -]", w)[0] for w in v if " " in w or "-" in w)
            for k, v in self.synsets.items()
        }


def load_dictionary(
    verbs_files: tuple[str | Path, ...] = (), dict_dir: str | Path | None = None
) -> PatternDictionary:
    """Shipped patterns (or those of ``dict_dir``), then the user's files, later winning ties.
    Loaded once per process and set of files (the dictionary is not changed after loading)."""
    key = (tuple(str(p) for p in verbs_files), str(dict_dir) if dict_dir is not None else None)
    stamp = tuple(_mtime(p) for p in key[0]) + ((_mtime(key[1]),) if key[1] else ())
    cached = _LOADED.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    d = _load_dictionary(verbs_files, dict_dir)
    _LOADED[key] = (stamp, d)
    return d


_LOADED: dict = {}


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return -1.0


def _load_dictionary(verbs_files, dict_dir) -> PatternDictionary:
    d = PatternDictionary()
    if dict_dir is not None:
        base = Path(dict_dir)
        syn = [base / "synsets.tsv"] if (base / "synsets.tsv").exists() else []
        verbs = sorted(base.glob("*verbs*.tsv")) + sorted(base.glob("*nouns*.tsv"))
    else:
        syn = [DATA / n for n in SHIPPED_SYNSETS if (DATA / n).is_file()]
        verbs = [DATA / n for n in SHIPPED_VERBS + SHIPPED_NOUNS if (DATA / n).is_file()]
    for s in syn:
        d.read_synsets(s)
    rank = 0
    for v in list(verbs) + [Path(p) for p in verbs_files]:
        d.read_verbs(v, rank)
        rank += 1
    return d
