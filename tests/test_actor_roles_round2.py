"""Actors and roles, round 2 (branch actors8), each rule on made-up sentences."""

from __future__ import annotations

from test_actor_roles_more import actors, coded


def test_the_leader_of_an_object_act_is_the_target(coder):
    # "the Saudi-led offensive against X": condemning it is aimed at who leads it
    evs = coded(coder, "Egypt condemned the Saudi-led offensive against the Houthis in Yemen.")
    assert any(s == "EGY" and t == "SAU" and c.startswith("11") for s, t, c in evs), evs
    # a pronoun possessor is the source's own ("their support"), not a target
    evs = coded(coder, "Kenya and Uganda announced their support for the Tanzanian proposal.")
    assert not any(t and s and t[:3] == s[:3] for s, t, c in evs), evs


def test_a_people_of_a_country_is_coded_by_that_country(nlp, kb):
    found = actors(nlp, kb, "The Russians of Estonia complained about the new language law.")
    assert ("Russians", "EST") in found, found
    # a people without "of" and a country stays the state of its name
    assert ("Russians", "RUS") in actors(nlp, kb, "The Russians complained about the new language law.")


def test_an_acronym_in_brackets_after_a_name_is_no_person(nlp, kb):
    # "AKK" is also a known person's short name; after a name in brackets it is the name's own
    found = actors(nlp, kb, "Leaders of the Kenya Farmers Union (AKK) criticised the new tax on Monday.")
    assert not any(c.startswith("DEU") for _, c in found), found


def test_the_host_of_an_embassy_is_the_target(coder):
    evs = coded(coder, "Chile opened an embassy in Hanoi last week.")
    assert any(s == "CHL" and t == "VNM" for s, t, c in evs), evs


def test_the_subject_of_a_for_clause_is_asked(coder):
    # "is pushing for X to do": the one asked is X, not the asker's own country
    evs = coded(coder, "Norway is pushing hard for Sweden to support the new fishing quota.")
    assert any(s == "NOR" and t == "SWE" and c.startswith("10") for s, t, c in evs), evs


def test_who_reacts_to_an_act_does_not_do_it(coder):
    # the one who condemns, survives or treats the victims of a bombing is not its author
    for text in ("The Kenyan president condemned the bombing.",
                 "The Kenyan president survived the bombing.",
                 "Kenyan doctors treated the victims of the bombing.",
                 "The Kenyan president spoke out against the bombing."):
        assert not any(c.startswith("18") for s, t, c in coded(coder, text)), text
    # a verb of doing keeps it, through a noun of responsibility too
    evs = coded(coder, "Somali rebels claimed responsibility for the bombing of the Kenyan embassy.")
    assert any(s and s.startswith("SOM") and c.startswith("18") for s, t, c in evs), evs


def test_a_country_word_inside_a_name_owns_nothing(coder):
    # "the Jakarta Post" is a newspaper, not a thing of Indonesia acted on
    evs = coded(coder, 'A Kenyan police spokesman told the Jakarta Post, "It was a quiet night."')
    assert not any(t == "IDN" for s, t, c in evs), evs


def test_a_nationality_before_a_noun_of_agency_is_its_agent(coder):
    # "agreed to US mediation": the US mediates (also early in a short text, where a word's
    # token index equals a character offset inside an earlier mention)
    evs = coded(coder, "The Kenyan foreign minister agreed to US mediation in the border dispute with Uganda.")
    assert any(s and s.startswith("KEN") and t == "USA" for s, t, c in evs), evs
    evs = coded(coder, "The Kenyan foreign minister on Monday criticised US sanctions against Uganda.")
    assert any(s and s.startswith("KEN") and t == "USA" for s, t, c in evs), evs
