"""The API over a timeline the real extraction core built from the dev articles."""
from __future__ import annotations

import json

import icalendar
import pytest

from services.worker.extraction import extract, extractor_version
from shared import models
from shared.timeline import apply_extraction

from .conftest import TOKEN_HEADERS
from .test_feeds import ical_check


@pytest.fixture
def extracted(client, database, shared_dir):
    """Every dev article POSTed through the API, then processed as the worker would."""
    path = shared_dir / "data" / "events-dev" / "articles.jsonl"
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        body = {"title": article["title"] or article["id"], "text": article["text"],
                "url": f"https://dev.example/{article['id']}",
                "published_at": article["published_at"]}
        response = client.post("/articles", json=body, headers=TOKEN_HEADERS)
        assert response.status_code == 202, response.json
        ids.append(response.json["id"])
    for article_id in ids:
        with database.session() as session:
            article = session.get(models.Article, article_id)
            events = extract(article.text, article.anchor_date, title=article.title)
            apply_extraction(session, article, events, extractor_version())
            article.status = "done"
    return ids


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_feed_of_real_extracted_events_passes_ical_check(client, extracted, shared_dir,
                                                           tmp_path):
    body = client.get("/calendar.ics").data
    count = len(list(icalendar.Calendar.from_ical(body).walk("VEVENT")))
    assert count > 20
    path = tmp_path / "dev.ics"
    path.write_bytes(body)
    result = ical_check(shared_dir, str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"ical-check: {count} events, 0 problems"


def test_pages_of_real_events_match_the_feed(client, extracted):
    url, seen = "/events?limit=7", []
    while url:
        page = client.get(url).json
        seen += [e["uid"] for e in page["events"]]
        url = page["next"] and page["next"].removeprefix("http://localhost")
    calendar = icalendar.Calendar.from_ical(client.get("/calendar.ics").data)
    assert seen == [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert len(seen) == len(set(seen))
    article = client.get(f"/articles/{extracted[0]}").json
    assert article["events"] and all(e["evidence"]["text"] for e in article["events"])
