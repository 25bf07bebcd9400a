"""Relations over time: dyad series, visits and their return, top dyads, plots, names."""

from __future__ import annotations

from datetime import date

import pytest

from accord.analysis import dyad_series, resolve, top_dyads, visits
from accord.analysis.countries import UnknownActor
from accord.analysis.dyads import periods
from accord.analysis.plot import plot_dyad
from accord.model import Actor, Article, CodedArticle, Event, EventDate, Evidence, Location
from accord.store import open_store

JPNGOV = Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person")
KORGOV = Actor("KORGOV", "KOR", ("GOV",), "Yoon Suk Yeol", "person")
KOR = Actor("KOR", "KOR", (), "South Korea")
JPN = Actor("JPN", "JPN", (), "Japan")
CHN = Actor("CHN", "CHN", (), "China")
USA = Actor("USA", "USA", (), "United States")

CODES = {"042": (1.9, 1, "CONSULT", "visit"), "043": (2.8, 1, "CONSULT", "host"), "036": (4.0, 1, "CONSULT", None),
         "057": (8.0, 2, "AGREE", None), "112": (-2.0, 3, "ACCUSE", None), "173": (-5.0, 4, "SEIZE", None)}


def ev(aid, i, src, tgt, cameo, d, precision="day", place=None, modality="asserted"):
    g, q, t, m = CODES[cameo]
    return Event(aid, i, src, tgt, cameo, cameo, g, q, q, t, m, modality,
                 Evidence(f"sentence {i}", (0, 1), None, None, "test"), EventDate(d, precision, "text"), place)


def coded(aid, *events, published=None):
    return CodedArticle(Article(aid, f"text {aid}", published=published, source="S"), tuple(events))


@pytest.fixture
def store(tmp_path):
    st = open_store(tmp_path / "a.duckdb")
    st.add([
        coded("a", ev("a", 0, KORGOV, JPN, "042", date(2023, 3, 15), "month", Location("Tokyo", "JPN")),
              ev("a", 1, JPNGOV, KORGOV, "057", date(2023, 3, 16)),
              ev("a", 2, JPN, KOR, "112", date(2023, 3, 20)),
              published=date(2023, 3, 20)),
        coded("b", ev("b", 0, JPNGOV, KOR, "042", date(2023, 5, 7), place=Location("Seoul", "KOR")),
              ev("b", 1, JPNGOV, None, "042", date(2023, 5, 7), place=Location("Seoul", "KOR")),  # cemetery
              ev("b", 2, KORGOV, JPNGOV, "043", date(2023, 5, 7)),  # Yoon hosts Kishida: the same trip
              ev("b", 3, KOR, JPN, "036", date(2023, 5, 7)),
              ev("b", 4, JPN, KOR, "173", date(2023, 5, 8), modality="negated"),  # not counted
              ev("b", 5, CHN, USA, "112", date(2023, 5, 9)),
              ev("b", 6, USA, CHN, "112", date(2023, 5, 9)),
              ev("b", 7, CHN, USA, "173", date(2023, 5, 10)),
              ev("b", 8, Actor("---MIL", None, ("MIL",)), USA, "173", date(2023, 5, 10)),  # no country: no dyad
              published=date(2023, 5, 7)),
    ])
    yield st
    st.close()


def test_dyad_by_month_sums(store):
    rows = dyad_series(store, "KOR", "JPN", by="month")
    assert [r["period"] for r in rows] == ["2023-03", "2023-04", "2023-05"]
    march, april, may = rows
    assert (march["a_to_b"], march["b_to_a"], march["total"]) == (1, 2, 3)
    assert (march["quad1"], march["quad2"], march["quad3"], march["quad4"]) == (1, 1, 1, 0)
    assert march["goldstein_sum"] == pytest.approx(1.9 + 8.0 - 2.0)
    assert march["goldstein_mean"] == pytest.approx((1.9 + 8.0 - 2.0) / 3, abs=1e-3)
    assert april["total"] == 0 and april["goldstein_mean"] is None
    # May: the visit (042 + cemetery), the 043 host event, 036; the negated 173 is left out
    assert (may["a_to_b"], may["b_to_a"], may["total"]) == (2, 1, 3)
    assert may["goldstein_sum"] > 0
    for r in rows:
        assert r["a_to_b"] + r["b_to_a"] == r["total"] == sum(r[f"quad{q}"] for q in (1, 2, 3, 4))
        assert r["goldstein_a_to_b"] + r["goldstein_b_to_a"] == pytest.approx(r["goldstein_sum"])
    by_year = dyad_series(store, "JPN", "KOR", by="year")
    assert len(by_year) == 1 and by_year[0]["total"] == sum(r["total"] for r in rows)
    assert by_year[0]["a_to_b"] == march["b_to_a"] + may["b_to_a"]


def test_periods():
    assert periods(date(2022, 11, 3), date(2023, 2, 1), "month") == ["2022-11", "2022-12", "2023-01", "2023-02"]
    assert periods(date(2023, 1, 1), date(2023, 1, 9), "week") == ["2022-W52", "2023-W01", "2023-W02"]
    assert periods(date(2020, 5, 1), date(2022, 1, 1), "year") == ["2020", "2021", "2022"]


def test_visits_are_returned_within_two_months(store):
    rows = visits(store, "KOR", "JPN")
    assert [(r["visitor"], r["host"]) for r in rows] == [("KOR", "JPN"), ("JPN", "KOR")]
    yoon, kishida = rows
    assert yoon["returned"] is True and yoon["returned_on"] == date(2023, 5, 7)
    assert yoon["gap_days"] == (date(2023, 5, 7) - date(2023, 3, 15)).days <= 62
    assert kishida["returned"] is False and kishida["returns"] == date(2023, 3, 15)
    assert kishida["cameo"] == "042,043"  # the visit and its hosting are one trip
    assert kishida["place"] == "Seoul"
    assert visits(store, "JPN", "KOR") == rows


def test_top_dyads(store):
    rows = top_dyads(store, limit=5)
    assert [(r["a"], r["b"]) for r in rows] == [("JPN", "KOR"), ("CHN", "USA")]
    jk, cu = rows
    assert jk["events"] == 6 and jk["cooperation"] == 5 and jk["conflict"] == 1
    assert cu["events"] == 3 and cu["conflict"] == 3 and cu["goldstein_net"] == pytest.approx(-9.0)
    assert top_dyads(store, since=date(2023, 5, 9))[0]["a"] == "CHN"


def test_plot_writes_a_picture(store, tmp_path):
    for name in ("kj.png", "kj.svg"):
        out = plot_dyad(dyad_series(store, "KOR", "JPN"), "KOR", "JPN", tmp_path / name)
        assert out.stat().st_size > 1000
    assert (tmp_path / "kj.png").read_bytes()[:4] == b"\x89PNG"


def test_resolve_names_and_codes():
    assert resolve("KOR") == "KOR"
    assert resolve("kor") == "KOR"
    assert resolve("South Korea") == "KOR"
    assert resolve("japan") == "JPN"
    assert resolve("IGOUNO") == "IGOUNO"
    with pytest.raises(UnknownActor):
        resolve("Atlantis of the Seas")
