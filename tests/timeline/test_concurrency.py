"""Several worker processes merging at the same moment build the timeline a single one builds.

PostgreSQL (advisory and row locks) and SQLite (BEGIN IMMEDIATE) alike: every process applies
every article, in its own shuffled order, so the same article is also applied concurrently
(a duplicate delivery) and reports of one event race to create it.
"""

from __future__ import annotations

import multiprocessing
import queue

from sqlalchemy import func, select

from services.worker.extraction.model import Participant
from shared.models import Event, EventRevision, Mention

from . import hammer
from .conftest import PUTIN, XI, event, span
from .corpus import all_stories, canonical, store_articles, wipe_timeline

WORKERS = 4
CALL = span("2022-12-30", "2022-12-30")
WEEK = span("2022-W52", "2022-12-26", "2023-01-01", "week")
SPRING = span("2023-SP", "2023-03-01", "2023-05-31", "season")
MARCH = span("2023-03-20/2023-03-22", "2023-03-20", "2023-03-22")


def story() -> list[tuple[str, list]]:
    """(publication day, events) of nine articles about one call and one visit; one of them
    knows the Chinese President only as "Xi", so name matching races too."""
    call, xi_call = (
        event("call", CALL, PUTIN, XI, evidence="Putin and Xi held a video call"),
        event("call", CALL, XI, evidence="Xi spoke by video link"),
    )
    lone_xi = Participant("Xi", "person")
    planned = event("visit", SPRING, XI, status="planned", location="Moscow")
    dated = event("visit", MARCH, XI, status="planned", location="Moscow")
    held = event("visit", MARCH, XI, status="occurred", location="Moscow")
    return [
        ("2022-12-30", [call]),
        ("2022-12-31", [xi_call]),
        ("2023-01-02", [event("call", WEEK, PUTIN, XI), planned]),
        ("2023-01-03", [call, planned]),
        ("2023-01-04", [xi_call]),
        ("2023-02-20", [dated]),
        ("2023-03-10", [dated, event("call", CALL, PUTIN, XI)]),
        ("2023-03-22", [held]),
        ("2023-03-23", [event("visit", MARCH, lone_xi, status="occurred", location="Moscow")]),
    ]


def hammer_story(database, add_article) -> list[int]:
    articles = [(add_article(day), [e.to_dict() for e in evs]) for day, evs in story()]
    hammer_jobs(database, articles)
    return [a for a, _ in articles]


def hammer_jobs(database, articles: list[tuple[int, list[dict]]]) -> None:
    """WORKERS processes apply every article at once, each in an order of its own."""
    run_workers(database, [(articles, seed) for seed in range(WORKERS)])


def run_workers(database, work: list[tuple[list[tuple[int, list[dict]]], int | None]]) -> None:
    """One process per (jobs, seed) of `work`, all starting at once; fail on any failure."""
    ctx = multiprocessing.get_context("spawn")
    barrier, errors = ctx.Barrier(len(work)), ctx.Queue()
    procs = [
        ctx.Process(target=hammer.run, args=(database.url, jobs, seed, barrier, errors))
        for jobs, seed in work
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    failures = []
    while True:
        try:
            failures.append(errors.get(timeout=1))
        except queue.Empty:
            break
    assert not failures, "\n".join(failures)
    assert [p.exitcode for p in procs] == [0] * len(work)


def test_workers_merging_one_story_at_once_give_one_event_per_real_event(database, add_article):
    articles = hammer_story(database, add_article)
    with database.session() as s:
        rows = s.scalars(select(Event).order_by(Event.type)).all()
        assert [(e.type, e.status, e.date_value, e.location) for e in rows] == [
            ("call", "occurred", "2022-12-30", None),
            ("visit", "occurred", "2023-03-20/2023-03-22", "Moscow"),
        ]
        call, visit = rows
        reporting = [{e.type for e in evs} for _, evs in story()]
        assert sorted(m.article_id for m in call.mentions) == [
            a for a, types in zip(articles, reporting, strict=True) if "call" in types
        ]
        assert sorted(m.article_id for m in visit.mentions) == [
            a for a, types in zip(articles, reporting, strict=True) if "visit" in types
        ]
        assert s.scalar(select(func.count()).select_from(Mention)) == 12
        # Every revision number from 0 up is there once: no update was lost or doubled.
        for e in rows:
            sequences = s.scalars(
                select(EventRevision.sequence)
                .where(EventRevision.event_id == e.id)
                .order_by(EventRevision.sequence)
            ).all()
            assert sequences == list(range(e.sequence + 1))


def test_workers_merging_the_dev_articles_at_once_build_what_one_worker_builds(
    database, apply, shared_dir
):
    stories = all_stories(shared_dir)
    ids = store_articles(database, stories)
    for label, _, events in stories:
        apply(ids[label], events)
    sequential = canonical(database)
    wipe_timeline(database)

    hammer_jobs(database, [(ids[label], [e.to_dict() for e in evs]) for label, _, evs in stories])
    assert canonical(database) == sequential


def test_workers_adding_to_one_event_at_once_lose_no_update(database, add_article, apply):
    """Each worker adds another delegate's report to the same meetings at the same moment:
    their names share no lock, only the events do. The report published last says the
    meeting was held: it must have the last word whichever worker commits last."""
    stories, work = 12, [[] for _ in range(WORKERS)]
    february = span("2023-02", "2023-02-01", "2023-02-28", "month")
    for s in range(stories):
        # Every word of every name its own, so that no two workers share a name lock.
        people = [Participant(f"Envoy{s}x{w} Delegate{s}x{w}", "person") for w in range(WORKERS)]
        day = span(f"2023-02-{s + 1:02d}", f"2023-02-{s + 1:02d}")
        apply(add_article("2023-01-01"), [event("meeting", february, *people, status="planned")])
        for w, person in enumerate(people):
            status = "occurred" if w == WORKERS - 1 else "planned"
            published = f"2023-02-{s + 1 + w:02d}"  # the held report last
            report = event("meeting", day, person, status=status)
            work[w].append((add_article(published), [report.to_dict()]))
    run_workers(database, [(jobs, None) for jobs in work])
    with database.session() as s:
        rows = s.scalars(select(Event).order_by(Event.date_start)).all()
        assert [(e.status, e.precision, len(e.mentions)) for e in rows] == [
            ("occurred", "day", WORKERS + 1)
        ] * stories
