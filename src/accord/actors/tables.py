"""The actor knowledge base's table formats: reading and checking the TSV files.

Every table is a UTF-8 TSV file with a header line; lines starting with ``#`` are comments.
The header names the columns, so a file's kind is recognised by its header:

- actors     ``name  aliases  code  role  start  end  [kind]  note``  (people, organisations,
             groups, seats of power; one row per dated role, as leaders.tsv)
- countries  ``iso3  cameo  name  aliases  adjectives  demonyms  capitals  places  note``
- agents     ``phrase  code  plural  note``  (sector words: "troops" ~MIL)
- discards   ``phrase  scope  match  note``
- titles     ``title  code  note``  (honorifics before a name: "Gen." ~MIL)

List cells are ``|``-separated.  Dates are ``YYYY-MM-DD`` (``YYYY`` and ``YYYY-MM`` are read
as the first day).  A malformed row raises ``ActorDataError`` naming ``file:line``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple


class ActorDataError(ValueError):
    """A knowledge-base file that cannot be read; the message names file and line."""


class ActorRow(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: date | None
    end: date | None
    kind: str
    note: str
    origin: str  # "file:line"


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    cameo: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    places: tuple[str, ...]
    note: str
    origin: str

    @property
    def code(self) -> str:
        return self.cameo or self.iso3


@dataclass(frozen=True)
class AgentRow:
    phrase: str
    code: str  # "~GOV" (added after a country code) or "NGO~" (before it)
    plurals: tuple[str, ...] | None  # None: the regular plural; (): no plural
    note: str
    origin: str

    @property
    def sectors_code(self) -> str:
        return self.code.strip("~")

    @property
    def prefix(self) -> bool:
        return self.code.endswith("~")


@dataclass(frozen=True)
class DiscardRow:
    phrase: str
    scope: str  # sentence | story
    match: str  # word | prefix
    note: str
    origin: str


@dataclass(frozen=True)
class TitleRow:
    title: str
    code: str
    note: str
    origin: str


KINDS = {
    "actors": ("name", "code"),
    "countries": ("iso3", "name"),
    "agents": ("phrase", "code"),
    "discards": ("phrase",),
    "titles": ("title",),
}
ACTOR_KINDS = ("person", "country", "igo", "group", "seat")
_CODE = re.compile(r"^[A-Z0-9+\-]{3,}$")
_AGENT_CODE = re.compile(r"^(~[A-Z0-9]{3,}|[A-Z0-9]{3,}~)$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def split_list(cell: str) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def parse_date(text: str, where: str) -> date | None:
    if not text:
        return None
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    text = text.strip()
    m = _DATE.match(text)
    if not m:
        raise ActorDataError(f"{where}: bad date {text!r} (use YYYY-MM-DD)")
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError as exc:
        raise ActorDataError(f"{where}: bad date {text!r}: {exc}") from None


def table_kind(header: list[str]) -> str | None:
    cols = set(header)
    for kind in ("countries", "agents", "discards", "titles", "actors"):
        if all(c in cols for c in KINDS[kind]):
            if kind == "actors" and "phrase" in cols:
                continue
            return kind
    return None


def read_rows(path: Path, text: str | None = None) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    """(kind, [(line number, {column: cell})]) of one table file."""
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ActorDataError(f"{path}: cannot read: {exc}") from None
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    kind = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        line = line.rstrip("\r\n")
        cells = line.split("\t")
        if header is None or "\t " in line or " \t" in line or line[:1].isspace() or line[-1:].isspace():
            cells = [c.strip() for c in cells]
        if header is None:
            header = [c.lower() for c in cells]
            kind = table_kind(header)
            if kind is None:
                raise ActorDataError(
                    f"{path}:{lineno}: unknown table header {cells!r}; expected e.g. "
                    "'name<TAB>aliases<TAB>code<TAB>role<TAB>start<TAB>end<TAB>note' (actors), "
                    "'iso3<TAB>cameo<TAB>name<TAB>...' (countries) or 'phrase<TAB>code<TAB>plural<TAB>note' (agents)")
            continue
        if len(cells) > len(header):
            extra = [c for c in cells[len(header):] if c]
            if extra:
                raise ActorDataError(f"{path}:{lineno}: {len(cells)} fields, the header has {len(header)}")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        rows.append((lineno, row))
    if header is None:
        raise ActorDataError(f"{path}: empty table (no header line)")
    return kind or "", rows


def actor_rows(path: Path, rows) -> list[ActorRow]:
    out = []
    for lineno, r in rows:
        where = f"{path}:{lineno}"
        name = r.get("name", "")
        code = r.get("code", "").upper()
        if not name:
            raise ActorDataError(f"{where}: empty name")
        if not _CODE.match(code):
            raise ActorDataError(f"{where}: bad actor code {r.get('code', '')!r} (e.g. JPNGOV, IGOUNO, ---REB)")
        start = parse_date(r.get("start", ""), where)
        end = parse_date(r.get("end", ""), where)
        if start and end and end < start:
            raise ActorDataError(f"{where}: end {end} before start {start}")
        kind = (r.get("kind", "") or "").lower()
        if kind and kind not in ACTOR_KINDS:
            raise ActorDataError(f"{where}: unknown kind {kind!r} (one of {', '.join(ACTOR_KINDS)})")
        out.append(ActorRow(name, split_list(r.get("aliases", "")), code, r.get("role", ""), start, end,
                            kind, r.get("note", ""), where))
    return out


def country_rows(path: Path, rows) -> list[CountryRow]:
    out = []
    for lineno, r in rows:
        where = f"{path}:{lineno}"
        iso3, cameo = r.get("iso3", "").upper(), r.get("cameo", "").upper()
        if not _ISO3.match(iso3):
            raise ActorDataError(f"{where}: bad iso3 code {r.get('iso3', '')!r} (three letters)")
        if cameo and not _ISO3.match(cameo):
            raise ActorDataError(f"{where}: bad cameo code {r.get('cameo', '')!r} (three letters or empty)")
        if not r.get("name"):
            raise ActorDataError(f"{where}: empty name")
        out.append(CountryRow(iso3, cameo, r["name"], *(split_list(r.get(c, "")) for c in (
            "aliases", "adjectives", "demonyms", "capitals", "places")), r.get("note", ""), where))
    return out


def agent_rows(path: Path, rows) -> list[AgentRow]:
    out = []
    for lineno, r in rows:
        where = f"{path}:{lineno}"
        phrase = " ".join(r.get("phrase", "").lower().split())
        code = r.get("code", "").upper().replace(" ", "")
        if not phrase:
            raise ActorDataError(f"{where}: empty phrase")
        if not _AGENT_CODE.match(code):
            raise ActorDataError(f"{where}: bad agent code {r.get('code', '')!r} (~GOV adds GOV after the country, NGO~ before it)")
        cell = r.get("plural", "").strip()
        plurals = None if not cell else () if cell == "-" else tuple(p.lower() for p in split_list(cell))
        out.append(AgentRow(phrase, code, plurals, r.get("note", ""), where))
    return out


def discard_rows(path: Path, rows) -> list[DiscardRow]:
    out = []
    for lineno, r in rows:
        where = f"{path}:{lineno}"
        scope = (r.get("scope") or "sentence").lower()
        match = (r.get("match") or "word").lower()
        if scope not in ("sentence", "story"):
            raise ActorDataError(f"{where}: scope must be sentence or story, not {scope!r}")
        if match not in ("word", "prefix"):
            raise ActorDataError(f"{where}: match must be word or prefix, not {match!r}")
        if not r.get("phrase"):
            raise ActorDataError(f"{where}: empty phrase")
        out.append(DiscardRow(r["phrase"].lower(), scope, match, r.get("note", ""), where))
    return out


def title_rows(path: Path, rows) -> list[TitleRow]:
    out = []
    for lineno, r in rows:
        where = f"{path}:{lineno}"
        code = r.get("code", "").upper().replace(" ", "")
        if code and not _AGENT_CODE.match(code):
            raise ActorDataError(f"{where}: bad title code {r.get('code', '')!r} (~MIL, or empty)")
        if not r.get("title"):
            raise ActorDataError(f"{where}: empty title")
        out.append(TitleRow(r["title"], code, r.get("note", ""), where))
    return out


READERS = {"actors": actor_rows, "countries": country_rows, "agents": agent_rows,
           "discards": discard_rows, "titles": title_rows}


def read_table(path: Path, expect: str | None = None):
    """(kind, rows) of a table file; with ``expect``, a file of another kind is an error."""
    kind, rows = read_rows(path)
    if expect and kind != expect:
        raise ActorDataError(f"{path}:1: expected a table of {expect}, the header is one of {kind}")
    return kind, READERS[kind](path, rows)


def write_table(path: Path, header: list[str], rows: list[list[str]], comments: list[str] = ()) -> None:
    lines = [f"# {c}" if c else "#" for c in comments]
    lines.append("\t".join(header))
    for r in rows:
        cells = [str(c).replace("\t", " ").replace("\n", " ") for c in r]
        lines.append("\t".join(cells))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
