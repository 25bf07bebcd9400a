"""Coding gold records with the accord Coder and scoring them, file by file.

    >>> from accord.evaluation import evaluate
    >>> run = evaluate(["../shared/eval/plover_gsr.jsonl"])
    >>> run.files[0].levels["plover"].f1
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .gold import GoldError, GoldRecord, read_gold
from .scoring import (
    CAMEO_LEVELS,
    ClassScores,
    Counts,
    LevelResult,
    PredEvent,
    class_scores,
    from_event,
    predicted_penta,
    record_levels,
    score_level,
)

DEV_SETS = ("plover_gsr.jsonl", "petr_unit.jsonl", "conflibert_train.jsonl")
PETR_DICT_FILES = tuple(f"PETR.Validate.{k}.txt" for k in ("verbs", "actors", "agents", "discards"))
# Events of these modalities are not counted as coded ("X did not attack Y" is no attack).
EXCLUDED_MODALITIES = frozenset({"negated"})


class EvalSetupError(RuntimeError):
    """Something the evaluation needs is missing (dictionaries, gold files)."""


def shared_dir() -> Path | None:
    """The shared data directory beside the repository, if present: $ACCORD_SHARED,
    ./../shared, or ../shared next to the source checkout."""
    candidates = []
    if os.environ.get("ACCORD_SHARED"):
        candidates.append(Path(os.environ["ACCORD_SHARED"]))
    candidates.append(Path.cwd().parent / "shared")
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def default_gold_files() -> list[Path]:
    """The three development sets in shared/eval (empty when they are not there)."""
    base = shared_dir()
    if base is None:
        return []
    return [base / "eval" / name for name in DEV_SETS if (base / "eval" / name).is_file()]


def default_petr_dicts() -> Path | None:
    base = shared_dir()
    d = base / "reference" / "dictionaries" if base else None
    return d if d and (d / PETR_DICT_FILES[0]).is_file() else None


def needs_petr_dicts(records: Iterable[GoldRecord], path: Path) -> bool:
    """A PETRARCH unit-test file (fictional actors): it must be coded with its own dictionaries."""
    first = next(iter(records), None)
    name = first.set if first and first.set else path.stem
    return name.startswith("petr_unit")


def import_petr_dicts(ref_dir: Path, out_dir: Path) -> Path:
    """Convert the PETRARCH validation dictionaries of ``ref_dir`` with
    ``accord dict import --format petrarch`` into ``out_dir``."""
    files = [ref_dir / f for f in PETR_DICT_FILES if (ref_dir / f).is_file()]
    if not files:
        raise EvalSetupError(f"{ref_dir}: no PETR.Validate.*.txt dictionaries there")
    cmd = [sys.executable, "-m", "accord", "dict", "import", "--format", "petrarch",
           *map(str, files), "--out", str(out_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise EvalSetupError(
            f"importing the PETRARCH dictionaries failed (exit {proc.returncode}): "
            + " | ".join(tail)
        )
    return out_dir


@dataclass
class RecordResult:
    record: GoldRecord
    preds: list[PredEvent]
    levels: dict[str, LevelResult]
    penta: int | None = None  # predicted class, for labelled records
    error: str | None = None  # the coder raised

    @property
    def wrong(self) -> bool:
        if self.error:
            return True
        if any(lv.missing or lv.extra for lv in self.levels.values()):
            return True
        return self.record.penta is not None and self.penta != self.record.penta

    def to_error_dict(self, path: str) -> dict[str, Any]:
        r = self.record
        return {
            "id": r.id,
            "set": r.set,
            "file": path,
            "text": r.text,
            "notes": r.notes,
            "gold": {
                "events": [e.to_dict() for e in r.events] if r.events is not None else None,
                "penta": r.penta,
            },
            "predicted": {"events": [p.to_dict() for p in self.preds], "penta": self.penta},
            "missing": {k: [list(x) for x in lv.missing] for k, lv in self.levels.items() if lv.missing},
            "extra": {k: [list(x) for x in lv.extra] for k, lv in self.levels.items() if lv.extra},
            "error": self.error,
        }


@dataclass
class FileResult:
    path: Path
    set: str
    records: int  # read (after --limit)
    skipped: int  # expected program errors (events and penta both null)
    levels: dict[str, Counts]
    results: list[RecordResult]
    correct: int | None = None  # records fully correct (CAMEO files)
    penta: ClassScores | None = None
    coder_errors: int = 0
    seconds: float = 0.0
    dictionaries: str = "shipped"

    @property
    def scored(self) -> int:
        return self.records - self.skipped

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "set": self.set,
            "records": self.records,
            "scored": self.scored,
            "skipped_expected_error": self.skipped,
            "coder_errors": self.coder_errors,
            "dictionaries": self.dictionaries,
            "seconds": round(self.seconds, 2),
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "records_fully_correct": (
                {"correct": self.correct, "total": self.scored,
                 "share": round(self.correct / self.scored, 4) if self.scored else 0.0}
                if self.correct is not None else None
            ),
            "penta": self.penta.to_dict() if self.penta else None,
        }


def score_record(record: GoldRecord, preds: list[PredEvent], levels: Iterable[str],
                 error: str | None = None) -> RecordResult:
    """Score one record's predictions (already filtered to the scored modalities)."""
    out = RecordResult(record, preds, {}, error=error)
    if record.events is not None:
        out.levels = {lv: score_level(record.events, preds, lv) for lv in levels}
    if record.penta is not None:
        out.penta = predicted_penta(preds)
    return out


def summarise(path: Path, results: list[RecordResult], levels: Iterable[str],
              skipped: int, set_name: str) -> FileResult:
    levels = tuple(levels)
    totals = {lv: Counts() for lv in levels}
    for r in results:
        for lv, res in r.levels.items():
            totals[lv].add(res.counts)
    event_results = [r for r in results if r.record.events is not None]
    correct = None
    if "actors" in levels:
        correct = sum(
            1 for r in event_results
            if not r.error and all(not (lv.missing or lv.extra)
                                   for k, lv in r.levels.items() if k in CAMEO_LEVELS)
        )
    labelled = [r for r in results if r.record.penta is not None]
    penta = class_scores([r.record.penta for r in labelled], [r.penta for r in labelled]) if labelled else None
    return FileResult(
        path=path,
        set=set_name,
        records=len(results) + skipped,
        skipped=skipped,
        levels=totals,
        results=results,
        correct=correct,
        penta=penta,
        coder_errors=sum(1 for r in results if r.error),
    )


def _describe(exc: BaseException) -> str:
    """``Type: message (at file:line in function)``: where the coder raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def code_records(coder, records: list[GoldRecord],
                 on_record: Callable[[], None] | None = None) -> list[tuple[list[PredEvent], str | None]]:
    """Code each record's text with its gold date; an exception is kept as the record's error."""
    out = []
    for rec in records:
        try:
            events = coder.code(rec.text, published=rec.date)
            preds = [from_event(e) for e in events if e.modality not in EXCLUDED_MODALITIES]
            out.append((preds, None))
        except Exception as exc:  # one bad record must not stop the run
            out.append(([], _describe(exc)))
        if on_record:
            on_record()
    return out


def evaluate_records(path: Path, records: list[GoldRecord], coder,
                     on_record: Callable[[], None] | None = None) -> FileResult:
    """Code and score the records of one gold file."""
    todo = [r for r in records if not r.expected_error]
    levels = record_levels(todo)
    t0 = time.perf_counter()
    coded = code_records(coder, todo, on_record)
    seconds = time.perf_counter() - t0
    results = [score_record(r, preds, levels, err) for r, (preds, err) in zip(todo, coded)]
    set_name = records[0].set or path.stem
    res = summarise(path, results, levels, len(records) - len(todo), set_name)
    res.seconds = seconds
    return res


@dataclass
class EvalRun:
    files: list[FileResult] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": [f.to_dict() for f in self.files],
            "failures": [{"file": f, "reason": r} for f, r in self.failures],
        }


class _Coders:
    """One Coder per dictionary directory, built on first use."""

    def __init__(self, actors_files=(), verbs_files=()):
        self._coders: dict[str | None, Any] = {}
        self._extra = dict(actors_files=tuple(actors_files), verbs_files=tuple(verbs_files))

    def get(self, dict_dir: Path | None, labels_only: bool = False):
        """Label-only sets (PentaClass) ask what the sentence's main event is, with or
        without coded actors, so their coder requires neither a dyad nor a source."""
        key = (str(dict_dir) if dict_dir else None, labels_only)
        if key not in self._coders:
            from accord.pipeline import Coder

            # classification needs no actor, so every sentence is parsed (no actor cue filter)
            self._coders[key] = Coder(dict_dir=dict_dir, require_dyad=not labels_only,
                                      require_source=not labels_only, prefilter=not labels_only,
                                      **self._extra)
        return self._coders[key]


def evaluate(
    paths: Iterable[str | Path],
    dict_dir: str | Path | None = None,
    petr_dicts: str | Path | None = None,
    limit: int | None = None,
    on_start: Callable[[Path, int], None] | None = None,
    on_record: Callable[[], None] | None = None,
    log: Callable[[str], None] | None = None,
) -> EvalRun:
    """Score each gold file.  ``dict_dir``: code with these imported dictionaries instead of
    the shipped ones.  Without it, a petr_unit file is coded with the PETRARCH validation
    dictionaries of ``petr_dicts`` (default: shared/reference/dictionaries), imported into
    a temporary directory first.  A file that cannot be read or set up is recorded in
    ``failures`` and the others go on."""
    log = log or (lambda msg: None)
    run = EvalRun()
    coders = _Coders()
    with tempfile.TemporaryDirectory(prefix="accord-eval-") as tmp:
        petr_dir: Path | None = None
        for p in map(Path, paths):
            try:
                records = read_gold(p)
            except GoldError as exc:
                run.failures.append((str(p), str(exc)))
                continue
            if limit is not None:
                records = records[:limit]
            use_dir = Path(dict_dir) if dict_dir else None
            label = str(use_dir) if use_dir else "shipped"
            if use_dir is None and needs_petr_dicts(records, p):
                try:
                    if petr_dir is None:
                        ref = Path(petr_dicts) if petr_dicts else default_petr_dicts()
                        if ref is None:
                            raise EvalSetupError(
                                "petr_unit needs the PETRARCH validation dictionaries: give "
                                "--petr-dicts DIR (holding PETR.Validate.*.txt) or --dict DIR"
                            )
                        log(f"importing PETRARCH validation dictionaries from {ref}")
                        petr_dir = import_petr_dicts(ref, Path(tmp) / "petr")
                    use_dir = petr_dir
                    label = "PETR.Validate (imported)"
                except EvalSetupError as exc:
                    run.failures.append((str(p), str(exc)))
                    continue
            try:
                labels_only = all(r.events is None and r.penta is not None for r in records)
                coder = coders.get(use_dir, labels_only)
            except Exception as exc:
                run.failures.append((str(p), f"cannot build the coder: {type(exc).__name__}: {exc}"))
                continue
            if on_start:
                on_start(p, sum(1 for r in records if not r.expected_error))
            res = evaluate_records(p, records, coder, on_record)
            res.dictionaries = label
            run.files.append(res)
    return run
