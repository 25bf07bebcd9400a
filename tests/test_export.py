"""Exports: GDELT 2.0 (61 columns), ICEWS (20 named columns), Parquet, JSONL, CSV."""

from __future__ import annotations

import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from accord.export import GDELT_COLUMNS, ICEWS_COLUMNS
from accord.model import Actor, Article, CodedArticle, Event, EventDate, Evidence, Location
from accord.store import EventFilter, open_store

JPNGOV = Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person")
KOR = Actor("KOR", "KOR", (), "South Korea")
UNO = Actor("IGOUNO", None, (), "United Nations", "igo")
ALQ = Actor("IMGMUSALQ", None, ("IMG",), "al-Qaeda", "group")


def ev(aid, i, src, tgt, cameo, name, g, q, d, place=None, sentence="Kishida\tarrived in South Korea."):
    plover = ("CONSULT", "visit") if cameo == "042" else ("AID", None)
    return Event(aid, i, src, tgt, cameo, name, g, q, q, *plover, "asserted",
                 Evidence(sentence, (8, 15), (0, 7), (19, 30), "arrive+in -> 042"), EventDate(d, "day", "text"), place)


@pytest.fixture
def store(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    a1 = Article("s1", "Kishida arrived in South Korea.", "Summit", date(2023, 5, 7), "The Star", "https://star.example/1")
    a2 = Article("s2", "Kishida came to Seoul on Sunday.", "Visit", date(2023, 5, 8), "Yonhap", "https://yna.example/2")
    st.add([
        CodedArticle(a1, (ev("s1", 1, JPNGOV, KOR, "042", "Make a visit", 1.9, 1, date(2023, 5, 7),
                             Location("Seoul", "KOR", 37.57, 126.98)),
                          ev("s1", 2, UNO, KOR, "0233", "Appeal for humanitarian aid", 3.4, 1, date(2023, 5, 7),
                             Location("South Korea", "KOR", 36.5, 127.9)))),
        CodedArticle(a2, (ev("s2", 1, JPNGOV, KOR, "042", "Make a visit", 1.9, 1, date(2023, 5, 7)),
                          ev("s2", 3, ALQ, KOR, "112", "Accuse", -2.0, 3, date(2023, 5, 7)))),
    ])
    yield st
    st.close()


def test_gdelt_rows_have_61_fields_in_gdelt_order(store, tmp_path):
    out = tmp_path / "g.tsv"
    assert store.export("gdelt", out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    rows = [dict(zip(GDELT_COLUMNS, ln.split("\t"))) for ln in lines]
    assert all(len(ln.split("\t")) == 61 for ln in lines)
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["Day"] == "20230507" and visit["MonthYear"] == "202305" and visit["Year"] == "2023"
    assert visit["Actor1Code"] == "JPNGOV" and visit["Actor1Name"] == "FUMIO KISHIDA"
    assert visit["Actor1CountryCode"] == "JPN" and visit["Actor1Type1Code"] == "GOV"
    assert visit["Actor2Code"] == "KOR" and visit["EventRootCode"] == "04" and visit["QuadClass"] == "1"
    assert (visit["NumMentions"], visit["NumArticles"], visit["NumSources"]) == ("2", "2", "2")
    assert visit["ActionGeo_Type"] == "4" and visit["ActionGeo_CountryCode"] == "KS"
    assert visit["ActionGeo_FullName"] == "Seoul, South Korea" and float(visit["ActionGeo_Lat"]) == pytest.approx(37.57)
    assert visit["SOURCEURL"].startswith("https://") and len(visit["DATEADDED"]) == 14
    aid = next(r for r in rows if r["EventCode"] == "0233")
    assert aid["EventBaseCode"] == "023" and aid["Actor1KnownGroupCode"] == "UNO"
    assert aid["ActionGeo_Type"] == "1"
    assert int(visit["GlobalEventID"]) > 0 and visit["GlobalEventID"] != aid["GlobalEventID"]
    group = next(r for r in rows if r["EventCode"] == "112")
    assert (group["Actor1KnownGroupCode"], group["Actor1Religion1Code"]) == ("ALQ", "MUS")


def test_icews_has_its_20_named_columns(store, tmp_path):
    out = tmp_path / "i.tsv"
    assert store.export("icews", out) == 3
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    assert rows[0][:3] == ["Event ID", "Event Date", "Source Name"] and rows[0][-1] == "Longitude"
    rec = {r[6]: dict(zip(rows[0], r)) for r in rows[1:]}["042"]
    assert rec["Event Date"] == "2023-05-07" and rec["Source Name"] == "Fumio Kishida"
    assert rec["Source Country"] == "Japan" and rec["Target Country"] == "South Korea"
    assert rec["Source Sectors"] == "GOV" and rec["Intensity"] == "1.9" and rec["City"] == "Seoul"
    assert rec["Publisher"] in ("The Star", "Yonhap") and rec["Event Text"] == "Make a visit"


def test_parquet_jsonl_csv_hold_the_full_record(store, tmp_path):
    n = store.export("parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert n == table.num_rows == 3
    assert {"event_id", "num_mentions", "mention_ids", "record", "evidence_sentence"} <= set(table.column_names)
    assert store.export("parquet", tmp_path / "m.parquet", level="mentions") == 4
    m = pq.read_table(tmp_path / "m.parquet").to_pylist()
    assert json.loads(m[0]["record"])["evidence"]["rule"] == "arrive+in -> 042"

    assert store.export("jsonl", tmp_path / "e.jsonl") == 3
    recs = [json.loads(ln) for ln in (tmp_path / "e.jsonl").read_text().splitlines()]
    visit = next(r for r in recs if r["cameo"] == "042")
    assert visit["num_mentions"] == 2 and len(visit["mention_ids"]) == 2
    assert visit["source"]["code"] == "JPNGOV" and visit["evidence"]["sentence"]  # the event-record contract
    assert visit["plover"] == {"type": "CONSULT", "mode": "visit"}

    assert store.export("csv", tmp_path / "m.csv", level="mentions") == 4
    with open(tmp_path / "m.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4 and rows[0]["mention_id"] and "\t" in rows[0]["evidence_sentence"]


def test_export_filters_and_refuses_bad_requests(store, tmp_path):
    assert store.export("jsonl", tmp_path / "f.jsonl", flt=EventFilter(cameo="02")) == 1
    with pytest.raises(ValueError):
        store.export("gdelt", tmp_path / "g.tsv", level="mentions")
    with pytest.raises(ValueError):
        store.export("xml", tmp_path / "g.xml")
