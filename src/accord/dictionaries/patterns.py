"""TABARI / PETRARCH pattern text -> accord's pattern syntax (docs/verb-patterns.md).

What changes:

- lower case; single spaces; brackets written tight: ``(for {financial aid})``;
- ``_`` joins words that must stand next to each other: ``ON_THE`` becomes the compound
  ``{on the}``; a ``_`` touching ``*``, ``+``, ``$``, ``^`` or ``%`` (``IN_*``) is dropped
  (accord has no adjacency to the predicate or to a slot); a final ``_`` (TABARI's "whole
  word, not a stem") is dropped; inside ``{...}`` a ``_`` is a plain word break;
- ``&NAME`` refers to a synset by its lower-case name; ``&FIGHT_CRIM``, when no synset has
  that full name, is read as PETRARCH reads it: ``&FIGHT`` followed by ``CRIM``;
- a TABARI alternative set ``{ WAS | WERE }`` gives one pattern per alternative.

Everything else (``*`` ``+`` ``$`` ``^`` ``%``, words, ``(...)``, ``{...}``) is kept.
"""

from __future__ import annotations

import itertools
import re

SPECIAL = frozenset({"*", "+", "$", "^", "%"})
MAX_ALTERNATIVES = 64
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


class PatternSyntaxError(ValueError):
    """A pattern that cannot be converted; the message is the reason."""


def expand_alternatives(text: str) -> list[str]:
    """``A { B | C } D`` -> ``["A B D", "A C D"]`` (TABARI disjunctive sets)."""
    parts = _ALT.split(text)
    if len(parts) == 1:
        return [text]
    choices = [[p] if i % 2 == 0 else [a.strip() for a in p.split("|")] for i, p in enumerate(parts)]
    total = 1
    for c in choices:
        total *= len(c)
    if total > MAX_ALTERNATIVES:
        raise PatternSyntaxError(f"{total} alternatives (more than {MAX_ALTERNATIVES})")
    return [" ".join(" ".join(combo).split()) for combo in itertools.product(*choices)]


def _tokens(text: str) -> list[str]:
    return re.findall(r"[(){}*]|[^\s(){}*]+", text)


def _word_parts(word: str, synsets: frozenset[str]) -> list[str]:
    """One whitespace-free chunk split at '_' into words, synset references and specials."""
    word = word.lower()
    if word.startswith("&") and word[1:].rstrip("_") in synsets:
        return ["&" + word[1:].rstrip("_")]
    return [p for p in word.split("_") if p]


def convert(text: str, synsets: frozenset[str] | set[str]) -> str:
    """One pattern (without alternative sets) in accord syntax.  Raises PatternSyntaxError."""
    synsets = frozenset(synsets)
    out: list[str] = []
    stack: list[str] = []
    for tok in _tokens(text):
        if tok in "({":
            stack.append(tok)
            out.append(tok)
            continue
        if tok in ")}":
            if not stack or stack.pop() != {")": "(", "}": "{"}[tok]:
                raise PatternSyntaxError(f"unbalanced '{tok}'")
            out.append(tok)
            continue
        parts = _word_parts(tok, synsets)
        if "{" in stack or len(parts) < 2:
            out.extend(parts)
            continue
        run: list[str] = []  # consecutive plain words joined by '_' form a compound
        for part in parts + ["*END*"]:
            if part in SPECIAL or part == "*END*":
                out.extend(["{", *run, "}"] if len(run) > 1 else run)
                run = []
                if part != "*END*":
                    out.append(part)
            else:
                run.append(part)
    if stack:
        raise PatternSyntaxError(f"unclosed '{stack[-1]}'")
    words = [t for t in out if t not in "(){}"]
    if words.count("*") != 1:
        raise PatternSyntaxError("no '*' (the verb)" if "*" not in words else "more than one '*'")
    for t in words:
        if t.startswith("&") and t[1:] not in synsets:
            raise PatternSyntaxError(f"undefined synset {t}")
    text_out = ""
    for t in out:
        if text_out and not text_out.endswith(("(", "{")) and t not in ")}":
            text_out += " "
        text_out += t
    return text_out


def convert_all(text: str, synsets: frozenset[str] | set[str]) -> list[str]:
    """All accord patterns for one source pattern (several when it has alternative sets)."""
    seen: dict[str, None] = {}
    for alt in expand_alternatives(text):
        seen[convert(alt, synsets)] = None
    return list(seen)
