"""Nothing accepted is lost: a worker killed in the middle of a task, a broker that is down
when the article is posted, a database that is away when the task runs."""
from __future__ import annotations

import json
import os
import signal
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from services.launcher import free_port
from services.worker.app import create_worker_app, send_article
from services.worker.extraction import extract, extractor_version
from shared import store
from shared.db import Database
from shared.models import Article, Mention
from shared.models import Event as EventRow

from .harness import start_api, start_worker, wait_for

pytestmark = pytest.mark.slow
ON_POSTGRES = pytest.mark.parametrize(
    "database_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


@pytest.fixture(scope="module")
def seed(shared_dir) -> dict:
    with open(shared_dir / "data" / "events-dev" / "articles.jsonl") as lines:
        return json.loads(next(lines))


def ingest(database: Database, article: dict) -> int:
    """Store an article as POST /articles does; its id."""
    new = store.NewArticle(
        title=article["title"], text=article["text"],
        published_at=datetime.fromisoformat(article["published_at"]).replace(tzinfo=UTC),
    )
    with database.session() as session:
        stored, _created = store.ingest_article(session, new, datetime.now(UTC))
        return stored.id


def post_to_queue(settings, database, article: dict) -> int:
    article_id = ingest(database, article)
    app = create_worker_app(settings)
    send_article(app, article_id)
    with database.session() as session:
        store.mark_enqueued(session, article_id, datetime.now(UTC))
    app.close()
    return article_id


def status(database: Database, article_id: int) -> str:
    with database.session() as session:
        return session.get(Article, article_id).status


def assert_processed_once(database: Database, article_id: int, article: dict) -> None:
    """Done, with one mention per event the core finds, each on an event of its own kind."""
    expected = extract(article["text"], datetime.fromisoformat(article["published_at"]).date(),
                       title=article["title"])
    assert expected, "the core finds no event in the article: nothing to check"
    with database.session() as session:
        stored = session.get(Article, article_id)
        assert stored.status == "done"
        assert stored.extractor_version == extractor_version(), "the core changed mid-test"
        mentions = session.scalars(select(Mention).where(Mention.article_id == article_id)).all()
        assert sorted(m.ordinal for m in mentions) == list(range(len(expected)))
        events = session.scalar(select(func.count()).select_from(EventRow))
        assert events == len({m.event_id for m in mentions})  # no event twice, none orphaned


class HeldMerge:
    """Holds every worker's merge mid-transaction: an EXCLUSIVE lock on `mentions` lets a
    worker mark the article processing, extract, and write events, then blocks it at its
    first mention row, inside the transaction that would mark the article done."""

    def __init__(self, url: str):
        self.engine = create_engine(url)
        self.connection = self.engine.connect()
        self.transaction = self.connection.begin()
        self.connection.execute(text("LOCK TABLE mentions IN EXCLUSIVE MODE"))

    def waiting(self) -> bool:
        """Whether a worker is blocked on the lock (that is, in the middle of its merge)."""
        with self.engine.connect() as probe:
            return bool(probe.scalar(text(
                "SELECT count(*) FROM pg_locks WHERE NOT granted "
                "AND relation = 'mentions'::regclass"
            )))

    def others_busy(self) -> int:
        """Sessions on the database, other than ours, in the middle of something."""
        with self.engine.connect() as probe:
            return probe.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND state <> 'idle'"
            ))

    def release(self) -> None:
        self.transaction.rollback()
        self.connection.close()

    def close(self) -> None:
        if self.transaction.is_active:
            self.release()
        self.engine.dispose()


@pytest.fixture
def held_merge(e2e_settings, store):
    held = HeldMerge(e2e_settings.database_url)
    yield held
    held.close()


@ON_POSTGRES
def test_a_worker_killed_mid_task_is_replaced_and_the_article_processed_once(
    e2e_settings, store, held_merge, seed, tmp_path
):
    article_id = post_to_queue(e2e_settings, store, seed)
    with start_worker(e2e_settings, tmp_path / "lost.log") as lost:
        wait_for(held_merge.waiting, 60, "the worker to reach its merge")
        lost.kill(signal.SIGKILL)  # the whole worker: a machine or container lost
        wait_for(lambda: not lost.group_pids(), 10, "the killed worker to be gone")
    held_merge.release()
    # The dead worker's session must not commit anything once its statement gets the lock.
    wait_for(lambda: held_merge.others_busy() == 0, 30, "the dead session to end")
    assert status(store, article_id) == "processing"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Mention)) == 0
        assert session.scalar(select(func.count()).select_from(EventRow)) == 0

    # Its message stays unacknowledged for the broker's visibility timeout (an hour); the
    # sweep of a new worker re-sends the article long before that.
    with start_worker(e2e_settings, tmp_path / "replacement.log", beat=True) as replacement:
        wait_for(lambda: status(store, article_id) == "done", 60,
                 f"the article to be processed:\n{replacement.output()[-3000:]}")
    assert_processed_once(store, article_id, seed)


@ON_POSTGRES
def test_a_pool_process_killed_mid_task_has_its_task_redelivered_at_once(
    e2e_settings, store, held_merge, seed, tmp_path
):
    article_id = post_to_queue(e2e_settings, store, seed)
    with start_worker(e2e_settings, tmp_path / "worker.log") as worker:  # no sweep
        wait_for(held_merge.waiting, 60, "the worker to reach its merge")
        (pool_process,) = worker.group_pids() - {worker.pid}
        os.kill(pool_process, signal.SIGKILL)  # out of memory, say
        worker.wait_for_output("WorkerLostError")
        held_merge.release()
        # Rejected on worker loss, the message goes back to the queue and comes again.
        wait_for(lambda: status(store, article_id) == "done", 60,
                 f"the redelivered task:\n{worker.output()[-3000:]}")
    assert_processed_once(store, article_id, seed)


def test_an_article_posted_while_the_broker_is_down_is_processed_once_it_is_back(
    e2e_settings, store, seed, tmp_path
):
    dead = replace(e2e_settings, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    process, api = start_api(dead, tmp_path / "api.log")
    with process:
        status_code, _headers, body = api.request("GET", "/readyz")
        assert status_code == 503 and json.loads(body)["checks"]["broker"] != "ok"
        accepted = api.post_article({k: seed[k] for k in ("title", "text", "published_at")})
        assert accepted["status"] == "pending"
    article_id = accepted["id"]
    with store.session() as session:
        assert session.get(Article, article_id).enqueued_at is None  # never reached a broker

    with start_worker(e2e_settings, tmp_path / "worker.log", beat=True) as worker:
        wait_for(lambda: status(store, article_id) == "done", 60,
                 f"the sweep to send the article:\n{worker.output()[-3000:]}")
        assert "sweep: re-sent 1 stale articles" in worker.output()
    assert_processed_once(store, article_id, seed)


@ON_POSTGRES
def test_a_task_that_finds_the_database_away_is_retried_until_it_is_back(
    e2e_settings, seed, tmp_path
):
    # A database that does not exist yet: connecting fails as when the server is restarting.
    # It appears ready in one step (built under another name, then renamed), as a restarted
    # server does, so no attempt finds it half made.
    server = make_url(e2e_settings.database_url)
    name = f"eventline_t_late_{uuid.uuid4().hex[:8]}"
    later = replace(e2e_settings, database_url=server.set(database=name).render_as_string(
        hide_password=False))
    building = replace(e2e_settings, database_url=server.set(database=f"{name}_b")
                       .render_as_string(hide_password=False))
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with start_worker(later, tmp_path / "worker.log") as worker:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}_b"'))
            database = Database(building)
            database.upgrade()
            article_id = ingest(database, seed)
            database.dispose()

            app = create_worker_app(later)
            send_article(app, article_id)
            app.close()
            worker.wait_for_output("Retry in")
            with admin.connect() as conn:
                conn.execute(text(f'ALTER DATABASE "{name}_b" RENAME TO "{name}"'))
            database = Database(later)
            wait_for(lambda: status(database, article_id) == "done", 90,
                     f"the retried task:\n{worker.output()[-3000:]}")
            assert_processed_once(database, article_id, seed)
            database.dispose()
    finally:
        with admin.connect() as conn:
            for db in (name, f"{name}_b"):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()
