"""The whole extraction core on one core: articles per second over the news corpus.

`extract(text, published_at)` end to end (sentences, names, the temporal tagger, triggers,
dating, status, merging) on every article of ../shared/data/news/corpus.jsonl, after
`prepare()`, so that loading the word lists, rules, the gazetteer and the tagger's grammar
is not counted. The temporal tagger alone over the same texts, in the same run, is the
baseline: the line says how many times the tagger's time the whole core takes.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import date

from bench import corpus_path
from services.worker.extraction import extract, prepare, timex


def _articles() -> list[tuple[str, date]]:
    """The corpus's articles as (text, publication day)."""
    with corpus_path().open(encoding="utf-8") as lines:
        return [
            (a["text"], date.fromisoformat(a["published_at"][:10])) for a in map(json.loads, lines)
        ]


def main() -> None:
    """Time the extraction core over the corpus, then the tagger alone as the baseline."""
    articles = _articles()
    prepare()  # word lists, rules, the gazetteer, the tagger's grammar: loaded, not timed
    types: Counter[str] = Counter()
    slowest = 0.0
    start = time.process_time()
    for text, published in articles:
        t0 = time.perf_counter()
        for event in extract(text, published):
            types[event.type] += 1
        slowest = max(slowest, time.perf_counter() - t0)
    elapsed = time.process_time() - start
    start = time.process_time()
    for text, published in articles:
        timex.tag(text, published)
    tagger = time.process_time() - start
    words = sum(len(text.split()) for text, _ in articles)
    print(
        f"events: {len(articles)} articles ({words} words) in {elapsed:.2f} s CPU: "
        f"{len(articles) / elapsed:.0f} articles/s, {words / elapsed:.0f} words/s, "
        f"slowest article {slowest * 1000:.0f} ms"
    )
    print(
        f"events: baseline, the temporal tagger alone on the same texts: "
        f"{len(articles) / tagger:.0f} articles/s; the whole core takes "
        f"{elapsed / tagger:.1f}x the tagger's time"
    )
    print("events: found " + ", ".join(f"{n} {t}" for t, n in sorted(types.items())))


if __name__ == "__main__":
    main()
