#!/usr/bin/env python
"""Score the coder on the three development sets (../shared/eval) and print one summary
table: one row per set, its main measures side by side.

Usage: python bench/eval_all.py [--limit N] [--json-out FILE] [--errors FILE] [--petr-dicts DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from accord.evaluation import default_gold_files, evaluate
from accord.evaluation.report import write_errors, write_json

COLUMNS = (
    ("root F1", lambda f: f.levels.get("root") and f.levels["root"].f1),
    ("code F1", lambda f: f.levels.get("code") and f.levels["code"].f1),
    ("code+actors F1", lambda f: f.levels.get("actors") and f.levels["actors"].f1),
    ("fully correct", lambda f: f.correct / f.scored if f.correct is not None and f.scored else None),
    ("PLOVER F1", lambda f: f.levels.get("plover") and f.levels["plover"].f1),
    ("PLOVER type F1", lambda f: f.levels.get("plover_type") and f.levels["plover_type"].f1),
    ("Penta macro-F1", lambda f: f.penta.macro_f1 if f.penta else None),
    ("Penta acc.", lambda f: f.penta.accuracy if f.penta else None),
)


def summary_table(run) -> Table:
    t = Table(title="accord on the development sets")
    t.add_column("set")
    t.add_column("scored", justify="right")
    for name, _ in COLUMNS:
        t.add_column(name, justify="right")
    t.add_column("s", justify="right")
    for f in run.files:
        cells = []
        for _, get in COLUMNS:
            v = get(f)
            cells.append("" if v is None or v is False else f"{v:.3f}")
        t.add_row(f.set, f"{f.scored}" + (f" (+{f.skipped} skipped)" if f.skipped else ""),
                  *cells, f"{f.seconds:.0f}")
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N records of each set")
    ap.add_argument("--json-out", type=Path, default=None)
    ap.add_argument("--errors", type=Path, default=None, help="wrong records as JSONL")
    ap.add_argument("--petr-dicts", type=Path, default=None,
                    help="directory of PETR.Validate.*.txt (default ../shared/reference/dictionaries)")
    args = ap.parse_args(argv)
    err = Console(stderr=True)
    paths = default_gold_files()
    if not paths:
        err.print("the development sets are not in ../shared/eval")
        return 2
    run = evaluate(paths, petr_dicts=args.petr_dicts, limit=args.limit,
                   on_start=lambda p, n: err.print(f"coding {p.name} ({n} records)"),
                   log=lambda m: err.print(m))
    Console().print(summary_table(run))
    if args.json_out:
        write_json(run, args.json_out)
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            write_errors(run, fh)
    for path, reason in run.failures:
        err.print(f"not scored: {path}: {reason}")
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
