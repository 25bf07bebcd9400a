#!/usr/bin/env python
"""accord benchmark (`make bench`): prints figures, asserts nothing.

Measures, on one corpus of Wikinews articles repeated with unique ids:

1. accord in this process (code_stream, engine local, 1 worker): articles/s, words/s,
   events/s, time per stage (Coder.stats), peak RSS;
2. the baseline: the same spaCy model (accord.nlp.load_nlp) parsing every article text
   with nlp.pipe, and the ratio accord / baseline;
3. code_stream with 2 worker processes (ratio vs 1 worker);
4. time to first event of `accord code` on one article, from process start;
5. RSS of a fresh process streaming 1,000 vs 10,000 articles through code_stream (the
   articles cut to 40 words, --rss-words, so that 10,000 take minutes, not an hour),
   sampled as it goes, to show memory does not grow with the corpus.

Usage: python bench/run.py [--articles N] [--quick] [--workers N] [--out FILE]
Results are also written as JSON (default bench/results/latest.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, source_rows, words  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Coder.stats keys that are counts (or the load time), not seconds spent in a stage
STAT_COUNTS = {"load", "articles", "sentences", "sentences_parsed"}


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far: VmHWM on Linux (ru_maxrss of a
    child started by subprocess reports the parent's peak at fork time), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil
    import spacy

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(),
    }


def rss_now_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def run_stream(arts, rss_every: int | None = None, **kwargs) -> tuple[dict, list[int]]:
    """Code ``arts`` through code_stream; figures and the events per article.  With
    ``rss_every``, this process's RSS is sampled every that many articles."""
    from accord.model import Problem
    from accord.scale import code_stream

    n = n_words = n_events = problems = 0
    reasons: dict[str, int] = {}
    samples: list[tuple[int, float]] = []
    per_article: list[int] = []
    t0 = time.perf_counter()
    first = None
    for out in code_stream(arts, **kwargs):
        if first is None:
            first = time.perf_counter() - t0
        if isinstance(out, Problem):
            problems += 1
            key = out.reason.split(":")[0]
            reasons[key] = reasons.get(key, 0) + 1
            per_article.append(-1)
            continue
        n += 1
        if rss_every and n % rss_every == 0:
            samples.append((n, round(rss_now_mb(), 1)))
        n_words += words(out.article.text)
        n_events += len(out.events)
        per_article.append(len(out.events))
    secs = time.perf_counter() - t0
    after_first = secs - (first or 0.0)
    return {
        "articles": n,
        "problems": problems,
        "problem_reasons": reasons,
        "words": n_words,
        "events": n_events,
        "seconds": round(secs, 2),
        "first_result_seconds": round(first or 0.0, 2),
        "articles_per_s": round(n / secs, 2),
        "words_per_s": round(n_words / secs, 1),
        "events_per_s": round(n_events / secs, 2),
        # throughput once the first result is out (excludes worker start-up)
        "steady_articles_per_s": round((n - 1) / after_first, 2) if n > 1 and after_first > 0 else None,
        **({"rss_samples_mb": samples} if rss_every else {}),
    }, per_article


def report_problems(fig: dict, timeout: float | None, workers: int = 1) -> None:
    """Say which articles did not come out coded, and what timeouts cost."""
    if not fig["problems"]:
        return
    print(f"  NOT CODED: {fig['problems']} articles: {fig['problem_reasons']}")
    timed_out = fig["problem_reasons"].get("timed out", 0)
    if timed_out and timeout:
        lost = timed_out * timeout / workers
        rest = fig["seconds"] - lost
        fig["seconds_lost_to_timeouts"] = round(lost, 1)
        if rest > 0:
            fig["articles_per_s_without_timeouts"] = round(fig["articles"] / rest, 2)
            fig["words_per_s_without_timeouts"] = round(fig["words"] / rest, 1)
            print(f"  {timed_out} timed out after {timeout:g} s each (about {lost:.0f} s of the wall time); "
                  f"without that time: {fig['articles_per_s_without_timeouts']} articles/s, "
                  f"{fig['words_per_s_without_timeouts']:.0f} words/s")


def baseline(texts: list[str]) -> dict:
    """The same spaCy pipeline parsing every article text with nlp.pipe (1 process)."""
    from accord.nlp import load_nlp, one_blas_thread

    nlp = load_nlp()
    t0 = time.perf_counter()
    n_sents = n_tokens = 0
    with one_blas_thread():  # one core, as accord's own parse
        for doc in nlp.pipe(texts, batch_size=32):
            n_sents += sum(1 for _ in doc.sents)
            n_tokens += len(doc)
    secs = time.perf_counter() - t0
    n_words = sum(words(t) for t in texts)
    return {
        "articles": len(texts),
        "sentences": n_sents,
        "tokens": n_tokens,
        "words": n_words,
        "seconds": round(secs, 2),
        "articles_per_s": round(len(texts) / secs, 2),
        "words_per_s": round(n_words / secs, 1),
        "pipes": list(nlp.pipe_names),
    }


def first_event(row: dict) -> dict:
    """Run `accord code` on one article in a fresh process; time to its first event line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "accord", "code", str(path)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = None
        n_lines = 0
        for line in proc.stdout:
            if line.strip():
                n_lines += 1
                if first is None:
                    first = time.perf_counter() - t0
        stderr = proc.stderr.read()
        rc = proc.wait()
        total = time.perf_counter() - t0
    out = {"command": "accord code one.jsonl", "article": row.get("id"), "exit_code": rc,
           "first_event_seconds": round(first, 2) if first is not None else None,
           "total_seconds": round(total, 2), "events": n_lines}
    if rc != 0:
        out["stderr_tail"] = stderr.strip().splitlines()[-3:]
    return out


def rss_child(n: int, max_words: int | None, batch_size: int, timeout: float | None) -> dict:
    """In a fresh process: stream n articles through code_stream (1 worker), peak RSS."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(n),
           "--rss-words", str(max_words or 0), "--batch-size", str(batch_size),
           "--timeout", str(timeout or 0)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"articles": n, "error": proc.stderr.strip().splitlines()[-3:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def workers_child(n: int, workers: int, batch_size: int, timeout: float | None) -> tuple[dict, list[int]]:
    """In a fresh process, as cold as the 1-worker run was at its start: build the Coder
    (not timed, as for the 1-worker run), then code n articles with ``workers`` processes."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--workers-child", str(n), "--workers", str(workers),
           "--batch-size", str(batch_size), "--timeout", str(timeout or 0)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"the {workers}-worker run failed: {proc.stderr.strip().splitlines()[-3:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["figures"], out["per_article"]


def _workers_child_main(n: int, workers: int, batch_size: int, timeout: float | None) -> None:
    from accord.scale import CoderConfig, start_method, worker_coder

    _, rows = source_rows()
    t0 = time.perf_counter()
    worker_coder(CoderConfig())  # forked workers start with it (start_method "fork")
    load = time.perf_counter() - t0
    figures, per_article = run_stream(articles(rows, n), engine="local", workers=workers,
                                      batch_size=batch_size, timeout=timeout)
    figures.update(start_method=start_method(), parent_coder_load_seconds=round(load, 2))
    print(json.dumps({"figures": figures, "per_article": per_article}))


def _rss_child_main(n: int, max_words: int | None, timeout: float | None) -> None:
    from accord.scale import CoderConfig, worker_coder

    _, rows = source_rows()
    worker_coder(CoderConfig())
    loaded = rss_now_mb()
    every = 100 if n >= 200 else max(1, n // 5)
    figures, _ = run_stream(articles(rows, n, max_words), rss_every=every, engine="local", workers=1,
                            timeout=timeout)
    samples = figures["rss_samples_mb"]
    figures.update(
        max_words=max_words,
        rss_after_load_mb=round(loaded, 1),
        rss_first_sample_mb=samples[0][1] if samples else None,
        rss_max_sample_mb=max(v for _, v in samples) if samples else None,
        rss_end_mb=round(rss_now_mb(), 1),
        peak_rss_mb=round(peak_rss_mb(), 1),
    )
    print(json.dumps(figures))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=None,
                    help="articles in the throughput corpus (default 1000; 200 with --quick)")
    ap.add_argument("--quick", action="store_true",
                    help="smaller runs: 200 articles; RSS streams of 300 vs 3,000 articles")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for the parallel run")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rss-words", type=int, default=None,
                    help="articles in the RSS streams are cut to this many words (default 40)")
    ap.add_argument("--rss-sizes", default=None,
                    help="articles in the RSS streams, comma-separated (default 1000,10000; 300,3000 with --quick)")
    ap.add_argument("--no-rss", action="store_true", help="skip the 1,000 vs 10,000 RSS streams")
    ap.add_argument("--timeout", type=float, default=10.0,
                    help="seconds one article may take before code_stream gives it up as a Problem "
                    "(counted and reported; 0 = no limit)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    ap.add_argument("--rss-child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--workers-child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they are measured
    rss_words = args.rss_words if args.rss_words is not None else 40
    timeout = args.timeout or None
    rss_sizes = [int(x) for x in (args.rss_sizes or ("300,3000" if args.quick else "1000,10000")).split(",")]

    if args.workers_child is not None:
        _workers_child_main(args.workers_child, args.workers, args.batch_size, args.timeout or None)
        return 0
    if args.rss_child is not None:
        _rss_child_main(args.rss_child, args.rss_words or None, args.timeout or None)
        return 0

    n = args.articles or (200 if args.quick else 1000)
    corpus_from, rows = source_rows()
    arts = list(articles(rows, n))
    n_words = sum(words(a.text) for a in arts)
    results: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                     "corpus": {"source": corpus_from, "unique_articles": len(rows), "articles": n,
                                "words": n_words, "mean_words": round(n_words / n, 1)}}
    m = results["machine"]
    results["load_average_start"] = [round(x, 2) for x in os.getloadavg()]
    print(f"machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}, spaCy {m['spacy']}")
    print(f"load average at start: {results['load_average_start']} (other work on the machine skews every figure)")
    print(f"corpus: {n} articles ({len(rows)} unique from {corpus_from}), {n_words} words, "
          f"{n_words / n:.0f} words/article")

    # 1. accord, 1 worker, in this process
    from accord.scale import CoderConfig, worker_coder

    t0 = time.perf_counter()
    coder = worker_coder(CoderConfig())
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    stats_before = dict(getattr(coder, "stats", {}) or {})
    one, per_article = run_stream(iter(arts), engine="local", workers=1, timeout=timeout)
    stats = {k: v - stats_before.get(k, 0.0) for k, v in (getattr(coder, "stats", {}) or {}).items()}
    one.update(coder_load_seconds=round(load_s, 2), peak_rss_mb=round(peak_rss_mb(), 1),
               rss_after_load_mb=round(rss_loaded, 1))
    if stats:
        one["stages_seconds"] = {k: round(v, 2) for k, v in stats.items() if k not in STAT_COUNTS}
        one["coder_counts"] = {k: int(v) for k, v in stats.items() if k in STAT_COUNTS and k != "load"}
    results["accord_1_worker"] = one
    print(f"\naccord, 1 worker (in-process): {one['articles_per_s']} articles/s, {one['words_per_s']:.0f} words/s, "
          f"{one['events_per_s']} events/s ({one['events']} events in {one['seconds']} s; coder load "
          f"{load_s:.1f} s; peak RSS {one['peak_rss_mb']:.0f} MB)")
    report_problems(one, timeout)
    if stats:
        total = sum(one["stages_seconds"].values()) or 1.0
        print("  time per stage: " + ", ".join(
            f"{k} {v:.1f} s ({100 * v / total:.0f}%)" for k, v in one["stages_seconds"].items()))
        if one.get("coder_counts"):
            print("  coder counts: " + ", ".join(f"{k} {v}" for k, v in one["coder_counts"].items()))

    # 2. baseline: the same spaCy model, nlp.pipe over every article
    base = baseline([a.text for a in arts])
    base["peak_rss_mb_so_far"] = round(peak_rss_mb(), 1)
    results["baseline_spacy_pipe"] = base
    ratio = one.get("articles_per_s_without_timeouts", one["articles_per_s"]) / base["articles_per_s"]
    results["ratio_accord_vs_baseline"] = round(ratio, 3)
    print(f"baseline spaCy nlp.pipe ({'+'.join(base['pipes'])}): {base['articles_per_s']} articles/s, "
          f"{base['words_per_s']:.0f} words/s, {base['sentences']} sentences in {base['seconds']} s "
          f"(peak RSS of this process now {base['peak_rss_mb_so_far']:.0f} MB)")
    print(f"  accord / baseline throughput: {ratio:.2f}"
          + (" (accord without the time lost to timeouts)" if "articles_per_s_without_timeouts" in one else ""))

    # 3. N worker processes through code_stream
    if args.workers > 1:
        # in a fresh process: forked workers would otherwise start with this process's
        # Coder, warmed by the 1-worker run (its memos), which the 1-worker run did not have
        multi, per_multi = workers_child(n, args.workers, args.batch_size, timeout)
        multi["same_event_counts_as_1_worker"] = per_multi == per_article
        multi["articles_with_other_event_counts"] = [
            (arts[i].id, a, b) for i, (a, b) in enumerate(zip(per_article, per_multi)) if a != b][:10]
        results[f"accord_{args.workers}_workers"] = multi
        r_wall = multi["articles_per_s"] / one["articles_per_s"]
        r_steady = (multi["steady_articles_per_s"] or 0) / one["articles_per_s"]
        results[f"ratio_{args.workers}_vs_1_workers"] = round(r_wall, 3)
        print(f"\naccord, {args.workers} worker processes (code_stream local, {multi['start_method']}, batch {args.batch_size}): "
              f"{multi['articles_per_s']} articles/s, {multi['words_per_s']:.0f} words/s in {multi['seconds']} s "
              f"(first result after {multi['first_result_seconds']} s: worker start-up; "
              f"fresh process, its coder built in {multi['parent_coder_load_seconds']} s before the clock starts)")
        report_problems(multi, timeout, args.workers)
        print(f"  ratio vs 1 worker: {r_wall:.2f} wall clock, {r_steady:.2f} after start-up; "
              f"same events per article: {multi['same_event_counts_as_1_worker']}")

    # 4. time to first event of `accord code`, from process start
    pick = next((i for i, k in enumerate(per_article[: len(rows)]) if k > 0), 0)
    fe = first_event(rows[pick % len(rows)])
    results["accord_code_first_event"] = fe
    if fe["exit_code"] == 0:
        print(f"\n`accord code` on one article ({fe['article']}): first event after "
              f"{fe['first_event_seconds']} s, done after {fe['total_seconds']} s ({fe['events']} events)")
    else:
        print(f"\n`accord code` on one article failed (exit {fe['exit_code']}): {fe.get('stderr_tail')}")

    # 5. memory does not grow with the corpus: 1,000 vs 10,000 articles streamed
    if not args.no_rss:
        print(f"\nRSS, fresh process streaming articles cut to {rss_words} words (1 worker):")
        rss = {}
        for count_ in rss_sizes:
            r = rss_child(count_, rss_words, args.batch_size, timeout)
            rss[str(count_)] = r
            if "error" in r:
                print(f"  {count_:>6} articles: failed: {r['error']}")
                continue
            print(f"  {count_:>6} articles: RSS after coder load {r['rss_after_load_mb']:.0f} MB, "
                  f"after {r['rss_samples_mb'][0][0]} articles {r['rss_first_sample_mb']:.0f} MB, "
                  f"highest sample {r['rss_max_sample_mb']:.0f} MB, at the end {r['rss_end_mb']:.0f} MB; "
                  f"peak {r['peak_rss_mb']:.0f} MB; {r['articles_per_s']} articles/s")
            if r.get("problems"):
                print(f"          {r['problems']} not coded: {r['problem_reasons']}")
        results["rss_stream"] = {"max_words": rss_words, "runs": rss}
        ok = [r for r in rss.values() if "error" not in r]
        if len(ok) >= 2:
            a, b = ok[0], ok[-1]
            print(f"  {b['articles'] + b['problems']} vs {a['articles'] + a['problems']} articles: end RSS {b['rss_end_mb'] - a['rss_end_mb']:+.0f} MB, "
                  f"peak {b['peak_rss_mb'] - a['peak_rss_mb']:+.0f} MB")

    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(f"\nload average at the end: {results['load_average_end']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
