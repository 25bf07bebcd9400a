"""Dyads: the events between two actors per period, and the most active pairs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from ..store.base import EventFilter, EventStore

PERIODS = ("month", "week", "year")
FACTUAL = ("asserted", "reported", "intended")  # the modalities analyses count


def matches(row: dict[str, Any], side: str, x: str) -> bool:
    """The actor on ``side`` of an event row is X (its country, its code or a code prefix)."""
    code = row.get(f"{side}_code") or ""
    return row.get(f"{side}_country") == x or code == x or code.startswith(x)


def period_of(d: date, by: str) -> str:
    if by == "year":
        return f"{d.year:04d}"
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return f"{d.year:04d}-{d.month:02d}"


def _next(d: date, by: str) -> date:
    if by == "year":
        return date(d.year + 1, 1, 1)
    if by == "week":
        return d + timedelta(days=7)
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _start(d: date, by: str) -> date:
    if by == "year":
        return date(d.year, 1, 1)
    if by == "week":
        return d - timedelta(days=d.weekday())
    return date(d.year, d.month, 1)


def periods(first: date, last: date, by: str) -> list[str]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    out, d = [], _start(first, by)
    while d <= last:
        out.append(period_of(d, by))
        d = _next(d, by)
    return out


def _empty(period: str) -> dict[str, Any]:
    return {"period": period, "a_to_b": 0, "b_to_a": 0, "total": 0,
            "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0,
            "goldstein_sum": 0.0, "goldstein_mean": None,
            "goldstein_a_to_b": 0.0, "goldstein_b_to_a": 0.0}


def dyad_series(store: EventStore, a: str, b: str, by: str = "month", since: date | None = None,
                until: date | None = None) -> list[dict[str, Any]]:
    """Per period (every period from the first event to the last, empty ones included):
    events A->B, B->A and in total, the count per QuadClass (1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict), Goldstein sum and mean."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    if a == b:
        raise ValueError("a dyad needs two different actors")
    rows: dict[str, dict[str, Any]] = {}
    scores: dict[str, list[float]] = defaultdict(list)
    dates = []
    for ev in store.events(EventFilter(dyad=(a, b), since=since, until=until, modality=FACTUAL)):
        if ev["date"] is None:
            continue
        ab = matches(ev, "source", a) and matches(ev, "target", b)
        p = period_of(ev["date"], by)
        r = rows.setdefault(p, _empty(p))
        dates.append(ev["date"])
        r["a_to_b" if ab else "b_to_a"] += 1
        r["total"] += 1
        if ev["quad_class"] in (1, 2, 3, 4):
            r[f"quad{ev['quad_class']}"] += 1
        g = ev["goldstein"]
        if g is not None:
            scores[p].append(g)
            r["goldstein_sum"] += g
            r["goldstein_a_to_b" if ab else "goldstein_b_to_a"] += g
    if not dates:
        return []
    out = []
    for p in periods(min(dates), max(dates), by):
        r = rows.get(p, _empty(p))
        if scores[p]:
            r["goldstein_mean"] = round(sum(scores[p]) / len(scores[p]), 3)
        for k in ("goldstein_sum", "goldstein_a_to_b", "goldstein_b_to_a"):
            r[k] = round(r[k], 3)
        out.append(r)
    return out


def _side(row: dict[str, Any], side: str) -> str | None:
    """The actor at country level; None for actors of no known country ("---MIL")."""
    code = row.get(f"{side}_code")
    side_value = row.get(f"{side}_country") or code
    return None if not side_value or side_value.startswith("---") else side_value


def top_dyads(store: EventStore, since: date | None = None, until: date | None = None,
              limit: int = 10) -> list[dict[str, Any]]:
    """The most active pairs of countries (or of actors such as IGOs that have no country;
    actors of unknown country, "---MIL", are left out), both directions together: events,
    cooperative and conflictual events, net (summed) and mean Goldstein."""
    acc: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in store.events(EventFilter(since=since, until=until, modality=FACTUAL)):
        s, t = _side(ev, "source"), _side(ev, "target")
        if not s or not t or s == t:
            continue
        a, b = sorted((s, t))
        r = acc.setdefault((a, b), {"a": a, "b": b, "events": 0, "a_to_b": 0, "b_to_a": 0,
                                    "cooperation": 0, "conflict": 0, "goldstein_net": 0.0,
                                    "mentions": 0, "_n": 0})
        r["events"] += 1
        r["a_to_b" if s == a else "b_to_a"] += 1
        r["mentions"] += ev["num_mentions"] or 0
        q = ev["quad_class"]
        if q in (1, 2):
            r["cooperation"] += 1
        elif q in (3, 4):
            r["conflict"] += 1
        if ev["goldstein"] is not None:
            r["goldstein_net"] += ev["goldstein"]
            r["_n"] += 1
    out = sorted(acc.values(), key=lambda r: (-r["events"], -abs(r["goldstein_net"]), r["a"], r["b"]))
    for r in out:
        n = r.pop("_n")
        r["goldstein_net"] = round(r["goldstein_net"], 3)
        r["goldstein_mean"] = round(r["goldstein_net"] / n, 3) if n else None
    return out[:limit] if limit else out
