"""The founding article must code as ../shared/seed/EXPECTED.md says."""

from __future__ import annotations

from datetime import date

import pytest

from accord.readers import read_paths


@pytest.fixture(scope="module")
def seed_events(coder, shared):
    seed = shared / "seed" / "000_b8f3287eca6855ed.txt"
    articles = list(read_paths([str(seed)], None, date(2023, 5, 7)))
    assert len(articles) == 1
    coded = coder.code_article(articles[0])
    return coded


def _find(events, src, tgt, prefix, sentence_start):
    return [
        e for e in events
        if e.source and e.target
        and e.source.country == src and e.target.country == tgt
        and e.cameo.startswith(prefix)
        and e.evidence.sentence.startswith(sentence_start)
    ]


def test_event1_kishida_visits_south_korea(seed_events):
    found = _find(seed_events.events, "JPN", "KOR", "042", "Japanese Prime Minister Fumio Kishida arrived")
    assert found, [e.to_dict() for e in seed_events.events]
    e = found[0]
    assert e.source.code == "JPNGOV"
    assert e.date.value == date(2023, 5, 7)
    assert e.plover_type == "CONSULT" and e.plover_mode == "visit"


def test_event2_yoon_visited_tokyo_in_mid_march(seed_events):
    found = _find(seed_events.events, "KOR", "JPN", "042", "Japanese Prime Minister Fumio Kishida arrived")
    assert found
    e = found[0]
    assert e.source.code == "KORGOV"
    assert e.date.value is not None and e.date.value.month == 3 and e.date.value.year == 2023
    assert e.date.precision in ("month", "week")


def test_event3_leaders_met_both_directions(seed_events):
    for a, b in (("KOR", "JPN"), ("JPN", "KOR")):
        found = _find(seed_events.events, a, b, "04", "The leaders of South Korea and Japan met")
        assert found, (a, b)
        assert found[0].date.value == date(2023, 5, 7)


def test_event4_economic_measures_withdrawn_both_ways(seed_events):
    for a, b in (("KOR", "JPN"), ("JPN", "KOR")):
        found = _find(seed_events.events, a, b, "08", "In recent weeks")
        assert found, (a, b)
        e = found[0]
        assert e.date.value is not None and e.date.value <= date(2023, 5, 7)
        assert e.date.precision == "week"


def test_event5_kishida_intends_to_meet(seed_events):
    found = _find(seed_events.events, "JPN", "KOR", "03", "Kishida said he and Yoon plan")
    assert found
    assert found[0].modality == "intended"


def test_must_nots(seed_events):
    for e in seed_events.events:
        for actor in (e.source, e.target):
            if actor is not None:
                assert actor.country not in ("PRK", "USA", "CHN"), e.to_dict()
                assert "Star" not in (actor.name or "")
        assert not e.cameo.startswith("055"), e.to_dict()
    # event 2 is never dated on the publication day
    for e in _find(seed_events.events, "KOR", "JPN", "042", "Japanese Prime Minister"):
        assert e.date.value != date(2023, 5, 7)


def test_every_event_carries_evidence(seed_events):
    for e in seed_events.events:
        d = e.to_dict()
        s, t = d["evidence"]["trigger"]
        assert d["evidence"]["sentence"][s:t].strip()
        assert d["evidence"]["rule"]
