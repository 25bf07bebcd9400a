#!/usr/bin/env python3
"""Check src/accord/actors/data/leaders.tsv, the table of office holders 2014-2025.

Checks (errors make the exit code 1):
  header, column count, stray whitespace, names and aliases, dates (YYYY-MM-DD, real
  calendar days, start <= end, inside the period), codes (country code + GOV/GOVMIL, or the
  EU's IGO code), roles, duplicate rows, overlapping holders of one single-holder office
  (same country, same role) outside the small allow-list below, countries of the required
  list that have no row at all.
Reports (never errors): days of the period that no head of state / head of government row
  covers, and a cross-check against the Phoenix actor dictionary (January 2014): for each
  row that starts before the dictionary was made, the codes Phoenix gives the same person
  in the same time, and the rows whose code Phoenix does not give.

Usage: check_leaders.py [--file TSV] [--phoenix Phoenix.Countries.actors.txt] [--json]
           [--gaps] [--mismatches] [--who COUNTRY DATE]
Exit codes: 0 no errors, 1 errors found, 2 usage error (missing file, bad option).
Only the standard library is used, so the checker runs without the package installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "src" / "accord" / "actors" / "data" / "leaders.tsv"
DEFAULT_PHOENIX = ROOT.parent / "shared" / "reference" / "dictionaries" / "Phoenix.Countries.actors.txt"

HEADER = ["name", "aliases", "code", "role", "start", "end", "note"]
ROLES = {"head of state", "head of government", "head of state and government",
         "foreign minister", "defence minister"}
# Which single-holder offices a role fills ("head of state and government" fills both).
SLOTS = {
    "head of state": ("head of state",),
    "head of government": ("head of government",),
    "head of state and government": ("head of state", "head of government"),
    "foreign minister": ("foreign minister",),
    "defence minister": ("defence minister",),
}
PERIOD_START = dt.date(2014, 1, 1)
PERIOD_END = dt.date(2025, 12, 31)
PHOENIX_MADE = dt.date(2014, 1, 30)  # "Generated at: Thu Jan 30 16:06:18 2014"
EU = "IGOEUREEC"  # the EU as Phoenix.International.actors.txt writes it

# Offices that several people hold at once (documented in LEADERS.md).
SHARED_OFFICES = {
    ("BIH", "head of state"): "three-member Presidency of Bosnia and Herzegovina",
    ("SMR", "head of state"): "two Captains Regent of San Marino",
    ("AND", "head of state"): "two co-princes of Andorra",
    ("PRK", "head of state"): "Kim Yong-nam (nominal, presidium of the SPA) beside Kim Jong Un until 2019",
    ("CHE", "head of state and government"): "collective Federal Council of Switzerland",
    ("NIC", "head of state and government"): "co-presidents Ortega and Murillo from 2025-02-18",
    ("VEN", "head of state"): "Juan Guaido's rival claim to the presidency 2019-2023",
    ("LBY", "head of state"): "rival authorities in Tripoli and the east, 2014-",
    ("LBY", "head of government"): "rival governments in Tripoli and the east, 2014-",
}

# The countries the table must cover: UN members (Phoenix codes; Timor-Leste is TMP there),
# plus Taiwan, Palestine, Kosovo, the Vatican (VAT, not in Phoenix), and the EU.
REQUIRED = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO
LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TMP TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
TWN PSE KSV VAT
""".split())
# Country codes the table may use that Phoenix.Countries.actors.txt lacks.
NOT_IN_PHOENIX = {"VAT"}

CODE_RE = re.compile(r"^(?:[A-Z]{3}(?:GOV|GOVMIL)|IGOEUREEC)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold(text: str) -> str:
    """Upper-case ASCII key of a name: accents dropped, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("đ", "d")
    text = text.replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("’", "'")
    text = re.sub(r"[^A-Za-z0-9]+", " ", text.replace("'", ""))
    return " ".join(text.upper().split())


@dataclass
class Row:
    line: int
    name: str
    aliases: list[str]
    code: str
    role: str
    start: dt.date | None
    end: dt.date | None  # None = still in office at the end of the period
    note: str

    @property
    def country(self) -> str:
        return self.code if self.code.startswith("IGO") else self.code[:3]

    @property
    def last(self) -> dt.date:
        return self.end or PERIOD_END


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    phoenix: dict = field(default_factory=dict)

    def summary(self) -> dict:
        people = {fold(r.name) for r in self.rows}
        return {
            "rows": len(self.rows),
            "people": len(people),
            "countries": len({r.country for r in self.rows}),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "coverage_gaps": len(self.gaps),
            "phoenix": {k: v for k, v in self.phoenix.items() if not isinstance(v, list)},
        }


def parse_date(text: str, what: str, where: str, report: Report) -> dt.date | None:
    if not DATE_RE.match(text):
        report.errors.append(f"{where}: {what} {text!r} is not YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        report.errors.append(f"{where}: {what} {text!r} is not a calendar day")
        return None


def read_rows(path: Path, report: Report) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        report.errors.append("line 1: header must be " + repr("\t".join(HEADER)))
        return
    seen: dict[tuple, int] = {}
    for number, text in enumerate(lines[1:], start=2):
        where = f"line {number}"
        cells = text.split("\t")
        if len(cells) != len(HEADER):
            report.errors.append(f"{where}: {len(cells)} columns, expected {len(HEADER)}")
            continue
        if any(c != c.strip() for c in cells):
            report.errors.append(f"{where}: a cell has leading or trailing spaces")
        name, aliases, code, role, start, end, note = (c.strip() for c in cells)
        if not name or "|" in name:
            report.errors.append(f"{where}: empty name or '|' in name")
        alias_list = [a for a in aliases.split("|")] if aliases else []
        if any(not a.strip() for a in alias_list):
            report.errors.append(f"{where}: empty alias (doubled or trailing '|')")
        alias_list = [a.strip() for a in alias_list if a.strip()]
        if name in alias_list or len(set(alias_list)) != len(alias_list):
            report.errors.append(f"{where}: an alias repeats the name or another alias")
        surname = name.split()[-1] if name else ""
        for alias in alias_list:
            if " " not in alias and fold(alias) == fold(surname) and len(name.split()) > 1:
                report.warnings.append(f"{where}: alias {alias!r} is the bare surname of {name}")
        if not CODE_RE.match(code):
            report.errors.append(f"{where}: code {code!r} is not COUNTRY+GOV, COUNTRY+GOVMIL or {EU}")
        if role not in ROLES:
            report.errors.append(f"{where}: role {role!r} is not one of {sorted(ROLES)}")
        if role == "defence minister" and code.endswith("GOV") and not code.startswith("IGO"):
            report.errors.append(f"{where}: defence ministers are coded GOVMIL as in Phoenix")
        if role != "defence minister" and code.endswith("GOVMIL"):
            report.errors.append(f"{where}: only defence ministers are coded GOVMIL")
        d_start = parse_date(start, "start", where, report) if start else None
        if not start:
            report.errors.append(f"{where}: start is empty")
        d_end = parse_date(end, "end", where, report) if end else None
        if d_start and d_end and d_start > d_end:
            report.errors.append(f"{where}: start {start} is after end {end}")
        if d_end and d_end < PERIOD_START:
            report.errors.append(f"{where}: ends {end}, before the period 2014-2025")
        if d_start and d_start > PERIOD_END:
            report.errors.append(f"{where}: starts {start}, after the period 2014-2025")
        key = (fold(name), code, role, start)
        if key in seen:
            report.errors.append(f"{where}: duplicate of line {seen[key]}")
        seen[key] = number
        if d_start is None:
            continue
        report.rows.append(Row(number, name, alias_list, code, role, d_start, d_end, note))


def stands_in(holder: Row, acting: Row) -> bool:
    """An acting holder inside the time the holder was suspended (e.g. impeached) is no clash."""
    return "suspended" in holder.note and "acting" in acting.note and acting.start >= holder.start


def check_overlaps(report: Report) -> None:
    slots: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in report.rows:
        for slot in SLOTS.get(row.role, ()):
            slots[(row.country, slot)].append(row)
    for (country, slot), rows in sorted(slots.items()):
        if (country, slot) in SHARED_OFFICES or (
            (country, "head of state and government") in SHARED_OFFICES
            and slot in ("head of state", "head of government")
        ):
            continue
        rows.sort(key=lambda r: (r.start, r.last))
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if b.start >= a.last:  # a handover on the same day is no overlap
                    break
                if stands_in(a, b) or stands_in(b, a):
                    continue
                report.errors.append(
                    f"lines {a.line}/{b.line}: {country} {slot}: {a.name} "
                    f"({a.start}..{a.end or ''}) overlaps {b.name} ({b.start}..{b.end or ''})"
                )


def check_coverage(report: Report) -> None:
    by_slot: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in report.rows:
        for slot in SLOTS.get(row.role, ()):
            by_slot[(row.country, slot)].append(row)
    countries = {r.country for r in report.rows}
    for country in sorted(REQUIRED - countries):
        report.errors.append(f"coverage: {country} has no row")
    for country in sorted(REQUIRED | countries):
        for slot in ("head of state", "head of government", "foreign minister", "defence minister"):
            rows = sorted(by_slot.get((country, slot), []), key=lambda r: r.start)
            if slot in ("foreign minister", "defence minister") and not rows:
                continue  # ministers are kept for the G20 and the EU only
            if country in countries and not rows:
                report.gaps.append(f"{country} {slot}: no row at all")
                continue
            day = PERIOD_START
            for row in rows:
                if row.start > day:
                    report.gaps.append(f"{country} {slot}: nobody {day}..{row.start - dt.timedelta(days=1)}")
                day = max(day, row.last + dt.timedelta(days=1) if row.end else PERIOD_END + dt.timedelta(days=1))
            if rows and day <= PERIOD_END:
                report.gaps.append(f"{country} {slot}: nobody {day}..{PERIOD_END}")


# --- Phoenix cross-check -------------------------------------------------------------

PHX_CODE = re.compile(r"\[([A-Z]+)\s*(?:([<>])?\s*(\d{6}|\d{8}))?(?:\s*-\s*(\d{6}|\d{8}))?\s*\]")


def phoenix_date(text: str) -> dt.date:
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        yy = int(text[:2])
        year, rest = (2000 + yy if yy < 30 else 1900 + yy), text[2:]
    month, day = int(rest[:2]) or 1, int(rest[2:]) or 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)


def read_phoenix(path: Path) -> dict[str, list[tuple[str, dt.date, dt.date, bool]]]:
    """Folded name/alias -> [(code, from, to, dated)] over every entry that bears the name.

    An undated code ("[JPNELI]") is the person's code outside the dated ranges."""
    index: dict[str, list[tuple[str, dt.date, dt.date, bool]]] = defaultdict(list)
    names: list[str] = []
    codes: list[tuple[str, dt.date, dt.date, bool]] = []

    def flush() -> None:
        for n in names:
            index[n].extend(codes)

    for raw in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] not in " \t+":
            flush()
            names, codes = [], []
        if line[0] in " \t+" or line[0] not in " \t":
            head = line.lstrip("+").strip()
            if line[0] != " " and line[0] != "\t":
                token = head.split("[", 1)[0].strip()
                if token:
                    names.append(fold(token.replace("_", " ")))
        for code, sign, first, second in PHX_CODE.findall(line):
            lo, hi = dt.date(1800, 1, 1), dt.date(2100, 1, 1)
            if first and sign == "<":
                hi = phoenix_date(first)
            elif first and sign == ">":
                lo = phoenix_date(first)
            elif first:
                lo = phoenix_date(first)
                hi = phoenix_date(second) if second else lo
            codes.append((code, lo, hi, bool(first)))
    flush()
    return index


def cross_check(report: Report, phoenix: Path) -> None:
    index = read_phoenix(phoenix)
    known = {code[:3] for entries in index.values() for code, _, _, _ in entries}
    for row in report.rows:
        if not row.code.startswith("IGO") and row.country not in known and row.country not in NOT_IN_PHOENIX:
            report.errors.append(f"line {row.line}: country code {row.country} is not used in Phoenix")
    stats = {"rows_before_2014": 0, "found": 0, "agree": 0, "sector_differs": 0,
             "country_differs": 0, "no_code_in_time": 0, "not_in_phoenix": 0,
             "agree_any_time": 0}
    mismatches: list[str] = []
    for row in report.rows:
        if row.start > PHOENIX_MADE or row.code.startswith("IGO"):
            continue
        stats["rows_before_2014"] += 1
        keys = [fold(row.name)] + [fold(a) for a in row.aliases if " " in a.strip()]
        entries = {e for k in keys for e in index.get(k, [])}
        if not entries:
            stats["not_in_phoenix"] += 1
            continue
        stats["found"] += 1
        hi = min(row.last, PHOENIX_MADE)
        during = {code for code, lo, top, dated in entries if dated and lo <= hi and top >= row.start}
        if not during:
            during = {code for code, _, _, dated in entries if not dated}
        if row.code in {code for code, _, _, _ in entries}:
            stats["agree_any_time"] += 1
        if row.code in during:
            stats["agree"] += 1
        elif not during:
            stats["no_code_in_time"] += 1
        elif any(c[:3] == row.code[:3] for c in during):
            stats["sector_differs"] += 1
            mismatches.append(f"line {row.line}: {row.name} {row.code} {row.role}: Phoenix has {sorted(during)}")
        else:
            stats["country_differs"] += 1
            mismatches.append(f"line {row.line}: {row.name} {row.code} {row.role}: Phoenix has {sorted(during)} (other country)")
    report.phoenix = dict(stats, mismatches=mismatches)


def holders(rows: list[Row], country: str, role: str, day: dt.date) -> list[str]:
    """Names of the people who held ROLE for COUNTRY on DAY.

    Start and end days are both in office; on a handover day (one row ends, another starts)
    the row that starts wins."""
    found = [r for r in rows
             if r.country == country and role in SLOTS[r.role] and r.start <= day <= r.last]
    if any(r.start == day for r in found):
        found = [r for r in found if r.end != day]
    return [r.name for r in found]


def check(path: Path, phoenix: Path | None = None) -> Report:
    report = Report()
    read_rows(path, report)
    check_overlaps(report)
    check_coverage(report)
    if phoenix is not None:
        cross_check(report, phoenix)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--phoenix", type=Path, default=None,
                        help=f"Phoenix.Countries.actors.txt (default {DEFAULT_PHOENIX} when present)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--gaps", action="store_true", help="list days no holder covers")
    parser.add_argument("--mismatches", action="store_true", help="list Phoenix code mismatches")
    parser.add_argument("--who", nargs=2, metavar=("COUNTRY", "DATE"),
                        help="print who held each office for COUNTRY (e.g. JPN) on DATE (YYYY-MM-DD)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    if not args.file.is_file():
        print(f"error: no file {args.file}", file=sys.stderr)
        return 2
    phoenix = args.phoenix or (DEFAULT_PHOENIX if DEFAULT_PHOENIX.is_file() else None)
    if phoenix is not None and not phoenix.is_file():
        print(f"error: no Phoenix file {phoenix}", file=sys.stderr)
        return 2
    if args.who:
        try:
            day = dt.date.fromisoformat(args.who[1])
        except ValueError:
            print(f"error: {args.who[1]!r} is not YYYY-MM-DD", file=sys.stderr)
            return 2
    report = check(args.file, phoenix)
    if args.who:
        for slot in ("head of state", "head of government", "foreign minister", "defence minister"):
            names = holders(report.rows, args.who[0].upper(), slot, day)
            print(f"{slot}\t{'; '.join(names)}")
        return 1 if report.errors else 0
    for message in report.errors:
        print(f"error: {message}", file=sys.stderr)
    for message in report.warnings:
        print(f"warning: {message}", file=sys.stderr)
    if args.gaps:
        for message in report.gaps:
            print(f"gap: {message}", file=sys.stderr)
    if args.mismatches:
        for message in report.phoenix.get("mismatches", []):
            print(f"phoenix: {message}", file=sys.stderr)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print("\t".join(f"{k}={v}" for k, v in summary.items() if k != "phoenix"))
        if report.phoenix:
            print("phoenix\t" + "\t".join(f"{k}={v}" for k, v in summary["phoenix"].items()))
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
