"""`accord code`: read articles, code them, write events on stdout (messages on stderr)."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

RELATIVE_DATE_WARNING = (
    "warning: no publication date for {origin} (and possibly others): relative dates "
    '("Sunday", "mid-March") cannot be resolved; give one with --published YYYY-MM-DD'
)


HINT = "'--published'"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    json = "json"
    rss = "rss"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    tsv = "tsv"
    table = "table"


def parse_published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD (e.g. 2023-05-07)", param_hint=HINT)
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r}: {exc}", param_hint=HINT) from None


@dataclass
class Tally:
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0

    def line(self) -> str:
        return f"{self.coded} articles coded, {self.skipped} skipped, {self.failed} failed, {self.events} events"


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def run(paths, input_format, published, fmt, coder_options) -> int:
    """Code every input; returns the exit code."""
    from ..model import Problem
    from ..readers import read_paths
    from ..sinks import write_events

    err, tally, headings = _stderr(), Tally(), {}
    coder, warned_date = None, False

    def report(problem: Problem) -> None:
        label = "skipped" if problem.kind == "skipped" else "error"
        err.print(f"{label}: {problem.origin}: {problem.reason}")
        if problem.kind == "skipped":
            tally.skipped += 1
        else:
            tally.failed += 1

    def warn(origin: str, message: str) -> None:
        err.print(f"warning: {origin}: {message}")

    def events(status):
        nonlocal coder, warned_date
        for item in read_paths(paths, input_format, published, warn=warn):
            if isinstance(item, Problem):
                report(item)
                continue
            if status is not None:
                status.update(f"coding {item.origin}  ({tally.coded} articles, {tally.events} events so far)")
            if coder is None:
                coder = _make_coder(coder_options)  # only once there is something to code
            if item.published is None and not warned_date:
                warned_date = True
                err.print(RELATIVE_DATE_WARNING.format(origin=item.origin))
            try:
                coded = coder.code_article(item)
            except Exception as exc:  # one article's failure costs that article only
                report(Problem(item.origin, f"coding failed ({type(exc).__name__}: {exc})", "failed"))
                continue
            tally.coded += 1
            tally.events += len(coded.events)
            for message in coded.warnings:
                warn(item.origin, message)
            headings[item.id] = f"{item.title or item.id}  ({item.origin})"
            yield from coded.events

    options = {"heading": headings.get} if fmt == "table" else {}
    # a spinner on a terminal's stderr, unless the table is being drawn on the same terminal
    live = err.is_terminal and not (fmt == "table" and sys.stdout.isatty())
    try:
        with err.status("starting") if live else contextlib.nullcontext() as status:
            write_events(events(status), fmt, sys.stdout, **options)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader of stdout went away (`| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    err.print(tally.line())
    return 1 if tally.skipped or tally.failed else 0


class CoderUnavailable(Exception):
    pass


def _make_coder(options: dict):
    try:
        return _cached_coder(tuple(options["actors_files"]), tuple(options["verbs_files"]), options["dict_dir"])
    except ImportError:
        raise
    except Exception as exc:
        raise CoderUnavailable(f"{type(exc).__name__}: {exc}") from exc


@functools.lru_cache(maxsize=2)
def _cached_coder(actors_files: tuple, verbs_files: tuple, dict_dir):
    """One Coder per set of dictionaries and process (a second run in the same process,
    as in tests or a notebook, reuses it)."""
    from ..pipeline import Coder

    return Coder(actors_files=list(actors_files), verbs_files=list(verbs_files), dict_dir=dict_dir)


def code(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH", help="Files, directories (read recursively) or - for stdin."
    ),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date for articles whose input gives none (resolves 'Sunday', 'mid-March').",
    ),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", case_sensitive=False,
        help="Input format; auto detects it per file by extension, then content.",
    ),
    fmt: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="Output: jsonl (event records), tsv, table. Default: table on a terminal, jsonl otherwise.",
    ),
    actors: Optional[list[Path]] = typer.Option(
        None, "--actors", metavar="FILE", exists=True, dir_okay=False, help="Extra actor dictionary (repeatable)."
    ),
    verbs: Optional[list[Path]] = typer.Option(
        None, "--verbs", metavar="FILE", exists=True, dir_okay=False, help="Extra verb patterns (repeatable)."
    ),
    dict_dir: Optional[Path] = typer.Option(
        None, "--dict", metavar="DIR", exists=True, file_okay=False, help="Directory of dictionaries to load."
    ),
) -> None:
    """Code news articles into events (CAMEO/PLOVER), one record per event on stdout.

    Problems, warnings and a summary line go to stderr.

    Exit code: 0 when every input was coded, 1 when any failed or was skipped, 2 for a usage error.
    """
    day = parse_published(published)
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    coder_options = {
        "actors_files": [str(p) for p in actors or []],
        "verbs_files": [str(p) for p in verbs or []],
        "dict_dir": str(dict_dir) if dict_dir else None,
    }
    fmt_in = None if input_format is InputFormat.auto else input_format.value
    try:
        status = run(paths, fmt_in, day, chosen, coder_options)
    except CoderUnavailable as exc:
        _stderr().print(f"error: cannot set up the coder: {exc}")
        given = actors or verbs or dict_dir
        raise typer.Exit(2 if given else 1) from None  # 2: the dictionaries given are unusable
    raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    app.command("code")(code)
