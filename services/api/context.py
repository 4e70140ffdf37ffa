"""What the views need from the app: settings, the store and the broker, built by create_app."""
from __future__ import annotations

from dataclasses import dataclass, field

from celery import Celery
from flask import current_app

from shared.config import Settings
from shared.db import Database

from .render_cache import RenderCache

EXTENSION = "eventline"


@dataclass(frozen=True)
class Services:
    """The app's settings, store and Celery app (used to send tasks by name only)."""

    settings: Settings
    database: Database
    celery: Celery
    database_head: str  # the migration the code expects the store to be at
    feeds: RenderCache = field(default_factory=RenderCache)  # rendered calendars by ETag


def services() -> Services:
    """The services of the app handling the current request."""
    return current_app.extensions[EXTENSION]
