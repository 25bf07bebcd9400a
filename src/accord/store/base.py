"""The store interface: everything outside accord.store talks to an EventStore only.

A backend (DuckDB now, PostgreSQL later) implements the abstract methods; ingest, queries,
analyses, exports and the CLI never see SQL of a particular database.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..model import CodedArticle


class StoreError(RuntimeError):
    """A store that cannot be opened or used (missing, locked, another schema)."""


@dataclass(frozen=True)
class EventFilter:
    """Which events (or mentions) a query returns.  All given conditions must hold.

    An actor matches X when its country is X, its code is X or its code starts with X
    (``KOR`` matches ``KOR``, ``KORGOV``, ``KORMIL``).  ``dyad`` matches both directions.
    ``cameo`` is a code prefix (``04`` = every consultation).
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    since: date | None = None
    until: date | None = None
    cameo: str | None = None
    plover: str | None = None
    quad: int | None = None
    modality: tuple[str, ...] | None = None
    limit: int | None = None


@dataclass(frozen=True)
class BatchResult:
    articles: int  # new articles stored
    duplicates: int  # articles of the batch already present (same id or same text)
    mentions: int
    quotes: int
    events_touched: int  # deduplicated events rebuilt by this batch


class EventStore(abc.ABC):
    """A database of coded articles, their event mentions, deduplicated events and quotes."""

    location: str

    # -- ingest ---------------------------------------------------------------------
    @abc.abstractmethod
    def known_articles(self) -> tuple[set[str], set[str]]:
        """(article ids, text hashes) already stored: what ingest skips before coding."""

    @abc.abstractmethod
    def add(self, batch: Sequence[CodedArticle]) -> BatchResult:
        """Store a batch in one transaction (all of it or none); articles already present
        are left as they are; the dedup of every event key the batch touches is redone."""

    @abc.abstractmethod
    def rebuild(self) -> int:
        """Re-join all mentions into events (after a change of the dedup rule)."""

    # -- query ----------------------------------------------------------------------
    @abc.abstractmethod
    def events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Deduplicated events (table ``events``), by date then id."""

    @abc.abstractmethod
    def mentions(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Raw mentions (table ``mentions``), one per coded Event."""

    @abc.abstractmethod
    def articles(self) -> Iterator[dict[str, Any]]: ...

    @abc.abstractmethod
    def quotes(self, article_id: str | None = None) -> Iterator[dict[str, Any]]: ...

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per table."""

    @abc.abstractmethod
    def close(self) -> None: ...

    # -- export ---------------------------------------------------------------------
    def export(self, fmt: str, path: str | Path, level: str = "events",
               flt: EventFilter | None = None) -> int:
        """Write events (or mentions) in ``fmt`` (gdelt, icews, parquet, jsonl, csv); rows written."""
        from .. import export

        return export.export(self, fmt, path, level=level, flt=flt)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
