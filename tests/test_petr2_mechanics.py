"""Coding mechanics (fifth session, petr2): coordinated agents sharing the countries named
after the last of them, hyphenated names with a lower-case part.  Made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors import ActorKB, recognize
from accord.actors.importer import convert_actor_dictionary


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load()


def codes(nlp, kb, text, on=date(2017, 3, 1)):
    doc = nlp(text)
    return [(m.text, m.actor.code, doc[m.head].text) for m in recognize(doc, on, kb)]


def test_first_of_coordinated_agents_shares_the_countries_after_the_last(nlp, kb):
    got = {c for _, c, _ in codes(nlp, kb, "Lawmakers and officials in Kenya and Uganda welcomed the plan.")}
    assert got == {"KENLEG", "UGALEG", "KENGOV", "UGAGOV"}
    got = [(c, h) for _, c, h in codes(nlp, kb, "Lawmakers and officials from Kenya criticised the plan.")]
    assert ("KENLEG", "Lawmakers") in got and ("KENGOV", "officials") in got
    # nothing named after them: no country
    assert [c for _, c, _ in codes(nlp, kb, "Lawmakers and officials welcomed the plan.")] == ["---LEG", "---GOV"]
    # a country before the first agent is its own ("Kenyan lawmakers and officials in Uganda")
    got = codes(nlp, kb, "Kenyan lawmakers and officials in Uganda welcomed the plan.")
    assert got[0][1] == "KENLEG" and "UGALEG" not in {c for _, c, _ in got}


def test_hyphenated_name_with_a_lower_case_part(nlp, tmp_path):
    src = tmp_path / "made.actors.txt"
    src.write_text("ZEMBLA [ZEM]\n+KAR-TOR\n\nOSTERLICH [OST]\n")
    convert_actor_dictionary(src, tmp_path / "d", "actors")
    made = ActorKB.load(dict_dir=tmp_path / "d")
    got = codes(nlp, made, "Osterlich freed the hostages from Kar-tor on Monday.", on=date(1995, 1, 1))
    assert ("Kar-tor", "ZEM") in [(t, c) for t, c, _ in got]
    # the lower-case part must be joined by the hyphen: "Kar tor" is no name
    got = codes(nlp, made, "Osterlich freed the hostages from Kar tor on Monday.", on=date(1995, 1, 1))
    assert "ZEM" not in [c for _, c, _ in got]
