"""Draw the articles of the fifth held-out set (heldout5_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout5.py`.
Fixed seed; every article already used is left out: events-dev, the first to fourth held-out
sets, and the articles of all three sample reviews (seeds 2026, 2027 and 2028, each read from
the commit that wrote it, so a later rewrite of sample_review.md cannot change the draw).
26 articles of under 6,000 characters use a meeting/visit/call/summit word (the guidelines'
own words, not the extractor's rules), 4 use none. Prints the ids; the gold was then written
by hand without running or reading the extractor.
"""

from drawing import candidates, draw_mixed, used_ids, write


def main() -> None:
    """Draw the articles, write heldout5_articles.jsonl and print their ids."""
    used = used_ids(held_out=4, reviews=3)
    chosen = draw_mixed(candidates(used, max_chars=6000), seed=20261205, with_words=26, without=4)
    write(5, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
