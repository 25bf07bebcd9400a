"""Direct quotes and who said them.

``extract_quotes(doc, article_id, resolve_speaker)`` finds the words between quotation
marks (“...”, "...", «...», with ‘...’ nested inside) and their speaker, tried in order:

1. a reporting verb governing the quoted words (Kishida said that “...”);
2. a reporting verb just after the closing mark (“...,” Yoon said / said Yoon / he added)
   or just before the opening mark (Yoon said: “...”), or "according to X";
3. a name and a colon before the opening mark (Yoon: “...”), or a clause ending in a
   colon, whose subject is the speaker (Bolsonaro opposed the plan: “...”);
4. a quote with none of these continues the speaker of a quote just before it.

``resolve_speaker(token)`` is the caller's: it maps the subject token (a name or a
pronoun) to ``(Actor, mention text)`` with coreference, or None.  The words and limits
live in ``data/quotes.yaml``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Callable

import yaml

from .model import Actor, Quote

DATA = Path(__file__).parent / "data" / "quotes.yaml"
Resolver = Callable[[Any], "tuple[Actor, str] | None"]
_PARAGRAPH = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=None)
def rules() -> dict[str, Any]:
    """The settings of data/quotes.yaml (read once)."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["reporting_verbs"] = frozenset(data["reporting_verbs"])
    return data


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the quoted words in ``text``, marks excluded.

    A quote left open runs to the end of its paragraph (news leaves a quote that goes on
    into the next paragraph unclosed).  Trailing commas are dropped; final . ? ! kept.
    """
    marks: dict[str, str] = rules()["marks"]
    strip = rules()["strip_trailing"] + " \t\n\xa0"
    spans, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in marks or (ch == '"' and not _opens(text, i)):
            i += 1
            continue
        para = _PARAGRAPH.search(text, i + 1)
        limit = para.start() if para else n
        close = text.find(marks[ch], i + 1, limit)
        end = close if close != -1 else limit
        s, e = i + 1, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in strip:
            e -= 1
        if e > s and any(c.isalnum() for c in text[s:e]):
            spans.append((s, e))
        i = end + 1
    return spans


def _opens(text: str, i: int) -> bool:
    """Whether a straight double quote at ``i`` opens a quote (space before, word after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


def _speaker_of(verb):
    """The subject of a reporting verb (first conjunct), or None."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _by_governor(tokens, inside: set[int]):
    """Rule 1: a reporting verb above the quoted words, outside every quote."""
    verbs = rules()["reporting_verbs"]
    for tok in tokens:
        node, steps = tok.head, 0
        while steps < 32:
            if node.i not in inside and node.lemma_.lower() in verbs and node.pos_ in ("VERB", "AUX"):
                subj = _speaker_of(node)
                if subj is not None and subj.i not in inside:
                    return subj, f"reporting verb {node.text!r} governs the quote"
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def _by_neighbour(doc, first, last, inside: set[int]):
    """Rules 2-3: a reporting verb, "according to" or "Name:" next to the quote marks."""
    r = rules()
    verbs, window = r["reporting_verbs"], int(r["window"])
    openers, closers = set(r["marks"]), set(r["marks"].values())
    sent = doc[last].sent
    k = last + 1
    while k < sent.end and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in openers - closers:
        k += 1  # the closing mark and the comma after the quoted words
    after = []
    while k < sent.end and len(after) < window and doc[k].text not in openers:
        after.append(doc[k])
        k += 1
    for tok in after:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "'according to' follows the quote"
        if tok.i not in inside and tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX"):
            subj = _speaker_of(tok)
            if subj is not None and subj.i not in inside:
                return subj, f"{tok.text!r} follows the quote"
    start = doc[first].sent.start
    k = first - 1
    while k >= start and (doc[k].is_quote or doc[k].is_space):
        k -= 1  # the opening mark
    before = []
    while k >= start and len(before) < window and doc[k].text not in closers:
        before.append(doc[k])
        k -= 1
    for tok in before:  # nearest first
        if tok.i not in inside and tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX"):
            subj = _speaker_of(tok)
            if subj is not None and subj.i not in inside:
                return subj, f"{tok.text!r} precedes the quote"
    words = [t for t in before if not t.is_space]
    if words and words[0].text in r["intro_marks"]:
        if len(words) >= 2 and words[1].pos_ in ("PROPN", "PRON") and words[1].dep_ in ("ROOT", "nsubj", "dep", "npadvmod"):
            if not any(w.pos_ in ("VERB", "AUX") for w in words[1:]):
                return words[1], "'Name:' precedes the quote"
        verb = _clause_verb(words[0])
        if verb is not None and verb.i not in inside:
            subj = _speaker_of(verb)
            if subj is not None and subj.i not in inside:
                return subj, f"the clause of {verb.text!r} introduces the quote with {words[0].text!r}"
    return None


def _clause_verb(tok):
    """The verb a punctuation mark hangs on (the clause it closes), or None."""
    node = tok.head
    for _ in range(16):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _starts_sentence(doc, first: int) -> bool:
    """Whether only quote marks and spaces stand between the sentence start and ``first``."""
    return all(t.is_quote or t.is_space or t.is_punct for t in doc[doc[first].sent.start : first])


def _phrase(tok) -> str:
    """Text of a subject phrase: its head and the words before it in its phrase."""
    left = tok.left_edge.i
    while left < tok.i and (tok.doc[left].is_punct or tok.doc[left].is_space):
        left += 1
    return tok.doc[left : tok.i + 1].text


def extract_quotes(doc, article_id: str, resolve_speaker: Resolver | None = None) -> list[Quote]:
    """The direct quotes of ``doc`` with their speakers (``Quote.speaker`` None when unknown)."""
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    out: list[Quote] = []
    previous: Quote | None = None
    previous_token = None
    previous_end = -1
    within = int(rules()["continue_within"])
    found_spans = []
    quoted: set[int] = set()  # tokens inside any quote: never the reporting verb or speaker
    text = doc.text  # built from the tokens at every call: once
    for start, end in quote_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found_spans.append((start, end, span))
            quoted.update(range(span.start, span.end))
    for start, end, span in found_spans:
        inside = set(quoted)
        # the marks themselves belong to the quote too (so they are not read as context)
        for k in (span.start - 1, span.end):
            if 0 <= k < len(doc) and doc[k].is_quote:
                inside.add(k)
        index = sent_index[span[0].sent.start]
        found = _by_governor(span, inside) or _by_neighbour(doc, span.start, span.end - 1, inside)
        speaker, speaker_text, reason, token = None, None, "no speaker found", None
        if found is not None:
            token, reason = found
        elif (
            previous_token is not None
            and index - previous_end <= within
            and _starts_sentence(doc, span.start)
        ):
            token, reason = previous_token, f"continues the quote of sentence {previous.sentence_index}"
        if token is not None:
            speaker_text = _phrase(token)
            got = resolve_speaker(token) if resolve_speaker else None
            if got is not None:
                speaker, speaker_text = got
            reason = f"{reason}: {speaker_text!r}"
        quote = Quote(article_id, text[start:end], start, end, index, speaker, speaker_text, reason)
        out.append(quote)
        previous, previous_token = quote, token
        previous_end = sent_index[span[-1].sent.start]
    return out
