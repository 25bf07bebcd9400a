"""Kinds of wrong events seen on Wikinews (fifth session, noise3), removed by general rules
and data rows; made-up sentences, full pipeline."""

from __future__ import annotations

from test_event_types_more import DATE, coded, codes  # noqa: F401


def _actors(coder, text):
    return {x for c in coded(coder, text) for x in c[1:3]}


# -- "according to X": X only reports the event ----------------------------------------------

def test_who_an_event_is_according_to_is_no_target(coder):
    # the reporter is no target of the event it reports
    assert "USAGOV" not in _actors(coder, "The airline flies weapons to Syria, according to a statement by "
                                          "US Secretary of State Mike Pompeo.")
    assert "FRAJUD" not in _actors(coder, "The Kenyan government has admitted paying the rebels, according to "
                                          "French prosecutors.")
    # nor does a nationality word in the attribution name whose object it is
    assert "DEU" not in _actors(coder, "French President Emmanuel Macron has admitted meeting the rebels, "
                                       "according to German officials.")


def test_who_an_event_is_according_to_is_no_pronoun_antecedent(coder):
    # "he" in the reported clause is not the reporter
    assert "NZLGOV" not in _actors(coder, "According to New Zealand Prime Minister Jacinda Ardern, the gunman had "
                                          "a licence for the rifles he used for the attack.")


def test_a_reported_attack_still_codes_with_its_own_actors(coder):
    assert [c[:3] for c in coded(coder, "According to Iraqi officials, American troops attacked a village near "
                                        "Fallujah on Monday.")] == [("190", "USAMIL", "IRQCVL")]
    assert [c[:3] for c in coded(coder, "Russian forces shelled Kharkiv, according to Ukrainian President "
                                        "Volodymyr Zelensky.")] == [("190", "RUSMIL", "UKR")]
