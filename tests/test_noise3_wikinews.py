"""Kinds of wrong events seen on Wikinews (fifth session, noise3), removed by general rules
and data rows; made-up sentences, full pipeline."""

from __future__ import annotations

from test_event_types_more import DATE, coded, codes  # noqa: F401


def _actors(coder, text):
    return {x for c in coded(coder, text) for x in c[1:3]}


# -- "according to X": X only reports the event ----------------------------------------------

def test_who_an_event_is_according_to_is_no_target(coder):
    # the reporter is no target of the event it reports
    assert "USAGOV" not in _actors(coder, "The airline flies weapons to Syria, according to a statement by "
                                          "US Secretary of State Mike Pompeo.")
    assert "FRAJUD" not in _actors(coder, "The Kenyan government has admitted paying the rebels, according to "
                                          "French prosecutors.")
    # nor does a nationality word in the attribution name whose object it is
    assert "DEU" not in _actors(coder, "French President Emmanuel Macron has admitted meeting the rebels, "
                                       "according to German officials.")


def test_who_an_event_is_according_to_is_no_pronoun_antecedent(coder):
    # "he" in the reported clause is not the reporter
    assert "NZLGOV" not in _actors(coder, "According to New Zealand Prime Minister Jacinda Ardern, the gunman had "
                                          "a licence for the rifles he used for the attack.")


def test_a_reported_attack_still_codes_with_its_own_actors(coder):
    assert [c[:3] for c in coded(coder, "According to Iraqi officials, American troops attacked a village near "
                                        "Fallujah on Monday.")] == [("190", "USAMIL", "IRQCVL")]
    assert [c[:3] for c in coded(coder, "Russian forces shelled Kharkiv, according to Ukrainian President "
                                        "Volodymyr Zelensky.")] == [("190", "RUSMIL", "UKR")]


# -- attacks in words -----------------------------------------------------------------------

def test_a_person_attacking_a_person_criticises(coder):
    assert [c[:3] for c in coded(coder, "Senator Kamala Harris attacked Joe Biden during the debates.")] \
        == [("111", "USALEG", "USAGOV")]
    assert [c[:3] for c in coded(coder, "Senator Kamala Harris attacked Joe Biden.")] == [("111", "USALEG", "USAGOV")]


def test_an_attack_in_a_forum_of_words_or_characterising_criticises(coder):
    assert codes(coder, "The president attacked the opposition leader on Twitter.") == ["111"]
    assert codes(coder, "President Trump attacked the Iranian foreign minister in a speech on Monday.") == ["111"]
    # aimed at no actor: nothing
    assert codes(coder, "The Iranian president attacked what he considered to be errors of imperialism.") == []
    assert codes(coder, "Barack Obama attacked the talk show host as a liar.") == []


def test_attacks_on_a_policy_are_words(coder):
    assert codes(coder, "Obama criticised Trump for his attacks on mail-in voting.") == ["111"]
    assert codes(coder, "The Iranian foreign minister attacked the plan.") == ["111"]


def test_physical_attacks_stay_force(coder):
    assert codes(coder, "A man attacked a woman with a knife in London.") == ["194"]
    assert [c[:3] for c in coded(coder, "Syrian President Bashar al-Assad attacked the rebel-held town of Douma.")] \
        == [("190", "SYRGOV", "SYR")]
    assert codes(coder, "Israeli troops attacked the Hamas base as part of an offensive.") == ["190"]
    assert codes(coder, "Rebels launched attacks on army positions near Aleppo.") == ["190"]
    assert "190" in codes(coder, "Osama bin Laden orchestrated the 2001 attacks on the United States.")


# -- contests of the market and the vote ----------------------------------------------------

def test_companies_competing_use_no_force(coder):
    assert codes(coder, "Northrop Grumman and EADS defeated Boeing to win a massive order for tankers.") == []
    assert codes(coder, "Boeing battled the Pentagon over the contract.") == []


def test_beating_a_candidate_is_no_force(coder):
    assert codes(coder, "Barack Obama defeated John McCain.") == []


def test_fighting_the_good_fight_is_no_force(coder):
    assert codes(coder, "President Trump vowed to keep fighting the good fight with court cases.") == []


def test_armed_defeats_stay_force(coder):
    assert [c[:3] for c in coded(coder, "US troops defeated the Islamic State in Raqqa.")] \
        == [("190", "USAMIL", "IMGMUSISI")]
    assert codes(coder, "The Syrian army defeated the rebels near Aleppo.") == ["190"]


# -- a politician's supporters are not the politician ----------------------------------------

def test_a_persons_supporters_are_civilians_of_the_country(coder):
    assert [c[:2] for c in coded(coder, "Jair Bolsonaro supporters protested in Brasilia.")] == [("140", "BRACVL")]
    assert [c[:3] for c in coded(coder, "Supporters of President Trump clashed with police in Washington.")] \
        == [("190", "USACVL", "USACOP")]


def test_a_groups_supporters_and_the_person_stay(coder):
    assert [c[:2] for c in coded(coder, "Hamas supporters protested in Gaza.")] == [("140", "PSEREBHMS")]
    assert [c[:2] for c in coded(coder, "President Trump criticised the Democrats.")] == [("111", "USAGOV")]


# -- protests as circumstance ---------------------------------------------------------------

def test_protests_in_an_absolute_clause_are_not_the_subjects(coder):
    assert codes(coder, "The next day, with protests ongoing, President Trump delivered a speech.") == []
    assert codes(coder, "With protests continuing in Nairobi, the Kenyan president delivered a speech.") == []
    assert codes(coder, "Amid protests, the Kenyan president delivered a speech.") == []


def test_protests_staged_keep_their_source(coder):
    assert [c[:2] for c in coded(coder, "The Kenyan opposition staged protests in Nairobi.")] == [("141", "KENOPP")]
    assert [c[:2] for c in coded(coder, "Protests were staged by the Kenyan opposition in Nairobi.")] \
        == [("141", "KENOPP")]


# -- vocabulary: documents released, access given, family round a deathbed ------------------

def test_releasing_a_document_is_no_release_of_persons(coder):
    assert codes(coder, "The Kenyan government released a list of 700 banned companies.") == []
    assert codes(coder, "The Kenyan president released his tax returns.") == []
    assert codes(coder, "The Kenyan president promised to release the files from the investigation.") == []
    # prisoners released stay 0841
    assert codes(coder, "The Kenyan army released 40 rebel prisoners.") == ["0841"]


def test_ballot_access_and_family_round_a_deathbed_are_no_events(coder):
    assert codes(coder, "The Kenyan party gave the candidate ballot access in Nairobi.") == []
    assert codes(coder, "The Kenyan president died at home in Nairobi, surrounded by family.") == []
    assert codes(coder, "Protesters surrounded the Kenyan senator.") == ["190"]


# -- a phrase of circumstance holds no target -------------------------------------------------

def test_despite_or_amid_holds_no_target(coder):
    assert codes(coder, "The Turkish president announced the change on Friday, despite criticism by the Greek "
                        "foreign minister and UNESCO.") == []
    # the object's own country stays
    assert [c[:3] for c in coded(coder, "Turkey imposed restrictions on Greek goods despite protests.")] \
        == [("163", "TUR", "GRC")]
    assert [c[:3] for c in coded(coder, "The Turkish president met the Greek prime minister despite the dispute.")] \
        == [("040", "TURGOV", "GRCGOV")]


# -- a vote is no event of its own ------------------------------------------------------------

def test_a_vote_codes_what_is_voted_not_the_vote(coder):
    assert codes(coder, "Conservative Party members voted to elect Boris Johnson as party leader.") == []
    assert codes(coder, "Britons voted in a referendum to leave the European Union.") == []
    # what is voted is coded, and a vote against stays a rejection
    assert codes(coder, "The Kenyan parliament voted to withdraw troops from Somalia.") == ["0356"]
    assert codes(coder, "The Kenyan parliament voted against sending troops to Somalia.") == ["120"]


# -- the imported DISPATCH block: "(to)" is EXPORT's --------------------------------------------

def test_dispatching_to_a_place_is_no_trade(coder):
    assert codes(coder, "Kenya dispatched a diplomat to Uganda.") == []
    assert [c[:3] for c in coded(coder, "Kenya dispatched troops to the Ugandan border.")] == [("154", "KEN", "UGA")]
    assert codes(coder, "Kenya dispatched peacekeeping troops to Somalia.") == ["074"]
    assert codes(coder, "Kenya dispatched a team of doctors to Uganda.") == ["073"]
    # exports stay material cooperation
    assert codes(coder, "Kenya exported tea to Uganda.") == ["061"]


def test_restoring_a_utility_is_no_restoring_of_ties(coder):
    assert "064" not in codes(coder, "The Kenyan government restored electricity to the town after talks on ties "
                                     "with Uganda.")
    assert codes(coder, "Kenya restored relations with Uganda.") == ["064"]
    assert codes(coder, "Kenya restored diplomatic relations with Uganda after talks on power sharing.") == ["064"]
