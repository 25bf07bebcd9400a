"""Kinds of wrong events seen on real news (second round), removed by general rules and
data rows, on whole made-up sentences (full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded, codes  # noqa: F401 (one helper for the event-side tests)


def test_dismissing_an_official_is_no_shooting_nor_criticism(coder):
    assert codes(coder, "The Kenyan president fired his vice president on Monday.") == []
    assert codes(coder, "The Kenyan president fired the chief prosecutor.") == []
    assert codes(coder, "A Ukrainian prosecutor was fired by the Ukrainian government.") == []
    # weapons fired stay force
    assert codes(coder, "Syrian troops fired rockets at Israel.") == ["194"]


def test_running_for_a_nomination_is_no_disapproval(coder):
    assert codes(coder, "The Kenyan senator contended for the party's presidential nomination.") == []


def test_complaining_about_a_decision_is_no_praise(coder):
    assert [c[:3] for c in coded(coder, "Kenyan farmers complained about the decision of the Ugandan government.")] \
        == [("114", "KENAGR", "UGAGOV")]


def test_signing_a_decree_codes_what_it_decrees(coder):
    assert codes(coder, "The Tunisian prime minister signed a decree banning the niqab.") == ["172"]
    assert codes(coder, "The Tunisian prime minister signed a decree on public holidays.") == []


def test_what_a_joint_announcement_says_is_no_mutual_act(coder):
    # "reciprocal" in what is announced does not make the announcing mutual
    assert codes(coder, "The Bank of Canada, the Bank of England and the Bank of Japan jointly announced "
                        "that they would be working together to provide reciprocal credit arrangements.") == []
    # a telephone call between two leaders is with each other
    assert sorted(c[:3] for c in coded(coder, "The leaders of Kenya and Uganda spoke by telephone on Friday.")) \
        == [("041", "KENGOV", "UGAGOV"), ("041", "UGAGOV", "KENGOV")]
    assert sorted(c[:3] for c in coded(coder, "The presidents of Kenya and Uganda spoke on the phone.")) \
        == [("041", "KENGOV", "UGAGOV"), ("041", "UGAGOV", "KENGOV")]


def test_pattern_words_in_a_participle_deep_in_the_object_are_not_read(coder):
    # "deploy * control" (080) must not take "controlled" from the territory's modifier
    assert codes(coder, "Kenyan troops began deploying into previously rebel controlled territory in Somalia.") == []
    assert codes(coder, "Kenya sent armed forces to Somalia.") == ["154"]


def test_event_nouns_inside_proper_names_are_no_events(coder):
    assert "141" not in codes(coder, "Police in Seattle cleared the Capitol Hill Organized Protest on Monday.")
    assert "141" not in codes(coder, "The Kenyan opposition founded the Nairobi Peace Protest in 2019.")
    # a verb between capitalised words names too; a headline keeps its words
    assert codes(coder, "Seattle police cleared the Capitol Hill Occupied Protest on Monday.") == ["080"]
    assert codes(coder, "In Nairobi, Kenyan Police Arrested three men on Monday.") == ["173"]
    # an event noun in running text stays
    assert codes(coder, "Kenyan students staged protests in Nairobi.") == ["141"]


def test_a_politicians_rally_is_no_protest(coder):
    DAY = "2020-09-01"
    assert [e.cameo for e in coder.code("Donald Trump held a rally in Nevada on Monday.", published=DAY)] == []
    assert [e.cameo for e in coder.code("Donald Trump returned to the campaign trail with a rally in Florida.",
                                        published=DAY)] == []
    # an opposition leader's rally and a crowd's rally stay protests
    assert codes(coder, "The Kenyan opposition leader Raila Odinga led a rally against the government in Nairobi.") \
        == ["141"]
    assert codes(coder, "Thousands of Kenyan students held a rally in Nairobi.") == ["141"]


def test_research_by_scientists_is_no_investigation(coder):
    assert codes(coder, "Scientists from the University of Nairobi examined the reason for the decline in Kenya.") == []
    assert codes(coder, "Chinese scientists studying patients in Wuhan reported new symptoms.") == []
    # investigators of a state keep theirs
    assert codes(coder, "UN inspectors examined the Iraqi facility.") == ["090"]
