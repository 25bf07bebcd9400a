"""Kinds of wrong events seen on Wikinews (fifth session, noise4), removed by general rules
and data rows; made-up sentences, full pipeline."""

from __future__ import annotations

from test_event_types_more import DATE, coded, codes  # noqa: F401


# -- a person's name that is also a place's is no place acted on ----------------------------

def test_a_person_killed_gives_no_country_by_a_place_of_the_same_name(coder):
    # "Kennedy" is a city in Colombia, "Robert" one in Martinique: the person is meant
    for text in ("Senator Robert F. Kennedy spoke to supporters in Los Angeles. Kennedy was shot minutes later.",
                 "Senator Robert F. Kennedy spoke to supporters in Los Angeles. Robert was killed in June 1968, "
                 "while seeking the nomination."):
        assert not [c for c in coded(coder, text) if c[1] in ("COL", "MTQ")]


def test_a_name_read_as_a_persons_is_no_place_acted_on(coder):
    # no actor names the person, the entity recognizer reads the name as one
    assert not [c for c in coded(coder, "He had no memory of the night Kennedy was shot.") if "COL" in c[1:3]]
    assert not [c for c in coded(coder, "The police surrounded the attacker in the street and shot Khan.")
                if "DEU" in c[1:3] or "PAK" in c[1:3]]


def test_a_month_is_no_place(coder):
    # "March" is a town in England, "May" none that matters: "in March 2018" is a date
    assert not [c for c in coded(coder, "The man was arrested in March, 2018, and charged with fraud.")
                if "GBR" in c[1:3]]
    assert not [c for c in coded(coder, "Authorities seized the site in March 2018.") if "GBR" in (c[1] or "")]


def test_a_place_acted_on_still_gives_its_country(coder):
    assert [c[:3] for c in coded(coder, "Rebels shelled Juba on Monday.")] == [("190", "SSDREB", "SSD")]
    assert [c[:3] for c in coded(coder, "Gunmen raided Kabul overnight.")] == [("190", "AFGUAF", "AFG")]


# -- transport is no visit ------------------------------------------------------------------

def test_an_airline_or_aircraft_flying_somewhere_is_no_visit(coder):
    assert codes(coder, "The airline flies weapons and cargo to Syria every week.") == []
    assert codes(coder, "The new jet will fly up to 500 people to Tokyo.") == []
    assert codes(coder, "Travellers want to fly direct to Lisbon.") == []


def test_an_official_flying_somewhere_still_visits(coder):
    assert [c[:3] for c in coded(coder, "The Kenyan foreign minister flew to Beijing on Monday.")] \
        == [("042", "KENGOV", "CHN")]


# -- trade is cooperation only between states -----------------------------------------------

def test_private_buying_and_domestic_purchases_are_no_cooperation(coder):
    assert codes(coder, "Foreign investors bought large stakes in Japanese companies.") == []
    assert codes(coder, "The Romanian government bought back the car maker from a Romanian bank.") == []
    assert codes(coder, "Indonesian airlines should not purchase aircraft from France.") == []


def test_a_state_buying_from_another_still_cooperates(coder):
    assert [c[:3] for c in coded(coder, "India bought fighter jets from France.")] == [("062", "IND", "FRA")]
    assert [c[:3] for c in coded(coder, "NASA pays Russia for seats on its rockets.")] == [("061", "USAGOV", "RUS")]


# -- "it" is no plural speaker ----------------------------------------------------------------

def test_it_in_a_reported_clause_is_not_a_plural_speaker(coder):
    assert codes(coder, "Officials in Kenya said it killed nine people.") == []
    assert codes(coder, "Chinese officials confirmed it has infected 200 people and killed three.") == []


def test_it_still_resolves_to_a_state_speaker(coder):
    assert [c[1:3] for c in coded(coder, "Kenya said it would send troops to Somalia.")] == [("KEN", "SOM")]


# -- fighting government troops is armed fighting --------------------------------------------

def test_fighting_government_troops_is_force_not_criticism(coder):
    assert [c[:3] for c in coded(coder, "Rebels in Mali fought Malian government troops near Gao.")] \
        == [("190", "MLIREB", "MLIMIL")]
    assert [c[:3] for c in coded(coder, "Islamist rebels in Mali fought government forces near Gao.")] \
        == [("190", "MLIREB", "MLIMIL")]


def test_fighting_the_government_in_politics_stays_criticism(coder):
    assert codes(coder, "Protesters in Kenya fought the government over the tax.") == ["111"]


# -- what a thing does is no violence of the place's -------------------------------------------

def test_a_thing_that_hits_is_no_violence_of_the_place(coder):
    assert codes(coder, "The decline in car sales in Japan has already hit the order books of Indian suppliers.") == []


def test_a_violent_thing_still_codes_to_the_place(coder):
    assert [c[:2] for c in coded(coder, "A mass stabbing in Lagos killed three people on Saturday.")] == [("190", "NGA")]
    assert [c[1] for c in coded(coder, "A roadside bomb near Kandahar killed two soldiers.")] == ["AFG"]


# -- a private person killed by no one named is a crime, no country's act ----------------------

def test_a_private_person_found_dead_or_murdered_is_no_event_of_the_place(coder):
    assert codes(coder, "Andrea Rossi, a chef, was found dead on Wednesday in Queens, New York.") == []
    assert codes(coder, "The journalist Jamal Khashoggi was murdered in Istanbul.") == []


def test_officials_places_and_groups_attacked_by_no_one_named_still_code(coder):
    assert [c[:3] for c in coded(coder, "Kenyan President Uhuru Kenyatta was attacked in Nairobi.")] \
        == [("190", "KEN", "KENGOV")]
    assert [c[:2] for c in coded(coder, "Two soldiers were killed in Kandahar.")] == [("190", "AFG")]


# -- a plan of an act not coded is no intent to cooperate ------------------------------------------

def test_a_plan_of_an_uncoded_act_is_no_event(coder):
    assert codes(coder, "The car maker plans to lay off 47,000 employees.") == []
    assert codes(coder, "The prime minister said he intends to leave the European Union by January.") == []
    assert codes(coder, "The prime minister plans on leaving the European Union.") == []


def test_a_plan_of_a_coded_act_and_a_pledge_still_code(coder):
    assert [c[:3] for c in coded(coder, "Kenya intends to sign a trade deal with Uganda.")] == [("0311", "KEN", "UGA")]
    assert codes(coder, "Japan pledged to boost its support to the Kenyan government.") == ["030"]


# -- a company's act on no one named is no act on its own country ----------------------------------

def test_a_companys_act_on_no_one_is_no_event(coder):
    assert codes(coder, "General Motors warned that its losses could rise.") == []
    assert codes(coder, "Boeing refused to lift the ban.") == []


def test_a_state_actors_act_on_no_one_keeps_its_own_country(coder):
    assert [c[:3] for c in coded(coder, "The Kenyan government refused to lift the ban.")] \
        == [("1241", "KENGOV", "KEN")]
