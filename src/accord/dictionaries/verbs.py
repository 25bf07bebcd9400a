"""Read TABARI / PETRARCH verb dictionaries into rows of accord's verbs.tsv and synsets.

PETRARCH 1.0 / 2 format (CAMEO.2.0.txt)::

    &CURRENCY                 a synset, members on '+' lines ('_' = next word)
    +DOLLAR
    --- GRANT [070] ---       a verb block and its default code ([---]: none)
    GRANT                     verbs of the block, irregular forms in {...}, own code in [...]
    GIVE {GAVE GIVEN GIVING}
    +HAND_OVER                multi-word verb: '+' marks the verb word
    - * &CURRENCY [071]       patterns of the block: they apply to every verb of the block
    - * (TO) [042:043]        paired code: 043 is what the target does back; [:173] only that

TABARI .verbs format: each verb line (often a stem: ``ACCUS``) starts its own block with
its own patterns, ``;`` starts a comment and ``{ A | B }`` gives alternatives.

Rows follow docs/verb-patterns.md: one per verb lemma and pattern, plus a row with an
empty pattern for each verb whose code (its own, else the block's) is not ``---``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .lemmas import VerbLemmas
from .patterns import PatternSyntaxError, convert_all
from .report import ImportReport, Issue, Row, VerbDictionary
from .source import FORMATS, content_lines, read_text

_HEADER = re.compile(r"^---+\s*(?P<name>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*-*\s*$")
_PATTERN = re.compile(r"^-\s*(?P<pat>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*(?P<rest>.*)$")
_VERB = re.compile(r"^(?P<verb>[^{\[]+?)\s*(?:\{(?P<forms>[^{}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_VERB_WORDS = re.compile(r"^[+\w][\w'+./\-]*$")
_CODE = re.compile(r"^[^\s\[\]:]*$")


def split_code(code: str) -> tuple[str, str]:
    """'042:043' -> ('042', '043'); ':173' -> ('', '173'); '---' -> ('---', '')."""
    main, _, second = code.strip().partition(":")
    return main.strip(), second.strip()


def _readable(code: str) -> bool:
    """'042', '042:043', ':173', '---', '174K' ...: no blanks, brackets or second ':'."""
    return all(_CODE.match(part) for part in split_code(code))


def _cameo_like(code: str) -> bool:
    """What accord's pattern loader accepts: empty, dashes, or starting with two digits."""
    return not code or set(code) <= {"-"} or code[:2].isdigit()


def _codes_nothing(code: str) -> bool:
    return not code or set(code) <= {"-"}


def _synset_name(label: str) -> str:
    return label.lstrip("&").strip().rstrip("_").lower()


def _member(text: str) -> str:
    return " ".join(text.strip().lstrip("+").rstrip("_").replace("_", " ").lower().split())


@dataclass
class _Verb:
    word: str  # as written: "GIVE", "+HAND_OVER", "WIRE_+TAP"
    code: str | None  # its own code, None = the block's
    line: int
    spaced: bool = False  # written with spaces ("LASH OUT")


@dataclass
class _Block:
    name: str
    code: str
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # (line, raw pattern, code)


class _Parser:
    def __init__(self, src: Path, fmt: str):
        self.name, self.fmt = src.name, fmt
        self.report = ImportReport(source=str(src), format=fmt)
        self.blocks: list[_Block] = []
        self.block: _Block | None = None
        self.synset: str | None = None  # the synset whose '+' members are being read
        self.raw_synsets: dict[str, list[tuple[int, str]]] = {}
        self.forms: dict[str, str] = {}  # irregular form -> base, from {...} of one-word verbs
        self.lemmas: set[str] = set()  # every verb lemma read

    def origin(self, line: int) -> str:
        return f"{self.name}:{line}"

    def skip(self, line: int, reason: str, text: str = "") -> None:
        self.report.skipped.append(Issue(self.origin(line), reason, text.strip()))

    def warn(self, line: int, reason: str, text: str = "") -> None:
        self.report.warnings.append(Issue(self.origin(line), reason, text.strip()))

    # ---- pass 1: the lines ---------------------------------------------------------------
    def read(self, text: str) -> None:
        for lineno, line in content_lines(text, self.fmt):
            s = line.strip()
            if self.synset is not None and s.startswith("+"):
                self.raw_synsets[self.synset].append((lineno, s[1:]))
                continue
            self.synset = None
            if s.startswith("---"):
                self.header(lineno, s)
            elif s.startswith("-"):
                self.pattern(lineno, s)
            elif s.startswith("&"):
                self.synset_label(lineno, s)
            elif s.startswith("~"):
                self.skip(lineno, "PETRARCH transformation rule: not imported", s)
            else:
                self.verb(lineno, s)

    def header(self, lineno: int, s: str) -> None:
        m = _HEADER.match(s)
        code = (m.group("code") or "---").strip() if m else ""
        if not m or not _readable(code):
            self.skip(lineno, "unreadable block header", s)
            self.block = None
            return
        self.block = _Block(m.group("name") or f"block at line {lineno}", code or "---", lineno)
        self.blocks.append(self.block)

    def pattern(self, lineno: int, s: str) -> None:
        m = _PATTERN.match(s)
        if not m:
            self.skip(lineno, "pattern without [code]", s)
        elif m.group("rest").strip():
            self.skip(lineno, f"text after the code: {m.group('rest').strip()!r}", s)
        elif self.block is None:
            self.skip(lineno, "pattern outside a verb block", s)
        else:
            self.block.patterns.append((lineno, m.group("pat"), m.group("code")))

    def synset_label(self, lineno: int, s: str) -> None:
        name = _synset_name(s.split()[0])
        if not name or len(s.split()) > 1:
            self.skip(lineno, "unreadable synset label", s)
            return
        if name in self.raw_synsets:
            self.warn(lineno, f"synset &{name} defined again: members merged", s)
        self.raw_synsets.setdefault(name, [])
        self.synset = name

    def verb(self, lineno: int, s: str) -> None:
        m = _VERB.match(s)
        word = "_".join(m.group("verb").split()) if m else ""
        if not m or not _VERB_WORDS.match(word) or not word.strip("+_"):
            self.skip(lineno, "unreadable verb line", s)
            return
        code = m.group("code")
        if code is not None and not _readable(code):
            self.skip(lineno, f"unreadable code [{code}]", s)
            return
        spaced = word != m.group("verb")
        if spaced:
            self.warn(lineno, f"verb words separated by spaces: read as {word}, the first word the verb", s)
        if self.fmt == "tabari":  # every TABARI verb line owns the patterns that follow it
            self.block = _Block(word, (code or "---").strip(), lineno)
            self.blocks.append(self.block)
        if self.block is None:
            self.skip(lineno, "verb line outside a '--- NAME [code] ---' block", s)
            return
        self.block.verbs.append(_Verb(word, code.strip() if code is not None else None, lineno, spaced))
        if m.group("forms") and "_" not in word:
            for form in re.split(r"[\s,]+", m.group("forms")):
                if form and "_" not in form:
                    self.forms.setdefault(form.lstrip("+").lower(), word.lstrip("+").lower())

    # ---- pass 2: synsets, lemmas, rows ---------------------------------------------------
    def synsets(self) -> dict[str, list[str]]:
        """Synset words; a synset inside a synset (TABARI allowed it) is copied in."""

        def members(name: str, trail: tuple[str, ...]) -> list[str]:
            words: list[str] = []
            for lineno, raw in self.raw_synsets.get(name, []):
                if not raw.strip().startswith("&"):
                    word = _member(raw)
                    if word:
                        words.append(word)
                    else:
                        self.skip(lineno, "empty synset member", raw)
                    continue
                ref = _synset_name(raw.strip())
                if ref in trail:
                    self.skip(lineno, f"synset &{ref} contains itself", raw)
                elif ref not in self.raw_synsets:
                    self.skip(lineno, f"undefined synset &{ref} in synset &{name}", raw)
                else:
                    if len(trail) == 1:
                        self.warn(lineno, f"synset &{ref} inside &{name}: its words were copied in", raw)
                    words.extend(members(ref, trail + (ref,)))
            return words

        return {name: list(dict.fromkeys(members(name, (name,)))) for name in self.raw_synsets}

    def lemma(self, lemmas: VerbLemmas, verb: _Verb) -> str | None:
        """'+HAND_OVER' -> 'hand_over', 'SPED' -> 'speed', TABARI 'ACCUS' -> 'accuse'."""
        parts = [p for p in verb.word.rstrip("_").split("_") if p.strip("+")]
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        if not parts:
            self.skip(verb.line, "unreadable verb line", verb.word)
            return None
        if len(marked) > 1:
            self.skip(verb.line, "multi-word verb with more than one '+'", verb.word)
            return None
        if not marked and len(parts) > 1 and not verb.spaced:
            self.warn(verb.line, "multi-word verb without '+': the first word taken as the verb", verb.word)
        at = marked[0] if marked else 0
        parts = [p.lstrip("+").lower() for p in parts]
        lemma, resolved = lemmas.lemma(parts[at], stem=self.fmt == "tabari")
        if not resolved and self.fmt == "tabari":
            self.warn(verb.line, f"verb stem {parts[at]!r} is not a known English verb: kept as written", verb.word)
        parts[at] = lemma
        return "_".join(parts)

    def keys(self, lemmas: VerbLemmas) -> dict[int, str]:
        """The key of each verb's rows: its lemma, except for a verb written as an
        inflected form ('MET', 'SAID') whose lemma only other blocks claim ('MEET',
        'SAYS'): PETRARCH matches such a verb by its written form only, so it keeps its
        own patterns under that form ('met', 'said')."""
        found = {id(v): (b, v, self.lemma(lemmas, v)) for b in self.blocks for v in b.verbs}
        claims: dict[str, list[tuple[int, int]]] = {}  # lemma -> (block, verb)
        for key, (b, _, lem) in found.items():
            if lem:
                claims.setdefault(lem, []).append((id(b), key))
        out = {}
        for key, (b, v, lem) in found.items():
            word = v.word.lstrip("+").lower()
            if lem and self.fmt == "petrarch" and "_" not in word and word != lem:
                others = [blk for blk, k in claims[lem] if k != key]
                if others and id(b) not in others:
                    lem = word
            out[key] = lem
        return out

    def usable_code(self, lineno: int, code: str, what: str, text: str = "") -> bool:
        if not all(_cameo_like(c) for c in split_code(code)):
            self.warn(lineno, f"code [{code}] is not a CAMEO code: {what} dropped", text)
            return False
        if any(not _codes_nothing(c) and not re.fullmatch(r"\d{2,4}", c) for c in split_code(code)):
            self.warn(lineno, f"code [{code}] is not a plain CAMEO code: kept as written", text)
        return True

    def patterns_of(self, block: _Block, synset_names: set[str]) -> list[tuple[int, list[str], str, str]]:
        out = []
        for lineno, raw, code in block.patterns:
            text = f"- {raw} [{code}]"
            if not _readable(code):
                self.skip(lineno, f"unreadable code [{code}]", text)
                continue
            if not self.usable_code(lineno, code, "pattern", text):
                continue
            try:
                pats = convert_all(raw, synset_names)
            except PatternSyntaxError as exc:
                self.skip(lineno, str(exc), text)
                continue
            out.append((lineno, pats, *split_code(code)))
            self.report.patterns += 1
        return out

    def rows(self, synset_names: set[str]) -> list[Row]:
        lemmas = VerbLemmas(self.forms)
        if not lemmas.available:
            self.report.warnings.append(Issue(self.name, "no spaCy model: verbs written as found, not lemmatised"))
        rows: list[Row] = []
        keys = self.keys(lemmas)
        for block in self.blocks:
            patterns = self.patterns_of(block, synset_names)
            verbs = [(v, keys[id(v)]) for v in block.verbs if keys.get(id(v))]
            self.lemmas.update(lem for _, lem in verbs)
            if not verbs:
                if patterns:
                    self.warn(block.line, f"block {block.name!r} has patterns but no verbs: patterns dropped")
                continue
            self.report.blocks += 1
            for verb, lemma in verbs:
                code = verb.code if verb.code is not None else block.code
                main, second = split_code(code)
                if not (_codes_nothing(main) and not second) and self.usable_code(verb.line, code, "verb-only row"):
                    rows.append(Row(lemma, "", main, second, self.origin(verb.line)))
                for lineno, pats, pmain, psecond in patterns:
                    rows.extend(Row(lemma, pat, pmain, psecond, self.origin(lineno)) for pat in pats)
        return rows


def read_verb_dictionary(src: Path | str, fmt: str = "petrarch") -> VerbDictionary:
    """Parse one verb dictionary.  Malformed lines are reported (file:line, reason) and
    skipped; OSError is raised only when the file cannot be read at all."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    src = Path(src)
    text, encoding = read_text(src)
    parser = _Parser(src, fmt)
    if encoding != "utf-8":
        parser.report.warnings.append(Issue(src.name, f"not UTF-8: read as {encoding}"))
    parser.read(text)
    synsets = parser.synsets()
    raw_rows = parser.rows(set(synsets))
    unique: dict[tuple[str, str, str, str], Row] = {}
    for row in raw_rows:
        unique.setdefault(row.key, row)
    rows = list(unique.values())
    rep = parser.report
    rep.duplicates = len(raw_rows) - len(rows)
    rep.rows = len(rows)
    rep.default_rows = sum(1 for r in rows if not r.pattern)
    rep.verbs = len(parser.lemmas)
    rep.synsets = len(synsets)
    rep.synset_members = sum(len(v) for v in synsets.values())
    rep.skipped.sort(key=lambda i: i.line)
    rep.warnings.sort(key=lambda i: i.line)
    return VerbDictionary(rows, synsets, rep)
