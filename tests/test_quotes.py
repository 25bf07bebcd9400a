"""Direct quotes and their speakers."""

from __future__ import annotations

import io
import json
import re

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.quotes import write_quotes_jsonl, write_quotes_table
from accord.model import Actor, Mention, Quote
from accord.quotes import extract_quotes, quote_spans

YOON = Actor("KORGOV", "KOR", ("GOV",), "Yoon Suk Yeol", "person")
KISHIDA = Actor("JPNGOV", "JPN", ("GOV",), "Fumio Kishida", "person")


def resolver(mentions: list[Mention]):
    """The callback the coder passes, built from hand-made mentions (coreference by hand)."""

    def resolve(tok):
        for m in mentions:
            if m.start <= tok.idx < m.end:
                return m.actor, m.text
        return None

    return resolve


def _mentions(text: str, names: dict[str, Actor]) -> list[Mention]:
    out = []
    for name, actor in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(Mention(m.start(), m.end(), name, actor))
    return out


def _plain(s: str) -> str:
    return s.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')


EXPECTED_SEED = [
    ("It took 12 years to restore 'the shuttle diplomacy' but our exchange of visits took less than two months", YOON),
    ("I think this confirms that South Korean-Japan relations, which have started fresh, are moving forward "
     "with a speed.", YOON),
    ("the current grave international political situation and the global polycrisis", YOON),
    ("a series of dialogues has dynamically started moving", KISHIDA),
    ("wiped out somewhat shrunk mood to strengthen our dialogue and cooperation.", KISHIDA),
]


def test_seed_quotes_with_speakers(nlp, shared):
    text = (shared / "seed" / "000_b8f3287eca6855ed.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    mentions = _mentions(text, {"Yoon": YOON, "Kishida": KISHIDA})
    he = text.index("during which he said") + len("during which ")
    mentions.append(Mention(he, he + 2, "he", KISHIDA, reason="coreference by hand"))
    quotes = extract_quotes(doc, "seed", resolver(mentions))
    assert [(_plain(q.text), q.speaker) for q in quotes] == EXPECTED_SEED
    sents = list(doc.sents)
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
        assert sents[q.sentence_index].start_char <= q.start < sents[q.sentence_index].end_char
        assert q.article_id == "seed" and q.reason
    assert quotes[1].reason.startswith("continues")  # “I think...” carries no verb of its own
    assert quotes[4].speaker_text == "he"  # the pronoun, resolved by the callback


@pytest.mark.parametrize(
    "text,quoted",
    [
        ("“Curly,” he said.", ["Curly"]),
        ('"Straight," he said.', ["Straight"]),
        ("“Outer ‘inner’ words.”", ["Outer ‘inner’ words."]),
        ("He called it “a disaster” and “a shame”.", ["a disaster", "a shame"]),
        ("“It goes on\n\n“into the next paragraph,” she said.", ["It goes on", "into the next paragraph"]),
        ("«Guillemets» too.", ["Guillemets"]),
        ("It's 5 o'clock, isn't it?", []),  # apostrophes are not quotes
        ("An empty “” pair.", []),
    ],
)
def test_quote_spans(text, quoted):
    assert [text[s:e] for s, e in quote_spans(text)] == quoted


SPEAKERS = {"Kim": Actor("PRK", "PRK", (), "Kim Jong Un", "person"), "Biden": Actor("USAGOV", "USA", ("GOV",), "Joe Biden", "person")}


@pytest.mark.parametrize(
    "text,want",
    [
        ("“We are ready,” Kim said, “and we will not wait.”", [("We are ready", "Kim"), ("and we will not wait.", "Kim")]),
        ("Kim said: “We will not yield.”", [("We will not yield.", "Kim")]),
        ("“The deal is done,” said Biden.", [("The deal is done", "Biden")]),
        ("Biden told reporters that “nothing is off the table.”", [("nothing is off the table.", "Biden")]),
        ("“This is wrong,” according to Biden.", [("This is wrong", "Biden")]),
        ("Biden: “No deal.”", [("No deal.", "Biden")]),
        ("Biden opposed the plan: “It evokes a colonial mentality.”", [("It evokes a colonial mentality.", "Biden")]),
        ("The so-called “axis of evil” was a phrase of its time.", [("axis of evil", None)]),
    ],
)
def test_speakers(nlp, text, want):
    doc = nlp(text)
    quotes = extract_quotes(doc, "t", resolver(_mentions(text, SPEAKERS)))
    got = [(q.text, q.speaker.name.split()[-1] if q.speaker else None) for q in quotes]
    want = [(w, SPEAKERS[s].name.split()[-1] if s else None) for w, s in want]
    assert got == want


def test_unresolved_speaker_keeps_its_words(nlp):
    doc = nlp("“We disagree,” a senior official told reporters.")
    (q,) = extract_quotes(doc, "t", resolver([]))
    assert q.speaker is None and q.speaker_text == "a senior official"
    assert q.to_dict()["speaker"] is None and q.to_dict()["span"] == [1, 12]


def test_quote_in_a_new_paragraph_after_other_text_is_not_continued(nlp):
    text = "“We are ready,” Kim said.\n\nThe talks went on for hours. Rain fell. Nothing moved.\n\n“Then what?”"
    quotes = extract_quotes(nlp(text), "t", resolver(_mentions(text, SPEAKERS)))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Kim Jong Un", None]


def test_no_quotes(nlp):
    assert extract_quotes(nlp("Kishida said he and Yoon plan to exchange views."), "t", resolver([])) == []


# ------------------------------------------------------------------ accord quotes

runner = CliRunner()


def _quotes():
    return [
        Quote("a1", "It took 12 years", 1, 18, 5, YOON, "Yoon", "'said' follows the quote: 'Yoon'"),
        Quote("a1", "We disagree", 40, 51, 7, None, "a senior official", "'told' follows the quote"),
    ]


def test_jsonl_writer():
    out = io.StringIO()
    assert write_quotes_jsonl(_quotes(), out) == 2
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["speaker"] == {"text": "Yoon", "name": "Yoon Suk Yeol", "code": "KORGOV", "country": "KOR",
                                "sectors": ["GOV"]}  # fmt: skip
    assert first["span"] == [1, 18] and first["sentence_index"] == 5 and first["reason"]
    assert second["speaker"] is None and second["speaker_text"] == "a senior official"


def test_table_writer():
    out = io.StringIO()
    assert write_quotes_table([("Seed  (seed.txt)", _quotes())], out, width=120) == 2
    text = out.getvalue()
    assert "KORGOV Yoon Suk Yeol" in text and '? ("a senior official")' in text and "“We disagree”" in text


def test_bad_date_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title\n\nKim said: “No.”\n", encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(f), "--published", "7 May 2023"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output or "YYYY-MM-DD" in (result.stderr or "")


def test_missing_file_fails_with_a_message(tmp_path):
    result = runner.invoke(app, ["quotes", str(tmp_path / "nope.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and result.stdout == ""


def test_cli_on_the_seed(shared):
    seed = shared / "seed" / "000_b8f3287eca6855ed.txt"
    result = runner.invoke(app, ["quotes", str(seed), "--published", "2023-05-07", "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [_plain(r["text"]) for r in records] == [text for text, _ in EXPECTED_SEED]
    text = seed.read_text(encoding="utf-8")
    for r in records:
        assert r["text"] in text and r["reason"]
    # the named speakers; the fifth ("he said") depends on the coder's coreference
    codes = [(r["speaker"] or {}).get("code") for r in records]
    assert codes[:4] == ["KORGOV", "KORGOV", "KORGOV", "JPNGOV"]
    assert "1 articles read, 0 failed, 5 quotes" in result.stderr
