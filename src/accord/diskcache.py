"""Derived tables kept between runs: what accord builds from its data files at start (the
gazetteer, the pattern dictionary) is pickled into a cache folder and read back while the
files it came from are unchanged.

The folder is ``$ACCORD_CACHE``, else ``$XDG_CACHE_HOME/accord``, else ``~/.cache/accord``.
A cache file is named after what it holds and a digest of its inputs (paths, sizes and
modification times, accord's version); an unreadable, stale or unwritable cache is
ignored and the table is built as if there were none.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
FORMAT = 3  # bump when the pickled structures change


def folder() -> Path:
    env = os.environ.get("ACCORD_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "accord"


def _digest(inputs: Iterable[Path | str], extra: str) -> str:
    from . import __version__

    h = hashlib.sha1(f"{FORMAT}|{__version__}|{extra}".encode())
    for p in inputs:
        p = Path(p)
        try:
            st = p.stat()
            h.update(f"|{p.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"|{p}|missing".encode())
    return h.hexdigest()[:16]


def cached(name: str, inputs: Iterable[Path | str], build: Callable[[], T], extra: str = "") -> T:
    """``build()``, or its result of an earlier run with the same inputs."""
    inputs = list(inputs)
    try:
        base = folder()
        path = base / f"{name}-{_digest(inputs, extra)}.pickle"
    except Exception:  # no home folder: no cache
        return build()
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # broken or from another version: rebuilt below
            pass
    value = build()
    try:
        base.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in base.glob(f"{name}-*.pickle"):  # caches of other inputs
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value
