"""Printing evaluation results: Rich tables for people, JSON for programs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from rich.table import Table

from .run import EvalRun, FileResult

LEVEL_NAMES = {
    "root": "CAMEO root + countries",
    "code": "CAMEO code + countries",
    "actors": "CAMEO code + actor codes",
    "plover": "PLOVER type + countries",
    "plover_type": "PLOVER type only",
}


def rows(f: FileResult) -> list[tuple[str, ...]]:
    """(measure, P, R, F1, tp, fp, fn) rows for one file."""
    out = []
    for lv, c in f.levels.items():
        out.append((LEVEL_NAMES.get(lv, lv), f"{c.precision:.3f}", f"{c.recall:.3f}",
                    f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn)))
    if f.correct is not None:
        share = f.correct / f.scored if f.scored else 0.0
        out.append((f"records fully correct ({f.correct}/{f.scored})", "", "", f"{share:.3f}", "", "", ""))
    if f.penta is not None:
        out.append((f"PentaClass macro-F1 (accuracy {f.penta.accuracy:.3f})", "", "",
                    f"{f.penta.macro_f1:.3f}", "", "", ""))
    return out


def results_table(run: EvalRun, title: str = "accord eval") -> Table:
    """Measures: one section per file."""
    table = Table(title=title)
    table.add_column("set", no_wrap=True)
    table.add_column("measure")
    for col in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right", no_wrap=True)
    for f in run.files:
        for i, row in enumerate(rows(f)):
            table.add_row(f.set if i == 0 else "", *row)
        table.add_section()
    return table


def files_table(run: EvalRun) -> Table:
    """What was scored: records, skipped, coder errors, time, dictionaries."""
    table = Table(title="scored files")
    for col, just in (("set", "left"), ("scored", "right"), ("skipped", "right"),
                      ("coder errors", "right"), ("seconds", "right"), ("dictionaries", "left")):
        table.add_column(col, justify=just, no_wrap=col != "dictionaries")
    for f in run.files:
        table.add_row(f.set, str(f.scored), str(f.skipped), str(f.coder_errors),
                      f"{f.seconds:.1f}", f.dictionaries)
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
