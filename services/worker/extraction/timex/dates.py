"""What a TIMEX3 value means as days: its interval, its precision, an `EventDate`."""
from __future__ import annotations

from datetime import date

from ..model import EventDate
from .values import first_day, last_day, parse_point

#: values granularity -> model precision
_PRECISION = {
    "time": "time", "partofday": "time", "day": "day", "weekend": "week", "week": "week",
    "month": "month", "season": "season", "quarter": "quarter", "half": "half", "year": "year",
    "decade": "decade", "century": "century",
}


def value_interval(value: str) -> tuple[date, date] | None:
    """The inclusive days a TIMEX3 date/time value covers; None for durations, sets, REFs."""
    point = parse_point(value)
    if point is None:
        return None
    return first_day(point), last_day(point)


def value_precision(value: str) -> str | None:
    """How precise a TIMEX3 date/time value is (one of `model.PRECISIONS`), else None."""
    point = parse_point(value)
    return _PRECISION[point.gran] if point else None


def event_date(value: str, mod: str | None = None) -> EventDate | None:
    """The `EventDate` of a TIMEX3 date/time value; None for DURATION/SET/REF values."""
    point = parse_point(value)
    if point is None:
        return None
    return EventDate(value, first_day(point), last_day(point), _PRECISION[point.gran], mod)
