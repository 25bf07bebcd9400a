"""Measuring the coder against gold records (`accord eval`); see docs/evaluation.md."""

from .gold import GoldError, GoldEvent, GoldRecord, read_gold
from .run import (
    DEV_SETS,
    EvalRun,
    EvalSetupError,
    FileResult,
    default_gold_files,
    default_petr_dicts,
    evaluate,
    evaluate_records,
)
from .scoring import (
    Counts,
    PredEvent,
    class_scores,
    country_key,
    from_event,
    predicted_penta,
    score_level,
)

__all__ = [
    "DEV_SETS",
    "Counts",
    "EvalRun",
    "EvalSetupError",
    "FileResult",
    "GoldError",
    "GoldEvent",
    "GoldRecord",
    "PredEvent",
    "class_scores",
    "country_key",
    "default_gold_files",
    "default_petr_dicts",
    "evaluate",
    "evaluate_records",
    "from_event",
    "predicted_penta",
    "read_gold",
    "score_level",
]
