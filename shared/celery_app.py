"""The Celery application both services share: the API sends tasks by name, the worker runs them.

Task names and their keyword arguments are a wire protocol between the two: add only
keyword arguments with defaults.
"""
from __future__ import annotations

from celery import Celery

from .config import Settings

#: Extract the events of one stored article and merge them into the timeline.
PROCESS_ARTICLE = "eventline.process_article"
#: Re-enqueue articles left pending (broker down when they were posted, worker lost).
SWEEP_PENDING = "eventline.sweep_pending"


def make_celery(settings: Settings) -> Celery:
    """A Celery app configured from `settings` (no tasks registered: the worker adds them)."""
    app = Celery("eventline", broker=settings.redis_url, backend=None)
    app.conf.update(
        task_default_queue=settings.queue,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        # Publishing must not hang the API when the broker is down: the sweep re-sends later.
        broker_transport_options={"visibility_timeout": 3600, "socket_timeout": 5,
                                  "socket_connect_timeout": 5, "max_retries": 1},
        task_publish_retry=False,
        timezone="UTC",
        beat_schedule={
            "sweep-pending": {"task": SWEEP_PENDING, "schedule": settings.sweep_interval},
        },
    )
    app.conf.eventline_settings = settings
    return app
