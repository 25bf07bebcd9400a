"""The cheap first pass: which sentences get parsed, and that nothing else changes."""

from __future__ import annotations

from accord.events.patterns import load_dictionary
from accord.nlp import SentenceFilter, verb_forms


def test_verb_forms_cover_regular_and_irregular_inflections(nlp):
    forms = verb_forms(frozenset({"visit", "meet", "agree", "deny", "stop"}), nlp)
    for f in ("visit", "visits", "visited", "visiting", "met", "meets", "agreed", "agreeing", "denied", "stopped"):
        assert f in forms, f


def test_filter_keeps_event_sentences_and_skips_the_rest(nlp):
    d = load_dictionary()
    f = SentenceFilter(nlp, set(d.by_verb) | set(d.by_noun))
    text = ("The weather was mild in the region. "
            "Japan's prime minister visited Seoul on Sunday. "
            "It was a long day.")
    doc, kept, total = f.parse(text)
    assert total == 3 and kept == 1
    assert doc.text == text  # offsets into the article stay valid
    sents = list(doc.sents)
    assert len(sents) == 3  # unparsed sentences keep their own boundaries
    visited = [t for t in sents[1] if t.text == "visited"][0]
    assert visited.dep_ == "ROOT" and visited.lemma_ == "visit"
    assert all(t.dep_ in ("ROOT", "dep") for t in sents[0])


def test_coder_without_filter_gives_the_same_seed_events(coder, shared):
    from accord import Coder

    text = (shared / "seed" / "000_b8f3287eca6855ed.txt").read_text(encoding="utf-8").rsplit("Source:", 1)[0]
    full = Coder(prefilter=False)
    a = {(e.source.code, e.target.code, e.cameo) for e in coder.code(text, published="2023-05-07")}
    b = {(e.source.code, e.target.code, e.cameo) for e in full.code(text, published="2023-05-07")}
    assert a == b
