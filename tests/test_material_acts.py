"""Acts done, not only intended: decisions, aid announced, refugees taken in, relief let in,
troops trained, property handed back (whole made-up sentences, full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded, codes  # noqa: F401 (one helper for the event-side tests)


def test_a_decision_is_the_act_decided(coder):
    assert coded(coder, "Norway decided on Monday to lift sanctions on Chile.") == [("085", "NOR", "CHL", "asserted")]
    assert codes(coder, "Norway decided not to lift sanctions on Chile.")[0].startswith("12")
    # "decide" codes nothing itself, and a pending decision is none
    assert codes(coder, "The Chilean people will decide the election.") == []
    assert codes(coder, "Norway will decide whether to lift sanctions on Chile.") == []


def test_material_help_is_coded_as_given(coder):
    assert codes(coder, "Norway announced $20 million in assistance to Chile.") == ["070"]
    assert codes(coder, "Norway accepted 2,000 Chilean refugees last year.") == ["075"]
    assert codes(coder, "The Chilean government allowed humanitarian relief into the north.") == ["0863"]
    assert codes(coder, "Norwegian instructors train Chilean pilots.") == ["062"]


def test_property_handed_back(coder):
    assert coded(coder, "Norway returned an ancient sculpture to Chile.") == [("0842", "NOR", "CHL", "asserted")]
    assert codes(coder, "Norway returned a stolen painting to the Chilean government.") == ["0842"]
