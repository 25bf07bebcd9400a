"""Common wire phrasings the small parser misreads or the imported rows miscode (made-up
sentences, full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401 (one helper for the event-side tests)


def pairs(coder, text):
    return [(c, s, t) for c, s, t, _ in coded(coder, text)]


def test_plural_strikes_that_killed_people_are_the_subject(coder):
    # the parser reads "airstrikes killed ..." as a noun with a participle
    for text in ("Norwegian airstrikes killed at least 30 people in Chile.",
                 "Norwegian airstrikes killed at least 30 people in Chile, the Chilean health ministry said."):
        code, source, _ = pairs(coder, text)[0]
        assert code in ("190", "195") and source == "NOR", text


def test_a_name_after_a_comma_that_modifies_a_noun_is_no_list_item(coder):
    events = coder.code("Rebels killed 30 people in Chile, the Norway-based monitor said.", published=DATE)
    assert all("NOR" not in (e.target.code if e.target else "") for e in events)


def test_weapons_are_instruments_not_partners(coder):
    assert pairs(coder, "Norway attacked Chile with drones.") == [("190", "NOR", "CHL")]
    assert [t for _, _, t in pairs(coder, "Chilean rebels attacked a ship with drones and missiles.")] == ["CHL"]
    # a missile fired off a coast is no complaint "fired off" (110)
    assert [c for c, _, _ in pairs(coder, "Norway fired two missiles at Chile.")] == ["190"]
    assert all(c != "110" for c, _, _ in pairs(coder, "Norway fired a missile into the sea off its coast."))


def test_signing_a_deal_is_an_agreement(coder):
    assert pairs(coder, "Norway signed a deal with Chile.") == [("057", "NOR", "CHL")]


def test_an_event_noun_modifying_a_noun_is_no_event(coder):
    # "aid worker": no aid given
    assert [c for c, _, _ in pairs(coder, "Chilean rebels arrested a Norwegian aid worker in Santiago.")] == ["173"]


def test_whose_decision_is_condemned(coder):
    assert pairs(coder, "Chile condemned the Norwegian decision to sell weapons to Peru.") == [("111", "CHL", "NOR")]


def test_a_subject_hung_on_the_auxiliary(coder):
    got = pairs(coder, "Norway and Chile are mediating between Peru and Bolivia.")
    assert sorted(got) == [("045", s, t) for s in ("CHL", "NOR") for t in ("BOL", "PER")]


def test_coordinated_signers_sign_with_each_other(coder):
    # (a trade agreement: economic cooperation, 061)
    got = pairs(coder, "Norway and Chile signed a trade agreement during a visit to Peru.")
    assert sorted(got) == [("061", "CHL", "NOR"), ("061", "NOR", "CHL")]


def test_a_possessive_pronoun_gives_its_agent_a_country(coder):
    # "its forces": Norway's, not the country of the place
    assert pairs(coder, "Norway said its forces had attacked rebel positions near Lima.")[0][1] == "NORMIL"


def test_what_is_denied_is_not_coded(coder):
    assert pairs(coder, "Norway denied that its forces had attacked civilians in Chile.") == []
    assert pairs(coder, "Norway denied attacking civilians in Chile.") == []
    # a denial is no refusal of cooperation
    assert pairs(coder, "Norway denied supplying drones to Chile.") == []
    assert [c for c, _, _ in pairs(coder, "Norway refused to supply drones to Chile.")] == ["122"]


def test_whose_object_before_an_actor_named_further_on(coder):
    assert pairs(coder, "Chilean rebels released four Norwegian hostages in exchange for Peruvian prisoners.") \
        == [("0841", "CHLREB", "NOR")]


def test_a_protest_lodged_with_a_government(coder):
    assert pairs(coder, "Norway lodged a protest with Chile over the detention of a Norwegian national.") \
        == [("110", "NOR", "CHL")]


def test_envoys_recalled_and_expelled(coder):
    # "its ambassador from X": the envoy is the source's, X the host
    assert pairs(coder, "The Norwegian government recalled its ambassador from Chile.") == [("161", "NORGOV", "CHL")]
    # an envoy the pattern names is the target when it is another country's
    assert pairs(coder, "Norway expelled the ambassador from Chile.") == [("166", "NOR", "CHLGOV")]


def test_a_region_adjective_is_no_country(coder):
    # "Latin American" is no "American"
    assert pairs(coder, "Venezuela expelled diplomats from seven Latin American countries.") == []


def test_an_urging_is_an_appeal_to_whom_it_is_addressed(coder):
    # the appeal code for what is asked (appeal_codes): release 0253, talks 026
    assert pairs(coder, "Norway urged Chile to release the prisoners.") == [("0253", "NOR", "CHL")]
    assert pairs(coder, "Norway urged Chile to hold talks.") == [("026", "NOR", "CHL")]
    assert pairs(coder, "Norway urged Chile to show restraint.") == [("020", "NOR", "CHL")]
