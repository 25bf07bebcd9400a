"""Exports of a store: GDELT 2.0 events, ICEWS, Parquet, JSON Lines, CSV.

    >>> from accord.store import open_store
    >>> with open_store("accord.duckdb", read_only=True) as st:
    ...     st.export("gdelt", "events.tsv")

``level="events"`` writes the deduplicated events (one row per real-world event, with
NumMentions/NumArticles/NumSources); ``level="mentions"`` writes every coded event as it
came from the coder (Parquet, JSONL and CSV only).  docs/store.md describes each format.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .analysis.countries import country_name, fips
from .store import schema
from .store.base import EventFilter, EventStore

FORMATS = ("gdelt", "icews", "parquet", "jsonl", "csv")
LEVELS = ("events", "mentions")

_ACTOR_COLS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO_COLS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

GDELT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR_COLS]
    + [f"Actor2{c}" for c in _ACTOR_COLS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO_COLS]
    + [f"Actor2Geo_{c}" for c in _GEO_COLS]
    + [f"ActionGeo_{c}" for c in _GEO_COLS]
    + ["DATEADDED", "SOURCEURL"]
)

ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
]

_GROUP_PREFIXES = ("IGO", "NGO", "MNC", "IMG")  # CAMEO codes whose next three letters name a group


def _clean(v: Any) -> str:
    """A field for a tab-separated line: no tabs or newlines, None as empty."""
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v) < 1e15 else str(v)
    return " ".join(str(v).split()) if isinstance(v, str) else str(v)


# -- GDELT ------------------------------------------------------------------------
def _gdelt_actor(ev: dict[str, Any], side: str) -> list[Any]:
    code = ev.get(f"{side}_code")
    if not code:
        return [""] * len(_ACTOR_COLS)
    sectors = (ev.get(f"{side}_sectors") or "").split(";") if ev.get(f"{side}_sectors") else []
    group = religion = None
    if code.startswith("IMG") and len(code) >= 9:  # IMG + religion + group: IMGMUSALQ
        religion, group = code[3:6], code[6:9]
    elif code[:3] in _GROUP_PREFIXES and len(code) >= 6:  # IGOUNO, NGOAMN
        group = code[3:6]
    name = ev.get(f"{side}_name") or country_name(ev.get(f"{side}_country")) or code
    return [code, name.upper(), ev.get(f"{side}_country"), group, None, religion, None,
            *(sectors + [None, None, None])[:3]]


def _gdelt_geo(ev: dict[str, Any]) -> list[Any]:
    name, cc = ev.get("location_name"), ev.get("location_country")
    if not name:
        return [0] + [""] * (len(_GEO_COLS) - 1)
    cname = country_name(cc)
    f = fips(cc)
    if cname and name.strip().lower() == cname.lower():
        return [1, cname, f, f, None, ev.get("location_lat"), ev.get("location_lon"), f]
    full = f"{name}, {cname}" if cname and cname.lower() not in name.lower() else name
    kind = 3 if cc == "USA" else 4  # a US city / a world city (accord does not tell states apart)
    return [kind, full, f, None, None, ev.get("location_lat"), ev.get("location_lon"), None]


def gdelt_row(ev: dict[str, Any]) -> list[str]:
    """The 61 fields of a GDELT 2.0 event record, in GDELT's column order."""
    d: date | None = ev.get("date") or ev.get("first_seen")
    cameo = ev.get("cameo") or ""
    added: datetime | None = ev.get("added_at")
    row = [
        ev.get("global_id"),
        d.strftime("%Y%m%d") if d else None,
        d.strftime("%Y%m") if d else None,
        d.year if d else None,
        f"{d.year + (d.month * 30 + d.day) / 365:.4f}" if d else None,
        *_gdelt_actor(ev, "source"),
        *_gdelt_actor(ev, "target"),
        1 if ev.get("is_root") else 0,
        cameo,
        cameo[:3] if len(cameo) > 3 else cameo,
        cameo[:2],
        ev.get("quad_class"),
        ev.get("goldstein"),
        ev.get("num_mentions"),
        ev.get("num_sources"),
        ev.get("num_articles"),
        None,  # AvgTone: accord does not measure tone
        0, *[""] * (len(_GEO_COLS) - 1),  # Actor1Geo: actor locations are not resolved
        0, *[""] * (len(_GEO_COLS) - 1),  # Actor2Geo
        *_gdelt_geo(ev),
        added.strftime("%Y%m%d%H%M%S") if added else None,
        ev.get("source_url") or ev.get("article_id"),
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return [_clean(v) for v in row]


# -- ICEWS ------------------------------------------------------------------------
def icews_row(ev: dict[str, Any], publisher: str | None) -> list[str]:
    d = ev.get("date") or ev.get("first_seen")
    cname = country_name(ev.get("location_country"))
    place = ev.get("location_name")
    city = place if place and (not cname or place.strip().lower() != cname.lower()) else None

    def sectors(side: str) -> str | None:
        s = ev.get(f"{side}_sectors")
        return ",".join(s.split(";")) if s else None

    row = [
        ev.get("global_id"),
        d.isoformat() if d else None,
        ev.get("source_name") or ev.get("source_code"),
        sectors("source"),
        country_name(ev.get("source_country")) or ev.get("source_country"),
        ev.get("cameo_name"),
        ev.get("cameo"),
        ev.get("goldstein"),
        ev.get("target_name") or ev.get("target_code"),
        sectors("target"),
        country_name(ev.get("target_country")) or ev.get("target_country"),
        ev.get("article_id"),
        ev.get("sentence_index"),
        publisher,
        city,
        None,
        None,
        cname,
        ev.get("location_lat"),
        ev.get("location_lon"),
    ]
    return [_clean(v) for v in row]


# -- full records -------------------------------------------------------------------
def _event_records(store: EventStore, flt: EventFilter | None) -> Iterator[dict[str, Any]]:
    """Deduplicated events as event records: the representative mention's record (the
    Event.to_dict contract) with the event's id, best date and counts added."""
    members: dict[str, list[str]] = {}
    records: dict[str, str] = {}
    for m in store.mentions():
        members.setdefault(m["event_id"], []).append(m["mention_id"])
        records[m["mention_id"]] = m["record"]
    for ev in store.events(flt):
        rec = json.loads(records.get(ev["mention_id"]) or "{}")
        rec.update({
            "event_id": ev["event_id"],
            "global_id": ev["global_id"],
            "date": ev["date"].isoformat() if ev["date"] else None,
            "date_precision": ev["date_precision"],
            "num_mentions": ev["num_mentions"],
            "num_articles": ev["num_articles"],
            "num_sources": ev["num_sources"],
            "first_seen": ev["first_seen"].isoformat() if ev["first_seen"] else None,
            "last_seen": ev["last_seen"].isoformat() if ev["last_seen"] else None,
            "source_url": ev["source_url"],
            "mention_ids": sorted(members.get(ev["event_id"], [])),
        })
        yield rec


def _mention_records(store: EventStore, flt: EventFilter | None) -> Iterator[dict[str, Any]]:
    for m in store.mentions(flt):
        rec = json.loads(m["record"])
        rec["dedup_event_id"] = m["event_id"]
        yield rec


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


@contextlib.contextmanager
def _open_text(path: str | Path):
    if str(path) == "-":
        yield sys.stdout
        return
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        yield fh


def export(store: EventStore, fmt: str, path: str | Path, level: str = "events",
           flt: EventFilter | None = None) -> int:
    """Write the store (events or mentions) to ``path`` ("-" = stdout) in ``fmt``; rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose from {', '.join(FORMATS)}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: choose from {', '.join(LEVELS)}")
    if fmt in ("gdelt", "icews") and level != "events":
        raise ValueError(f"the {fmt} format holds deduplicated events only (level 'events')")
    rows = store.events(flt) if level == "events" else store.mentions(flt)
    cols = schema.EVENTS if level == "events" else schema.MENTIONS
    n = 0
    if fmt == "parquet":
        if str(path) == "-":
            raise ValueError("Parquet needs a file path (-o FILE.parquet)")
        return _parquet(store, level, flt, cols, path)
    with _open_text(path) as fh:
        if fmt == "gdelt":
            for ev in rows:
                fh.write("\t".join(gdelt_row(ev)) + "\n")
                n += 1
        elif fmt == "icews":
            publishers = {a["article_id"]: a["source"] for a in store.articles()}
            fh.write("\t".join(ICEWS_COLUMNS) + "\n")
            for ev in rows:
                fh.write("\t".join(icews_row(ev, publishers.get(ev["article_id"]))) + "\n")
                n += 1
        elif fmt == "jsonl":
            recs = _event_records(store, flt) if level == "events" else _mention_records(store, flt)
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        else:  # csv
            writer = csv.writer(fh)
            writer.writerow(schema.column_names(cols))
            for r in rows:
                writer.writerow([_plain(r.get(c)) for c in schema.column_names(cols)])
                n += 1
    return n


def _parquet(store: EventStore, level: str, flt: EventFilter | None, cols, path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if level == "events":
        members: dict[str, list[str]] = {}
        records: dict[str, str] = {}
        for m in store.mentions():
            members.setdefault(m["event_id"], []).append(m["mention_id"])
            records[m["mention_id"]] = m["record"]
        arrow = schema.arrow_schema(cols).append(pa.field("mention_ids", pa.list_(pa.string()))).append(
            pa.field("record", pa.string()))

        def rows():
            for ev in store.events(flt):
                yield {**ev, "mention_ids": sorted(members.get(ev["event_id"], [])),
                       "record": records.get(ev["mention_id"])}
    else:
        arrow = schema.arrow_schema(cols)

        def rows():
            yield from store.mentions(flt)

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with pq.ParquetWriter(p, arrow) as writer:
        chunk: list[dict[str, Any]] = []
        for r in rows():
            chunk.append(r)
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=arrow))
                n += len(chunk)
                chunk = []
        writer.write_table(pa.Table.from_pylist(chunk, schema=arrow))
        n += len(chunk)
    return n
