"""Import TABARI / PETRARCH verb dictionaries into accord's verbs.tsv and synsets.tsv.

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

The output follows docs/verb-patterns.md exactly.  ``import_verbs(src, out_dir)`` does both
steps; ``read_verb_dictionary`` and ``write_verb_tables`` let several files be merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .lemmas import VerbLemmas
from .patterns import PatternSyntaxError, convert_all
from .source import FORMATS, content_lines, read_text

VERBS_HEADER = ("verb", "pattern", "code", "code2", "origin")

_HEADER = re.compile(r"^---+\s*(?P<name>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*-*\s*$")
_PATTERN = re.compile(r"^-\s*(?P<pat>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*(?P<rest>.*)$")
_VERB = re.compile(r"^(?P<verb>[^{\[]+?)\s*(?:\{(?P<forms>[^{}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_CODE = re.compile(r"^[^\s\[\]:]*$")


@dataclass(frozen=True)
class Issue:
    """A line that was skipped (malformed) or kept with a remark."""

    origin: str  # "CAMEO.2.0.txt:712"
    reason: str
    text: str = ""

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}" + (f"  [{self.text}]" if self.text else "")


@dataclass
class ImportReport:
    """What an import read, wrote and left out."""

    source: str
    format: str = "petrarch"
    kind: str = "verbs"
    blocks: int = 0
    verbs: int = 0  # distinct verb lemmas
    patterns: int = 0  # pattern lines read (each may give rows for several verbs)
    rows: int = 0  # rows of verbs.tsv
    default_rows: int = 0  # rows with an empty pattern (the verb alone codes an event)
    synsets: int = 0
    synset_members: int = 0
    duplicates: int = 0  # rows dropped because an identical row came earlier
    skipped: list[Issue] = field(default_factory=list)  # malformed lines: file:line and reason
    warnings: list[Issue] = field(default_factory=list)  # read, but something was changed or dropped
    outputs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.source}: {self.verbs} verbs, {self.patterns} patterns, {self.rows} rows "
            f"({self.default_rows} verb-only), {self.synsets} synsets ({self.synset_members} words); "
            f"{len(self.skipped)} lines skipped, {len(self.warnings)} warnings"
        )


@dataclass(frozen=True)
class Row:
    verb: str
    pattern: str
    code: str
    code2: str
    origin: str


@dataclass
class VerbDictionary:
    """A parsed verb dictionary: rows for verbs.tsv, synsets, and the report."""

    rows: list[Row]
    synsets: dict[str, list[str]]
    report: ImportReport


@dataclass
class _Entry:
    lemma: str
    code: str | None
    line: int


@dataclass
class _Block:
    name: str
    code: str
    line: int
    verbs: list[_Entry] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # (line, raw pattern, code)


def split_code(code: str) -> tuple[str, str]:
    """'042:043' -> ('042', '043'); ':173' -> ('', '173'); '---' -> ('---', '')."""
    code = code.strip()
    main, _, second = code.partition(":")
    return main.strip(), second.strip()


def _readable(code: str) -> bool:
    """A code such as '042', '042:043', ':173', '---' (any characters but blanks, brackets)."""
    main, second = split_code(code)
    return bool(_CODE.match(main) and _CODE.match(second))


def _cameo_like(code: str) -> bool:
    """What accord's pattern loader accepts: empty, dashes, or starting with two digits."""
    return not code or set(code) <= {"-"} or code[:2].isdigit()


def _synset_name(label: str) -> str:
    return label.lstrip("&").strip().rstrip("_").lower()


def _member(text: str) -> str:
    return " ".join(text.strip().lstrip("+").rstrip("_").replace("_", " ").lower().split())


class _Parser:
    def __init__(self, src: Path, fmt: str):
        self.src, self.fmt, self.name = src, fmt, src.name
        self.report = ImportReport(source=str(src), format=fmt)
        self.blocks: list[_Block] = []
        self.raw_synsets: dict[str, list[tuple[int, str]]] = {}
        self.synset_lines: dict[str, int] = {}
        self.forms: dict[str, str] = {}
        self.raw_verbs: list[tuple[_Block, int, str, str | None, str | None]] = []
        self.spaced: set[int] = set()  # verb lines whose words were separated by spaces

    def origin(self, line: int) -> str:
        return f"{self.name}:{line}"

    def skip(self, line: int, reason: str, text: str = "") -> None:
        self.report.skipped.append(Issue(self.origin(line), reason, text.strip()))

    def warn(self, line: int, reason: str, text: str = "") -> None:
        self.report.warnings.append(Issue(self.origin(line), reason, text.strip()))

    # ---- pass 1: structure -------------------------------------------------------------
    def read(self, text: str) -> None:
        block: _Block | None = None
        synset: str | None = None
        for lineno, line in content_lines(text, self.fmt):
            s = line.strip()
            if synset is not None and s.startswith("+"):
                self.raw_synsets[synset].append((lineno, s[1:]))
                continue
            synset = None
            if s.startswith("---"):
                m = _HEADER.match(s)
                code = (m.group("code") if m and m.group("code") is not None else "---").strip()
                if not m or not _readable(code):
                    self.skip(lineno, "unreadable block header", s)
                    block = None
                    continue
                block = _Block(m.group("name") or f"block at line {lineno}", code or "---", lineno)
                self.blocks.append(block)
            elif s.startswith("-"):
                m = _PATTERN.match(s)
                if not m:
                    self.skip(lineno, "pattern without [code]", s)
                elif m.group("rest").strip():
                    self.skip(lineno, f"text after the code: {m.group('rest').strip()!r}", s)
                elif block is None:
                    self.skip(lineno, "pattern outside a verb block", s)
                else:
                    block.patterns.append((lineno, m.group("pat"), m.group("code")))
            elif s.startswith("&"):
                name = _synset_name(s.split()[0])
                if not name or len(s.split()) > 1:
                    self.skip(lineno, "unreadable synset label", s)
                    continue
                synset = name
                if name in self.raw_synsets:
                    self.warn(lineno, f"synset &{name} defined again (line {self.synset_lines[name]}): members merged")
                self.raw_synsets.setdefault(name, [])
                self.synset_lines.setdefault(name, lineno)
            elif s.startswith("~"):
                self.skip(lineno, "PETRARCH transformation rule: not imported", s)
            else:
                m = _VERB.match(s)
                verb = "_".join(m.group("verb").split()) if m else ""
                if not m or not re.match(r"^[+\w][\w'+./\-]*$", verb):
                    self.skip(lineno, "unreadable verb line", s)
                    continue
                if verb != m.group("verb"):
                    self.warn(lineno, f"verb words separated by spaces: read as {verb}, the first word the verb", s)
                    self.spaced.add(lineno)
                code = m.group("code")
                if code is not None and not _readable(code):
                    self.skip(lineno, f"unreadable code [{code}]", s)
                    continue
                if self.fmt == "tabari":  # every TABARI verb line owns the patterns that follow it
                    block = _Block(verb, (code or "---").strip(), lineno)
                    self.blocks.append(block)
                if block is None:
                    self.skip(lineno, "verb line outside a '--- NAME [code] ---' block", s)
                    continue
                self.raw_verbs.append((block, lineno, verb, m.group("forms"), code))
                if m.group("forms") and "_" not in verb:
                    base = verb.lstrip("+").lower()
                    for form in re.split(r"[\s,]+", m.group("forms")):
                        if form and "_" not in form:
                            self.forms.setdefault(form.lstrip("+").lower(), base)

    # ---- pass 2: synsets, verbs, patterns ----------------------------------------------
    def synsets(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}

        def members(name: str, trail: tuple[str, ...]) -> list[str]:
            words: list[str] = []
            for lineno, raw in self.raw_synsets.get(name, []):
                if raw.strip().startswith("&"):
                    ref = _synset_name(raw.strip())
                    if ref in trail:
                        self.skip(lineno, f"synset &{ref} contains itself", raw)
                    elif ref not in self.raw_synsets:
                        self.skip(lineno, f"undefined synset &{ref} in synset &{name}", raw)
                    else:
                        if not trail[1:]:
                            self.warn(lineno, f"synset &{ref} inside &{name}: its words were copied in", raw)
                        words.extend(members(ref, trail + (ref,)))
                    continue
                word = _member(raw)
                if not word:
                    self.skip(lineno, "empty synset member", raw)
                else:
                    words.append(word)
            return words

        for name in self.raw_synsets:
            out[name] = list(dict.fromkeys(members(name, (name,))))
        return out

    def verb_lemma(self, lemmas: VerbLemmas, lineno: int, verb: str) -> str | None:
        parts = [p for p in verb.rstrip("_").split("_") if p]
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        if len(marked) > 1:
            self.skip(lineno, "multi-word verb with more than one '+'", verb)
            return None
        if not marked and len(parts) > 1 and lineno not in self.spaced:
            self.warn(lineno, "multi-word verb without '+': the first word taken as the verb", verb)
        at = marked[0] if marked else 0
        parts = [p.lstrip("+").lower() for p in parts]
        lemma, resolved = lemmas.lemma(parts[at], stem=self.fmt == "tabari")
        if not resolved and self.fmt == "tabari":
            self.warn(lineno, f"verb stem {parts[at]!r} is not a known English verb: kept as written", verb)
        parts[at] = lemma
        return "_".join(parts)

    def _odd_code(self, lineno: int, code: str) -> None:
        if any(c and not set(c) <= {"-"} and not re.fullmatch(r"\d{2,4}", c) for c in split_code(code)):
            self.warn(lineno, f"code [{code}] is not a plain CAMEO code: kept as written")

    def rows(self, synset_names: set[str]) -> list[Row]:
        lemmas = VerbLemmas(self.forms)
        if not lemmas.available:
            self.report.warnings.append(
                Issue(self.name, "no spaCy model: verbs written as found, not lemmatised")
            )
        for block, lineno, verb, _forms, code in self.raw_verbs:
            lemma = self.verb_lemma(lemmas, lineno, verb)
            if lemma:
                block.verbs.append(_Entry(lemma, code.strip() if code is not None else None, lineno))
        rows: list[Row] = []
        for block in self.blocks:
            converted: list[tuple[int, list[str], str, str]] = []
            for lineno, raw, code in block.patterns:
                main, second = split_code(code)
                if not _readable(code):
                    self.skip(lineno, f"unreadable code [{code}]", f"- {raw} [{code}]")
                    continue
                if not _cameo_like(main) or not _cameo_like(second):
                    self.warn(lineno, f"code [{code}] is not a CAMEO code: pattern dropped", f"- {raw} [{code}]")
                    continue
                self._odd_code(lineno, code)
                try:
                    pats = convert_all(raw, synset_names)
                except PatternSyntaxError as exc:
                    self.skip(lineno, str(exc), f"- {raw} [{code}]")
                    continue
                converted.append((lineno, pats, main, second))
                self.report.patterns += 1
            if not block.verbs:
                if converted:
                    self.warn(block.line, f"block {block.name!r} has patterns but no verbs: patterns dropped")
                continue
            self.report.blocks += 1
            for entry in block.verbs:
                code = entry.code if entry.code is not None else block.code
                main, second = split_code(code)
                if main and not set(main) <= {"-"}:
                    if _cameo_like(main) and _cameo_like(second):
                        self._odd_code(entry.line, code)
                        rows.append(Row(entry.lemma, "", main, second, self.origin(entry.line)))
                    else:
                        self.warn(entry.line, f"code [{code}] is not a CAMEO code: verb-only row dropped")
                for lineno, pats, pmain, psecond in converted:
                    for pat in pats:
                        rows.append(Row(entry.lemma, pat, pmain, psecond, self.origin(lineno)))
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
    rows = list({(r.verb, r.pattern, r.code, r.code2): r for r in reversed(raw_rows)}.values())[::-1]
    rep = parser.report
    rep.duplicates = len(raw_rows) - len(rows)
    rep.rows = len(rows)
    rep.default_rows = sum(1 for r in rows if not r.pattern)
    rep.verbs = len({r.verb for r in rows} | {e.lemma for b in parser.blocks for e in b.verbs})
    rep.synsets = len(synsets)
    rep.synset_members = sum(len(v) for v in synsets.values())
    rep.skipped.sort(key=lambda i: int(i.origin.rsplit(":", 1)[-1]) if i.origin[-1:].isdigit() else 0)
    return VerbDictionary(rows, synsets, rep)


def write_verb_tables(
    dictionaries: list[VerbDictionary],
    out_dir: Path | str,
    verbs_name: str = "verbs.tsv",
    synsets_name: str = "synsets.tsv",
) -> list[Path]:
    """Write one verbs.tsv and one synsets.tsv for the given dictionaries, in order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = ", ".join(Path(d.report.source).name for d in dictionaries)
    merged: dict[str, dict[str, None]] = {}
    for d in dictionaries:
        for name, words in d.synsets.items():
            if name in merged and set(words) != set(merged[name]):
                d.report.warnings.append(
                    Issue(Path(d.report.source).name, f"synset &{name} also defined by an earlier file: merged")
                )
            merged.setdefault(name, {}).update(dict.fromkeys(words))
    verbs_path, synsets_path = out_dir / verbs_name, out_dir / synsets_name
    with open(verbs_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(VERBS_HEADER) + "\n")
        fh.write(f"# Imported from {sources} by `accord dict import`. Format: docs/verb-patterns.md.\n")
        seen: set[tuple[str, str, str, str]] = set()
        for d in dictionaries:
            for r in d.rows:
                key = (r.verb, r.pattern, r.code, r.code2)
                if key not in seen:
                    seen.add(key)
                    fh.write(f"{r.verb}\t{r.pattern}\t{r.code}\t{r.code2}\t{r.origin}\n")
    with open(synsets_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("name\tword\n")
        fh.write(f"# Imported from {sources} by `accord dict import`. Several words = consecutive words.\n")
        for name, words in merged.items():
            for word in words:
                fh.write(f"{name}\t{word}\n")
    for d in dictionaries:
        d.report.outputs = [str(verbs_path), str(synsets_path)]
    return [verbs_path, synsets_path]


def import_verbs(src: Path | str, out_dir: Path | str, fmt: str = "petrarch") -> ImportReport:
    """Convert one TABARI/PETRARCH verb dictionary into ``out_dir``/verbs.tsv + synsets.tsv."""
    d = read_verb_dictionary(src, fmt)
    write_verb_tables([d], out_dir)
    return d.report
