"""Event-side rules on whole made-up sentences (full pipeline): main events, vocabulary,
modality of demanded and cancelled events."""

from __future__ import annotations

DATE = "2020-06-01"


def coded(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in coder.code(text, published=DATE)]


def codes(coder, text):
    return [c[0] for c in coded(coder, text)]


def test_participle_and_subordinate_clauses_are_background(coder):
    # "..., killing two": the arrest is the sentence's event
    assert codes(coder, "Police in Kenya arrested 40 protesters on Monday, killing two of them.") == ["175"]
    # a clause of time ("as ...") sets the scene
    assert [c[:2] for c in coded(coder, "Rebels attacked a village in Mali as government troops withdrew from the region.")] \
        == [("190", "MLIREB")]
    # a relative clause on a place
    assert codes(coder, "Germany suspended aid to Niger, where soldiers arrested the president last week.") == ["162"]


def test_background_event_is_kept_when_it_is_the_only_one(coder):
    assert codes(coder, "The town where rebels killed ten soldiers in Mali lies in the north.") == ["190"]
    assert codes(coder, "Rebels killed ten soldiers in Mali.") == ["190"]


def test_what_is_demanded_has_not_happened(coder):
    # the demand is the event, not what it asks for
    assert codes(coder, "Palestinian officials demanded that the United States recognise Palestine.") == ["100"]
    assert codes(coder, "France urged Iran to release the prisoners.") == []
    assert "085" not in codes(coder, "The ILO repeated its demand that Israel lift the restrictions.")


def test_asking_others_to_support_or_sanction_rallies_them(coder):
    # CAMEO 053 rally support on behalf of, 113 rally opposition against
    assert [c[:3] for c in coded(coder, "The Arab League urged the European Union to support the Palestinians.")] \
        == [("053", "IGOMEAARL", "PSE")]
    assert [c[:3] for c in coded(coder, "France urged Europe to impose sanctions on Iran.")] == [("113", "FRA", "IRN")]


def test_pattern_words_are_not_read_in_a_clause_modifying_the_object(coder):
    # "demand * world" (053) must not take "world" from the clause about the guarantee
    assert codes(coder, "Chile demanded a guarantee that Peru would respect the world court ruling.") == ["100"]
