"""Draw the articles of the fourth held-out set (heldout4_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout4.py`.
Fixed seed; every article already used is left out: events-dev, the first, second and third
held-out sets, and the articles of both sample reviews (the first one, seed 2026, is read from
the commit that added it). 26 articles of under 6,000 characters use a meeting/visit/call/summit
word (the guidelines' own words, not the extractor's rules), 4 use none. Prints the ids; the
gold was then written by hand before round 4's changes were scored on it.
"""

from drawing import candidates, draw_mixed, used_ids, write


def main() -> None:
    """Draw the articles, write heldout4_articles.jsonl and print their ids."""
    used = used_ids(held_out=3, reviews=2)
    chosen = draw_mixed(candidates(used, max_chars=6000), seed=20261128, with_words=26, without=4)
    write(4, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
