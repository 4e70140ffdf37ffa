"""Draw the articles of the second held-out set (heldout2_*.jsonl) from the news corpus.

Run once, from the repository root: `python3 tests/extraction/events/data/draw_heldout2.py`.
Fixed seed; articles of events-dev, of the first held-out set and of the first sample review
are left out. 22 articles use a meeting/visit/call/summit word (the guidelines' own words,
not the extractor's rules), 3 use none. Prints the ids; the gold was then written by hand.
"""

import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parents[3].parent / "shared" / "data" / "news" / "corpus.jsonl"
DEV = HERE.parents[3].parent / "shared" / "data" / "events-dev" / "articles.jsonl"
WORDS = re.compile(
    r"\b(?:met|meet|meeting|talks|visit\w*|trip|tour|summit|phone[ds]?|telephone\w*|"
    r"video|conference|forum|arrived|received)\b",
    re.IGNORECASE,
)


def ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def main() -> None:
    used = ids(DEV) | ids(HERE / "heldout_articles.jsonl")
    # the review sample_review.md held when this set was drawn (it has been rewritten since)
    first_review = subprocess.run(
        ["git", "show", "b2429d8:tests/extraction/events/data/sample_review.md"],
        capture_output=True, text=True, check=True,
    ).stdout
    used |= set(re.findall(r"\| (\S+) \(\d{4}-\d\d-\d\d\) \|", first_review))
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    docs = [d for d in docs if d["id"] not in used and len(d["text"]) < 6000]
    with_words = [d for d in docs if WORDS.search(d["text"])]
    without = [d for d in docs if not WORDS.search(d["text"])]
    rng = random.Random(20251128)
    chosen = rng.sample(with_words, 22) + rng.sample(without, 3)
    with (HERE / "heldout2_articles.jsonl").open("w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("\n".join(d["id"] for d in chosen))


if __name__ == "__main__":
    main()
