"""The embedded DuckDB backend of the store (one file, no server)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..model import CodedArticle
from . import schema
from .base import BatchResult, EventFilter, EventStore, StoreError
from .dedup import affected, build_events, load_rule
from .records import coded_rows

_FETCH = 2000
_ARTICLE_INFO = "article_id, published, source, url, ingested_at"
# what clustering and event rows need of a mention (not the record JSON)
_CLUSTER_COLS = ", ".join(c for c in schema.column_names(schema.MENTIONS) if c != "record")


def _match(side: str, n: int) -> str:
    """SQL: the actor on ``side`` matches parameter n (country, code or code prefix)."""
    return f"({side}_country = ${n} OR {side}_code = ${n} OR starts_with({side}_code, ${n}))"


def where(flt: EventFilter | None) -> tuple[str, dict[str, Any]]:
    """A WHERE clause (with named parameters) for a filter on events or mentions."""
    if flt is None:
        return "", {}
    conds, params = [], {}
    if flt.actor:
        params["actor"] = flt.actor.upper()
        conds.append(f"({_match('source', 'actor')} OR {_match('target', 'actor')})")
    if flt.dyad:
        params["a"], params["b"] = flt.dyad[0].upper(), flt.dyad[1].upper()
        conds.append(
            f"(({_match('source', 'a')} AND {_match('target', 'b')}) OR "
            f"({_match('source', 'b')} AND {_match('target', 'a')}))"
        )
    if flt.since:
        params["since"] = flt.since
        conds.append("date >= $since")
    if flt.until:
        params["until"] = flt.until
        conds.append("date <= $until")
    if flt.cameo:
        params["cameo"] = flt.cameo
        conds.append("starts_with(cameo, $cameo)")
    if flt.plover:
        params["plover"] = flt.plover.upper()
        conds.append("upper(plover_type) = $plover")
    if flt.quad is not None:
        params["quad"] = int(flt.quad)
        conds.append("quad_class = $quad")
    if flt.modality:
        names = []
        for i, m in enumerate(flt.modality):
            params[f"mod{i}"] = m
            names.append(f"$mod{i}")
        conds.append(f"modality IN ({', '.join(names)})")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


class DuckDBStore(EventStore):
    def __init__(self, path: str | Path, read_only: bool = False):
        self.location = str(path)
        p = Path(path)
        if read_only and not p.exists():
            raise StoreError(f"no store at {p}: create it with `accord ingest PATH --db {p}`")
        if not read_only and p.parent and not p.parent.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(p), read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreError(f"the store {p} is in use by another process ({msg.splitlines()[0]})") from None
            raise StoreError(f"cannot open the store {p}: {msg.splitlines()[0]}") from None
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {p}: {str(exc).splitlines()[0]}") from None
        self.read_only = read_only
        self._setup()

    # -- setup ----------------------------------------------------------------------
    def _setup(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in tables:
            got = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
            if got.get("schema_version") != str(schema.SCHEMA_VERSION):
                raise StoreError(
                    f"{self.location} has store schema {got.get('schema_version')}, this accord writes "
                    f"schema {schema.SCHEMA_VERSION}: ingest into a new --db file"
                )
            return
        if tables:
            raise StoreError(f"{self.location} is a DuckDB file but not an accord store")
        if self.read_only:
            raise StoreError(f"{self.location} is empty: create it with `accord ingest`")
        self.con.execute("BEGIN")
        for stmt in schema.ddl():
            self.con.execute(stmt)
        self.con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?), ('dedup_rule', ?), ('created_at', ?)",
            [str(schema.SCHEMA_VERSION), str(load_rule().version), datetime.now(timezone.utc).isoformat()],
        )
        self.con.execute("COMMIT")

    def close(self) -> None:
        if getattr(self, "con", None) is not None:
            self.con.close()
            self.con = None

    # -- helpers --------------------------------------------------------------------
    def _rows(self, sql: str, params: Any = None, own: bool = True) -> Iterator[dict[str, Any]]:
        """Rows as dicts.  ``own``: on a cursor of its own (safe to interleave with other
        queries); False inside a transaction, which only the main connection sees."""
        cur = self.con.cursor() if own else self.con
        cur.execute(sql, params or {})
        names = [d[0] for d in cur.description]
        while True:
            chunk = cur.fetchmany(_FETCH)
            if not chunk:
                break
            for r in chunk:
                yield dict(zip(names, r))
        if own:
            cur.close()

    def _insert(self, table: str, cols: list[tuple[str, str]], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=schema.arrow_schema(cols))
        names = ", ".join(schema.column_names(cols))
        self.con.register("_accord_rows", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _accord_rows")
        finally:
            self.con.unregister("_accord_rows")

    def _with_keys(self, values: list[str], name: str) -> None:
        self.con.register(name, pa.table({"v": pa.array(sorted(set(values)), pa.string())}))

    # -- ingest ---------------------------------------------------------------------
    def known_articles(self) -> tuple[set[str], set[str]]:
        ids, hashes = set(), set()
        for aid, h in self.con.execute("SELECT article_id, text_hash FROM articles").fetchall():
            ids.add(aid)
            hashes.add(h)
        return ids, hashes

    def add(self, batch: Sequence[CodedArticle]) -> BatchResult:
        if self.read_only:
            raise StoreError(f"{self.location} is open read-only")
        now = datetime.now(timezone.utc)
        arts, ments, quotes = [], [], []
        seen_ids, seen_hashes = set(), set()
        dup = 0
        for coded in batch:
            a, m, q = coded_rows(coded, now)
            if a["article_id"] in seen_ids or a["text_hash"] in seen_hashes:
                dup += 1
                continue
            seen_ids.add(a["article_id"])
            seen_hashes.add(a["text_hash"])
            arts.append((a, m, q))
        self.con.execute("BEGIN")
        try:
            if arts:
                self._with_keys([a["article_id"] for a, _, _ in arts], "_accord_ids")
                self._with_keys([a["text_hash"] for a, _, _ in arts], "_accord_hashes")
                present = self.con.execute(
                    "SELECT article_id, text_hash FROM articles WHERE article_id IN (SELECT v FROM _accord_ids) "
                    "OR text_hash IN (SELECT v FROM _accord_hashes)"
                ).fetchall()
                self.con.unregister("_accord_ids")
                self.con.unregister("_accord_hashes")
                gone_ids = {r[0] for r in present}
                gone_hashes = {r[1] for r in present}
                keep = [t for t in arts if t[0]["article_id"] not in gone_ids and t[0]["text_hash"] not in gone_hashes]
                dup += len(arts) - len(keep)
                arts = keep
            art_rows = [a for a, _, _ in arts]
            ments = [r for _, m, _ in arts for r in m]
            quotes = [r for _, _, q in arts for r in q]
            self._insert("articles", schema.ARTICLES, art_rows)
            self._insert("mentions", schema.MENTIONS, ments)
            self._insert("quotes", schema.QUOTES, quotes)
            touched = self._recluster({m["dedup_key"] for m in ments}, {m["mention_id"] for m in ments})
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return BatchResult(len(art_rows), dup, len(ments), len(quotes), touched)

    def _recluster(self, keys: set[str], new_ids: set[str] | None = None) -> int:
        """Rebuild the events of the given dedup keys; with ``new_ids``, only of the
        mentions whose clusters those new mentions can change (see dedup.affected)."""
        if not keys:
            return 0
        self._with_keys(list(keys), "_accord_keys")
        try:
            light = list(self._rows(
                "SELECT mention_id, dedup_key, article_id, date, date_precision, date_source "
                "FROM mentions WHERE dedup_key IN (SELECT v FROM _accord_keys)", own=False))
        finally:
            self.con.unregister("_accord_keys")
        ids = [m["mention_id"] for m in light] if new_ids is None else sorted(affected(light, new_ids))
        if not ids:
            return 0
        self._with_keys(ids, "_accord_ids")
        try:
            mentions = list(self._rows(
                f"SELECT {_CLUSTER_COLS} FROM mentions WHERE mention_id IN (SELECT v FROM _accord_ids)", own=False))
            articles = {
                r["article_id"]: r
                for r in self._rows(
                    f"SELECT {_ARTICLE_INFO} FROM articles WHERE article_id IN "
                    "(SELECT DISTINCT article_id FROM mentions WHERE mention_id IN (SELECT v FROM _accord_ids))",
                    own=False,
                )
            }
            self.con.execute(
                "DELETE FROM events WHERE event_id IN (SELECT DISTINCT event_id FROM mentions "
                "WHERE mention_id IN (SELECT v FROM _accord_ids) AND event_id IS NOT NULL)"
            )
        finally:
            self.con.unregister("_accord_ids")
        events, assign = build_events(mentions, articles)
        self._insert("events", schema.EVENTS, events)
        changed = [{"mention_id": m["mention_id"], "event_id": assign[m["mention_id"]]}
                   for m in mentions if m["event_id"] != assign[m["mention_id"]]]
        if changed:
            self.con.register("_accord_assign", pa.Table.from_pylist(
                changed, schema=pa.schema([("mention_id", pa.string()), ("event_id", pa.string())])))
            try:
                self.con.execute(
                    "UPDATE mentions SET event_id = a.event_id FROM _accord_assign a "
                    "WHERE mentions.mention_id = a.mention_id"
                )
            finally:
                self.con.unregister("_accord_assign")
        return len(events)

    def rebuild(self) -> int:
        keys = {r[0] for r in self.con.execute("SELECT DISTINCT dedup_key FROM mentions").fetchall()}
        self.con.execute("BEGIN")
        try:
            self.con.execute("DELETE FROM events")
            n = self._recluster(keys)
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'dedup_rule'", [str(load_rule().version)])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return n

    # -- query ----------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        w, params = where(flt)
        limit = f" LIMIT {int(flt.limit)}" if flt and flt.limit else ""
        return self._rows(f"SELECT * FROM events{w} ORDER BY date NULLS LAST, event_id{limit}", params)

    def mentions(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        w, params = where(flt)
        limit = f" LIMIT {int(flt.limit)}" if flt and flt.limit else ""
        return self._rows(
            f"SELECT * FROM mentions{w} ORDER BY date NULLS LAST, article_id, sentence_index, mention_id{limit}",
            params,
        )

    def articles(self) -> Iterator[dict[str, Any]]:
        return self._rows("SELECT * FROM articles ORDER BY published NULLS LAST, article_id")

    def quotes(self, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        if article_id is None:
            return self._rows("SELECT * FROM quotes ORDER BY article_id, span_start")
        return self._rows("SELECT * FROM quotes WHERE article_id = $a ORDER BY span_start", {"a": article_id})

    def counts(self) -> dict[str, int]:
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "mentions", "events", "quotes")
        }
