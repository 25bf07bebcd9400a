"""`accord code`: output sinks, stderr messages, the summary line and exit codes.

Click >= 8.2 keeps stdout and stderr apart in CliRunner results (``result.stdout``,
``result.stderr``); ``mix_stderr`` no longer exists.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Actor, Event, EventDate, Evidence, Location
from accord.sinks import TSV_COLUMNS, write_jsonl, write_table, write_tsv

SEED_NAME = "000_b8f3287eca6855ed.txt"
SUMMARY = re.compile(r"^(\d+) articles coded, (\d+) skipped, (\d+) failed, (\d+) events$", re.M)
RECORD_KEYS = {
    "event_id", "article_id", "sentence_index", "date", "date_precision", "source", "target", "cameo",
    "cameo_root", "cameo_name", "goldstein", "quad_class", "penta_class", "plover", "modality",
    "location", "evidence",
}  # fmt: skip

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, ["code", *map(str, args)], input=input)


def summary(result) -> tuple[int, int, int, int]:
    match = SUMMARY.search(result.stderr)
    assert match, result.stderr
    return tuple(int(x) for x in match.groups())


def make_event(article_id="a1", sentence="Kishida\tarrived in Seoul\non Sunday.", **kw) -> Event:
    values = dict(
        article_id=article_id, sentence_index=1,
        source=Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person"),
        target=Actor("KOR", "KOR", (), "South Korea"),
        cameo="042", cameo_name="Make a visit", goldstein=1.9, quad_class=1, penta_class=1,
        plover_type="CONSULT", plover_mode="visit", modality="asserted",
        evidence=Evidence(sentence, (8, 15), (0, 7), None, "arrive -> 042"),
        date=EventDate(date(2023, 3, 15), "month", "text", "mid-March"),
        location=Location("Seoul", "KOR", 37.57, 126.98),
        source_text="Kishida", target_text=None,
    )  # fmt: skip
    values.update(kw)
    return Event(**values)


# --- sinks (no coder needed) ------------------------------------------------------------


def test_jsonl_sink_writes_the_event_record():
    out = io.StringIO()
    assert write_jsonl([make_event(), make_event(target=None, location=None)], out) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert RECORD_KEYS <= set(first)
    assert first["cameo"] == "042" and first["date"] == "2023-03-15" and first["date_precision"] == "month"
    assert first["source"]["code"] == "JPNGOV" and first["plover"] == {"type": "CONSULT", "mode": "visit"}
    assert second["target"] is None and second["location"] is None


def test_tsv_sink_flat_columns_one_line_per_event():
    out = io.StringIO()
    assert write_tsv([make_event(), make_event(source=None, date=EventDate(None, None, "unknown"))], out) == 2
    header, row1, row2 = out.getvalue().rstrip("\n").split("\n")
    assert tuple(header.split("\t")) == TSV_COLUMNS
    cells = dict(zip(TSV_COLUMNS, row1.split("\t")))
    assert len(row1.split("\t")) == len(TSV_COLUMNS)
    assert cells["source_name"] == "Fumio Kishida" and cells["target_country"] == "KOR"
    assert cells["cameo_name"] == "Make a visit" and cells["goldstein"] == "1.9"
    assert cells["location_name"] == "Seoul" and cells["rule"] == "arrive -> 042"
    assert cells["sentence"] == "Kishida arrived in Seoul on Sunday."  # tab and newline flattened
    cells2 = dict(zip(TSV_COLUMNS, row2.split("\t")))
    assert cells2["source_code"] == "" and cells2["date"] == ""


def test_table_sink_one_table_per_article():
    out = io.StringIO()
    events = [make_event("a1"), make_event("a1"), make_event("b2", evidence=Evidence("Yoon [met] him.", (5, 10),
                                                                                    None, None, "meet"))]
    n = write_table(events, out, heading={"a1": "First [story]"}.get, width=200)
    text = out.getvalue()
    assert n == 3
    assert "First [story]" in text and "b2" in text  # titles are not Rich markup
    assert text.count("date") == 2  # two tables
    assert "042 Make a visit" in text and "~month" in text and "Seoul (KOR)" in text
    assert "arrived" in text and "[met]" in text
    assert "KOR South Korea" in text
    out = io.StringIO()
    write_table([make_event(target=Actor("KOR", "KOR", (), "KOR"))], out, width=200)
    assert "KOR KOR" not in out.getvalue()


# --- the command ------------------------------------------------------------------------


def test_seed_with_published_date(shared):
    result = run(shared / "seed" / SEED_NAME, "--published", "2023-05-07", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(RECORD_KEYS <= set(r) for r in records)
    assert all(r["date"] is not None for r in records)
    assert "The Star" not in result.stdout
    assert summary(result) == (1, 0, 0, len(records))
    assert "relative dates" not in result.stderr


def test_no_date_warns_once_naming_published(tmp_path, shared):
    seed = (shared / "seed" / SEED_NAME).read_text()
    (tmp_path / "a.txt").write_text(seed)
    (tmp_path / "b.txt").write_text(seed.replace("Sunday", "Monday"))
    result = run(tmp_path)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("relative dates") == 1
    assert "--published" in result.stderr
    assert summary(result)[:3] == (2, 0, 0)


def test_stdin_is_read_and_detected(shared):
    records = "\n".join(json.dumps({"id": f"s{i}", "text": "Japanese Prime Minister Fumio Kishida visited "
                                    "South Korea on Sunday.", "published": "2023-05-07"}) for i in range(2))
    result = run("-", "--format", "tsv", input=records + "\n")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.rstrip("\n").split("\n")
    assert tuple(lines[0].split("\t")) == TSV_COLUMNS
    coded, skipped, failed, events = summary(result)
    assert (coded, skipped, failed) == (2, 0, 0) and events == len(lines) - 1
    ids = {dict(zip(TSV_COLUMNS, line.split("\t")))["article_id"] for line in lines[1:]}
    assert ids <= {"s0", "s1"}


def test_problems_are_reported_and_exit_1(tmp_path):
    good = tmp_path / "news.jsonl"
    good.write_text('{"id": "g1", "text": "Japan and South Korea met in Seoul.", "published": "2023-05-07"}\n'
                    '{"id": "g2", "text": \n'
                    '{"id": "g3", "title": "no text here"}\n')
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(good, empty, tmp_path / "missing.txt", "--format", "jsonl")
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert f"error: {good}:2: malformed JSON: Expecting value (column 22)" in err
    assert f"skipped: {good}:3: record has no text (no field text, body or content)" in err
    assert f"skipped: {empty}: empty file" in err
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert summary(result)[:3] == (1, 2, 2)
    assert all(json.loads(line)["article_id"] == "g1" for line in result.stdout.splitlines())


def test_only_bad_input_needs_no_coder(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = run(binary)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"skipped: {binary}: binary file, not text"
    assert summary(result) == (0, 1, 0, 0)
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args, message",
    [
        (["--published", "07/05/2023"], "YYYY-MM-DD"),
        (["--published", "2023-02-30"], "--published"),
        (["--input-format", "xml"], "--input-format"),
        (["--format", "csv"], "--format"),
        (["--actors", "/no/such/file.yaml"], "--actors"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, message):
    path = tmp_path / "a.txt"
    path.write_text("Some story.")
    result = run(path, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_table_format(shared):
    result = run(shared / "seed" / SEED_NAME, "--published", "2023-05-07", "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "South Korea, Japan to Further Improve Ties" in result.stdout
    assert "modality" in result.stdout and "trigger" in result.stdout


def test_unusable_dictionary_is_a_usage_error(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text("Japan and South Korea held talks in Seoul on Sunday.")
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("this is not a pattern file\n")
    result = run(story, "--verbs", verbs, "--published", "2023-05-07")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot set up the coder:") and str(verbs) in result.stderr
    assert result.stdout == ""
