"""Readers: plain text, JSON Lines, JSON arrays, detection, paths and bad input (real files)."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from accord.model import Article, Problem, text_id
from accord.readers import detect_format, parse_text, read_paths
from accord.readers.detect import sniff

SEED_NAME = "000_b8f3287eca6855ed.txt"


def read_all(paths, **kw):
    warnings: list[tuple[str, str]] = []
    items = list(read_paths([str(p) for p in paths], warn=lambda o, m: warnings.append((o, m)), **kw))
    return items, warnings


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items):
    return [i for i in items if isinstance(i, Problem)]


# --- plain text -------------------------------------------------------------------------


def test_seed_file_title_source_and_paragraphs(shared):
    items, warnings = read_all([shared / "seed" / SEED_NAME])
    assert warnings == []
    [article] = items
    assert article.title == "South Korea, Japan to Further Improve Ties"
    assert article.source == "The Star"
    assert "Source:" not in article.text and "The Star" not in article.text
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("The leaders of South Korea and Japan met Sunday")
    assert paragraphs[-1].startswith("In recent weeks, the two countries have also withdrawn")
    assert article.text == article.text.strip()
    assert article.id == text_id(article.text)
    assert article.published is None
    assert article.origin.endswith(SEED_NAME)


def test_published_argument_fills_missing_date(shared):
    [article] = read_paths([str(shared / "seed" / SEED_NAME)], published=date(2023, 5, 7))
    assert article.published == date(2023, 5, 7)


def test_text_wrapped_lines_are_joined_and_crlf_handled(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline here\r\n\r\n\r\nFirst line of para\r\ncontinues here.\r\n\r\nSecond para.\r\n")
    [article] = read_paths([str(path)])
    assert article.title == "Headline here"
    assert article.text == "First line of para continues here.\n\nSecond para."
    assert article.source is None


def test_text_without_headline_keeps_first_paragraph(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Japan and South Korea held talks on Sunday.\n\nThey agreed to meet again.\n")
    [article] = read_paths([str(path)])
    assert article.title is None
    assert article.text.startswith("Japan and South Korea held talks")


def test_source_line_only_when_last():
    title, body, source = parse_text("Title\n\nSource: a rumour said so, officials added.\n\nMore text.")
    assert source is None and body.startswith("Source: a rumour")
    assert parse_text("Title\n\nBody text.\n\nsource:  Reuters \n")[2] == "Reuters"


# --- JSON Lines and JSON arrays ---------------------------------------------------------


def test_jsonl_fields_and_malformed_line(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T1", "text": "Japan met Korea.", "published": "2023-05-07",
                    "source": "Wire", "url": "https://x.example/1"}),
        '{"id": "a2", "text": "broken',
        "",
        json.dumps({"body": "Body field text.", "date": "2023-05-08T23:30:00-05:00"}),
        json.dumps({"id": 7, "content": "Content field text."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items, _ = read_all([path], published=date(2020, 1, 1))
    a1, bad, a4, a5 = items
    assert (a1.id, a1.title, a1.published, a1.source, a1.url) == (
        "a1", "T1", date(2023, 5, 7), "Wire", "https://x.example/1")
    assert a1.origin == f"{path}:1"
    assert isinstance(bad, Problem) and bad.origin == f"{path}:2" and bad.kind == "failed"
    assert "malformed JSON" in bad.reason
    assert a4.text == "Body field text." and a4.id == text_id("Body field text.")
    assert a4.published == date(2023, 5, 8)  # the date as written, no shift to UTC
    assert a4.origin == f"{path}:4"
    assert a5.id == "7" and a5.published == date(2020, 1, 1)


def test_json_record_without_text_and_bad_date(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "x", "title": "only a title"}\n[1, 2]\n{"text": "Some text.", "date": "May 7"}\n')
    items, warnings = read_all([path])
    no_text, not_object, article = items
    assert no_text.kind == "skipped" and "no text" in no_text.reason and no_text.origin.endswith(":1")
    assert not_object.kind == "failed" and "not an object" in not_object.reason
    assert article.published is None
    assert warnings == [(f"{path}:3", warnings[0][1])] and "unreadable date" in warnings[0][1]


def test_json_array_streamed_with_line_origins(tmp_path, monkeypatch):
    import accord.readers.inputs as inputs

    monkeypatch.setattr(inputs, "CHUNK_SIZE", 16)  # records cross many chunk borders
    records = [{"id": f"r{i}", "text": f"Record number {i} says ü.", "published": "2023-05-0%d" % (i + 1)}
               for i in range(5)]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False))
    items, _ = read_all([path])
    assert [a.id for a in items] == ["r0", "r1", "r2", "r3", "r4"]
    assert items[2].text == "Record number 2 says ü." and items[2].published == date(2023, 5, 3)
    assert items[0].origin == f"{path}:2" and items[1].origin == f"{path}:7"


def test_json_array_malformed_reports_line(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text('[\n {"text": "Fine record."},\n {"text": "oops" "x"}\n]')
    items, _ = read_all([path])
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Problem) and items[1].origin == f"{path}:3"
    empty = tmp_path / "empty.json"
    empty.write_text("[ ]")
    [problem] = read_all([empty])[0]
    assert problem.kind == "skipped" and "no records" in problem.reason


def test_json_single_pretty_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('{\n  "id": "solo",\n  "text": "A lone record."\n}\n')
    assert detect_format("one.json", path.read_bytes()) == "json"
    [article] = read_paths([str(path)])
    assert article.id == "solo"


# --- detection --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, head, expected",
    [
        ("a.txt", b"{not json", "text"),
        ("a.HTML", b"plain", "html"),
        ("a.jsonl", b"", "jsonl"),
        ("a.ndjson", b"", "jsonl"),
        ("feed.atom", b"", "rss"),
        ("a.json", b'{"id": 1}\n{"id": 2}\n', "jsonl"),
        ("a.json", b'[{"id": 1}]', "json"),
        ("a.json", b"hello", "json"),
        ("noext", b'  {"id": 1, "text": "x"}\n', "jsonl"),
        ("", b"\xef\xbb\xbf[", "json"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "rss"),
        ("x.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "rss"),
        ("page", b"<!DOCTYPE html><html><body><p>x</p>", "html"),
        ("story", b"Headline\n\nBody text.", "text"),
    ],
)
def test_detect_format(name, head, expected):
    assert detect_format(name, head) == expected


def test_sniff_jsonl_first_line_longer_than_head():
    assert sniff(b'{"text": "' + b"x" * 100) == "jsonl"


def test_explicit_format_overrides_detection(tmp_path):
    path = tmp_path / "records.txt"
    path.write_text('{"id": "j1", "text": "Read as JSON Lines."}\n')
    [as_text] = read_paths([str(path)])
    assert as_text.text.startswith('{"id"')
    [as_jsonl] = read_paths([str(path)], input_format="jsonl")
    assert as_jsonl.id == "j1"
    with pytest.raises(ValueError):
        list(read_paths([str(path)], input_format="csv"))


# --- paths and bad input ----------------------------------------------------------------


def test_directory_walk_sorted_recursive_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story body.")
    (tmp_path / "a.txt").write_text("First story body.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / ".git" / "c.txt").write_text("Hidden too.")
    items, _ = read_all([tmp_path])
    assert [a.text for a in items] == ["First story body.", "Second story body."]
    (tmp_path / "empty_dir").mkdir()
    [problem] = read_all([tmp_path / "empty_dir"])[0]
    assert problem.kind == "skipped"


def test_missing_empty_binary_and_utf16(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    utf16 = tmp_path / "wide.txt"
    utf16.write_text("Some story.", encoding="utf-16")
    good = tmp_path / "good.txt"
    good.write_text("A good story.")
    items, _ = read_all([tmp_path / "missing.txt", empty, binary, utf16, good])
    missing, empty_p, binary_p, utf16_p, article = items
    assert (missing.origin, missing.kind) == (str(tmp_path / "missing.txt"), "failed")
    assert "no such file" in missing.reason
    assert (empty_p.reason, empty_p.kind) == ("empty file", "skipped")
    assert "binary" in binary_p.reason
    assert "UTF-16" in utf16_p.reason
    assert article.text == "A good story."


def test_cp1252_file_is_read_with_one_warning(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("Caf\u00e9 talks\n\n\u201cWe agreed,\u201d the minister said \u2013 twice.".encode("cp1252"))
    items, warnings = read_all([path])
    [article] = items
    assert article.title == "Caf\u00e9 talks"
    assert article.text == "\u201cWe agreed,\u201d the minister said \u2013 twice."
    assert warnings == [(str(path), warnings[0][1])] and "cp1252" in warnings[0][1]


def test_cp1252_jsonl_line_warns_once(tmp_path):
    path = tmp_path / "win.jsonl"
    lines = ['{"text": "Plain ASCII."}', '{"text": "Caf\u00e9 \u2013 one."}', '{"text": "Na\u00efve two."}']
    path.write_bytes("\n".join(lines).encode("cp1252"))
    items, warnings = read_all([path])
    assert [a.text for a in items] == ["Plain ASCII.", "Caf\u00e9 \u2013 one.", "Na\u00efve two."]
    assert len(warnings) == 1 and warnings[0][0] == f"{path}:2"


def test_gzip_file_read_by_inner_name(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write('{"id": "g1", "text": "Compressed story."}\n')
    [article] = read_paths([str(path)])
    assert article.id == "g1" and article.origin == f"{path}:1"


def test_default_warnings_go_to_logger(tmp_path, caplog):
    path = tmp_path / "win.txt"
    path.write_bytes("Caf\u00e9 story body.".encode("cp1252"))
    with caplog.at_level("WARNING", logger="accord.readers"):
        [article] = read_paths([str(path)])
    assert article.text == "Caf\u00e9 story body."
    assert "cp1252" in caplog.text
