"""JSON documents: an array of records (or records one after another), decoded one record
at a time from a moving buffer so that a large file is never held in memory whole.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import date

from ..model import Article, Problem
from .inputs import Input
from .records import record_article

MAX_RECORD_CHARS = 64 * 1024 * 1024
_WHITESPACE = " \t\r\n"


class _Buffer:
    """Text read so far from an input, a position in it, and the line of that position."""

    def __init__(self, inp: Input):
        self.chunks = inp.chunks()
        self.text, self.pos, self.line = "", 0, 1

    def more(self) -> bool:
        """Read the next chunk (dropping what was consumed); False at the end."""
        chunk = next(self.chunks, None)
        if chunk is None:
            return False
        self.text, self.pos = self.text[self.pos :] + chunk, 0
        return True

    def skip(self, end: int) -> None:
        self.line += self.text.count("\n", self.pos, end)
        self.pos = end

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _WHITESPACE:
                pos += 1
            self.skip(pos)
            if pos < len(text) or not self.more():
                return text[pos : pos + 1]


def read_json(inp: Input, published: date | None) -> Iterator[Article | Problem]:
    buf, decoder = _Buffer(inp), json.JSONDecoder()
    array = buf.peek() == "["
    if array:
        buf.skip(buf.pos + 1)
    elif buf.peek() != "{":
        yield Problem(inp.origin, "not JSON: expected an array [...] or objects {...}", "failed")
        return
    for count in itertools.count():
        char = buf.peek()
        if not char or (array and char == "]"):
            if array and not char:
                yield Problem(f"{inp.origin}:{buf.line}", "malformed JSON: the array is not closed", "failed")
            elif count == 0:
                yield Problem(inp.origin, "the JSON array holds no records", "skipped")
            return
        origin = f"{inp.origin}:{buf.line}"
        while True:
            try:
                record, end = decoder.raw_decode(buf.text, buf.pos)
                break
            except json.JSONDecodeError as exc:
                if len(buf.text) - buf.pos > MAX_RECORD_CHARS or not buf.more():
                    line = buf.line + buf.text.count("\n", buf.pos, exc.pos)
                    yield Problem(f"{inp.origin}:{line}", f"malformed JSON: {exc.msg} (column {exc.colno})", "failed")
                    return
        buf.skip(end)
        yield record_article(record, origin, published, inp.warn)
        if array:
            char = buf.peek()
            if char == ",":
                buf.skip(buf.pos + 1)
            elif char != "]":
                yield Problem(f"{inp.origin}:{buf.line}", "malformed JSON: expected ',' or ']'", "failed")
                return
