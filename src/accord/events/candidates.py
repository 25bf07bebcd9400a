"""What the sentence coder finds: candidate events (tokens and mentions, not yet dated or
placed) and the trace of its decisions (``accord explain``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Mention
from .modality import Modality


@dataclass(frozen=True)
class Candidate:
    trigger: object  # spaCy Token
    code: str
    source: Mention | None
    target: Mention | None
    modality: Modality
    rule: str
    roles: str  # how source and target were found
    paired: bool = False  # the paired event (PETRARCH [a:b]) seen from the target's side


@dataclass
class Trace:
    lines: list[str] = field(default_factory=list)

    def add(self, tok, msg: str) -> None:
        self.lines.append(f"{tok.text}@{tok.i}: {msg}")


def _same_actor(a: Actor, b: Actor) -> bool:
    return a.code == b.code


def _dedup(cands: list[Candidate]) -> list[Candidate]:
    """One event per (source, target, code) in a sentence: the first trigger keeps it."""
    seen: set = set()
    out = []
    for c in sorted(cands, key=lambda c: c.trigger.i):
        key = (c.source.actor.code if c.source else None, c.target.actor.code if c.target else None, c.code)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
