"""iCalendar (RFC 5545 / RFC 7986) rendering of timeline events: pure, no I/O, no clock.

The same events in the same state always render to the same bytes (DTSTAMP is the event's
updated_at, never now), so HTTP caches and ETags work for subscribers.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import icalendar

from shared.store import as_utc

from .date_labels import date_label

PRODID = "-//Eventline//Eventline timeline//EN"
UID_DOMAIN = "eventline"
#: RFC 5545 STATUS by event status; a postponed event is not off, but its date is no longer known.
ICAL_STATUS = {
    "occurred": "CONFIRMED",
    "ongoing": "CONFIRMED",
    "planned": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}
#: Statuses said in the SUMMARY, because clients show STATUS faintly if at all.
SAID_STATUSES = ("planned", "postponed", "cancelled")


@dataclass(frozen=True)
class FeedInfo:
    """What the calendar says about itself."""

    name: str
    description: str
    refresh: timedelta
    base_url: str = ""  # where event links point; empty leaves them out
    source_url: str = ""  # the feed's own URL, for RFC 7986 SOURCE


def render_calendar(events: Iterable, feed: FeedInfo) -> bytes:
    """The VCALENDAR of `events` (timeline Event rows with participants and sources loaded)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", feed.name)
    cal.add("x-wr-calname", icalendar.vText(feed.name))
    cal.add("description", feed.description)
    cal.add("x-wr-caldesc", icalendar.vText(feed.description))
    cal.add("refresh-interval", feed.refresh, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(feed.refresh))
    if feed.source_url:
        cal.add("source", feed.source_url, parameters={"VALUE": "URI"})
    for event in events:
        cal.add_component(render_event(event, feed.base_url))
    return cal.to_ical()


def feed_etag(events: Sequence, feed: FeedInfo) -> str:
    """A digest of everything `render_calendar` reads, equal exactly when the bytes would be.

    Rendering costs far more than reading the rows, so a subscriber's revalidation is answered
    from this digest without rendering; it covers the renderer's own code and data too.
    """
    digest = hashlib.sha256(_renderer_version().encode())
    digest.update(repr(feed).encode())
    for event in events:
        digest.update(repr(_rendered_state(event)).encode())
    return digest.hexdigest()[:32]


def _rendered_state(event) -> tuple:
    """The values of an event that its VEVENT shows."""
    return (
        event.id, event.uid, event.type, event.status, event.date_value, event.date_start,
        event.date_end, event.precision, event.mod, event.location, event.sequence,
        event.created_at, event.updated_at,
        tuple((p.name, p.kind) for p in event.participants),
        tuple(
            (m.id, m.evidence, m.article.id, m.article.url, m.article.title, m.article.source,
             m.article.published_at)
            for m in event.mentions
        ),
    )


@cache
def _renderer_version() -> str:
    """A digest of the renderer's code and wording and the icalendar version."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(icalendar.__version__.encode())
    for name in ("ical.py", "date_labels.py", "date_labels.yaml"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def render_event(event, base_url: str = "") -> icalendar.Event:
    """One VEVENT: all-day dates with an exclusive DTEND, honest about vague dates."""
    label = date_label(
        event.date_value, event.precision, event.mod, event.date_start, event.date_end
    )
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event.uid))
    vevent.add("dtstamp", as_utc(event.updated_at))
    vevent.add("created", as_utc(event.created_at))
    vevent.add("last-modified", as_utc(event.updated_at))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstart", event.date_start)
    vevent.add("dtend", event.date_end + timedelta(days=1))
    vevent.add("summary", summary(event, label))
    if event.location:
        vevent.add("location", event.location)
    vevent.add("description", description(event, label, base_url))
    vevent.add("categories", [event.type.capitalize()])
    vevent.add("status", ICAL_STATUS.get(event.status, "TENTATIVE"))
    # News events happen to others: they must not make the subscriber look busy.
    vevent.add("transp", "TRANSPARENT")
    if base_url:
        vevent.add("url", event_url(base_url, event.id), parameters={"VALUE": "URI"})
    return vevent


def summary(event, label: str | None) -> str:
    """ "Call: Vladimir Putin – Xi Jinping", with the status and vague date said in brackets."""
    names = " – ".join(p.name for p in event.participants)
    text = event.type.capitalize()
    if names:
        text += f": {names}" + (f" to {event.location}" if event.type == "visit" and event.location
                                else "")
    elif event.location:
        text += f": {event.location}"
    notes = [event.status] if event.status in SAID_STATUSES else []
    notes += [label] if label else []
    return text + (f" ({', '.join(notes)})" if notes else "")


def description(event, label: str | None, base_url: str = "") -> str:
    """What is known of the event, then every source with its evidence."""
    when = label or _span(event)
    lines = [
        f"{event.type.capitalize()}, {event.status}.",
        f"When: {when} (TIMEX3 {event.date_value}).",
    ]
    if event.location:
        lines.append(f"Where: {event.location}.")
    if event.participants:
        lines.append("Who: " + ", ".join(f"{p.name} ({p.kind})" for p in event.participants) + ".")
    mentions = sorted(event.mentions, key=lambda m: m.id)
    if mentions:
        lines += ["", "Sources:"]
    for mention in mentions:
        lines += _source_lines(mention, base_url)
    if base_url:
        lines += ["", f"Event: {event_url(base_url, event.id)}"]
    return "\n".join(lines)


def _source_lines(mention, base_url: str) -> list[str]:
    """A mention's lines in an event description: title and byline, link, quoted evidence."""
    article = mention.article
    published = as_utc(article.published_at)
    parts = (article.source, published.date().isoformat() if published else None)
    byline = ", ".join(part for part in parts if part)
    link = article.url or (f"{base_url.rstrip('/')}/articles/{article.id}" if base_url else "")
    lines = [f"- {article.title}" + (f" ({byline})" if byline else "")]
    if link:
        lines.append(f"  {link}")
    lines.append(f"  “{mention.evidence}”")
    return lines


def _span(event) -> str:
    """The event's days as text: one day, or "start to end"."""
    if event.date_start == event.date_end:
        return event.date_start.isoformat()
    return f"{event.date_start.isoformat()} to {event.date_end.isoformat()}"


def event_uid(uid: str) -> str:
    """The iCalendar UID of a timeline event: its stored uid, made globally unique by a domain."""
    return uid if "@" in uid else f"{uid}@{UID_DOMAIN}"


def event_url(base_url: str, event_id: int) -> str:
    """The JSON resource of an event."""
    return f"{base_url.rstrip('/')}/events/{event_id}"
