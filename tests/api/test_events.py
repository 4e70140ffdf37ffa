"""GET /events and GET /events/{id}: filters, order, cursor pagination, ETags, sources, history."""
from __future__ import annotations

import pytest

from shared.config import Settings

from .conftest import FOLLOW_TEXT, XI, add_article, process, report, when


def ids_of(response) -> list[int]:
    assert response.status_code == 200, response.json
    return [e["id"] for e in response.json["events"]]


def test_events_come_in_date_order(client, timeline):
    body = client.get("/events").json
    starts = [e["date"]["start"] for e in body["events"]]
    assert starts == sorted(starts)
    assert [e["id"] for e in body["events"]] == [
        timeline["summit"], timeline["meeting"], timeline["call"], timeline["hostile"],
        timeline["visit"],
    ]
    assert body["next"] is None


def test_an_event_shows_its_date_participants_and_link(client, timeline):
    call = next(e for e in client.get("/events").json["events"] if e["id"] == timeline["call"])
    assert call["type"] == "call" and call["status"] == "occurred"
    assert call["date"] == {"value": "2022-12-30", "start": "2022-12-30", "end": "2022-12-30",
                            "precision": "day", "mod": None}
    assert sorted(p["name"] for p in call["participants"]) == ["Vladimir Putin", "Xi Jinping"]
    assert call["uid"] == f"{timeline['uids']['call']}@eventline"
    assert call["source_count"] == 2  # the seed article and the follow-up
    assert call["url"] == f"http://localhost/events/{timeline['call']}"


@pytest.mark.parametrize(("query", "expected"), [
    ("from=2022-12-24&to=2022-12-31", ["meeting", "call"]),  # the week overlaps the range
    ("from=2023-05-31", ["visit"]),  # the season's last day still overlaps
    ("to=2022-09-01", ["summit"]),
    ("type=call", ["call"]),
    ("type=call&type=visit", ["call", "visit"]),
    ("status=planned", ["visit"]),
    ("status=cancelled&status=planned", ["hostile", "visit"]),
    ("participant=Xi Jinping", ["meeting", "call", "visit"]),
    ("participant=president xi", ["meeting", "call", "visit"]),  # title and case folded
    ("participant=Erdogan", ["hostile"]),  # accents folded
    ("participant=Putin&participant=Xi", ["call"]),  # each must take part
    ("participant=Nobody", []),
    ("location=beijing", ["meeting"]),
    ("location=Ankara; Turkey", ["hostile"]),
    ("q=video link", ["call"]),  # in the evidence
    ("q=Shanghai", ["summit"]),  # in the title
    ("q=100%", []),  # LIKE wildcards match literally
    ("q=ЗЕЛЕНСКИЙ", ["hostile"]),  # case folded beyond ASCII, on SQLite too
    ("q=erdoğan", ["hostile"]),
    ("type=meeting&participant=Xi&from=2022-12-01", ["meeting"]),
])
def test_filters(client, timeline, query, expected):
    assert ids_of(client.get(f"/events?{query}")) == [timeline[name] for name in expected]


@pytest.mark.parametrize(("query", "field"), [
    ("type=party", "type"),
    ("status=rumoured", "status"),
    ("from=yesterday", "from"),
    ("from=2023-02-01&to=2023-01-01", "to"),
    ("limit=0", "limit"),
    ("limit=501", "limit"),
    ("limit=many", "limit"),
    ("colour=red", "colour"),
])
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # refused before any query
def test_bad_queries_are_refused_with_the_field_named(client, query, field):
    response = client.get(f"/events?{query}")
    assert response.status_code == 422
    assert field in response.json["errors"]["query"]


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_pagination_walks_every_event_exactly_once(client, timeline, limit):
    url, seen, pages = f"/events?limit={limit}", [], 0
    while url:
        response = client.get(url)
        seen += ids_of(response)
        pages += 1
        url = response.json["next"]
        if url:
            assert response.headers["Link"] == f'<{url}>; rel="next"'
            url = url.removeprefix("http://localhost")
        else:
            assert "Link" not in response.headers
    assert seen == ids_of(client.get("/events"))
    assert pages == -(-5 // limit)


def test_pagination_keeps_filters_and_survives_inserts(client, database, timeline):
    first = client.get("/events?participant=Xi&limit=1")
    assert ids_of(first) == [timeline["meeting"]]
    with database.session() as session:  # an earlier event lands between the pages
        text = "Xi Jinping met Vladimir Putin in Moscow in 2020."
        article = add_article(session, "Old news", None, "2023-01-05 10:00", text)
        process(session, article, [report(text, "Xi Jinping met Vladimir Putin in Moscow",
                                          "meeting", when("2020", "2020-01-01", "2020-12-31",
                                                          "year"), XI, location="Moscow")],
                now="2023-01-05 10:01")
    rest = client.get(first.json["next"].removeprefix("http://localhost"))
    assert ids_of(rest) == [timeline["call"]]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # refused before any query
@pytest.mark.parametrize("cursor", ["garbage", "eyJhIjoxfQ", "W10"])
def test_a_garbled_cursor_is_a_400(client, timeline, cursor):
    response = client.get(f"/events?cursor={cursor}")
    assert response.status_code == 400
    assert "cursor" in response.json["errors"]["query"]


def test_a_cursor_is_bound_to_its_filters(client, timeline):
    next_url = client.get("/events?limit=1&type=meeting").json["next"]
    cursor = next_url.split("cursor=")[1]
    response = client.get(f"/events?type=call&cursor={cursor}")
    assert response.status_code == 400


def test_page_size_defaults_from_settings(database, timeline):
    from services.api import create_app

    settings = Settings(database_url=database.url, page_size=2, max_page_size=3)
    app = create_app(settings)
    client = app.test_client()
    assert len(ids_of(client.get("/events"))) == 2
    assert client.get("/events?limit=4").status_code == 422
    app.extensions["eventline"].database.dispose()


def test_etag_gives_304_until_the_timeline_changes(client, database, timeline):
    first = client.get("/events?participant=Xi")
    etag = first.headers["ETag"]
    assert "max-age" in first.headers["Cache-Control"]
    again = client.get("/events?participant=Xi", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    with database.session() as session:
        text = "Xi Jinping spoke by phone with Vladimir Putin on January 20."
        article = add_article(session, "Another call", None, "2023-01-21 10:00", text)
        process(session, article, [report(text, "spoke by phone with Vladimir Putin on January 20",
                                          "call", when("2023-01-20", "2023-01-20"), XI)],
                now="2023-01-21 10:01")
    changed = client.get("/events?participant=Xi", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_event_detail_lists_every_source_and_the_history(client, timeline):
    response = client.get(f"/events/{timeline['call']}")
    assert response.status_code == 200
    call = response.json
    sources = call["sources"]
    assert [s["article"]["url"] for s in sources] == [
        "https://news.example/putin-xi", "https://news.example/xi-putin"]
    assert call["source_count"] == 2
    follow = sources[1]
    assert follow["evidence"]["text"] == "held a video call on December 30"
    start, end = follow["evidence"]["start"], follow["evidence"]["end"]
    assert FOLLOW_TEXT[start:end] == follow["evidence"]["text"]
    assert follow["article"]["published_at"] == "2023-01-04T10:00:00+00:00"
    assert follow["reported"]["type"] == "call"
    xi = next(p for p in call["participants"] if p["name"] == "Xi Jinping")
    assert "the Chinese President" in xi["aliases"]
    assert [r["sequence"] for r in call["revisions"]] == list(range(call["sequence"] + 1))
    assert client.get(f"/events/{timeline['call']}",
                      headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_unknown_event_is_a_404(client, database):
    response = client.get("/events/999")
    assert response.status_code == 404
    assert response.json["code"] == 404
