"""Probes: /healthz always answers; /readyz says whether the store and the broker do."""
from __future__ import annotations

from services.api import create_app
from shared.config import Settings


def test_healthz_answers_without_dependencies(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/absent/x.db",
                              redis_url="redis://127.0.0.1:1/0"))
    response = app.test_client().get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_readyz_is_ok_when_store_and_broker_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "checks": {"database": "ok", "broker": "ok"}}


def test_readyz_is_503_when_the_broker_is_down(database, settings):
    app = create_app(Settings(**{**settings.__dict__, "redis_url": "redis://127.0.0.1:1/0"}))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"] == "ok"
    assert response.json["checks"]["broker"].startswith("unreachable")
    app.extensions["eventline"].database.dispose()


def test_readyz_is_503_when_the_store_is_not_migrated(settings):
    app = create_app(settings)  # the `database` fixture is not used: nothing migrated
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"].startswith("not migrated")
    app.extensions["eventline"].database.dispose()


def test_readyz_is_503_when_the_store_is_unreachable():
    app = create_app(Settings(database_url="postgresql+psycopg://nobody@127.0.0.1:1/none"))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"].startswith("unreachable")
