"""Scoring coded events against gold records: pure functions, no coder, no I/O.

An event is compared as a key at several levels:

=============  ===========================================  ========================
level          key                                          used for
=============  ===========================================  ========================
``root``       (CAMEO root, source country, target country)  gold events with a CAMEO code
``code``       (full CAMEO code, source country, target ...) gold events with a CAMEO code
``actors``     (full CAMEO code, source code, target code)   gold events with a CAMEO code
``plover``     (PLOVER type, source country, target country) gold events with a PLOVER type
``plover_type`` (PLOVER type,)                               gold events with a PLOVER type
=============  ===========================================  ========================

Within one record both sides are sets of keys (a key predicted twice counts once); a
gold compound actor gives one key per source x target pair, and a symmetric gold event
("A and B agreed") gives both directions but never A -> A.  True positives are the keys
on both sides, false positives the predicted keys not in the gold, false negatives the
gold keys not predicted; counts are summed over the records of a file (micro-average).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from accord.actors.codes import legacy_countries
from accord.ontology.aliases import current_plover

from .gold import GoldEvent, GoldRecord

CAMEO_LEVELS = ("root", "code", "actors")
PLOVER_LEVELS = ("plover", "plover_type")
LEVELS = CAMEO_LEVELS + PLOVER_LEVELS
PENTA_CLASSES = (0, 1, 2, 3, 4)


def country_key(code: str | None, country: str | None = None) -> str | None:
    """The country an actor is compared by: ``country`` if given, else the code's first
    three characters, mapped from CAMEO to ISO where they differ (JAP -> JPN)."""
    value = country or (code[:3] if code else None)
    if not value:
        return None
    value = value.upper()
    return legacy_countries().get(value, value)


@dataclass(frozen=True)
class PredEvent:
    """What scoring needs of one coded event (see :func:`from_event`)."""

    cameo: str
    source_code: str | None = None
    target_code: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    plover: str | None = None
    penta: int | None = None
    modality: str = "asserted"
    sentence_index: int = 0
    trigger_start: int = 0
    rule: str = ""
    trigger: str = ""
    source_text: str | None = None
    target_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "cameo": self.cameo,
            "plover": self.plover,
            "penta": self.penta,
            "source": self.source_code,
            "source_country": self.source_country,
            "source_text": self.source_text,
            "target": self.target_code,
            "target_country": self.target_country,
            "target_text": self.target_text,
            "modality": self.modality,
            "sentence_index": self.sentence_index,
            "trigger": self.trigger,
            "rule": self.rule,
        }


def from_event(event) -> PredEvent:
    """accord.model.Event -> PredEvent (countries normalised with :func:`country_key`)."""
    src, tgt, ev = event.source, event.target, event.evidence
    s, e = ev.trigger
    return PredEvent(
        cameo=event.cameo,
        source_code=src.code if src else None,
        target_code=tgt.code if tgt else None,
        source_country=country_key(src.code, src.country) if src else None,
        target_country=country_key(tgt.code, tgt.country) if tgt else None,
        plover=event.plover_type,
        penta=event.penta_class,
        modality=event.modality,
        sentence_index=event.sentence_index,
        trigger_start=s,
        rule=ev.rule,
        trigger=ev.sentence[s:e],
        source_text=event.source_text,
        target_text=event.target_text,
    )


def actor_pairs(event: GoldEvent) -> list[tuple[str | None, str | None]]:
    """(source code, target code) pairs of a gold event: one per source x target pair;
    a symmetric event drops the pairs of an actor with itself."""
    sources = event.source or (None,)
    targets = event.target or (None,)
    pairs = [(s, t) for s in sources for t in targets]
    if event.symmetric:
        pairs = [(s, t) for s, t in pairs if s != t] or pairs
    return list(dict.fromkeys(pairs))


def gold_keys(event: GoldEvent, level: str) -> set[tuple]:
    # gold PLOVER types of earlier drafts (DISAPPROVE, DEMAND...) compare as PLOVER 2021
    kind = current_plover(event.plover) if level in PLOVER_LEVELS else event.cameo
    if kind is None:
        return set()
    if level == "plover_type":
        return {(kind,)}
    out = set()
    for s, t in actor_pairs(event):
        if level == "actors":
            out.add((kind, s, t))
        else:
            out.add((kind[:2] if level == "root" else kind, country_key(s), country_key(t)))
    return out


def pred_key(p: PredEvent, level: str) -> tuple | None:
    """The key of a predicted event at ``level``; None when it has nothing to compare
    there (an event without a PLOVER type at the PLOVER levels)."""
    if level in PLOVER_LEVELS:
        if p.plover is None:
            return None
        return (p.plover,) if level == "plover_type" else (p.plover, p.source_country, p.target_country)
    if level == "actors":
        return (p.cameo, p.source_code, p.target_code)
    return (p.cameo[:2] if level == "root" else p.cameo, p.source_country, p.target_country)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class LevelResult:
    counts: Counts
    missing: list[tuple]  # gold keys not predicted
    extra: list[tuple]  # predicted keys not in the gold


def score_level(gold: Iterable[GoldEvent], preds: Iterable[PredEvent], level: str) -> LevelResult:
    """Compare one record's gold events and predicted events at one level."""
    g: set[tuple] = set()
    for ev in gold:
        g |= gold_keys(ev, level)
    p = {k for k in (pred_key(x, level) for x in preds) if k is not None}
    tp = len(g & p)
    return LevelResult(
        Counts(tp, len(p) - tp, len(g) - tp),
        sorted(g - p, key=repr),
        sorted(p - g, key=repr),
    )


def record_levels(records: Iterable[GoldRecord]) -> tuple[str, ...]:
    """The levels a file is scored at: CAMEO levels if any gold event has a CAMEO code,
    PLOVER levels if any has a PLOVER type."""
    has_cameo = has_plover = False
    for r in records:
        for ev in r.events or ():
            has_cameo |= ev.cameo is not None
            has_plover |= ev.plover is not None
    return (CAMEO_LEVELS if has_cameo else ()) + (PLOVER_LEVELS if has_plover else ())


def predicted_penta(preds: Iterable[PredEvent]) -> int:
    """PentaClass of a sentence: that of its first coded event (by sentence, then trigger
    position) that has one; 0 (neutral) when no event was coded."""
    ordered = sorted(preds, key=lambda p: (p.sentence_index, p.trigger_start))
    for p in ordered:
        if p.penta is not None:
            return p.penta
    return 0


@dataclass
class ClassScores:
    macro_f1: float
    accuracy: float
    per_class: dict[int, Counts]
    confusion: dict[int, Counter] = field(default_factory=dict)  # gold -> Counter(pred)
    n: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "per_class": {str(c): v.to_dict() for c, v in sorted(self.per_class.items())},
            "confusion": {
                str(g): {str(p): n for p, n in sorted(row.items())}
                for g, row in sorted(self.confusion.items())
            },
        }


def class_scores(gold: list[int], pred: list[int]) -> ClassScores:
    """Macro-F1 and accuracy of single-label classification.  The macro average runs over
    the classes that occur in the gold or in the predictions (as scikit-learn does)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    labels = sorted(set(gold) | set(pred))
    per = {c: Counts() for c in labels}
    confusion: dict[int, Counter] = {}
    for g, p in zip(gold, pred):
        confusion.setdefault(g, Counter())[p] += 1
        if g == p:
            per[g].tp += 1
        else:
            per[p].fp += 1
            per[g].fn += 1
    macro = sum(c.f1 for c in per.values()) / len(per) if per else 0.0
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    return ClassScores(macro, acc, per, confusion, len(gold))
