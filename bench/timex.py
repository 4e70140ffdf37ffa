"""Throughput of the temporal tagger on ../shared/data/news/corpus.jsonl, one core, and of
dateparser's `search.search_dates` on the same articles in the same run.

dateparser is an order of magnitude slower, so it runs on the corpus's articles in order
until DATEPARSER_SECONDS of CPU time have passed (the line says how many it read); its
words/s is measured on that prefix. Rates are per CPU second of this process (one core),
so other work on the machine does not skew them.

The pathological inputs of tests/extraction/timex (repeated words, digit runs, long lines...)
are timed too, at 10,000 and 100,000 characters (best of three): the line gives the largest
ratio of the two times (10 for linear time; small inputs make it noisy on a busy machine, the
tests count the work instead) and the time for 1 MB of "May May May".
"""
from __future__ import annotations

import gc
import json
import os
import statistics
import time
from datetime import date, datetime
from pathlib import Path

import yaml

from bench import corpus_path
from services.worker.extraction import prepare
from services.worker.extraction.timex import tag

CORPUS = corpus_path()
DATEPARSER_SECONDS = float(os.environ.get("BENCH_DATEPARSER_SECONDS", "30"))


def _articles() -> list[tuple[str, date]]:
    """The corpus's articles as (text, publication day)."""
    with CORPUS.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [(r["text"], date.fromisoformat(str(r["published_at"])[:10])) for r in rows]


def _words(text: str) -> int:
    """The number of white-space-separated words in `text`, as the rates count them."""
    return len(text.split())


def bench_tagger(articles) -> tuple[int, float, int, list[float]]:
    """Words, seconds, expressions found, and milliseconds per article."""
    prepare()  # loads and compiles the grammar, not timed
    per_article = []
    found = 0
    started = time.process_time()
    for text, dct in articles:
        t0 = time.process_time()
        found += len(tag(text, dct))
        per_article.append((time.process_time() - t0) * 1000)
    seconds = time.process_time() - started
    return sum(_words(t) for t, _ in articles), seconds, found, per_article


def bench_dateparser(articles) -> tuple[int, int, float]:
    """Articles read, words, seconds: dateparser on the corpus prefix it gets through."""
    from dateparser.search import search_dates

    search_dates("on Friday, March 22, 2013", languages=["en"])  # loads its data
    words = count = 0
    started = time.process_time()
    for text, dct in articles:
        base = datetime(dct.year, dct.month, dct.day)
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        words += _words(text)
        count += 1
        if time.process_time() - started > DATEPARSER_SECONDS:
            break
    return count, words, time.process_time() - started


def _cpu(func) -> float:
    """CPU seconds `func` takes, the garbage collector held back (its pauses are noise)."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        func()
        return time.process_time() - started
    finally:
        gc.enable()


def bench_pathological(size: int = 10_000) -> tuple[str, float, float]:
    """The input whose time grows most from `size` to 10 * `size` characters, that ratio,
    and the CPU seconds for 1 MB of "May "."""
    corpus = Path(__file__).resolve().parents[1] / "tests/extraction/timex/pathological.yaml"
    pieces = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    dct = date(2013, 3, 22)

    def text(piece: str, n: int) -> str:
        """`piece` repeated and cut to exactly `n` characters."""
        return (piece * (n // len(piece) + 1))[:n]

    worst, ratio = "", 0.0
    for name, piece in pieces.items():
        short, long = text(piece, size), text(piece, 10 * size)
        small = min(_cpu(lambda t=short: tag(t, dct)) for _ in range(3))
        large = min(_cpu(lambda t=long: tag(t, dct)) for _ in range(3))
        if large / max(small, 1e-4) > ratio:
            worst, ratio = name, large / max(small, 1e-4)
    return worst, ratio, _cpu(lambda: tag("May " * 262_144, dct))


def main() -> None:
    """Time the tagger, dateparser on the same texts, and the pathological inputs; print them."""
    articles = _articles()
    words, seconds, found, per_article = bench_tagger(articles)
    rate = words / seconds
    per_500 = statistics.mean(ms * 500 / max(_words(t), 1)
                              for ms, (t, _) in zip(per_article, articles, strict=True))
    print(f"timex.tag: {len(articles)} articles, {words} words, {found} expressions in "
          f"{seconds:.2f} CPU s = {rate:,.0f} words/s (one core)")
    print(f"timex.tag per article: median {statistics.median(per_article):.2f} ms, "
          f"p95 {sorted(per_article)[int(0.95 * len(per_article))]:.2f} ms, "
          f"{per_500:.2f} ms per 500 words")
    count, dp_words, dp_seconds = bench_dateparser(articles)
    dp_rate = dp_words / dp_seconds
    print(f"dateparser.search_dates: {count} articles ({dp_words} words, time-boxed to "
          f"{DATEPARSER_SECONDS:.0f} CPU s) in {dp_seconds:.2f} CPU s = {dp_rate:,.0f} words/s")
    print(f"ratio timex/dateparser: {rate / dp_rate:.1f}x")
    worst, ratio, may = bench_pathological()
    print(f"pathological inputs: 10x the characters takes at most {ratio:.1f}x the time "
          f"({worst}); 1 MB of 'May ' in {may:.2f} CPU s")


if __name__ == "__main__":
    main()
