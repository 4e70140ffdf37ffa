"""The `EventDate` a time expression gives, the span two expressions form ("from Nov. 15 to 26",
"Nov. 18-19", "on Tuesday and Wednesday"), and the days a length tells ("P3D")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import EventDate, Timex
from ..timex import event_date, tag
from .patterns import patterns

_P = patterns("date_ranges")

_RANGE_LINK = _P["range_link"]
_RANGE_OPEN = _P["range_open"]
_WEEKDAY_ONLY = _P["weekday_only"]
_UNIT_DAYS = {"D": 1, "W": 7}


def timex_date(t: Timex) -> EventDate | None:
    """The `EventDate` of a dated expression; a time of day counts as its day."""
    value, mod = t.value, t.mod
    if "T" in value:
        value = value.split("T", 1)[0]
        if mod not in ("START", "MID", "END"):
            mod = None  # "at around 5:30 p.m." is approximate about the hour, not the day
    if not value[:1].isdigit():
        return None
    found = event_date(value, mod)
    if found is not None and value.endswith("-WE"):
        # "over the weekend", "last weekend": its Saturday and Sunday, as annotators write it
        span = f"{found.start.isoformat()}/{found.end.isoformat()}"
        return EventDate(span, found.start, found.end, "day", mod)
    return found


def span_date(a: Timex, b: Timex) -> EventDate | None:
    """The span from the first day of `a` to the last day of `b`."""
    da, db = timex_date(a), timex_date(b)
    if not da or not db or db.end < da.start:
        return None
    if da.precision == db.precision == "day":
        value = f"{da.start.isoformat()}/{db.end.isoformat()}"
    else:
        value = f"{da.value}/{db.value}"
    precision = "day" if da.precision == db.precision == "day" else da.precision
    return EventDate(value, da.start, db.end, precision, None)


def range_pair(text: str, a: Timex, b: Timex) -> tuple[Timex, Timex] | None:
    """Two expressions that open and close one span: "from Nov. 15 to 26", "Nov. 18-19",
    "between March and May", "Tuesday through Thursday", and two days in a row joined by
    "and" ("on Tuesday and Wednesday", "Nov. 4 and 5")."""
    gap = text[a.end : b.start]
    link = _RANGE_LINK.fullmatch(gap)
    da, db = timex_date(a), timex_date(b)
    if (
        link is not None
        and da is not None
        and db is not None
        and timedelta(0) < da.start - db.start < timedelta(days=7)
        and _WEEKDAY_ONLY.fullmatch(a.text)
        and _WEEKDAY_ONLY.fullmatch(b.text)
    ):
        # "will visit China from Monday to Wednesday": the closing weekday is the first one
        # after the opening day, not the one the story's day alone resolves to
        day = (db.start + timedelta(days=7)).isoformat()
        b = Timex(b.start, b.end, b.text, b.type, day, b.mod)
        db = timex_date(b)
    if link is None or da is None or db is None or db.end < da.start:
        return None
    word = link.group(1).lower()
    opened = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
    if word == "and":
        if opened and opened.group(1).lower() == "between":
            return a, b
        if da.precision == db.precision == "day" and db.start - da.start == timedelta(days=1):
            return a, b
        return None
    if word in ("-", "–", "—", "through", "thru", "until", "till") or opened:
        return a, b
    if word == "to" and da.start.year == db.start.year:
        return a, b
    return None


def duration_days(value: str) -> int | None:
    m = re.fullmatch(r"P(\d+)([DW])", value)
    if m:
        return int(m.group(1)) * _UNIT_DAYS[m.group(2)]
    m = re.fullmatch(r"PT(\d+)H", value)
    if m and int(m.group(1)) % 24 == 0:
        return int(m.group(1)) // 24
    return None


def length_days(text: str, dct: date) -> int | None:
    """The days a length phrase tells ("three-day", "four- day" broken at its hyphen)."""
    for t in tag(re.sub(r"\s*-\s*", "-", text), dct):
        if t.type == "DURATION":
            return duration_days(t.value)
    return None
