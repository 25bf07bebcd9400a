"""The event store: idempotent batches, dedup of mentions into events, queries.

Events are built directly from accord.model values, so these tests do not depend on the coder.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.model import Actor, Article, CodedArticle, Event, EventDate, Evidence, Location, Problem, Quote
from accord.store import EventFilter, StoreError, open_store
from accord.store.dedup import cluster, date_interval, dedup_key
from accord.store.ingest import ingest

JPNGOV = Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person")
KORGOV = Actor("KORGOV", "KOR", ("GOV",), "Yoon Suk Yeol", "person")
KOR = Actor("KOR", "KOR", (), "South Korea")
JPN = Actor("JPN", "JPN", (), "Japan")
USA = Actor("USA", "USA", (), "United States")

CAMEO = {"042": ("Make a visit", 1.9, 1, "CONSULT", "visit"), "043": ("Host a visit", 2.8, 1, "CONSULT", "host"),
         "036": ("Express intent to meet or negotiate", 4.0, 1, "CONSULT", None),
         "173": ("Arrest, detain", -5.0, 4, "SEIZE", None), "112": ("Accuse", -2.0, 3, "ACCUSE", None)}


def ev(article_id, sentence, src, tgt, cameo, day, precision="day", source="text", place=None,
       modality="asserted", text="Kishida arrived in South Korea.") -> Event:
    name, gold, quad, ptype, pmode = CAMEO[cameo]
    return Event(article_id, sentence, src, tgt, cameo, name, gold, quad, quad, ptype, pmode, modality,
                 Evidence(text, (0, 7), (0, 7), None, f"test -> {cameo}"),
                 EventDate(day, precision, source), place)


def art(aid, text=None, published=date(2023, 5, 7), source="The Star", url=None) -> Article:
    return Article(aid, text or f"Body of {aid}.", title=f"Title {aid}", published=published, source=source,
                   url=url or f"https://news.example/{aid}")


@pytest.fixture
def db(tmp_path):
    return tmp_path / "t.duckdb"


def snapshot(store):
    """Everything stored, without the ingest timestamps."""
    strip = lambda rows, drop: sorted(tuple(sorted((k, v) for k, v in r.items() if k not in drop)) for r in rows)
    return (strip(store.articles(), {"ingested_at"}), strip(store.mentions(), set()),
            strip(store.events(), {"added_at"}), strip(store.quotes(), set()))


def seedlike() -> list[CodedArticle]:
    a1 = art("a1")
    e1 = ev("a1", 1, JPNGOV, KOR, "042", date(2023, 5, 7), place=Location("South Korea", "KOR"))
    e2 = ev("a1", 1, KORGOV, JPN, "042", date(2023, 3, 15), "month", place=Location("Tokyo", "JPN"))
    # the cemetery visit: same visitor, same day, no target actor but a place in Korea
    e3 = ev("a1", 9, JPNGOV, None, "042", date(2023, 5, 7), place=Location("Seoul", "KOR"),
            text="Kishida and his wife visited the national cemetery in Seoul.")
    q = Quote("a1", "our exchange of visits took less than two months", 10, 60, 4, KORGOV, "Yoon")
    return [CodedArticle(a1, (e1, e2, e3), (q,))]


def test_double_ingest_changes_nothing(db):
    with open_store(db) as st:
        first = st.add(seedlike())
        before = snapshot(st)
        again = st.add(seedlike())
        assert (first.articles, first.mentions, first.quotes) == (1, 3, 1)
        assert (again.articles, again.duplicates, again.mentions) == (0, 1, 0)
        assert snapshot(st) == before


def test_same_text_under_another_id_is_already_present(db):
    with open_store(db) as st:
        st.add([CodedArticle(art("x1", "Same words here."), (ev("x1", 0, JPN, KOR, "036", date(2023, 1, 2)),))])
        res = st.add([CodedArticle(art("x2", "Same   words\nhere."), (ev("x2", 0, JPN, KOR, "036", date(2023, 1, 2)),))])
        assert res.articles == 0 and res.duplicates == 1
        assert st.counts()["mentions"] == 1


def test_cemetery_visit_is_the_same_visit(db):
    with open_store(db) as st:
        st.add(seedlike())
        visits = list(st.events(EventFilter(cameo="042", actor="JPN")))
        jpn_kor = [e for e in visits if e["source_code"] == "JPNGOV"]
        assert len(jpn_kor) == 1
        assert jpn_kor[0]["num_mentions"] == 2 and jpn_kor[0]["target_code"] == "KOR"
        assert jpn_kor[0]["date"] == date(2023, 5, 7)
        # the raw mentions stay queryable, each pointing at its event
        ms = list(st.mentions(EventFilter(cameo="042")))
        assert len(ms) == 3
        assert {m["event_id"] for m in ms if m["source_code"] == "JPNGOV"} == {jpn_kor[0]["event_id"]}


def test_dedup_joins_one_event_from_two_articles_and_keeps_others_apart(db):
    a = CodedArticle(art("n1", source="Yonhap"), (
        ev("n1", 0, JPNGOV, KOR, "042", date(2023, 5, 7)),
        ev("n1", 3, USA, KOR, "112", date(2023, 5, 7)),
    ))
    b = CodedArticle(art("n2", source="Kyodo", published=date(2023, 5, 20)), (
        ev("n2", 2, JPNGOV, KOR, "042", date(2023, 5, 1), "month"),  # "in May": the same visit
        ev("n2", 5, JPNGOV, KOR, "042", date(2023, 7, 1)),  # another visit, in July
        ev("n2", 6, JPNGOV, KOR, "036", date(2023, 5, 7)),  # another code
        ev("n2", 7, KORGOV, JPN, "042", date(2023, 5, 7)),  # the other direction
        ev("n2", 8, JPNGOV, KOR, "042", date(2023, 5, 7), modality="negated"),  # a denied visit
    ))
    with open_store(db) as st:
        st.add([a])
        st.add([b])
        evs = list(st.events())
        assert len(evs) == 6
        may = [e for e in evs if e["dedup_key"] == "JPNGOV|@KOR|042|factual" and e["date"] == date(2023, 5, 7)]
        assert len(may) == 1
        e = may[0]
        assert (e["num_mentions"], e["num_articles"], e["num_sources"]) == (2, 2, 2)
        assert (e["first_seen"], e["last_seen"]) == (date(2023, 5, 7), date(2023, 5, 20))
        assert e["date_precision"] == "day"  # the best date of its mentions
        assert st.counts()["mentions"] == 7


def test_dedup_does_not_depend_on_ingest_order(tmp_path):
    arts = [CodedArticle(art(f"o{i}", source=f"S{i}"), (ev(f"o{i}", 0, JPNGOV, KOR, "042", d, p),))
            for i, (d, p) in enumerate([(date(2023, 3, 1), "month"), (date(2023, 3, 3), "day"),
                                        (date(2023, 3, 20), "day"), (date(2023, 1, 1), "year")])]
    shots = []
    for name, order in (("fwd", arts), ("rev", arts[::-1])):
        with open_store(tmp_path / f"{name}.duckdb") as st:
            for c in order:
                st.add([c])
            shots.append(snapshot(st)[1:3])
            assert len(list(st.events())) == 2  # 3 March and 20 March; March and 2023 join one of them
    assert shots[0] == shots[1]


def test_date_intervals_follow_precision():
    assert date_interval(date(2023, 3, 15), "month", "text") == (date(2023, 3, 1), date(2023, 3, 31))
    assert date_interval(date(2024, 2, 10), "year", "text") == (date(2024, 1, 1), date(2024, 12, 31))
    assert date_interval(date(2023, 5, 7), "day", "text") == (date(2023, 5, 7), date(2023, 5, 7))
    assert date_interval(date(2023, 5, 7), "day", "published") == (date(2023, 5, 6), date(2023, 5, 7))
    assert date_interval(None, None, "unknown") is None


def test_cluster_members_share_a_day():
    rows = [{"mention_id": f"m{i}", "article_id": "a", "date": d, "date_precision": p, "date_source": "text"}
            for i, (d, p) in enumerate([(date(2023, 3, 3), "day"), (date(2023, 3, 20), "day"),
                                        (date(2023, 3, 1), "month"), (date(2023, 3, 4), "day")])]
    groups = cluster(rows)
    assert sorted(len(g) for g in groups) == [1, 1, 2]
    assert {"m0", "m2"} in [{m["mention_id"] for m in g} for g in groups]


def test_visit_key_uses_the_visited_country():
    base = {"source_code": "JPNGOV", "cameo": "042", "plover_type": "CONSULT", "plover_mode": "visit",
            "modality": "asserted"}
    assert dedup_key({**base, "target_code": "KORGOV", "target_country": "KOR"}) == "JPNGOV|@KOR|042|factual"
    assert dedup_key({**base, "target_code": None, "location_country": "KOR"}) == "JPNGOV|@KOR|042|factual"
    other = {**base, "cameo": "112", "plover_type": "ACCUSE", "plover_mode": None}
    assert dedup_key({**other, "target_code": "KORGOV", "target_country": "KOR"}) == "JPNGOV|KORGOV|112|factual"


def test_queries_filter(db):
    with open_store(db) as st:
        st.add(seedlike())
        st.add([CodedArticle(art("p1", published=date(2020, 1, 2)), (ev("p1", 0, USA, KOR, "173", date(2020, 1, 2)),))])
        assert {e["source_code"] for e in st.events(EventFilter(actor="USA"))} == {"USA"}
        assert len(list(st.events(EventFilter(dyad=("JPN", "KOR"))))) == 2
        assert len(list(st.events(EventFilter(since=date(2023, 4, 1))))) == 1
        assert len(list(st.events(EventFilter(until=date(2022, 1, 1))))) == 1
        assert len(list(st.events(EventFilter(quad=4)))) == 1
        assert len(list(st.events(EventFilter(plover="consult")))) == 2
        assert len(list(st.events(EventFilter(cameo="17")))) == 1
        assert len(list(st.quotes("a1"))) == 1


def test_ingest_accounts_for_every_input(db):
    items = [
        art("i1"), Problem("bad.json:3", "not JSON", "failed"), art("i1"),  # a repeat in the input
        art("i2"), Problem("empty.txt", "no text", "skipped"), art("i3"),
    ]

    def code(articles):
        for a in articles:
            if a.id == "i3":
                yield Problem(a.id, "coding failed (boom)", "failed")
            else:
                yield CodedArticle(a, (ev(a.id, 0, JPNGOV, KOR, "036", date(2023, 5, 7)),))

    with open_store(db) as st:
        rep = ingest(st, iter(items), code, batch_size=1)
        assert (rep.coded, rep.already, len(rep.skipped), len(rep.failed), rep.events) == (2, 1, 1, 2, 2)
        assert rep.inputs == len(items) and rep.exit_code == 1
        again = ingest(st, iter([art("i1"), art("i2")]), code)
        assert (again.coded, again.already, again.exit_code) == (0, 2, 0)
        assert "2 coded" in rep.summary_lines()[0]


def test_a_failed_batch_stores_nothing(db):
    with open_store(db) as st:
        st.add(seedlike())
        before = snapshot(st)
        good = CodedArticle(art("z0"), (ev("z0", 0, JPNGOV, KOR, "042", date(2023, 5, 7)),))
        # a latitude that is not a number fails when the mentions are written, after the articles
        bad = CodedArticle(art("z1"), (ev("z1", 0, JPNGOV, KOR, "042", date(2023, 5, 7),
                                          place=Location("Seoul", "KOR", "north", 0.0)),))  # type: ignore[arg-type]
        with pytest.raises(Exception):
            st.add([good, bad])
        assert snapshot(st) == before
        assert st.add([good]).articles == 1  # the store is still usable


def test_open_errors(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/accord")
    with open_store(tmp_path / "w.duckdb") as st:
        st.add(seedlike())
    with open_store(tmp_path / "w.duckdb", read_only=True) as ro:
        with pytest.raises(StoreError, match="read-only"):
            ro.add(seedlike())
        assert ro.counts()["articles"] == 1


def test_rebuild_gives_the_same_events(db):
    with open_store(db) as st:
        st.add(seedlike())
        before = snapshot(st)[1:3]
        st.rebuild()
        assert snapshot(st)[1:3] == before


def test_batches_equal_a_full_rebuild(db):
    import random

    rnd = random.Random(7)
    actors = [JPNGOV, KORGOV, KOR, JPN, USA]
    arts = []
    for i in range(60):
        evs = []
        for j in range(4):
            src, tgt = rnd.sample(actors, 2)
            day = date(2023, 1, 1) + timedelta(days=rnd.randrange(120))
            evs.append(ev(f"r{i}", j, src, tgt, rnd.choice(["042", "036", "112"]), day,
                          rnd.choice(["day", "day", "week", "month", "year"]), rnd.choice(["text", "published"])))
        arts.append(CodedArticle(art(f"r{i}", source=f"S{i % 5}"), tuple(evs)))
    with open_store(db) as st:
        for k in range(0, len(arts), 7):
            st.add(arts[k:k + 7])
        batched = snapshot(st)[1:3]
        st.rebuild()
        assert snapshot(st)[1:3] == batched
        assert len(batched[1]) < len(batched[0])  # some mentions were joined


def test_an_interrupt_during_a_commit_acts_after_it():
    import signal

    import pytest

    from accord.store.ingest import _signals_after

    done = []
    with pytest.raises(KeyboardInterrupt):
        with _signals_after():
            signal.raise_signal(signal.SIGINT)  # lands in the middle of the "commit"
            done.append("committed")
    assert done == ["committed"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
