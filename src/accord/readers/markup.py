"""HTML fragments (feed summaries and contents) -> plain paragraphs, with the standard library."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "td",
    "th", "tr", "ul",
}
_HIDDEN = {"script", "style", "noscript", "template", "head"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def paragraphs(text: str) -> str:
    """Whitespace tidied: paragraphs split on blank lines, each on one line."""
    blocks = (" ".join(b.split()) for b in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(b for b in blocks if b)


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, one paragraph per block element."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return paragraphs("".join(parser.parts))
