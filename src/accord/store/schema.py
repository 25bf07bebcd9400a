"""The store's tables, as one column list per table.

The same lists give the SQL DDL (any SQL backend) and the Arrow schema used to bulk-insert
rows, so the two never drift apart.  docs/store.md explains every column to users.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

_T = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
}

ARTICLES = [
    ("article_id", "VARCHAR"),
    ("text_hash", "VARCHAR"),
    ("title", "VARCHAR"),
    ("source", "VARCHAR"),  # the outlet
    ("url", "VARCHAR"),
    ("published", "DATE"),
    ("lang", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("n_chars", "INTEGER"),
    ("n_events", "INTEGER"),
    ("n_quotes", "INTEGER"),
    ("warnings", "VARCHAR"),  # JSON list
    ("ingested_at", "TIMESTAMP"),
]

_ACTOR = ["text", "name", "code", "country", "sectors", "kind"]

# what an event is, where it happened: the same columns in mentions and events
_CODING = (
    ("cameo", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("cameo_name", "VARCHAR"),
    ("goldstein", "DOUBLE"),
    ("quad_class", "INTEGER"),
    ("penta_class", "INTEGER"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
)

MENTIONS = [
    ("mention_id", "VARCHAR"),  # Event.event_id: stable id of the coded event
    ("event_id", "VARCHAR"),  # the deduplicated event it belongs to (events.event_id)
    ("dedup_key", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("in_lead", "BOOLEAN"),  # in the title or first paragraph (GDELT IsRootEvent)
    ("date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("date_source", "VARCHAR"),
    ("date_text", "VARCHAR"),
    *[(f"source_{f}", "VARCHAR") for f in _ACTOR],
    *[(f"target_{f}", "VARCHAR") for f in _ACTOR],
    *_CODING,
    ("evidence_sentence", "VARCHAR"),
    ("sentence_start", "INTEGER"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("source_span_start", "INTEGER"),
    ("source_span_end", "INTEGER"),
    ("target_span_start", "INTEGER"),
    ("target_span_end", "INTEGER"),
    ("rule", "VARCHAR"),
    ("record", "VARCHAR"),  # Event.to_dict() as JSON: the full event-record contract
]

EVENTS = [
    ("event_id", "VARCHAR"),
    ("global_id", "BIGINT"),  # a positive integer id (GDELT GlobalEventID)
    ("dedup_key", "VARCHAR"),
    ("date", "DATE"),  # the best date among the mentions
    ("date_precision", "VARCHAR"),
    ("date_lo", "DATE"),  # the days every mention's date can stand for
    ("date_hi", "DATE"),
    *[(f"source_{f}", "VARCHAR") for f in _ACTOR if f != "text"],
    *[(f"target_{f}", "VARCHAR") for f in _ACTOR if f != "text"],
    *_CODING,
    ("num_mentions", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("first_seen", "DATE"),  # earliest publication date of a reporting article
    ("last_seen", "DATE"),
    ("added_at", "TIMESTAMP"),  # when its first mention was stored
    ("is_root", "BOOLEAN"),  # some mention is in a title or first paragraph
    ("mention_id", "VARCHAR"),  # the representative mention (evidence, url)
    ("article_id", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("source_url", "VARCHAR"),
    ("evidence_sentence", "VARCHAR"),
    ("rule", "VARCHAR"),
]

QUOTES = [
    ("quote_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("text", "VARCHAR"),
    *[(f"speaker_{f}", "VARCHAR") for f in _ACTOR],
    ("record", "VARCHAR"),
]

META = [("key", "VARCHAR"), ("value", "VARCHAR")]

TABLES = {
    "meta": (META, "key"),
    "articles": (ARTICLES, "article_id"),
    "mentions": (MENTIONS, "mention_id"),
    "events": (EVENTS, None),  # rebuilt per dedup key inside a batch: no unique index
    "quotes": (QUOTES, "quote_id"),
}

INDEXES = [
    ("articles_hash", "articles", "text_hash"),
    ("mentions_key", "mentions", "dedup_key"),
    ("mentions_article", "mentions", "article_id"),
    ("events_key", "events", "dedup_key"),
]


def ddl() -> list[str]:
    """CREATE statements for every table and index (idempotent)."""
    out = []
    for name, (cols, pk) in TABLES.items():
        body = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == pk else "") for c, t in cols)
        out.append(f"CREATE TABLE IF NOT EXISTS {name} ({body})")
    out += [f"CREATE INDEX IF NOT EXISTS {n} ON {t} ({c})" for n, t, c in INDEXES]
    return out


def arrow_schema(cols: list[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(c, _T[t]) for c, t in cols])


def column_names(cols: list[tuple[str, str]]) -> list[str]:
    return [c for c, _ in cols]
