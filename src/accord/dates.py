"""Event dates: each event gets its own date and precision from the text, or says it has none.

GDELT stamps an event with the day its story was found; accord reads the temporal
expressions of the event's own clause ("earlier Sunday", "a mid-March trip",
"in recent weeks") and resolves them against the publication date.

- ``resolve_expression(text, published, tense=...)``: one expression -> ``EventDate``.
- ``event_date(sent, trigger, published)``: the date of the event whose predicate is
  ``trigger``, from the expressions attached to its clause, nearest first; else the
  publication date (source "published"); else unknown.

The words (months, weekdays, "ago", "recent", parts of a month ...) live in
``data/dates.yaml``.  dateparser serves as a last resort, behind the same checks.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from .model import EventDate

DATA = Path(__file__).parent / "data" / "dates.yaml"
TENSES = ("past", "future", None)
# dependency labels that open a clause of its own: a date under one belongs to that clause
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis", "conj", "pcomp"})
VERBAL = frozenset({"VERB", "AUX"})


@functools.lru_cache(maxsize=None)
def words() -> dict[str, Any]:
    """The word lists of data/dates.yaml (read once)."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _alt(keys) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    """Regular expressions built from the word lists."""

    iso: re.Pattern
    relday: re.Pattern
    weekday: re.Pattern
    ago: re.Pattern
    month_day: re.Pattern
    day_month: re.Pattern
    ordinal: re.Pattern
    month_part: re.Pattern
    month: re.Pattern
    holiday: re.Pattern
    year_suffix: re.Pattern
    year: re.Pattern
    year_part: re.Pattern
    period: re.Pattern
    earlier_this: re.Pattern
    recent: re.Pattern
    month_word: re.Pattern
    numeric: re.Pattern


@functools.lru_cache(maxsize=None)
def _grammar() -> _Grammar:
    w = words()
    mon, wd = _alt(w["months"]), _alt(w["weekdays"])
    direc, part = _alt(w["direction_words"]), _alt(w["day_parts"])
    num = rf"(?:{_alt(w['numbers'])}|\d{{1,6}})"
    units = _alt(w["unit_lengths"])
    wd_prefix = rf"(?:(?:{wd}),? )?"
    year = r"(\d{4})"
    singular = _alt(u for u in w["units"] if not u.endswith("s"))
    plural = _alt(u for u in w["units"] if u.endswith("s"))
    return _Grammar(
        iso=re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
        relday=re.compile(rf"^({_alt(w['relative_days'])})$"),
        weekday=re.compile(rf"^(?:({direc}) )?(?:on )?({wd})(?: ({part}))?$"),
        ago=re.compile(rf"^({num}) ({units}) (?:{_alt(w['ago_words'])})$"),
        month_day=re.compile(rf"^{wd_prefix}({mon})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? {year})?$"),
        day_month=re.compile(rf"^{wd_prefix}(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({mon})\.?(?:,? {year})?$"),
        ordinal=re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$"),
        month_part=re.compile(
            rf"^(?:({direc}) )?({_alt(w['month_parts'])}) (?:of )?(?:(?:{direc}) )?({mon})(?:,? (?:of )?{year})?$"
        ),
        month=re.compile(rf"^(?:({direc}) )?({mon})(?:,? (?:of )?{year})?$"),
        holiday=re.compile(rf"^(?:({direc}) )?({_alt(w['holidays'])})(?:,? {year})?$"),
        year_suffix=re.compile(rf"^(.+?),? (?:of )?({_alt(w['year_suffixes'])})$"),
        year=re.compile(rf"^(?:(?:year|the year) )?{year}$"),
        year_part=re.compile(rf"^(?:{_alt(w['year_parts'])}) (?:of )?{year}$"),
        period=re.compile(rf"^({_alt(w['period_offsets'])}) ({singular})$"),
        earlier_this=re.compile(rf"^({_alt(w['earlier_later'])}) (?:this|in the) ({singular})$"),
        recent=re.compile(
            rf"^(?:{_alt(w['recent_words'])})(?: ({_alt(w['vague_counts'])}|{num}))? ({plural})$"
        ),
        month_word=re.compile(rf"\b(?:{mon})\b"),
        numeric=re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b"),
    )


# ---------------------------------------------------------------- normalising


def _normalise(text: str) -> tuple[str, str]:
    """(lower-case form to match, same form keeping case) of one expression."""
    t = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").replace("\xa0", " ")
    t = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z0-9])", " ", t)  # mid-March, mid-2022
    t = re.sub(r"\s+", " ", t).strip(" .,;:!?()[]\"'")
    t = re.sub(r"'s$", "", t)  # "last week's"
    lead = words()["leading_words"]
    changed = True
    while changed and t:
        changed = False
        low = t.lower()
        for word in [*lead, "the"]:
            if low.startswith(word + " ") and len(t) > len(word) + 1:
                t, changed = t[len(word) + 1 :].lstrip(), True
                break
    return t.lower(), t


def _number(token: str) -> int:
    return int(token) if token.isdigit() else int(words()["numbers"][token])


def _direction(word: str | None, tense: str | None) -> str:
    """past | before | future | after | nearest."""
    d = words()["direction_words"].get(word or "", "tense") if word else "tense"
    if d != "tense":
        return d
    return {"past": "past", "future": "future"}.get(tense or "", "nearest")


def _choose(cands: list[date], published: date, direction: str) -> date | None:
    """The candidate the direction asks for."""
    if direction == "past":
        ok = [c for c in cands if c <= published]
        return max(ok) if ok else None
    if direction == "before":
        ok = [c for c in cands if c < published]
        return max(ok) if ok else None
    if direction == "future":
        ok = [c for c in cands if c >= published]
        return min(ok) if ok else None
    if direction == "after":
        ok = [c for c in cands if c > published]
        return min(ok) if ok else None
    return min(cands, key=lambda c: (abs((c - published).days), c > published)) if cands else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(published: date, n: int, unit: str) -> date:
    length = words()["unit_lengths"][unit]
    if "days" in length:
        return published + timedelta(days=n * length["days"])
    if "months" in length:
        return _add_months(published, n * length["months"])
    return _add_months(published, 12 * n * length["years"])


def _period_start(d: date, unit: str) -> date:
    prec = words()["units"][unit]
    if unit == "weekend":
        return d - timedelta(days=d.weekday()) + timedelta(days=5)
    if prec == "week":
        return d - timedelta(days=d.weekday())
    if prec == "month":
        return d.replace(day=1)
    if prec == "year":
        return d.replace(month=1, day=1)
    return d


# ---------------------------------------------------------------- rules

Result = tuple[date, str] | None


def _month_anchor(month: int, day: int, year: str | None, direction: str, published: date | None) -> Result:
    """A month (with a day inside it) and maybe a year -> the date, month precision."""
    if year:
        d = _safe_date(int(year), month, day)
        return (d, "month") if d else None
    if published is None:
        return None
    p = published
    starts = [date(y, month, 1) for y in range(p.year - 1, p.year + 2)]
    this_month = p.replace(day=1)
    pick = {
        "past": lambda: max((s for s in starts if s <= this_month), default=None),
        "before": lambda: max((s for s in starts if s < this_month), default=None),
        "future": lambda: min((s for s in starts if s >= this_month), default=None),
        "after": lambda: min((s for s in starts if s > this_month), default=None),
        "nearest": lambda: min(starts, key=lambda s: (abs((s - this_month).days), s > this_month)),
    }[direction]()
    if pick is None:
        return None
    value = pick.replace(day=min(day, calendar.monthrange(pick.year, month)[1]))
    if direction in ("past", "before") and value > p:
        value = p  # "late May" said on May 7 of a past event: no later than publication
    if direction in ("future", "after") and value < p:
        value = p
    return value, "month"


def _day_anchor(month: int, day: int, year: str | None, direction: str, published: date | None) -> Result:
    if year:
        d = _safe_date(int(year), month, day)
        return (d, "day") if d else None
    if published is None:
        return None
    cands = [d for y in range(published.year - 4, published.year + 5) if (d := _safe_date(y, month, day))]
    chosen = _choose(cands, published, direction)
    return (chosen, "day") if chosen else None


def _rule_based(low: str, cased: str, published: date | None, tense: str | None) -> Result:
    g, w = _grammar(), words()
    p = published
    if (m := g.year_suffix.match(low)) and p is not None:  # "March 20 last year" -> "March 20 2022"
        year = str(p.year + int(w["year_suffixes"][m[2]]))
        got = _rule_based(f"{m[1]} {year}", f"{cased[: len(m[1])]} {year}", None, tense)
        if got is not None:
            return got
    if m := g.holiday.match(low):
        month, day = w["holidays"][m[2]]
        return _day_anchor(month, day, m[3], _direction(m[1], tense), p)
    if m := g.iso.match(low):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, "day") if d else None
    if m := g.year.match(low):
        y = int(m[1])
        lo, hi = w["year_range"]
        return (date(y, 1, 1), "year") if lo <= y <= hi else None
    if m := g.year_part.match(low):
        y = int(m[1])
        lo, hi = w["year_range"]
        return (date(y, 1, 1), "year") if lo <= y <= hi else None
    if m := g.month_day.match(low):
        return _day_anchor(w["months"][m[1]], int(m[2]), m[3], _direction(None, tense), p)
    if m := g.day_month.match(low):
        return _day_anchor(w["months"][m[2]], int(m[1]), m[3], _direction(None, tense), p)
    if m := g.month_part.match(low):
        return _month_anchor(w["months"][m[3]], w["month_parts"][m[2]], m[4], _direction(m[1], tense), p)
    if m := g.month.match(low):
        if not m[1] and not m[3] and m[2] in w["ambiguous_months"] and not cased[:1].isupper():
            return None  # "may" the verb, "march" the walk
        return _month_anchor(w["months"][m[2]], 1, m[3], _direction(m[1], tense), p)
    if p is None:
        return None  # everything below is relative to the publication date
    if m := g.relday.match(low):
        return p + timedelta(days=int(w["relative_days"][m[1]])), "day"
    if m := g.weekday.match(low):
        wd = w["weekdays"][m[2]]
        back, ahead = (p.weekday() - wd) % 7, (wd - p.weekday()) % 7
        cands = [p - timedelta(days=back or 7), p - timedelta(days=back), p + timedelta(days=ahead), p + timedelta(days=ahead or 7)]
        chosen = _choose(cands, p, _direction(m[1], tense))
        return (chosen, "day") if chosen else None
    if m := g.ordinal.match(low):
        day = int(m[1])
        cands = []
        for k in range(-2, 3):
            y, mo = divmod(p.year * 12 + p.month - 1 + k, 12)
            if d := _safe_date(y, mo + 1, day):
                cands.append(d)
        chosen = _choose(cands, p, _direction(None, tense))
        return (chosen, "day") if chosen else None
    if m := g.ago.match(low):
        n = _number(m[1])
        return _shift(p, -n, m[2]), w["units"][m[2]] if m[2] != "fortnight" else "week"
    if m := g.period.match(low):
        unit = m[2]
        offset = int(w["period_offsets"][m[1]])
        step = "weeks" if unit in ("weekend", "fortnight") else unit
        anchor = _shift(p, offset * (2 if unit == "fortnight" else 1), step)
        value = _period_start(anchor, unit)
        if unit == "weekend" and offset == 0 and tense == "past" and value > p:
            value -= timedelta(days=7)
        return value, w["units"][unit]
    if m := g.earlier_this.match(low):
        unit = m[2]
        start = _period_start(p, unit)
        if w["earlier_later"][m[1]] == "past":
            return start, w["units"][unit]
        end = _period_start(_shift(p, 1, "weeks" if unit == "weekend" else unit), unit) - timedelta(days=1)
        return min(p + timedelta(days=1), max(end, p)), w["units"][unit]
    if m := g.recent.match(low):
        count, unit = m[1], m[2]
        n = int(w["vague_counts"].get(count, 0)) if count in w["vague_counts"] else (_number(count) if count else 0)
        n = n or int(w["vague_counts"]["recent"])
        return _shift(p, -n, unit), w["recent_precision"][unit]
    return None


# ---------------------------------------------------------------- dateparser fallback

_PERIODS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


def _dateparser(cased: str, low: str, published: date | None, tense: str | None) -> Result:
    """dateparser for what the rules miss, only on text that names a month or a numeric date."""
    g, ambiguous = _grammar(), set(words()["ambiguous_months"])
    months = [m for m in g.month_word.finditer(cased.lower()) if m[0] not in ambiguous or cased[m.start()].isupper()]
    if not (months or g.numeric.search(low)):
        return None
    if re.search(r"\d\s*-\s*\d", low) or " to " in f" {low} " or " and " in f" {low} ":
        return None  # ranges are not one date
    if published is None and not re.search(r"\b\d{4}\b", low):
        return None
    from datetime import datetime

    from dateparser.date import DateDataParser  # slow import: only when needed

    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(cased)
    except Exception:  # dateparser raises many kinds on odd input; a miss is not an error here
        return None
    if data is None or data.date_obj is None:
        return None
    value, precision = data.date_obj.date(), _PERIODS.get(data.period or "day", "day")
    value = _period_start(value, {"week": "week", "month": "month", "year": "year"}.get(precision, "day"))
    if published is not None and tense == "past" and value > published:
        return None
    return value, precision


def resolve_expression(
    text: str, published: date | None, tense: str | None = "past", *, fallback: bool = True
) -> EventDate | None:
    """One temporal expression -> ``EventDate(value, precision, "text", text)``, or None.

    ``tense`` says which way an expression without its own direction points: "past"
    (the default: news mostly reports what has happened; the most recent "Sunday" on or
    before publication), "future" (the next one) or None (the nearest).  Expressions
    that carry a direction ("last", "ago", "earlier", "next") follow it.  Expressions
    relative to the publication date give None when ``published`` is None.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > 80:
        return None
    if tense not in TENSES:
        raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
    low, cased = _normalise(text)
    if not low:
        return None
    try:
        result = _rule_based(low, cased, published, tense)
        if result is None and fallback:
            result = _dateparser(cased, low, published, tense)
    except (ValueError, OverflowError, KeyError):
        return None  # a date out of range ("999999 years ago")
    if result is None or result[0] is None:
        return None
    return EventDate(result[0], result[1], "text", text=text.strip())


# ---------------------------------------------------------------- the event's date


def event_tense(trigger) -> str | None:
    """"past", "future" or None (unknown: present, conditional) for the event predicate."""
    w = words()
    verb = clause_head(trigger)
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lows = {a.lower_ for a in aux}
    if lows & set(w["future_aux"]):
        return "future"
    if lows & set(w["open_aux"]):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w["future_governors"]:
        gov = verb.head
        return None if gov.tag_ == "VBD" else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    return None


def clause_head(token):
    """The verb heading the clause a token stands in (the token itself for a verb)."""
    node = token
    for _ in range(64):
        if node.pos_ in VERBAL:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def attached(token, head) -> int | None:
    """Steps from ``token`` up to ``head`` when it hangs in ``head``'s own clause, else None."""
    node, steps = token, 0
    while node.i != head.i:
        if node.head.i == node.i:
            return None
        if node.i != token.i and node.dep_ in CLAUSE_DEPS and node.pos_ in VERBAL:
            return None
        node, steps = node.head, steps + 1
        if steps > 64:
            return None
    return steps


def date_expressions(sent) -> list:
    """Spans of ``sent`` that resolve as dates: NER DATE/TIME entities and word-list hits.

    Found once per sentence (kept in ``doc.user_data``): a sentence with many events
    reads its expressions once."""
    cache = sent.doc.user_data.setdefault("accord.dates", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = [(s.start, s.end) for s in _find_expressions(sent)]
    return [sent.doc[a:b] for a, b in cache[key]]


def _year_like(sent) -> set[str]:
    lo, hi = words()["year_range"]
    return {t.lower_ for t in sent if t.like_num and t.text.isdigit() and lo <= int(t.text) <= hi}


def _find_expressions(sent) -> list:
    w = words()
    spans, covered = [], set()
    mods = (set(w["direction_words"]) | set(w["month_parts"]) | {"-"}) - set(w["leading_words"])
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start = ent.start
        while start > sent.start and sent.doc[start - 1].lower_ in mods:
            start -= 1
        spans.append(sent.doc[start : ent.end])
        covered.update(range(start, ent.end))
    # word-list triggers, so that dates are found without the NER component as well
    keys = (set(w["weekdays"]) | set(w["months"]) | {k for k in w["relative_days"] if " " not in k}
            | set(w["ago_words"]) | set(w["units"]) | set(w["holidays"]) | _year_like(sent))
    for tok in sent:
        if tok.i in covered or tok.lower_ not in keys:
            continue
        best = None
        for a in range(max(sent.start, tok.i - 3), tok.i + 1):
            for b in range(min(sent.end, tok.i + 5), tok.i, -1):
                span = sent.doc[a:b]
                if resolve_expression(span.text, date(2000, 1, 1), fallback=False) is not None:
                    if best is None or len(span) > len(best):
                        best = span
                    break
        if best is not None and not covered.intersection(range(best.start, best.end)):
            spans.append(best)
            covered.update(range(best.start, best.end))
    return spans


def tree_distance(a, b) -> int:
    up = {}
    node, steps = a, 0
    while True:
        up[node.i] = steps
        if node.head.i == node.i or steps > 64:
            break
        node, steps = node.head, steps + 1
    node, steps = b, 0
    while node.i not in up and node.head.i != node.i and steps <= 64:
        node, steps = node.head, steps + 1
    return steps + up.get(node.i, 64)


def event_date(sent, trigger, published: date | None) -> EventDate:
    """The date of the event whose predicate is ``trigger`` in sentence ``sent``.

    The temporal expressions of the trigger's own clause (its subtree, less sub-clauses)
    are tried nearest first; a noun trigger ("visit") with none of its own takes those of
    the clause it stands in.  A past event never gets a date after publication.
    """
    tense = event_tense(trigger)
    spans = date_expressions(sent)
    heads = [trigger]
    verb = clause_head(trigger)
    if verb is not None and verb.i != trigger.i:
        heads.append(verb)
    for head in heads:
        found = []
        for span in spans:
            steps = attached(span.root, head)
            if steps is None:
                continue
            found.append((tree_distance(span.root, trigger), abs(span.root.i - trigger.i), span))
        for _, _, span in sorted(found, key=lambda x: (x[0], x[1])):
            got = resolve_expression(span.text, published, tense)
            if got is None:
                continue
            if tense == "past" and published is not None and got.value > published:
                continue
            return got
    if published is not None:
        return EventDate(published, "day", "published")
    return EventDate(None, None, "unknown")
