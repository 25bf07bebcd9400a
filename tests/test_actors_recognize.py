"""Actor recognition in parsed text: the seed article, titles, demonyms, metonyms, agents."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors import ActorKB, ArticleActors, recognize
from accord.actors.importer import convert_actor_dictionary

SEED_DATE = date(2023, 5, 7)


def found(nlp, kb, text, on=SEED_DATE, registry=None):
    doc = nlp(text)
    return doc, recognize(doc, on, kb, registry)


def pairs(mentions):
    return [(m.text, m.actor.code) for m in mentions]


@pytest.fixture(scope="module")
def seed(nlp, kb, shared):
    text = (shared / "seed" / "000_b8f3287eca6855ed.txt").read_text(encoding="utf-8")
    text = text.rsplit("Source:", 1)[0]  # the publisher line is metadata
    doc = nlp(text)
    return doc, recognize(doc, SEED_DATE, kb)


def test_seed_people(seed):
    doc, ms = seed
    kishida = next(m for m in ms if m.text == "Japanese Prime Minister Fumio Kishida")
    assert (kishida.actor.code, kishida.actor.name, kishida.actor.country, kishida.actor.sectors,
            kishida.actor.kind) == ("JPNGOV", "Fumio Kishida", "JPN", ("GOV",), "person")
    assert doc[kishida.head].text == "Kishida"
    assert sum(1 for m in ms if m.start == kishida.start) == 1  # one mention for the whole phrase
    yoon = next(m for m in ms if m.text == "South Korean President Yoon Suk Yeol")
    assert (yoon.actor.code, yoon.actor.kind) == ("KORGOV", "person")
    later = [m for m in ms if m.text in ("Kishida", "Yoon")]
    assert len(later) >= 10
    assert {(m.text, m.actor.code, m.actor.name) for m in later} == {
        ("Kishida", "JPNGOV", "Fumio Kishida"), ("Yoon", "KORGOV", "Yoon Suk Yeol")}
    assert not any("Yuko" in m.text for m in ms)  # his wife is not him


def test_seed_countries_and_metonyms(seed):
    doc, ms = seed
    got = pairs(ms)
    assert ("South Korea", "KOR") in got and ("Japan", "JPN") in got
    seoul_tokyo = [m for m in ms if doc.text[m.start - 9:m.start] == "between " or m.text in ("Seoul", "Tokyo")]
    assert ("Seoul", "KOR") in pairs(seoul_tokyo) and ("Tokyo", "JPN") in pairs(seoul_tokyo)
    cemetery = doc.text.index("national cemetery in Seoul") + len("national cemetery in ")
    assert not any(m.start == cemetery for m in ms)  # a place, not an actor
    trip = doc.text.index("trip to Tokyo") + len("trip to ")
    assert any(m.start == trip and m.actor.code == "JPN" for m in ms)
    assert not any(m.actor.code in ("USA", "---") or "Star" in m.text for m in ms)


def test_seed_compound_actors(seed):
    doc, ms = seed
    leaders = [m for m in ms if m.text == "leaders of South Korea and Japan"]
    assert sorted(m.actor.code for m in leaders) == ["JPNGOV", "KORGOV"]
    assert {doc[m.head].text for m in leaders} == {"leaders"}
    officials = [m for m in ms if m.text == "South Korean and Japanese officials"]
    assert sorted(m.actor.code for m in officials) == ["JPNGOV", "KORGOV"]
    assert {doc[m.head].text for m in officials} == {"officials"}
    prk = [m for m in ms if m.actor.code == "PRK"]
    assert prk and all(doc[m.head].text == "Korea" and m.text == "North Korea" for m in prk)
    media = next(m for m in ms if m.text == "South Korean media")
    assert media.actor.code == "KORMED"
    assert ("Japanese leader", "JPNGOV") in pairs(ms)
    rule = doc.text.index("Japanese rule")
    assert not any(m.start <= rule < m.end for m in ms)  # an adjective before a non-agent noun


def test_titles_for_unknown_people(nlp, kb):
    doc, ms = found(nlp, kb, "Kenyan Foreign Minister Joseph Kamau met Chinese officials on Monday. "
                             "Kamau said the talks went well. The foreign minister left later.")
    assert pairs(ms) == [("Kenyan Foreign Minister Joseph Kamau", "KENGOV"), ("Chinese officials", "CHNGOV"),
                         ("Kamau", "KENGOV"), ("foreign minister", "KENGOV")]
    assert {m.actor.name for m in ms if m.actor.code == "KENGOV"} == {"Joseph Kamau"}
    _, ms = found(nlp, kb, "Joseph Kamau, Kenya's foreign minister, said on Monday that Nairobi would respond.")
    assert pairs(ms) == [("Joseph Kamau", "KENGOV"), ("Nairobi", "KEN")]
    _, ms = found(nlp, kb, "The Sudanese army chief Abdel Fattah al-Burhan said the talks had failed.")
    assert pairs(ms) == [("Sudanese army chief Abdel Fattah al-Burhan", "SDNMIL")]
    _, ms = found(nlp, kb, "Former President Moon Jae-in criticised the plan.")
    assert [m.actor.code for m in ms] == ["KORELI"]


def test_title_agrees_with_dated_role(nlp, kb):
    _, ms = found(nlp, kb, "Turkish President Recep Tayyip Erdoğan met his rivals. Erdogan said little.")
    assert pairs(ms) == [("Turkish President Recep Tayyip Erdoğan", "TURGOV"), ("Erdogan", "TURGOV")]
    _, ms = found(nlp, kb, "President Biden spoke with Prime Minister Narendra Modi of India.")
    assert pairs(ms) == [("President Biden", "USAGOV"), ("Prime Minister Narendra Modi of India", "INDGOV")]
    assert ms[0].actor.name == "Joe Biden"
    _, ms = found(nlp, kb, "German Chancellor Olaf Scholz met President Xi. Mr Xi smiled.")
    assert pairs(ms) == [("German Chancellor Olaf Scholz", "DEUGOV"), ("President Xi", "CHNGOV"), ("Mr Xi", "CHNGOV")]
    assert ms[0].actor.name == "Olaf Scholz" and ms[1].actor.name == "Xi Jinping"
    _, ms = found(nlp, kb, "Japanese Prime Minister Fumio Kishida spoke.", on=date(2008, 1, 1))
    assert ms[0].actor.code == "JPNGOV" and "2007-09-01" in ms[0].reason


def test_demonyms_and_adjectives(nlp, kb):
    _, ms = found(nlp, kb, "Americans and Britons protested. The Japanese said they would not accept Japanese rule.")
    assert pairs(ms) == [("Americans", "USA"), ("Britons", "GBR"), ("Japanese", "JPN")]
    _, ms = found(nlp, kb, "Israeli troops and Russian forces withdrew, US officials said.")
    assert pairs(ms) == [("Israeli troops", "ISRMIL"), ("Russian forces", "RUSMIL"), ("US officials", "USAGOV")]


def test_metonyms_versus_locations(nlp, kb):
    _, ms = found(nlp, kb, "Seoul and Tokyo agreed to hold talks in Seoul. The Kremlin said the meeting "
                           "in the Kremlin had been useful, and Washington welcomed it.")
    assert pairs(ms) == [("Seoul", "KOR"), ("Tokyo", "JPN"), ("Kremlin", "RUSGOV"), ("Washington", "USA")]
    _, ms = found(nlp, kb, "Police raided the Washington Post and the Korea Herald.")
    assert [(m.text, m.actor.code, m.actor.country) for m in ms] == [("Police", "---COP", None),
                                                                      ("Washington Post", "MED", None)]


def test_organizations_and_groups(nlp, kb):
    _, ms = found(nlp, kb, "NATO and the European Union condemned the attack, and the UN Security Council met. "
                           "Boko Haram denied it. The Star reported the story.")
    assert pairs(ms) == [("NATO", "IGOWSTNAT"), ("European Union", "IGOEUREEC"),
                         ("UN Security Council", "IGOUNO"), ("Boko Haram", "NGAREB")]
    assert ms[0].actor.kind == "igo" and ms[-1].actor.kind == "group"


def test_agents_alone(nlp, kb):
    _, ms = found(nlp, kb, "Police arrested rebels, and the government spokesman said their leaders had fled "
                           "from a camp at the police station.")
    assert pairs(ms) == [("Police", "---COP"), ("rebels", "---REB"), ("government spokesman", "---GOV")]


def test_registry_across_docs(nlp, kb):
    reg = ArticleActors()
    _, first = found(nlp, kb, "Kenyan President William Kamau arrived on Monday.", registry=reg)
    _, second = found(nlp, kb, "Kamau met the press. The president left on Tuesday.", registry=reg)
    assert pairs(second) == [("Kamau", "KENGOV"), ("president", "KENGOV")]
    assert second[0].actor.name == "William Kamau"
    _, alone = found(nlp, kb, "Kamau met the press.")  # a new article knows nobody
    assert alone == []


def test_user_actors_in_text(nlp, tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("iso3\tcameo\tname\taliases\tadjectives\tdemonyms\tcapitals\tnote\n"
                 "WAK\t\tWakanda\t\tWakandan\tWakandans\tBirnin Zana\t\n", encoding="utf-8")
    kb = ActorKB.load(extra_files=(f,))
    _, ms = found(nlp, kb, "Wakandan troops crossed the border and Birnin Zana protested to Japan.")
    assert pairs(ms) == [("Wakandan troops", "WAKMIL"), ("Birnin Zana", "WAK"), ("Japan", "JPN")]


def test_petr_validate_dictionaries_in_text(nlp, tmp_path, shared):
    d = shared / "reference" / "dictionaries"
    for kind in ("actors", "agents", "discards"):
        convert_actor_dictionary(d / f"PETR.Validate.{kind}.txt", tmp_path, kind)
    kb = ActorKB.load(dict_dir=tmp_path)
    _, ms = found(nlp, kb, "Gondor troops attacked Mordor while Arnor watched.")
    assert pairs(ms) == [("Gondor troops", "GONMIL"), ("Mordor", "MOR"), ("Arnor", "ARN")]
