"""Draw the articles of the seventh held-out set (heldout7_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout7.py`.
Fixed seed; every article already used is left out: events-dev, the first to sixth held-out
sets, and the articles of all three sample reviews (seeds 2026, 2027 and 2028, each read from
the commit that wrote it, so a later rewrite of sample_review.md cannot change the draw).
The set is event-dense, like the sixth: 20 articles (fewer than the sixth's 25, to be
annotated in the time there was) of under 5,000 characters, each using the guidelines' own
event words (not the extractor's rules) at least twice; none without. Prints the ids; the
gold was then written by hand without running or reading the extractor.
"""

from drawing import candidates, draw_dense, used_ids, write


def main() -> None:
    """Draw the articles, write heldout7_articles.jsonl and print their ids."""
    used = used_ids(held_out=6, reviews=3)
    chosen = draw_dense(candidates(used, max_chars=5000), seed=20261207, size=20)
    write(7, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
