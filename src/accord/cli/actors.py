"""`accord actors lookup`: what a name stands for on a date, and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

err = Console(stderr=True)
actors_app = typer.Typer(help="The actor knowledge base: look names up.", no_args_is_help=True)


@actors_app.command("lookup")
def lookup_command(
    name: str = typer.Argument(..., help='A name, alias, demonym or phrase: "Fumio Kishida", "Seoul", "Israeli troops".'),
    on: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                     help="Resolve people by the role they held on this date."),
    dict_dir: Optional[Path] = typer.Option(
        None, "--dict", exists=True, file_okay=False,
        help="Use the actors/agents imported into DIR (`accord dict import`) instead of the shipped ones."),
    actors: Optional[List[Path]] = typer.Option(
        None, "--actors", metavar="FILE", exists=True, dir_okay=False,
        help="Extra actor table (repeatable); it adds to or overrides the shipped knowledge."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON on stdout."),
) -> None:
    """The actor code(s) NAME resolves to, best first, with the reason for each."""
    from accord.actors import ActorDataError, ActorKB

    when = None
    if on:
        try:
            when = date.fromisoformat(on)
        except ValueError:
            err.print(f"[red]error[/red] --date {escape(on)!r}: use YYYY-MM-DD")
            raise typer.Exit(2)
    try:
        kb = ActorKB.load(extra_files=tuple(actors or ()), dict_dir=dict_dir)
    except ActorDataError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(2)
    found = kb.lookup(name, when)
    if as_json:
        print(json.dumps({"name": name, "date": on, "actors": [
            {"code": a.code, "country": a.country, "sectors": list(a.sectors), "name": a.name, "kind": a.kind,
             "reason": a.reason} for a in found]}, ensure_ascii=False))
    elif found:
        table = Table(title=f"{name}" + (f" on {on}" if on else ""))
        for col in ("code", "country", "sectors", "name", "kind", "reason"):
            table.add_column(col, overflow="fold")
        for a in found:
            table.add_row(a.code, a.country or "", " ".join(a.sectors), escape(a.name or ""), a.kind, escape(a.reason))
        Console().print(table)
    if not found:
        err.print(f"no actor known as {escape(name)!r}")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
