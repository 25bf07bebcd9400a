"""Event-side rules, fourth round, on whole made-up sentences (full pipeline): what a sending
or arrival was for, peacekeeping deployments, aid teams, steps taken, mutual cooperation and
agreeing with an opinion."""

from __future__ import annotations

from test_event_types_more import DATE, codes, coded  # noqa: F401 (one helper for the event-side tests)


def test_a_sending_or_arrival_is_coded_as_what_it_was_for(coder):
    # the purpose clause names the act: investigation (090), aid (070), not the motion
    assert [c[:3] for c in coded(coder, "Kenya sent a team of experts to investigate the bombing in Uganda.")] \
        == [("090", "KEN", "UGA")]
    # the target is the motion's destination, not who is sent
    assert [c[:3] for c in coded(coder, "France dispatched officials to Qatar to investigate the killings.")] \
        == [("090", "FRA", "QAT")]
    assert [c[:3] for c in coded(coder, "Indian troops arrived in Nepal to help deliver aid.")] == [("070", "INDMIL", "NPL")]
    # the purpose happens as the sending does
    assert coded(coder, "Kenya will send experts to investigate the bombing in Uganda.")[0][3] == "intended"
    # other purposes leave the motion the event
    assert codes(coder, "Kenya sent troops to Somalia to fight the rebels.") == ["154"]


def test_teams_of_rescuers_doctors_or_experts_sent_are_aid(coder):
    assert [c[:3] for c in coded(coder, "Kenya sent a team of medical experts and drugs to Uganda.")] == [("073", "KEN", "UGA")]
    assert [c[:3] for c in coded(coder, "Kenya deployed rescue teams to Uganda.")] == [("073", "KEN", "UGA")]
    assert [c[:3] for c in coded(coder, "Kenya sent experts to Uganda.")] == [("070", "KEN", "UGA")]


def test_troops_sent_as_peacekeepers_provide_protection(coder):
    # CAMEO 074, not the deployment (154); the country, not the UN running the mission
    assert [c[:3] for c in coded(coder, "Kenya deployed 500 troops to the UN peacekeeping mission in Mali.")] \
        == [("074", "KEN", "MLI")]
    assert [c[:3] for c in coded(coder, "Kenyan troops were deployed as peacekeeping forces in Somalia.")] \
        == [("074", "KENMIL", "SOM")]
    assert [c[:3] for c in coded(coder, "Kenya sent troops to Somalia to serve as a peacekeeping force.")] \
        == [("074", "KEN", "SOM")]


def test_steps_taken_are_the_act_they_take(coder):
    # "took steps / measures / action to X": X is the event, by the subject of "take"
    assert [c[:4] for c in coded(coder, "The Zambian government has taken cautious steps to widen civil liberties.")] \
        == [("0811", "ZMBGOV", "ZMB", "asserted")]
    assert [c[:3] for c in coded(coder, "Zambia took measures to restore ties with Malawi.")] == [("064", "ZMB", "MWI")]
    # a promised step is intended
    assert coded(coder, "Zambia will take action to ease curbs on the media.")[0][3] == "intended"


def test_easing_restrictions_on_political_freedoms(coder):
    # CAMEO 0811, not the lifting of sanctions (085)
    assert codes(coder, "The Zambian government lifted restrictions on the press.") == ["0811"]
    assert codes(coder, "The Zambian government expanded political freedoms.") == ["0811"]
    assert codes(coder, "The Zambian government lifted sanctions on Malawi.") == ["085"]


def test_material_cooperation_with_a_partner_is_mutual(coder, nlp):
    # the manner says what cooperation (062 military, 061 economic), not 050
    assert [c[:3] for c in coded(coder, "Zambia cooperated militarily with Malawi.")] == [("062", "ZMB", "MWI")]
    # with the paired events of code2, the partner does it too (PLOVER COOPERATE is mutual)
    from accord import Coder

    paired = Coder(nlp=nlp, paired=True)
    both = lambda text: sorted((e.cameo, e.source.code, e.target.code) for e in paired.code(text, published=DATE))  # noqa: E731
    assert both("Zambia held exercises with Malawi.") == [("062", "MWI", "ZMB"), ("062", "ZMB", "MWI")]
    assert both("Zambia exchanged intelligence with Malawi.") == [("064", "MWI", "ZMB"), ("064", "ZMB", "MWI")]
    # sharing gives: one way
    assert both("Zambia shared expertise with Malawi.") == [("064", "ZMB", "MWI")]


def test_agreeing_with_a_view_is_no_agreement_to_cooperate(coder):
    # "agree with X that ...": an opinion shared (010), not an intent to cooperate (030)
    assert [c[:3] for c in coded(coder, "The Zambian government agreed with Malawi that the dam must be rebuilt.")] \
        == [("010", "ZMBGOV", "MWI")]
    # a thing agreed with is endorsed (051)
    assert [c[:3] for c in coded(coder, "Zambia agreed with the recommendation of Malawi.")] == [("051", "ZMB", "MWI")]
    # agreements stay agreements: to do something, on something, that something will be done
    assert codes(coder, "Zambia agreed with Malawi that talks would resume in May.")[0] == "030"
    assert codes(coder, "Zambia agreed with Malawi on a ceasefire.") == ["030"]
    assert codes(coder, "Zambia and Malawi agreed on a ceasefire.") == ["030", "030"]
    assert codes(coder, "Zambia agreed with Malawi to reopen the border.") != []
