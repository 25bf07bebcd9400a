"""code_stream: the local engine and a Dask LocalCluster give the same events; a Problem
passes through; an article that raises becomes a Problem and the rest goes on; the
stream is lazy."""

from __future__ import annotations

import json
from datetime import date

import pytest

from accord.model import Article, CodedArticle, Problem
from accord.scale import code_stream


def _wikinews(shared, n=6, max_words=250):
    out = []
    with (shared / "corpus" / "wikinews_en.jsonl").open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            r = json.loads(line)
            if len(r["text"].split()) > max_words:
                continue
            out.append(Article(id=r["id"], text=r["text"], title=r.get("title"),
                               published=date.fromisoformat(r["published"]),
                               origin=f"wikinews_en.jsonl:{lineno}"))
            if len(out) == n:
                break
    return out


def _items(shared):
    arts = _wikinews(shared)
    given = Problem("feed.xml:9", "not a feed", kind="skipped")
    # text=None: a real input that makes the coder raise
    bad = Article(id="bad", text=None, origin="broken.jsonl:3")  # type: ignore[arg-type]
    return arts[:2] + [given, bad] + arts[2:], given


def _summary(results):
    out = []
    for r in results:
        if isinstance(r, Problem):
            out.append(("problem", r.origin, r.kind))
        else:
            out.append((r.article.id, tuple(json.dumps(e.to_dict(), sort_keys=True) for e in r.events)))
    return out


@pytest.fixture(scope="module")
def local_results(shared):
    items, _ = _items(shared)
    return list(code_stream(iter(items), engine="local", workers=1))


def test_local_engine_problems_pass_and_bad_article_fails_alone(shared, local_results):
    items, given = _items(shared)
    assert len(local_results) == len(items)
    assert local_results[2] == given  # passed through unchanged, in place
    bad = local_results[3]
    assert isinstance(bad, Problem) and bad.origin == "broken.jsonl:3"
    assert bad.reason.startswith("coding failed:")
    coded = [r for r in local_results if isinstance(r, CodedArticle)]
    assert [c.article.id for c in coded] == [a.id for a in items if isinstance(a, Article) and a.id != "bad"]
    assert sum(len(c.events) for c in coded) > 0


def test_dask_local_cluster_gives_the_same_events(shared, local_results):
    pytest.importorskip("distributed")
    items, _ = _items(shared)
    pulled = []

    def feed():
        for it in items:
            pulled.append(it)
            yield it

    stream = code_stream(feed(), engine="dask", workers=2, batch_size=2, max_in_flight=1)
    first = next(stream)
    assert len(pulled) == 2  # bounded: one batch of 2 in flight before the first result
    results = [first, *stream]
    assert _summary(results) == _summary(local_results)


def test_stream_is_lazy(shared):
    arts = _wikinews(shared, n=3)
    pulled = []

    def feed():
        for a in arts:
            pulled.append(a.id)
            yield a

    stream = code_stream(feed())
    assert pulled == []  # nothing read before the first result is asked for
    next(stream)
    assert len(pulled) == 1
    stream.close()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"engine": "spark"}, "unknown engine"),
        ({"workers": 0}, "workers"),
        ({"batch_size": 0}, "batch_size"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "engine='dask'"),
        ({"dict_dir": "/nonexistent/dicts"}, "no such file"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_bad_arguments_fail_before_reading(kwargs, message):
    def feed():
        raise AssertionError("read although the arguments are bad")
        yield

    with pytest.raises(ValueError, match=message):
        code_stream(feed(), **kwargs)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_local_process_pool_gives_the_same_events(shared, local_results, method):
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} on this system")
    items, _ = _items(shared)
    results = list(code_stream(iter(items), engine="local", workers=2, batch_size=2, mp_context=method))
    assert _summary(results) == _summary(local_results)


def test_workers_are_not_forked_while_another_thread_runs():
    import threading

    from accord.scale import start_method

    alone = start_method()
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        t.join()
    assert start_method() == alone


def test_time_limit_turns_a_slow_article_into_a_problem(shared, local_results):
    import signal

    items, _ = _items(shared)
    arts = [a for a in items if isinstance(a, Article) and a.id != "bad"][:2]
    before = signal.getsignal(signal.SIGALRM)
    out = list(code_stream(iter(arts), timeout=0.001))  # no article is coded in 1 ms
    assert [type(r) for r in out] == [Problem, Problem]
    assert out[0].origin == arts[0].origin and out[0].reason.startswith("timed out:")
    assert signal.getsignal(signal.SIGALRM) == before
    # the coder is intact afterwards: same events as before
    again = list(code_stream(iter(arts)))
    expected = [r for r in local_results if isinstance(r, CodedArticle)][:2]
    assert _summary(again) == _summary(expected)
