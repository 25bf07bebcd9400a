"""The benchmark corpus: Wikinews articles from ../shared/corpus, repeated with unique ids
until the wanted count is reached (the bundled sample when ../shared is absent)."""

from __future__ import annotations

import json
from datetime import date
from itertools import count
from pathlib import Path
from typing import Iterator

from accord.model import Article

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews_en.jsonl"
SAMPLE = ROOT / "src" / "accord" / "data" / "sample"


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def source_rows() -> tuple[str, list[dict]]:
    """(description, rows with id/title/text/published) of the corpus to repeat."""
    if WIKINEWS.is_file():
        rows = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8") if line.strip()]
        return str(WIKINEWS), rows
    rows = []
    for path in sorted(SAMPLE.glob("**/*")):
        if path.suffix == ".jsonl":
            rows += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        elif path.suffix == ".txt":
            rows.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    rows = [r for r in rows if isinstance(r.get("text"), str) and r["text"].strip()]
    if not rows:
        raise SystemExit(f"no corpus: neither {WIKINEWS} nor articles under {SAMPLE}")
    return str(SAMPLE), rows


def trim(text: str, max_words: int | None) -> str:
    if not max_words:
        return text
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words])


def articles(rows: list[dict], n: int, max_words: int | None = None) -> Iterator[Article]:
    """``n`` articles cycling over ``rows`` (ids get ``#k`` on the k-th repetition),
    generated lazily so a long stream costs no memory here."""
    made = 0
    for rep in count():
        for i, r in enumerate(rows):
            if made >= n:
                return
            rid = str(r.get("id") or f"row{i}")
            yield Article(
                id=rid if rep == 0 else f"{rid}#{rep}",
                text=trim(r["text"], max_words),
                title=r.get("title"),
                published=_day(r.get("published")),
                source=r.get("source"),
                url=r.get("url"),
                origin=f"bench:{i}",
            )
            made += 1


def words(text: str) -> int:
    return len(text.split())
