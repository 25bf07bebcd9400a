"""Join mentions (one coded Event each) into deduplicated real-world events.

The rule (its parameters are in data/dedup.yaml; docs/store.md explains it to users):

1. Mentions can only be joined when their **dedup key** is equal:
   ``source code | target | CAMEO code | modality group``, where *target* is the target's
   actor code, except for visits (CAMEO 042/043/044, PLOVER CONSULT/visit) where it is
   ``@`` + the target's country (or, with no target, the location's country): the country
   visited is what identifies a visit.
2. Within one key, a mention's date stands for an interval of days given its precision
   (a day, the days around a week-precision date, the calendar month, the calendar year;
   a date that only repeats the publication date also covers the day before).  A cluster is
   a set of mentions whose intervals share at least one day.  Mentions are taken most
   precise first (day before week before month before year; dates from the text before
   dates from the publication date; then by date and id), each joining the largest existing
   cluster it is compatible with, else starting a new one.  Mentions without any date join
   only undated mentions of the same key in the same article.

The clusters depend only on the set of mentions with that key, never on the order in which
articles were ingested, so a store built in one run equals one built in many.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any

import yaml

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
DATE_SOURCE_RANK = {"text": 0, "published": 2}
MAX_SPAN_DAYS = 400  # no interval is longer than this (a year, or a widened week)


@dataclass(frozen=True)
class DedupRule:
    version: int
    visit_cameo: frozenset[str]
    visit_plover: frozenset[tuple[str, str]]
    modality_group: dict[str, str]
    day: tuple[int, int]
    week: tuple[int, int]
    published_fallback: tuple[int, int]

    def is_visit(self, cameo: str | None, plover_type: str | None, plover_mode: str | None) -> bool:
        return (cameo or "") in self.visit_cameo or (plover_type, plover_mode) in self.visit_plover


@functools.lru_cache(maxsize=1)
def load_rule() -> DedupRule:
    text = resources.files("accord.store").joinpath("data/dedup.yaml").read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    return DedupRule(
        version=int(d["version"]),
        visit_cameo=frozenset(str(c) for c in d["visit_cameo"]),
        visit_plover=frozenset(tuple(p) for p in d["visit_plover"]),
        modality_group=dict(d["modality_group"]),
        day=tuple(d["day"]),
        week=tuple(d["week"]),
        published_fallback=tuple(d["published_fallback"]),
    )


def dedup_key(row: dict[str, Any], rule: DedupRule | None = None) -> str:
    """The key of a mention row (see the module docstring)."""
    rule = rule or load_rule()
    if rule.is_visit(row.get("cameo"), row.get("plover_type"), row.get("plover_mode")):
        target = "@" + (row.get("target_country") or row.get("location_country") or row.get("target_code") or "")
    else:
        target = row.get("target_code") or ""
    group = rule.modality_group.get(row.get("modality") or "", row.get("modality") or "")
    return "|".join((row.get("source_code") or "", target, row.get("cameo") or "", group))


def date_interval(value: date | None, precision: str | None, source: str | None,
                  rule: DedupRule | None = None) -> tuple[date, date] | None:
    """The days a mention's date can stand for; None when it has no date."""
    if value is None:
        return None
    rule = rule or load_rule()
    if precision == "year":
        return date(value.year, 1, 1), date(value.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(value.year, value.month)[1]
        return date(value.year, value.month, 1), date(value.year, value.month, last)
    if precision == "week":
        lo, hi = rule.week
    elif source == "published":
        lo, hi = rule.published_fallback
    else:  # day, or an unknown precision taken as a day
        lo, hi = rule.day
    return value + timedelta(days=lo), value + timedelta(days=hi)


def sort_key(m: dict[str, Any]) -> tuple:
    """Most precise first: the order in which mentions are clustered (and anchors chosen)."""
    return (
        PRECISION_RANK.get(m.get("date_precision") or "", 4) if m.get("date") else 5,
        DATE_SOURCE_RANK.get(m.get("date_source") or "", 1),
        m.get("date") or date.max,
        m.get("article_id") or "",
        m["mention_id"],
    )


@dataclass
class Cluster:
    lo: date | None
    hi: date | None
    anchor_lo: date | None
    members: list[dict[str, Any]] = field(default_factory=list)


def cluster(mentions: list[dict[str, Any]], rule: DedupRule | None = None) -> list[list[dict[str, Any]]]:
    """Cluster mentions that share one dedup key; returns lists of mention rows."""
    rule = rule or load_rule()
    dated: list[Cluster] = []
    starts: list[tuple[date, int]] = []  # (anchor_lo, index in dated), sorted
    undated: dict[str, Cluster] = {}
    for m in sorted(mentions, key=sort_key):
        iv = date_interval(m.get("date"), m.get("date_precision"), m.get("date_source"), rule)
        if iv is None:
            undated.setdefault(m.get("article_id") or "", Cluster(None, None, None)).members.append(m)
            continue
        lo, hi = iv
        first = bisect.bisect_left(starts, (lo - timedelta(days=MAX_SPAN_DAYS), -1))
        last = bisect.bisect_right(starts, (hi, len(dated)))
        best = None
        for _, i in starts[first:last]:
            c = dated[i]
            if c.lo <= hi and lo <= c.hi and (best is None or len(c.members) > len(best.members)):
                best = c
        if best is None:
            best = Cluster(lo, hi, lo)
            bisect.insort(starts, (lo, len(dated)))
            dated.append(best)
        else:
            best.lo, best.hi = max(best.lo, lo), min(best.hi, hi)
        best.members.append(m)
    return [c.members for c in dated] + [undated[k].members for k in sorted(undated)]


def affected(mentions: list[dict[str, Any]], new_ids: set[str], rule: DedupRule | None = None) -> set[str]:
    """The mentions whose events a batch of new mentions can change.

    Clusters never reach across a gap in the days covered by a key's mentions, so only the
    mentions connected to a new one by overlapping date intervals (and, undated, those of
    the same key and article) need to be joined again.  ``mentions`` need only
    mention_id, dedup_key, article_id, date, date_precision and date_source.
    """
    rule = rule or load_rule()
    by_key: dict[str, list[tuple[date, date, str]]] = {}
    undated: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        iv = date_interval(m.get("date"), m.get("date_precision"), m.get("date_source"), rule)
        if iv is None:
            undated.setdefault((m["dedup_key"], m.get("article_id") or ""), []).append(m["mention_id"])
        else:
            by_key.setdefault(m["dedup_key"], []).append((iv[0], iv[1], m["mention_id"]))
    out: set[str] = set()
    for ids in undated.values():
        if new_ids.intersection(ids):
            out.update(ids)
    for ivs in by_key.values():
        ivs.sort()
        group: list[str] = []
        hi = None
        for lo, h, mid in ivs:
            if hi is not None and lo > hi:  # a gap: the component so far is closed
                if new_ids.intersection(group):
                    out.update(group)
                group, hi = [], None
            group.append(mid)
            hi = h if hi is None else max(hi, h)
        if new_ids.intersection(group):
            out.update(group)
    return out


def _pick(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The representative mention: one with a target and a place, then the most precise."""
    return min(members, key=lambda m: (m.get("target_code") is None, m.get("location_name") is None, sort_key(m)))


def event_row(key: str, members: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
              rule: DedupRule | None = None) -> dict[str, Any]:
    """One deduplicated event from its cluster of mentions.

    ``articles`` maps article_id to its row (published, source, url, ingested_at).
    """
    rule = rule or load_rule()
    members = sorted(members, key=sort_key)
    anchor = members[0]  # the most precise date
    rep = _pick(members)
    digest = hashlib.sha1(f"{key}#{anchor['mention_id']}".encode()).hexdigest()
    ivs = [date_interval(m.get("date"), m.get("date_precision"), m.get("date_source"), rule) for m in members]
    ivs = [iv for iv in ivs if iv]
    arts = [articles.get(m["article_id"], {}) for m in members]
    pubs = [a["published"] for a in arts if a.get("published")]
    added = [a["ingested_at"] for a in arts if a.get("ingested_at")]
    sources = {a.get("source") or _host(a.get("url")) or f"article:{m['article_id']}" for a, m in zip(arts, members)}
    loc = rep if rep.get("location_name") else next((m for m in members if m.get("location_name")), rep)
    row = {
        "event_id": digest[:20],
        "global_id": int(digest[:15], 16),
        "dedup_key": key,
        "date": anchor.get("date"),
        "date_precision": anchor.get("date_precision") if anchor.get("date") else None,
        "date_lo": max(iv[0] for iv in ivs) if ivs else None,
        "date_hi": min(iv[1] for iv in ivs) if ivs else None,
        "cameo": rep["cameo"],
        "cameo_root": rep.get("cameo_root"),
        "cameo_name": rep.get("cameo_name"),
        "goldstein": rep.get("goldstein"),
        "quad_class": rep.get("quad_class"),
        "penta_class": rep.get("penta_class"),
        "plover_type": rep.get("plover_type"),
        "plover_mode": rep.get("plover_mode"),
        "modality": rep.get("modality"),
        "location_name": loc.get("location_name"),
        "location_country": loc.get("location_country"),
        "location_lat": loc.get("location_lat"),
        "location_lon": loc.get("location_lon"),
        "num_mentions": len(members),
        "num_articles": len({m["article_id"] for m in members}),
        "num_sources": len(sources),
        "first_seen": min(pubs) if pubs else None,
        "last_seen": max(pubs) if pubs else None,
        "added_at": min(added) if added else None,
        "is_root": any(bool(m.get("in_lead")) for m in members),
        "mention_id": rep["mention_id"],
        "article_id": rep["article_id"],
        "sentence_index": rep.get("sentence_index"),
        "source_url": articles.get(rep["article_id"], {}).get("url"),
        "evidence_sentence": rep.get("evidence_sentence"),
        "rule": rep.get("rule"),
    }
    for side in ("source", "target"):
        for f in ("name", "code", "country", "sectors", "kind"):
            row[f"{side}_{f}"] = rep.get(f"{side}_{f}")
    return row


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host


def build_events(mentions: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
                 rule: DedupRule | None = None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Events for a set of mentions (any keys): (event rows, mention_id -> event_id)."""
    rule = rule or load_rule()
    by_key: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_key.setdefault(m["dedup_key"], []).append(m)
    events, assign = [], {}
    for key in sorted(by_key):
        for members in cluster(by_key[key], rule):
            ev = event_row(key, members, articles, rule)
            events.append(ev)
            for m in members:
                assign[m["mention_id"]] = ev["event_id"]
    return events, assign
