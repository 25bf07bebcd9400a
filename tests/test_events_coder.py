"""The sentence coder on parsed sentences with hand-made actor mentions.

These tests pin the mechanics (patterns, roles, modality, compounds) independently of the
actor knowledge base; the seed test checks the whole pipeline.
"""

from __future__ import annotations

import pytest

from accord.events.extract import SentenceCoder, Trace
from accord.events.modality import load_lexicon
from accord.events.patterns import PatternDictionary, load_dictionary, parse_pattern
from accord.events.roles import ActorIndex
from accord.model import Actor, Mention

PATTERNS = """verb\tpattern\tcode\tcode2\torigin
visit\t* +\t042\t043\ttest
meet\t*\t040\t040\ttest
restore\t* ties\t064\t\ttest
attack\t*\t190\t\ttest
accuse\t*\t112\t\ttest
say\t*\t010\t\ttest
impose\t* sanctions (on +)\t163\t\ttest
withdraw\t* &sanction\t085\t\ttest
"""
NOUNS = "verb\tpattern\tcode\tcode2\torigin\ntrip\t*\t042\t\ttest\n"


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory):
    d = tmp_path_factory.mktemp("dict")
    (d / "verbs.tsv").write_text(PATTERNS)
    (d / "nouns.tsv").write_text(NOUNS)
    (d / "synsets.tsv").write_text("name\tword\nsanction\tsanctions\nsanction\tmeasures\n")
    return load_dictionary(dict_dir=d)


ACTORS = {
    "Arnor": Actor("ARN", "ARN", (), "Arnor"),
    "Gondor": Actor("GON", "GON", (), "Gondor"),
    "Mordor": Actor("MOR", "MOR", (), "Mordor"),
    "Kishida": Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person"),
    "Yoon": Actor("KORGOV", "KOR", ("GOV",), "Yoon Suk Yeol", "person"),
    "Tokyo": Actor("JPN", "JPN", (), "Japan"),
}


def code(nlp, dictionary, text, **kw):
    doc = nlp(text)
    mentions = [Mention(t.idx, t.idx + len(t.text), t.text, ACTORS[t.text], t.i) for t in doc if t.text in ACTORS]
    idx = ActorIndex.build(mentions, doc)
    coder = SentenceCoder(dictionary, load_lexicon(), **kw)
    trace = Trace()
    out = []
    for sent in doc.sents:
        out += coder.code(sent, idx, trace)
    return [(c.source.actor.code, c.target.actor.code if c.target else None, c.code, c.modality.value) for c in out], trace


def test_parse_pattern_items():
    before, after = parse_pattern("&military * (to +) {relief aid}")
    assert [i.kind for i in before] == ["synset"]
    assert [(i.kind, i.value) for i in after] == [("prep", "to"), ("target", ""), ("word", "relief"), ("word", "aid")]
    assert after[2].compound_next and not after[3].compound_next


def test_malformed_pattern_row_names_file_and_line(tmp_path):
    bad = tmp_path / "verbs.tsv"
    bad.write_text("verb\tpattern\tcode\nvisit\n")
    from accord.events.patterns import PatternError

    with pytest.raises(PatternError, match=r"verbs.tsv:2"):
        PatternDictionary().read_verbs(bad, 0)


def test_simple_subject_verb_object(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor visited Gondor on Tuesday.")
    assert events == [("ARN", "GON", "042", "asserted")]


def test_paired_event_when_asked(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor visited Gondor on Tuesday.", paired=True)
    assert ("GON", "ARN", "043", "asserted") in events


def test_passive_agent_is_source(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Gondor was attacked by Mordor.")
    assert events == [("MOR", "GON", "190", "asserted")]


def test_pattern_object_with_preposition(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor imposed new sanctions on Mordor.")
    assert events == [("ARN", "MOR", "163", "asserted")]


def test_nested_target_in_object(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor will restore diplomatic ties with Gondor.")
    assert events == [("ARN", "GON", "0314", "intended")]


def test_compound_subject_of_symmetric_predicate_gives_both_directions(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor and Gondor met in the capital.")
    assert sorted(e[:2] for e in events) == [("ARN", "GON"), ("GON", "ARN")]


def test_intent_through_control_verb(nlp, dictionary):
    events, trace = code(nlp, dictionary, "Kishida plans to visit Tokyo next month.")
    assert events == [("JPNGOV", "JPN", "036", "intended")]


def test_negation_gives_no_event(nlp, dictionary):
    events, trace = code(nlp, dictionary, "Arnor did not attack Gondor.")
    assert events == []
    assert any("negated" in line for line in trace.lines)


def test_question_word_clause_gives_no_event(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Observers wonder whether Arnor will attack Gondor.")
    assert events == []


def test_reported_speech_codes_the_embedded_event(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Gondor said Mordor attacked Arnor.")
    assert events == [("MOR", "ARN", "190", "reported")]


def test_event_noun_with_by_phrase_and_destination(nlp, dictionary):
    events, _ = code(nlp, dictionary, "The talks followed a trip to Tokyo by Yoon.")
    assert events == [("KORGOV", "JPN", "042", "asserted")]


def test_refusal_gives_reject_code(nlp, dictionary):
    lex = load_lexicon()
    assert "refuse" in lex.refusal_governors
    events, _ = code(nlp, dictionary, "Arnor refused to meet Gondor.")
    assert events == [("ARN", "GON", "125", "refused")]


def test_synset_item(nlp, dictionary):
    events, _ = code(nlp, dictionary, "Arnor and Gondor withdrew the measures against each other.")
    assert sorted(e[:3] for e in events) == [("ARN", "GON", "085"), ("GON", "ARN", "085")]


def test_verbless_sentences_with_possessive_pronouns_terminate(coder):
    # spaCy makes a new Token object on every access: tree walks must compare indices, not
    # identities, or a climb from "its" to a verbless root never stops
    text = "The Kremlin said its envoy would travel. A new chapter in its history. Their own record."
    events = coder.code(text, published="2020-01-01")
    assert isinstance(events, list)
