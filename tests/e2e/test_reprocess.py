"""`eventline reprocess`: after an extractor change, the timeline converges, through the
queue and a real worker, to what the current extractor finds."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from services.worker.extraction import extract, extractor_version
from shared.models import Article, Mention
from shared.models import Event as EventRow
from shared.timeline import apply_extraction

from .harness import EVENTLINE, settings_env, wait_for
from .test_worker_loss import post_to_queue

pytestmark = pytest.mark.slow
OLD = "0.0.1+older"


def timeline(database) -> tuple[list[tuple], dict[tuple, int]]:
    """The timeline's content (every event with its sources, ids aside) and event ids by it."""
    with database.session() as session:
        content, ids = [], {}
        for event in session.scalars(select(EventRow)):
            sources = tuple(sorted(
                (m.article_id, m.ordinal) for m in session.scalars(
                    select(Mention).where(Mention.event_id == event.id))
            ))
            key = (event.type, event.status, event.date_value, event.date_start, event.date_end,
                   event.title, event.location,
                   tuple(sorted(p.name for p in event.participants)), sources)
            content.append(key)
            ids[key] = event.id
        return sorted(content, key=repr), ids


def settled(database, ids, version) -> bool:
    with database.session() as session:
        return all(
            (a.status, a.extractor_version) == ("done", version)
            for a in session.scalars(select(Article).where(Article.id.in_(ids)))
        )


def reprocess(settings, *args) -> str:
    env = {**os.environ, **settings_env(settings)}
    result = subprocess.run(EVENTLINE + ["reprocess", *args], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_reprocess_converges_the_timeline_to_the_current_extractor(
    e2e_settings, store, worker, shared_dir
):
    with open(shared_dir / "data" / "events-dev" / "articles.jsonl") as lines:
        articles = [json.loads(line) for line, _ in zip(lines, range(4), strict=False)]
    ids = [post_to_queue(e2e_settings, store, article) for article in articles]
    current = extractor_version()
    wait_for(lambda: settled(store, ids, current), 120, "the articles to be processed")
    fresh, _ = timeline(store)
    assert fresh, "nothing extracted: nothing to converge to"

    # What an older extractor left: the seed article's call a week early, its visit missed.
    seed = articles[0]
    found = extract(seed["text"], date.fromisoformat(seed["published_at"]), title=seed["title"])
    misdated = [
        dataclasses.replace(e, date=dataclasses.replace(
            e.date, value="2022-12-23", start=date(2022, 12, 23), end=date(2022, 12, 23)))
        for e in found if e.type == "call"
    ]
    with store.session() as session:
        article = session.get(Article, ids[0])
        apply_extraction(session, article, misdated, OLD)
        article.extractor_version = OLD
        article.processed_at = datetime.now(UTC)
    assert timeline(store)[0] != fresh

    assert "1 articles to re-run" in reprocess(e2e_settings, "--dry-run")
    assert "queued 1 articles" in reprocess(e2e_settings)
    wait_for(lambda: settled(store, ids, current), 60, "the re-run")
    converged, converged_ids = timeline(store)
    assert converged == fresh

    # Everything again: nothing changes, not even an id.
    assert f"queued {len(ids)} articles" in reprocess(e2e_settings, "--all")
    wait_for(lambda: settled(store, ids, current), 60, "the re-run of every article")
    again, again_ids = timeline(store)
    assert again == fresh and again_ids == converged_ids

    assert "0 articles to re-run" in reprocess(e2e_settings)
