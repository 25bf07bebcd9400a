"""Reading gold-standard records (the JSONL schema of shared/eval/README.md).

One JSON object per line: ``id``, ``set``, ``date``, ``text``, ``events`` (a list, ``[]`` = no
event, ``null`` = label-only record or an expected program error), ``penta`` (0-4 or null),
``notes``.  A malformed line raises :class:`GoldError` naming the file and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and line."""


@dataclass(frozen=True)
class GoldEvent:
    source: tuple[str, ...]  # actor codes as in the gold; several = compound actor
    target: tuple[str, ...]
    cameo: str | None = None
    plover: str | None = None
    mode: str | None = None
    symmetric: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": list(self.source),
            "target": list(self.target),
            "cameo": self.cameo,
            "plover": self.plover,
            "mode": self.mode,
            "symmetric": self.symmetric,
        }


@dataclass(frozen=True)
class GoldRecord:
    id: str
    set: str
    text: str
    date: date | None = None
    events: tuple[GoldEvent, ...] | None = None
    penta: int | None = None
    notes: str = ""
    origin: str = ""  # "file.jsonl:12"

    @property
    def expected_error(self) -> bool:
        """A record with neither events nor a label: the gold expects a program error."""
        return self.events is None and self.penta is None


def _codes(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(c, str) for c in value):
        return tuple(c for c in value if c)
    raise GoldError(f"{where}: event {key} must be a list of actor codes, got {value!r}")


def _event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: an event must be a JSON object, got {obj!r}")
    cameo = obj.get("cameo")
    plover = obj.get("plover")
    if cameo is not None and not isinstance(cameo, str):
        raise GoldError(f"{where}: cameo must be a string with its leading zeros, got {cameo!r}")
    if cameo is None and plover is None:
        raise GoldError(f"{where}: an event needs a cameo code or a plover type")
    return GoldEvent(
        source=_codes(obj.get("source"), where, "source"),
        target=_codes(obj.get("target"), where, "target"),
        cameo=cameo,
        plover=plover,
        mode=obj.get("mode") or None,
        symmetric=bool(obj.get("symmetric", False)),
    )


def parse_record(obj: Any, where: str) -> GoldRecord:
    """One decoded JSON line -> GoldRecord (``where`` names it in errors)."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: a record must be a JSON object")
    rid, text = obj.get("id"), obj.get("text")
    if not isinstance(rid, str) or not rid:
        raise GoldError(f"{where}: missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"{where}: record {rid} has no text")
    raw_events, penta = obj.get("events"), obj.get("penta")
    if raw_events is not None and not isinstance(raw_events, list):
        raise GoldError(f"{where}: 'events' must be a list or null")
    if penta is not None and (not isinstance(penta, int) or isinstance(penta, bool)):
        raise GoldError(f"{where}: 'penta' must be an integer or null, got {penta!r}")
    day = None
    if obj.get("date"):
        try:
            day = date.fromisoformat(obj["date"])
        except (TypeError, ValueError):
            raise GoldError(f"{where}: bad date {obj['date']!r} (YYYY-MM-DD)") from None
    events = None
    if raw_events is not None:
        events = tuple(_event(e, where) for e in raw_events)
    return GoldRecord(
        id=rid,
        set=str(obj.get("set") or ""),
        text=text,
        date=day,
        events=events,
        penta=penta,
        notes=str(obj.get("notes") or ""),
        origin=where,
    )


def read_gold(path: str | Path) -> list[GoldRecord]:
    """All records of a gold JSONL file (blank lines skipped)."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: no such file")
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not JSON ({exc.msg})") from None
            records.append(parse_record(obj, where))
    if not records:
        raise GoldError(f"{path}: no records")
    return records
