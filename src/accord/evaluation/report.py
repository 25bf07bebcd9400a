"""Printing evaluation results: Rich tables for people, JSON for programs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from rich.table import Table

from .run import EvalRun, FileResult

LEVEL_NAMES = {
    "root": "events: CAMEO root + countries",
    "code": "events: full CAMEO code + countries",
    "actors": "events: full code + actor codes",
    "plover": "events: PLOVER type + countries",
    "plover_type": "events: PLOVER type only",
}


def rows(f: FileResult) -> list[tuple[str, str, str, str, str]]:
    """(measure, precision, recall, F1, detail) rows for one file."""
    out = []
    for lv, c in f.levels.items():
        out.append((LEVEL_NAMES.get(lv, lv), f"{c.precision:.3f}", f"{c.recall:.3f}",
                    f"{c.f1:.3f}", f"tp {c.tp} fp {c.fp} fn {c.fn}"))
    if f.correct is not None:
        share = f.correct / f.scored if f.scored else 0.0
        out.append(("records fully correct", "", "", f"{share:.3f}", f"{f.correct}/{f.scored} records"))
    if f.penta is not None:
        out.append(("PentaClass macro-F1", "", "", f"{f.penta.macro_f1:.3f}",
                    f"accuracy {f.penta.accuracy:.3f}, n {f.penta.n}"))
    return out


def results_table(run: EvalRun, title: str = "accord eval") -> Table:
    table = Table(title=title, show_lines=False)
    for col, just in (("set", "left"), ("measure", "left"), ("P", "right"), ("R", "right"),
                      ("F1", "right"), ("detail", "left")):
        table.add_column(col, justify=just)
    for f in run.files:
        first = True
        for measure, p, r, f1, detail in rows(f):
            table.add_row(f.set if first else "", measure, p, r, f1, detail, end_section=False)
            first = False
        extra = f"{f.scored} scored, {f.skipped} skipped (expected error)"
        if f.coder_errors:
            extra += f", {f.coder_errors} coder errors"
        table.add_row("", f"[dim]{extra}; {f.seconds:.1f} s; dictionaries: {f.dictionaries}[/dim]",
                      "", "", "", "", end_section=True)
    return table


def to_json(run: EvalRun, **extra: Any) -> str:
    return json.dumps({**extra, **run.to_dict()}, indent=2, ensure_ascii=False)


def write_errors(run: EvalRun, fh: IO[str]) -> int:
    """Every wrong record (gold vs predicted, with the rule that fired) as one JSON line."""
    n = 0
    for f in run.files:
        for r in f.results:
            if r.wrong:
                fh.write(json.dumps(r.to_error_dict(str(f.path)), ensure_ascii=False) + "\n")
                n += 1
    return n


def write_json(run: EvalRun, path: Path, **extra: Any) -> None:
    path.write_text(to_json(run, **extra) + "\n", encoding="utf-8")
