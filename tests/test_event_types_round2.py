"""Event-side rules, second round, on whole made-up sentences (full pipeline): discards of
PETRARCH defaults that code ordinary English as political events."""

from __future__ import annotations

DATE = "2020-06-01"


def codes(coder, text):
    return [e.cameo for e in coder.code(text, published=DATE)]


def test_accidents_disasters_and_illness_are_no_actor(coder):
    assert codes(coder, "A bus accident in Kenya killed twelve Kenyan students.") == []
    assert codes(coder, "Twelve Kenyan soldiers were killed in a crash in Somalia.") == []
    assert codes(coder, "The French president has been fighting cancer for years.") == []
    assert codes(coder, "The Iraqi parliament building in Baghdad caught fire on Monday.") == []
    # people still kill people
    assert codes(coder, "Iraqi troops killed twelve insurgents in Mosul.") == ["190"]


def test_publishing_is_no_release(coder):
    assert codes(coder, "Kenyan officials released their findings to the Somali government.") == []
    assert codes(coder, "Kenyan officials released a video of the Somali president.") == []
    assert codes(coder, "Rebels in Mali released two French hostages.") == ["0841"]


def test_space_launches_are_no_missile_fire(coder):
    assert codes(coder, "China launched a satellite for Pakistan via a Long March rocket.") == []
    assert codes(coder, "Hamas launched rockets at Israel.") == ["194"]


def test_pass_ratify_submit_fail_alone_code_nothing(coder):
    assert codes(coder, "The Kenyan parliament passed the bill on Friday.") == []
    assert codes(coder, "Kenyan students submitted their designs to the ministry.") == []
    assert codes(coder, "The Kenyan plan to help Somalia failed.") == []
    # the specific patterns stay
    assert codes(coder, "The Russian parliament ratified the treaty with China.") == ["057"]
