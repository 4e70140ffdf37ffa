"""Draw the articles of the fourteenth held-out set (heldout14_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout14.py`.
Fixed seed; every article already used is left out: events-dev, the first to thirteenth
held-out sets, and the articles of all four sample reviews (each read from the commit that
wrote it). Event-dense, like the sixth to eleventh: 15 articles of under 5,000 characters,
each using the guidelines' own event words (not the extractor's rules) at least twice; none
without. Prints the ids; the gold was then written by hand without running or reading the
extractor.
"""

from drawing import candidates, draw_dense, used_ids, write


def main() -> None:
    """Draw the articles, write heldout14_articles.jsonl and print their ids."""
    used = used_ids(held_out=13, reviews=4)
    chosen = draw_dense(candidates(used, max_chars=5000), seed=20261214, size=15)
    write(14, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
