"""Reading CAMEO actor codes: "JPNGOVMIL" -> country JPN, sectors (GOV, MIL).

A code is a run of three-letter chunks.  The first chunk is the country unless it is an
international type (IGO, NGO, MNC, ...), a sector, or ``---`` (no country); after an
international type a country may follow ("NGOUSAHRI").  Chunks listed in sectors.tsv as
sector, international or religion become ``Actor.sectors``; regions and organisation
designators ("UNO" of IGOUNO) stay only in the code.

Older CAMEO country codes (TMP, ROM, ZAR, KSV ...) are read as the ISO 3166 alpha-3 code
accord emits everywhere (data/country_codes.tsv): ``to_iso("TMPGOV")`` is "TLSGOV".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .tables import read_rows

INTERNATIONAL = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"})


@lru_cache(maxsize=1)
def legacy_countries() -> dict[str, str]:
    """Older CAMEO/TABARI country code -> ISO 3166 alpha-3 (data/country_codes.tsv)."""
    text = resources.files("accord.actors").joinpath("data/country_codes.tsv").read_text(encoding="utf-8")
    _, rows = read_rows("country_codes.tsv", text)
    return {r["cameo"].upper(): r["iso3"].upper() for _, r in rows}


def to_iso(code: str, legacy: dict[str, str] | None = None) -> str:
    """``code`` with every three-letter chunk that is an older country code in its ISO
    spelling: "TMPGOV" -> "TLSGOV", "NGOROMDEV" -> "NGOROUDEV", "IDNTMPOPP" -> "IDNTLSOPP"."""
    legacy = legacy_countries() if legacy is None else legacy
    if not legacy or len(code) % 3:
        return code
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    return "".join(legacy.get(c, c) for c in chunks)


@dataclass(frozen=True)
class CodeParts:
    country: str | None
    sectors: tuple[str, ...]
    international: str | None  # IGO, NGO ... when the code starts with one


class CodeReader:
    def __init__(self, sector_types: dict[str, str], countries: set[str]):
        self.sector_types = sector_types  # code -> sector | international | religion | region
        self.countries = countries
        self._cache: dict[str, CodeParts] = {}

    @classmethod
    def shipped_sectors(cls) -> dict[str, str]:
        text = resources.files("accord.actors").joinpath("data/sectors.tsv").read_text(encoding="utf-8")
        _, rows = read_rows("sectors.tsv", text)
        return {r["code"].upper(): r["type"] for _, r in rows}

    def parse(self, code: str) -> CodeParts:
        got = self._cache.get(code)
        if got is not None:
            return got
        chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
        country = None
        international = None
        rest = chunks
        first = chunks[0] if chunks else ""
        if first == "---":
            rest = chunks[1:]
        elif first in INTERNATIONAL:
            international = first
            # "IMGMUSALQ": after an international type, MUS is the religion, not Mauritius
            if len(chunks) > 1 and chunks[1] in self.countries and self.sector_types.get(chunks[1]) != "religion":
                country = chunks[1]
                rest = [first] + chunks[2:]
        elif first in self.countries or (len(first) == 3 and first not in self.sector_types):
            country = first  # a known country, or an unknown code such as a fictional "GON"
            rest = chunks[1:]
        sectors = tuple(c for c in rest if self.sector_types.get(c) in ("sector", "international", "religion"))
        got = CodeParts(country, sectors, international)
        self._cache[code] = got
        return got
