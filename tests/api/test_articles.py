"""POST /articles and GET /articles/{id}: validation, idempotency, enqueueing, a sick broker."""
from __future__ import annotations

import base64
import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from sqlalchemy import func, select

from services.api import create_app
from shared import models
from shared.celery_app import PROCESS_ARTICLE
from shared.config import Settings

from .conftest import TOKEN_HEADERS

ARTICLE = {
    "title": "Putin, Xi discuss ties",
    "text": "Russian President Vladimir Putin and Chinese President Xi Jinping talked on Friday.",
    "url": "https://news.example/world/putin-xi?utm_source=feed",
    "source": "Test Wire",
    "published_at": "2023-01-03T09:30:00+03:00",
}


def post(client, body, headers=TOKEN_HEADERS, **kwargs):
    return client.post("/articles", json=body, headers=headers, **kwargs)


def count_articles(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(models.Article))


def queued_tasks(settings) -> list[dict]:
    """The task messages waiting in the test's queue: (task name, kwargs)."""
    client = redis.Redis.from_url(settings.redis_url)
    messages = [json.loads(raw) for raw in client.lrange(settings.queue, 0, -1)]
    client.close()
    return [
        {"task": m["headers"]["task"], "kwargs": json.loads(base64.b64decode(m["body"]))[1]}
        for m in messages
    ]


def test_post_stores_queues_and_answers_202(client, database, settings):
    response = post(client, ARTICLE)
    assert response.status_code == 202
    body = response.json
    assert body["status"] == "pending"
    assert response.headers["Location"] == f"http://localhost/articles/{body['id']}"
    expected = {"task": PROCESS_ARTICLE, "kwargs": {"article_id": body["id"]}}
    assert queued_tasks(settings) == [expected]
    with database.session() as session:
        article = session.get(models.Article, body["id"])
        assert article.enqueued_at is not None
        assert article.text == ARTICLE["text"]
        assert article.anchor == "published_at"
        # The article's own day (UTC+3), not the UTC one.
        assert article.anchor_date.isoformat() == "2023-01-03"


def test_get_article_shows_its_state(client):
    location = post(client, ARTICLE).headers["Location"]
    article = client.get(location).json
    assert article["status"] == "pending"
    assert article["anchor"] == "published_at" and article["anchor_date"] == "2023-01-03"
    assert article["published_at"] == "2023-01-03T06:30:00+00:00"
    assert article["url"] == ARTICLE["url"] and article["events"] == []
    assert article["extractor_version"] is None and article["error"] is None


def test_without_published_at_the_receipt_day_anchors_it(client):
    body = {k: v for k, v in ARTICLE.items() if k != "published_at"}
    article = client.get(post(client, body).headers["Location"]).json
    assert article["anchor"] == "received_at"
    assert article["published_at"] is None
    assert article["anchor_date"] == article["received_at"][:10]


def test_a_bare_date_is_the_publication_day(client):
    location = post(client, {**ARTICLE, "published_at": "2022-12-31"}).headers["Location"]
    article = client.get(location).json
    assert article["anchor_date"] == "2022-12-31"


@pytest.mark.parametrize("again", [
    ARTICLE,
    {**ARTICLE, "url": "http://www.news.example/world/putin-xi/#comments"},  # same URL, normalised
    {**ARTICLE, "text": "An updated text of the same story."},  # the URL decides
])
def test_a_repost_returns_the_same_article(client, database, settings, again):
    first = post(client, ARTICLE)
    second = post(client, again)
    assert second.status_code == 200
    assert second.json["id"] == first.json["id"]
    assert second.headers["Location"] == first.headers["Location"]
    assert count_articles(database) == 1
    assert len(queued_tasks(settings)) == 1


def test_without_url_the_content_decides(client, database):
    body = {"title": "Talks", "text": "Leaders met  on Monday.\n"}
    first = post(client, body)
    same = post(client, {"title": " Talks ", "text": "Leaders met on Monday."})
    other = post(client, {"title": "Talks", "text": "Leaders met on Tuesday."})
    assert (first.status_code, same.status_code, other.status_code) == (202, 200, 202)
    assert same.json["id"] == first.json["id"] != other.json["id"]
    assert count_articles(database) == 2


def test_concurrent_identical_posts_give_one_article(app, database):
    def send(_):
        response = app.test_client().post("/articles", json=ARTICLE, headers=TOKEN_HEADERS)
        return response.status_code, response.json["id"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(send, range(16)))
    assert len({article_id for _, article_id in results}) == 1
    assert sorted(code for code, _ in results) == [200] * 15 + [202]
    assert count_articles(database) == 1


def test_html_is_converted_to_text(client, database):
    html = ("<html><head><style>p{color:red}</style><script>track()</script></head><body>"
            "<h1>Putin &amp; Xi</h1><p>They spoke&nbsp;on <b>Friday</b>.</p><p>Second.</p></body>")
    response = post(client, {"title": "Talks", "html": html})
    assert response.status_code == 202
    with database.session() as session:
        text = session.get(models.Article, response.json["id"]).text
    assert text == "Putin & Xi\n\nThey spoke on Friday.\n\nSecond."


def test_text_is_cleaned_before_storing(client, database):
    body = {"title": "A\ttitle\nover lines", "text": "One\r\nTwo\x00\n\n\n\nThree  "}
    response = post(client, body)
    with database.session() as session:
        article = session.get(models.Article, response.json["id"])
    assert article.title == "A title over lines"
    assert article.text == "One\nTwo\n\nThree"


@pytest.mark.parametrize(("body", "status", "where"), [
    ({"text": "No title."}, 422, "title"),
    ({"title": "No text"}, 422, "text"),
    ({"title": "Both", "text": "t", "html": "<p>h</p>"}, 422, "html"),
    ({"title": 3, "text": "wrong type"}, 422, "title"),
    ({"title": "t", "text": ["wrong", "type"]}, 422, "text"),
    ({"title": "t", "text": "t", "published_at": "last Friday"}, 422, "published_at"),
    ({"title": "t", "text": "t", "published_at": 20230103}, 422, "published_at"),
    ({"title": "t", "text": "t", "url": "ftp://example.com/a"}, 422, "url"),
    ({"title": "t", "text": "t", "url": "not a url"}, 422, "url"),
    ({"title": "t", "text": "t", "colour": "red"}, 422, "colour"),
    ({"title": "", "text": "t"}, 422, "title"),
    ({"title": "t", "text": " \x00 \n "}, 422, "text"),
    ({"title": "t", "html": "<script>only()</script>"}, 422, "html"),
    ([{"title": "a list"}], 422, "_schema"),
])
def test_invalid_articles_are_refused_and_nothing_is_stored(client, database, settings, body,
                                                             status, where):
    response = post(client, body)
    assert response.status_code == status
    assert where in response.json["errors"]["json"]
    assert count_articles(database) == 0
    assert queued_tasks(settings) == []


@pytest.mark.parametrize(("data", "content_type", "status"), [
    ('{"title": "t", "text": ', "application/json", 400),
    (b"\xff\xfe not utf-8", "application/json", 400),
    ("title=t&text=t", "application/x-www-form-urlencoded", 415),
    ('{"title": "t", "text": "t"}', "text/plain", 415),
])
def test_bodies_that_are_not_json_are_refused(client, database, data, content_type, status):
    response = client.post("/articles", data=data, content_type=content_type,
                           headers=TOKEN_HEADERS)
    assert response.status_code == status
    assert response.json["code"] == status
    assert count_articles(database) == 0


def test_an_oversize_body_is_refused_before_it_is_read(database, settings):
    app = create_app(Settings(**{**settings.__dict__, "max_body_bytes": 1000}))
    body = {"title": "Big", "text": "word " * 400}
    response = app.test_client().post("/articles", json=body, headers=TOKEN_HEADERS)
    assert response.status_code == 413
    assert response.json["code"] == 413
    assert count_articles(database) == 0
    app.extensions["eventline"].database.dispose()


@pytest.mark.parametrize(("headers", "error"), [
    ({}, None),
    ({"Authorization": "Basic dGVzdDp0ZXN0"}, None),
    ({"Authorization": "Bearer"}, None),
    ({"Authorization": "Bearer wrong-token"}, "invalid_token"),
    ({"Authorization": "Bearer test-token-and-more"}, "invalid_token"),
])
def test_a_missing_or_bad_token_is_a_401(client, database, settings, headers, error):
    response = post(client, ARTICLE, headers=headers)
    assert response.status_code == 401
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith('Bearer realm="eventline"')
    assert (f'error="{error}"' in challenge) if error else ("error=" not in challenge)
    assert count_articles(database) == 0
    assert queued_tasks(settings) == []


def test_without_configured_tokens_nobody_may_post(database, settings):
    app = create_app(Settings(**{**settings.__dict__, "api_tokens": ()}))
    response = app.test_client().post("/articles", json=ARTICLE, headers=TOKEN_HEADERS)
    assert response.status_code == 401
    app.extensions["eventline"].database.dispose()


def test_any_configured_token_is_accepted(database, settings):
    app = create_app(Settings(**{**settings.__dict__, "api_tokens": ("one", "two")}))
    response = app.test_client().post("/articles", json=ARTICLE,
                                      headers={"Authorization": "Bearer two"})
    assert response.status_code == 202
    app.extensions["eventline"].database.dispose()


def test_a_dead_broker_still_accepts_the_article(database, settings):
    app = create_app(Settings(**{**settings.__dict__, "redis_url": "redis://127.0.0.1:1/0"}))
    response = app.test_client().post("/articles", json=ARTICLE, headers=TOKEN_HEADERS)
    assert response.status_code == 202
    with database.session() as session:
        article = session.get(models.Article, response.json["id"])
        assert (article.status, article.enqueued_at) == ("pending", None)  # left to the sweep
    app.extensions["eventline"].database.dispose()


@pytest.fixture
def silent_broker():
    """A TCP port that accepts connections and never answers: a hung broker."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join(5)
    for conn in accepted:
        conn.close()
    server.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_hung_broker_does_not_hang_the_post(database, settings, silent_broker):
    from services.api import publish

    app = create_app(Settings(**{**settings.__dict__, "redis_url": silent_broker}))
    celery = app.extensions["eventline"].celery
    sent = publish.publish_article(celery, settings.queue, 1, timeout=0.5)
    assert sent is False  # gave up at the deadline; the socket timeouts are longer
    response = app.test_client().post("/articles", json=ARTICLE, headers=TOKEN_HEADERS)
    assert response.status_code == 202
    app.extensions["eventline"].database.dispose()


def test_unknown_article_is_a_404(client, database):
    assert client.get("/articles/12345").status_code == 404


def test_a_processed_article_lists_the_events_found_in_it(client, timeline):
    article = client.get(f"/articles/{timeline['articles']['seed']}").json
    assert article["status"] == "done" and article["extractor_version"] == "test+1"
    found = article["events"]
    assert [e["event"]["id"] for e in found] == [
        timeline["call"], timeline["meeting"], timeline["visit"], timeline["summit"]]
    visit = found[2]
    assert visit["event"]["status"] == "planned"
    assert visit["reported"]["date"]["value"] == "2023-SP"
    assert visit["evidence"]["text"] == "is expected to pay a state visit to Moscow next spring"
