""""A did X and B did Y" where the parser joins B to A's object and leaves the second verb
without a subject: B, a name right before that verb, is its subject.  Made-up sentences."""

from __future__ import annotations


def test_a_name_joined_to_the_object_before_a_verb_with_its_own_object_is_its_subject(triples):
    got = triples("Hamas freed three Israeli hostages and Israel released 90 Palestinian prisoners.", "2025-01-19")
    assert ("ISR", "PSECRM", "0841") in got
    assert not any(s.startswith("PSE") and t == "PSE" for s, t, _ in got)


def test_no_unnamed_word_borrows_the_object_list(triples):
    # "Korea" alone is no actor: the second verb must not take "China" as its subject
    got = triples("Japan criticised China and Korea condemned the test.", "2025-01-19")
    assert ("JPN", "CHN", "111") in got
    assert not any(s == "CHN" for s, _, _ in got)
