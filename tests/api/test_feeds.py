"""GET /calendar.ics: the feed's content, its caching, ical-check on a file and a live server."""
from __future__ import annotations

import subprocess
from datetime import UTC, datetime

import icalendar
import pytest
from sqlalchemy import delete, select

from shared import models, store

from .conftest import XI, add_article, process, report, when


def feed(client, query: str = "") -> icalendar.Calendar:
    response = client.get(f"/calendar.ics{query}")
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.data)


def vevents(calendar, timeline) -> dict[str, icalendar.Event]:
    """The calendar's VEVENTs by the name of the fixture's event they show."""
    names = {f"{uid}@eventline": name for name, uid in timeline["uids"].items()}
    return {names[str(e["uid"])]: e for e in calendar.walk("VEVENT")}


def test_feed_has_one_vevent_per_event_with_stable_uids(client, timeline):
    response = client.get("/calendar.ics")
    assert response.content_type == "text/calendar; charset=utf-8"
    events = vevents(icalendar.Calendar.from_ical(response.data), timeline)
    assert sorted(events) == ["call", "hostile", "meeting", "summit", "visit"]


def test_a_capped_feed_keeps_the_latest_dated_events(database, timeline):
    from services.api import create_app
    from shared.config import Settings

    app = create_app(Settings(database_url=database.url, feed_max_events=2))
    calendar = icalendar.Calendar.from_ical(app.test_client().get("/calendar.ics").data)
    assert sorted(vevents(calendar, timeline)) == ["hostile", "visit"]  # 2023-02-01, 2023 spring
    app.extensions["eventline"].database.dispose()


def test_day_event_is_all_day_with_exclusive_end(client, database, timeline):
    call = vevents(feed(client), timeline)["call"]
    assert call.decoded("dtstart").isoformat() == "2022-12-30"
    assert call.decoded("dtend").isoformat() == "2022-12-31"
    assert str(call["summary"]) == "Call: Vladimir Putin – Xi Jinping"
    assert str(call["status"]) == "CONFIRMED"
    with database.session() as session:
        row = session.get(models.Event, timeline["call"])
    assert call["sequence"] == row.sequence
    assert call.decoded("last-modified") == store.as_utc(row.updated_at)
    assert call.decoded("dtstamp") == store.as_utc(row.updated_at)
    assert call.decoded("created") == store.as_utc(row.created_at)
    description = str(call["description"])
    assert "https://news.example/putin-xi" in description
    assert "https://news.example/xi-putin" in description
    assert "“held a video call on December 30”" in description


def test_vague_dates_span_honestly_and_say_so(client, timeline):
    events = vevents(feed(client), timeline)
    visit = events["visit"]
    assert (visit.decoded("dtstart").isoformat(), visit.decoded("dtend").isoformat()) == (
        "2023-03-01", "2023-06-01")
    assert str(visit["summary"]) == "Visit: Xi Jinping to Moscow (planned, spring 2023)"
    assert str(visit["status"]) == "TENTATIVE"
    assert str(visit["location"]) == "Moscow"
    meeting = events["meeting"]
    assert meeting.decoded("dtend").isoformat() == "2022-12-26"
    assert "(week of 19 December 2022)" in str(meeting["summary"])
    summit = events["summit"]
    assert str(summit["summary"]).endswith("(mid-September 2022)")


def test_hostile_text_survives_the_round_trip(client, timeline):
    hostile = vevents(feed(client), timeline)["hostile"]
    assert str(hostile["status"]) == "CANCELLED"
    assert str(hostile["location"]) == 'Ankara; Turkey, \\ "centre"'
    assert "Зеленский – 习近平" in str(hostile["description"])
    assert "backslashes\nand a new line" in str(hostile["description"])


def test_filters_apply_to_the_feed_and_name_it(client, timeline):
    calendar = feed(client, "?type=visit&type=call&participant=xi")
    assert sorted(vevents(calendar, timeline)) == ["call", "visit"]
    assert str(calendar["x-wr-calname"]) == "Eventline: visits and calls with xi"
    assert str(calendar["refresh-interval"].params["VALUE"]) == "DURATION"


def test_feed_is_byte_identical_and_conditional(client, timeline):
    first = client.get("/calendar.ics?from=2022-12-01")
    assert first.data == client.get("/calendar.ics?from=2022-12-01").data
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert "public" in first.headers["Cache-Control"]
    again = client.get("/calendar.ics?from=2022-12-01", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    since = client.get("/calendar.ics?from=2022-12-01", headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    other = client.get("/calendar.ics?from=2022-12-02", headers={"If-None-Match": etag})
    assert other.status_code == 200


DATED_TEXT = "MOSCOW. Xi Jinping will pay a state visit to Moscow on March 20-22, the Kremlin said."


def test_a_dated_visit_moves_in_place(client, database, timeline):
    first = client.get("/calendar.ics")
    before = vevents(icalendar.Calendar.from_ical(first.data), timeline)["visit"]
    with database.session() as session:
        article = add_article(session, "Kremlin dates Xi visit", "https://news.example/dated",
                              "2023-03-17 08:00", DATED_TEXT)
        process(session, article, [
            report(DATED_TEXT, "will pay a state visit to Moscow on March 20-22", "visit",
                   when("2023-03-20", "2023-03-20", "2023-03-22"), XI,
                   status="planned", location="Moscow"),
        ], now="2023-03-17 08:05")
    validators = {"If-None-Match": first.headers["ETag"],
                  "If-Modified-Since": first.headers["Last-Modified"]}
    changed = client.get("/calendar.ics", headers=validators)
    assert changed.status_code == 200
    after = vevents(icalendar.Calendar.from_ical(changed.data), timeline)["visit"]
    assert after["uid"] == before["uid"]
    assert after["sequence"] > before["sequence"]
    assert after.decoded("last-modified") > before.decoded("last-modified")
    assert after.decoded("dtstart").isoformat() == "2023-03-20"
    assert after.decoded("dtend").isoformat() == "2023-03-23"
    assert str(after["summary"]) == "Visit: Xi Jinping to Moscow (planned)"
    assert "https://news.example/dated" in str(after["description"])


def test_a_deleted_event_moves_last_modified(client, database, timeline):
    first = client.get("/calendar.ics")
    with database.session() as session:
        # What reprocessing the seed article does when its new extraction drops the summit.
        session.execute(delete(models.Mention).where(models.Mention.event_id == timeline["summit"]))
        session.execute(delete(models.Event).where(models.Event.id == timeline["summit"]))
        article = session.get(models.Article, timeline["articles"]["seed"])
        article.processed_at = datetime(2023, 5, 1, tzinfo=UTC)
    since = {"If-Modified-Since": first.headers["Last-Modified"]}
    later = client.get("/calendar.ics", headers=since)
    assert later.status_code == 200
    assert "summit" not in vevents(icalendar.Calendar.from_ical(later.data), timeline)


def test_empty_feed_is_a_valid_calendar(client, database):
    response = client.get("/calendar.ics")
    assert response.status_code == 200
    assert list(icalendar.Calendar.from_ical(response.data).walk("VEVENT")) == []


def test_bad_filter_is_refused(client):
    response = client.get("/calendar.ics?type=party")
    assert response.status_code == 422
    assert "type" in response.json["errors"]["query"]


# ---------------------------------------------------------------- ical-check


def ical_check(shared_dir, target: str) -> subprocess.CompletedProcess:
    tool = shared_dir / "tools" / "ical-check" / "ical-check"
    return subprocess.run([str(tool), target], capture_output=True, text=True, timeout=900)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_feed_file_passes_ical_check(client, timeline, shared_dir, tmp_path):
    path = tmp_path / "eventline.ics"
    path.write_bytes(client.get("/calendar.ics").data)
    result = ical_check(shared_dir, str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ical-check: 5 events, 0 problems"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_served_feed_passes_ical_check(live_server, timeline, shared_dir):
    result = ical_check(shared_dir, f"{live_server}/calendar.ics?from=2022-01-01")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ical-check: 5 events, 0 problems"
    assert "ETag" in result.stdout


def test_a_renamed_participant_changes_the_etag(client, database, timeline):
    first = client.get("/calendar.ics")
    with database.session() as session:
        putin = session.scalars(
            select(models.Entity).where(models.Entity.name == "Vladimir Putin")).one()
        putin.name = "Vladimir V. Putin"  # no event row changes, but every SUMMARY does
    again = client.get("/calendar.ics", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200
    assert "Call: Vladimir V. Putin – Xi Jinping".encode() in again.data
