"""Draw the articles of the second held-out set (heldout2_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout2.py`.
Fixed seed; articles of events-dev, of the first held-out set and of the first sample review
are left out. 22 articles use a meeting/visit/call/summit word (the guidelines' own words,
not the extractor's rules), 3 use none. Prints the ids; the gold was then written by hand.
"""

from drawing import candidates, draw_mixed, used_ids, write


def main() -> None:
    """Draw the articles, write heldout2_articles.jsonl and print their ids."""
    used = used_ids(held_out=1, reviews=1)
    chosen = draw_mixed(candidates(used, max_chars=6000), seed=20251128, with_words=22, without=3)
    write(2, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    main()
