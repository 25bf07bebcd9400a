"""Event-side rules, third round, on whole made-up sentences (full pipeline): the singular
"talk", sharing, vows to fight, demobilisation, preparing force, repression, demands,
and where targets are not found."""

from __future__ import annotations

from test_event_types_more import DATE, codes, coded  # noqa: F401 (one helper for the event-side tests)


def test_singular_talk_is_a_consultation_with_a_partner_or_topic(coder):
    assert [c[:3] for c in coded(coder, "Kenya held talk with Uganda on Monday.")] == [("040", "KEN", "UGA")]
    assert [c[:3] for c in coded(coder, "Kenyan envoys returned to Geneva for talk with Uganda on trade.")] \
        == [("040", "KENGOV", "UGA")]
    # the plural keeps its own row; a plural whose own rows do not fit takes the singular's
    assert codes(coder, "Kenya held talks with Uganda on Monday.") == ["040"]
    assert codes(coder, "Palestinian prisoners in Israel staged hunger strikes on Monday.") == ["142"]
    # no negotiation: a show, a lecture, chatter
    assert codes(coder, "The Kenyan president appeared on a talk show in Uganda.") == []
    assert codes(coder, "The Kenyan president gave a talk on Uganda at Oxford.") == []
    assert codes(coder, "The Kenyan president made small talk with Ugandan officials.") == []


def test_sharing_expertise_or_technology_is_sharing_information(coder):
    # CAMEO 064: the subject shares, the "with" object receives
    assert [c[:3] for c in coded(coder, "Kenya shared expertise with Uganda on border security.")] == [("064", "KEN", "UGA")]
    assert [c[:3] for c in coded(coder, "Kenyan police shared technology with Ugandan police.")] == [("064", "KENCOP", "UGACOP")]
    # talking about one's past with reporters, or a border, is no such sharing
    assert codes(coder, "The Kenyan president shared his experience of the war with reporters.") == []
    assert codes(coder, "Kenya and Uganda share a border.") == []


def test_demanding_something_from_another_is_a_demand_of_it(coder):
    # CAMEO 10 (demand), not the appeal (02); the "from" object is who is asked
    assert [c[:3] for c in coded(coder, "Somali rebels demanded money from Kenya.")] == [("1031", "SOMREB", "KEN")]
    assert [c[:3] for c in coded(coder, "The Kenyan government demanded support for Somalia from the African Union.")] \
        == [("102", "KENGOV", "IGOAFRAFU")]
    assert [c[:3] for c in coded(coder, "Somali rebels demanded aid from Kenya for the refugees.")] == [("103", "SOMREB", "KEN")]


def test_preparing_force_is_mobilising_it(coder):
    # CAMEO 154 (PLOVER MOBILIZE), not a threat of force (138); the preparation is under way
    assert coded(coder, "Syrian troops prepared to attack the rebels in Aleppo.")[0][0::3] == ("154", "asserted")
    assert codes(coder, "Chadian rebels were preparing to launch an offensive on the capital.") == ["154"]
    assert codes(coder, "Syrian troops were preparing to resume shelling of Aleppo.") == ["154"]
    assert codes(coder, "Syrian troops are poised to attack Aleppo.") == ["154"]
    # a plan or a willingness is still an intent
    assert codes(coder, "Syria plans to attack Turkey.") == ["138"]
    assert codes(coder, "The Syrian army said it was prepared to fight Turkey.") == ["138"]


def test_a_vow_to_fight_an_actor_is_a_threat_of_force(coder):
    # CAMEO 138, whatever PETRARCH's rows for the fought say ("fight * government": 111)
    assert [c[:2] for c in coded(coder, "The Taliban vowed to fight the Afghan government.")] == [("138", "AFGREB")]
    assert codes(coder, "Hamas swore to battle Israel.") == ["138"]
    assert codes(coder, "Malian rebels pledged to fight on.") == ["138"]
    # a vow to fight a thing is no threat of force
    assert codes(coder, "The Kenyan opposition vowed to fight the government decision in court.") == ["111"]
    assert codes(coder, "The Kenyan president vowed to fight corruption.") == []


def test_a_force_demobilized_without_agent_is_the_actor_of_its_retreat(coder):
    # CAMEO 0873: the demobilized rebels retreat (source), their country the target
    assert [c[:3] for c in coded(coder, "Two thousand rebels in Congo were demobilized.")] == [("0873", "CODREB", "COD")]
    assert [c[:3] for c in coded(coder, "The Liberian rebels demobilized their fighters last week.")] == [("0873", "LBRREB", "LBR")]
    # other passives without agent keep no source of the victim
    assert [c[1] for c in coded(coder, "Congolese rebels were killed in Kinshasa.")] != ["CODREB"]


def test_force_for_a_purpose_is_coded_as_that_purpose(coder):
    # dispersing a crowd is violent repression (CAMEO 175)
    assert codes(coder, "Kenyan police dispersed protesters with tear gas in Nairobi.") == ["175"]
    assert codes(coder, "Kenyan police broke up a rally of the opposition in Nairobi.") == ["175"]
    # the purpose clause says what the shooting at no one named was: repression, not 193
    assert [c[:2] for c in coded(coder, "Kenyan police opened fire to disperse demonstrators in Nairobi.")] \
        == [("175", "KENCOP")]
    # force at someone named keeps its own code
    assert codes(coder, "Kenyan police opened fire on demonstrators in Nairobi.") == ["193"]
    # purposes that are no force take no source from the clause above
    assert codes(coder, "The Kenyan president took steps to promote an image of openness in Kenya.") == []


def test_no_target_from_a_clause_of_manner_or_time(coder):
    # "without returning to X", "after visiting X" say how or when, not to whom
    # (a resignation has no recipient: no target at all)
    assert [c[2] for c in coded(coder, "The Kenyan president agreed to resign without returning to Uganda.")] == [None]
    assert [c[2] for c in coded(coder, "The Kenyan government lifted the curfew after returning from Uganda.")] == ["KEN"]
    # a target named in the verb's own phrase is still found
    assert [c[2] for c in coded(coder, "Kenya criticized Uganda after meeting Somali leaders.")] == ["UGA"]


def test_whoever_leads_what_is_refused_is_the_target(coder):
    # "the X-led N against Y": one event, toward X
    assert [c[:3] for c in coded(coder, "Canada refused to assist the Kenyan-led war against Somalia.")] == [("121", "CAN", "KEN")]
    assert [c[:3] for c in coded(coder, "Canada refused help to the Kenyan-led war against Somalia.")] == [("120", "CAN", "KEN")]
    # without a leader the "against" object stays the target
    assert [c[2] for c in coded(coder, "Canada sent aid to the war against Somalia.")] == ["SOM"]


def test_massing_force_is_mobilising_it(coder):
    assert [c[:3] for c in coded(coder, "Russian troops were massed on the Ukrainian border.")] == [("154", "RUSMIL", "UKR")]
    assert codes(coder, "Russia has massed tanks and soldiers along its border with Ukraine.") == ["154"]
    # a crowd massing is no army
    assert codes(coder, "Crowds massed outside the Russian parliament.") == []


def test_a_refusal_gives_way_to_the_event_noun_it_governs(coder):
    # one event: the assistance refused (122), toward whoever leads the war, not also a bare
    # refusal (120) toward what the war is against
    assert [c[:3] for c in coded(coder, "Canada has refused to commit to any assistance to the Kenyan-led war against Somalia.")] \
        == [("122", "CAN", "KEN")]
