"""Event-side rules, second round, on whole made-up sentences (full pipeline): discards of
PETRARCH defaults that code ordinary English as political events."""

from __future__ import annotations

from test_event_types_more import DATE, codes  # noqa: F401 (one helper for the event-side tests)


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


def test_reduced_passive_relative_reads_the_noun_as_object(coder):
    # "a statement released by X": the statement is what is released (release * statement),
    # not a release of persons (084)
    assert "084" not in codes(coder, "Kenya's president died on Monday, according to a statement released by the Kenyan government.")
    # "sanctions imposed on Iran": impose * &sanction (163), not the bare impose (170)
    assert codes(coder, "The sanctions imposed on Iran by the United States were criticized by China.") == ["163"]
    # a participle misparsed as modifying the root noun is the main verb, not a relative clause
    assert "030" not in codes(coder, "The Iraqi air force carried out three air strikes in Mosul, according to Iraqi military statements.")


def test_attacking_a_decision_or_an_inquiry_is_criticism(coder):
    assert codes(coder, "Trump attacked the impeachment inquiry by the House of Representatives.") == ["111"]
    assert codes(coder, "The Turkish president attacked the ruling of the European court.") == ["111"]
    # military positions are still attacked with force
    assert codes(coder, "Israeli troops attacked Hamas positions in Gaza.") == ["190"]


def test_aircraft_striking_an_obstacle_is_a_crash(coder):
    assert codes(coder, "A Kenyan army helicopter struck power lines near Nairobi and crashed.") == []
    assert codes(coder, "Israeli aircraft struck a Hamas base in Gaza.") == ["195"]


def test_contests_and_quantities_are_no_conflict(coder):
    assert codes(coder, "Senator Smith defeated incumbent Governor Jones of Kenya.") == []
    assert codes(coder, "Airbus defeated Boeing for a contract with the Kenyan army.") == []
    assert codes(coder, "The population of Kenya has declined sharply since 2000.") == []
    assert codes(coder, "Kenyan troops defeated the rebels in Somalia.") == ["190"]


def test_demobilizing_armed_forces(coder):
    assert codes(coder, "The Ugandan government demobilized three thousand rebels.") == ["0873"]
    assert codes(coder, "The demobilization of Ugandan rebels began on Monday.") == ["0873"]


def test_an_order_gives_way_to_the_ordered_act(coder):
    assert codes(coder, "President Trump ordered American troops to withdraw from Syria.") == ["0874"]
    # an order whose content codes nothing stays an order
    assert codes(coder, "The Kenyan president ordered the army to protect churches.") == ["100"]


def test_verbal_attacks_and_campaign_rallies(coder):
    assert codes(coder, "Trump blasted Biden as a career politician.") == ["111"]
    assert codes(coder, "The Kenyan president assailed the election as a fraud.") == ["111"]
    assert codes(coder, "President Ruto of Kenya held a campaign rally in Nairobi on Monday.") == []
    assert codes(coder, "The Kenyan president spoke at a campaign rally in Nairobi.") == []
    # a rally against the government is still a demonstration
    assert codes(coder, "Thousands of Kenyan students held a rally against the government.") == ["141"]


def test_increasing_something_cooperates_with_no_one(coder):
    assert codes(coder, "Kenya and Uganda have intensified screening for passengers from China.") == []
    assert codes(coder, "The Kenyan president improved his standing among voters in Uganda.") == []
    # the block's specific patterns stay
    assert codes(coder, "Germany increased aid to Kenya.") == ["073"]


def test_warning_of_events_is_a_pessimistic_comment(coder):
    assert codes(coder, "Kenyan economists warned that the economy of Uganda could collapse.") == ["012"]
    # a warning of the warner's own action or of an actor's stays a threat
    assert codes(coder, "Iran warned that it would close the Strait of Hormuz to American ships.") == ["130"]
    assert codes(coder, "The Kenyan president warned Somalia that Kenyan troops would respond.") == ["130"]


def test_capturing_part_of_a_town_is_no_taking_part(coder):
    assert codes(coder, "Malian troops have captured part of a rebel stronghold near Kidal.") == ["192"]
    assert codes(coder, "Rebels seized part of the town of Gao in Mali.") == ["192"]
    assert codes(coder, "Kenyan troops took part in the exercise with Ugandan forces.") == ["062"]
