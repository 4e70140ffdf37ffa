"""TIMEX3 values as days: parsing, formatting, calendar arithmetic, intervals, precision."""
from __future__ import annotations

from datetime import date

import pytest

from services.worker.extraction.model import EventDate
from services.worker.extraction.timex import event_date, value_interval, value_precision
from services.worker.extraction.timex.values import (
    Point,
    coarsen,
    format_point,
    parse_point,
    shift,
)

INTERVALS = [
    ("2013-03-22", date(2013, 3, 22), date(2013, 3, 22), "day"),
    ("2013-03-22T14:30", date(2013, 3, 22), date(2013, 3, 22), "time"),
    ("2013-03-22TMO", date(2013, 3, 22), date(2013, 3, 22), "time"),
    ("2013-W11", date(2013, 3, 11), date(2013, 3, 17), "week"),
    ("2013-W11-WE", date(2013, 3, 16), date(2013, 3, 17), "week"),
    ("2013-03", date(2013, 3, 1), date(2013, 3, 31), "month"),
    ("2012-02", date(2012, 2, 1), date(2012, 2, 29), "month"),
    ("2013-SP", date(2013, 3, 1), date(2013, 5, 31), "season"),
    ("2013-WI", date(2012, 12, 1), date(2013, 2, 28), "season"),
    ("2013-Q1", date(2013, 1, 1), date(2013, 3, 31), "quarter"),
    ("2013-Q4", date(2013, 10, 1), date(2013, 12, 31), "quarter"),
    ("2013-H2", date(2013, 7, 1), date(2013, 12, 31), "half"),
    ("2013", date(2013, 1, 1), date(2013, 12, 31), "year"),
    ("201", date(2010, 1, 1), date(2019, 12, 31), "decade"),
    ("19", date(1900, 1, 1), date(1999, 12, 31), "century"),
]


@pytest.mark.parametrize(("value", "first", "last", "precision"), INTERVALS)
def test_interval_and_precision(value: str, first: date, last: date, precision: str) -> None:
    assert value_interval(value) == (first, last)
    assert value_precision(value) == precision
    assert event_date(value, "START") == EventDate(value, first, last, precision, "START")


@pytest.mark.parametrize("value", ["P3D", "PXY", "PRESENT_REF", "PAST_REF", "XXXX-WXX-5",
                                   "XXXX-07", "2013-13", "2013-02-30", "", "hello"])
def test_values_that_name_no_days(value: str) -> None:
    assert value_interval(value) is None
    assert value_precision(value) is None
    assert event_date(value) is None


@pytest.mark.parametrize("value", [v for v, *_ in INTERVALS if "W11-WE" not in v])
def test_format_is_the_inverse_of_parse(value: str) -> None:
    assert format_point(parse_point(value)) == value


@pytest.mark.parametrize(("day", "gran", "expected"), [
    (date(2013, 3, 22), "week", "2013-W12"),
    (date(2013, 1, 1), "week", "2013-W01"),
    (date(2012, 12, 31), "week", "2013-W01"),
    (date(2013, 3, 22), "weekend", "2013-W12-WE"),
    (date(2013, 3, 22), "season", "2013-SP"),
    (date(2013, 12, 5), "season", "2014-WI"),
    (date(2013, 1, 5), "season", "2013-WI"),
    (date(2013, 8, 1), "half", "2013-H2"),
    (date(2013, 3, 22), "decade", "201"),
    (date(1999, 3, 22), "century", "19"),
])
def test_coarsen(day: date, gran: str, expected: str) -> None:
    assert format_point(coarsen(day, gran)) == expected


@pytest.mark.parametrize(("value", "amount", "unit", "expected"), [
    ("2013-03-31", -1, "month", "2013-02-28"),
    ("2013-03-22", -7, "day", "2013-03-15"),
    ("2013-W01", -1, "week", "2012-W52"),
    ("2013-Q1", -1, "quarter", "2012-Q4"),
    ("2013-Q3", -1, "year", "2012-Q3"),
    ("2013-SP", 1, "season", "2013-SU"),
    ("2013-WI", -1, "year", "2012-WI"),
    ("2013", 2, "year", "2015"),
    ("199", 1, "decade", "200"),
])
def test_shift_keeps_granularity(value: str, amount: int, unit: str, expected: str) -> None:
    assert format_point(shift(parse_point(value), amount, unit)) == expected


def test_point_is_a_plain_value() -> None:
    assert Point("day", date(2013, 3, 22)) == parse_point("2013-03-22")
