"""Actors and roles, round 4 (branch actors10), each rule on made-up sentences."""

from __future__ import annotations

from test_actor_roles_more import actors, coded


def test_an_agent_from_an_organisation_takes_its_country(nlp, kb, coder):
    found = actors(nlp, kb, "Nurses from three Canadian aid groups delivered food to villagers.")
    assert ("Nurses", "CANHLH") in found, found
    found = actors(nlp, kb, "Engineers of a Japanese state company inspected the dam.")
    assert any(t == "Engineers" and c.startswith("JPN") for t, c in found), found
    # the organisation's country, not the other actor's: it is the subject of 'donated'
    evs = coded(coder, "Nurses from two Canadian aid groups donated medicine to Malian hospitals.")
    assert any(s == "CANHLH" and t == "MLIHLH" for s, t, _ in evs), evs
    # a person is no owner: supporters of someone are not his country's
    found = actors(nlp, kb, "Supporters of the Malian opposition party marched on Sunday.")
    assert not any(t == "Supporters" for t, _ in found), found


def test_a_compass_word_before_a_place_is_the_place():
    from accord import places

    for text, country in (("southern Chad", "TCD"), ("North-East Nigeria", "NGA"), ("Western Laos", "LAO"),
                          ("central Mongolia", "MNG"), ("north-eastern Peru", "PER"), ("eastern Kabul", "AFG")):
        loc = places.lookup(text)
        assert loc is not None and loc.country == country, (text, loc)
    # regions of several countries stay without one; a city's alternate name is no place
    for text in ("West Africa", "Eastern Europe", "Central America", "North America", "West Side"):
        loc = places.lookup(text)
        assert loc is None or loc.country is None, (text, loc)
    assert places.lookup("East Germany").country == "DDR"


def test_an_agent_in_a_directional_region_takes_its_country(coder):
    evs = coded(coder, "Guerrillas in Western Laos ambushed a bus on Sunday.")
    assert any(s == "LAOREB" for s, t, _ in evs), evs


def test_a_country_name_inside_a_body_name(nlp, kb):
    assert ("Gabon Assembly", "GABLEG") in actors(nlp, kb, "The Gabon Assembly condemned the Chadian army.")
    assert ("Gabon Presidency", "GABGOV") in actors(nlp, kb, "The Gabon Presidency praised Chadian troops.")
    # other names with a country's name stay no actor of that country
    found = actors(nlp, kb, "The Gabon Times accused the Chadian government of lying.")
    assert not any(c.startswith("GAB") for _, c in found), found
    # an acronym in brackets is the body's short name: the agent after it keeps the country
    found = actors(nlp, kb, "The Gabon Municipal Union (GMU) officials criticised the decree.")
    assert any(t.endswith("officials") and c == "GABGOV" for t, c in found), found


def test_an_ally_or_proxy_is_not_the_possessor(nlp, kb, coder):
    found = actors(nlp, kb, "Gunmen killed a commander of Chad's militia ally on Sunday.")
    assert not any(c == "TCDUAF" for _, c in found), found
    assert any(t == "militia ally" and c == "---UAF" for t, c in found), found
    # the ally takes the country of its place
    evs = coded(coder, "Chadian jets killed the deputy chief of Chad's militia ally in northern Sudan.")
    assert evs and not any(t == "TCDUAF" for s, t, _ in evs), evs
    assert any(s == "TCDMIL" and t == "SDNUAF" for s, t, _ in evs), evs
    # a possessed agent without such a word keeps the possessor's country
    assert ("Chad's militia", "TCDUAF") in actors(nlp, kb, "Gunmen attacked Chad's militia on Sunday.")


def test_a_country_word_before_an_international_ngo_is_its_branch(nlp, kb):
    # coded as Phoenix codes the Indian Red Cross (NGOINDHLHIRC)
    assert ("Malian Red Cross", "NGOMLIHLHIRC") in actors(nlp, kb, "The Malian Red Cross helped Chadian refugees.")
    found = actors(nlp, kb, "Officials of the Malian Red Cross met Chadian refugees.")
    assert ("Officials", "NGOMLIHLHIRCGOV") in found, found
    # as officials of the Red Cross itself are
    found = actors(nlp, kb, "Officials of the Red Cross met Chadian refugees.")
    assert ("Officials of the Red Cross", "NGOHLHIRCGOV") in found, found
