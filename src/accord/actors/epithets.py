"""A sentence's first word before a country's name: an epithet, or a word of a longer name?

"Tiny Luxembourg condemned ...", "Evil Mordor welcomed ...": the first word of a sentence is
capitalised whatever it is, so a capitalised word before a country's name there says
nothing of a longer proper name ("the Jakarta Post" does).  When English knows that word
as an adjective (the spaCy model's lemmatizer index, shared on the vocabulary by
``accord.nlp.load_nlp``) it is an epithet and the country is named; words that do form
names of places ("Northern Ireland", "Inner Mongolia", "Greater London":
``name_forming_words`` in grammar.yaml) are not epithets.
"""

from __future__ import annotations

from .context import grammar

TABLE = "accord_adjectives"


def share_adjectives(nlp) -> None:
    """Put the lemmatizer's adjectives on ``nlp.vocab`` for :func:`sentence_epithet`."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(TABLE):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    adjectives = lookups.get_table("lemma_index").get("adj") or ()
    nlp.vocab.lookups.add_table(TABLE, {w: True for w in adjectives})


def sentence_epithet(t) -> bool:
    """``t`` begins its sentence and is an English adjective that forms no place names."""
    if not t.is_sent_start or not t.is_alpha or not t.text[:1].isupper():
        return False
    low = t.lower_
    if low in grammar()["name_forming_words"] or not t.vocab.lookups.has_table(TABLE):
        return False
    return low in t.vocab.lookups.get_table(TABLE)
