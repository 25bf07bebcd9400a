"""The store commands: output formats, exit codes, and ingest through the real coder
(the seed's shuttle diplomacy; a run killed with kill -9 then rerun equals a clean run)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Actor, Article, CodedArticle, Event, EventDate, Evidence, Location
from accord.store import open_store

runner = CliRunner()
ACCORD = [sys.executable, "-m", "accord"]

JPNGOV = Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person")
KORGOV = Actor("KORGOV", "KOR", ("GOV",), "Yoon Suk Yeol", "person")
KOR = Actor("KOR", "KOR", (), "South Korea")
JPN = Actor("JPN", "JPN", (), "Japan")


def visit(aid, i, src, tgt, d, precision, place):
    return Event(aid, i, src, tgt, "042", "Make a visit", 1.9, 1, 1, "CONSULT", "visit", "asserted",
                 Evidence("They visited.", (5, 12), (0, 4), None, "test"), EventDate(d, precision, "text"), place)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "q.duckdb"
    with open_store(path) as st:
        st.add([CodedArticle(Article("k1", "Text one.", published=date(2023, 5, 7), source="S"), (
            visit("k1", 0, KORGOV, JPN, date(2023, 3, 15), "month", Location("Tokyo", "JPN")),
            visit("k1", 1, JPNGOV, KOR, date(2023, 5, 7), "day", Location("Seoul", "KOR")),
        ))])
    return path


def test_query_formats(db):
    out = runner.invoke(app, ["events", "--db", str(db), "--dyad", "South Korea", "japan", "-f", "jsonl"])
    assert out.exit_code == 0, out.stderr
    rows = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [r["source_code"] for r in rows] == ["KORGOV", "JPNGOV"]

    out = runner.invoke(app, ["dyad", "KOR", "JPN", "--db", str(db), "-f", "csv"])
    assert out.exit_code == 0, out.stderr
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["period"] for r in table] == ["2023-03", "2023-04", "2023-05"]
    assert (table[0]["KOR>JPN"], table[2]["JPN>KOR"]) == ("1", "1")

    out = runner.invoke(app, ["visits", "kor", "Japan", "--db", str(db), "-f", "json"])
    assert out.exit_code == 0, out.stderr
    trips = json.loads(out.stdout)
    assert trips[0]["returned"] is True and trips[0]["gap_days"] == 53

    out = runner.invoke(app, ["top-dyads", "--db", str(db)])
    assert out.exit_code == 0 and "JPN" in out.stdout and "KOR" in out.stdout

    out = runner.invoke(app, ["events", "--db", str(db), "--mentions", "-f", "json"])
    assert json.loads(out.stdout)[0]["record"]["cameo"] == "042"


def test_plot_and_export_files(db, tmp_path):
    out = runner.invoke(app, ["dyad", "KOR", "JPN", "--db", str(db), "--plot", str(tmp_path / "kj.svg")])
    assert out.exit_code == 0 and (tmp_path / "kj.svg").read_text().lstrip().startswith("<?xml")
    out = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt", "-o", str(tmp_path / "e.tsv")])
    assert out.exit_code == 0, out.stderr
    assert [len(ln.split("\t")) for ln in (tmp_path / "e.tsv").read_text().splitlines()] == [61, 61]


def test_usage_errors_exit_2(db, tmp_path):
    assert runner.invoke(app, ["visits", "KOR", "Atlantis Minor", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["dyad", "KOR", "kor", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(db), "--since", "May 2023"]).exit_code == 2
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no store" in missing.stderr
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt", "-o", str(tmp_path / "m"),
                               "--level", "mentions"]).exit_code == 2
    assert runner.invoke(app, ["ingest", "x.txt", "--scheduler", "tcp://127.0.0.1:1"]).exit_code == 2


def test_ingest_summary_accounts_for_bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"),
                              "--db", str(tmp_path / "e.duckdb")])
    assert out.exit_code == 1
    assert "2 input(s): 0 coded" in out.stderr and "1 skipped, 1 failed" in out.stderr
    assert "empty.txt" in out.stderr and "missing.txt" in out.stderr


# -- through the real coder ----------------------------------------------------------
def test_seed_gives_shuttle_diplomacy(coder, shared, tmp_path):
    from accord.analysis import dyad_series, visits
    from accord.readers import read_paths
    from accord.store.ingest import ingest

    def code(articles):
        for a in articles:
            yield coder.code_article(a)

    seed = shared / "seed" / "000_b8f3287eca6855ed.txt"
    with open_store(tmp_path / "seed.duckdb") as st:
        rep = ingest(st, read_paths([str(seed)], "text", date(2023, 5, 7)), code)
        assert (rep.coded, rep.exit_code) == (1, 0)
        trips = visits(st, "KOR", "JPN")
        to_korea = [t for t in trips if (t["visitor"], t["host"]) == ("JPN", "KOR")]
        to_japan = [t for t in trips if (t["visitor"], t["host"]) == ("KOR", "JPN")]
        assert len(to_korea) == 1, trips  # the cemetery visit is the same visit
        assert to_korea[0]["date"] == date(2023, 5, 7)
        assert len(to_japan) == 1 and to_japan[0]["date"].month == 3
        assert to_japan[0]["returned"] and 0 < to_japan[0]["gap_days"] <= 62
        may = [r for r in dyad_series(st, "KOR", "JPN") if r["period"] == "2023-05"]
        assert may and may[0]["goldstein_sum"] > 0
        again = ingest(st, read_paths([str(seed)], "text", date(2023, 5, 7)), code)
        assert (again.coded, again.already) == (0, 1)


LEADERS = [("Japanese Prime Minister Fumio Kishida", "South Korea"), ("South Korean President Yoon Suk Yeol", "Japan"),
           ("French President Emmanuel Macron", "Germany"), ("German Chancellor Olaf Scholz", "France"),
           ("Indian Prime Minister Narendra Modi", "Japan")]
VERBS = ["visited", "arrived in", "travelled to"]


def generated_corpus(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            who, where = LEADERS[i % len(LEADERS)]
            d = date(2023, 1 + i % 12, 1 + i % 28)
            text = (f"{who} {VERBS[i % len(VERBS)]} {where} on {d:%B} {d.day} for talks number {i}. "
                    f"The two governments agreed to expand trade ties, officials said.")
            fh.write(json.dumps({"id": f"gen-{i}", "title": f"Visit {i}", "published": d.isoformat(),
                                 "source": "Generated", "url": f"https://gen.example/{i}", "text": text}) + "\n")


def stored(path: Path):
    with open_store(path, read_only=True) as st:
        arts = sorted(a["article_id"] for a in st.articles())
        mentions = sorted((m["mention_id"], m["event_id"]) for m in st.mentions())
        events = sorted(tuple((k, v) for k, v in e.items() if k != "added_at") for e in st.events())
        return arts, mentions, events


def test_killed_ingest_completes_on_rerun(coder, tmp_path):
    corpus = tmp_path / "gen.jsonl"
    generated_corpus(corpus, 150)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    cmd = [*ACCORD, "ingest", str(corpus), "--db", str(killed), "--batch-size", "5", "--verbose"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    seen = []
    try:
        for line in proc.stderr:
            seen.append(line)
            if line.startswith("committed batch 1:"):
                break
        os.kill(proc.pid, signal.SIGKILL)  # kill -9 right after the first committed batch
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    partial = stored(killed)[0]
    assert 5 <= len(partial) < 150  # it did stop half-way

    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(partial)} already present" in rerun.stderr

    from accord.readers import read_paths
    from accord.store.ingest import ingest

    with open_store(clean) as st:  # the same ingest, in one go, in this process
        ingest(st, read_paths([str(corpus)], "jsonl"), lambda arts: (coder.code_article(a) for a in arts))
    assert stored(killed) == stored(clean)
    assert len(stored(clean)[0]) == 150


def test_terminated_ingest_keeps_what_it_coded(coder, tmp_path):
    corpus = tmp_path / "gen.jsonl"
    generated_corpus(corpus, 150)
    db = tmp_path / "term.duckdb"
    cmd = [*ACCORD, "ingest", str(corpus), "--db", str(db), "--batch-size", "5", "--verbose"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    for line in proc.stderr:
        if line.startswith("committed batch 1:"):
            break
    proc.terminate()  # SIGTERM stops like Ctrl-C
    rest = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 130, rest
    assert "[interrupted]" in rest
    n = len(stored(db)[0])
    assert 5 <= n < 150 and f"{n} coded" in rest
