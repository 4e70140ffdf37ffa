"""Stories told by short articles, read by the extraction core and merged into the timeline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.worker.extraction import extract
from shared.models import Article, Event

VISIT = [
    (
        "2023-01-03",
        "Chinese President Xi Jinping is expected to pay a state visit to Moscow next spring, "
        "the Kremlin said on Tuesday.",
    ),
    ("2023-03-10", "Xi Jinping will visit Moscow on March 20-22, the Kremlin said on Friday."),
    ("2023-03-21", "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit."),
    ("2023-03-22", "Xi Jinping visited Moscow this week."),
]

CALLS = [
    (
        "2022-12-31",
        "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call "
        "on Friday.",
    ),
    (
        "2023-01-03",
        "Vladimir Putin and Xi Jinping spoke by video link on December 30, the Kremlin said.",
    ),
    (
        "2023-01-04",
        "Russian President Vladimir Putin held a video conference with Chinese President "
        "Xi Jinping last Friday.",
    ),
    ("2023-01-03", "Vladimir Putin spoke by phone with Joe Biden on December 30."),
    ("2022-12-16", "Vladimir Putin and Xi Jinping spoke by video link on Thursday."),
]


def process(database, add_article, apply, published: str, text: str) -> list[int]:
    """What the worker does with one article: extract, then merge."""
    article_id = add_article(published, text)
    return apply(article_id, extract(text, date.fromisoformat(published)))


def timeline(database) -> list[Event]:
    with database.session() as s:
        rows = s.scalars(select(Event).order_by(Event.date_start, Event.id)).all()
        for r in rows:
            _ = r.mentions, r.revisions
        return rows


def test_a_visit_announced_dated_begun_and_held_is_one_event_that_moves(
    database, add_article, apply
):
    seen = []
    for published, text in VISIT:
        process(database, add_article, apply, published, text)
        [visit] = timeline(database)
        seen.append((visit.uid, visit.sequence, visit.status, visit.date_value))

    assert len({uid for uid, *_ in seen}) == 1, "the UID never changes"
    assert [rest for _, *rest in seen] == [
        [0, "planned", "2023-SP"],
        [1, "planned", "2023-03-20/2023-03-22"],  # dated: narrowed
        [2, "ongoing", "2023-03-20/2023-03-22"],  # under way: the arrival day is within it
        [3, "occurred", "2023-03-20/2023-03-22"],  # held: "this week" does not widen it
    ]
    [visit] = timeline(database)
    assert visit.title == "Visit: Xi Jinping to Moscow"
    assert [r.snapshot["status"] for r in visit.revisions] == [
        "planned",
        "planned",
        "ongoing",
        "occurred",
    ]
    assert len(visit.mentions) == len(VISIT)


def test_calls_are_one_event_per_real_call(database, add_article, apply):
    for published, text in CALLS:
        process(database, add_article, apply, published, text)
    calls = [(e.date_value, e.title, len(e.mentions)) for e in timeline(database)]
    assert calls == [
        ("2022-12-15", "Call: Vladimir Putin – Xi Jinping", 1),
        ("2022-12-30", "Call: Vladimir Putin – Xi Jinping", 3),
        ("2022-12-30", "Call: Joe Biden – Vladimir Putin", 1),
    ]


def test_reprocessing_the_story_with_the_same_extractor_changes_nothing(
    database, add_article, apply
):
    for published, text in VISIT + CALLS:
        process(database, add_article, apply, published, text)
    before = [(e.id, e.uid, e.sequence, e.updated_at, e.title) for e in timeline(database)]
    with database.session() as s:
        articles = s.execute(select(Article.id, Article.text, Article.anchor_date)).all()
    for article_id, text, anchor in articles:
        apply(article_id, extract(text, anchor))
    assert [(e.id, e.uid, e.sequence, e.updated_at, e.title) for e in timeline(database)] == before
