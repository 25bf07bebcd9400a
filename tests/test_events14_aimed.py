"""Acts aimed at a third party through an appeal or a purpose (events14; events/aimed.py):
appeals to others to act against someone rally opposition (113), a day word after "called"
is no name given, weapons made to use against someone are a threat of force (138) (made-up
sentences, full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401


def pairs(coder, text):
    return [(c, s, t) for c, s, t, _ in coded(coder, text)]


def test_appeal_to_others_to_act_against_someone_rallies_opposition(coder):
    assert pairs(coder, "The Peruvian president urged the world to stand against Chile.") == [("113", "PERGOV", "CHL")]
    assert pairs(coder, "The Norwegian government called on Europeans to unite and mobilize against Russia.") \
        == [("113", "NORGOV", "RUS")]
    assert pairs(coder, "Bolivia called on Latin Americans to rise up against Chile.") == [("113", "BOL", "CHL")]


def test_appeals_that_rally_no_one_against_anyone_stay_as_they_were(coder):
    # asked not to act against someone: an appeal to the addressee
    assert pairs(coder, "Peru urged Chile not to take action against Bolivian migrants.") == [("020", "PER", "CHL")]
    # protection asked: no opposition
    assert pairs(coder, "Peru urged Chile to protect Peruvian students against attacks.") == [("020", "PER", "CHL")]
    # the asked act is coded as the asker's own (request_codes): unchanged
    assert pairs(coder, "Norway urged the European Union to impose sanctions against Chile.") == [("113", "NOR", "CHL")]
    assert pairs(coder, "Norway called on Chile to release the prisoners.") == [("0253", "NOR", "CHL")]


def test_a_day_word_after_call_is_no_name_and_no_participle(coder):
    assert pairs(coder, "The Peruvian foreign minister called Wednesday on Europeans to stand against Chile.") \
        == [("113", "PERGOV", "CHL")]
    assert pairs(coder, "The Peruvian foreign minister called Friday on Chile to release the prisoners.") \
        == [("0253", "PERGOV", "CHL")]


def test_weapons_made_to_use_against_someone_are_a_threat_of_force(coder):
    assert pairs(coder, "Peru claims to be manufacturing missiles to use against Chile.") == [("138", "PER", "CHL")]
    assert pairs(coder, "Bolivia is stockpiling rockets to use against Chile.") == [("138", "BOL", "CHL")]
    assert pairs(coder, "Bolivia acquired drones for use against Chile.") == [("138", "BOL", "CHL")]


def test_weapons_without_a_target_of_their_use_threaten_no_one(coder):
    assert pairs(coder, "Peru is developing nuclear weapons.") == []
    assert pairs(coder, "Peru denied stockpiling weapons to use against Chile.") == []
    assert pairs(coder, "Peru built a dam to use against drought.") == []


def test_a_protest_for_freedom_from_a_ruler_targets_the_ruler(coder):
    assert pairs(coder, "Senegalese students rioted in Dakar, demanding independence from French rule.") \
        == [("145", "SENEDU", "FRA")]
    assert pairs(coder, "Students in Hong Kong protested, demanding an end to the rule of Beijing.") \
        == [("140", "HKGEDU", "CHN")]


def test_freedom_from_no_ruler_leaves_the_protest_at_home(coder):
    assert pairs(coder, "Peruvian students protested in Lima demanding freedom from poverty.") == [("140", "PEREDU", "PER")]
    assert pairs(coder, "Protesters in Peru demanded an end to police brutality.") == [("100", "PEROPP", "PER")]


def test_borders_opened_to_people_driven_from_a_country_grant_asylum(coder):
    assert pairs(coder, "Peru opened its borders to refugees fleeing Chile.") == [("075", "PER", "CHL")]
    assert pairs(coder, "Norway opened its doors to people expelled from Chile.") == [("075", "NOR", "CHL")]
    assert pairs(coder, "Peru opened its borders on Friday to thousands of Bolivians ordered out of Chile.") \
        == [("075", "PER", "CHL")]
    assert pairs(coder, "Norway opened its doors to refugees from Chile.") == [("075", "NOR", "CHLREF")]


def test_a_border_opened_with_a_country_or_to_no_one_driven_out_stays(coder):
    assert pairs(coder, "Peru opened its border with Chile.") == [("080", "PER", "CHL")]
    assert pairs(coder, "Norway opened its doors to investors from Chile.") == []


def test_weapons_made_to_use_on_someone_are_a_threat_too(coder):
    assert pairs(coder, "Bolivia is stockpiling rockets to use on Chile.") == [("138", "BOL", "CHL")]


def test_an_opening_agreed_to_stays_an_intent(coder):
    assert [c for c, _, _ in pairs(coder, "Peru agreed to open its borders to refugees fleeing Chile.")] != ["075"]


def test_a_call_for_an_act_of_opposition_against_someone_rallies_opposition(coder):
    assert ("113", "BOLOPP", "CHL") in pairs(coder, "The Bolivian opposition called Thursday for a general strike against Chile.")
    assert pairs(coder, "The Bolivian opposition called for an uprising against Chile.") == [("113", "BOLOPP", "CHL")]
    # a call for something that is no opposition stays as the patterns code it
    assert pairs(coder, "Peru called for an investigation against Chile.") == [("090", "PER", "CHL")]


def test_rallying_against_someone_of_no_country_stays_an_appeal(coder):
    assert pairs(coder, "Norway urged Peru to crack down against militants.") == [("020", "NOR", "PER")]


def test_weapons_counted_by_a_quantity(coder):
    assert pairs(coder, "Bolivia has stockpiled thousands of rockets to use against Chile.") == [("138", "BOL", "CHL")]
