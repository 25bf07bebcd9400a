"""Earlier PLOVER category names mapped to PLOVER 2021 (data/plover_aliases.tsv)."""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).parent / "data" / "plover_aliases.tsv"


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("old\t"):
            continue
        old, new = line.split("\t")[:2]
        out[old.strip().upper()] = new.strip().upper()
    return out


def current_plover(name: str | None) -> str | None:
    """'DISAPPROVE' -> 'ACCUSE'; a current name (or None) unchanged."""
    if name is None:
        return None
    return _aliases().get(name.upper(), name.upper())
