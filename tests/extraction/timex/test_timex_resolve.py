"""Stage two, table by table: underspecified values anchored on the DCT, the tense and the
time in focus. The DCT of every row is Friday 2013-03-22 (ISO week 12) unless given."""
from __future__ import annotations

from datetime import date

import pytest

from services.worker.extraction.timex.engine import Focus, tag
from services.worker.extraction.timex.resolve import easter_sunday, holiday_date, resolve
from services.worker.extraction.timex.specs import format_duration, parse_spec
from services.worker.extraction.timex.values import parse_point

DCT = date(2013, 3, 22)


def _resolve(spec: str, tense: str | None = None, focus: tuple[str, ...] = (),
             dct: date = DCT) -> str:
    known = Focus()
    for value in focus:
        known.mention(parse_point(value))
    return resolve(parse_spec(spec), dct, known, lambda: tense)[0]


@pytest.mark.parametrize(("spec", "expected"), [
    ("DCT", "2013-03-22"),
    ("DCT.D-1", "2013-03-21"),
    ("DCT.D+1TNI", "2013-03-23TNI"),
    ("DCT.W-1", "2013-W11"),
    ("DCT.M+1", "2013-04"),
    ("DCT.Q-1", "2012-Q4"),
    ("DCT.Y-2", "2011"),
    ("DCT.DE", "201"),
    ("DCT.WE+0", "2013-W12-WE"),
    ("DCT.FN-1", "2013-W10"),
    ("DCT.Y-X", "PAST_REF"),
    ("DCT.M+X", "FUTURE_REF"),
])
def test_anchored_on_the_dct(spec: str, expected: str) -> None:
    assert _resolve(spec) == expected


@pytest.mark.parametrize(("spec", "focus", "expected"), [
    ("REF.D+1", ("2006-11-15",), "2006-11-16"),
    ("REF.Y-1", ("1998",), "1997"),
    ("REF-1Y", ("1989-Q3",), "1988-Q3"),
    ("REF.Q", ("1989-Q3", "1989-09-30"), "1989-Q3"),
    ("REF.D+1", (), "2013-03-23"),  # nothing in focus: the DCT
    ("REF[M]-1Y", ("2013-03-22",), "2012"),  # a day is too fine: a year before the DCT
    ("REF[M]-1Y", ("2013-03",), "2012-03"),
    ("XXXX-11-26@REF", ("2006-11-15",), "2006-11-26"),
    ("XXXX-XX-XXT15:00", ("2013-03-20",), "2013-03-20T15:00"),
    # shorter than a day: a clock time moves by the minute, a day or part of it stays
    ("REF+2H", ("2013-03-20T23:00",), "2013-03-21T01:00"),
    ("REF+10MIN", ("2013-03-20TAF",), "2013-03-20TAF"),
    ("REF-1H", ("2013-03-20",), "2013-03-20"),
    ("DCT.H-5", (), "2013-03-22"),
])
def test_anchored_on_the_time_in_focus(spec: str, focus: tuple, expected: str) -> None:
    assert _resolve(spec, focus=focus) == expected


@pytest.mark.parametrize(("spec", "tense", "expected"), [
    ("XXXX-WXX-5", None, "2013-03-22"),  # the day itself
    ("XXXX-WXX-1", "past", "2013-03-18"),
    ("XXXX-WXX-1", "future", "2013-03-25"),
    ("XXXX-WXX-1", None, "2013-03-18"),  # news reports the past by default
    ("last:XXXX-WXX-5", None, "2013-03-15"),
    ("next:XXXX-WXX-5", "past", "2013-03-29"),
    ("this:XXXX-WXX-7", None, "2013-03-24"),
    ("XXXX-WXX-WE", "past", "2013-W11-WE"),
    ("XXXX-WXX-6", "future", "2013-03-23"),
    # later than a past time ("protesters planned a demonstration on Saturday"): the nearest
    ("XXXX-WXX-6", "prospective", "2013-03-23"),
    ("XXXX-WXX-2", "prospective", "2013-03-19"),
])
def test_weekdays(spec: str, tense: str | None, expected: str) -> None:
    assert _resolve(spec, tense) == expected


@pytest.mark.parametrize(("spec", "tense", "expected"), [
    ("XXXX-01", "past", "2013-01"),
    ("XXXX-12", "past", "2012-12"),
    ("XXXX-04", "future", "2013-04"),
    ("XXXX-02", "future", "2014-02"),
    ("XXXX-03", "future", "2013-03"),  # the current month
    ("last:XXXX-03", None, "2012-03"),
    ("next:XXXX-05", None, "2013-05"),
    ("XXXX-12-30", "past", "2012-12-30"),
    ("XXXX-04-02", None, "2013-04-02"),  # near the DCT, no tense: the nearest
    ("XXXX-09-22", None, "2012-09-22"),  # half a year either way: the past
    ("XXXX-05", "prospective", "2013-05"),  # "agreed to buy it in May": either side
    ("XXXX-01", "prospective", "2013-01"),
    ("XXXX-03-22~4", None, "2012-03-22"),  # "Thursday, March 22": the weekday picks the year
    ("XXXX-SP", "past", "2013-SP"),
    ("last:XXXX-SP", None, "2012-SP"),
    ("next:XXXX-WI", None, "2014-WI"),
    ("XXXX-Q3", "past", "2012-Q3"),
    ("XXXX-Q1", "past", "2013-Q1"),
    ("XXXX-H2", "future", "2013-H2"),
    ("this:XXXX-H2", "past", "2013-H2"),
    ("XXXX-06@DCT.Y-1", None, "2012-06"),
    ("XXXX-Q1@DCT.Y+1", None, "2014-Q1"),
    ("XXXX-WXX-2@DCT.W+1", None, "2013-03-26"),
])
def test_months_days_and_periods(spec: str, tense: str | None, expected: str) -> None:
    assert _resolve(spec, tense) == expected


def test_a_quarter_just_ended_is_still_reported_on() -> None:
    assert _resolve("XXXX-Q3", "future", dct=date(1989, 10, 30)) == "1989-Q3"


@pytest.mark.parametrize(("spec", "expected"), [
    ("XX9", "199"), ("XX2", "192"), ("XX0", "200"), ("XX98", "1998"), ("XX13", "2013"),
    ("XX20", "2020"), ("1998", "1998"), ("199", "199"), ("19", "19"),
])
def test_years_decades_centuries(spec: str, expected: str) -> None:
    assert _resolve(spec) == expected


@pytest.mark.parametrize(("spec", "expected"), [
    ("P3D", "P3D"), ("P2.5Y", "P2Y6M"), ("P0.5H", "PT30M"), ("P1.5H", "PT1H30M"),
    ("P24H", "PT24H"), ("PXMIN", "PTXM"), ("P2DE", "P20Y"), ("PXDE", "PXE"), ("PXCE", "PXC"),
    ("P1Q", "P1Q"), ("P2FN", "P4W"), ("PXX", "PXX"), ("P1MIN30S", "PT1M30S"),
])
def test_durations(spec: str, expected: str) -> None:
    assert format_duration(spec) == expected
    assert _resolve(spec) == expected


@pytest.mark.parametrize(("year", "easter"), [
    (2013, date(2013, 3, 31)), (2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)),
    (1998, date(1998, 4, 12)), (2024, date(2024, 3, 31)),
])
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(("rule", "year", "day"), [
    ("11/4/4", 1999, date(1999, 11, 25)),  # Thanksgiving
    ("05/1/-1", 2013, date(2013, 5, 27)),  # Memorial Day
    ("09/1/1", 2013, date(2013, 9, 2)),  # Labor Day
    ("E-2", 2013, date(2013, 3, 29)),  # Good Friday
])
def test_moving_holidays(rule: str, year: int, day: date) -> None:
    assert holiday_date(rule, year) == day


@pytest.mark.parametrize("text", ["", "DCT.Q+", "P", "PXZ", "REF@", "next:", "Q3", "XXXX-W"])
def test_malformed_specs_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_spec(text)


@pytest.mark.parametrize("text, expected", [
    # open weekdays listed before one whose week is told take that week
    ("They met on Monday and Tuesday last week.", ["2006-11-13", "2006-11-14"]),
    ("They met Monday, Tuesday and Friday of last week.",
     ["2006-11-13", "2006-11-14", "2006-11-17"]),
    ("They will meet Thursday or Friday next week.", ["2006-11-30", "2006-12-01"]),
    # not across a new clause, nor a weekday with its own direction or part of the day
    ("He met Olmert on Monday, and on Tuesday last week he saw Abbas.",
     ["2006-11-20", "2006-11-14"]),
    ("They met last Monday and Tuesday last week.", ["2006-11-20", "2006-11-14"]),
    ("They met Monday night and Tuesday last week.", ["2006-11-20TNI", "2006-11-14"]),
])
def test_weekdays_listed_with_a_told_week(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, date(2006, 11, 22))] == expected
