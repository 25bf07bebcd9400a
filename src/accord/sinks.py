"""Event sinks: write an iterable of Event as JSON Lines, TSV or a Rich table.

Each writer consumes the events lazily (one at a time, nothing held but a table's current
article) and returns how many it wrote.  JSON Lines is the event-record contract of the
design notes (``Event.to_dict()``); TSV flattens it to the columns of ``TSV_COLUMNS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import groupby
from typing import Any, TextIO

from .model import Event

SINK_FORMATS = ("jsonl", "tsv", "table")

TSV_COLUMNS = (
    "event_id", "article_id", "sentence_index", "date", "date_precision",
    "source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
    "cameo", "cameo_name", "goldstein", "quad_class", "penta_class", "plover_type", "plover_mode",
    "modality", "location_name", "location_country", "rule", "sentence",
)  # fmt: skip


def trigger_text(event: Event) -> str:
    start, end = event.evidence.trigger
    return event.evidence.sentence[start:end]


def flat_row(event: Event) -> dict[str, Any]:
    """The event as one flat record (the TSV columns)."""
    src, tgt, loc, when = event.source, event.target, event.location, event.date
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "date": when.value.isoformat() if when.value else None,
        "date_precision": when.precision,
        "source_code": src.code if src else None,
        "source_name": (src.name or event.source_text) if src else None,
        "source_country": src.country if src else None,
        "target_code": tgt.code if tgt else None,
        "target_name": (tgt.name or event.target_text) if tgt else None,
        "target_country": tgt.country if tgt else None,
        "cameo": event.cameo,
        **event.classification(),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "rule": event.evidence.rule,
        "sentence": event.evidence.sentence,
    }


def _tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One ``Event.to_dict()`` JSON object per line."""
    n = 0
    for n, event in enumerate(events, start=1):
        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    return n


def write_tsv(events: Iterable[Event], out: TextIO, header: bool = True) -> int:
    """A header line, then one tab-separated row per event (tabs and newlines in text become spaces)."""
    if header:
        out.write("\t".join(TSV_COLUMNS) + "\n")
    n = 0
    for n, event in enumerate(events, start=1):
        row = flat_row(event)
        out.write("\t".join(_tsv_cell(row[c]) for c in TSV_COLUMNS) + "\n")
    return n


def _actor_cell(code: str | None, name: str | None) -> str:
    return " ".join(x for x in dict.fromkeys((code, name)) if x) or "-"  # "KOR", not "KOR KOR"


def _table(events: list[Event], title: str | None):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, title_justify="left", show_lines=False, expand=False)
    for column in ("date", "source", "event", "target", "modality", "place", "trigger"):
        table.add_column(column, overflow="fold")
    for e in events:
        when = Text(e.date.value.isoformat() if e.date.value else "?")
        if e.date.precision and e.date.precision != "day":
            when.append(f" ~{e.date.precision}", style="dim")
        src = _actor_cell(e.source.code, e.source.name or e.source_text) if e.source else "-"
        tgt = _actor_cell(e.target.code, e.target.name or e.target_text) if e.target else "-"
        place = "-"
        if e.location:
            place = e.location.name + (f" ({e.location.country})" if e.location.country else "")
        table.add_row(
            when, Text(src), Text(f"{e.cameo} {e.cameo_name}"), Text(tgt), Text(e.modality),
            Text(place), Text(trigger_text(e), style="bold"),
        )  # fmt: skip
    return table


def write_table(
    events: Iterable[Event],
    out: TextIO | None = None,
    heading: Callable[[str], str | None] | None = None,
    width: int | None = None,
) -> int:
    """A readable table per article (consecutive events of one article_id), for a terminal.

    ``heading(article_id)`` gives each table's title (default: the article id); ``width``
    defaults to the terminal's (80 columns when ``out`` is not a terminal).
    """
    from rich.console import Console

    console = Console(file=out, highlight=False, width=width)
    n = 0
    for article_id, group in groupby(events, key=lambda e: e.article_id):
        rows = list(group)
        n += len(rows)
        console.print(_table(rows, (heading(article_id) if heading else None) or article_id))
    return n


def write_events(events: Iterable[Event], fmt: str, out: TextIO, **options: Any) -> int:
    """Write events in one of SINK_FORMATS; returns the number written."""
    writers: dict[str, Callable[..., int]] = {"jsonl": write_jsonl, "tsv": write_tsv, "table": write_table}
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(SINK_FORMATS)}")
    return writers[fmt](events, out, **options)
