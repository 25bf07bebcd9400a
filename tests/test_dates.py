"""Event dates: expressions resolved against the publication date, and the event's own date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.dates import event_date, resolve_expression
from accord.model import EventDate

SUN = date(2023, 5, 7)  # the seed's publication date, a Sunday
WED = date(2024, 1, 10)  # a Wednesday early in a year

# (expression, published, tense, expected date, expected precision), checked by hand
TABLE = [
    ("Sunday", SUN, "past", date(2023, 5, 7), "day"),
    ("earlier Sunday", SUN, "past", date(2023, 5, 7), "day"),
    ("on Monday", SUN, "past", date(2023, 5, 1), "day"),
    ("on Monday", SUN, "future", date(2023, 5, 8), "day"),
    ("last Tuesday", SUN, "past", date(2023, 5, 2), "day"),
    ("last Sunday", SUN, "past", date(2023, 4, 30), "day"),
    ("next Sunday", SUN, None, date(2023, 5, 14), "day"),
    ("Thursday night", SUN, "past", date(2023, 5, 4), "day"),
    ("Wednesday", WED, "past", date(2024, 1, 10), "day"),
    ("Friday", WED, "future", date(2024, 1, 12), "day"),
    ("Friday", WED, None, date(2024, 1, 12), "day"),
    ("today", SUN, "past", date(2023, 5, 7), "day"),
    ("yesterday", SUN, "past", date(2023, 5, 6), "day"),
    ("tonight", SUN, "future", date(2023, 5, 7), "day"),
    ("tomorrow", WED, "future", date(2024, 1, 11), "day"),
    ("this week", SUN, "past", date(2023, 5, 1), "week"),
    ("last week", SUN, "past", date(2023, 4, 24), "week"),
    ("next week", WED, "future", date(2024, 1, 15), "week"),
    ("March 16", SUN, "past", date(2023, 3, 16), "day"),
    ("March 16", SUN, "future", date(2024, 3, 16), "day"),
    ("16 March 2023", SUN, "past", date(2023, 3, 16), "day"),
    ("March 16, 2023", None, "past", date(2023, 3, 16), "day"),
    ("Dec. 28", WED, "past", date(2023, 12, 28), "day"),
    ("on the 13th", SUN, "past", date(2023, 4, 13), "day"),
    ("the 13th", SUN, "future", date(2023, 5, 13), "day"),
    ("mid-March", SUN, "past", date(2023, 3, 15), "month"),
    ("mid-March", SUN, None, date(2023, 3, 15), "month"),
    ("early June", SUN, "past", date(2022, 6, 5), "month"),
    ("late June", SUN, "future", date(2023, 6, 25), "month"),
    ("the end of March", SUN, "past", date(2023, 3, 28), "month"),
    ("last month", SUN, "past", date(2023, 4, 1), "month"),
    ("last month", WED, "past", date(2023, 12, 1), "month"),
    ("last year", SUN, "past", date(2022, 1, 1), "year"),
    ("in recent weeks", SUN, "past", date(2023, 4, 23), "week"),
    ("in the past few days", SUN, "past", date(2023, 5, 5), "week"),
    ("two days ago", SUN, "past", date(2023, 5, 5), "day"),
    ("three weeks ago", SUN, "past", date(2023, 4, 16), "week"),
    ("a year ago", SUN, "past", date(2022, 5, 7), "year"),
    ("earlier this year", SUN, "past", date(2023, 1, 1), "year"),
    ("earlier this month", SUN, "past", date(2023, 5, 1), "month"),
    ("in 2019", SUN, "past", date(2019, 1, 1), "year"),
    ("in 2019", None, "past", date(2019, 1, 1), "year"),
    ("mid-2022", SUN, "past", date(2022, 1, 1), "year"),
    ("in May", SUN, "past", date(2023, 5, 1), "month"),
    ("in May", date(2023, 4, 30), "past", date(2022, 5, 1), "month"),
    ("last May", SUN, "past", date(2022, 5, 1), "month"),
    ("July 2022", SUN, "past", date(2022, 7, 1), "month"),
    ("2023-05-07", None, "past", date(2023, 5, 7), "day"),
    ("Tuesday, May 2", SUN, "past", date(2023, 5, 2), "day"),
    ("March 20 last year", SUN, "past", date(2022, 3, 20), "day"),
    ("in March this year", SUN, None, date(2023, 3, 1), "month"),
    ("December of 2008", SUN, "past", date(2008, 12, 1), "month"),
    ("Christmas Day", SUN, "past", date(2022, 12, 25), "day"),
    ("last week's", SUN, "past", date(2023, 4, 24), "week"),
]


@pytest.mark.parametrize("expr,published,tense,want,precision", TABLE, ids=[f"{r[0]}|{r[1]}|{r[2]}" for r in TABLE])
def test_expression_table(expr, published, tense, want, precision):
    got = resolve_expression(expr, published, tense)
    assert got == EventDate(want, precision, "text", expr)


@pytest.mark.parametrize(
    "text", ["12 years", "less than two months", "two-day", "1910-45", "they may agree", "may", "the march", "", "   "]
)
def test_not_a_date(text):
    assert resolve_expression(text, SUN) is None


@pytest.mark.parametrize("text", ["Sunday", "yesterday", "two days ago", "last week", "mid-March", "in recent weeks"])
def test_relative_expressions_need_a_publication_date(text):
    assert resolve_expression(text, None) is None


def test_bad_tense_is_a_usage_error():
    with pytest.raises(ValueError):
        resolve_expression("Sunday", SUN, "soon")


# ------------------------------------------------------------------ in sentences


def _sent_and_token(nlp, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    tok = tokens[nth]
    return tok.sent, tok


SEED_SENTENCES = {
    "met": "The leaders of South Korea and Japan met Sunday for their second summit in less than two months, "
    "as they push to mend long-running historical grievances.",
    "arrived": "Japanese Prime Minister Fumio Kishida arrived in South Korea earlier Sunday for a two-day visit, "
    "which reciprocates a mid-March trip to Tokyo by South Korean President Yoon Suk Yeol.",
    "withdrawn": "In recent weeks, the two countries have also withdrawn the economic retaliatory steps they had "
    "earlier taken against each other in previous years.",
}


def test_seed_met_sunday(nlp):
    sent, tok = _sent_and_token(nlp, SEED_SENTENCES["met"], "met")
    got = event_date(sent, tok, SUN)
    assert (got.value, got.precision, got.source, got.text) == (SUN, "day", "text", "Sunday")


def test_seed_arrived_earlier_sunday_not_mid_march(nlp):
    sent, tok = _sent_and_token(nlp, SEED_SENTENCES["arrived"], "arrived")
    got = event_date(sent, tok, SUN)
    assert (got.value, got.precision, got.text) == (SUN, "day", "earlier Sunday")
    # the noun of the same clause takes the clause's date, not the relative clause's
    sent, visit = _sent_and_token(nlp, SEED_SENTENCES["arrived"], "visit")
    assert event_date(sent, visit, SUN).value == SUN


def test_seed_mid_march_trip(nlp):
    sent, trip = _sent_and_token(nlp, SEED_SENTENCES["arrived"], "trip")
    got = event_date(sent, trip, SUN)
    assert (got.value, got.precision, got.source) == (date(2023, 3, 15), "month", "text")
    assert "March" in got.text
    sent, verb = _sent_and_token(nlp, SEED_SENTENCES["arrived"], "reciprocates")
    assert event_date(sent, verb, SUN).value == date(2023, 3, 15)  # a noun the verb governs


def test_seed_recent_weeks(nlp):
    sent, tok = _sent_and_token(nlp, SEED_SENTENCES["withdrawn"], "withdrawn")
    got = event_date(sent, tok, SUN)
    assert got.precision == "week" and got.source == "text"
    assert got.value < SUN and got.value >= SUN - timedelta(days=31)
    assert "recent weeks" in got.text


def test_seed_whole_article(nlp, shared):
    text = (shared / "seed" / "000_b8f3287eca6855ed.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    by_word = {}
    for sent in doc.sents:
        for tok in sent:
            if tok.text in ("met", "arrived", "trip", "withdrawn") and tok.text not in by_word:
                by_word[tok.text] = event_date(sent, tok, SUN)
    assert by_word["met"].value == SUN and by_word["arrived"].value == SUN
    assert (by_word["trip"].value, by_word["trip"].precision) == (date(2023, 3, 15), "month")
    assert by_word["withdrawn"].precision == "week" and by_word["withdrawn"].value < SUN


def test_other_clause_dates_are_not_taken(nlp):
    text = "Yoon, who visited Tokyo in March, met Kishida on Sunday."
    sent, met = _sent_and_token(nlp, text, "met")
    assert event_date(sent, met, SUN).value == SUN
    sent, visited = _sent_and_token(nlp, text, "visited")
    got = event_date(sent, visited, SUN)
    assert (got.value, got.precision) == (date(2023, 3, 1), "month")


def test_future_event_takes_the_next_weekday(nlp):
    sent, tok = _sent_and_token(nlp, "Kishida will visit Washington on Monday.", "visit")
    assert event_date(sent, tok, SUN).value == date(2023, 5, 8)
    sent, tok = _sent_and_token(nlp, "Kishida visited Washington on Monday.", "visited")
    assert event_date(sent, tok, SUN).value == date(2023, 5, 1)


def test_fallbacks(nlp):
    sent, tok = _sent_and_token(nlp, "Kishida said he and Yoon plan to exchange views.", "exchange")
    assert event_date(sent, tok, SUN) == EventDate(SUN, "day", "published")
    assert event_date(sent, tok, None) == EventDate(None, None, "unknown")
    sent, tok = _sent_and_token(nlp, "The treaty was signed on March 16, 2023.", "signed")
    assert event_date(sent, tok, None) == EventDate(date(2023, 3, 16), "day", "text", "March 16, 2023")
    sent, tok = _sent_and_token(nlp, "The ministers met on Sunday.", "met")
    assert event_date(sent, tok, None) == EventDate(None, None, "unknown")


def test_past_event_never_dated_after_publication(nlp):
    sent, tok = _sent_and_token(nlp, "The ministers met on 16 March 2024.", "met")
    assert event_date(sent, tok, SUN) == EventDate(SUN, "day", "published")


# ------------------------------------------------------------------ properties

published_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight"]
NUMBERS = ["a", "one", "two", "three", "a few", "several", "a couple of", "12", "30", "400"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), published=st.one_of(st.none(), st.dates()), tense=st.sampled_from(["past", "future", None]))
def test_resolve_never_raises(text, published, tense):
    got = resolve_expression(text, published, tense)
    assert got is None or (got.precision in ("day", "week", "month", "year") and got.source == "text")


past_expressions = st.one_of(
    st.builds(lambda w: f"last {w}", st.sampled_from(WEEKDAYS + ["week", "month", "year", "weekend", "May", "December"])),
    st.builds(lambda n, u: f"{n} {u} ago", st.sampled_from(NUMBERS), st.sampled_from(UNITS)),
    st.builds(lambda n, u: f"{n} {u} ago", st.integers(1, 1000), st.sampled_from(UNITS)),
    st.builds(lambda w: f"earlier {w}", st.sampled_from(WEEKDAYS + ["this week", "this month", "this year", "today"])),
    st.builds(lambda p, u: f"{p} {u}", st.sampled_from(["in recent", "in the past few", "over the last several", "in the past two"]),
              st.sampled_from(["days", "weeks", "months", "years"])),
    st.builds(lambda p, w: f"{p}{w}", st.sampled_from(["", "on ", "On "]), st.sampled_from(WEEKDAYS)),
    st.sampled_from(["yesterday", "last night", "the day before yesterday", "earlier today"]),
)


@settings(max_examples=400, deadline=None)
@given(expr=past_expressions, published=published_dates)
def test_past_expressions_never_after_publication(expr, published):
    got = resolve_expression(expr, published, "past")
    assert got is not None, expr
    assert got.value <= published


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    weekday=st.sampled_from(WEEKDAYS),
    verb=st.sampled_from(["met", "visited", "arrived in", "criticized"]),
    lead=st.sampled_from(["", "earlier ", "last ", "on "]),
    published=published_dates,
)
def test_weekdays_in_past_sentences_never_after_publication(nlp, weekday, verb, lead, published):
    sent, tok = _sent_and_token(nlp, f"The Japanese minister {verb} Seoul {lead}{weekday}.", verb.split()[0])
    got = event_date(sent, tok, published)
    assert got.value is not None and got.value <= published
    assert got.source == "text" and published - got.value < timedelta(days=8)


def _vocabulary() -> list[str]:
    from accord.dates import words

    w = words()
    keys = ("months", "weekdays", "direction_words", "month_parts", "relative_days", "units", "numbers", "holidays")
    extra = ["ago", "of", "the", "in", "29th", "31st", "0", "99999999", "2019", "1700", "9999", "-", ",", "this year"]
    return sorted({k for key in keys for k in w[key]} | set(extra))


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_vocabulary()), min_size=1, max_size=5),
    published=st.one_of(st.none(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)]), st.dates()),
    tense=st.sampled_from(["past", "future", None]),
)
def test_date_words_in_any_order_never_raise(parts, published, tense):
    got = resolve_expression(" ".join(parts), published, tense)
    assert got is None or got.precision in ("day", "week", "month", "year")
