"""`accord quotes`: the direct quotes of articles with their speakers (data on stdout)."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Iterable, Optional, TextIO

import typer

from .code import CoderUnavailable, InputFormat, _make_coder, _stderr, parse_published


class QuoteFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def quote_record(q) -> dict:
    """The quote's record (``Quote.to_dict``) plus who was found as speaker and why."""
    return {**q.to_dict(), "speaker_text": q.speaker_text, "reason": q.reason}


def write_quotes_jsonl(quotes: Iterable, out: TextIO) -> int:
    n = 0
    for q in quotes:
        out.write(json.dumps(quote_record(q), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_quotes_table(groups: Iterable[tuple[str, list]], out: TextIO | None = None, width: int | None = None) -> int:
    """One table per article: sentence, speaker (code, name, as written), the quoted words."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, width=width)
    n = 0
    for title, quotes in groups:
        table = Table(title=Text(title), title_justify="left")
        for column in ("sent", "speaker", "quote"):
            table.add_column(column, overflow="fold")
        for q in quotes:
            if q.speaker is not None:
                who = " ".join(x for x in (q.speaker.code, q.speaker.name) if x)
                if q.speaker_text and q.speaker_text != q.speaker.name:
                    who += f' ("{q.speaker_text}")'
            else:
                who = f'? ("{q.speaker_text}")' if q.speaker_text else "?"
            table.add_row(str(q.sentence_index), Text(who), Text(f"“{q.text}”"))
            n += 1
        console.print(table)
    return n


def run(paths: list[str], input_format: str | None, published, fmt: str) -> int:
    """Read, code and print the quotes of every input; returns the exit code."""
    from ..model import Problem
    from ..readers import read_paths

    err = _stderr()
    failed = articles = 0
    coder = None

    def warn(origin: str, message: str) -> None:
        err.print(f"warning: {origin}: {message}")

    def coded():
        nonlocal coder, failed, articles
        for item in read_paths(paths, input_format, published, warn=warn):
            if isinstance(item, Problem):
                err.print(f"{'skipped' if item.kind == 'skipped' else 'error'}: {item.origin}: {item.reason}")
                failed += 1
                continue
            if coder is None:
                coder = _make_coder({"actors_files": [], "verbs_files": [], "dict_dir": None})
            try:
                result = coder.code_article(item)
            except Exception as exc:  # one article's failure costs that article only
                err.print(f"error: {item.origin}: coding failed ({type(exc).__name__}: {exc})")
                failed += 1
                continue
            articles += 1
            yield f"{item.title or item.id}  ({item.origin})", list(result.quotes)

    try:
        if fmt == "table":
            n = write_quotes_table(coded(), sys.stdout)
        else:
            n = write_quotes_jsonl((q for _, qs in coded() for q in qs), sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `| head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    err.print(f"{articles} articles read, {failed} failed, {n} quotes")
    return 1 if failed else 0


def quotes(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, directories (read recursively) or - for stdin."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none."
    ),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", case_sensitive=False, help="Input format; auto detects it per file."
    ),
    fmt: Optional[QuoteFormat] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="Output: jsonl (one quote a line) or table. Default: table on a terminal, jsonl otherwise.",
    ),
) -> None:
    """Print the direct quotes of news articles with their speakers.

    Speakers are resolved like event actors (names, titles, pronouns by coreference).
    Exit code: 0 when every input was read, 1 when any failed, 2 for a usage error.
    """
    day = parse_published(published)
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    fmt_in = None if input_format is InputFormat.auto else input_format.value
    try:
        status = run(paths, fmt_in, day, chosen)
    except CoderUnavailable as exc:
        _stderr().print(f"error: cannot set up the coder: {exc}")
        raise typer.Exit(1) from None
    raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)
