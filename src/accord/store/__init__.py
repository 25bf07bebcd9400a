"""The event store: coded articles, event mentions, deduplicated events and quotes.

    >>> from accord.store import open_store, EventFilter
    >>> with open_store("accord.duckdb", read_only=True) as store:
    ...     for ev in store.events(EventFilter(dyad=("KOR", "JPN"))):
    ...         print(ev["date"], ev["source_code"], ev["cameo"], ev["target_code"], ev["num_mentions"])

DuckDB (one embedded file) is the only backend today; every caller goes through the
EventStore interface (accord.store.base), so another backend only has to implement it.
"""

from __future__ import annotations

from pathlib import Path

from .base import BatchResult, EventFilter, EventStore, StoreError

DEFAULT_DB = "accord.duckdb"

__all__ = ["open_store", "EventStore", "EventFilter", "BatchResult", "StoreError", "DEFAULT_DB"]


def open_store(location: str | Path = DEFAULT_DB, read_only: bool = False) -> EventStore:
    """Open (or, unless read_only, create) the store at ``location``.

    A path opens a DuckDB file; ``postgresql://`` URLs are reserved for a later backend.
    """
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        raise StoreError("the PostgreSQL backend is not written yet: use a DuckDB file path")
    from .duckdb_store import DuckDBStore

    return DuckDBStore(loc, read_only=read_only)
