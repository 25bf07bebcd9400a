"""Plain-text articles: a headline on the first line, blank lines, paragraphs separated by
blank lines, and an optional last line ``Source: <outlet>`` (metadata, never coded).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..model import Article, Problem, text_id
from .inputs import Input

MAX_TITLE_CHARS = 200
_SOURCE_LINE = re.compile(r"^source:\s*(\S.{0,98})$", re.IGNORECASE)
_BLANK = re.compile(r"\n\s*\n")


def parse_text(raw: str) -> tuple[str | None, str, str | None]:
    """(title, body, source) of a plain-text article; body paragraphs joined by a blank line.

    Lines wrapped inside a paragraph are joined with a space.  The first line is the
    title when it stands alone before a blank line, is short and does not end like a
    sentence (with a full stop).
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    source = None
    match = _SOURCE_LINE.match(lines[-1].strip()) if lines else None
    if match and len(lines) > 1:
        source = match.group(1).strip()
        lines = lines[:-1]
    blocks = [" ".join(b.split()) for b in _BLANK.split("\n".join(lines).strip())]
    paragraphs = [b for b in blocks if b]
    title = None
    first = lines[0].strip() if lines else ""
    if (
        len(paragraphs) > 1
        and paragraphs[0] == " ".join(first.split())
        and len(first) <= MAX_TITLE_CHARS
        and not first.endswith(".")
    ):
        title = paragraphs.pop(0)
    return title, "\n\n".join(paragraphs), source


def read_text(inp: Input, published: date | None) -> Iterator[Article | Problem]:
    title, body, source = parse_text(inp.read_text())
    if not body:
        yield Problem(inp.origin, "no article text (only a title or a source line)", "skipped")
        return
    yield Article(
        id=text_id(body), text=body, title=title, published=published, source=source, origin=inp.origin
    )
