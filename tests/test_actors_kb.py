"""The actor knowledge base: loading, dated roles, lookup, user files, dict_dir, CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from accord.actors import ActorDataError, ActorKB
from accord.actors.importer import convert_actor_dictionary


def codes(actors):
    return [a.code for a in actors]


def test_load_is_cached(kb):
    assert ActorKB.load() is kb
    stats = kb.stats()
    assert stats["countries"] > 240 and stats["person_roles"] > 20000 and stats["agents"] > 3000


def test_kishida_by_date(kb):
    on_seed = kb.lookup("Fumio Kishida", date(2023, 5, 7))[0]
    assert (on_seed.code, on_seed.country, on_seed.sectors, on_seed.kind) == ("JPNGOV", "JPN", ("GOV",), "person")
    assert on_seed.name == "Fumio Kishida" and "2021-10-04..2024-10-01" in on_seed.reason
    cabinet = kb.lookup("Fumio Kishida", date(2008, 1, 1))[0]  # Phoenix: 2007-08 cabinet member
    assert cabinet.code == "JPNGOV" and "2007-09-01..2008-08-31" in cabinet.reason
    after = kb.lookup("Fumio Kishida", date(2025, 1, 15))[0]
    assert after.code == "JPNELI" and "ended before 2025-01-15" in after.reason


def test_role_on_date_then_default_then_closest(kb):
    # Phoenix gives Shinzo Abe an undated JPNELI default outside his dated roles
    assert kb.lookup("Shinzo Abe", date(2015, 6, 1))[0].code == "JPNGOV"
    abe_2022 = kb.lookup("Shinzo Abe", date(2022, 1, 1))[0]
    assert abe_2022.code == "JPNELI" and "undated" in abe_2022.reason
    before = kb.lookup("Yoon Suk Yeol", date(2021, 1, 1))[0]
    assert before.code == "KORGOV" and "closest role in time" in before.reason


def test_spelling_variants(kb):
    for name in ("Yoon Suk-yeol", "YOON SUK YEOL", "Yoon Suk Yeol"):
        assert codes(kb.lookup(name, date(2023, 5, 7)))[:1] == ["KORGOV"], name
    for name in ("Erdoğan", "Erdogan", "Recep Tayyip Erdogan", "Tayyip Erdoğan"):
        assert codes(kb.lookup(name, date(2023, 5, 7)))[:1] == ["TURGOV"], name


@pytest.mark.parametrize("name,code", [
    ("South Korea", "KOR"), ("Japan", "JPN"), ("Japanese", "JPN"), ("South Korean", "KOR"),
    ("South Koreans", "KOR"), ("Britons", "GBR"), ("Americans", "USA"), ("Seoul", "KOR"),
    ("Tokyo", "JPN"), ("Beijing", "CHN"), ("Washington", "USA"), ("the Kremlin", "RUSGOV"),
    ("the White House", "USAGOV"), ("Downing Street", "GBRGOV"), ("Kosovo", "XKX"), ("East Timor", "TLS"),
    ("Soviet Union", "SUN"), ("Burma", "MMR"),
])
def test_countries_demonyms_metonyms(kb, name, code):
    assert codes(kb.lookup(name))[:1] == [code]


@pytest.mark.parametrize("name,code", [
    ("United Nations", "IGOUNO"), ("UN", "IGOUNO"), ("European Union", "IGOEUREEC"), ("EU", "IGOEUREEC"),
    ("NATO", "IGOWSTNAT"), ("ASEAN", "IGOSEAASN"), ("African Union", "IGOAFRAFU"), ("OPEC", "IGOBUSOPC"),
    ("World Bank", "IGOUNODEVWBK"), ("IMF", "IGOBUSIMF"), ("World Health Organization", "IGOUNOHLHWHO"),
])
def test_organizations(kb, name, code):
    found = kb.lookup(name)
    assert found[0].code == code and found[0].kind == "igo" and found[0].country is None


def test_agents_with_countries(kb):
    troops = kb.lookup("Israeli troops")[0]
    assert (troops.code, troops.country, troops.sectors) == ("ISRMIL", "ISR", ("MIL",))
    assert codes(kb.lookup("the Sudanese army chief")) == ["SDNMIL"]
    assert codes(kb.lookup("Kenyan journalists")) == ["KENMED"]
    assert codes(kb.lookup("South Korean and Japanese officials")) == ["KORGOV", "JPNGOV"]
    assert codes(kb.lookup("the leaders of South Korea and Japan")) == ["KORGOV", "JPNGOV"]
    alone = kb.lookup("prime minister")[0]
    assert (alone.code, alone.country, alone.kind) == ("---GOV", None, "sector")
    assert kb.lookup("no such thing at all") == []


def test_armed_groups(kb):
    assert codes(kb.lookup("Boko Haram"))[:1] == ["NGAREB"]
    assert kb.lookup("Hamas")[0].code.startswith("PSE")


def test_user_file_adds_and_overrides(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text(
        "# my actors\n"
        "name\taliases\tcode\trole\tstart\tend\tnote\n"
        "Jane Roe\tJ. Roe\tUSAGOV\tenvoy\t2021-02-01\t\t\n"
        "Fumio Kishida\t\tJPNLEG\tlawmaker\t2024-10-02\t\tafter his premiership\n",
        encoding="utf-8")
    g = tmp_path / "countries.tsv"
    g.write_text("iso3\tcameo\tname\taliases\tadjectives\tdemonyms\tcapitals\tnote\n"
                 "WAK\t\tWakanda\t\tWakandan\tWakandans\tBirnin Zana\tfictional\n", encoding="utf-8")
    h = tmp_path / "agents.tsv"
    h.write_text("phrase\tcode\tplural\tnote\nborder ranger\t~MIL\t\t\n", encoding="utf-8")
    kb = ActorKB.load(extra_files=(f, g, h))
    assert kb is not ActorKB.load()
    assert codes(kb.lookup("J. Roe", date(2023, 1, 1))) == ["USAGOV"]
    assert codes(kb.lookup("Fumio Kishida", date(2025, 1, 15)))[:1] == ["JPNLEG"]
    assert codes(kb.lookup("Fumio Kishida", date(2023, 5, 7)))[:1] == ["JPNGOV"]  # shipped roles stay
    assert codes(kb.lookup("Wakandans")) == ["WAK"]
    assert codes(kb.lookup("Wakandan border rangers")) == ["WAKMIL"]


@pytest.mark.parametrize("text,where", [
    ("name\taliases\tcode\trole\tstart\tend\tnote\nA B\t\tUSAGOV\t\t2021-13-01\t\t\n", ":2:"),
    ("name\taliases\tcode\trole\tstart\tend\tnote\nA B\t\tUSAGOV\t\t\t\t\nC D\t\tnot a code\t\t\t\t\n", ":3:"),
    ("name\taliases\tcode\trole\tstart\tend\tnote\nA B\t\tUSAGOV\t\t2022-01-01\t2021-01-01\t\n", ":2:"),
    ("who\twhat\nA\tB\n", ":1:"),
    ("phrase\tcode\tplural\tnote\nranger\tMIL\t\t\n", ":2:"),
])
def test_malformed_user_file_names_file_and_line(tmp_path, text, where):
    f = tmp_path / "bad.tsv"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ActorDataError) as exc:
        ActorKB.load(extra_files=(f,))
    assert f"bad.tsv{where}" in str(exc.value)


# -- importer ------------------------------------------------------------------------------

HANDMADE_ACTORS = """<!-- a test dictionary
spanning lines -->
GONDOR_ [GON]  # a country
+MINAS_TIRITH
+GONDORIAN

ARAGORN_  # CountryInfo.txt
\t[RNG <500101]
\t[GONGOV 19500102-991231]
\t[GONELI >000101]
\t[GONREB 20100931-20111231]
SHIRE [FRO/SAM]
NOCODE_
BAD_RESTRICTION
\t[HOB 1234567-991231]
\t[HOB]
"""


def test_importer_actors_handmade(tmp_path):
    src = tmp_path / "Test.actors.txt"
    src.write_text(HANDMADE_ACTORS, encoding="utf-8")
    rep = convert_actor_dictionary(src, tmp_path / "out", "actors")
    assert rep.dst == tmp_path / "out" / "actors" / "Test.tsv" and rep.entries == 5
    warnings = "\n".join(rep.warnings)
    assert "Test.actors.txt:11" in warnings  # 2010-09-31 does not exist
    assert "Test.actors.txt:13" in warnings  # NOCODE_ has no code
    assert "Test.actors.txt:15" in warnings  # a 7-digit date
    kb = ActorKB.load(dict_dir=tmp_path / "out")
    assert codes(kb.lookup("Gondorian")) == ["GON"] and codes(kb.lookup("Minas Tirith")) == ["GON"]
    assert codes(kb.lookup("Aragorn", date(1949, 12, 31))) == ["RNG"]  # <500101: 1950, YY > 30 -> 19YY
    assert codes(kb.lookup("Aragorn", date(1960, 1, 1))) == ["GONGOV"]
    assert codes(kb.lookup("Aragorn", date(2005, 1, 1))) == ["GONELI"]  # 000101: YY <= 30 -> 20YY
    assert codes(kb.lookup("Aragorn", date(1999, 12, 31))) == ["GONGOV"]  # limits are inclusive
    assert set(codes(kb.lookup("Shire"))) == {"FRO", "SAM"}
    assert codes(kb.lookup("Bad Restriction")) == ["HOB"]
    assert kb.lookup("Fumio Kishida", date(2023, 5, 7)) == []  # the dictionary replaces the shipped actors


def test_importer_agents_and_discards_handmade(tmp_path):
    agents = tmp_path / "Test.agents.txt"
    agents.write_text("!PERSON! = MAN, MEN, WOMAN\n"
                      "POLICE {} [~COP]\n"
                      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                      "CONGRESS!PERSON! [~LEG]\n"
                      "HUMAN_RIGHTS_BODY [NGO~]  # prefix\n"
                      "NOT AN AGENT LINE\n"
                      "TROOP [~MIL]\n", encoding="utf-8")
    rep = convert_actor_dictionary(agents, tmp_path / "d", "agents")
    assert any("Test.agents.txt:6" in w for w in rep.warnings)
    rows = (tmp_path / "d" / "agents" / "Test.tsv").read_text(encoding="utf-8")
    assert "congresswoman\t~LEG\t-" in rows and "police\t~COP\t-" in rows
    assert "attorney general\t~JUD\tattorneys general" in rows
    discards = tmp_path / "Test.discards.txt"
    discards.write_text("+World Golf Championships  # story\nBASEBALL_\nMONTHS LATER\n", encoding="utf-8")
    convert_actor_dictionary(discards, tmp_path / "d", "discards")
    actors = tmp_path / "Test.actors.txt"
    actors.write_text("GONDOR [GON]\n", encoding="utf-8")
    convert_actor_dictionary(actors, tmp_path / "d", "actors")
    kb = ActorKB.load(dict_dir=tmp_path / "d")
    assert codes(kb.lookup("Gondor troops")) == ["GONMIL"]
    assert codes(kb.lookup("Gondor human rights body")) == ["NGOGON"]
    assert codes(kb.lookup("attorneys general")) == ["---JUD"]
    assert kb.lookup("police")[0].code == "---COP" and kb.lookup("polices") == []
    assert kb.discard("He watched the World Golf Championships.").scope == "story"
    assert kb.discard("We played baseball today.").phrase == "baseball"
    assert kb.discard("Baseballs are round.") is None  # BASEBALL_ must end at a word boundary
    with pytest.raises(ValueError):
        convert_actor_dictionary(actors, tmp_path / "d", "verbs")


def test_importer_on_phoenix_files(tmp_path, shared):
    d = shared / "reference" / "dictionaries"
    rep = convert_actor_dictionary(d / "Phoenix.Countries.actors.txt", tmp_path, "actors")
    assert rep.entries > 18000 and rep.rows > 28000 and 0 < len(rep.warnings) < 100
    text = rep.dst.read_text(encoding="utf-8")
    assert "Fumio Kishida\t\tJPNGOV\t\t2007-09-01\t2008-08-31\tperson" in text
    rep = convert_actor_dictionary(d / "Phoenix.agents.txt", tmp_path, "agents")
    assert rep.rows > 3000 and "prime minister\t~GOV" in rep.dst.read_text(encoding="utf-8")
    assert convert_actor_dictionary(d / "Phoenix.discards.txt", tmp_path, "discards").rows > 400


def test_petr_validate_dictionaries(tmp_path, shared):
    d = shared / "reference" / "dictionaries"
    for kind in ("actors", "agents", "discards"):
        rep = convert_actor_dictionary(d / f"PETR.Validate.{kind}.txt", tmp_path, kind)
        assert rep.rows > 5
    kb = ActorKB.load(dict_dir=tmp_path)
    assert codes(kb.lookup("Arnor")) == ["ARN"] and codes(kb.lookup("Minas Tirith")) == ["GON"]
    assert codes(kb.lookup("Japan")) == ["JAP"]  # the test dictionary's own code
    assert codes(kb.lookup("Sam Gamgee", date(2009, 1, 1))) == ["HOBMIL"]
    assert codes(kb.lookup("Sam Gamgee", date(2010, 1, 10))) == ["ORCHOB"]  # the first restriction wins
    assert codes(kb.lookup("Sam Gamgee", date(2014, 1, 1))) == ["HOBELI"]
    assert codes(kb.lookup("Gollum", date(1990, 1, 1))) == ["HOB"]
    assert codes(kb.lookup("Smeagol", date(1997, 1, 1))) == ["HOBGOV"]
    assert codes(kb.lookup("Gondor foreign minister")) == ["GONGOVFRM"]
    assert kb.lookup("Seoul")[0].code == "KOR" and kb.lookup("Tokyo") == []


# -- CLI ------------------------------------------------------------------------------

def test_cli_lookup(tmp_path):
    from accord.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["actors", "lookup", "Fumio Kishida", "--date", "2023-05-07", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["actors"][0]["code"] == "JPNGOV" and "2021-10-04" in out["actors"][0]["reason"]
    res = runner.invoke(app, ["actors", "lookup", "Seoul"])
    assert res.exit_code == 0 and "KOR" in res.stdout
    assert runner.invoke(app, ["actors", "lookup", "Nobody Whatever"]).exit_code == 1
    assert runner.invoke(app, ["actors", "lookup", "Seoul", "--date", "2023-02-30"]).exit_code == 2
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tcode\nX Y\tnot ok\n", encoding="utf-8")
    res = runner.invoke(app, ["actors", "lookup", "X Y", "--actors", str(bad)])
    assert res.exit_code == 2 and "bad.tsv:2" in res.output
