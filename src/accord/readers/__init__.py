"""Readers: files, directories, stdin and feeds -> Article values (or Problems).

    >>> from accord.readers import read_paths
    >>> for item in read_paths(["news/", "feed.xml", "-"], published=None):
    ...     print(item)

One module per input format (text, webpage, jsonl, jsonarray, feeds); ``detect`` picks
one by file extension, then by content; ``inputs`` opens paths, stdin and gzip and
decodes text.  Everything streams: one file, one line or one record at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

from ..model import Article, Problem
from .detect import FORMATS, detect_format
from .feeds import read_feed
from .inputs import Input, Warn, open_input, sources, unreadable
from .jsonarray import read_json
from .jsonl import read_jsonl
from .text import parse_text, read_text
from .webpage import read_html

__all__ = ["FORMATS", "detect_format", "parse_text", "read_paths"]

logger = logging.getLogger("accord.readers")

READERS = {"text": read_text, "html": read_html, "jsonl": read_jsonl, "json": read_json, "rss": read_feed}


def _log_warning(origin: str, message: str) -> None:
    logger.warning("%s: %s", origin, message)


def _read_input(inp: Input, input_format: str | None, published: date | None) -> Iterator[Article | Problem]:
    problem = unreadable(inp)
    if problem:
        yield problem
        return
    fmt = input_format or detect_format(inp.name, inp.head)
    try:
        yield from READERS[fmt](inp, published)
    except Exception as exc:  # bad input costs its own file, never the run
        yield Problem(inp.origin, f"could not read as {fmt} ({type(exc).__name__}: {exc})", "failed")


def read_paths(
    paths: list[str],
    input_format: str | None = None,
    published: date | None = None,
    warn: Warn | None = None,
) -> Iterator[Article | Problem]:
    """Articles from files, directories (recursive, sorted, hidden files left out) and "-"
    (stdin), one at a time; a Problem for each input (or line, or record) that cannot be read.

    ``input_format``: one of FORMATS, or None/"auto" to detect each file's format.
    ``published``: the date for articles whose input gives none.
    ``warn(origin, message)``: called for readable input with a flaw (a cp1252 file, an
    unreadable date); by default a warning on the ``accord.readers`` logger.
    """
    if input_format == "auto":
        input_format = None
    if input_format is not None and input_format not in READERS:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    warn = warn or _log_warning
    for source in sources(paths):
        if isinstance(source, Problem):
            yield source
            continue
        try:
            with open_input(source, warn) as inp:
                yield from _read_input(inp, input_format, published)
        except OSError as exc:
            yield Problem(source if source != "-" else "<stdin>", exc.strerror or str(exc), "failed")
