"""What draw_heldout.py uses: the corpus, the articles already used, the event words.

Each set's row in draw_heldout.py names its seed, its sizes and what was already used when it
was drawn, so that it still reproduces its set byte for byte however many sets come after it.
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
#: The sample reviews in the order they were written, as the commits that wrote them hold
#: sample_review.md (each rewrote the file).
REVIEWS = (
    "b2429d8:tests/extraction/events/data/sample_review.md",
    "62b39fd:tests/extraction/events/data/sample_review.md",
    "53d38c6:tests/extraction/events/data/sample_review.md",
    "20e8817:tests/extraction/events/data/sample_review.md",
    "89baa74:tests/extraction/events/data/sample_review.md",
    "03d6b34:tests/extraction/events/data/sample_review.md",
    "3768ab7:tests/extraction/events/data/sample_review.md",
    "30661c1:tests/extraction/events/data/sample_review.md",
    "9f4926d:tests/extraction/events/data/sample_review.md",
    "95456d3:tests/extraction/events/data/sample_review.md",
    "7904ec2:tests/extraction/events/data/sample_review.md",
    "0faea5c:tests/extraction/events/data/sample_review.md",
)
#: The guidelines' own words for the four event types (not the extractor's rules).
WORDS = re.compile(
    r"\b(?:met|meet|meeting|talks|visit\w*|trip|tour|summit|phone[ds]?|telephone\w*|"
    r"video|conference|forum|arrived|received)\b",
    re.IGNORECASE,
)
REVIEWED = re.compile(r"\| (\S+) \(\d{4}-\d\d-\d\d\) \|")


def articles_file(number: int) -> Path:
    """The articles of held-out set `number` (the first has no number in its name)."""
    return HERE / f"heldout{number if number > 1 else ''}_articles.jsonl"


def ids(path: Path) -> set[str]:
    """The article ids of a JSONL file."""
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def _at(spec: str) -> str:
    """A file as a commit holds it (`commit:path`)."""
    return subprocess.run(
        ["git", "show", spec], capture_output=True, text=True, check=True, cwd=HERE
    ).stdout


def used_ids(held_out: int, reviews: int) -> set[str]:
    """events-dev, the first `held_out` held-out sets and the first `reviews` sample reviews."""
    used = ids(DEV)
    for number in range(1, held_out + 1):
        used |= ids(articles_file(number))
    for spec in REVIEWS[:reviews]:
        reviewed = set(REVIEWED.findall(_at(spec)))
        if not reviewed:  # a review the pattern cannot read would silently leak its articles
            raise SystemExit(f"no article ids read from {spec}")
        used |= reviewed
    return used


def candidates(used: set[str], max_chars: int) -> list[dict]:
    """The corpus's articles, in corpus order, not yet used and shorter than `max_chars`."""
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    return [d for d in docs if d["id"] not in used and len(d["text"]) < max_chars]


def draw_mixed(docs: list[dict], seed: int, with_words: int, without: int) -> list[dict]:
    """`with_words` articles that use an event word, then `without` that use none."""
    rng = random.Random(seed)
    worded = [d for d in docs if WORDS.search(d["text"])]
    plain = [d for d in docs if not WORDS.search(d["text"])]
    return rng.sample(worded, with_words) + rng.sample(plain, without)


def draw_dense(docs: list[dict], seed: int, size: int, min_words: int = 2) -> list[dict]:
    """`size` articles that use an event word at least `min_words` times."""
    dense = [d for d in docs if len(WORDS.findall(d["text"])) >= min_words]
    return random.Random(seed).sample(dense, size)


def write(number: int, chosen: list[dict], note: str) -> None:
    """Write held-out set `number`'s articles; print `note` and their ids."""
    with articles_file(number).open("w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(note)
    print("\n".join(d["id"] for d in chosen))
