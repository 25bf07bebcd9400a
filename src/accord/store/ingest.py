"""Ingest: read -> skip what is stored -> code -> store in batches, accounting for every input.

Each batch of ``batch_size`` coded articles is one transaction, so a killed run loses at
most the batch in flight, and rerunning the same command skips every stored article before
coding it (same id or same text) and completes the work.
"""

from __future__ import annotations

import inspect
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from ..model import Article, CodedArticle, Problem
from .base import BatchResult, EventStore
from .records import text_hash

DEFAULT_BATCH = 25


@dataclass
class IngestReport:
    """What became of every input."""

    coded: int = 0  # articles coded and stored
    events: int = 0  # mentions stored
    quotes: int = 0
    already: int = 0  # already in the store (or repeated in the input): not coded again
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    batches: int = 0
    interrupted: bool = False

    @property
    def inputs(self) -> int:
        return self.coded + self.already + len(self.skipped) + len(self.failed)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.interrupted else 0

    def add_problem(self, p: Problem) -> None:
        (self.skipped if p.kind == "skipped" else self.failed).append((p.origin, p.reason))

    def summary_lines(self, show: int = 10) -> list[str]:
        lines = [
            f"{self.inputs} input(s): {self.coded} coded ({self.events} events, {self.quotes} quotes), "
            f"{self.already} already present, {len(self.skipped)} skipped, {len(self.failed)} failed"
            + (" [interrupted]" if self.interrupted else "")
        ]
        for label, items in (("skipped", self.skipped), ("failed", self.failed)):
            if not items:
                continue
            by_reason = Counter(reason for _, reason in items)
            for reason, n in by_reason.most_common():
                origins = [o for o, r in items if r == reason]
                shown = ", ".join(origins[:show]) + (f" and {len(origins) - show} more" if len(origins) > show else "")
                lines.append(f"  {label} ({n}): {reason}: {shown}")
        return lines


def make_coder(actors_files: Sequence[str] = (), verbs_files: Sequence[str] = (), engine: str = "local",
               workers: int = 1, scheduler: str | None = None
               ) -> Callable[[Iterable[Article]], Iterator[CodedArticle | Problem]]:
    """The coding step: accord.scale.code_stream when available, else the Coder in-process."""
    try:
        from ..scale import code_stream
    except ImportError:
        code_stream = None
    if code_stream is not None:
        params = inspect.signature(code_stream).parameters
        kwargs = {"engine": engine, "workers": workers, "scheduler": scheduler}
        for name, value in (("actors_files", tuple(actors_files)), ("verbs_files", tuple(verbs_files))):
            if name in params:
                kwargs[name] = value
            elif value:
                raise ValueError(f"accord.scale.code_stream does not take {name}")
        return lambda items: code_stream(items, **kwargs)
    if engine != "local":
        raise ValueError("engine 'dask' needs accord.scale, which is not installed in this build")
    from ..pipeline import Coder

    coder = Coder(actors_files=tuple(actors_files), verbs_files=tuple(verbs_files))

    def run(items: Iterable[Article]) -> Iterator[CodedArticle | Problem]:
        for art in items:
            try:
                yield coder.code_article(art)
            except Exception as exc:  # one bad article costs itself only
                yield Problem(art.origin or art.id, f"coding failed ({type(exc).__name__}: {exc})", "failed")

    return run


def ingest(
    store: EventStore,
    items: Iterable[Article | Problem],
    code: Callable[[Iterable[Article]], Iterator[CodedArticle | Problem]],
    batch_size: int = DEFAULT_BATCH,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_batch: Callable[[IngestReport, BatchResult], None] | None = None,
) -> IngestReport:
    """Store what ``code`` makes of ``items``; returns the account of every input."""
    report = IngestReport()
    ids, hashes = store.known_articles()

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Problem):
                report.add_problem(item)
            elif item.id in ids or text_hash(item) in hashes:
                report.already += 1
            else:
                ids.add(item.id)
                hashes.add(text_hash(item))
                yield item
            if on_progress:
                on_progress(report)

    batch: list[CodedArticle] = []

    def flush() -> None:
        if not batch:
            return
        # a Ctrl-C or kill during the commit acts once the batch is stored and counted
        with _signals_after():
            res = store.add(batch)
            report.coded += res.articles
            report.already += res.duplicates
            report.events += res.mentions
            report.quotes += res.quotes
            report.batches += 1
            batch.clear()
        if on_batch:
            on_batch(report, res)

    try:
        for out in code(fresh()):
            if isinstance(out, Problem):
                report.add_problem(out)
            else:
                batch.append(out)
                if len(batch) >= batch_size:
                    flush()
            if on_progress:
                on_progress(report)
    except KeyboardInterrupt:
        report.interrupted = True
    except Exception:
        try:  # what was coded before the coder broke down is complete: keep it
            flush()
        except Exception:
            pass
        raise
    flush()  # what was coded before an interrupt is complete and worth keeping
    return report


INTERRUPTS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))


@contextmanager
def _signals_after():
    """Hold SIGINT and SIGTERM while the block runs, then deliver them: an interrupt that
    lands inside the database (where it would surface as a database error, not as an
    interrupt) takes effect once the transaction is complete."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: held.append(signum)) for sig in INTERRUPTS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(held):
            signal.raise_signal(sig)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None
