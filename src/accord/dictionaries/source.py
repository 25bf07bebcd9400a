"""Reading TABARI / PETRARCH dictionary files: text decoding and comment removal.

Both programs accept ``<!-- ... -->`` comments (also over several lines) and blank lines.
PETRARCH ends a line at ``#`` (a line starting with ``#`` is a comment) and, for legacy
files, at ``;``; here a ``#`` inside ``[...]`` is kept, so a code such as ``[###]``
survives.  TABARI ends a line at ``;`` and treats ``#`` as a comment only at the start of
a line (its codes may contain ``#``, as in ``[###]``).
"""

from __future__ import annotations

from pathlib import Path

FORMATS = ("petrarch", "tabari")


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and the encoding used (UTF-8, else Latin-1 as TABARI files often are)."""
    data = Path(path).read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def strip_comment(line: str, fmt: str) -> str:
    """One line without its trailing comment."""
    if fmt == "tabari":
        if line.lstrip().startswith("#"):
            return ""
        return line.split(";", 1)[0]
    depth = 0  # a '#' inside [...] is part of a code ([###]), not a comment
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i]
    return line


def content_lines(text: str, fmt: str = "petrarch") -> list[tuple[int, str]]:
    """(line number, text) of every line that holds something once comments are removed.
    Leading whitespace is kept (actor dictionaries give date restrictions on tab-indented
    lines); trailing whitespace is dropped."""
    out: list[tuple[int, str]] = []
    in_xml = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if in_xml:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_xml = False
        while "<!--" in line:
            start = line.find("<!--")
            end = line.find("-->", start + 4)
            if end < 0:
                line = line[:start]
                in_xml = True
                break
            line = line[:start] + line[end + 3 :]
        line = strip_comment(line, fmt).rstrip()
        if line.strip():
            out.append((lineno, line))
    return out
