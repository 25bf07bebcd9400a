"""The values that pass between accord's stages.

Every stage takes and returns these plain, frozen values, so each can be printed,
compared and tested alone.  ``Event.to_dict()`` is the event-record contract of the
design notes: field names are stable once released (add, never rename).

Spans: ``Mention``/``Quote`` spans are character offsets into ``Article.text``; the spans in
``Evidence`` are character offsets into ``Evidence.sentence`` (so a record is
self-contained), and ``Evidence.sentence_start`` gives the sentence's offset in the
article text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

MODALITIES = ("asserted", "intended", "negated", "reported", "hypothetical")
PRECISIONS = ("day", "week", "month", "year")


def text_id(text: str) -> str:
    """A stable id for an article without one: a hash of its whitespace-normalised text."""
    norm = " ".join(text.split())
    return "sha1:" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as read from any input."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None  # the outlet ("The Star"), never an actor
    url: str | None = None
    lang: str = "en"
    origin: str | None = None  # where it was read from: "file.jsonl:12"

    @property
    def full_text(self) -> str:
        """Title and body as coded (the title is its own first sentence)."""
        return self.text if not self.title else f"{self.title}.\n\n{self.text}"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a CAMEO-style code, its country and sectors, and why."""

    code: str  # "JPNGOV", "KOR", "IGOUNO", "---REB"
    country: str | None = None  # ISO alpha-3 (CAMEO where ISO has none), None for IGOs
    sectors: tuple[str, ...] = ()  # ("GOV",), ("MIL",) ...
    name: str | None = None  # canonical name: "Fumio Kishida", "South Korea"
    kind: str = "country"  # country | person | igo | group | sector
    reason: str = ""  # how it was resolved: "kb person Fumio Kishida JPNGOV 2021-10-04..2024-10-01"

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        return {
            "text": text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
        }


@dataclass(frozen=True)
class Mention:
    """An actor mentioned in the text (a name, title, demonym, metonym or pronoun)."""

    start: int  # char offsets in the coded text
    end: int
    text: str
    actor: Actor
    head: int = -1  # token index of the phrase head in the spaCy Doc, when known
    reason: str = ""


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class EventDate:
    value: date | None
    precision: str | None  # day | week | month | year
    source: str  # "text" (from the sentence), "published" (fallback), "unknown"
    text: str | None = None  # the expression used ("mid-March")


@dataclass(frozen=True)
class Evidence:
    sentence: str
    trigger: tuple[int, int]
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None
    rule: str
    sentence_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "trigger": list(self.trigger),
            "source_span": list(self.source_span) if self.source_span else None,
            "target_span": list(self.target_span) if self.target_span else None,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Event:
    article_id: str
    sentence_index: int
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_name: str
    goldstein: float | None
    quad_class: int | None
    penta_class: int | None
    plover_type: str | None
    plover_mode: str | None
    modality: str
    evidence: Evidence
    date: EventDate = EventDate(None, None, "unknown")
    location: Location | None = None
    source_text: str | None = None
    target_text: str | None = None

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def event_id(self) -> str:
        """Stable id of this mention: article, sentence, code, actors and trigger."""
        key = "|".join(
            str(x)
            for x in (
                self.article_id,
                self.sentence_index,
                self.cameo,
                self.source.code if self.source else "",
                self.target.code if self.target else "",
                self.evidence.trigger,
                self.modality,
            )
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def classification(self) -> dict[str, Any]:
        """What kind of event, in each scheme, and whether it happened: flat fields."""
        return {
            "cameo_name": self.cameo_name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "penta_class": self.penta_class,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "modality": self.modality,
        }

    def to_dict(self) -> dict[str, Any]:
        d = self.date
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "date": d.value.isoformat() if d.value else None,
            "date_precision": d.precision,
            "date_source": d.source,
            "source": self.source.to_dict(self.source_text) if self.source else None,
            "target": self.target.to_dict(self.target_text) if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "penta_class": self.penta_class,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True)
class Quote:
    article_id: str
    text: str  # the quoted words, without quotation marks
    start: int  # char offsets of the quoted words in the coded text
    end: int
    sentence_index: int
    speaker: Actor | None = None
    speaker_text: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "text": self.text,
            "span": [self.start, self.end],
            "sentence_index": self.sentence_index,
            "speaker": self.speaker.to_dict(self.speaker_text) if self.speaker else None,
        }


@dataclass(frozen=True)
class CodedArticle:
    """What the coder returns for one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Problem:
    """An input that could not be coded: reported with its reason, never silently lost."""

    origin: str  # "path" or "path:line"
    reason: str
    kind: str = "failed"  # failed | skipped


def as_plain(value: Any) -> Any:
    """dataclass -> plain dict (for debugging and `explain`)."""
    return asdict(value)
