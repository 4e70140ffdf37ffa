"""The HTTP API: articles in; the timeline out as JSON and iCalendar. `create_app` builds it."""
from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from flask import Flask
from flask_smorest import Api

from shared.celery_app import make_celery
from shared.config import Settings
from shared.db import Database, alembic_config

from . import articles, docs_assets, events, feeds, health
from .context import EXTENSION, Services

log = logging.getLogger(__name__)

DESCRIPTION = """\
Eventline turns news articles into a dated timeline of calls, meetings, visits and summits.

POST an article (bearer token); a worker extracts its events in the background and merges
them into the timeline, one event per real-world event. Read the timeline as JSON
(`GET /events`) or subscribe to it as an iCalendar feed (`GET /calendar.ics`), with the
same filters on both.
"""


def api_version() -> str:
    """The installed eventline package's version, "0" when it is not installed."""
    try:
        return version("eventline")
    except PackageNotFoundError:
        return "0"


def openapi_config() -> dict:
    """The flask-smorest settings that shape the OpenAPI document and its docs page."""
    return {
        "API_TITLE": "Eventline",
        "API_VERSION": api_version(),
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        "OPENAPI_SWAGGER_UI_URL": docs_assets.ASSETS_URL,
        "API_SPEC_OPTIONS": {
            "info": {"description": DESCRIPTION},
            "components": {
                "securitySchemes": {
                    "bearerAuth": {"type": "http", "scheme": "bearer",
                                   "description": "One of EVENTLINE_API_TOKENS."},
                },
            },
        },
    }


def create_app(settings: Settings | None = None) -> Flask:
    """The API as a Flask app, on `settings` (default: read from the environment)."""
    settings = settings or Settings.from_env()
    app = Flask(__name__, static_folder=None)
    app.config.update(openapi_config())
    # Werkzeug refuses a larger body with 413 from Content-Length, before reading it.
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.ensure_ascii = False
    if not settings.api_tokens:
        log.warning("EVENTLINE_API_TOKENS is empty: POST /articles will refuse every request")
    app.extensions[EXTENSION] = Services(
        settings=settings,
        database=Database(settings),
        celery=make_celery(settings),
        database_head=_migrations_head(settings),
    )
    api = Api(app)
    for module in (articles, events, feeds, health):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs_assets.blp)  # plain Flask: not part of the API's document
    return app


def _migrations_head(settings: Settings) -> str:
    """The newest migration's revision: the schema this code expects the store to have."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(settings.database_url)).get_current_head()
