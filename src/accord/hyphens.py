"""A pipeline component run before the parser: a word cut at a hyphen ("an anti- Gondor
parade", "pro- and anti-government") never ends a sentence.  The parser otherwise starts a
new sentence after the dangling hyphen and loses the phrase's head."""

from __future__ import annotations

from spacy.language import Language

NAME = "accord_hyphen_glue"


@Language.component(NAME)
def hyphen_glue(doc):
    for tok in doc[:-1]:
        if len(tok.text) > 1 and tok.text.endswith("-") and tok.text[-2].isalpha():
            doc[tok.i + 1].is_sent_start = False
    return doc


def add_to(nlp) -> None:
    """Insert the component before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
