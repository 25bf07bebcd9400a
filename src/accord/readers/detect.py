"""Which reader an input needs: by file extension first, by content otherwise."""

from __future__ import annotations

import codecs
import json
import os
import re

FORMATS = ("text", "html", "jsonl", "json", "rss")

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
}

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")


def sniff(head: bytes) -> str:
    """The format that the first bytes of an input look like."""
    text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace").lstrip()
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        first, newline, _ = text.partition("\n")
        if not newline:  # one long line (or the head ends inside it)
            return "jsonl"
        try:
            json.loads(first)
        except ValueError:
            return "json"  # an object over several lines
        return "jsonl"
    if text.startswith("<"):
        return "rss" if _FEED_ROOT.search(text[:4096].lower()) else "html"
    return "text"


def detect_format(name: str, head: bytes) -> str:
    """The format for a file named ``name`` that begins with ``head``.

    A known extension decides (.txt .html .jsonl .rss ...); ``.json`` is read as JSON Lines
    when its first line is a whole object; other names (and stdin) are sniffed.
    """
    ext = os.path.splitext(name.lower())[1]
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    found = sniff(head)
    if ext == ".json":
        return found if found in ("json", "jsonl") else "json"
    return found
