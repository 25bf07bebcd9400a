"""`accord dict import`: convert TABARI / PETRARCH dictionaries into accord's tables."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

err = Console(stderr=True, soft_wrap=True)
SHOWN = 10  # skipped lines / warnings listed per file without --verbose


class Format(str, Enum):
    petrarch = "petrarch"
    tabari = "tabari"


class Kind(str, Enum):
    auto = "auto"
    verbs = "verbs"
    actors = "actors"
    agents = "agents"
    discards = "discards"


def _issues(label: str, issues: list, verbose: bool) -> None:
    shown = issues if verbose else issues[:SHOWN]
    for issue in shown:
        err.print(f"  [yellow]{label}[/yellow] {escape(str(issue))}")
    if len(issues) > len(shown):
        err.print(f"  [dim]... {len(issues) - len(shown)} more {label} lines (--verbose lists them all)[/dim]")


def import_command(
    files: List[Path] = typer.Argument(..., help="Dictionary files: verbs, actors, agents or discards."),
    out: Path = typer.Option(..., "--out", "-o", help="Directory to write accord's tables into."),
    fmt: Format = typer.Option(Format.petrarch, "--format", "-f", help="Dictionary syntax."),
    kind: Kind = typer.Option(Kind.auto, "--kind", help="Kind of every FILE (default: told from each file's content)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every skipped line and warning."),
) -> None:
    """Convert TABARI / PETRARCH dictionaries into accord's tables in DIR.

    Verb dictionaries become DIR/verbs.tsv and DIR/synsets.tsv (several verb dictionaries
    are merged, in the order given); actor, agent and discard dictionaries become
    DIR/actors/, DIR/agents/, DIR/discards/ tables.  Use the result with
    `accord code --dict DIR`.  Exit 1 when a file could not be read or converted.
    """
    from accord.dictionaries import detect_kind, read_verb_dictionary, write_verb_tables
    from accord.dictionaries.source import read_text

    failed = 0
    verb_dicts = []
    table = Table("file", "kind", "result", title="accord dict import", title_justify="left")
    for path in files:
        try:
            text, _ = read_text(path)
        except OSError as exc:
            err.print(f"[red]error[/red] {escape(str(path))}: cannot read: {escape(exc.strerror or str(exc))}")
            table.add_row(escape(path.name), "?", "[red]not read[/red]")
            failed += 1
            continue
        found = detect_kind(text) if kind is Kind.auto else kind.value
        if found == "verbs":
            try:
                d = read_verb_dictionary(path, fmt.value)
            except (OSError, ValueError) as exc:
                err.print(f"[red]error[/red] {escape(str(path))}: {escape(str(exc))}")
                table.add_row(escape(path.name), found, "[red]failed[/red]")
                failed += 1
                continue
            verb_dicts.append(d)
            r = d.report
            table.add_row(
                escape(path.name), found,
                f"{r.verbs} verbs, {r.patterns} patterns, {r.rows} rows, {r.synsets} synsets; "
                f"{len(r.skipped)} skipped, {len(r.warnings)} warnings",
            )  # fmt: skip
        elif found in ("actors", "agents", "discards"):
            try:
                from accord.actors.importer import convert_actor_dictionary
            except ImportError:
                err.print(f"[red]error[/red] {escape(str(path))}: actor dictionaries: importer not available")
                table.add_row(escape(path.name), found, "[red]importer not available[/red]")
                failed += 1
                continue
            try:
                rep = convert_actor_dictionary(path, out, found)
            except (OSError, ValueError) as exc:
                err.print(f"[red]error[/red] {escape(str(path))}: {escape(str(exc))}")
                table.add_row(escape(path.name), found, "[red]failed[/red]")
                failed += 1
                continue
            table.add_row(escape(path.name), found, escape(rep.summary()))
            _issues("warning", list(getattr(rep, "warnings", [])), verbose)
        else:
            err.print(
                f"[red]error[/red] {escape(str(path))}: cannot tell from its content whether this is a "
                "verb, actor, agent or discard dictionary (give --kind)"
            )
            table.add_row(escape(path.name), "unknown", "[red]not converted[/red]")
            failed += 1
    if verb_dicts:
        try:
            outputs = write_verb_tables(verb_dicts, out)
        except OSError as exc:
            err.print(f"[red]error[/red] cannot write into {escape(str(out))}: {escape(str(exc))}")
            raise typer.Exit(1)
        for d in verb_dicts:
            _issues("skipped", d.report.skipped, verbose)
            _issues("warning", d.report.warnings, verbose)
        err.print(f"verb patterns -> {escape(str(outputs[0]))}, synsets -> {escape(str(outputs[1]))}")
    err.print(table)
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    dict_app = typer.Typer(
        help="Dictionaries: import TABARI / PETRARCH verb, actor, agent and discard files.",
        no_args_is_help=True,
    )
    dict_app.command("import")(import_command)
    app.add_typer(dict_app, name="dict")
