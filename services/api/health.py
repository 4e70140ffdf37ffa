"""Liveness and readiness probes for orchestrators and load balancers."""
from __future__ import annotations

import logging

import redis
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from .context import services

blp = Blueprint("health", __name__, description="Probes.")
log = logging.getLogger(__name__)

#: Seconds a readiness probe waits on each dependency; probes must answer fast.
PROBE_TIMEOUT = 2.0


class HealthSchema(Schema):
    """A probe's answer: overall status and each dependency's."""
    status = fields.String(metadata={"description": "ok, or unavailable"})
    checks = fields.Dict(
        keys=fields.String(), values=fields.String(),
        metadata={"description": "Each dependency: ok, or what is wrong"},
    )


@blp.route("/healthz")
class Health(MethodView):
    """The liveness probe."""
    @blp.response(200, HealthSchema)
    def get(self):
        """The process is alive (checks nothing else, so a sick database never restarts it)."""
        return {"status": "ok", "checks": {}}


@blp.route("/readyz")
class Ready(MethodView):
    """The readiness probe."""
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=HealthSchema, description="A dependency is not reachable.")
    def get(self):
        """The store answers and is migrated, and the broker answers."""
        checks = {"database": check_database(), "broker": check_broker()}
        ready = all(result == "ok" for result in checks.values())
        body = {"status": "ok" if ready else "unavailable", "checks": checks}
        return body, (200 if ready else 503)


def check_database() -> str:
    """'ok' if the store answers and its schema is at the migrations' head."""
    svc = services()
    try:
        with svc.database.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            try:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except DBAPIError:  # no version table: never migrated
                current = None
    except Exception as exc:  # any failure means not ready; the reason goes to the probe's body
        log.warning("readiness: database: %s", exc)
        return f"unreachable: {type(exc).__name__}"
    head = svc.database_head
    return "ok" if current == head else f"not migrated: at {current}, needs {head}"


def check_broker() -> str:
    """'ok' if the Redis broker answers PING."""
    client = redis.Redis.from_url(
        services().settings.redis_url,
        socket_timeout=PROBE_TIMEOUT, socket_connect_timeout=PROBE_TIMEOUT,
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        log.warning("readiness: broker: %s", exc)
        return f"unreachable: {type(exc).__name__}"
    finally:
        client.close()
    return "ok"
