"""`accord eval`: score the coder against gold-standard records."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)


def eval_command(
    gold: Optional[List[Path]] = typer.Argument(
        None, help="Gold JSONL files (schema of shared/eval/README.md). "
        "Default: the three development sets in ../shared/eval."),
    dict_dir: Optional[Path] = typer.Option(
        None, "--dict", exists=True, file_okay=False,
        help="Code with the dictionaries imported into DIR (`accord dict import ... --out DIR`) "
        "instead of the shipped ones."),
    petr_dicts: Optional[Path] = typer.Option(
        None, "--petr-dicts", exists=True, file_okay=False,
        help="Where PETR.Validate.*.txt are: imported into a temporary directory to code a "
        "petr_unit file when --dict is not given. Default: ../shared/reference/dictionaries."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON on stdout."),
    json_out: Optional[Path] = typer.Option(None, "--json-out", help="Also write the JSON results to FILE."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N records of each file."),
    errors: Optional[Path] = typer.Option(
        None, "--errors", help="Write every wrong record (gold vs predicted, with the rule) as JSONL to FILE."),
) -> None:
    """Precision, recall and F1 of the coded events against gold records, per file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.evaluation import default_gold_files, evaluate
    from accord.evaluation.report import files_table, results_table, to_json, write_errors, write_json

    paths = list(gold or [])
    if not paths:
        paths = default_gold_files()
        if not paths:
            err.print("[red]no gold files given and ../shared/eval not found[/red]: "
                      "name the files, e.g. `accord eval plover_gsr.jsonl`")
            raise typer.Exit(2)

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = {"id": None}

        def on_start(path: Path, n: int) -> None:
            if task["id"] is not None:
                progress.remove_task(task["id"])
            task["id"] = progress.add_task(f"coding {path.name}", total=n)

        def on_record() -> None:
            progress.advance(task["id"])

        run = evaluate(paths, dict_dir=dict_dir, petr_dicts=petr_dicts, limit=limit,
                       on_start=on_start, on_record=on_record,
                       log=lambda msg: err.print(f"[yellow]{msg}[/yellow]"))

    if as_json:
        typer.echo(to_json(run))
    elif run.files:
        out = Console()
        out.print(results_table(run))
        out.print(files_table(run))
    if json_out:
        write_json(run, json_out)
        err.print(f"results written to {json_out}")
    if errors:
        with errors.open("w", encoding="utf-8") as fh:
            n = write_errors(run, fh)
        err.print(f"{n} wrong records written to {errors}")
    for path, reason in run.failures:
        reason = reason[len(path) + 2:] if reason.startswith(f"{path}: ") else reason
        err.print(f"[red]not scored[/red] {path}: {reason}")
    if run.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
