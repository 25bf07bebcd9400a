"""Notable people without a state office (data/figures.tsv): leaders of armed groups, opposition
leaders and dissidents, religious leaders, heads of international organisations, activists.  They
resolve by full name on the article's date (a leader takes his group's code; after the last role
ends, the country's ELI as for leaders.tsv), by surname after a full mention, and by the one-word
names news uses alone.  The sentences are made up."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

import pytest

from accord import Coder
from accord.actors import ArticleActors, recognize
from accord.actors.context import grammar
from accord.actors.names import key


@pytest.fixture(scope="module")
def coder():
    return Coder()


def code_of(kb, name, on):
    got = kb.lookup(name, on)
    assert got, name
    return got[0].code


@pytest.mark.parametrize("name, on, code", [
    # a leader takes his group's code while he leads it
    ("Yevgeny Prigozhin", date(2022, 11, 1), "RUSMIL"),          # Wagner (agencies.tsv RUSMIL)
    ("Yevgeny Prigozhin", date(2012, 3, 1), "RUSBUS"),           # before Wagner: a businessman
    ("Yevgeny Prigozhin", date(2024, 3, 1), "RUSELI"),           # after his death: ELI
    ("Mohamed Hamdan Dagalo", date(2021, 5, 1), "SDNMIL"),       # the RSF before the war
    ("Hemedti", date(2024, 5, 1), "SDNREB"),                     # the RSF at war with the army
    ("Ismail Haniyeh", date(2022, 5, 1), "PSEREBHMS"),
    ("Ismail Haniyeh", date(2006, 9, 1), "PSEGOV"),              # prime minister of the PA
    ("Ismail Haniyeh", date(2025, 3, 1), "PSEELI"),              # no longer Hamas's leader
    ("Yahya Sinwar", date(2024, 9, 1), "PSEREBHMS"),
    ("Yahya Sinwar", date(2025, 3, 1), "PSEELI"),
    ("Naim Qassem", date(2025, 3, 1), "LBNREB"),
    ("Hassan Nasrallah", date(2023, 11, 3), "LBNREB"),
    ("Abu Mohammed al-Jolani", date(2020, 1, 1), "SYRREBMUS"),   # HTS, before he led the state
    ("Abu Mohammed al-Jolani", date(2025, 1, 1), "SYRGOV"),      # leaders.tsv from 2024-12-08
    ("Hibatullah Akhundzada", date(2018, 1, 1), "AFGREB"),       # the insurgency
    ("Hibatullah Akhundzada", date(2023, 1, 1), "AFGGOV"),
    # opposition leaders, dissidents, activists
    ("Alexei Navalny", date(2021, 1, 20), "RUSOPP"),
    ("Sviatlana Tsikhanouskaya", date(2021, 1, 1), "BLROPP"),
    ("Svetlana Tikhanovskaya", date(2021, 1, 1), "BLROPP"),
    ("Bobi Wine", date(2021, 1, 1), "UGAOPP"),
    ("Raila Odinga", date(2017, 8, 1), "KENOPP"),                # Phoenix still has him as PM
    ("Aung San Suu Kyi", date(2012, 4, 1), "MMROPP"),            # before leaders.tsv's role
    ("Greta Thunberg", date(2019, 9, 23), "SWEENV"),
    # religious leaders (Tibet coded CHN, as peoples.tsv does)
    ("Dalai Lama", date(2021, 7, 6), "CHNBUD"),
    ("Patriarch Kirill", date(2022, 5, 1), "RUSORT"),
    ("Ali al-Sistani", date(2015, 5, 1), "IRQSHI"),
    ("Desmond Tutu", date(2010, 1, 1), "ZAFCHR"),
    # officials of international organisations, by date
    ("Antonio Guterres", date(2020, 1, 1), "IGOUNO"),
    ("Antonio Guterres", date(2010, 1, 1), "IGOUNOREFHCR"),
    ("Jens Stoltenberg", date(2016, 7, 10), "IGOWSTNAT"),
    ("Mark Rutte", date(2025, 2, 1), "IGOWSTNAT"),
    ("Mark Rutte", date(2020, 2, 1), "NLDGOV"),
    ("Tedros Adhanom Ghebreyesus", date(2020, 3, 1), "IGOUNOHLHWHO"),
    ("Christine Lagarde", date(2015, 1, 1), "IGOBUSIMF"),
    ("Christine Lagarde", date(2021, 1, 1), "IGOEUREECBUS"),
    ("Kofi Annan", date(2012, 3, 1), "GHAELI"),
    ("Jamal Khashoggi", date(2019, 3, 1), "SAUMED"),               # a calling, not an office: undated
    # a post abroad between two spells in opposition; a speaker's chair, then opposition again
    ("Mikheil Saakashvili", date(2016, 1, 10), "UKRGOV"),
    ("Mikheil Saakashvili", date(2022, 1, 10), "GEOOPP"),
    ("Rached Ghannouchi", date(2020, 6, 1), "TUNLEG"),
    ("Rached Ghannouchi", date(2023, 6, 1), "TUNOPP"),              # undated default role
    ("Abdul Ghani Baradar", date(2021, 8, 20), "AFGGOV"),          # the Taliban rule from 15 August 2021
    # one-word names news uses alone
    ("Haftar", date(2019, 4, 10), "LBYUAF"),
    ("Jolani", date(2020, 1, 1), "SYRREBMUS"),
    ("Thunberg", date(2019, 9, 23), "SWEENV"),
    ("Soleimani", date(2019, 9, 1), "IRNMIL"),
    ("Agnes Callamard", date(2019, 6, 1), "IGOUNO"),                # UN rapporteur, then Amnesty
    ("Agnes Callamard", date(2023, 6, 1), "NGOHRIAMN"),
    # a role in government between two in business
    ("Elon Musk", date(2023, 3, 1), "USABUS"),
    ("Elon Musk", date(2025, 3, 1), "USAGOV"),
    ("Elon Musk", date(2025, 9, 1), "USABUS"),
])
def test_lookup_by_date(kb, name, on, code):
    assert code_of(kb, name, on) == code


def test_surname_after_full_mention(nlp, kb):
    reg = ArticleActors()
    on = date(2023, 6, 24)
    first = recognize(nlp("Wagner founder Yevgeny Prigozhin addressed his fighters."), on, kb, registry=reg)
    assert any(m.actor.code == "RUSMIL" for m in first)
    later = recognize(nlp("Prigozhin said they would turn back."), on, kb, registry=reg)
    assert [(m.text, m.actor.code) for m in later] == [("Prigozhin", "RUSMIL")]


def test_surname_after_full_mention_opposition(nlp, kb):
    reg = ArticleActors()
    on = date(2020, 9, 5)
    recognize(nlp("Opposition leader Maria Kalesnikava spoke in Minsk."), on, kb, registry=reg)
    later = recognize(nlp("Kalesnikava called for new elections."), on, kb, registry=reg)
    assert [(m.text, m.actor.code) for m in later] == [("Kalesnikava", "BLROPP")]


@pytest.mark.parametrize("text, on, source, target", [
    ("Yevgeny Prigozhin accused Russian generals of incompetence.", "2022-11-10", "RUSMIL", "RUS"),
    ("Naim Qassem threatened Israel with retaliation.", "2025-03-01", "LBNREB", "ISR"),
    ("Svetlana Tikhanovskaya met Lithuanian President Gitanas Nauseda.", "2020-09-05", "BLROPP", "LTUGOV"),
    ("Jens Stoltenberg met Polish President Andrzej Duda in Warsaw.", "2016-07-10", "IGOWSTNAT", "POLGOV"),
    ("Guterres called on Israel to show restraint.", "2018-05-01", "IGOUNO", "ISR"),
    ("Muqtada al-Sadr met Iraqi Prime Minister Haider al-Abadi.", "2018-06-11", "IRQSHI", "IRQGOV"),
    ("Abdul-Malik al-Houthi threatened Saudi Arabia.", "2023-09-01", "YEMREB", "SAU"),
])
def test_events(coder, text, on, source, target):
    evs = coder.code(text, published=on)
    assert any(e.source and e.source.code == source and e.target and e.target.code == target for e in evs), [
        (e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]


def _rows():
    text = resources.files("accord.actors").joinpath("data/figures.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_table_is_well_formed(kb):
    rows = _rows()
    assert len({r["name"] for r in rows}) >= 150
    blocked = set(grammar()["bare_surname_blocklist"])
    for r in rows:
        assert r["kind"] == "person", r["name"]
        assert kb.codes.parse(r["code"]).country or r["code"][:3] in ("IGO", "NGO", "IMG", "SAS"), r["name"]
        assert not r["start"] or not r["end"] or r["start"] <= r["end"], r["name"]
        for alias in filter(None, r["aliases"].split("|")):
            assert key(alias) != key(r["name"]), (r["name"], alias)
            if " " not in alias and "-" not in alias:  # a one-word alias is no common surname
                assert key(alias) not in blocked, alias
