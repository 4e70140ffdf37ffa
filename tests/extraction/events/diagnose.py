"""Where the extractor loses each gold event it misses: a developer's tool, not a test.

    .venv/bin/python -m tests.extraction.events.diagnose SET [--show]

SET is `dev` (../shared/data/events-dev) or a held-out set of data/ (`heldout`, `heldout16`,
...). For every gold event that counts and that no system event matches (the real scorer's
alignment, ../shared/tools/events-score), it names the first stage that lost it: no trigger
in its evidence's sentence, a trigger of another type only, the trigger dropped while reading
(cues, needs, not political), read but undated, a date that does not overlap, participants
that share no name, or lost while mentions were grouped into events. It prints the tally
(and each miss with its evidence with --show). The unseen test sets (heldout12-15 and
heldout36-39) are refused.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from services.worker.extraction.events import extract_events
from services.worker.extraction.events.assemble import assemble, read_mentions
from services.worker.extraction.events.dating import Timeline
from services.worker.extraction.events.entities import find_entities
from services.worker.extraction.events.text import Document
from services.worker.extraction.events.triggers import find_triggers

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"
#: The sealed test sets: scored by the lead only, never read.
UNSEEN = {f"heldout{n}" for n in (12, 13, 14, 15, 36, 37, 38, 39)}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _overlap(scorer, a: dict, b: dict) -> bool:
    return any(
        x[0] <= y[1] and y[0] <= x[1] for _, x in scorer.dates_of(a) for _, y in scorer.dates_of(b)
    )


def _why(scorer, doc, triggers, mentions, gold: dict, same_type: list[dict], text: str) -> str:
    at = text.find(gold["evidence"])
    if at < 0:
        return "evidence not found"
    end = at + len(gold["evidence"])
    sentences = [s for s in doc.sentences if s.start < end and s.end > at]

    def inside(trig) -> bool:
        return any(s.start <= trig.start < s.end for s in sentences)

    found = [t for t in triggers if inside(t)]
    read = [m for m in mentions if inside(m.trig)]
    if not found:
        return "no trigger"
    if not any(t.rule.type == gold["type"] for t in found + [m.trig for m in read]):
        return "trigger of another type"
    own = [m for m in read if m.trig.rule.type == gold["type"]]
    if not own:
        return "dropped in reading"
    if all(m.dated is None for m in own):
        return "undated"
    if any(_overlap(scorer, gold, e) for e in same_type):
        return "parties differ"
    names = {t for n in scorer.names(gold) for t in scorer.tokens(n)}
    if any(names & {t for n in scorer.names(e) for t in scorer.tokens(n)} for e in same_type):
        return "date differs"
    return "lost in assembly"


def main(name: str, show: bool) -> None:
    if name in UNSEEN:
        raise SystemExit(f"{name} is an unseen test set: score it, do not read its misses")
    sys.path.insert(0, str(SHARED / "tools" / "events-score"))
    import events_score as scorer

    if name == "dev":
        dev = SHARED / "data/events-dev"
        articles, gold = dev / "articles.jsonl", dev / "gold.jsonl"
    else:
        articles, gold = DATA / f"{name}_articles.jsonl", DATA / f"{name}_gold.jsonl"
    golds = {g["id"]: g["events"] for g in _lines(gold)}
    tally: Counter[str] = Counter()
    for article in _lines(articles):
        dct = date.fromisoformat(article["published_at"])
        text = article["text"]
        system = [e.to_dict() for e in extract_events(text, dct, article.get("title"))]
        counting = [g for g in golds[article["id"]] if not g.get("optional")]
        matched = {i for i, _, _ in scorer.align(counting, system)}
        doc = Document(text)
        triggers = find_triggers(doc)
        ents = find_entities(doc)
        timeline = Timeline(doc, dct)
        mentions = read_mentions(doc, ents, timeline, triggers)
        assemble(doc, ents, timeline, mentions, dct)  # dates the mentions it can
        for i, g in enumerate(counting):
            if i in matched:
                continue
            same_type = [e for e in system if e["type"] == g["type"]]
            why = _why(scorer, doc, triggers, mentions, g, same_type, text)
            tally[why] += 1
            if show:
                print(f"{article['id']} {g['type']} {g['date']} {g['participants']} | {why}")
                print(f"    {g['evidence'][:160]}")
    print(name, dict(tally.most_common()))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--show"]
    if len(args) != 1:
        raise SystemExit("usage: python -m tests.extraction.events.diagnose SET [--show]")
    main(args[0], "--show" in sys.argv)
