"""Actors and roles on real news phrasing (branch actors7): nationals, hackers, old country
adjectives, and the role rules below, each on made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors import ActorKB, recognize

DATE = "2012-06-01"


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load()


def actors(nlp, kb, text):
    doc = nlp(text)
    return [(m.text, m.actor.code) for m in recognize(doc, date(2012, 6, 1), kb)]


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, published=DATE)]


def test_national_as_a_noun_is_a_citizen(nlp, kb):
    assert ("French national", "FRACVL") in actors(nlp, kb, "A French national was detained in Gondor last week.")
    assert ("Kenyan nationals", "KENCVL") in actors(nlp, kb, "Two Kenyan nationals were freed on Friday.")
    # the adjective, and a capitalised word of a name, are no agents
    assert not any("national" in t.lower() for t, _ in actors(nlp, kb, "The national election was held on Sunday."))
    assert not any(c.endswith("CVL") for _, c in actors(nlp, kb, "Fire spread to the Georgian National Park."))


def test_hackers_and_an_old_country_adjective(nlp, kb):
    assert ("Chinese hackers", "CHNCRM") in actors(nlp, kb, "Chinese hackers broke into the ministry's computers.")
    assert ("Kampuchean soldiers", "KHMMIL") in actors(nlp, kb, "Three Kampuchean soldiers were killed.")


def test_violence_by_a_thing_is_coded_to_the_place(coder):
    # a passive whose "by" phrase is no actor: unattributed violence, as with no agent
    got = coded(coder, "Two Canadian soldiers were killed by a roadside bomb outside of the Afghan city of Kandahar.")
    assert ("AFG", "CANMIL", "190") in got, got


def test_a_quarter_of_a_city_is_a_place(coder):
    got = coded(coder, "A local journalist was killed in a car bomb explosion in a busy quarter of western Kabul.")
    assert [(s, t[:3] if t else t) for s, t, _ in got] == [("AFG", "AFG")], got
