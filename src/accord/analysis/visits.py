"""Visits between two countries and whether each was returned ("shuttle diplomacy").

A visit is a deduplicated event coded CAMEO 042 (make a visit), 043 (host a visit),
044 (meet at a third location) or PLOVER CONSULT/visit.  Each is turned into
visitor -> host: 042 source visits target (or, with no target, the country of the event's
place); 043 target visits source; 044 has no host.  The same trip seen as 042 and 043 is
shown once.  A visit X -> Y is *returned* by the first later visit Y -> X; the gap is
counted in days between their dates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..store.base import EventFilter, EventStore
from ..store.dedup import load_rule

FACTUAL = ("asserted", "reported")  # a planned or denied trip is not a visit


def _country(row: dict[str, Any], side: str) -> str | None:
    code = row.get(f"{side}_code")
    return row.get(f"{side}_country") or (code[:3] if code else None)


def _as_visit(ev: dict[str, Any]) -> dict[str, Any]:
    cameo = ev.get("cameo") or ""
    src, tgt = _country(ev, "source"), _country(ev, "target")
    place = ev.get("location_country")
    if cameo.startswith("044"):
        visitor, host, kind = src, tgt, "meeting at a third location"
    elif cameo.startswith("043"):
        visitor, host, kind = tgt, src, "hosted visit"
    else:
        visitor, host, kind = src, tgt or place, "visit"
    if cameo.startswith("043"):
        who = ev.get("target_name") or ev.get("target_code")
    else:
        who = ev.get("source_name") or ev.get("source_code")
    return {
        "date": ev["date"],
        "date_precision": ev["date_precision"],
        "date_lo": ev["date_lo"] or ev["date"],
        "date_hi": ev["date_hi"] or ev["date"],
        "visitor": visitor,
        "host": host,
        "kind": kind,
        "who": who,
        "place": ev.get("location_name"),
        "cameo": [cameo],
        "num_mentions": ev.get("num_mentions") or 1,
        "num_articles": ev.get("num_articles") or 1,
        "event_ids": [ev["event_id"]],
        "evidence": ev.get("evidence_sentence"),
    }


def _rank(v: dict[str, Any]) -> tuple:
    return ({"day": 0, "week": 1, "month": 2, "year": 3}.get(v["date_precision"] or "", 4), v["date"], v["event_ids"][0])


def _merge(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per trip: same visitor and host, overlapping dates (most precise date kept)."""
    out: list[dict[str, Any]] = []
    for v in sorted(found, key=_rank):
        for w in out:
            if (w["visitor"], w["host"], w["kind"] == "meeting at a third location") == (
                v["visitor"], v["host"], v["kind"] == "meeting at a third location"
            ) and w["date_lo"] <= v["date_hi"] and v["date_lo"] <= w["date_hi"]:
                w["cameo"] = sorted(set(w["cameo"] + v["cameo"]))
                w["num_mentions"] += v["num_mentions"]
                w["num_articles"] += v["num_articles"]
                w["event_ids"] += v["event_ids"]
                w["date_lo"], w["date_hi"] = max(w["date_lo"], v["date_lo"]), min(w["date_hi"], v["date_hi"])
                w["who"] = w["who"] or v["who"]
                w["place"] = w["place"] or v["place"]
                break
        else:
            out.append(v)
    return sorted(out, key=lambda v: (v["date"], v["visitor"] or "", v["event_ids"][0]))


def visits(store: EventStore, a: str, b: str, since: date | None = None,
           until: date | None = None) -> list[dict[str, Any]]:
    """The visits between countries A and B, by date, each with whether and when it was
    returned (``returned_on``, ``gap_days``) and which earlier visit it returned."""
    rule = load_rule()
    seen: dict[str, dict[str, Any]] = {}
    filters = [EventFilter(actor=x, cameo=c, since=since, until=until, modality=FACTUAL)
               for x in (a, b) for c in sorted(rule.visit_cameo)]
    filters += [EventFilter(actor=x, plover=t, since=since, until=until, modality=FACTUAL)
                for x in (a, b) for t, _ in rule.visit_plover]
    for flt in filters:
        for ev in store.events(flt):
            if ev["date"] is None or ev["event_id"] in seen:
                continue
            if not (rule.is_visit(ev["cameo"], ev["plover_type"], ev["plover_mode"])):
                continue
            seen[ev["event_id"]] = ev
    pair = {a[:3], b[:3]}  # countries
    found = []
    for ev in seen.values():
        v = _as_visit(ev)
        if v["visitor"] != v["host"] and {v["visitor"], v["host"]} == pair:
            found.append(v)
    trips = _merge(found)
    for i, v in enumerate(trips):
        v["returned"] = v["returned_on"] = v["gap_days"] = v["returns"] = None
        if v["kind"] == "meeting at a third location":
            continue
        later = [w for w in trips[i + 1:] if w["kind"] != "meeting at a third location"
                 and (w["visitor"], w["host"]) == (v["host"], v["visitor"]) and w["date_lo"] > v["date_hi"]]
        v["returned"] = bool(later)
        if later:
            v["returned_on"] = later[0]["date"]
            v["gap_days"] = (later[0]["date"] - v["date"]).days
        earlier = [w for w in trips[:i] if w["kind"] != "meeting at a third location"
                   and (w["visitor"], w["host"]) == (v["host"], v["visitor"]) and w["date_hi"] < v["date_lo"]]
        if earlier:
            v["returns"] = earlier[-1]["date"]
    for v in trips:
        v["cameo"] = ",".join(v["cameo"])
        v["event_ids"] = ",".join(v["event_ids"])
    return trips
