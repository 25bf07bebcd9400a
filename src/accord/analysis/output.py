"""Write query results (lists of row dicts) as a table, JSON Lines, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "csv", "json")


def plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _cell(v: Any, width: int | None) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v == v else ""
    s = " ".join(str(plain(v)).split())
    return s if width is None or len(s) <= width else s[: width - 1] + "…"


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
               table_columns: Sequence[str | tuple[str, int]] | None = None, title: str | None = None,
               out: TextIO | None = None) -> int:
    """Write rows; ``columns`` limit jsonl/csv/json output (default: all keys of the first row);
    ``table_columns`` (name or (name, max width)) choose the table's columns.  Returns rows written."""
    out = out or sys.stdout
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: plain(r.get(c)) for c in cols}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([{c: plain(r.get(c)) for c in cols} for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow([plain(r.get(c)) for c in cols])
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        spec = [(c, None) if isinstance(c, str) else c for c in (table_columns or cols)]
        table = Table(title=title, show_lines=False, header_style="bold")
        for name, _ in spec:
            table.add_column(name, overflow="fold")
        for r in rows:
            table.add_row(*(_cell(r.get(name), width) for name, width in spec))
        Console(file=out, soft_wrap=False, width=None if out.isatty() else 200).print(table)
        if not rows:
            Console(file=out).print("(no rows)")
    else:
        raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
    return len(rows)
