"""iCalendar rendering on its own: pure, deterministic, escaping whatever the news says."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import icalendar
import pytest

from services.api.ical import FeedInfo, render_calendar, summary

FEED = FeedInfo(name="Eventline: events", description="All events",
                refresh=timedelta(minutes=30), base_url="https://eventline.example")


def event(**changes):
    """A timeline event as the renderer reads it (attributes only: no database)."""
    article = SimpleNamespace(
        id=7, url=None, source="Wire; Inc.", title="Line one\nline two, \\ done",
        published_at=datetime(2023, 1, 3, 9, tzinfo=UTC),
    )
    fields = dict(
        id=1, uid="0b1c", type="call", status="occurred", date_value="2022-12-30",
        date_start=date(2022, 12, 30), date_end=date(2022, 12, 30), precision="day", mod=None,
        title="Call", location=None, sequence=3,
        created_at=datetime(2023, 1, 3, 9, 5, tzinfo=UTC),
        updated_at=datetime(2023, 1, 4, 10, 5, tzinfo=UTC),
        participants=[SimpleNamespace(name="Vladimir Putin", kind="person"),
                      SimpleNamespace(name="Xi Jinping", kind="person")],
        mentions=[SimpleNamespace(id=1, article=article, evidence="said: \"yes\"; ok, \\ fine")],
    )
    return SimpleNamespace(**{**fields, **changes})


def test_rendering_is_deterministic_and_clock_free():
    assert render_calendar([event()], FEED) == render_calendar([event()], FEED)


def test_lines_are_crlf_and_folded_at_75_octets():
    long = event(location="Ünïcödé " * 40)
    raw = render_calendar([long], FEED)
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a character


def test_text_round_trips_through_a_parser():
    parsed = icalendar.Calendar.from_ical(render_calendar([event()], FEED))
    vevent = next(iter(parsed.walk("VEVENT")))
    description = str(vevent["description"])
    assert "- Line one\nline two, \\ done (Wire; Inc., 2023-01-03)" in description
    assert "https://eventline.example/articles/7" in description  # no URL: the API's own link
    assert '“said: "yes"; ok, \\ fine”' in description
    assert str(vevent["url"]) == "https://eventline.example/events/1"
    assert str(vevent["transp"]) == "TRANSPARENT"
    assert parsed["x-published-ttl"].to_ical() == b"PT30M"


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, "Call: Vladimir Putin – Xi Jinping"),
    ({"status": "planned"}, "Call: Vladimir Putin – Xi Jinping (planned)"),
    ({"status": "postponed", "precision": "month", "date_value": "2023-03",
      "date_start": date(2023, 3, 1), "date_end": date(2023, 3, 31)},
     "Call: Vladimir Putin – Xi Jinping (postponed, March 2023)"),
    ({"type": "visit", "participants": [SimpleNamespace(name="Xi Jinping", kind="person")],
      "location": "Moscow"}, "Visit: Xi Jinping to Moscow"),
    ({"type": "summit", "participants": [], "location": "Bali"}, "Summit: Bali"),
    ({"mod": "APPROX"}, "Call: Vladimir Putin – Xi Jinping (about 30 December 2022)"),
])
def test_summary(changes, expected):
    from services.api.date_labels import date_label

    e = event(**changes)
    assert summary(e, date_label(e.date_value, e.precision, e.mod, e.date_start, e.date_end)) == (
        expected)


@pytest.mark.parametrize(("status", "ical_status"), [
    ("occurred", "CONFIRMED"), ("ongoing", "CONFIRMED"), ("planned", "TENTATIVE"),
    ("postponed", "TENTATIVE"), ("cancelled", "CANCELLED"),
])
def test_status(status, ical_status):
    parsed = icalendar.Calendar.from_ical(render_calendar([event(status=status)], FEED))
    assert str(next(iter(parsed.walk("VEVENT")))["status"]) == ical_status
