"""Where the PLOVER manual and its CAMEO conversion table disagree, accord codes as the
manual says (ontology/data/plover_manual.tsv); resignations are acts with no recipient."""

from __future__ import annotations

from test_event_types_more import DATE, coded  # noqa: F401 (one helper for the event-side tests)


def plover(coder, text):
    return [(e.cameo, e.plover_type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, published=DATE)]


def test_a_resignation_is_a_retreat_done_to_nobody(coder):
    assert plover(coder, "The Kenyan foreign minister resigned on Friday.") == [("0831", "RETREAT", "KENGOV", None)]
    # resigning in protest keeps its own, more specific code
    assert [e[0] for e in plover(coder, "The Kenyan foreign minister resigned in protest.")] == ["140"]


def test_a_resignation_of_someone_of_no_known_country_says_nothing(coder):
    assert plover(coder, "The senator resigned on Friday.") == []


def test_lifting_a_curfew_is_a_concession_and_sanctions_a_sanction(coder):
    assert [e[:2] for e in plover(coder, "Kenya lifted the curfew in Mombasa.")] == [("0813", "CONCEDE")]
    assert [e[:2] for e in plover(coder, "Canada imposed sanctions on Venezuela.")] == [("163", "SANCTION")]


def test_an_active_verb_joined_to_a_passive_one_shares_its_subject(coder):
    events = coded(coder, "The Kenyan interior minister was indicted by a Kenyan court and will resign.")
    assert events == [("173", "KENJUD", "KENGOV", "asserted"), ("034", "KENGOV", None, "intended")]
    # a second passive still takes the agent
    events = coded(coder, "The journalist was arrested by Egyptian police and charged with spying.")
    assert all(s == "EGYCOP" for _, s, _, _ in events)


def test_what_one_wants_of_another_has_not_happened(coder):
    assert coded(coder, "Kenyan opposition leaders want the Kenyan interior minister to resign.") == []
    assert coded(coder, "Japan expects China to release the fishermen.") == []
