"""`eventline reprocess` sends, through the real broker, what another extractor read."""
from __future__ import annotations

from dataclasses import replace

import redis
from click.testing import CliRunner
from e2e.harness import queued_article_ids, settings_env

from services.cli import main
from services.launcher import free_port
from services.worker.extraction import extractor_version
from shared.models import Article


def run(settings, *args):
    return CliRunner().invoke(main, ["reprocess", *args], env=settings_env(settings))


def statuses(database, ids):
    with database.session() as session:
        return [session.get(Article, i).status for i in ids]


def test_reprocess_queues_what_another_extractor_read(clean_queue, database, make_article,
                                                      redis_url):
    settings = clean_queue
    old = make_article(status="done", version="0.0.1+old")
    current = make_article(status="done", version=extractor_version())
    failed = make_article(status="failed")

    dry = run(settings, "--dry-run")
    assert dry.exit_code == 0 and "2 articles to re-run" in dry.output
    assert statuses(database, [old, current, failed]) == ["done", "done", "failed"]

    result = run(settings)
    assert result.exit_code == 0, result.output
    assert statuses(database, [old, current, failed]) == ["pending", "done", "pending"]
    client = redis.Redis.from_url(redis_url)
    assert sorted(queued_article_ids(client, settings.queue)) == [old, failed]

    everything = run(settings, "--all")
    assert everything.exit_code == 0 and "queued 1 articles" in everything.output  # the done one
    assert sorted(queued_article_ids(client, settings.queue)) == [old, current, failed]
    client.close()


def test_reprocess_with_the_broker_down_says_so_and_leaves_work_to_the_sweep(
    settings, database, make_article
):
    article_id = make_article(status="done", version="0.0.1+old")
    dead = replace(settings, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    result = run(dead)
    assert result.exit_code == 1
    assert "the broker failed after 0 of 1 articles" in result.output
    assert statuses(database, [article_id]) == ["pending"]  # the sweep sends it later
