"""Force aimed "at" something of another country targets that country ("fired water cannon at
a Philippine supply boat"); "at" still places a meeting.  Made-up sentences."""

from __future__ import annotations


def test_force_aimed_at_a_foreign_thing_targets_its_country(triples):
    got = triples("Chinese coast guard ships fired water cannon at a Philippine supply boat.", "2024-03-23")
    assert ("CHNMIL", "PHL", "190") in got


def test_at_a_place_is_still_no_target_of_a_meeting(triples):
    assert triples("Iranian officials met at a Swiss hotel.", "2024-03-23") == []
