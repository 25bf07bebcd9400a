"""Store commands: `accord ingest`, `events`, `dyad`, `visits`, `top-dyads`, `export`.

Data go to stdout, messages to stderr.  Exit codes: 0 ok, 1 some input failed (or the
store is busy), 2 usage error (bad option, unknown actor, no such store).
"""

from __future__ import annotations

import json
import signal
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .code import InputFormat  # one list of input formats for every command

DB_HELP = "The store file (DuckDB)."


class Fmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"




class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Period(str, Enum):
    month = "month"
    week = "week"
    year = "year"


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    icews = "icews"
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


class Level(str, Enum):
    events = "events"
    mentions = "mentions"


def _err():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def _date(value: Optional[str], hint: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD", param_hint=hint) from None


def _actor(value: str, hint: str) -> str:
    from ..analysis.countries import UnknownActor, resolve

    try:
        return resolve(value)
    except UnknownActor as exc:
        raise typer.BadParameter(str(exc), param_hint=hint) from None


def _open(db: Path, read_only: bool = True):
    from ..store import StoreError, open_store

    try:
        return open_store(db, read_only=read_only)
    except StoreError as exc:
        _err().print(f"error: {exc}")
        raise typer.Exit(2 if not db.exists() else 1) from None


# -- ingest -----------------------------------------------------------------------
def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, directories (recursive) or - for stdin."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none."),
    input_format: InputFormat = typer.Option(InputFormat.auto, "--input-format", case_sensitive=False,
                                             help="Input format; auto detects it per file."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", metavar="FILE", exists=True, dir_okay=False,
                                                help="Extra actor dictionary (repeatable)."),
    verbs: Optional[list[Path]] = typer.Option(None, "--verbs", metavar="FILE", exists=True, dir_okay=False,
                                               help="Extra verb patterns (repeatable)."),
    engine: Engine = typer.Option(Engine.local, "--engine", case_sensitive=False,
                                  help="local: this machine; dask: a Dask cluster."),
    workers: int = typer.Option(1, "--workers", min=1, help="Coding processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDR",
                                            help="Dask scheduler address (tcp://host:8786); needs --engine dask."),
    batch_size: int = typer.Option(25, "--batch-size", min=1, help="Articles per committed transaction."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Report each committed batch on stderr."),
) -> None:
    """Code articles and store their events, quotes and the articles themselves.

    Articles already in the store (same id or same text) are skipped before coding, so
    running the same command again changes nothing, and rerunning a killed run completes
    it.  Every batch of --batch-size articles is committed as one transaction.

    Exit code: 0 all stored, 1 some input failed, 2 usage error.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..model import Problem
    from ..readers import read_paths
    from ..store import StoreError
    from ..store.ingest import ingest as run_ingest
    from ..store.ingest import make_coder

    err = _err()
    day = _date(published, "'--published'")
    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("a scheduler address needs --engine dask", param_hint="'--scheduler'")
    fmt_in = None if input_format is InputFormat.auto else input_format.value
    try:
        code = make_coder([str(p) for p in actors or []], [str(p) for p in verbs or []], engine.value, workers,
                          scheduler)
    except ValueError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from None
    store = _open(db, read_only=False)
    warned = {"date": False}

    def warn(origin: str, message: str) -> None:
        err.print(f"warning: {origin}: {message}")

    def items():
        for item in read_paths(paths, fmt_in, day, warn=warn):
            if not isinstance(item, Problem) and item.published is None and not warned["date"]:
                warned["date"] = True
                err.print(f"warning: no publication date for {item.origin} (and possibly others): relative "
                          "dates cannot be resolved; give one with --published YYYY-MM-DD")
            yield item

    progress = Progress(SpinnerColumn(), BarColumn(bar_width=20), TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=err,
                        disable=not err.is_terminal, transient=False,
                        # redrawn at each update, by no thread of its own: worker processes can
                        # then fork from this one (see accord.scale.start_method)
                        auto_refresh=False)
    with progress:
        task = progress.add_task("ingest", total=None)

        def on_progress(rep) -> None:
            progress.update(task, description=(
                f"ingest: {rep.coded} stored, {rep.already} already present, "
                f"{len(rep.skipped)} skipped, {len(rep.failed)} failed, {rep.events} events"), refresh=True)

        def on_batch(rep, res) -> None:
            if verbose:
                err.print(f"committed batch {rep.batches}: {res.articles} articles, {res.mentions} mentions, "
                          f"{res.quotes} quotes")

        def stop(signum, frame):  # `kill PID` stops like Ctrl-C: the coded articles are stored first
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, stop)
        try:
            report = run_ingest(store, items(), code, batch_size=batch_size, on_progress=on_progress,
                                on_batch=on_batch)
            counts = store.counts()
        except StoreError as exc:
            err.print(f"error: {exc}")
            raise typer.Exit(1) from None
        except ValueError as exc:  # a bad option found when coding starts
            err.print(f"error: {exc}")
            raise typer.Exit(2) from None
        except Exception as exc:  # the coder could not be built or broke down: batches stored so far stay
            err.print(f"error: coding stopped: {type(exc).__name__}: {exc}")
            raise typer.Exit(1) from None
        finally:
            signal.signal(signal.SIGTERM, previous)
            store.close()
    for line in report.summary_lines():
        err.print(line)
    err.print(f"store {db}: {counts['articles']} articles, {counts['mentions']} mentions, "
              f"{counts['events']} events, {counts['quotes']} quotes")
    raise typer.Exit(130 if report.interrupted else report.exit_code)


# -- queries ----------------------------------------------------------------------
EVENT_TABLE = [("date", 10), ("source_code", 10), ("source_name", 22), ("cameo", 5), ("cameo_name", 28),
               ("target_code", 10), ("target_name", 22), ("goldstein", 5), ("quad_class", 4),
               ("num_mentions", 4), ("num_articles", 4), ("num_sources", 4)]
MENTION_TABLE = [("date", 10), ("source_code", 10), ("cameo", 5), ("target_code", 10), ("modality", 9),
                 ("article_id", 24), ("evidence_sentence", 70), ("event_id", 20)]


def events(
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", help="Either side is X (code or name)."),
    dyad: Optional[tuple[str, str]] = typer.Option(None, "--dyad", metavar="A B", help="Between A and B."),
    since: Optional[str] = typer.Option(None, "--since", metavar="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", metavar="YYYY-MM-DD"),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix (04 = all consultations)."),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER event type (CONSULT, ASSAULT...)."),
    quad: Optional[int] = typer.Option(None, "--quad", min=1, max=4, help="QuadClass 1-4."),
    mentions: bool = typer.Option(False, "--mentions", help="Raw mentions (one per coded sentence) instead."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    fmt: Fmt = typer.Option(Fmt.table, "--format", "-f", case_sensitive=False),
) -> None:
    """Deduplicated events (or, with --mentions, every coded mention), by date."""
    from ..store import EventFilter

    flt = EventFilter(
        actor=_actor(actor, "'--actor'") if actor else None,
        dyad=(_actor(dyad[0], "'--dyad'"), _actor(dyad[1], "'--dyad'")) if dyad else None,
        since=_date(since, "'--since'"), until=_date(until, "'--until'"),
        cameo=cameo, plover=plover, quad=quad, limit=limit,
    )
    from ..analysis.output import write_rows

    with _open(db) as store:
        rows = store.mentions(flt) if mentions else store.events(flt)
        if mentions and fmt in (Fmt.jsonl, Fmt.json):  # the record as a nested object
            rows = ({**r, "record": json.loads(r["record"])} for r in rows)
        write_rows(rows, fmt.value, table_columns=MENTION_TABLE if mentions else EVENT_TABLE,
                   title="mentions" if mentions else "events")


def dyad(
    a: str = typer.Argument(..., metavar="A", help="Country code or name (KOR, 'South Korea', japan)."),
    b: str = typer.Argument(..., metavar="B", help="Country code or name."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    by: Period = typer.Option(Period.month, "--by", case_sensitive=False),
    since: Optional[str] = typer.Option(None, "--since", metavar="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", metavar="YYYY-MM-DD"),
    plot: Optional[Path] = typer.Option(None, "--plot", metavar="FILE.png|svg", help="Also draw the series."),
    fmt: Fmt = typer.Option(Fmt.table, "--format", "-f", case_sensitive=False),
) -> None:
    """Events between A and B per period: A->B, B->A, total, per QuadClass, Goldstein sum and mean."""
    from ..analysis import dyad_series
    from ..analysis.output import write_rows

    ca, cb = _actor(a, "A"), _actor(b, "B")
    if ca == cb:
        raise typer.BadParameter(f"A and B are both {ca}", param_hint="A B")
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter("the plot file must end in .png or .svg", param_hint="'--plot'")
    with _open(db) as store:
        series = dyad_series(store, ca, cb, by=by.value, since=_date(since, "'--since'"),
                             until=_date(until, "'--until'"))
    renamed = [{"period": r["period"], f"{ca}>{cb}": r["a_to_b"], f"{cb}>{ca}": r["b_to_a"],
                **{k: v for k, v in r.items() if k not in ("period", "a_to_b", "b_to_a")}} for r in series]
    write_rows(renamed, fmt.value, title=f"{ca} - {cb} by {by.value}")
    if plot is not None:
        from ..analysis.plot import plot_dyad

        plot_dyad(series, ca, cb, plot, by.value)
        _err().print(f"plot written to {plot}")


VISIT_TABLE = [("date", 10), ("date_precision", 5), ("visitor", 7), ("host", 7), ("who", 24), ("place", 16),
               ("cameo", 8), ("num_mentions", 4), ("returned", 4), ("returned_on", 10), ("gap_days", 5),
               ("returns", 10)]


def visits_cmd(
    a: str = typer.Argument(..., metavar="A", help="Country code or name."),
    b: str = typer.Argument(..., metavar="B", help="Country code or name."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", metavar="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", metavar="YYYY-MM-DD"),
    fmt: Fmt = typer.Option(Fmt.table, "--format", "-f", case_sensitive=False),
) -> None:
    """Visits between A and B, each with whether and when it was returned.

    Visits are events coded CAMEO 042/043/044 or PLOVER CONSULT/visit; a visit A->B is
    returned by the first later visit B->A (gap in days): "shuttle diplomacy".
    """
    from ..analysis import visits
    from ..analysis.output import write_rows

    ca, cb = _actor(a, "A"), _actor(b, "B")
    if ca == cb:
        raise typer.BadParameter(f"A and B are both {ca}", param_hint="A B")
    with _open(db) as store:
        rows = visits(store, ca, cb, since=_date(since, "'--since'"), until=_date(until, "'--until'"))
    write_rows(rows, fmt.value, table_columns=VISIT_TABLE, title=f"visits {ca} - {cb}")


def top_dyads_cmd(
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", metavar="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", metavar="YYYY-MM-DD"),
    limit: int = typer.Option(10, "--limit", min=1),
    fmt: Fmt = typer.Option(Fmt.table, "--format", "-f", case_sensitive=False),
) -> None:
    """The most active pairs (both directions), with cooperation, conflict and net Goldstein."""
    from ..analysis import top_dyads
    from ..analysis.output import write_rows

    with _open(db) as store:
        rows = top_dyads(store, since=_date(since, "'--since'"), until=_date(until, "'--until'"), limit=limit)
    write_rows(rows, fmt.value, title="top dyads")


def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", case_sensitive=False),
    out: str = typer.Option(..., "-o", "--output", metavar="PATH", help="Output file (- for stdout, not Parquet)."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=DB_HELP),
    level: Level = typer.Option(Level.events, "--level", case_sensitive=False,
                                help="events (deduplicated) or mentions (every coded event; not gdelt/icews)."),
) -> None:
    """Export the store as GDELT 2.0, ICEWS, Parquet, JSON Lines or CSV.

    gdelt: 61 tab-separated columns, no header, GDELT's order; icews: the 20 named ICEWS
    columns; parquet / csv: every column; jsonl: event records (the `accord code` record
    plus the event's id, counts and mention ids).
    """
    from ..export import export

    if out != "-" and Path(out).is_dir():
        raise typer.BadParameter(f"{out} is a directory", param_hint="'-o'")
    with _open(db) as store:
        try:
            n = export(store, fmt.value, out, level=level.value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--format'/'--level'") from None
    _err().print(f"{n} {level.value} written to {out} ({fmt.value})")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("events")(events)
    app.command("dyad")(dyad)
    app.command("visits")(visits_cmd)
    app.command("top-dyads")(top_dyads_cmd)
    app.command("export")(export_cmd)
