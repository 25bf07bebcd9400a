"""`accord explain`: for each sentence, the parse, the actors found and why, and what
every predicate did (coded, or why not)."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--published")


def explain(
    paths: list[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="auto|text|html|jsonl|json|rss"),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per sentence."),
    parse: bool = typer.Option(False, "--parse", help="Also show each token's parse."),
    dict_dir: Optional[str] = typer.Option(None, "--dict", help="Imported dictionaries to use instead."),
) -> None:
    """Show, sentence by sentence, how accord coded (or did not code) an article."""
    from ..model import Problem
    from ..pipeline import Coder
    from ..readers import read_paths

    err = Console(stderr=True)
    out = Console()
    coder = Coder(dict_dir=dict_dir)
    failed = 0
    for item in read_paths(paths, None if input_format in (None, "auto") else input_format, _published(published)):
        if isinstance(item, Problem):
            err.print(f"[red]{item.origin}[/red]: {item.reason}")
            failed += 1
            continue
        for s in coder.explain(item):
            if as_json:
                print(json.dumps({"article_id": item.id, **s}, ensure_ascii=False))
                continue
            out.rule(f"[bold]{item.id}[/bold] sentence {s['sentence_index']}")
            out.print(s["text"], highlight=False)
            if parse:
                t = Table("i", "token", "lemma", "pos", "dep", "head", box=None)
                for row in s["parse"]:
                    t.add_row(*(str(x) for x in row))
                out.print(t)
            for m in s["mentions"]:
                out.print(f"  actor  [cyan]{m['text']}[/cyan] -> {m['code']}  ({m['reason']})", highlight=False)
            for line in s["decisions"] or ["(no predicate of the dictionary in this sentence)"]:
                out.print(f"  event  {line}", highlight=False)
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)
