"""The TABARI/PETRARCH verb dictionary importer and `accord dict import`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.dictionaries import detect_kind, import_verbs, read_verb_dictionary
from accord.dictionaries.patterns import PatternSyntaxError, convert_all
from accord.dictionaries.source import read_text

SHIPPED = Path(__file__).resolve().parent.parent / "src" / "accord" / "events" / "data"

HAND_MADE = """\
# a hand-made PETRARCH verb dictionary
&CURRENCY
+DOLLAR
+EURO_
+SWISS_FRANC

&MONEYWORDS_
+CASH
+&CURRENCY

--- GRANT   [070]  ---
GRANT
GIVE {GAVE GIVEN GIVING}  # jw 11/14/91
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
DONATE [071]
- * &CURRENCY                       [071]      # GRANT
- * {ARMS SHIPMENT}                 [072]
- &CURRENCY * (TO)                  [042:043]  # paired: the target hosts
- * (BEFORE COURT)                  [:173]
- * SOMETHING_ELSE                  [---]
- * BROKEN (PATTERN                 [070]
- * NO CODE HERE
- IN_*_OUT &MONEYWORDS              [073]

--- SAY   [---]   ---
SAY {SAID SAYING}
- * (IN FAVOR)                      [051]
"""


def rows_of(path: Path) -> list[tuple[str, ...]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(ln.split("\t")) for ln in lines[1:] if not ln.startswith("#")]


@pytest.fixture()
def hand_made(tmp_path) -> Path:
    src = tmp_path / "hand.verbs.txt"
    src.write_text(HAND_MADE, encoding="utf-8")
    return src


def test_hand_made_dictionary(hand_made, tmp_path):
    out = tmp_path / "out"
    report = import_verbs(hand_made, out)
    verbs_tsv = (out / "verbs.tsv").read_text(encoding="utf-8")
    assert verbs_tsv.splitlines()[0] == "verb\tpattern\tcode\tcode2\torigin"
    rows = rows_of(out / "verbs.tsv")
    assert all(len(r) == 5 for r in rows)
    by_key = {(r[0], r[1]): r for r in rows}

    # the verbs of the block, lemmatised; a verb's own code beats the block's
    assert {r[0] for r in rows} == {"grant", "give", "hand_over", "donate", "say"}
    assert by_key[("grant", "")][2:] == ("070", "", "hand.verbs.txt:12")
    assert by_key[("hand_over", "")][2] == "070"
    assert by_key[("donate", "")][2] == "071"
    assert ("say", "") not in by_key  # block code [---]: the verb alone codes nothing

    # every pattern of the block for every verb of the block
    for verb in ("grant", "give", "hand_over", "donate"):
        assert by_key[(verb, "* &currency")][2:4] == ("071", "")
        assert by_key[(verb, "* {arms shipment}")][2] == "072"
        assert by_key[(verb, "&currency * (to)")][2:4] == ("042", "043")
        assert by_key[(verb, "* (before court)")][2:4] == ("", "173")
        assert by_key[(verb, "* {something else}")][2] == "---"
        assert by_key[(verb, "in * out &moneywords")][2] == "073"
    assert by_key[("say", "* (in favor)")][4] == "hand.verbs.txt:27"

    # malformed lines: reported with file:line and a reason, the rest goes on
    skipped = {i.origin: i.reason for i in report.skipped}
    assert skipped == {"hand.verbs.txt:21": "unclosed '('", "hand.verbs.txt:22": "pattern without [code]"}
    assert report.patterns == 7 and report.synsets == 2
    assert report.verbs == 5 and report.default_rows == 4

    synsets = rows_of(out / "synsets.tsv")
    assert ("currency", "swiss franc") in synsets and ("currency", "euro") in synsets
    # a synset inside a synset is copied in (PETRARCH cannot read nested synsets)
    assert {w for n, w in synsets if n == "moneywords"} == {"cash", "dollar", "euro", "swiss franc"}
    assert any("&currency inside &moneywords" in i.reason for i in report.warnings)


def test_output_loads_in_the_pattern_matcher(hand_made, tmp_path):
    from accord.events.patterns import load_dictionary

    import_verbs(hand_made, tmp_path / "d")
    d = load_dictionary(dict_dir=tmp_path / "d")
    give = {p.text: p for p in d.patterns_for("give")}
    assert give["&currency * (to)"].code == "042" and give["&currency * (to)"].code2 == "043"
    assert give["* (before court)"].code is None and give["* (before court)"].code2 == "173"
    assert "dollar" in d.synsets["currency"]


@pytest.mark.parametrize(
    "source,expected",
    [
        ("* (FOR {FINANCIAL AID})", ["* (for {financial aid})"]),
        ("&MILITARY ON_THE *", ["&military {on the} *"]),
        ("SO IN_AND_*_OUT_AGAIN NOW", ["so {in and} * {out again} now"]),
        ("* {AIR_STRIKE}", ["* {air strike}"]),
        ("* OFF (FROM ^)", ["* off (from ^)"]),
        ("*SCEPTICAL", ["* sceptical"]),
        ("+ IN_ $ { WAS | WERE } *", ["+ in $ was *", "+ in $ were *"]),
        ("* &FIGHT_CRIM", ["* {&fight crim}"]),  # PETRARCH splits an unknown synset name at '_'
    ],
)
def test_pattern_conversion(source, expected):
    assert convert_all(source, {"military", "fight"}) == expected


@pytest.mark.parametrize("bad", ["* (IN", "* X)", "NO VERB", "* AND *", "* &UNDEFINED"])
def test_pattern_errors(bad):
    with pytest.raises(PatternSyntaxError):
        convert_all(bad, {"military"})


def _naive_row_estimate(text: str) -> tuple[int, int]:
    """Pattern lines and sum over blocks of (pattern lines x verb lines), read crudely."""
    pattern_lines = total = verbs = patterns = 0
    in_synset = False
    for line in text.splitlines() + ["--- END ---"]:
        s = line.split("#")[0].strip()
        if not s:
            continue
        if s.startswith("---"):
            total += verbs * patterns
            verbs = patterns = 0
            in_synset = False
        elif s.startswith("&"):
            in_synset = True
        elif s.startswith("- "):
            patterns += 1
            pattern_lines += 1
        elif s.startswith("+") and in_synset:
            continue
        elif not s.startswith("~"):
            in_synset = False
            verbs += 1
    return pattern_lines, total


def test_real_cameo_dictionary(shared, tmp_path):
    src = shared / "reference" / "dictionaries" / "CAMEO.2.0.txt"
    report = import_verbs(src, tmp_path)
    pattern_lines, naive_rows = _naive_row_estimate(src.read_text(encoding="utf-8"))
    assert pattern_lines == 4668
    assert 4650 <= report.patterns <= pattern_lines
    pattern_rows = report.rows - report.default_rows
    assert 0.9 * naive_rows <= pattern_rows <= naive_rows
    assert report.synsets == 40 and report.verbs > 1500

    rows = set(rows_of(tmp_path / "verbs.tsv"))
    keyed = {r[:4] for r in rows}
    assert ("rush", "* aid", "070", "") in keyed
    assert ("rush", "* (to)", "042", "043") in keyed
    assert ("visit", "", "042", "043") in keyed  # VISIT [042:043]: the verb alone
    assert ("visit", "* (for talks)", "046", "046") in keyed
    assert ("visit", "inspector *", "090", "") in keyed
    assert ("visit", "pilgrims *", "---", "") in keyed
    assert ("call_off", "", "160", "") in keyed  # +CALL_OFF [160]
    assert ("shock", "", "", "110") in keyed  # --- OFFEND [:110] ---: only the target's reaction
    assert ("burn", "* flag", "141", "") in keyed  # BURNT is a form of burn
    visit_origins = {r[4] for r in rows if r[0] == "visit"}
    assert "CAMEO.2.0.txt:5581" in visit_origins
    lines = src.read_text(encoding="utf-8").splitlines()
    assert lines[5581 - 1].strip() == "VISIT"

    # every skipped line has a line number and a reason; the known faulty lines are there
    assert all(re.fullmatch(r"CAMEO\.2\.0\.txt:\d+", i.origin) and i.reason for i in report.skipped)
    reasons = {i.origin: i.reason for i in report.skipped}
    assert reasons["CAMEO.2.0.txt:2374"] == "unbalanced ')'"
    assert reasons["CAMEO.2.0.txt:8443"] == "undefined synset &weather"
    assert len(report.skipped) < 20

    # the shipped tables are exactly what the importer makes of the reference file
    for name in ("verbs.tsv", "synsets.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (SHIPPED / name).read_text(encoding="utf-8"), name


def test_petrarch_validation_dictionary(shared, tmp_path):
    src = shared / "reference" / "dictionaries" / "PETR.Validate.verbs.txt"
    d = read_verb_dictionary(src)
    assert d.report.skipped == []
    keyed = {(r.verb, r.pattern, r.code, r.code2) for r in d.rows}
    assert ("arrive", "", "032", "033") in keyed
    assert ("abandon", "* {new &tietypes relations}", "903", "") in keyed
    assert ("acknowledge", "so {in and} * {out again} now", "074", "") in keyed
    assert ("agree", "% *", "030", "030") in keyed
    assert ("wire_tap", "", "1711", "") in keyed  # WIRE_+TAP: the verb is the marked word
    assert {"military", "dollars"} <= set(d.synsets["accordsyn"])
    # test-only codes that are not CAMEO codes are dropped with a warning, not written
    assert any("[def]" in w.reason for w in d.report.warnings)
    assert not any(r.code in ("def", "abc", "+++", "###") for r in d.rows)


TABARI = """\
ACCUS  [112] ;jw   11/14/91
- * + OF_ ATTACK  [1123] ;OY 05 Mar 2006
- + { WAS | WERE } * OF_ $  [112]
MEET  [---] ;OY 30 Jul 2003
- % *  [040:040] ;JON 3/1/95
ACCORDING  [---] ;SLS 25 Mar 2008
- *_TO_HISTOR  [###] ;sls 12 Jul 2008
"""


def test_tabari_format(tmp_path):
    src = tmp_path / "old.verbs"
    src.write_text(TABARI, encoding="latin-1")
    d = read_verb_dictionary(src, "tabari")
    keyed = {(r.verb, r.pattern, r.code, r.code2) for r in d.rows}
    assert keyed == {
        ("accuse", "", "112", ""),  # the stem ACCUS completed to a verb
        ("accuse", "* + of attack", "1123", ""),
        ("accuse", "+ was * of $", "112", ""),
        ("accuse", "+ were * of $", "112", ""),
        ("meet", "% *", "040", "040"),  # TABARI: each verb owns the patterns below it
    }
    assert d.report.blocks == 3 and d.report.skipped == [] and d.report.verbs == 3
    assert any("[###]" in w.reason for w in d.report.warnings)


def test_detect_kind(shared):
    ref = shared / "reference" / "dictionaries"
    expected = {
        "CAMEO.2.0.txt": "verbs", "PETR.Validate.verbs.txt": "verbs",
        "Phoenix.Countries.actors.txt": "actors", "PETR.Validate.actors.txt": "actors",
        "Phoenix.agents.txt": "agents", "PETR.Validate.agents.txt": "agents",
        "Phoenix.discards.txt": "discards", "PETR.Validate.discards.txt": "discards",
        "Phoenix.IssueCoding.txt": "unknown", "PETR.Internal.Coding.Ontology.txt": "unknown",
    }  # fmt: skip
    for name, kind in expected.items():
        assert detect_kind(read_text(ref / name)[0]) == kind, name


runner = CliRunner()


def test_cli_imports_and_reports(hand_made, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["dict", "import", str(hand_made), str(tmp_path / "missing.txt"), "--out", str(out)])
    assert result.exit_code == 1  # one file could not be read
    assert "cannot read" in result.stderr and "missing.txt" in result.stderr
    assert "hand.verbs.txt:21" in result.stderr  # the skipped line, with its reason
    assert result.stdout == ""
    assert ("grant", "", "070", "", "hand.verbs.txt:12") in rows_of(out / "verbs.tsv")


def test_cli_dispatches_actor_dictionaries(shared, tmp_path):
    ref = shared / "reference" / "dictionaries"
    names = ("PETR.Validate.verbs.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt")
    files = [str(ref / name) for name in names]
    result = runner.invoke(app, ["dict", "import", "--format", "petrarch", *files, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "verbs.tsv").is_file() and (tmp_path / "synsets.tsv").is_file()
    assert list((tmp_path / "agents").glob("*.tsv")) and list((tmp_path / "discards").glob("*.tsv"))


def test_cli_errors(shared, tmp_path):
    issues = shared / "reference" / "dictionaries" / "Phoenix.IssueCoding.txt"
    result = runner.invoke(app, ["dict", "import", str(issues), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "cannot tell" in result.stderr
    result = runner.invoke(app, ["dict", "import", "--format", "keds", str(issues), "--out", str(tmp_path)])
    assert result.exit_code == 2


_PIECES = st.sampled_from(
    ["*", "+", "$", "^", "%", "(", ")", "{", "}", "|", "_", "&FOOD", "&NOPE", "AID", "TO", " ",
     "[", "]", ":", "#", ";", "-", "---", "\n", "\t", "é"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_any_pattern_text_converts_or_gives_a_reason(text):
    try:
        out = convert_all(text, {"food"})
    except PatternSyntaxError as exc:
        assert str(exc)
    else:
        assert all(p.count("*") == 1 and "\t" not in p and "\n" not in p for p in out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=15).map("\n".join))
def test_any_file_is_read_line_by_line(tmp_path_factory, text):
    src = tmp_path_factory.mktemp("fuzz") / "f.txt"
    src.write_text("--- X [010] ---\nX\n" + text, encoding="utf-8")
    d = read_verb_dictionary(src)
    assert all(i.line > 0 for i in d.report.skipped)
    assert all(len(r.key) == 4 and "\t" not in "".join(r.key) for r in d.rows)
