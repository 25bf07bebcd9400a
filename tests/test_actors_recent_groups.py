"""Armed groups, militias, separatist and opposition movements and intergovernmental bodies
prominent in 2010-2025 news (data/recent_groups.tsv and the curated organisations), the dated
rows of groups whose status changed, and the rule for the ambiguous acronym RSF.  The sentences
are made up."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors import recognize


def codes(nlp, kb, text, on):
    doc = nlp(text)
    return [(m.text, m.actor.code) for m in recognize(doc, on, kb)]


def found(nlp, kb, text, name, code, on):
    """A mention of the name (alone or with an agent word: "M23 rebels") with the code."""
    got = codes(nlp, kb, text, on)
    assert any(name in t and c == code for t, c in got), got


D2024 = date(2024, 6, 1)


@pytest.mark.parametrize("text, name, code", [
    # non-state armed groups, by the country where they fight
    ("The Rapid Support Forces shelled El Fasher on Sunday.", "Rapid Support Forces", "SDNREB"),
    ("M23 rebels seized the town of Rubaya.", "M23", "CODREB"),
    ("Hayat Tahrir al-Sham attacked an army post near Idlib.", "Hayat Tahrir al-Sham", "SYRREBMUS"),
    ("ISWAP attacked a military base in Borno.", "ISWAP", "NGAREB"),
    ("The TTP claimed the bombing in Peshawar.", "TTP", "PAKREB"),
    ("Tehrik-i-Taliban Pakistan claimed the bombing in Peshawar.", "Tehrik-i-Taliban Pakistan", "PAKREB"),
    ("The Arakan Army captured a border post.", "Arakan Army", "MMRREB"),
    ("The SDF detained dozens of suspects in Raqqa.", "SDF", "SYRREB"),
    ("Kataib Hezbollah threatened American forces.", "Kataib Hezbollah", "IRQUAF"),
    ("The Popular Mobilization Forces held a parade in Baghdad.", "Popular Mobilization Forces", "IRQUAF"),
    ("JNIM ambushed a convoy near Timbuktu.", "JNIM", "MLIREB"),
    ("Jama'at Nusrat al-Islam wal-Muslimin ambushed a convoy.", "Jama'at Nusrat al-Islam wal-Muslimin", "MLIREB"),
    ("The People's Defence Force attacked a police station in Sagaing.", "People's Defence Force", "MMRREB"),
    ("ISIS-K claimed the attack on the airport.", "ISIS-K", "AFGREB"),
    ("The Islamic State in the Greater Sahara killed ten villagers.", "Islamic State in the Greater Sahara", "MLIREB"),
    ("The YPG shelled a Turkish outpost.", "YPG", "SYRREB"),
    ("Ambazonia Defence Forces kidnapped a teacher.", "Ambazonia Defence Forces", "CMRREB"),
    ("The Azov Regiment defended the steel plant.", "Azov Regiment", "UKRMIL"),
    ("The Azov battalion defended the steel plant.", "Azov battalion", "UKRMIL"),
    ("The Sinaloa cartel killed two police officers.", "Sinaloa cartel", "MEXCRM"),
    ("Palestinian Islamic Jihad fired rockets at Sderot.", "Palestinian Islamic Jihad", "PSEREB"),
    ("Islamic Jihad fired rockets at Sderot.", "Islamic Jihad", "PSEREB"),
    ("The Al-Quds Brigades fired rockets at Sderot.", "Al-Quds Brigades", "PSEREB"),
    ("The Qassam Brigades fired rockets at Ashkelon.", "Qassam Brigades", "PSEREBHMS"),
    ("The ELN released two hostages.", "ELN", "COLREB"),
    ("Hurras al-Din claimed the attack near Idlib.", "Hurras al-Din", "SYRREBMUS"),
    # opposition movements
    ("The National Unity Government appealed for help.", "National Unity Government", "MMROPP"),
    ("The Forces of Freedom and Change called for a strike.", "Forces of Freedom and Change", "SDNOPP"),
    ("The Anti-Corruption Foundation published a new investigation.", "Anti-Corruption Foundation", "RUSOPP"),
    ("The Presidential Leadership Council dismissed the governor.", "Presidential Leadership Council", "YEMGOV"),
    # intergovernmental bodies and alliances
    ("AUKUS leaders met in San Diego.", "AUKUS", "IGOWST"),
    ("The Quad condemned the missile launch.", "Quad", "IGOASA"),
    ("The Alliance of Sahel States criticised ECOWAS.", "Alliance of Sahel States", "IGOWAF"),
    ("ATMIS troops handed over a base.", "ATMIS troops", "IGOAFRAFUMIL"),
    ("The IRGC seized an oil tanker.", "IRGC", "IRNMIL"),
])
def test_recent_actor_resolves(nlp, kb, text, name, code):
    found(nlp, kb, text, name, code, D2024)


@pytest.mark.parametrize("text, name, on, code", [
    # the Taliban: insurgents, then the de facto government of Afghanistan
    ("The Taliban attacked a checkpoint.", "Taliban", date(2019, 6, 1), "AFGREB"),
    ("The Taliban banned girls from universities.", "Taliban", date(2022, 12, 20), "AFGGOV"),
    # the RSF: a state paramilitary, then at war with the army
    ("The Rapid Support Forces dispersed protesters.", "Rapid Support Forces", date(2019, 6, 3), "SDNMIL"),
    # HTS: rebels, then the caretaker government
    ("Hayat Tahrir al-Sham named a new cabinet.", "Hayat Tahrir al-Sham", date(2024, 12, 10), "SYRGOV"),
    # the TPLF: governing party, then rebels, then opposition
    ("The TPLF attacked the army's Northern Command.", "TPLF", date(2020, 11, 4), "ETHREB"),
    ("The TPLF welcomed the plan.", "TPLF", date(2016, 6, 1), "ETHGOV"),
    # two governments of national unity in two countries
    ("The National Unity Government appointed a minister.", "National Unity Government", date(2016, 6, 1), "AFGGOV"),
    # one name, two groups in two decades
    ("Ansar al-Sunna claimed a bombing in Mosul.", "Ansar al-Sunna", date(2005, 6, 1), "IRQREB"),
    ("Ansar al-Sunna attacked Mocimboa da Praia.", "Ansar al-Sunna", date(2020, 8, 12), "MOZREB"),
])
def test_dated_roles(nlp, kb, text, name, on, code):
    found(nlp, kb, text, name, code, on)


def test_rsf_is_dated(nlp, kb):
    """RSF is the Rapid Support Forces from the Sudan war (15 April 2023) on, Reporters Without
    Borders before; the full names are never ambiguous."""
    assert kb.lookup("RSF", date(2024, 6, 1))[0].code == "SDNREB"
    assert kb.lookup("RSF", date(2019, 6, 1))[0].code == "NGOMED"
    assert ("RSF", "SDNREB") in codes(nlp, kb, "The army accused the RSF of shelling Omdurman.", D2024)
    assert ("RSF", "NGOMED") in codes(nlp, kb, "The army accused RSF of lying about journalists.", date(2019, 6, 1))
    assert ("Reporters Without Borders", "NGOMED") in codes(
        nlp, kb, "The army accused Reporters Without Borders of lying.", D2024)


def test_ambiguous_acronyms_are_left_out(nlp, kb):
    # Australian Defence Force, the Japanese SDF, the file format, a Chinese party
    assert kb.lookup("ADF", D2024) == []
    assert kb.lookup("PDF", D2024) == []
    assert kb.lookup("CPC", D2024) == []
    assert codes(nlp, kb, "The Japanese SDF rescued ten people.", D2024)[0] == ("Japanese SDF", "JPNMIL")
    # the Sea of Azov is no actor
    assert codes(nlp, kb, "Ships crossed the Sea of Azov.", D2024) == []


def test_peoples_without_a_state(nlp, kb):
    assert ("separatists", "CMRREB") in codes(nlp, kb, "Ambazonian separatists burned a school.", D2024)
    assert ("rebels", "MMRREB") in codes(nlp, kb, "Kachin rebels seized a jade mine.", D2024)
