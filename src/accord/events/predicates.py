"""Which words of a sentence may be event predicates: verbs, and nouns the pattern
dictionary lists, with the lemma or written form to look up (not words of a proper name)."""

from __future__ import annotations

from .match import predicate_lemma
from .patterns import PatternDictionary


def _in_name(tok, sent) -> bool:
    """A capitalised word inside a run of capitalised words in running text: part of a
    proper name, no event ("the Orange Revolution", "Capitol Hill Occupied Protest"). A
    modifying participle or a noun after a capitalised word, not a sentence's first word,
    and not a sentence written in title case (a headline)."""
    if not tok.is_title or tok.i == sent.start or tok.tag_ not in ("NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "VBD"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < sent.end else None
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") \
            and not (nxt is not None and nxt.is_title and nxt.pos_ in ("NOUN", "PROPN")):
        return False  # a verb between capitalised names ("Capitol Hill Occupied Protests") names too
    prv = tok.nbor(-1)
    if not (prv.is_title and prv.is_alpha and prv.i > sent.start):
        return False
    # running text: some verb or noun of the sentence is written in lower case
    return any(t.is_lower and t.pos_ in ("VERB", "NOUN") for t in sent)


def predicates(sent, dictionary: PatternDictionary, forms_first: bool = False):
    for tok in sent:
        if _in_name(tok, sent):
            continue  # "the Capitol Hill Organized Protest", "the Orange Revolution": a name
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
            base = tok.lemma_.lower()
            keys = (predicate_lemma(tok), f"{base}_{nxt}", base, tok.lower_)
            if forms_first and tok.lower_ != base and tok.lower_ in dictionary:
                keys = (tok.lower_, *keys)  # PETRARCH: a form keyed on its own ('met' beside 'meet')
            if forms_first and not _regular_form(tok.lower_, base):
                continue  # PETRARCH knows a verb by its regular forms: "departes" is none of them
            if forms_first:  # PETRARCH: a verb with a word before it ("wire tapped": WIRE_TAP),
                # and the written form's stem where the lemmatizer failed ("cordoned": cordone)
                # (not when the word before is a verb itself: "wire" of "will wire tap" is keyed)
                prv = tok.nbor(-1).lower_ if tok.i > sent.start and tok.nbor(-1).pos_ not in ("VERB", "AUX") else ""
                stems = [tok.lower_[:-len(x)] for x in STEM_ENDINGS if tok.lower_.endswith(x) and len(tok.lower_) > len(x) + 2]
                keys = (*keys, *([f"{prv}_{base}"] if prv else []), *(k for st in stems for k in (f"{st}_{nxt}", st)))
            for lemma in dict.fromkeys(keys):
                if lemma in dictionary:
                    yield tok, lemma, False
                    break
        elif tok.pos_ in ("NOUN", "PROPN") and dictionary.by_noun:
            # the written form first ("talks" keyed on its own is not the singular "talk"), then
            # the lemma when no row of the form fits ("hunger strikes": the rows of "strike")
            for lemma in dict.fromkeys((tok.lower_, tok.lemma_.lower())):
                if dictionary.nouns_for(lemma):
                    yield tok, lemma, True


def _regular_form(form: str, lemma: str) -> bool:
    """False for a written form that adds "-es" where English adds "-s" ("departes")."""
    if form == lemma + "es" and not lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return False
    return True


STEM_ENDINGS = ("ing", "ed", "es", "s", "d")
