"""Fifth session, second round (made-up sentences, full pipeline): a leader's surname in each
spelling the knowledge base lists, relations broken off, strikes on or inside a country, and
a weapon compounded with an event noun coded once."""

from __future__ import annotations

from test_event_types_more import coded  # noqa: F401


def pairs(coder, text, published="2023-06-01"):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, published=published)]


def test_a_surname_in_another_listed_spelling_is_the_leader(coder):
    # leaders.tsv lists "Volodymyr Zelensky" and "Volodymyr Zelenskiy" beside "Volodymyr Zelenskyy"
    assert pairs(coder, "Zelensky travelled to Chile on Monday.") == [("042", "UKRGOV", "CHL")]
    assert pairs(coder, "Zelenskiy travelled to Chile on Monday.") == [("042", "UKRGOV", "CHL")]


def test_a_generational_suffix_is_no_surname(coder):
    # "Tommy Remengesau Jr." is listed: "Jr." names nobody
    got = pairs(coder, "Norway sued Jr. over the contract.", published="2016-06-01")
    assert all(t != "PLWGOV" for _, _, t in got)


def test_relations_broken_off(coder):
    assert pairs(coder, "Peru broke off diplomatic relations with Chile.") == [("161", "PER", "CHL")]
    assert pairs(coder, "Peru broke off relations with Chile.") == [("161", "PER", "CHL")]


def test_strikes_on_or_inside_a_country(coder):
    assert pairs(coder, "Peru carried out retaliatory strikes inside Chile.") == [("190", "PER", "CHL")]
    assert pairs(coder, "Norway carried out strikes on Sweden.") == [("190", "NOR", "SWE")]
    # a labour strike is none
    assert pairs(coder, "Workers in Chile began a strike on Monday.") == []


def test_a_weapon_compounded_with_an_event_noun_is_one_event(coder):
    got = pairs(coder, "Peru launched missile strikes on Chile.")
    assert len(got) == 1 and got[0][1:] == ("PER", "CHL")


def test_agreements_left_or_suspended_reduce_relations(coder):
    assert pairs(coder, "Peru pulled out of the fishing deal with Chile.") == [("161", "PER", "CHL")]
    assert pairs(coder, "Peru pulled out of the fishing deal.") == []  # no party named: not Peru itself
    assert pairs(coder, "Peru suspended the water treaty with Chile after a bombing in Lima.") == [("160", "PER", "CHL")]


def test_an_incursion_is_force(coder):
    assert pairs(coder, "Peruvian troops launched a cross-border incursion into Chile.") == [("190", "PERMIL", "CHL")]


def test_a_capital_before_a_time_adverbial_is_the_object(coder):
    # the parser hangs "Lima" on "days": the visit is to Peru, not to whom was met afterwards
    got = pairs(coder, "The Norwegian prime minister visited Lima days after meeting the Chilean president in Santiago.")
    assert got and got[0][:3] == ("042", "NORGOV", "PER")
    # a capital modifying an ordinary noun stays no actor
    assert pairs(coder, "Lima stocks rose for days after Norway visited Chile.")[0][2] == "CHL"
