"""Words of place are not owners: "on the Thai border" says where, and so does a "from"
phrase the parse hangs on the verb ("withdrew workers from Iraq")."""

from __future__ import annotations


def test_a_border_in_a_phrase_of_place_is_no_target(coder):
    events = coder.code("Burmese troops captured part of a rebel stronghold on the Thai border.", published="2000-01-01")
    assert [(e.source.code, e.target.code) for e in events] == [("MMRMIL", "MMR")]
    events = coder.code("Myanmar closed the Thai border.", published="2000-01-01")
    assert [(e.source.code, e.target.code) for e in events] == [("MMR", "THA")]


def test_a_preposition_on_the_verb_gives_the_agent_no_country(coder):
    # "withdraw inspectors and workers | from Iraq": Iraq is where from, and the target
    events = coder.code("The UN withdrew its inspectors and aid workers from Iraq.", published="2003-01-01")
    assert [(e.source.code, e.target.code) for e in events] == [("IGOUNO", "IRQ")]
