"""Cyber attacks (PLOVER COERCE, mode cyber; CAMEO 17) and human shields (184), with the
target of an event noun that the parser hangs on its verb."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401 (one helper for the event-side tests)


def test_cyber_attacks_are_coercion(coder):
    # "launched cyber warfare | against X": the parser hangs "against" on the verb
    assert coded(coder, "Norway launched cyber warfare against Chile.") == [("170", "NOR", "CHL", "asserted")]
    assert coded(coder, "Norway carried out a cyberattack on Chile.") == [("170", "NOR", "CHL", "asserted")]
    # speculation stays speculation
    assert coded(coder, "Norwegian hackers may have launched cyber attacks on Chile.") == []


def test_human_shields(coder):
    events = coded(coder, "Chilean rebels held hundreds of Norwegian civilians as human shields.")
    assert [(c, s, t) for c, s, t, _ in events] == [("184", "CHLREB", "NORCVL")]

