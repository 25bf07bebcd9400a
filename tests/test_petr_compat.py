"""PETRARCH compatibility: imported PETRARCH dictionaries coded as PETRARCH reads them.

Each test imports a small hand-made PETRARCH verb dictionary and codes short sentences
with hand-made actor mentions (the actor knowledge base is not under test here).
"""

from __future__ import annotations

import pytest

from accord.dictionaries import import_verbs
from accord.events.extract import SentenceCoder, Trace
from accord.events.modality import load_lexicon
from accord.events.patterns import load_dictionary
from accord.events.roles import ActorIndex
from accord.model import Actor, Mention

VERBS = """\
&NEGATVAUXVRB
+DID N'T
+REALLY DID NOT

--- CLASH  [223] ---
CLASH
- &NEGATVAUXVRB * OVER EFFORTS  [904]
- * OVER EFFORTS  [121]

--- ACT [100] ---
ACT
- INDICATED WOULD * NOW  [1010]
- INDICATED SHOULD *  [1011]

--- ABANDON  [345]  ---
ABANDON
- * EFFORT  [987]

--- RISEN  [---] ---
RISEN
- DEATH TOLL * [223]

--- LIFT  [065] ---
LIFT
- WILL NOT *  [081]

--- MEET  [031:031]  ---
MEET
- * POSTPONED  [191]

--- MET  [031:032]  ---
MET

--- SAID  [023]  ---
SAID
- * WAS UNSATISFACTORY  [131]

--- SHOT  [223] ---
SHOT
- + WAS * DEAD IN $ [224]

--- CELEBRATE  [181] ---
CELEBRATE
- * IFTAR IN ^ +  [045]
- + HOSTING * TABASKI ^ $  [042]
- * IFTAR AT ^ ^ +  [044]

--- CRITICIZE  [121] ---
CRITICIZE
- HEAVILY UNJUSTLY *  [123]
- HEAVILY *  [122]

--- ALLOW  [080] ---
ALLOW
- * REALLY_PLEASANT  [024]

--- REGRET  [---] ---
REGRET
- NOTED + *  [115]

--- VOW  [170] ---
VOW
- * WAR  [173]

--- WIRE_TAP  [1711] ---
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT *  [081]

--- SAYS  [---]  ---
SAYS
- * NOT SWAP PRISONERS  [112]
"""

ACTORS = {name: Actor(code, code, (), name) for name, code in
          (("Arnor", "ARN"), ("Gondor", "GON"), ("Mordor", "MOR"), ("Eriador", "ERI"))}


@pytest.fixture(scope="module")
def petr_dict(tmp_path_factory):
    d = tmp_path_factory.mktemp("petr")
    src = d / "test.verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    import_verbs(src, d / "out")
    return d / "out"


def code(nlp, dict_dir, text, any_possessor=True, **kw):
    doc = nlp(text)
    mentions = [Mention(t.idx, t.idx + len(t.text), t.text, ACTORS[t.text], t.i) for t in doc if t.text in ACTORS]
    idx = ActorIndex.build(mentions, doc)
    idx.any_possessor = any_possessor  # as the Coder sets it for imported PETRARCH dictionaries
    kw.setdefault("paired", True)
    kw.setdefault("petrarch", True)
    coder = SentenceCoder(load_dictionary(dict_dir=dict_dir), load_lexicon(), **kw)
    out = []
    for sent in doc.sents:
        out += coder.code(sent, idx, Trace())
    return sorted((c.source.actor.code, c.target.actor.code if c.target else None, c.code) for c in out)


def test_inflected_verb_of_its_own_block_keeps_its_patterns(petr_dict, nlp):
    rows = {tuple(ln.split("\t")[:4]) for ln in (petr_dict / "verbs.tsv").read_text().splitlines()}
    # MET and MEET both lemmatise to 'meet': MET keeps its own rows under its written form
    assert ("meet", "", "031", "031") in rows and ("met", "", "031", "032") in rows
    assert ("said", "", "023", "") in rows and ("says", "* not swap prisoners", "112", "") in rows
    assert not any(r[0] == "say" for r in rows)
    assert code(nlp, petr_dict, "Arnor met Gondor on Tuesday.") == [("ARN", "GON", "031"), ("GON", "ARN", "032")]
    assert code(nlp, petr_dict, "Arnor will meet Gondor on Tuesday.") == [("ARN", "GON", "031"), ("GON", "ARN", "031")]
    assert code(nlp, petr_dict, "Arnor says Gondor is strong.") == []  # SAYS codes nothing alone


def test_pattern_that_spells_out_the_negation_codes_it(petr_dict, nlp):
    # the synset member "did n't" is two tokens; the pattern covers the negation
    assert code(nlp, petr_dict, "Arnor didn't clash over the efforts of Gondor.") == [("ARN", "GON", "904")]
    assert code(nlp, petr_dict, "Arnor really did not clash over the efforts of Gondor.") == [("ARN", "GON", "904")]
    assert code(nlp, petr_dict, "Arnor will not lift the embargo on Gondor.") == [("ARN", "GON", "081")]
    # a negation no pattern names still cancels the event
    assert code(nlp, petr_dict, "Arnor did not clash over the efforts of Gondor.") == []
    assert code(nlp, petr_dict, "Arnor clashed over the efforts of Gondor.") == [("ARN", "GON", "121")]


def test_paired_event_of_a_reported_event(petr_dict, nlp):
    # PETRARCH writes the paired event whatever the verb's modality
    events = code(nlp, petr_dict, "Mordor said Arnor met Gondor.")
    assert ("ARN", "GON", "031") in events and ("GON", "ARN", "032") in events


def test_words_before_the_verb_may_stand_in_the_governing_clause(petr_dict, nlp):
    # INDICATED is the verb governing 'act'; WOULD is in act's own clause
    assert code(nlp, petr_dict, "Arnor indicated Gondor would act now with Mordor.") == [("GON", "MOR", "1010")]
    assert code(nlp, petr_dict, "Gondor would act now with Mordor.") == [("GON", "MOR", "100")]


def test_possessor_of_any_noun_is_the_actor(petr_dict, nlp):
    assert code(nlp, petr_dict, "Arnor's new mayor met Gondor.") == [("ARN", "GON", "031"), ("GON", "ARN", "032")]
    assert code(nlp, petr_dict, "Arnor's new mayor met Gondor.", any_possessor=False) == []
    # a possessive pronoun (resolved to an actor) is no actor of the noun it modifies
    ACTORS["Its"] = ACTORS["Mordor"]
    try:
        assert code(nlp, petr_dict, "Its mayor met Gondor.") == []
    finally:
        del ACTORS["Its"]


def test_target_is_the_first_actor_anywhere_in_the_verb_phrase(petr_dict, nlp):
    text = "Arnor abandoned the parade that Gondor planned."
    assert code(nlp, petr_dict, text) == [("ARN", "GON", "345")]
    assert code(nlp, petr_dict, text, petrarch=False) == []  # accord alone: not inside a relative clause


@pytest.fixture(scope="module")
def petr_coder(shared, tmp_path_factory):
    from accord.evaluation.run import import_petr_dicts
    from accord.pipeline import Coder

    d = import_petr_dicts(shared / "reference" / "dictionaries", tmp_path_factory.mktemp("petrv") / "d")
    return Coder(dict_dir=d)


def test_agent_takes_a_country_from_its_own_phrase_only(petr_coder):
    # PETRARCH leaves "students" without a country ("---EDU"); it does not borrow the place
    # of the event or the other actor's country
    events = petr_coder.code("Gondor soldiers arrested students on Monday.")
    assert [(e.source.code, e.target.code) for e in events] == [("GONMIL", "---EDU")]
    events = petr_coder.code("Gondor soldiers arrested students from Arnor on Monday.")
    assert [(e.source.code, e.target.code) for e in events] == [("GONMIL", "ARNEDU")]


def test_words_before_the_verb_may_stand_in_its_subject(petr_dict, nlp):
    assert code(nlp, petr_dict, "Arnor's death toll has risen in the war with Gondor.") == [("ARN", "GON", "223")]
    assert code(nlp, petr_dict, "Arnor's river has risen in the war with Gondor.") == []


def test_slots_before_the_verb_reach_its_subject(petr_dict, nlp):
    # "+ WAS * DEAD IN $": the target is the subject, the source follows "in"
    assert code(nlp, petr_dict, "Arnor was shot dead in Gondor.") == [("GON", "ARN", "224")]
    assert code(nlp, petr_dict, "Arnor shot Gondor.") == [("ARN", "GON", "223")]


def test_skip_marker_passes_over_a_noun_phrase(petr_dict, nlp):
    # "IN ^ +": the place after "in" is skipped, the target is the next actor
    assert code(nlp, petr_dict, "Arnor celebrated Iftar in Mordor with the leaders of Gondor.") == [("ARN", "GON", "045")]
    # "AT ^ ^ +": two phrases skipped ("Mordor", "the envoys"), then "of Gondor"
    assert code(nlp, petr_dict, "Arnor celebrated Iftar at Mordor with the envoys of Gondor.") == [("ARN", "GON", "044")]


def test_coordinated_adverbs_before_the_verb(petr_dict, nlp):
    assert code(nlp, petr_dict, "Arnor heavily and unjustly criticized Gondor.") == [("ARN", "GON", "123")]
    assert code(nlp, petr_dict, "Arnor heavily criticized Gondor.") == [("ARN", "GON", "122")]


def test_words_after_the_verb_may_stand_in_its_complement_clause(petr_dict, nlp):
    assert code(nlp, petr_dict, "Arnor allowed that Gondor is a really pleasant place.") == [("ARN", "GON", "024")]
    assert code(nlp, petr_dict, "Arnor allowed that Gondor is a pleasant place.") == [("ARN", "GON", "080")]


def test_pattern_may_hold_the_negation_of_a_governing_verb(petr_dict, nlp):
    # "didn't try to clash": &NEGATVAUXVRB stands on 'try', the pattern says what it means
    assert code(nlp, petr_dict, "Arnor didn't try to clash over the efforts of Gondor.") == [("ARN", "GON", "904")]
    # a negation the pattern does not name still cancels the event
    assert code(nlp, petr_dict, "Arnor did not try to clash over the efforts of Gondor.") == []


def test_pattern_words_are_read_as_written(petr_dict, nlp):
    # PETRARCH matches a pattern's words literally: "EFFORT" is not "efforts"
    assert code(nlp, petr_dict, "Arnor abandoned the effort with Gondor.") == [("ARN", "GON", "987")]
    assert code(nlp, petr_dict, "Arnor abandoned the efforts with Gondor.") == [("ARN", "GON", "345")]


def test_pattern_may_hold_the_modal(petr_dict, nlp):
    assert ("GON", "MOR", "1011") in code(nlp, petr_dict, "Arnor indicated Gondor should act against Mordor.")
    assert code(nlp, petr_dict, "Gondor should act against Mordor.") == []  # a modal no pattern names


def test_governor_whose_pattern_names_the_governed_words(petr_dict, nlp):
    # VOW * WAR: "wage" is not in the dictionary, the vow codes the war itself
    assert code(nlp, petr_dict, "Arnor vowed to wage war on Gondor.") == [("ARN", "GON", "173")]


def test_verb_keys_from_the_written_form(petr_dict, nlp):
    rows = {ln.split("\t")[0] for ln in (petr_dict / "verbs.tsv").read_text().splitlines()}
    assert "wire_tap" in rows
    # the word before the verb joins it ("wire tapped" -> WIRE_TAP), once only
    assert code(nlp, petr_dict, "Arnor wire tapped the links of Gondor.") == [("ARN", "GON", "1711")]


def test_target_slot_on_the_subject_moves_the_source_up(petr_dict, nlp):
    # NOTED + *: the target is regret's subject, the source the subject of 'noted'
    assert code(nlp, petr_dict, "Arnor noted that Gondor regretted the refusal.") == [("ARN", "GON", "115")]
    assert code(nlp, petr_dict, "Gondor regretted the refusal of Mordor.") == []  # REGRET alone codes nothing


def test_subject_hung_as_a_modifier_of_the_verb(petr_dict, nlp):
    # the parser hangs "Ethiopia" under "act" as a compound: still the subject for PETRARCH
    text = ("Ethiopia act on a resolution with Libya almost five years after crowds trashed its embassy, "
            "a senior official said on Saturday.")
    ACTORS["Ethiopia"], ACTORS["Libya"] = ACTORS["Arnor"], ACTORS["Gondor"]
    try:
        assert nlp(text)[0].dep_ in ("compound", "amod", "nmod", "npadvmod", "dep")
        assert code(nlp, petr_dict, text) == [("ARN", "GON", "100")]
        assert code(nlp, petr_dict, text, petrarch=False) == []
    finally:
        del ACTORS["Ethiopia"], ACTORS["Libya"]


def test_words_before_the_verb_may_stand_in_the_clause_it_modifies(petr_dict, nlp):
    # "to celebrate" hangs under "hosting" as an adverbial clause; "^" skips "Mordor"
    text = "Arnor will be hosting Gondor to celebrate Tabaski with Mordor next week at Eriador."
    assert code(nlp, petr_dict, text) == [("ERI", "ARN", "042")]


def test_slot_inside_a_phrase_takes_the_name_alone(petr_dict, nlp):
    # "the parliament of Gondor" is one mention (GONLEG) headed before the slot: "^ ^ +"
    # skips "Mordor" and "the parliament", the target is the name Gondor alone
    doc = nlp("Arnor celebrated Iftar at Mordor with the parliament of Gondor.")
    words = {t.text: t for t in doc}
    par, gon = words["parliament"], words["Gondor"]
    mentions = [Mention(t.idx, t.idx + len(t.text), t.text, ACTORS[t.text], t.i) for t in (words["Arnor"], words["Mordor"])]
    mentions.append(Mention(par.idx, gon.idx + len(gon.text), "parliament of Gondor",
                            Actor("GONLEG", "GON", ("LEG",), "parliament of Gondor"), par.i))
    idx = ActorIndex.build(mentions, doc)
    coder = SentenceCoder(load_dictionary(dict_dir=petr_dict), load_lexicon(), paired=True, petrarch=True)
    out = [c for sent in doc.sents for c in coder.code(sent, idx, Trace())]
    assert [(c.source.actor.code, c.target.actor.code, c.code) for c in out] == [("ARN", "GON", "044")]


def test_misspelt_verb_form_is_not_a_form_of_the_verb(petr_dict, nlp):
    # the lemmatizer reads "abandones" as 'abandon'; PETRARCH knows only its regular forms
    assert code(nlp, petr_dict, "Arnor abandons the parade of Gondor.") == [("ARN", "GON", "345")]
    assert code(nlp, petr_dict, "Arnor abandones the parade of Gondor.") == []
