"""The OpenAPI document: served, complete, and the copy in the repository current."""
from __future__ import annotations

import json

from services.api import openapi


def test_the_repository_copy_is_current():
    assert openapi.DOCUMENT.read_text(encoding="utf-8") == openapi.render(), (
        "services/api/openapi.json is out of date: run python -m services.api.openapi"
    )


def test_the_served_document_is_the_repository_copy(client):
    served = client.get("/openapi.json")
    assert served.status_code == 200
    assert served.json == json.loads(openapi.DOCUMENT.read_text(encoding="utf-8"))


def test_every_endpoint_is_documented(client):
    spec = client.get("/openapi.json").json
    assert spec["openapi"].startswith("3.")
    methods = {path: sorted(set(ops) - {"parameters"}) for path, ops in spec["paths"].items()}
    assert methods == {
        "/articles": ["post"],
        "/articles/{article_id}": ["get"],
        "/events": ["get"],
        "/events/{event_id}": ["get"],
        "/calendar.ics": ["get"],
        "/healthz": ["get"],
        "/readyz": ["get"],
    }
    post = spec["paths"]["/articles"]["post"]
    assert post["security"] == [{"bearerAuth": []}]
    assert {"200", "202", "401", "413", "415", "422"} <= set(post["responses"])
    params = {p["name"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert params == {"from", "to", "type", "status", "participant", "location", "q",
                      "cursor", "limit"}


def test_the_docs_page_is_served(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert b"/openapi.json" in page.data
