"""Scoring against gold records: exact numbers on small hand-made gold/prediction pairs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from accord.evaluation import GoldError, class_scores, country_key, predicted_penta, read_gold
from accord.evaluation.gold import GoldEvent, parse_record
from accord.evaluation.report import write_errors
from accord.evaluation.run import EvalRun, score_record, summarise
from accord.evaluation.scoring import PredEvent, actor_pairs, from_event, record_levels, score_level
from accord.model import Actor, Event, Evidence


def gold(rid, events, penta=None, set_name="petr_unit"):
    return parse_record({"id": rid, "set": set_name, "text": "t", "events": events, "penta": penta}, rid)


def ev(src, tgt, cameo=None, plover=None, symmetric=False):
    return {"source": src, "target": tgt, "cameo": cameo, "plover": plover, "symmetric": symmetric}


def pred(cameo, s=None, t=None, sc=None, tc=None, plover=None, penta=None, sent=0, start=0):
    return PredEvent(cameo=cameo, source_code=s, target_code=t,
                     source_country=sc or country_key(s), target_country=tc or country_key(t),
                     plover=plover, penta=penta, sentence_index=sent, trigger_start=start)


def test_country_key_maps_cameo_codes_to_iso():
    assert country_key("JAP") == "JPN"
    assert country_key("ITLGOV") == "ITA"
    assert country_key("VTN") == "VNM"
    assert country_key("IGOUNO") == "IGO"
    assert country_key("---REB") == "---"
    assert country_key("USAGOV", "USA") == "USA"
    assert country_key("IGOUNO", None) == "IGO"
    assert country_key("KSV", "TMP") == "TLS"  # a given country wins over the code
    assert country_key(None) is None


def test_actor_pairs_compound_and_symmetric():
    compound = GoldEvent(("BRA", "USA"), ("ARG",), cameo="040")
    assert actor_pairs(compound) == [("BRA", "ARG"), ("USA", "ARG")]
    sym = GoldEvent(("USA", "JOR"), ("USA", "JOR"), plover="AGREE", symmetric=True)
    assert actor_pairs(sym) == [("USA", "JOR"), ("JOR", "USA")]
    no_target = GoldEvent(("ARN",), (), cameo="010")
    assert actor_pairs(no_target) == [("ARN", None)]


def test_score_level_one_record_all_levels():
    rec = gold("r1", [ev(["ARNGOV"], ["GON"], "064"), ev(["GON"], ["ARNGOV"], "033")])
    preds = [
        pred("061", "ARNGOV", "GON"),  # right root, wrong code
        pred("033", "GON", "ARN"),  # right code and countries, wrong actor code
        pred("190", "GON", "ARN"),  # nothing right
        pred("190", "GON", "ARN"),  # a duplicate counts once
    ]
    root = score_level(rec.events, preds, "root")
    assert (root.counts.tp, root.counts.fp, root.counts.fn) == (2, 1, 0)
    code = score_level(rec.events, preds, "code")
    assert (code.counts.tp, code.counts.fp, code.counts.fn) == (1, 2, 1)
    assert code.missing == [("064", "ARN", "GON")]
    actors = score_level(rec.events, preds, "actors")
    assert (actors.counts.tp, actors.counts.fp, actors.counts.fn) == (0, 3, 2)
    assert code.counts.precision == pytest.approx(1 / 3)
    assert code.counts.recall == pytest.approx(1 / 2)
    assert code.counts.f1 == pytest.approx(0.4)


def test_file_scores_with_empty_and_skipped_records():
    records = [
        gold("a", [ev(["ARN"], ["GON"], "064")]),
        gold("b", []),  # gold: no event
        gold("c", [ev(["BRA", "USA"], ["ARG"], "040")]),  # compound: two gold events
        gold("d", [ev(["HOB"], [], "010")]),
    ]
    skipped = gold("e", None)
    assert skipped.expected_error
    preds = {
        "a": [pred("064", "ARN", "GON")],
        "b": [pred("042", "ARN", "GON")],  # coded where the gold says none
        "c": [pred("040", "BRA", "ARG")],
        "d": [pred("010", "HOB", None)],
    }
    levels = record_levels(records)
    assert levels == ("root", "code", "actors")
    results = [score_record(r, preds[r.id], levels) for r in records]
    res = summarise(Path("x.jsonl"), results, levels, skipped=1, set_name="petr_unit")
    c = res.levels["code"]
    assert (c.tp, c.fp, c.fn) == (3, 1, 1)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.75)
    assert res.records == 5 and res.scored == 4 and res.skipped == 1
    assert res.correct == 2  # a and d; b has an extra event, c misses USA -> ARG
    d = res.to_dict()
    assert d["records_fully_correct"] == {"correct": 2, "total": 4, "share": 0.5}
    assert d["levels"]["code"]["f1"] == 0.75


def test_plover_symmetric_and_events_without_type():
    records = [gold("p", [ev(["USA", "JOR"], ["USA", "JOR"], plover="AGREE", symmetric=True)],
                    set_name="plover_gsr")]
    levels = record_levels(records)
    assert levels == ("plover", "plover_type")
    preds = [
        pred("057", "USAGOV", "JOR", sc="USA", plover="AGREE"),
        pred("010", "USA", None, plover=None),  # no PLOVER type: not compared at PLOVER levels
    ]
    r = score_record(records[0], preds, levels)
    pl = r.levels["plover"].counts
    assert (pl.tp, pl.fp, pl.fn) == (1, 0, 1)
    ty = r.levels["plover_type"].counts
    assert (ty.tp, ty.fp, ty.fn) == (1, 0, 0)
    assert r.wrong


def test_class_scores_exact():
    s = class_scores([0, 1, 2, 2], [0, 2, 2, 1])
    assert s.per_class[0].f1 == 1.0
    assert s.per_class[1].f1 == 0.0
    assert s.per_class[2].f1 == pytest.approx(0.5)
    assert s.macro_f1 == pytest.approx(0.5)
    assert s.accuracy == pytest.approx(0.5)
    assert s.confusion[2][1] == 1
    # a class only predicted (never gold) counts in the macro average with F1 0
    s2 = class_scores([1, 1], [1, 3])
    assert s2.macro_f1 == pytest.approx((2 / 3 + 0.0) / 2)


def test_predicted_penta_first_event_or_zero():
    assert predicted_penta([]) == 0
    later = pred("190", penta=4, sent=0, start=30)
    first = pred("042", penta=1, sent=0, start=5)
    next_sentence = pred("112", penta=3, sent=1, start=0)
    assert predicted_penta([next_sentence, later, first]) == 1
    untyped = pred("999", penta=None, sent=0, start=0)
    assert predicted_penta([untyped, later]) == 4


def test_penta_records_and_errors_file():
    recs = [gold("c1", None, penta=4, set_name="conflibert_train"),
            gold("c2", None, penta=0, set_name="conflibert_train"),
            gold("c3", None, penta=1, set_name="conflibert_train")]
    assert not recs[0].expected_error
    preds = {"c1": [pred("190", "RUS", "UKR", penta=4)], "c2": [], "c3": [pred("112", "A", "B", penta=3)]}
    results = [score_record(r, preds[r.id], ()) for r in recs]
    res = summarise(Path("c.jsonl"), results, (), skipped=0, set_name="conflibert_train")
    assert res.penta.accuracy == pytest.approx(2 / 3)
    # classes 0, 1, 3, 4: F1 1, 0, 0, 1
    assert res.penta.macro_f1 == pytest.approx(0.5)
    out = io.StringIO()
    assert write_errors(EvalRun(files=[res]), out) == 1
    row = json.loads(out.getvalue())
    assert row["id"] == "c3" and row["gold"]["penta"] == 1 and row["predicted"]["penta"] == 3
    assert row["predicted"]["events"][0]["cameo"] == "112"


def test_from_event_reads_the_model():
    evidence = Evidence("Japan's leader visited Seoul.", (15, 22), (0, 5), (23, 28), "visit -> 042")
    e = Event("a1", 2, Actor("JPNGOV", "JPN", ("GOV",)), Actor("KOR", "KOR"), "042", "Make a visit",
              1.9, 1, 1, "CONSULT", "visit", "asserted", evidence)
    p = from_event(e)
    assert (p.cameo, p.source_code, p.source_country, p.target_country) == ("042", "JPNGOV", "JPN", "KOR")
    assert (p.plover, p.penta, p.sentence_index, p.trigger_start) == ("CONSULT", 1, 2, 15)
    assert p.trigger == "visited" and p.rule == "visit -> 042"
    igo = Event("a1", 0, Actor("IGOUNO", None, (), kind="igo"), None, "010", "", None, None, 0,
                None, None, "asserted", evidence)
    assert from_event(igo).source_country == "IGO" and from_event(igo).target_country is None


def test_read_gold_rejects_bad_lines(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "x", "text": "A b.", "events": [], "penta": null}\n{"id": "y", "text": ""}\n')
    with pytest.raises(GoldError, match=r"g.jsonl:2: record y has no text"):
        read_gold(p)
    p.write_text('{"id": "x", "text": "A b.", "events": [{"source": ["A"], "target": [], "cameo": 42}]}\n')
    with pytest.raises(GoldError, match="leading zeros"):
        read_gold(p)
    p.write_text("not json\n")
    with pytest.raises(GoldError, match=r"g.jsonl:1: not JSON"):
        read_gold(p)
    with pytest.raises(GoldError, match="no such file"):
        read_gold(tmp_path / "missing.jsonl")


def test_reads_the_shared_dev_sets(shared):
    plover = read_gold(shared / "eval" / "plover_gsr.jsonl")
    petr = read_gold(shared / "eval" / "petr_unit.jsonl")
    conf = read_gold(shared / "eval" / "conflibert_train.jsonl")
    assert (len(plover), len(petr), len(conf)) == (180, 284, 1349)
    assert sum(r.expected_error for r in petr) == 7
    assert record_levels(petr) == ("root", "code", "actors")
    assert record_levels(plover) == ("plover", "plover_type")
    assert record_levels(conf) == ()
    assert sum(len(r.events) for r in petr if r.events) == 359


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_scores_a_small_gold_file(tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app

    gold_file = _write(tmp_path / "mini.jsonl", [
        {"id": "m1", "set": "mini", "date": "2023-05-07",
         "text": "Japanese Prime Minister Fumio Kishida arrived in South Korea on Sunday for a visit.",
         "events": [{"source": ["JPNGOV"], "target": ["KOR"], "cameo": "042"}], "penta": None},
        {"id": "m2", "set": "mini", "date": None, "text": "The weather was mild.", "events": [], "penta": None},
        {"id": "m3", "set": "mini", "date": None, "text": "Nothing to code here.", "events": None, "penta": None},
    ])
    wrong = tmp_path / "wrong.jsonl"
    res = CliRunner().invoke(app, ["eval", str(gold_file), "--json", "--errors", str(wrong)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout[res.stdout.index("{"):])
    f = out["files"][0]
    assert (f["records"], f["scored"], f["skipped_expected_error"], f["coder_errors"]) == (3, 2, 1, 0)
    assert set(f["levels"]) == {"root", "code", "actors"}
    assert f["levels"]["code"]["fn"] + f["levels"]["code"]["tp"] == 1
    assert f["records_fully_correct"]["total"] == 2
    wrong_ids = [json.loads(line)["id"] for line in wrong.read_text().splitlines()]
    assert "m3" not in wrong_ids
    assert len(wrong_ids) == 2 - f["records_fully_correct"]["correct"]


def test_cli_bad_input_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 1 and "no such file" in res.output
    res = runner.invoke(app, ["eval", str(tmp_path / "missing.jsonl"), "--dict", str(tmp_path / "nodir")])
    assert res.exit_code == 2
    petr = _write(tmp_path / "petr_unit.jsonl", [
        {"id": "p1", "set": "petr_unit", "date": "1995-01-01", "text": "Arnor attacked Gondor.",
         "events": [{"source": ["ARN"], "target": ["GON"], "cameo": "190"}], "penta": None}])
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["eval", str(petr), "--petr-dicts", str(empty)])
    assert res.exit_code == 1 and "PETR.Validate" in res.output
