"""`make demo`: code the bundled sample corpus into a fresh store and show a relation over time.

    python -m accord.demo [OUT_DIR]      (default: demo-out)

Ingests data/sample/ (64 Wikinews articles, CC BY 2.5, see ATTRIBUTION.txt) and, where the
project's shared folder lies beside the repository, the seed article about the May 2023
Kishida-Yoon summit (published 2023-05-07; a copyrighted wire story, so it is read from
there, not shipped) into
OUT_DIR/accord.duckdb, then prints the KOR-JPN dyad by month, the KOR-JPN visits and the
most active dyads, and draws OUT_DIR/kor-jpn.png.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import date
from itertools import chain
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "sample"
SEED_NAME = "000_b8f3287eca6855ed.txt"


def find_seed() -> Path | None:
    """The seed article in ../shared/seed beside the working directory or the repository."""
    repo = Path(__file__).resolve().parents[2]
    for base in (Path.cwd().parent, repo.parent):
        p = base / "shared" / "seed" / SEED_NAME
        if p.is_file():
            return p
    return None
SEED_PUBLISHED = date(2023, 5, 7)


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console

    from .analysis import dyad_series, top_dyads, visits
    from .analysis.output import write_rows
    from .analysis.plot import plot_dyad
    from .readers import read_paths
    from .store import open_store
    from .store.ingest import ingest, make_coder

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "demo-out")
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    db = out / "accord.duckdb"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    t0 = time.perf_counter()
    seed = find_seed()
    if seed is None:
        err.print("note: the seed article (shared/seed) is not beside the repository; coding the sample only")
    items = chain(
        read_paths([str(SAMPLE / "wikinews_sample.jsonl")], "jsonl"),
        read_paths([str(seed)], "text", SEED_PUBLISHED) if seed else (),
    )
    with open_store(db) as store:
        with err.status("coding the sample corpus (64 Wikinews articles" + (" + the seed article" if seed else "") + ")..."):
            report = ingest(store, items, make_coder())
        counts = store.counts()
        for line in report.summary_lines():
            err.print(line)
        err.print(f"{db}: {counts['articles']} articles, {counts['mentions']} mentions, "
                  f"{counts['events']} events, {counts['quotes']} quotes ({time.perf_counter() - t0:.1f} s)\n")

        series = dyad_series(store, "KOR", "JPN", by="month")
        shown = [{**r, "KOR>JPN": r["a_to_b"], "JPN>KOR": r["b_to_a"]} for r in series if r["total"]]
        write_rows(shown, "table", title="KOR - JPN by month (months with events)",
                   table_columns=["period", "KOR>JPN", "JPN>KOR", "total", "quad1", "quad2", "quad3", "quad4",
                                  "goldstein_sum", "goldstein_mean"])
        write_rows(visits(store, "KOR", "JPN"), "table", title="KOR - JPN visits",
                   table_columns=["date", "date_precision", "visitor", "host", "who", "place", "cameo",
                                  "num_mentions", "returned", "returned_on", "gap_days"])
        write_rows(top_dyads(store, limit=10), "table", title="most active dyads")
        if series:
            plot = plot_dyad(series, "KOR", "JPN", out / "kor-jpn.png", "month")
            err.print(f"plot: {plot}")
    err.print(f"store: {db}  (try: accord events --db {db} --dyad KOR JPN)")
    return report.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
