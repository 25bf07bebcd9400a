"""Actors implied by place or custody (fifth session, actors12): an ethnic people placed away
from its kin state, harm done in someone's custody, an attempt on a life with no attacker
named.  Made-up sentences, full pipeline."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401


def _triples(coder, text):
    return [c[:3] for c in coded(coder, text)]


# -- ethnic peoples: not in their kin state ------------------------------------------------

def test_an_ethnic_people_is_placed_on_the_near_side_of_a_border(coder):
    # "near X's border with Y": they are in X, not in Y, nor in their kin state
    assert _triples(coder, "Ethnic Serbs have vowed to fight until they regain control of towns near "
                           "Kosovo's border with Serbia, Kosovar officials said Monday.") == [("138", "XKX", "XKX")]


def test_an_ethnic_people_is_not_where_it_is_to_be_sent(coder):
    # "deport them to Y": they are in the deporting country, not yet in Y
    assert _triples(coder, "About 500 ethnic Hungarians began a hunger strike on Friday to protest against "
                           "Austria's decision to deport them to Romania.") == [("142", "AUT", "AUT")]


def test_an_ethnic_people_does_not_take_its_kin_state_by_default(coder):
    # the kin state is not the one country the sentence names for them
    assert ("111", "HUNGOV", "SVK") in _triples(
        coder, "Hungarian officials criticized Slovakia over its treatment of ethnic Hungarians.")
    assert all(t[2] != "SRB" for t in _triples(coder, "The Serbian government condemned attacks on ethnic Serbs."))


def test_an_ethnic_people_placed_by_its_own_phrase_is_unchanged(coder):
    assert _triples(coder, "Ethnic Albanians in Macedonia protested against the government on Tuesday.") \
        == [("140", "MKD", "MKDGOV")]
    assert _triples(coder, "Police arrested ten ethnic Serbs in northern Kosovo after clashes.") \
        == [("173", "XKXCOP", "XKX")]


def test_a_far_side_of_a_border_still_counts_for_other_agents(coder):
    # only peoples are kept off the far side; a group with a country keeps it
    assert _triples(coder, "Karen rebels attacked a Myanmar army post near the border with Thailand.") \
        == [("190", "MMRREB", "MMRMIL")]


# -- harm in custody: the custodian did it -------------------------------------------------

def test_harm_in_custody_is_done_by_the_custodian(coder):
    assert ("182", "EGYCOP", None) in [(c, s, None) for c, s, _ in _triples(
        coder, "A blogger was beaten in Egyptian police custody.")]
    assert _triples(coder, "A Ukrainian journalist was tortured in Russian detention last year.") \
        == [("1822", "RUS", "UKRMED")]


def test_a_death_from_torture_in_custody_is_the_torture_of_the_one_held(coder):
    assert _triples(coder, "A Palestinian detainee died after torture in Israeli custody.") \
        == [("1822", "ISR", "PSEOPP")]
    assert ("1822", "TURCOP") in [t[:2] for t in _triples(
        coder, "A Kurdish activist died as a result of torture while in Turkish police custody, his lawyer said.")]


def test_custody_does_not_replace_a_named_doer_or_code_a_bare_death(coder):
    # a named doer stays the source; a death in custody with no harm named is no event (CAMEO)
    assert _triples(coder, "Syrian police tortured the suspect in Jordanian custody.")[0][1] == "SYRCOP"
    assert _triples(coder, "A Ukrainian journalist died in Russian detention last year.") == []


# -- an attempt on a life: CAMEO 185 -------------------------------------------------------

def test_a_thwarted_attempt_on_a_life_is_an_attempt_to_assassinate(coder):
    # no attacker named: the country where it happened, as for unattributed violence
    assert _triples(coder, "An attempt to assassinate the mayor of the Kherson region was thwarted in Kharkiv, "
                           "police said.") == [("185", "UKR", "UKRGOV")]
    assert [t[:2] for t in _triples(coder, "A bid to murder the opposition leader was thwarted in Tbilisi.")] \
        == [("185", "GEO")]


def test_the_foiler_of_an_attempt_is_not_its_source(coder):
    assert _triples(coder, "Police foiled an attempt to kill the governor of Kano state in Kano.") \
        == [("185", "NGA", "NGAGOV")]


def test_an_attempt_with_its_own_agent(coder):
    assert [t[0] for t in _triples(coder, "An attempt by Taliban gunmen to kill a judge was foiled in Karachi.")] \
        == ["185"]


def test_a_foiled_plot_is_no_attempt(coder):
    assert _triples(coder, "A plot to kill the president was foiled by security services in Nairobi.") == []
