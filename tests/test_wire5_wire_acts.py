"""Recent wire phrasings (fifth session): missiles and drones launched at a country, exercises
near a country, visits made, meetings cancelled, the sides of "fighting between A and B",
the agent of the strike a passive names, a people's forces, a state's violence not turned
on its own people (made-up sentences, full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401


def pairs(coder, text):
    return [(c, s, t) for c, s, t, _ in coded(coder, text)]


def test_missiles_and_drones_launched_at_a_country_are_aerial_weapons(coder):
    assert pairs(coder, "Norway launched drones and missiles at Chile overnight.") == [("195", "NOR", "CHL")]
    assert pairs(coder, "Peru launched ballistic missiles toward Chile.") == [("195", "PER", "CHL")]
    # at no one: no event
    assert pairs(coder, "Norway launched two missiles into the sea.") == []


def test_exercises_around_a_country_are_a_show_of_force(coder):
    assert pairs(coder, "Norway launched military drills around Iceland.") == [("150", "NOR", "ISL")]
    assert pairs(coder, "Peru held naval exercises near Chile on Monday.") == [("150", "PER", "CHL")]
    # with a partner they stay military cooperation
    assert ("062", "PER", "CHL") in pairs(coder, "Peru held joint exercises with Chile.")


def test_making_a_visit_is_a_visit(coder):
    assert pairs(coder, "The Norwegian prime minister made an unannounced visit to Chile.")[0][0] == "042"


def test_a_meeting_called_off_is_no_meeting(coder):
    got = pairs(coder, "Norway cancelled a summit with Chile and Peru.")
    assert {c for c, _, _ in got} == {"160"} and {t for _, _, t in got} == {"CHL", "PER"}
    assert pairs(coder, "Norway called off a planned visit to Chile.") == [("160", "NOR", "CHL")]
    assert pairs(coder, "Norway cancelled talks with Chile.") == [("164", "NOR", "CHL")]
    assert pairs(coder, "Norway postponed a trip to Chile.") == []


def test_fighting_between_two_sides_is_mutual(coder):
    got = set(pairs(coder, "Fighting broke out in Lima between Peru's army and Chilean rebels on Sunday."))
    assert got == {("190", "PERMIL", "CHLREB"), ("190", "CHLREB", "PERMIL")}
    got = set(pairs(coder, "Clashes between Norwegian troops and Swedish police killed four people."))
    assert got == {("190", "NORMIL", "SWECOP"), ("190", "SWECOP", "NORMIL")}
    # in a clause of cause it stays background
    got = pairs(coder, "Norway closed its border with Sweden because of fighting between Peruvians and Chileans.")
    assert all(s in ("NOR",) for _, s, _ in got)


def test_the_strike_a_passive_names_gives_the_agent(coder):
    got = pairs(coder, "A Chilean rebel commander was killed in a Peruvian air strike in Lima, officials said.")
    assert [(c, s) for c, s, _ in got] == [("190", "PER")]
    got = pairs(coder, "Two Chilean soldiers were wounded in a Norwegian drone attack.")
    assert [s[:3] for _, s, _ in got] == ["NOR"]


def test_a_peoples_forces_are_no_states_army(coder):
    got = pairs(coder, "Peru launched an offensive in the south, demanding the surrender of ethnic Chilean forces.")
    assert all(not (t or "").endswith("MIL") for _, _, t in got)
    assert ("100", "PER", "PERREB") in got


def test_a_states_violence_is_not_turned_on_its_own(coder):
    got = pairs(coder, "Norway struck Chilean bases and killed several senior commanders, Chilean media reported.")
    assert ("190", "NOR", "CHL") in got
    assert all(t != "NORMIL" for _, _, t in got)
    # an agent's violence at home stays domestic
    assert pairs(coder, "Peruvian troops killed 20 militants in the mountains.") == [("190", "PERMIL", "PERUAF")]


def test_what_a_quantity_of_weapons_counts_is_no_target(coder):
    got = pairs(coder, "Norway fired 40 missiles and dozens of drones at Chile.")
    assert got == [("190", "NOR", "CHL")]
    assert all(t is None or not t.endswith("MIL") for _, _, t in
               pairs(coder, "Norway launched its largest air attack, firing missiles and dozens of drones."))
