"""Readers for web inputs: HTML pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

from datetime import date

from accord.model import Article, Problem, text_id
from accord.readers import read_paths
from accord.readers.markup import html_to_text

PAGE = """<!doctype html><html><head><title>Kishida visits Seoul | The Example Times</title>
<meta property="og:site_name" content="The Example Times">
<meta property="og:title" content="Kishida visits Seoul">
<meta property="article:published_time" content="2023-05-07T09:00:00+09:00">
<link rel="canonical" href="https://times.example.com/2023/05/kishida-seoul">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Kishida visits Seoul</h1>
<p>Japanese Prime Minister Fumio Kishida arrived in South Korea on Sunday for a two-day
visit, the first such trip in twelve years, officials said.</p>
<p>The leaders of South Korea and Japan met in Seoul to discuss North Korea's nuclear
programme and economic security, according to both governments.</p>
</article><footer>Copyright 2023 The Example Times</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example World News</title><link>https://news.example.org/</link>
<item><title>Kishida arrives in Seoul</title><link>https://news.example.org/a1</link>
<guid isPermaLink="false">ex-1</guid><pubDate>Sun, 07 May 2023 07:30:00 +0900</pubDate>
<description>&lt;p&gt;Kishida &lt;b&gt;arrived&lt;/b&gt; in Seoul.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Japanese Prime Minister Fumio Kishida arrived in <a href="/s">Seoul</a>
on Sunday.</p><script>track()</script><p>He met President Yoon Suk Yeol &amp; ministers.</p>]]></content:encoded>
</item>
<item><title>Only a headline: talks resume</title><link>https://news.example.org/a2</link></item>
<item><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title><id>urn:feed</id>
<updated>2023-05-08T00:00:00Z</updated>
<entry><title type="html">Yoon &amp;amp; Kishida meet</title><id>urn:uuid:1</id>
<link href="https://atom.example.org/e1"/>
<updated>2023-05-07T23:30:00-05:00</updated>
<summary type="text">Yoon met Kishida less than 3 hours after arrival.</summary></entry>
</feed>
"""


def test_html_page_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    [article] = read_paths([str(path)], published=date(2000, 1, 1))
    assert article.title == "Kishida visits Seoul"
    assert article.source == "The Example Times"
    assert article.published == date(2023, 5, 7)
    assert article.url == "https://times.example.com/2023/05/kishida-seoul"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Japanese Prime Minister Fumio Kishida arrived")
    assert "two-day visit" in paragraphs[0]  # lines wrapped in the HTML are joined
    assert len(paragraphs) == 2
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert article.id == text_id(article.text)


def test_html_page_without_date_takes_published_argument(tmp_path):
    path = tmp_path / "nodate.htm"
    path.write_text(PAGE.replace('<meta property="article:published_time" content="2023-05-07T09:00:00+09:00">', ""))
    [article] = read_paths([str(path)], published=date(2023, 5, 8))
    assert article.published == date(2023, 5, 8)


def test_html_without_article_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
                    "<a href='/login'>Login</a></nav></body></html>")
    [problem] = read_paths([str(path)])
    assert isinstance(problem, Problem)
    assert problem.reason == "no article text found in the HTML page" and problem.origin == str(path)


def test_rss_feed_items(tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(RSS)
    first, headline_only, empty = read_paths([str(path)])
    assert first.id == "ex-1" and first.url == "https://news.example.org/a1"
    assert first.title == "Kishida arrives in Seoul"
    assert first.text == ("Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday.\n\n"
                          "He met President Yoon Suk Yeol & ministers.")
    assert first.published == date(2023, 5, 7)  # as written (+0900), not shifted to UTC
    assert first.source == "Example World News"
    assert first.origin == f"{path}:4"
    assert headline_only.text == "Only a headline: talks resume" and headline_only.title is None
    assert headline_only.id == "https://news.example.org/a2"
    assert isinstance(empty, Problem) and empty.origin == f"{path}:11" and empty.kind == "skipped"


def test_atom_feed_detected_by_content(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM)
    [entry] = read_paths([str(path)])
    assert isinstance(entry, Article)
    assert entry.id == "urn:uuid:1" and entry.url == "https://atom.example.org/e1"
    assert entry.title == "Yoon & Kishida meet"
    assert entry.text == "Yoon met Kishida less than 3 hours after arrival."
    assert entry.published == date(2023, 5, 7)
    assert entry.source == "Atom Example"


def test_broken_feed_is_a_problem(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("this is not XML at all")
    [problem] = read_paths([str(path)])
    assert problem.kind == "failed" and "not a readable RSS/Atom feed" in problem.reason


def test_html_to_text_blocks_and_entities():
    assert html_to_text("<div>One&nbsp;two<br>three</div><style>p{}</style><ul><li>a</li><li>b</li></ul>") == (
        "One two\n\nthree\n\na\n\nb"  # no-break space tidied too
    )
