"""JSON Lines: one record per line, read line by line; a bad line is reported and skipped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from ..model import Article, Problem
from .inputs import Input
from .records import record_article


def read_jsonl(inp: Input, published: date | None) -> Iterator[Article | Problem]:
    for number, line in inp.lines():
        if not line.strip():
            continue
        origin = f"{inp.origin}:{number}"
        try:
            record = json.loads(line.rstrip("\r\n"))  # an error at the end of the line, not the next
        except json.JSONDecodeError as exc:
            yield Problem(origin, f"malformed JSON: {exc.msg} (column {exc.colno})", "failed")
            continue
        yield record_article(record, origin, published, inp.warn)
