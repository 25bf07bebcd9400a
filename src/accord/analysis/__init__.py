"""Relations over time, from the deduplicated events of a store.

    >>> from accord.store import open_store
    >>> from accord.analysis import dyad_series, visits, top_dyads
    >>> with open_store("accord.duckdb", read_only=True) as st:
    ...     rows = dyad_series(st, "KOR", "JPN", by="month")

Analyses count deduplicated events (table ``events``) whose modality says they happened or
were announced (asserted, reported, intended); negated and hypothetical events are left out.
"""

from __future__ import annotations

from .countries import UnknownActor, resolve
from .dyads import FACTUAL as ANALYSED_MODALITIES
from .dyads import dyad_series, top_dyads
from .visits import visits

__all__ = ["dyad_series", "top_dyads", "visits", "resolve", "UnknownActor", "ANALYSED_MODALITIES"]
