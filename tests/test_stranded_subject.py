""""A did X and B did Y" where the parser joins B to A's object and leaves the second verb
without a subject: B, a name right before that verb, is its subject.  Made-up sentences."""

from __future__ import annotations


def _codes(coder, text):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text, published="2025-01-19"))


def test_a_name_joined_to_the_object_before_a_verb_with_its_own_object_is_its_subject(coder):
    got = _codes(coder, "Hamas freed three Israeli hostages and Israel released 90 Palestinian prisoners.")
    assert ("ISR", "PSECRM", "0841") in got
    assert not any(s.startswith("PSE") and t == "PSE" for s, t, _ in got)


def test_no_unnamed_word_borrows_the_object_list(coder):
    # "Korea" alone is no actor: the second verb must not take "China" as its subject
    got = _codes(coder, "Japan criticised China and Korea condemned the test.")
    assert ("JPN", "CHN", "111") in got
    assert not any(s == "CHN" for s, _, _ in got)
