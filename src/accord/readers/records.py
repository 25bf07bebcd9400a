"""JSON records -> Article: the fields accord reads from JSON Lines and JSON arrays."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..model import Article, Problem, text_id
from .inputs import Warn

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date")


def parse_date(value: Any) -> date | None:
    """YYYY-MM-DD or an ISO 8601 datetime -> the date as written (no time-zone shift)."""
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        return datetime.fromisoformat(value).date()  # ValueError when unreadable


def _text(value: Any) -> str | None:
    if isinstance(value, list) and all(isinstance(p, str) for p in value):
        value = "\n\n".join(p.strip() for p in value if p.strip())  # a list of paragraphs
    return value if isinstance(value, str) and value.strip() else None


def _str(value: Any) -> str | None:
    return str(value).strip() or None if isinstance(value, (str, int)) else None


def record_article(record: Any, origin: str, published: date | None, warn: Warn) -> Article | Problem:
    """The Article a JSON record describes, or the Problem that keeps it from being one."""
    if not isinstance(record, dict):
        return Problem(origin, f"record is a JSON {type(record).__name__}, not an object", "failed")
    text = next((t for t in (_text(record.get(f)) for f in TEXT_FIELDS) if t), None)
    if text is None:
        return Problem(origin, "record has no text (no field text, body or content)", "skipped")
    raw_date = next((record[f] for f in DATE_FIELDS if record.get(f) not in (None, "")), None)
    try:
        record_date = parse_date(raw_date)
    except ValueError:
        warn(origin, f"unreadable date {raw_date!r} (expected YYYY-MM-DD or ISO 8601): ignored")
        record_date = None
    return Article(
        id=_str(record.get("id")) or text_id(text),
        text=text,
        title=_str(record.get("title")),
        published=record_date or published,
        source=_str(record.get("source")),
        url=_str(record.get("url")),
        lang=_str(record.get("lang")) or "en",
        origin=origin,
    )
