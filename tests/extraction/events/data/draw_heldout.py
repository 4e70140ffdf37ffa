"""Draw the articles of held-out set N (heldoutN_articles.jsonl) from the news corpus.

Run from the repository root: `python3 tests/extraction/events/data/draw_heldout.py N`
(N from 2; the first set was drawn before this script). Each set is fixed by its row below:
its seed, how it was drawn, and how many sample reviews had been written when it was drawn.
Every article already used is left out: events-dev, every earlier held-out set, and those
reviews' articles (each read from the commit that wrote it), so each set still reproduces
byte for byte however many sets come after it. Prints the ids; each set's gold was then
written by hand without running the extractor on it (README.md says how each was annotated).
"""

import sys
from functools import partial

from drawing import candidates, draw_dense, draw_mixed, used_ids, write

#: N: (seed, sample reviews written before it, the longest article, how it draws).
#: `mixed` takes articles with the guidelines' event words and some without; `dense` takes
#: articles that use those words at least twice (none of under 5,000 characters is left
#: after set 35, so sets 36 on take articles that use them at least once).
SETS = {
    2: (20251128, 1, 6000, partial(draw_mixed, with_words=22, without=3)),
    3: (20251129, 2, 6000, partial(draw_mixed, with_words=26, without=4)),
    4: (20261128, 2, 6000, partial(draw_mixed, with_words=26, without=4)),
    5: (20261205, 3, 6000, partial(draw_mixed, with_words=26, without=4)),
    6: (20261128, 3, 5000, partial(draw_dense, size=25)),
    7: (20261207, 3, 5000, partial(draw_dense, size=20)),
    8: (20261208, 3, 5000, partial(draw_dense, size=15)),
    9: (20261209, 3, 5000, partial(draw_dense, size=15)),
    10: (20261210, 3, 5000, partial(draw_dense, size=15)),
    11: (20261211, 3, 5000, partial(draw_dense, size=15)),
    12: (20261212, 4, 5000, partial(draw_dense, size=15)),
    13: (20261213, 4, 5000, partial(draw_dense, size=15)),
    14: (20261214, 4, 5000, partial(draw_dense, size=15)),
    15: (20261215, 4, 5000, partial(draw_dense, size=15)),
    16: (20261216, 4, 5000, partial(draw_dense, size=15)),
    17: (20261217, 4, 5000, partial(draw_dense, size=15)),
    18: (20261218, 4, 5000, partial(draw_dense, size=15)),
    19: (20261219, 4, 5000, partial(draw_dense, size=15)),
    20: (20261220, 5, 5000, partial(draw_dense, size=15)),
    21: (20261221, 5, 5000, partial(draw_dense, size=15)),
    22: (20261222, 5, 5000, partial(draw_dense, size=15)),
    23: (20261223, 5, 5000, partial(draw_dense, size=15)),
    24: (20261224, 6, 5000, partial(draw_dense, size=15)),
    25: (20261225, 6, 5000, partial(draw_dense, size=15)),
    26: (20261226, 6, 5000, partial(draw_dense, size=15)),
    27: (20261227, 6, 5000, partial(draw_dense, size=15)),
    28: (20261228, 7, 5000, partial(draw_dense, size=15)),
    29: (20261229, 7, 5000, partial(draw_dense, size=15)),
    30: (20261230, 7, 5000, partial(draw_dense, size=15)),
    31: (20261231, 7, 5000, partial(draw_dense, size=15)),
    32: (20261232, 8, 5000, partial(draw_dense, size=15)),
    33: (20261233, 8, 5000, partial(draw_dense, size=15)),
    34: (20261234, 8, 5000, partial(draw_dense, size=15)),
    35: (20261235, 8, 8000, partial(draw_dense, size=15)),  # the last 15 dense articles
    36: (20261236, 8, 5000, partial(draw_mixed, with_words=15, without=0)),
    37: (20261237, 8, 5000, partial(draw_mixed, with_words=15, without=0)),
    38: (20261238, 8, 5000, partial(draw_mixed, with_words=15, without=0)),
    39: (20261239, 8, 5000, partial(draw_mixed, with_words=15, without=0)),
}


def main(number: int) -> None:
    """Draw set `number`, write heldout{number}_articles.jsonl and print its ids."""
    seed, reviews, max_chars, draw = SETS[number]
    used = used_ids(held_out=number - 1, reviews=reviews)
    chosen = draw(candidates(used, max_chars=max_chars), seed=seed)
    write(number, chosen, f"{len(used)} articles already used")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) not in SETS:
        raise SystemExit(f"usage: draw_heldout.py N, N one of {sorted(SETS)}")
    main(int(sys.argv[1]))
