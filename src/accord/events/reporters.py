"""Who reports an event is no actor of it.

"According to officials, troops attacked the town", "the airline transports weapons,
according to a tweet by the Secretary of State": the officials and the Secretary only tell
of the event.  Mentions inside such an attribution phrase (the words in
``attribution_prepositions`` of grammar.yaml and everything they govern) take no role in the
sentence's events; they still name the speaker of a quote.
"""

from __future__ import annotations


def attribution_words(doc) -> set[int]:
    """The indices of the tokens inside an attribution phrase ("according to X")."""
    from ..actors.context import grammar

    from spacy.attrs import LOWER

    words = {doc.vocab.strings.add(w) for w in grammar().get("attribution_prepositions", [])}
    out: set[int] = set()
    # the word ids of the whole text at once: no token objects made for the others
    for i, h in enumerate(doc.to_array([LOWER]).tolist()):
        if h in words and doc[i].dep_ == "prep":
            out.update(x.i for x in doc[i].subtree)
    return out


def in_attribution(tok) -> bool:
    """Whether the token stands inside an attribution phrase."""
    from ..actors.context import grammar

    words = grammar().get("attribution_prepositions", [])
    return any(a.lower_ in words and a.dep_ == "prep" for a in tok.ancestors)


def without_reporters(mentions, doc) -> list:
    """The mentions that may be actors of an event: not those inside an attribution phrase."""
    inside = attribution_words(doc)
    if not inside:
        return list(mentions)
    return [m for m in mentions if m.head < 0 or m.head not in inside]
