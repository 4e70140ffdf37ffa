"""Sending an article to the extraction queue without letting a sick broker hang the API."""
from __future__ import annotations

import logging
import threading

from celery import Celery

from shared.celery_app import PROCESS_ARTICLE

log = logging.getLogger(__name__)

#: Longest a POST waits for the broker. The article is already committed, and the sweep
#: re-sends what never arrived, so giving up early loses nothing.
PUBLISH_TIMEOUT = 3.0


def publish_article(
    celery: Celery, queue: str, article_id: int, timeout: float = PUBLISH_TIMEOUT
) -> bool:
    """Send PROCESS_ARTICLE for `article_id` by name; True if the broker took it in `timeout`."""
    outcome: dict[str, BaseException | None] = {}

    def send() -> None:
        """Send the task, recording in `outcome` the error, or None once the broker took it."""
        try:
            celery.send_task(
                PROCESS_ARTICLE, kwargs={"article_id": article_id}, queue=queue, retry=False
            )
            outcome["error"] = None
        except Exception as exc:  # any failure to publish leaves the article to the sweep
            outcome["error"] = exc

    # A thread, because a broker that accepts connections and never answers blocks inside
    # the client library where no timeout of ours reaches; a late send is harmless (the
    # task is idempotent).
    sender = threading.Thread(target=send, name=f"publish-article-{article_id}", daemon=True)
    sender.start()
    sender.join(timeout)
    if "error" not in outcome:
        log.warning("broker silent for %.1fs; article %s left to the sweep", timeout, article_id)
        return False
    if outcome["error"] is not None:
        log.warning("article %s left to the sweep: %s", article_id, outcome["error"])
        return False
    return True
