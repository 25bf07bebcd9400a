"""RSS 2.0 / RSS 1.0 / Atom feeds with feedparser: one article per item.

feedparser decodes the XML itself (by its declared encoding).  Text is the item's longest content (else its summary) stripped of HTML; an item with a
title only is read as a one-sentence article.  id = guid (Atom id), else the link.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime

from ..model import Article, Problem, text_id
from .inputs import Input
from .markup import html_to_text, paragraphs
from .records import parse_date

_ITEM_TAG = re.compile(r"<(?:\w+:)?(?:item|entry)[\s>/]")


def _plain(detail) -> str:
    """Text of a feedparser text construct (a dict with value and type)."""
    value = (detail or {}).get("value") or ""
    return html_to_text(value) if "html" in (detail or {}).get("type", "") else paragraphs(value)


def _entry_date(entry) -> date | None:
    """The date as written in the feed (local to the publisher), else as parsed (UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()  # RSS: RFC 822
        except (TypeError, ValueError):
            pass
        try:
            return parse_date(raw)  # Atom: RFC 3339
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _item_lines(raw: str, count: int) -> list[int] | None:
    """The line each item starts on, when the items can be found in the raw XML."""
    starts = [raw.count("\n", 0, m.start()) + 1 for m in _ITEM_TAG.finditer(raw)]
    return starts if len(starts) == count else None


def read_feed(inp: Input, published: date | None) -> Iterator[Article | Problem]:
    import feedparser  # only when a feed is read

    data = inp.stream.read()
    feed = feedparser.parse(io.BytesIO(data))  # bytes in a stream: never taken for a URL or path
    if not feed.entries:
        if feed.bozo:
            reason = f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})"
            yield Problem(inp.origin, reason, "failed")
        else:
            yield Problem(inp.origin, "the feed has no items", "skipped")
        return
    if feed.bozo:
        inp.warn(inp.origin, f"the feed is not well-formed ({feed.get('bozo_exception')}): read what could be")
    outlet = _plain(feed.feed.get("title_detail")) or None
    lines = _item_lines(data.decode("utf-8", errors="replace"), len(feed.entries))
    for n, entry in enumerate(feed.entries):
        origin = f"{inp.origin}:{lines[n]}" if lines else f"{inp.origin}#{n + 1}"
        title = _plain(entry.get("title_detail")) or None
        bodies = [_plain(c) for c in entry.get("content", [])] + [_plain(entry.get("summary_detail"))]
        text = max(bodies, key=len)
        if not text:
            text, title = title, None
        if not text:
            yield Problem(origin, "feed item has neither title nor text", "skipped")
            continue
        yield Article(
            id=entry.get("id") or entry.get("link") or text_id(text),
            text=text,
            title=title,
            published=_entry_date(entry) or published,
            source=outlet,
            url=entry.get("link") or None,
            origin=origin,
        )
