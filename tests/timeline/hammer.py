"""A worker process for the concurrency tests: applies articles' events in its own transactions.

Lives outside the test module so that spawned processes can import it.
"""

from __future__ import annotations

import random
import traceback

from services.worker.extraction.model import event_from_dict


def run(url: str, jobs: list[tuple[int, list[dict]]], seed: int | None, barrier, errors) -> None:
    """Wait for every worker at `barrier`, then apply each job (article id, events) in a
    shuffled order (as given if `seed` is None), one transaction each, as the Celery task
    does; report failures."""
    from shared.config import Settings
    from shared.db import Database
    from shared.models import Article
    from shared.places import gazetteer
    from shared.timeline import apply_extraction

    database = Database(Settings(database_url=url))
    jobs = list(jobs)
    if seed is not None:
        random.Random(seed).shuffle(jobs)
    try:
        gazetteer()  # loaded before the start, as a worker loads it once: the race is the merge
        barrier.wait(timeout=60)
        for article_id, events in jobs:
            with database.session() as session:
                article = session.get(Article, article_id)
                apply_extraction(session, article, [event_from_dict(e) for e in events], "hammer+1")
    except BaseException:  # noqa: BLE001 - every failure goes back to the test
        errors.put(traceback.format_exc())
    finally:
        database.dispose()
