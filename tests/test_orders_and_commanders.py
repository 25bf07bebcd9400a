"""An order gives way to the act it orders, also when that act is an event noun ("ordered
strikes on X"); an agent someone commands is the commander's ("Netanyahu ordered the army
to ..."); preparing an offensive is mobilisation (154).  Made-up sentences."""

from __future__ import annotations


def test_an_ordered_event_noun_is_coded_instead_of_the_order(triples):
    got = triples("The Russian president ordered strikes on Ukrainian power plants.")
    assert ("RUSGOV", "UKR", "190") in got
    assert not any(code.startswith("10") for _, _, code in got)
    # an order whose content codes nothing stays an order
    got = triples("The Russian president ordered the Ukrainian army to leave the region.")
    assert ("RUSGOV", "UKRMIL", "100") in got


def test_a_commanded_agent_takes_the_commanders_country(triples):
    got = triples("The Israeli prime minister ordered the army to prepare a ground offensive in Gaza.")
    assert got and all(src == "ISRMIL" for src, _, _ in got)
    assert any(code == "154" for _, _, code in got)
    # not when it names its own country
    got = triples("The Israeli prime minister ordered the Egyptian army to prepare an offensive.")
    assert all(src.startswith("EGY") for src, _, _ in got)


def test_preparing_an_offensive_is_mobilisation(triples):
    got = triples("Russian troops are preparing for a new offensive against Ukraine.")
    assert ("RUSMIL", "UKR", "154") in got
    assert "030" not in {c for _, _, c in triples("Russian troops prepared an offensive against Ukraine.")}


def test_an_offensive_expanded_is_force(triples):
    assert ("ISR", "LBN", "190") in triples("Israel expanded its military operation in Lebanon.")
    assert ("ISR", "LBN", "190") in triples("Israel expanded ground operations in Lebanon.")
    assert triples("The company expanded operations in Brazil.") == []
