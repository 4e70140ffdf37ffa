"""Draw the articles of the third held-out set (heldout3_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout3.py`.
Fixed seed; every article already used is left out: events-dev, the first and second held-out
sets, and the articles of both sample reviews (the first one, seed 2026, is read from the
commit that added it). 26 articles of under 6,000 characters use a meeting/visit/call/summit
word (the guidelines' own words, not the extractor's rules), 4 use none. Prints the ids; the
gold was then written by hand before the third round changed any rule.
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
FIRST_REVIEW = "b2429d8:tests/extraction/events/data/sample_review.md"
#: The review sample_review.md held when this set was drawn (it has been rewritten since).
SECOND_REVIEW = "62b39fd:tests/extraction/events/data/sample_review.md"
WORDS = re.compile(
    r"\b(?:met|meet|meeting|talks|visit\w*|trip|tour|summit|phone[ds]?|telephone\w*|"
    r"video|conference|forum|arrived|received)\b",
    re.IGNORECASE,
)
REVIEWED = re.compile(r"\| (\S+) \(\d{4}-\d\d-\d\d\) \|")


def _at(spec: str) -> str:
    """A file as a commit holds it (`commit:path`)."""
    return subprocess.run(["git", "show", spec], capture_output=True, text=True, check=True).stdout


def ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def main() -> None:
    used = ids(DEV) | ids(HERE / "heldout_articles.jsonl") | ids(HERE / "heldout2_articles.jsonl")
    used |= set(REVIEWED.findall(_at(SECOND_REVIEW) + _at(FIRST_REVIEW)))
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    docs = [d for d in docs if d["id"] not in used and len(d["text"]) < 6000]
    with_words = [d for d in docs if WORDS.search(d["text"])]
    without = [d for d in docs if not WORDS.search(d["text"])]
    rng = random.Random(20251129)
    chosen = rng.sample(with_words, 26) + rng.sample(without, 4)
    with (HERE / "heldout3_articles.jsonl").open("w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(used)} articles already used, {len(with_words)} with an event word left")
    print("\n".join(d["id"] for d in chosen))


if __name__ == "__main__":
    main()
