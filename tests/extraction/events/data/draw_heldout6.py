"""Draw the articles of the sixth held-out set (heldout6_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout6.py`.
Fixed seed; every article already used is left out: events-dev, the first to fifth held-out
sets, and the articles of all three sample reviews (seeds 2026, 2027 and 2028, each read from
the commit that wrote it, so a later rewrite of sample_review.md cannot change the draw).
The set is event-dense, unlike the fifth (8 events that count): 25 articles of under 5,000
characters, each using the guidelines' own event words (not the extractor's rules) at least
twice; none without. Prints the ids; the gold was then written by hand without running or
reading the extractor.
"""

import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
SHARED = HERE.parents[3].parent / "shared" / "data"
CORPUS = SHARED / "news" / "corpus.jsonl"
DEV = SHARED / "events-dev" / "articles.jsonl"
HELD_OUT = (
    "heldout_articles.jsonl",
    "heldout2_articles.jsonl",
    "heldout3_articles.jsonl",
    "heldout4_articles.jsonl",
    "heldout5_articles.jsonl",
)
#: The three sample reviews, as the commits that wrote them hold sample_review.md.
REVIEWS = (
    "b2429d8:tests/extraction/events/data/sample_review.md",
    "62b39fd:tests/extraction/events/data/sample_review.md",
    "53d38c6:tests/extraction/events/data/sample_review.md",
)
WORDS = re.compile(
    r"\b(?:met|meet|meeting|talks|visit\w*|trip|tour|summit|phone[ds]?|telephone\w*|"
    r"video|conference|forum|arrived|received)\b",
    re.IGNORECASE,
)
REVIEWED = re.compile(r"\| (\S+) \(\d{4}-\d\d-\d\d\) \|")
MAX_CHARS = 5000
MIN_WORDS = 2  # occurrences of an event word an article must have to be drawn
SIZE = 25
SEED = 20261128


def _at(spec: str) -> str:
    """A file as a commit holds it (`commit:path`)."""
    return subprocess.run(
        ["git", "show", spec], capture_output=True, text=True, check=True, cwd=HERE
    ).stdout


def ids(path: Path) -> set[str]:
    """The article ids of a JSONL file."""
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def used_ids() -> set[str]:
    """Every article already annotated or reviewed: none of them may be drawn again."""
    used = ids(DEV)
    for name in HELD_OUT:
        used |= ids(HERE / name)
    for spec in REVIEWS:
        reviewed = set(REVIEWED.findall(_at(spec)))
        if not reviewed:  # a review the pattern cannot read would silently leak its articles
            raise SystemExit(f"no article ids read from {spec}")
        used |= reviewed
    return used


def main() -> None:
    """Draw the articles, write heldout6_articles.jsonl and print their ids."""
    used = used_ids()
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    dense = [
        d
        for d in docs
        if d["id"] not in used
        and len(d["text"]) < MAX_CHARS
        and len(WORDS.findall(d["text"])) >= MIN_WORDS
    ]
    chosen = random.Random(SEED).sample(dense, SIZE)
    with (HERE / "heldout6_articles.jsonl").open("w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(used)} articles already used, {len(dense)} event-dense ones left")
    print("\n".join(d["id"] for d in chosen))


if __name__ == "__main__":
    main()
