"""Coding many articles: in this process, in a local process pool, or on a Dask cluster.

    >>> from accord.scale import code_stream
    >>> for out in code_stream(read_articles(paths), engine="dask", workers=4):
    ...     ...  # CodedArticle or Problem, in input order

The stream is lazy and its memory does not grow with the corpus: articles are cut into
batches of ``batch_size`` and at most ``max_in_flight`` batches (default: twice the number
of workers) are out at once; reading pauses until the oldest batch comes back.  Every
worker process builds its Coder once (a cached global, keyed by the dictionaries) and
keeps it for all later batches.  A :class:`Problem` in the input passes through unchanged;
an article whose coding raises becomes ``Problem(origin, reason)`` and the rest goes on.
See docs/scale.md.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import threading
from collections import deque
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

from .model import Article, CodedArticle, Problem

ENGINES = ("local", "dask")
Item = Union[Article, Problem]
Result = Union[CodedArticle, Problem]


@dataclass(frozen=True)
class CoderConfig:
    """What a worker needs to build its Coder (plain strings: it travels by pickle)."""

    actors_files: tuple[str, ...] = ()
    verbs_files: tuple[str, ...] = ()
    dict_dir: str | None = None

    def build(self):
        from .pipeline import Coder

        return Coder(actors_files=self.actors_files, verbs_files=self.verbs_files,
                     dict_dir=self.dict_dir)


_CODERS: dict[CoderConfig, Any] = {}


def worker_coder(cfg: CoderConfig):
    """The Coder of this process for ``cfg``, built on first use and then kept."""
    coder = _CODERS.get(cfg)
    if coder is None:
        coder = _CODERS[cfg] = cfg.build()
    return coder


def _origin(article: Article) -> str:
    return article.origin or article.id


class ArticleTimeout(Exception):
    """Coding one article took longer than the time limit."""


@contextmanager
def _time_limit(seconds: float | None):
    """Raise ArticleTimeout in this thread after ``seconds`` (SIGALRM: only in the main
    thread of a process, on Unix; elsewhere no limit is set)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"coding took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def code_one(coder, article: Article, timeout: float | None = None, parsed=None) -> Result:
    try:
        with _time_limit(timeout):
            return coder.code_article(article, parsed) if parsed is not None else coder.code_article(article)
    except ArticleTimeout as exc:
        return Problem(_origin(article), f"timed out: {exc}")
    except Exception as exc:  # this article only; the stream goes on
        return Problem(_origin(article), f"coding failed: {type(exc).__name__}: {exc}")


def code_many(coder, batch: list[Article], timeout: float | None = None) -> list[Result]:
    """Code the articles of a batch, their sentences parsed together (the model runs
    faster on more at once), each article then coded on its own.  When the shared parse
    fails or takes longer than ``timeout`` per article, every article is coded alone, so
    that only the one at fault becomes a Problem."""
    parsed = None
    if len(batch) > 1 and hasattr(coder, "parse_articles"):
        try:
            with _time_limit(timeout * len(batch) if timeout else None):
                parsed = coder.parse_articles(batch)
        except Exception:  # ArticleTimeout included: each article is tried alone below
            parsed = None
    return [code_one(coder, a, timeout, p) for a, p in zip(batch, parsed or [None] * len(batch))]


def code_batch(batch: list[Article], cfg: CoderConfig, timeout: float | None = None) -> list[Result]:
    """The task a worker runs: code the batch with the worker's Coder."""
    try:
        coder = worker_coder(cfg)
    except Exception as exc:
        reason = f"cannot build the coder: {type(exc).__name__}: {exc}"
        return [Problem(_origin(a), reason) for a in batch]
    return code_many(coder, batch, timeout)


def _failed(batch: list[Article], exc: BaseException) -> list[Result]:
    reason = f"worker failed on this batch: {type(exc).__name__}: {exc}"
    return [Problem(_origin(a), reason) for a in batch]


def code_stream(
    items: Iterable[Item],
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 32,
    actors_files: Iterable[str | Path] = (),
    verbs_files: Iterable[str | Path] = (),
    dict_dir: str | Path | None = None,
    *,
    max_in_flight: int | None = None,
    ordered: bool = True,
    mp_context: str | None = None,
    timeout: float | None = None,
) -> Iterator[Result]:
    """Code a stream of articles; yields one CodedArticle or Problem per input item.

    ``engine="local"``: in this process when ``workers == 1``, else a pool of ``workers``
    processes (``mp_context``: "fork", "spawn" or "forkserver"; by default see
    ``start_method``).  ``engine="dask"``: a
    ``LocalCluster`` of ``workers`` single-threaded processes, or the cluster whose
    scheduler runs at ``scheduler`` ("tcp://host:8786").  Output follows input order
    unless ``ordered=False`` (then results come as batches finish).  ``timeout``: seconds
    one article may take before it becomes a Problem ("timed out: ..."); enforced by the
    local engines (with SIGALRM, on Unix), not on Dask.  Bad arguments raise ValueError at
    once, before anything is read.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if scheduler and engine != "dask":
        raise ValueError("a scheduler address needs engine='dask'")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be a positive number of seconds")
    cfg = CoderConfig(
        tuple(str(p) for p in actors_files),
        tuple(str(p) for p in verbs_files),
        str(dict_dir) if dict_dir else None,
    )
    for p in (*cfg.actors_files, *cfg.verbs_files, *([cfg.dict_dir] if cfg.dict_dir else [])):
        if not Path(p).exists():
            raise ValueError(f"{p}: no such file or directory")
    if engine == "local" and workers == 1:
        return _in_process(items, cfg, timeout, min(batch_size, IN_PROCESS_BATCH))
    if engine == "local":
        runner: _Runner = _PoolRunner(workers, mp_context or start_method(), cfg, timeout)
    else:
        runner = _DaskRunner(workers, scheduler, cfg)
    return _stream(items, runner, batch_size, max_in_flight, ordered)


IN_PROCESS_BATCH = 16  # articles parsed together in this process


def _in_process(items: Iterable[Item], cfg: CoderConfig, timeout: float | None,
                batch_size: int = IN_PROCESS_BATCH) -> Iterator[Result]:
    """Code in this process, in input order.  The first article is coded alone (its
    events come out at once); later ones in batches of ``batch_size``, parsed together.
    A Problem in the input closes the batch before it."""
    coder = None
    batch: list[Article] = []
    size = 1
    for item in items:
        if isinstance(item, Problem):
            if batch:
                yield from code_many(coder, batch, timeout)
                batch = []
            yield item
            continue
        if coder is None:
            coder = worker_coder(cfg)
        batch.append(item)
        if len(batch) >= size:
            yield from code_many(coder, batch, timeout)
            batch, size = [], batch_size
    if batch:
        yield from code_many(coder, batch, timeout)


class _Runner:
    """An engine: submit a batch, wait for futures, close."""

    slots: int = 1

    def start(self) -> None: ...

    def submit(self, batch: list[Article]): ...

    def result(self, future, batch: list[Article]) -> list[Result]: ...

    def wait_any(self, futures: list) -> set: ...

    def close(self) -> None: ...


def start_method() -> str:
    """How worker processes start by default: "fork" where the system has it and this
    process runs no other Python thread; else "spawn".

    A forked worker starts with the parent's Coder, built once before the fork and shared
    copy-on-write: no start-up per worker, and the model's memory is shared.  Another
    Python thread (a progress bar, a web server) could hold a lock at the moment of the
    fork that the worker would then wait on forever, so with one running the workers
    start from a fresh interpreter instead (and build their own Coder)."""
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux") \
            and threading.active_count() == 1:
        return "fork"
    return "spawn"


class _PoolRunner(_Runner):
    def __init__(self, workers: int, method: str, cfg: CoderConfig, timeout: float | None = None):
        self.workers, self.method, self.cfg, self.timeout = workers, method, cfg, timeout
        self.slots = workers
        self.pool: ProcessPoolExecutor | None = None
        self.generation = 0  # which pool a future belongs to
        self.born: dict[Any, int] = {}
        self.ok_since_start = False

    def start(self) -> None:
        if self.method == "fork":
            try:
                worker_coder(self.cfg)  # built here once; every worker starts with it
            except Exception:
                pass  # each worker tries again and reports why it cannot
        self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(self.method))
        self.generation += 1
        self.ok_since_start = False

    def submit(self, batch):
        fut = self.pool.submit(code_batch, batch, self.cfg, self.timeout)
        self.born[fut] = self.generation
        return fut

    def result(self, future, batch):
        generation = self.born.pop(future, self.generation)
        try:
            out = future.result()
            self.ok_since_start = True
            return out
        except BrokenProcessPool as exc:
            # A worker died (killed, out of memory, crashed): the batches of that pool
            # are reported as Problems and a new pool takes the rest, unless the pool
            # never coded anything (then it cannot work at all).
            if generation == self.generation:
                if not self.ok_since_start:
                    raise RuntimeError(f"the worker processes cannot code anything: {exc}") from exc
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.start()
            return _failed(batch, exc)
        except Exception as exc:  # e.g. an article that cannot be pickled
            return _failed(batch, exc)

    def wait_any(self, futures):
        done, _ = futures_wait(futures, return_when=FIRST_COMPLETED)
        return done

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


class _DaskRunner(_Runner):
    def __init__(self, workers: int, scheduler: str | None, cfg: CoderConfig):
        self.workers, self.scheduler, self.cfg = workers, scheduler, cfg
        self.client = self.cluster = None

    def start(self) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of accord
            raise RuntimeError("engine 'dask' needs dask[distributed]: pip install 'dask[distributed]'") from exc
        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.slots = max(1, sum(self.client.nthreads().values()) or self.workers)

    def submit(self, batch):
        return self.client.submit(code_batch, batch, self.cfg, pure=False)

    def result(self, future, batch):
        try:
            return future.result()
        except Exception as exc:  # KilledWorker, lost connection, ...
            return _failed(batch, exc)
        finally:
            future.release()

    def wait_any(self, futures):
        from distributed import wait

        done, _ = wait(futures, return_when="FIRST_COMPLETED")
        return set(done)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def _stream(items: Iterable[Item], runner: _Runner, batch_size: int,
            max_in_flight: int | None, ordered: bool) -> Iterator[Result]:
    runner.start()
    limit = max_in_flight or 2 * runner.slots
    # Entries: (future, batch) for submitted batches, (None, [results]) for Problems held
    # back to keep the input order.  At most `limit` entries are held at once.
    pending: deque = deque()
    batch: list[Article] = []

    def pop_head() -> list[Result]:
        fut, payload = pending.popleft()
        return payload if fut is None else runner.result(fut, payload)

    def pop_any() -> list[Result]:
        futs = [f for f, _ in pending if f is not None]
        done = runner.wait_any(futs)
        for i, (fut, payload) in enumerate(pending):
            if fut in done:
                del pending[i]
                return runner.result(fut, payload)
        raise RuntimeError("no finished batch")  # pragma: no cover

    def drain_ready() -> Iterator[Result]:
        # Yield what is already finished at the head, without waiting.
        while pending and (pending[0][0] is None or pending[0][0].done()):
            yield from pop_head()

    try:
        for item in items:
            if isinstance(item, Problem):
                if not ordered or not pending:
                    yield item
                else:
                    pending.append((None, [item]))
            else:
                batch.append(item)
                if len(batch) >= batch_size:
                    pending.append((runner.submit(batch), batch))
                    batch = []
            if ordered:
                yield from drain_ready()
                while len(pending) >= limit:
                    yield from pop_head()
            else:
                while len(pending) >= limit:
                    yield from pop_any()
        if batch:
            pending.append((runner.submit(batch), batch))
        while pending:
            yield from (pop_head() if ordered else pop_any())
    finally:
        for fut, _ in pending:
            if fut is not None:
                fut.cancel()
        runner.close()
