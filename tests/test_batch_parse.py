"""Parsing articles in batches: the same Docs and events as one at a time; a batch whose
shared parse fails is coded article by article; the phrase index answers a second
asking from memory, without mixing up texts; BLAS runs on one thread while parsing."""

from __future__ import annotations

from accord.model import Article, Problem
from accord.scale import code_many

TEXTS = [
    "The weather was mild. Japan's prime minister visited Seoul on Sunday. It was a long day.",
    "Russian forces shelled Kharkiv overnight, Ukrainian officials said.",
    "",
    "Nothing happened here at all",
    "South Korea and Japan agreed to restore trade ties. The talks ended early. "
    "Kenya's foreign minister met his Ugandan counterpart in Nairobi.",
]


def _rows(doc):
    return [(t.text, t.tag_, t.pos_, t.lemma_, t.head.i, t.dep_, t.is_sent_start, str(t.morph)) for t in doc]


def test_batch_parse_equals_parsing_each_text_alone(coder):
    f = coder.filter
    together = f.parse_many(TEXTS)
    for text, (doc, kept, total) in zip(TEXTS, together):
        alone, kept1, total1 = f.parse(text)
        assert doc.text == text
        assert (kept, total) == (kept1, total1)
        assert _rows(doc) == _rows(alone)


def test_copied_annotation_equals_joining_the_parsed_sentences(coder):
    """The assembled Doc (annotation copied into the rough Doc) is the Doc that joining
    the parsed sentences with the flat ones gives."""
    f = coder.filter
    for text in TEXTS[:2] + TEXTS[4:]:
        sel = f.select(text)
        parsed = f.process([sel.text_of(k) for k in sel.chosen])
        joined = f.select(text)._concatenated(parsed, f.nlp.vocab)
        assembled = sel.assemble(parsed, f.nlp.vocab)
        assert _rows(assembled) == _rows(joined)
        assert [s.start for s in assembled.sents] == [s.start for s in joined.sents]


def test_unparsed_sentences_stay_flat_trees_of_their_own(coder):
    doc, kept, total = coder.filter.parse(TEXTS[0])
    assert (kept, total) == (1, 3)
    first, second, third = doc.sents
    assert all(t.head.i == first.start for t in first)
    assert [t.dep_ for t in third] == ["ROOT"] + ["dep"] * (len(third) - 1)
    assert any(t.dep_ == "nsubj" for t in second)


def test_code_articles_gives_the_events_of_code_article(coder):
    arts = [Article(id=f"a{i}", text=t, published=None) for i, t in enumerate(TEXTS)]
    one = [[(e.cameo, e.source.code, e.target.code if e.target else None) for e in coder.code_article(a).events]
           for a in arts]
    many = [[(e.cameo, e.source.code, e.target.code if e.target else None) for e in c.events]
            for c in coder.code_articles(arts)]
    assert one == many
    assert any(one)


def test_a_failed_batch_parse_falls_back_to_one_article_at_a_time(coder, monkeypatch):
    arts = [Article(id="ok", text=TEXTS[0]), Article(id="bad", text=None, origin="x.jsonl:2"),  # type: ignore[arg-type]
            Article(id="ok2", text=TEXTS[4])]
    out = code_many(coder, arts)
    assert [type(o).__name__ for o in out] == ["CodedArticle", "Problem", "CodedArticle"]
    assert isinstance(out[1], Problem) and out[1].origin == "x.jsonl:2"
    assert out[2].events  # the article after the broken one is coded

    def broken(batch):
        raise RuntimeError("parser failure")

    monkeypatch.setattr(coder, "parse_articles", broken)
    good = [arts[0], arts[2]]
    # each article alone goes through code_article, which parses by itself
    monkeypatch.setattr(coder, "code_article", lambda a, parsed=None: ("alone", a.id, parsed))
    assert code_many(coder, good) == [("alone", "ok", None), ("alone", "ok2", None)]


def test_phrase_index_remembers_recent_texts_without_mixing_them(coder, nlp):
    idx = coder.kb.matcher()
    a = nlp.make_doc("Yoon Suk Yeol met Fumio Kishida in Seoul.")
    b = nlp.make_doc("Kenya and Uganda signed a deal.")
    first_a, first_b = idx.match(a), idx.match(b)
    assert first_a != first_b and first_a and first_b
    assert idx.match(a) == first_a and idx.match(b) == first_b
    idx.match(a).clear()  # callers get their own list
    assert idx.match(a) == first_a


def test_blas_runs_on_one_thread_while_parsing():
    from threadpoolctl import threadpool_info

    from accord.nlp import one_blas_thread

    with one_blas_thread():
        inside = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    assert inside and all(n == 1 for n in inside)


def test_a_parse_with_other_tokens_is_joined_not_copied(coder):
    """Annotation is copied token for token only when the parser saw the same tokens."""
    f = coder.filter
    text = TEXTS[0]
    sel = f.select(text)
    (k,) = sel.chosen
    other = f.process([sel.text_of(k).replace("prime minister", "chief minister")])[0]  # as many tokens
    doc = sel.assemble([other], f.nlp.vocab)
    assert "chief minister" in doc.text and doc.text != text  # joined from the parser's own Doc
    assert [t.text for t in doc if t.dep_ == "nsubj"]
