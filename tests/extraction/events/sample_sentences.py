"""Random samples of sentences for a recall review: a developer's tool, not a test.

    .venv/bin/python -m tests.extraction.events.sample_sentences KIND N SEED [--skip FILE]

reads the news corpus's articles that no held-out set (nor events-dev) uses, runs the
extraction core on each, and prints N sentences (JSON lines: id, published_at, sentence,
start) drawn with SEED from one KIND of candidate:

- `missed`: a sentence that uses an event word and gave no event;
- `rare`: a sentence that tells an event in a rarer way ("flew to", "conferred with", "is
  due in", "left for", "an audience with") and gave no event;
- `other-type`: an event's evidence sentence that also holds a trigger word of a type no event
  from it has (a visit sentence that also says "met").

`--skip FILE` leaves out the sentences of an earlier sample. Round 15 drew `missed` 120 2035
and `rare` 40 2037 on 05a3803, `other-type` 40 2036 on 05a3803, and `other-type` 40 2038 on
6663cf9 skipping the first; the candidates depend on what the code finds, so a draw repeats
only on the commit it was made on.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date
from pathlib import Path

from services.worker.extraction.events import extract_events
from services.worker.extraction.events.text import Document
from services.worker.extraction.events.triggers import find_triggers

from .diagnose import DATA, SHARED

CORPUS = SHARED / "data" / "news" / "corpus.jsonl"
DEV = SHARED / "data" / "events-dev" / "articles.jsonl"
#: The guidelines' event words and their common forms.
EVENT_WORDS = re.compile(
    r"\b(?:met|meet(?:s|ing|ings)?|talks|talked|visit(?:s|ed|ing)?|trip|tour(?:ed|ing)?|summit|"
    r"conference|forum|phone[ds]?|telephone[ds]?|call(?:ed)?|spoke|consultations?|received|"
    r"hosts?|hosted|arrive[ds]?|arriving|travel(?:l?ed|s|l?ing)?|negotiations|session|"
    r"ministerial)\b",
    re.IGNORECASE,
)
#: Rarer ways of telling a journey, a meeting or a call.
RARE_WORDS = re.compile(
    r"\b(?:fl(?:ew|ies|y|ying)\s+(?:in|to|into|out|from|back|home)|land(?:ed|s|ing)\s+in|"
    r"discussions?\s+with|confer(?:red|s|ring)?\s+with|courtesy\s+call|paid\s+a\s+call|"
    r"(?:is|are|was|were)\s+due\s+(?:in|to\s+(?:arrive|visit|travel|meet|hold|attend))|"
    r"(?:left|leaves?|leaving|departed|departs)\s+(?:\w+\s+){0,2}for|"
    r"head(?:ed|s|ing)?\s+(?:to|for)|returned\s+(?:home\s+)?from|audience\s+with|"
    r"hosted\s+(?:a\s+)?(?:dinner|lunch|banquet|luncheon|reception)|attend(?:ed|s|ing)?|"
    r"stopover|(?:in|to)\s+town|stop\s+in|(?:sat|sit|sitting)\s+down\s+with|greeted|welcomed|"
    r"hosting|play(?:ed)?\s+host|dialogue|parley|negotiat(?:ed|ing)\s+with|exchanged\s+views|"
    r"video\s*(?:link|conference)|by\s+phone|over\s+the\s+phone|a\s+call\s+from|"
    r"calls?\s+(?:to|on)\s+[A-Z])\b"
)
MAX_SENTENCE = 600


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def unread_articles() -> list[dict]:
    """The corpus's articles that neither events-dev nor any held-out set uses."""
    used = _ids(DEV)
    for path in DATA.glob("heldout*_articles.jsonl"):
        used |= _ids(path)
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8") if line.strip()]
    return [a for a in rows if a["id"] not in used]


def candidates(kind: str) -> list[dict]:
    """Every candidate sentence of `kind`, in corpus order."""
    out = []
    for a in unread_articles():
        events = extract_events(a["text"], date.fromisoformat(a["published_at"]), a.get("title"))
        found: dict[tuple[int, int], set[str]] = {}
        for event in events:
            for e in event.evidence:
                found.setdefault((e.start, e.end), set()).add(event.type)
        doc = Document(a["text"])
        if kind == "other-type":
            told: dict[tuple[int, int], set[str]] = {}
            for t in find_triggers(doc):
                told.setdefault((t.sentence.start, t.sentence.end), set()).add(t.type)
            spans = [s for s, types in found.items() if told.get(s, set()) - types]
        else:
            words = EVENT_WORDS if kind == "missed" else RARE_WORDS
            spans = [
                (s.start, s.end)
                for s in doc.sentences
                if (s.start, s.end) not in found
                and s.end - s.start < MAX_SENTENCE
                and words.search(a["text"], s.start, s.end)
            ]
        out.extend(
            {"id": a["id"], "published_at": a["published_at"],
             "sentence": a["text"][start:end], "start": start}
            for start, end in spans
        )
    return out


def main(argv: list[str]) -> None:
    """Print the sample the command line asks for."""
    if len(argv) not in (3, 5) or argv[0] not in ("missed", "rare", "other-type"):
        raise SystemExit(__doc__)
    kind, n, seed = argv[0], int(argv[1]), int(argv[2])
    pool = candidates(kind)
    if len(argv) == 5 and argv[3] == "--skip":
        lines = Path(argv[4]).read_text(encoding="utf-8").splitlines()
        seen = {(r["id"], r["start"]) for r in map(json.loads, filter(None, lines))}
        pool = [c for c in pool if (c["id"], c["start"]) not in seen]
    random.Random(seed).shuffle(pool)
    for c in pool[:n]:
        print(json.dumps(c))


if __name__ == "__main__":
    main(sys.argv[1:])
