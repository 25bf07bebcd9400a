"""Where input bytes come from: paths, directories, stdin, gzip; and how they are decoded.

An ``Input`` is one opened file (or stdin): its origin label, the first bytes (for format
detection), a binary stream that replays them, and text access that decodes UTF-8 and
falls back to cp1252 (Windows-1252) with one warning per input.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

from ..model import Problem

HEAD_SIZE = 64 * 1024
CHUNK_SIZE = 64 * 1024
STDIN_ORIGIN = "<stdin>"
FALLBACK_WARNING = "not valid UTF-8: read as cp1252 (Windows-1252)"

Warn = Callable[[str, str], None]  # warn(origin, message)


class _Replay(io.RawIOBase):
    """A stream that gives back bytes already read (``head``) before the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class Input:
    origin: str  # the path as given, or "<stdin>"
    name: str  # the name used to detect the format ("x.jsonl" for "x.jsonl.gz")
    head: bytes  # the first bytes (after decompression)
    stream: BinaryIO  # the whole content, head included
    warn: Warn
    warned: bool = field(default=False, init=False)  # the cp1252 warning was given

    def _fallback(self, origin: str | None = None) -> None:
        if not self.warned:
            self.warned = True
            self.warn(origin or self.origin, FALLBACK_WARNING)

    def read_text(self) -> str:
        """The whole content as text (for one-article formats: text, HTML, feeds)."""
        data = self.stream.read()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self._fallback()
            return data.decode("cp1252", errors="replace")

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) for each line, decoded one by one."""
        for number, raw in enumerate(self.stream, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                self._fallback(f"{self.origin}:{number}")
                line = raw.decode("cp1252", errors="replace")
            yield number, line

    def chunks(self) -> Iterator[str]:
        """The content as text in pieces of about CHUNK_SIZE bytes."""
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        fallback = False
        while True:
            data = self.stream.read(CHUNK_SIZE)
            if fallback:
                text = data.decode("cp1252", errors="replace")
            else:
                pending = decoder.getstate()[0]
                try:
                    text = decoder.decode(data, final=not data)
                except UnicodeDecodeError:
                    self._fallback()
                    fallback = True
                    text = (pending + data).decode("cp1252", errors="replace")
            if text:
                yield text
            if not data:
                return


def _walk(directory: str) -> Iterator[str]:
    """Files under a directory, recursively, sorted, hidden files and folders left out."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def sources(paths: list[str]) -> Iterator[str | Problem]:
    """The files to read, in order: "-" for stdin, a Problem for a path that is not there."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:
                yield Problem(path, "directory holds no (visible) files", "skipped")
        elif os.path.exists(path):
            yield path
        else:
            yield Problem(path, "no such file or directory", "failed")


@contextmanager
def open_input(path: str, warn: Warn) -> Iterator[Input]:
    """Open a path (or "-" for stdin), undo gzip, and read the head for detection."""
    if path == "-":
        raw, origin, name, close = sys.stdin.buffer, STDIN_ORIGIN, "", False
    else:
        raw, origin, name, close = open(path, "rb"), path, os.path.basename(path), True
    try:
        head = raw.read(HEAD_SIZE)
        stream: BinaryIO = io.BufferedReader(_Replay(head, raw))
        if head[:2] == b"\x1f\x8b":  # gzip: read what it holds
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
            name = name[:-3] if name.lower().endswith(".gz") else name
            head = stream.read(HEAD_SIZE)
            stream = io.BufferedReader(_Replay(head, stream))
        yield Input(origin, name, head, stream, warn)
    finally:
        if close:
            raw.close()


def unreadable(inp: Input) -> Problem | None:
    """Why an input cannot hold text at all (empty, binary, UTF-16), or None."""
    head = inp.head
    if not head.strip():
        return Problem(inp.origin, "empty file" if inp.origin != STDIN_ORIGIN else "empty input", "skipped")
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return Problem(inp.origin, "UTF-16 text: save it as UTF-8 and try again", "skipped")
    if b"\x00" in head[:8192]:
        return Problem(inp.origin, "binary file, not text", "skipped")
    return None
