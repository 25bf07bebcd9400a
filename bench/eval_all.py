#!/usr/bin/env python
"""Score the coder on the three development sets (../shared/eval) and print one summary
table: one column per set, one row per measure.

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

def _level(name):
    def get(f):
        c = f.levels.get(name)
        return None if c is None else f"{c.f1:.3f} ({c.precision:.2f}/{c.recall:.2f})"
    return get


ROWS = (
    ("records scored", lambda f: str(f.scored)),
    ("skipped (error expected)", lambda f: str(f.skipped) if f.skipped else None),
    ("coder errors", lambda f: str(f.coder_errors) if f.coder_errors else None),
    ("root+countries F1 (P/R)", _level("root")),
    ("code+countries F1 (P/R)", _level("code")),
    ("code+actors F1 (P/R)", _level("actors")),
    ("records fully correct", lambda f: f"{f.correct / f.scored:.3f} ({f.correct})"
     if f.correct is not None and f.scored else None),
    ("PLOVER+countries F1 (P/R)", _level("plover")),
    ("PLOVER type F1 (P/R)", _level("plover_type")),
    ("PentaClass macro-F1", lambda f: f"{f.penta.macro_f1:.3f}" if f.penta else None),
    ("PentaClass accuracy", lambda f: f"{f.penta.accuracy:.3f}" if f.penta else None),
    ("seconds", lambda f: f"{f.seconds:.0f}"),
)


def summary_table(run) -> Table:
    """One column per set, one row per measure (blank where a set has no such gold)."""
    t = Table(title="accord on the development sets")
    t.add_column("measure", no_wrap=True)
    for f in run.files:
        t.add_column(f.set, justify="right")
    for name, get in ROWS:
        cells = [get(f) or "" for f in run.files]
        if any(cells):
            t.add_row(name, *cells)
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N records of each set")
    ap.add_argument("--json-out", type=Path, default=None)
    ap.add_argument("--errors", type=Path, default=None, help="wrong records as JSONL")
    ap.add_argument("--petr-dicts", type=Path, default=None,
                    help="directory of PETR.Validate.*.txt (default ../shared/reference/dictionaries)")
    args = ap.parse_args(argv)
    err = Console(stderr=True, soft_wrap=True)
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
