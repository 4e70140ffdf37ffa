"""`process_article`: pending -> processing -> done in steps that survive a crash between
them, idempotent, failures recorded, the timeline following the extractor's version."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from services.worker import tasks
from services.worker.app import create_worker_app
from services.worker.extraction.model import Event, EventDate, Evidence, Participant
from shared.celery_app import PROCESS_ARTICLE
from shared.models import Article, Mention
from shared.models import Event as EventRow

XI = Participant("Xi Jinping", "person", ("Xi",))
PUTIN = Participant("Vladimir Putin", "person", ("Putin",))
CALL = Event("call", "occurred", EventDate("2022-12-30", date(2022, 12, 30), date(2022, 12, 30),
                                           "day"),
             (PUTIN, XI), None, "Call: Vladimir Putin – Xi Jinping",
             (Evidence("held a video call last Friday", 60, 90),))
VISIT = Event("visit", "planned", EventDate("2023-SP", date(2023, 3, 1), date(2023, 5, 31),
                                            "season"),
              (XI,), None, "Visit: Xi Jinping", (Evidence("will visit Moscow in spring", 0, 27),))


def core_finding(*events: Event):
    """An extraction core written for the test: finds `events` in any text."""
    seen = []

    def extract(text, published_at, *, title=None):
        seen.append((text, published_at, title))
        return list(events)

    extract.seen = seen
    return extract


def state(database, article_id):
    with database.session() as session:
        article = session.get(Article, article_id)
        mentions = session.scalars(
            select(Mention.event_id).where(Mention.article_id == article_id).order_by(Mention.id)
        ).all()
        events = session.scalar(select(func.count()).select_from(EventRow))
        return {
            "status": article.status, "error": article.error, "attempts": article.attempts,
            "version": article.extractor_version, "processed": article.processed_at is not None,
            "mentions": list(mentions), "events": events,
        }


def test_an_article_is_extracted_merged_and_marked_done(database, make_article):
    article_id = make_article(anchor_date=date(2023, 1, 3))
    core = core_finding(CALL, VISIT)
    assert tasks.process_article(database, article_id, extract=core, version="v1") == "done"
    after = state(database, article_id)
    assert (after["status"], after["version"], after["attempts"], after["error"]) == (
        "done", "v1", 1, None,
    )
    assert after["processed"] and len(after["mentions"]) == 2 and after["events"] == 2
    (text, anchor, title), = core.seen
    assert anchor == date(2023, 1, 3) and title.startswith("Article") and "Putin" in text


def test_twice_is_once(database, make_article):
    article_id = make_article()
    core = core_finding(CALL, VISIT)
    tasks.process_article(database, article_id, extract=core, version="v1")
    once = state(database, article_id)

    # A duplicate delivery of a finished article does nothing at all.
    assert tasks.process_article(database, article_id, extract=core, version="v1") == "skipped"
    assert state(database, article_id) == once and len(core.seen) == 1

    # A redelivery after a crash (article left processing) runs again to the same store.
    with database.session() as session:
        session.get(Article, article_id).status = "processing"
    assert tasks.process_article(database, article_id, extract=core, version="v1") == "done"
    again = state(database, article_id)
    assert again["mentions"] == once["mentions"] and again["events"] == once["events"]


def test_a_new_extractor_version_replaces_what_the_old_one_found(database, make_article):
    article_id = make_article()
    tasks.process_article(database, article_id, extract=core_finding(CALL, VISIT), version="v1")
    first = state(database, article_id)
    tasks.requeue(database, [article_id])
    assert tasks.process_article(database, article_id, extract=core_finding(CALL),
                                 version="v2") == "done"
    second = state(database, article_id)
    assert second["version"] == "v2" and second["events"] == 1
    assert second["mentions"] == first["mentions"][:1]  # the call kept its event


def test_a_deleted_article_is_not_an_error(database):
    assert tasks.process_article(database, 12345, extract=core_finding(), version="v1") == "missing"


def test_a_failure_is_recorded_and_a_later_success_clears_it(database, make_article):
    article_id = make_article()

    def broken(text, published_at, *, title=None):
        raise ValueError("no\nsuch   thing")

    with pytest.raises(ValueError):
        tasks.process_article(database, article_id, extract=broken, version="v1")
    assert state(database, article_id)["status"] == "processing"  # as a crash would leave it
    tasks.record_failure(database, article_id, ValueError("no\nsuch   thing"))
    failed = state(database, article_id)
    assert (failed["status"], failed["error"]) == ("failed", "ValueError: no such thing")

    tasks.requeue(database, [article_id])
    tasks.process_article(database, article_id, extract=core_finding(CALL), version="v1")
    assert state(database, article_id)["error"] is None


def test_a_failure_never_overwrites_a_success(database, make_article):
    article_id = make_article()
    tasks.process_article(database, article_id, extract=core_finding(CALL), version="v1")
    tasks.record_failure(database, article_id, "OperationalError: late news of an old attempt")
    assert state(database, article_id)["status"] == "done"


def test_an_article_that_never_finishes_is_given_up(database, make_article):
    article_id = make_article(status="processing", attempts=tasks.MAX_ATTEMPTS)
    core = core_finding(CALL)
    assert tasks.process_article(database, article_id, extract=core, version="v1") == "gave-up"
    after = state(database, article_id)
    assert after["status"] == "failed" and "gave up" in after["error"] and core.seen == []


def test_the_celery_task_records_what_killed_it(settings, database, make_article):
    """Celery calls on_failure once retries are exhausted or the error is not transient."""
    app = create_worker_app(settings)
    article_id = make_article(status="processing")
    task = app.tasks[PROCESS_ARTICLE]
    task.on_failure(RuntimeError("boom"), "task-id", (), {"article_id": article_id}, None)
    assert state(database, article_id)["error"] == "RuntimeError: boom"
    assert task.acks_late and task.reject_on_worker_lost
    assert set(task.autoretry_for) == set(tasks.TRANSIENT_ERRORS)


def test_the_worker_loads_the_core_before_it_forks():
    from services.worker.app import load_core
    from services.worker.extraction import extractor_version

    assert load_core() == extractor_version()
