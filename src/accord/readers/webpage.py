"""HTML pages: the main text and metadata (title, date, site name, URL) with trafilatura.

Date extraction is kept conservative (metadata and URL, no guessing from the page text),
so that a page without a date gets the --published date, not a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Article, Problem, text_id
from .inputs import Input
from .markup import paragraphs
from .records import parse_date

MIN_WORDS = 8  # less than this is navigation or boilerplate, not an article


def read_html(inp: Input, published: date | None) -> Iterator[Article | Problem]:
    import trafilatura  # slow to import: only when an HTML page is read

    doc = trafilatura.bare_extraction(
        inp.read_text(),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines = [line.strip() for line in (doc.text or "").split("\n")] if doc else []
    title = (doc.title or "").strip() or None if doc else None
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the headline repeated at the top of the text
    text = paragraphs("\n\n".join(lines))
    if len(text.split()) < MIN_WORDS:
        yield Problem(inp.origin, "no article text found in the HTML page", "skipped")
        return
    try:
        page_date = parse_date(doc.date)
    except ValueError:
        page_date = None
    yield Article(
        id=text_id(text),
        text=text,
        title=title,
        published=page_date or published,
        source=(doc.sitename or "").strip() or None,
        url=doc.url or None,
        lang=doc.language or "en",
        origin=inp.origin,
    )
