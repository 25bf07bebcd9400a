"""The medium a statement went out on is no target ("declared a coup on national
television"); what is acted on stays one ("sanctions on British television").  Made-up
sentences."""

from __future__ import annotations


def test_a_statements_medium_is_no_target(triples):
    got = triples("Soldiers in Niger detained the president and declared a coup on national television.", "2023-08-01")
    assert not any(t and t.endswith("MED") for _, t, _ in got)
    assert ("NERMIL", "NERGOV", "173") in got


def test_what_is_acted_on_stays_a_target(triples):
    assert triples("Russia imposed sanctions on British television.", "2023-08-01") == [("RUS", "GBRMED", "163")]
    assert ("IRNGOV", "ISR", "130") in triples("The Iranian president threatened Israel on state television.", "2023-08-01")
