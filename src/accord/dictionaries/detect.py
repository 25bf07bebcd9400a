"""Tell a TABARI / PETRARCH dictionary's kind from its content.

- verbs: ``--- NAME [code] ---`` block headers or ``- ... * ... [code]`` pattern lines;
- agents: codes with a ``~`` (``[~GOV]``, ``[NGO~]``) or ``!PERSON! = ...`` substitution sets;
- actors: ``NAME [CODE]`` entries, ``+`` synonyms, tab-indented ``[CODE date-date]`` roles;
- discards: plain phrases, one a line, with no codes;
- issues (``<ISSUE ...>``, ``n:word [CODE]``), code tables (``010:0x1000``) and anything
  else: unknown.  (A plain word list such as a preposition list reads as discards.)
"""

from __future__ import annotations

import re

from .source import content_lines

KINDS = ("verbs", "actors", "agents", "discards")

_CODE = re.compile(r"\[[^\]]*\]")


def detect_kind(text: str) -> str:
    """'verbs', 'actors', 'agents', 'discards', or 'unknown'."""
    if re.search(r"<ISSUE\b", text):
        return "unknown"
    lines = [ln.strip() for _, ln in content_lines(text, "petrarch")]
    if not lines:
        return "unknown"
    n = len(lines)
    headers = sum(1 for ln in lines if re.match(r"^---+\s*\S.*---\s*$", ln))
    patterns = sum(1 for ln in lines if ln.startswith("-") and "*" in ln and _CODE.search(ln))
    coded = [ln for ln in lines if _CODE.search(ln)]
    agent = sum(1 for ln in coded if re.search(r"\[[^\]]*~[^\]]*\]", ln))
    subst = sum(1 for ln in lines if re.match(r"^![A-Z]+!\s*=", ln))
    issue_like = sum(1 for ln in lines if re.match(r"^~?[nv]:\w", ln, re.I))
    code_table = sum(1 for ln in lines if re.match(r"^\d{2,4}\s*:", ln))
    if headers or patterns >= max(3, n // 10):
        return "verbs"
    if issue_like > n // 4 or code_table > n // 4:
        return "unknown"
    if subst or (coded and agent >= len(coded) / 2):
        return "agents"
    if coded and len(coded) >= n / 20:
        odd = sum(1 for ln in coded if not re.search(r"\[\s*[A-Za-z0-9]{3,}", ln))
        if odd <= len(coded) / 2:
            return "actors"
        return "unknown"
    if all(len(ln) < 120 for ln in lines):
        return "discards"
    return "unknown"
