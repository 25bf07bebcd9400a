"""The memoised attribute ruler + lemmatizer give what spaCy's own components give."""

from accord.tagmemo import TagAttributes

SENTENCES = [
    "There was a meeting in Paris on Monday, and there were talks.",
    "I ain't going, and we're gonna wait; let's see what y'all say.",
    "The ministers met.\n\nIt said it would not lift the sanctions it imposed on them.",
    "Russia's troops shelled Kharkiv, officials said, but Moscow denied it.",
    "Does he have the documents?  He did have them, but he had given them away.",
    "Prime Minister Yoon Suk Yeol told reporters the talks had been postponed.",
]


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_same_as_the_components(nlp, coder):
    """Stock pipeline (its lemma index as lists, NER on) against the coder's (memo, index
    as sets): every token the same, on a first pass (memo filled) and a second (memo read)."""
    memo = coder.filter.tag_attributes
    assert isinstance(memo, TagAttributes)
    expected = [_attrs(nlp(s)) for s in SENTENCES]
    pipe = coder.nlp
    for _ in range(2):
        got = [_attrs(memo(d)) for d in pipe.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer"])]
        assert got == expected


def test_not_built_when_components_are_not_last(nlp):
    """With NER after the lemmatizer the memo cannot stand in for the components."""
    assert nlp.pipe_names[-1] == "ner"
    assert TagAttributes.build(nlp) is None
