"""TIMEX3 point values as data: parse, format, coarsen, shift, and the days they cover.

A `Point` is a calendar period of one granularity (a century, decade, year, half, quarter,
season, month, week, weekend, day, part of a day or clock time) identified by its first day.
It is the one representation the resolvers compute with; `format_point` writes it back as a
TimeML value (`2013`, `2013-Q1`, `2013-W11`, `2013-03-22TMO`, `2013-03-22T14:30`, ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

#: Granularities, finest first; index order is used to compare coarseness.
GRANULARITIES = (
    "time", "partofday", "day", "weekend", "week", "month", "season",
    "quarter", "half", "year", "decade", "century",
)
#: Seasons by TimeML code and the month each one starts in (winter starts the year before).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Parts of the day by TimeML code, with the hour each one is taken to start and end.
PARTS_OF_DAY = {"MO": (6, 12), "MI": (12, 12), "AF": (12, 18), "EV": (18, 21), "NI": (21, 24),
                "DT": (8, 18)}
#: Length of each shiftable unit: ("m", months) or ("d", days).
UNIT_SPAN = {
    "century": ("m", 1200), "decade": ("m", 120), "year": ("m", 12), "half": ("m", 6),
    "quarter": ("m", 3), "season": ("m", 3), "month": ("m", 1), "week": ("d", 7),
    "weekend": ("d", 7), "day": ("d", 1), "partofday": ("d", 1), "time": ("d", 1),
}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: its granularity, first day, and the time-of-day part if any."""

    gran: str
    start: date
    tod: str | None = None  # "MO"/"AF"/... for partofday, "14:30" for time


def coarser(a: str, b: str) -> bool:
    """Whether granularity `a` is strictly coarser than `b`."""
    return GRANULARITIES.index(a) > GRANULARITIES.index(b)


def _season_year_start(year: int, code: str) -> date:
    """The first day of season `code` of `year` (its winter starts the December before)."""
    month = SEASON_START[code]
    return date(year - 1, 12, 1) if code == "WI" else date(year, month, 1)


def _season_of(day: date) -> tuple[int, str]:
    """The year and season code of `day`; December belongs to the next year's winter."""
    if day.month == 12:
        return day.year + 1, "WI"
    if day.month <= 2:
        return day.year, "WI"
    for code, month in (("FA", 9), ("SU", 6), ("SP", 3)):
        if day.month >= month:
            return day.year, code
    raise AssertionError(day)  # unreachable: every month falls in a season


def coarsen(day: date, gran: str, tod: str | None = None) -> Point:
    """The period of granularity `gran` that contains `day`."""
    if gran in ("time", "partofday"):
        return Point(gran, day, tod)
    if gran == "day":
        return Point("day", day)
    if gran in ("week", "weekend"):
        return Point(gran, day - timedelta(days=day.weekday()))
    if gran == "month":
        return Point("month", day.replace(day=1))
    if gran == "season":
        year, code = _season_of(day)
        return Point("season", _season_year_start(year, code))
    if gran in ("quarter", "half"):
        size = 3 if gran == "quarter" else 6
        return Point(gran, date(day.year, (day.month - 1) // size * size + 1, 1))
    if gran == "year":
        return Point("year", date(day.year, 1, 1))
    if gran == "decade":
        return Point("decade", date(day.year // 10 * 10 or 1, 1, 1))
    if gran == "century":
        return Point("century", date(day.year // 100 * 100 or 1, 1, 1))
    raise ValueError(f"unknown granularity {gran!r}")


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = (date(year + (month == 11), (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def shift(point: Point, amount: int, unit: str) -> Point:
    """`point` moved by `amount` units, keeping its granularity."""
    kind, size = UNIT_SPAN[unit]
    if kind == "m":
        moved = add_months(point.start, amount * size)
    else:
        moved = point.start + timedelta(days=amount * size)
    if point.gran in ("time", "partofday", "day"):
        return Point(point.gran, moved, point.tod)
    return coarsen(moved, point.gran)


def last_day(point: Point) -> date:
    """The last day of the period `point` names."""
    if point.gran in ("time", "partofday", "day"):
        return point.start
    if point.gran == "weekend":
        return point.start + timedelta(days=6)
    if point.gran == "week":
        return point.start + timedelta(days=6)
    kind, size = UNIT_SPAN[point.gran]
    return add_months(point.start, size) - timedelta(days=1)


def first_day(point: Point) -> date:
    """The first day of the period `point` names."""
    if point.gran == "weekend":
        return point.start + timedelta(days=5)
    return point.start


def format_point(point: Point) -> str:
    """The TimeML value of `point`."""
    s, g = point.start, point.gran
    if g == "century":
        return f"{s.year // 100:02d}"
    if g == "decade":
        return f"{s.year // 10:03d}"
    if g == "year":
        return f"{s.year:04d}"
    if g == "half":
        return f"{s.year:04d}-H{(s.month - 1) // 6 + 1}"
    if g == "quarter":
        return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
    if g == "season":
        year, code = _season_of(s)
        return f"{year:04d}-{code}"
    if g == "month":
        return f"{s.year:04d}-{s.month:02d}"
    if g in ("week", "weekend"):
        year, week, _ = s.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if g == "weekend" else "")
    if g == "day":
        return s.isoformat()
    if g == "partofday":
        return f"{s.isoformat()}T{point.tod}"
    return f"{s.isoformat()}T{point.tod}"


_POINT_RE = re.compile(
    r"(?P<century>\d{2})$|(?P<decade>\d{3})$|(?P<year>\d{4})"
    r"(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<season>SP|SU|FA|WI)"
    r"|W(?P<week>\d{1,2})(?P<we>-WE)?(?:-(?P<wday>[1-7]))?"
    r"|(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)"
    r"|(?P<hour>\d{2})(?::(?P<minute>\d{2}))?(?::\d{2}(?:\.\d+)?)?))?)?))?$"
)


def parse_point(value: str) -> Point | None:
    """The `Point` a fully specified TimeML date/time value names, else None."""
    m = _POINT_RE.match(value)
    if not m:
        return None
    try:
        if m["century"]:
            return Point("century", date(max(int(m["century"]) * 100, 1), 1, 1))
        if m["decade"]:
            return Point("decade", date(max(int(m["decade"]) * 10, 1), 1, 1))
        year = int(m["year"])
        if year == 0:
            return None
        if m["half"]:
            return Point("half", date(year, 6 * int(m["half"]) - 5, 1))
        if m["quarter"]:
            return Point("quarter", date(year, 3 * int(m["quarter"]) - 2, 1))
        if m["season"]:
            return Point("season", _season_year_start(year, m["season"]))
        if m["week"]:
            monday = date.fromisocalendar(year, int(m["week"]), 1)
            if m["wday"]:
                return Point("day", monday + timedelta(days=int(m["wday"]) - 1))
            return Point("weekend" if m["we"] else "week", monday)
        if m["month"] is None:
            return Point("year", date(year, 1, 1))
        if m["day"] is None:
            return Point("month", date(year, int(m["month"]), 1))
        day = date(year, int(m["month"]), int(m["day"]))
        if m["pod"]:
            return Point("partofday", day, m["pod"])
        if m["hour"]:
            return Point("time", day, f"{m['hour']}:{m['minute'] or '00'}")
        return Point("day", day)
    except ValueError:
        return None
