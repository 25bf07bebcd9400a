"""Flatten the model's values (Article, Event, Quote) into store rows (plain dicts)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from ..model import Actor, Article, CodedArticle, Event, Quote, text_id
from .dedup import dedup_key


def text_hash(article: Article) -> str:
    """The hash that recognises the same article under another id (whitespace-insensitive)."""
    return text_id(article.text)


def _span(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def _actor(prefix: str, actor: Actor | None, text: str | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{f}": None for f in ("text", "name", "code", "country", "sectors", "kind")}
    return {
        f"{prefix}_text": text,
        f"{prefix}_name": actor.name,
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sectors": ";".join(actor.sectors) or None,
        f"{prefix}_kind": actor.kind,
    }


def lead_text(article: Article) -> str:
    """The title and the first body paragraph (where GDELT's "root" events are found)."""
    body = article.text.strip()
    cut = body.find("\n\n")
    lead = body if cut < 0 else body[:cut]
    return f"{article.title}\n{lead}" if article.title else lead


def mention_row(event: Event, lead: str | None = None) -> dict[str, Any]:
    rec = event.to_dict()
    ev = event.evidence
    loc = event.location
    ts, te = _span(ev.trigger)
    ss, se = _span(ev.source_span)
    gs, ge = _span(ev.target_span)
    row: dict[str, Any] = {
        "mention_id": rec["event_id"],
        "event_id": None,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "in_lead": None if lead is None else " ".join(ev.sentence.split()) in lead,
        "date": event.date.value,
        "date_precision": event.date.precision,
        "date_source": event.date.source,
        "date_text": event.date.text,
        **_actor("source", event.source, event.source_text),
        **_actor("target", event.target, event.target_text),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        **event.classification(),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "evidence_sentence": ev.sentence,
        "sentence_start": ev.sentence_start,
        "trigger_start": ts,
        "trigger_end": te,
        "source_span_start": ss,
        "source_span_end": se,
        "target_span_start": gs,
        "target_span_end": ge,
        "rule": ev.rule,
        "record": json.dumps(rec, ensure_ascii=False),
    }
    row["dedup_key"] = dedup_key(row)
    return row


def quote_row(quote: Quote) -> dict[str, Any]:
    rec = quote.to_dict()
    qid = hashlib.sha1(f"{quote.article_id}|{quote.start}|{quote.end}|{quote.text}".encode()).hexdigest()[:20]
    return {
        "quote_id": qid,
        "article_id": quote.article_id,
        "sentence_index": quote.sentence_index,
        "span_start": quote.start,
        "span_end": quote.end,
        "text": quote.text,
        **_actor("speaker", quote.speaker, quote.speaker_text),
        "record": json.dumps(rec, ensure_ascii=False),
    }


def article_row(coded: CodedArticle, n_events: int, n_quotes: int, now: datetime | None = None) -> dict[str, Any]:
    a = coded.article
    return {
        "article_id": a.id,
        "text_hash": text_hash(a),
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "lang": a.lang,
        "origin": a.origin,
        "n_chars": len(a.text),
        "n_events": n_events,
        "n_quotes": n_quotes,
        "warnings": json.dumps(list(coded.warnings), ensure_ascii=False),
        "ingested_at": (now or datetime.now(timezone.utc)).replace(tzinfo=None),
    }


def coded_rows(coded: CodedArticle, now: datetime | None = None):
    """(article row, mention rows, quote rows) of one coded article; exact repeats dropped."""
    lead = " ".join(lead_text(coded.article).split())
    mentions: dict[str, dict] = {}
    for ev in coded.events:
        row = mention_row(ev, lead)
        mentions.setdefault(row["mention_id"], row)
    quotes: dict[str, dict] = {}
    for q in coded.quotes:
        row = quote_row(q)
        quotes.setdefault(row["quote_id"], row)
    art = article_row(coded, len(mentions), len(quotes), now)
    return art, list(mentions.values()), list(quotes.values())
