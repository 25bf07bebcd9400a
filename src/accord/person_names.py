"""Is a proper name a person's?  Asked only when a bare name is about to be read as a place
("Kennedy was shot": Kennedy is a locality of Bogota, "shot Khan", "sentenced David ...").

The shared pipeline runs without spaCy's entity recognizer (it is not needed elsewhere and
costs time); this module runs it on the one sentence, on a copy of it, so the article's
own parse and entities stay as they are.
"""

from __future__ import annotations

_cache: dict[str, frozenset[int]] = {}


def is_person_name(tok) -> bool:
    """Does the entity recognizer read ``tok`` as (part of) a person's name in its sentence?"""
    sent = tok.sent
    key = sent.text  # (the recognizer reads the sentence alone: its text decides)
    if key not in _cache:
        if len(_cache) > 256:
            _cache.clear()
        _cache[key] = _persons(sent)
    return tok.i - sent.start in _cache[key]


def _persons(sent) -> frozenset[int]:
    from .nlp import load_nlp

    try:
        ner = load_nlp(("ner",)).get_pipe("ner")
    except (KeyError, OSError):  # a pipeline without an entity recognizer
        return frozenset()
    doc = ner(sent.as_doc())
    return frozenset(i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end))
