"""Force aimed "at" something of another country targets that country ("fired water cannon at
a Philippine supply boat"); "at" still places a meeting.  Made-up sentences."""

from __future__ import annotations


def _codes(coder, text):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text, published="2024-03-23"))


def test_force_aimed_at_a_foreign_thing_targets_its_country(coder):
    got = _codes(coder, "Chinese coast guard ships fired water cannon at a Philippine supply boat.")
    assert ("CHNMIL", "PHL", "190") in got


def test_at_a_place_is_still_no_target_of_a_meeting(coder):
    assert _codes(coder, "Iranian officials met at a Swiss hotel.") == []
