"""A lone surname of an office holder ("Trump", "Xi") on the article's date."""

from __future__ import annotations

from datetime import date

from accord.actors import recognize


def _codes(nlp, kb, text, on):
    return [(m.text, m.actor.code) for m in recognize(nlp(text), on, kb)]


def test_surname_alone_is_the_office_holder_on_the_date(nlp, kb):
    assert ("Trump", "USAGOV") in _codes(nlp, kb, "Trump has suspended military aid to Pakistan.", date(2019, 6, 1))
    assert ("Modi", "INDGOV") in _codes(nlp, kb, "Modi met officials in Delhi.", date(2019, 6, 1))


def test_family_name_first_countries(nlp, kb):
    assert ("Xi", "CHNGOV") in _codes(nlp, kb, "Xi met foreign leaders in Beijing.", date(2019, 6, 1))


def test_out_of_office_or_blocked_or_common_words_are_not_actors(nlp, kb):
    # no role on the date: a bare surname is not enough
    assert all(t != "Trump" for t, _ in _codes(nlp, kb, "Trump visited Scotland.", date(2022, 6, 1)))
    # ambiguous and common surnames stay unresolved without a full name or title
    assert all(t != "May" for t, _ in _codes(nlp, kb, "May said Britain would leave.", date(2018, 6, 1)))
    assert all(t != "Kim" for t, _ in _codes(nlp, kb, "Kim met the envoy.", date(2019, 6, 1)))
