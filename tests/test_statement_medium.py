"""The medium a statement went out on is no target ("declared a coup on national
television"); what is acted on stays one ("sanctions on British television").  Made-up
sentences."""

from __future__ import annotations


def _codes(coder, text):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in coder.code(text, published="2023-08-01"))


def test_a_statements_medium_is_no_target(coder):
    got = _codes(coder, "Soldiers in Niger detained the president and declared a coup on national television.")
    assert not any(t and t.endswith("MED") for _, t, _ in got)
    assert ("NERMIL", "NERGOV", "173") in got


def test_what_is_acted_on_stays_a_target(coder):
    assert _codes(coder, "Russia imposed sanctions on British television.") == [("RUS", "GBRMED", "163")]
    assert ("IRNGOV", "ISR", "130") in _codes(coder, "The Iranian president threatened Israel on state television.")
