"""Events whose arguments the small parser hides in long wire sentences: a main verb read as
a participle, an object after a phrase of time or measure, a passive's agent set off by a
comma, a list's last item after an inserted phrase, a vow's infinitive read as a purpose
(made-up sentences, full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401 (one helper for the event-side tests)


def triples(coder, text, published=DATE):
    return sorted({(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                   for e in coder.code(text, published=published)})


# -- a main verb read as a participle on a noun of the subject ---------------------------

def test_coordinated_verbs_after_a_subject_read_as_a_noun_phrase(coder):
    # "donated" hung on "groups" as a participle; the sentence's root is "Doctors"
    got = triples(coder, "Doctors from two American aid groups donated and personally delivered "
                         "$50,000 worth of medicine to Baghdad University Medical School.")
    assert got == [("070", "USAHLH", "IRQEDU")]


def test_a_singular_subject_read_as_a_noun_phrase(coder):
    got = triples(coder, "The Thai junta relaxed by three hours the curfew imposed in the capital.")
    assert got == [("0813", "THAGOV", "THA")]


def test_a_noun_phrase_with_a_participle_and_no_object_stays_one(coder):
    assert triples(coder, "Weapons seized from Syrian rebels last month were displayed in Damascus.") == []
    # "a coup removed X, and another Y": the root noun is coordinated, no subject of the verb
    got = triples(coder, "A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another "
                         "his sister Yingluck Shinawatra in 2014.", published="2019-03-20")
    assert all(s != "THAELI" for _, s, _ in got)


# -- an object after a phrase of time or measure ------------------------------------------

def test_an_object_after_a_phrase_of_measure(coder):
    for text, code in (
            ("Sudan's president on Thursday shortened by one hour the nightly curfew imposed in the "
             "country after a coup toppled the civilian government.", "0813"),
            ("Chile's military rulers lifted after 12 years the curfew imposed when the army seized power.", "0813"),
            ("The Kenyan president on Monday lifted after three months the state of emergency declared "
             "after the riots.", "0814")):
        assert code in {c for c, _, _ in triples(coder, text)}, text


def test_a_clause_after_a_verb_of_saying_is_no_object(coder):
    # a real clause (its own verb with an auxiliary, or a verb of saying): nothing displaced
    assert triples(coder, "The Syrian army said on Monday the curfew imposed on Homs ended.") == []
    got = triples(coder, "Israel reopened on Sunday the crossing closed after militants fired rockets at Sderot.")
    assert all(c[:2] != "08" for c, _, _ in got)


# -- a passive's agent set off by a comma -------------------------------------------------

def test_a_passive_agent_hung_on_a_later_clause(coder):
    got = triples(coder, "Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million "
                         "in public funds, much of it believed to have been embezzled, by current Haitian "
                         "government officials.", published="2004-06-01")
    assert got == [("112", "HTIGOV", "HTIELI")]
    got = triples(coder, "Two Turkish soldiers were killed in the attack, the army said, by PKK militants.")
    assert [(s, t) for _, s, t in got] == [("TURREB", "TURMIL")]


def test_an_inner_passive_keeps_its_own_agent(coder):
    # "condemned by Turkey" is the verdict's condemnation, not the sentence's agent
    got = triples(coder, "Egypt's former president was sentenced to death, a verdict condemned by Turkey.")
    assert all(c != "172" or s != "TUR" for c, s, _ in got)
    # a measure is no agent
    assert triples(coder, "The Nigerian government on Friday shortened by two hours the curfew in the capital.") \
        == [("0813", "NGAGOV", "NGA")]


def test_an_ousted_president_is_a_former_office_holder(coder):
    got = triples(coder, "Ousted Egyptian president Mohamed Morsi was sentenced to death by a Cairo court.")
    assert got == [("172", "EGYJUD", "EGYELI")]


# -- a list's last item after an inserted phrase ------------------------------------------

def test_the_last_item_of_a_list_after_an_inserted_phrase(coder):
    got = triples(coder, "The United States imposed sanctions on Iran, Syria and, for the first time, Venezuela.")
    assert got == [("163", "USA", t) for t in ("IRN", "SYR", "VEN")]
    got = triples(coder, "Germany criticized Turkey, Hungary and, in unusually sharp terms, Poland.")
    assert got == [("111", "DEU", t) for t in ("HUN", "POL", "TUR")]
    got = triples(coder, "The US Congress agreed to lift embargoes on medicine sales to Iran, Libya, Sudan, "
                         "and with strings attached, Cuba.")
    assert {t for _, _, t in got} == {"IRN", "LBY", "SDN", "CUB"}


def test_a_name_inside_the_inserted_phrase_is_no_item(coder):
    got = triples(coder, "Iran exported oil to China, India and, despite US sanctions, Syria.")
    assert {t for _, _, t in got} == {"CHN", "IND", "SYR"}


# -- a vow's infinitive read as a clause of purpose ---------------------------------------

def test_a_vow_to_fight_until_something_happens(coder):
    # "fight" hung as an advcl of "sworn" (the until-clause): still the vow's complement
    got = coded(coder, "Karen guerrillas have sworn to fight until Myanmar grants them autonomy.")
    assert [(c, s, m) for c, s, _, m in got] == [("138", "MMRREB", "intended")]


def test_other_verbs_of_intent_keep_their_purpose_clauses(coder):
    # "working together to provide": a purpose, no intent of its own
    assert triples(coder, "The Bank of Canada and the Bank of England said they would be working together "
                          "to provide reciprocal credit arrangements to institutions.") == []
