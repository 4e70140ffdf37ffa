"""Draw the articles of the thirteenth held-out set (heldout13_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout13.py`.
Fixed seed; every article already used is left out: events-dev, the first to twelfth
held-out sets, and the articles of all four sample reviews (each read from the commit that
wrote it). Event-dense, like the sixth to eleventh: 15 articles of under 5,000 characters,
each using the guidelines' own event words (not the extractor's rules) at least twice; none
without. Prints the ids; the gold was then written by hand without running or reading the
extractor.
"""

from drawing import candidates, draw_dense, used_ids, write


def main() -> None:
    """Draw the articles, write heldout13_articles.jsonl and print their ids."""
    used = used_ids(held_out=12, reviews=4)
    chosen = draw_dense(candidates(used, max_chars=5000), seed=20261213, size=15)
    write(13, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
