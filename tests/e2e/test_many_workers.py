"""Production's shape: several worker processes on PostgreSQL merging articles at the same
moment lose nothing, duplicate nothing and split no event that one process would merge.

(The exact timeline also depends on the order articles arrive in, so it is compared on what
must not depend on it: every report kept once, and no more copies of an event.)"""
from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
from sqlalchemy import func, select

from services.worker import tasks
from services.worker.extraction import extract, extractor_version
from shared.config import Settings
from shared.db import Database
from shared.models import Article, Mention
from shared.models import Event as EventRow

from .harness import start_worker, wait_for
from .test_worker_loss import ON_POSTGRES, ingest, post_to_queue

pytestmark = pytest.mark.slow


def reports(database: Database) -> list[tuple[str, int]]:
    """Every stored report, as (article title, position in the article)."""
    with database.session() as session:
        return sorted(session.execute(select(Article.title, Mention.ordinal).join(Mention)).all())


def copies(database: Database) -> int:
    """Events beyond the first with the same type, date and participants: split merges."""
    with database.session() as session:
        keys = [
            (e.type, e.date_value, tuple(sorted(p.name for p in e.participants)))
            for e in session.scalars(select(EventRow))
        ]
        orphans = session.scalar(
            select(func.count()).select_from(EventRow).where(~EventRow.mentions.any())
        )
    assert orphans == 0
    return len(keys) - len(set(keys))


@ON_POSTGRES
def test_concurrent_workers_build_the_timeline_one_worker_builds(
    e2e_settings, store, shared_dir, tmp_path
):
    with open(shared_dir / "data" / "events-dev" / "articles.jsonl") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]

    reference = Database(Settings(database_url=f"sqlite:///{tmp_path / 'one-by-one.db'}"))
    reference.upgrade()
    version = extractor_version()
    for article in articles:
        tasks.process_article(reference, ingest(reference, article), extract=extract,
                              version=version)
    expected_reports, expected_copies = reports(reference), copies(reference)
    reference.dispose()
    assert expected_reports

    with ExitStack() as workers:
        for n in range(2):
            workers.enter_context(start_worker(e2e_settings, tmp_path / f"worker{n}.log",
                                               concurrency=2, node=f"w{n}"))
        ids = [post_to_queue(e2e_settings, store, article) for article in articles]

        def all_done():
            with store.session() as session:
                done = session.scalars(select(Article.status).where(Article.id.in_(ids)))
                return all(status == "done" for status in done)

        wait_for(all_done, 180, "every article to be processed")
    assert reports(store) == expected_reports
    assert copies(store) <= expected_copies
