"""Convert PETRARCH/TABARI actor, agent and discard dictionaries into accord's tables.

    convert_actor_dictionary(src, dst_dir, kind) -> ImportReport

writes ``dst_dir/<kind>/<name of src>.tsv`` (kind: actors, agents or discards) in the
formats of docs/actors.md, which ``ActorKB.load(dict_dir=dst_dir)`` reads.

Actor dictionaries: a record is a primary phrase (optionally with a ``[CODE]``), ``+``
synonym lines and tab-indented ``[CODE date]`` restrictions, where a date is
``YYMMDD``/``YYYYMMDD`` and a restriction ``<date`` (until), ``>date`` (from) or
``date-date``; a code without date is the default.  Two-digit years 00-30 are 20YY,
otherwise 19YY (as KEDS, TABARI and PETRARCH read them).  ``[A/B]`` gives two codes.

Agent dictionaries: ``PHRASE {PLURAL} [~CODE]`` lines with ``!SET! = A, B`` substitution
sets; ``{}`` means no plural; ``~GOV`` is added after the actor code, ``NGO~`` before it.

Discard lists: a phrase per line; ``+`` marks a story-level discard; a final ``_`` means
the phrase must end at a word boundary.

Malformed records are skipped and reported in ``ImportReport.warnings`` as ``file:line``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .names import display
from .tables import write_table

KINDS = ("actors", "agents", "discards")
ACTOR_HEADER = ["name", "aliases", "code", "role", "start", "end", "kind", "note"]
AGENT_HEADER = ["phrase", "code", "plural", "note"]
DISCARD_HEADER = ["phrase", "scope", "match", "note"]
INTERNATIONAL = ("IGO", "NGO", "NGM", "MNC", "IMG", "UIS")
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# three-letter codes that are sectors or types, not countries ("[MED]" for a newspaper)
NOT_COUNTRIES = {"MED", "ELI", "NGO", "MNC", "IGO", "BUS", "REB", "OPP", "CVL", "EDU", "HLH", "HRI", "LAB",
                 "REL", "ENV", "DEV", "REF", "CRM", "UAF", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "---"}


@dataclass
class ImportReport:
    src: Path
    dst: Path
    kind: str
    entries: int = 0  # records (actors), phrases (agents, discards) read
    rows: int = 0  # rows written
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.src.name}: {self.entries} {self.kind} entries -> {self.rows} rows in {self.dst}"
                + (f" ({len(self.warnings)} warnings)" if self.warnings else ""))


def convert_actor_dictionary(src: Path, dst_dir: Path, kind: str) -> ImportReport:
    """Convert one PETRARCH/TABARI dictionary; see the module docstring."""
    src, dst_dir = Path(src), Path(dst_dir)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    try:
        raw = src.read_bytes()
    except OSError as exc:
        raise ValueError(f"{src}: cannot read: {exc}") from None
    text = _decode(raw)
    dst = dst_dir / kind / (_stem(src) + ".tsv")
    report = ImportReport(src, dst, kind)
    lines = list(_clean_lines(text, src.name))
    if kind == "actors":
        header, rows = ACTOR_HEADER, _actors(lines, src.name, report)
    elif kind == "agents":
        header, rows = AGENT_HEADER, _agents(lines, src.name, report)
    else:
        header, rows = DISCARD_HEADER, _discards(lines, src.name, report)
    write_table(dst, header, rows, [f"converted by accord from {src.name} ({kind}); format: docs/actors.md"])
    report.rows = len(rows)
    return report


# -- reading the dictionary text ---------------------------------------------------------

def _decode(raw: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _stem(src: Path) -> str:
    name = src.name
    for suffix in (".txt", ".dict", ".actors", ".agents"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "dictionary"


@dataclass
class _Line:
    no: int
    text: str  # without comments, right-stripped
    indented: bool
    comment: str


def _clean_lines(text: str, fname: str):
    """Lines without XML (``<!-- -->``, also across lines) and ``#`` comments."""
    in_xml = False
    for no, line in enumerate(text.splitlines(), start=1):
        if in_xml:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3:]
            in_xml = False
        while "<!--" in line:
            a = line.index("<!--")
            b = line.find("-->", a + 4)
            if b < 0:
                line, in_xml = line[:a], True
                break
            line = line[:a] + line[b + 3:]
        if line.lstrip().startswith("<"):
            continue  # a one-line XML-ish comment such as "<! -- ... -->"
        comment = ""
        if "#" in line:
            line, _, comment = line.partition("#")
        if not line.strip():
            continue
        yield _Line(no, line.rstrip(), line[:1] in (" ", "\t"), comment.strip())


# -- actors ---------------------------------------------------------------------------

_BRACKET = re.compile(r"\[([^\]]*)\]")


@dataclass
class _Record:
    no: int
    name: str
    comment: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None, int]] = field(default_factory=list)


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _actors(lines, fname: str, report: ImportReport) -> list[list[str]]:
    records: list[_Record] = []
    cur: _Record | None = None
    for ln in lines:
        body = ln.text.strip()
        brackets = _BRACKET.findall(body)
        phrase = _BRACKET.sub(" ", body).strip()
        if body.startswith("+"):
            if cur is None:
                report.warnings.append(f"{fname}:{ln.no}: synonym before any actor: {body!r}")
                continue
            for part in phrase.lstrip("+").split("+"):
                if _phrase(part):
                    cur.synonyms.append(_phrase(part))
        elif ln.indented and not phrase:
            if cur is None:
                report.warnings.append(f"{fname}:{ln.no}: code before any actor: {body!r}")
                continue
        elif ln.indented and cur is not None:
            cur.synonyms.append(_phrase(phrase))  # an indented synonym with its own code
        else:
            if not _phrase(phrase):
                report.warnings.append(f"{fname}:{ln.no}: no actor phrase: {body!r}")
                cur = None
                continue
            cur = _Record(ln.no, _phrase(phrase), ln.comment)
            records.append(cur)
        if cur is not None:
            for b in brackets:
                cur.codes.extend(_restriction(b, f"{fname}:{ln.no}", report))
    report.entries = len(records)
    rows: list[list[str]] = []
    for rec in records:
        if not rec.codes:
            report.warnings.append(f"{fname}:{rec.no}: {rec.name!r} has no code; skipped")
            continue
        kind = _infer_kind(rec)
        name = display(rec.name)
        seen = {name.lower()}
        aliases = []
        for s in rec.synonyms:
            d = display(s)
            if d.lower() not in seen:
                seen.add(d.lower())
                aliases.append(d)
        note = f"{fname}:{rec.no}" + (f" {rec.comment}" if rec.comment else "")
        for i, (code, start, end, no) in enumerate(rec.codes):
            rows.append([name, "|".join(aliases) if i == 0 else "", code, "",
                         start.isoformat() if start else "", end.isoformat() if end else "", kind,
                         note if i == 0 else f"{fname}:{no}"])
    return rows


def _restriction(content: str, where: str, report: ImportReport):
    """The (code, start, end, line) items of one ``[...]`` restriction."""
    parts = content.split()
    if not parts:
        report.warnings.append(f"{where}: empty code []")
        return []
    code_text = parts[0] if not parts[0][:1].isdigit() and parts[0][:1] not in "<>" else ""
    rest = "".join(parts[1:] if code_text else parts)
    if not code_text:
        report.warnings.append(f"{where}: restriction without a code [{content}]")
        return []
    start = end = None
    if rest:
        try:
            if rest[0] == "<":
                end = _date(rest[1:])
            elif rest[0] == ">":
                start = _date(rest[1:])
            elif "-" in rest:
                a, _, b = rest.partition("-")
                start, end = _date(a), _date(b)
            else:
                raise ValueError(f"not a date restriction: {rest!r}")
        except ValueError as exc:
            report.warnings.append(f"{where}: [{content}]: {exc}; restriction skipped")
            return []
        if start and end and end < start:
            report.warnings.append(f"{where}: [{content}]: ends before it starts; restriction skipped")
            return []
    lineno = int(where.rsplit(":", 1)[1])
    out = []
    for code in code_text.split("/"):
        code = code.strip().upper()
        if not re.fullmatch(r"[A-Z0-9+\-]{3,}", code):
            report.warnings.append(f"{where}: bad code {code!r}; skipped")
            continue
        out.append((code, start, end, lineno))
    return out


def _date(text: str) -> date:
    """YYMMDD (00-30 -> 20YY) or YYYYMMDD."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r} (YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return date(year, month, day)  # raises ValueError for 20100931


def _infer_kind(rec: _Record) -> str:
    codes = [c for c, *_ in rec.codes]
    dated = any(s or e for _, s, e, _ in rec.codes)
    if re.search(r"countryinfo|igorulers", rec.comment, re.I):
        return "person"
    first = codes[0]
    if first.startswith("IGO"):
        return "person" if dated else "igo"
    if first[:3] in INTERNATIONAL:
        return "group"
    if any(len(c) == 3 and c not in NOT_COUNTRIES for c in codes):
        return "country"
    if dated:
        return "person"
    sectors = {c[i:i + 3] for c in codes for i in range(3, len(c), 3)}
    return "country" if sectors and sectors <= STATE_SECTORS else "group"


# -- agents ---------------------------------------------------------------------------

_SUBST = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")


def _agents(lines, fname: str, report: ImportReport) -> list[list[str]]:
    subst: dict[str, list[str]] = {}
    rows: list[list[str]] = []
    seen: set[str] = set()
    for ln in lines:
        m = _SUBST.match(ln.text)
        if m:
            subst[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(ln.text.strip())
        if not m:
            report.warnings.append(f"{fname}:{ln.no}: not an agent line: {ln.text.strip()!r}")
            continue
        report.entries += 1
        code = m.group("code").replace(" ", "").upper()
        if not re.fullmatch(r"~[A-Z0-9]{3,}|[A-Z0-9]{3,}~", code):
            if re.fullmatch(r"[A-Z0-9]{3,}", code):
                code = "~" + code
            else:
                report.warnings.append(f"{fname}:{ln.no}: bad agent code [{m.group('code')}]; skipped")
                continue
        phrase = _phrase(m.group("phrase")).lower()
        plural_cell = m.group("plural")
        variants = _expand(phrase, subst)
        expanded = len(variants) > 1 or variants[0] != phrase
        if plural_cell is None:
            plural = "-" if expanded else ""
        elif not plural_cell.strip():
            plural = "-"
        else:
            plural = "|".join(_phrase(p).lower() for p in plural_cell.split(",") if _phrase(p))
        note = f"{fname}:{ln.no}" + (f" {ln.comment}" if ln.comment else "")
        for v in variants:
            if "!" in v:
                report.warnings.append(f"{fname}:{ln.no}: unknown substitution set in {v!r}; skipped")
                continue
            if v in seen:
                continue
            seen.add(v)
            rows.append([v, code, plural, note])
    return rows


def _expand(phrase: str, subst: dict[str, list[str]]) -> list[str]:
    out = [phrase]
    for marker, words in subst.items():
        low = marker.lower()
        if any(low in p for p in out):
            out = [p.replace(low, w, 1) for p in out for w in words] if words else out
            # a marker may occur twice ("ad!minist!rative" is a quirk of the Phoenix file)
            while any(low in p for p in out):
                out = [p.replace(low, words[0], 1) for p in out]
    return [" ".join(p.split()) for p in out]


# -- discards -------------------------------------------------------------------------

def _discards(lines, fname: str, report: ImportReport) -> list[list[str]]:
    rows = []
    for ln in lines:
        text = ln.text.strip()
        scope = "story" if text.startswith("+") else "sentence"
        text = text.lstrip("+").strip()
        if not text:
            report.warnings.append(f"{fname}:{ln.no}: empty discard")
            continue
        report.entries += 1
        match = "word" if text.endswith("_") else "prefix"
        phrase = " ".join(text.replace("_", " ").split()).lower()
        rows.append([phrase, scope, match, f"{fname}:{ln.no}" + (f" {ln.comment}" if ln.comment else "")])
    return rows
