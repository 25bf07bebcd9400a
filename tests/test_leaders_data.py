"""The office-holder table src/accord/actors/data/leaders.tsv and its checker tools/check_leaders.py."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "src" / "accord" / "actors" / "data" / "leaders.tsv"
HEADER = "name\taliases\tcode\trole\tstart\tend\tnote\n"


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_leaders", ROOT / "tools" / "check_leaders.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.fixture(scope="module")
def report():
    return checker.check(TSV)


def on(report, country, role, day):
    return checker.holders(report.rows, country, role, dt.date.fromisoformat(day))


def test_shipped_table_has_no_errors(report):
    assert report.errors == []
    summary = report.summary()
    assert summary["rows"] > 1400
    assert summary["people"] > 1200


def test_every_required_country_is_covered(report):
    countries = {r.country for r in report.rows}
    assert checker.REQUIRED <= countries
    assert "IGOEUREEC" in countries


@pytest.mark.parametrize(
    "country, role, start, end, name",
    [
        ("JPN", "head of government", "2021-10-04", "2024-10-01", "Fumio Kishida"),
        ("JPN", "head of government", "2024-10-01", "2025-10-21", "Shigeru Ishiba"),
        ("JPN", "head of government", "2025-10-21", "", "Sanae Takaichi"),
        ("KOR", "head of state", "2022-05-10", "2025-04-04", "Yoon Suk Yeol"),
        ("KOR", "head of state", "2025-06-04", "", "Lee Jae-myung"),
        ("KOR", "head of state", "2017-05-10", "2022-05-09", "Moon Jae-in"),
        ("USA", "head of state and government", "2017-01-20", "2021-01-20", "Donald Trump"),
        ("USA", "head of state and government", "2025-01-20", "", "Donald Trump"),
        ("USA", "head of state and government", "2021-01-20", "2025-01-20", "Joe Biden"),
    ],
)
def test_known_examples(report, country, role, start, end, name):
    rows = [r for r in report.rows if r.name == name and r.country == country and r.role == role
            and r.start == dt.date.fromisoformat(start)]
    assert len(rows) == 1
    assert (rows[0].end.isoformat() if rows[0].end else "") == end


def test_yoon_row_records_the_suspension(report):
    (yoon,) = [r for r in report.rows if r.name == "Yoon Suk Yeol"]
    assert "2024-12-14" in yoon.note and "suspended" in yoon.note


def test_holder_on_a_day(report):
    assert on(report, "JPN", "head of government", "2022-06-01") == ["Fumio Kishida"]
    assert on(report, "KOR", "head of state", "2022-05-09") == ["Moon Jae-in"]
    assert on(report, "USA", "head of state", "2025-01-20") == ["Donald Trump"]  # handover day
    assert on(report, "USA", "head of government", "2019-03-01") == ["Donald Trump"]
    assert on(report, "GBR", "head of government", "2022-10-01") == ["Liz Truss"]
    assert on(report, "DEU", "defence minister", "2024-01-01") == ["Boris Pistorius"]
    assert on(report, "IGOEUREEC", "foreign minister", "2020-06-01") == ["Josep Borrell"]
    # an acting president beside a suspended one is kept, not flagged
    assert set(on(report, "KOR", "head of state", "2025-01-15")) == {"Yoon Suk Yeol", "Choi Sang-mok"}


def test_defence_ministers_are_govmil_like_phoenix(report):
    for row in report.rows:
        if row.role == "defence minister" and not row.code.startswith("IGO"):
            assert row.code.endswith("GOVMIL"), row
        elif not row.code.startswith("IGO"):
            assert row.code.endswith("GOV") and not row.code.endswith("GOVMIL"), row


def test_aliases_do_not_collide_across_countries_at_the_same_time(report):
    """A name or alias must not point to two countries in overlapping periods (the realm
    monarchs, one person for several realms, are the documented exception)."""
    seen: dict[str, list] = {}
    for row in report.rows:
        for key in {checker.fold(n) for n in [row.name, *row.aliases]}:
            seen.setdefault(key, []).append(row)
    clashes = []
    for key, rows in seen.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a.country != b.country and a.start < b.last and b.start < a.last:
                    if not ({a.name, b.name} <= {"Elizabeth II", "Charles III"}):
                        clashes.append((key, a.line, b.line))
    assert clashes == []


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "leaders.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body, expected",
    [
        ("A B\t\tJPNGOV\thead of state\t2014-13-01\t\t\n", "not a calendar day"),
        ("A B\t\tJPNGOV\thead of state\t2014/01/01\t\t\n", "not YYYY-MM-DD"),
        ("A B\t\tJPNGOV\thead of state\t2020-01-01\t2019-01-01\t\n", "is after end"),
        ("A B\t\tJP\thead of state\t2020-01-01\t\t\n", "code"),
        ("A B\t\tJPNGOV\tking\t2020-01-01\t\t\n", "role"),
        ("A B\t\tJPNGOV\tdefence minister\t2020-01-01\t\t\n", "GOVMIL"),
        ("A B\t\tJPNGOV\thead of state\t2020-01-01\t\n", "columns"),
        ("A B\tC D||E F\tJPNGOV\thead of state\t2020-01-01\t\t\n", "empty alias"),
        ("A B\t\tJPNGOV\thead of state\t2010-01-01\t2013-05-01\t\n", "before the period"),
        ("A B\t\tJPNGOV\thead of state\t2015-01-01\t2020-01-01\t\n"
         "C D\t\tJPNGOV\thead of state\t2019-06-01\t\t\n", "overlaps"),
        ("A B\t\tJPNGOV\thead of state\t2015-01-01\t\t\n"
         "A B\t\tJPNGOV\thead of state\t2015-01-01\t\t\n", "duplicate"),
    ],
)
def test_checker_rejects_bad_rows(tmp_path, body, expected):
    found = checker.check(_write(tmp_path, body))
    assert any(expected in e for e in found.errors), found.errors


def test_checker_rejects_a_wrong_header(tmp_path):
    path = tmp_path / "leaders.tsv"
    path.write_text("name\tcode\n", encoding="utf-8")
    assert any("header" in e for e in checker.check(path).errors)


def test_checker_allows_handover_day_and_documented_shared_offices(tmp_path):
    body = (
        "A B\t\tJPNGOV\thead of government\t2015-01-01\t2020-01-01\t\n"
        "C D\t\tJPNGOV\thead of government\t2020-01-01\t\t\n"
        "E F\t\tBIHGOV\thead of state\t2015-01-01\t\tmember of the presidency\n"
        "G H\t\tBIHGOV\thead of state\t2015-01-01\t\tmember of the presidency\n"
    )
    found = checker.check(_write(tmp_path, body))
    assert not [e for e in found.errors if "overlaps" in e]


def test_command_line_exit_codes(tmp_path, capsys):
    assert checker.main(["--file", str(TSV), "--phoenix", str(TSV)]) in (0, 1)  # any file parses
    capsys.readouterr()
    assert checker.main(["--file", str(tmp_path / "missing.tsv")]) == 2
    bad = _write(tmp_path, "A B\t\tJPNGOV\tking\t2020-01-01\t\t\n")
    assert checker.main(["--file", str(bad)]) == 1
    assert checker.main(["--file", str(TSV), "--who", "JPN", "2022-06-01"]) == 0
    assert "Fumio Kishida" in capsys.readouterr().out


def test_phoenix_cross_check(shared):
    phoenix = shared / "reference" / "dictionaries" / "Phoenix.Countries.actors.txt"
    found = checker.check(TSV, phoenix)
    assert found.errors == []  # every country code is one Phoenix uses (or VAT)
    stats = found.phoenix
    assert stats["rows_before_2014"] > 350
    assert stats["found"] > 200
    # Phoenix gives the same code for most people it knows; the rest are listed, reviewed
    # in LEADERS.md (Phoenix stopped in January 2014, the realm monarchs, name clashes).
    assert stats["agree_any_time"] / stats["found"] > 0.8
    assert len(stats["mismatches"]) == stats["sector_differs"] + stats["country_differs"]
