"""Stage two: anchor an underspecified value (`specs.Spec`) on the DCT, the reference time
and the clause's tense. One small resolver per granularity; all pure."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from .specs import REFS, Anchored, Literal, Partial, Spec, format_duration
from .values import UNIT_SPAN, Point, coarsen, coarser, format_point, shift

#: A tense reading: "past", "past_verb" (a verb in the past right before the expression's
#: "in"/"on": "was elected in April"), "pluperfect", "future", "present", "prospective"
#: (later than a past time, either side of now) or None, computed only when needed.
Tense = Callable[[], str | None]
#: The time in focus for a granularity (None: any): the last one the text mentioned.
Focus = Callable[[str | None], Point | None]


def resolve(spec: Spec, dct: date, ref: Focus, tense: Tense) -> tuple[str, Point | None]:
    """The TimeML value of `spec`, and the point it names (None for durations and REF values)."""
    if isinstance(spec, Literal):
        if spec.value in REFS:
            return spec.value, None
        return format_duration(spec.value), None
    if isinstance(spec, Anchored):
        point = resolve_anchored(spec, dct, ref)
    else:
        point = resolve_partial(spec, dct, ref, tense)
    if isinstance(point, str):
        return point, None
    return format_point(point), point


def resolve_anchored(spec: Anchored, dct: date, ref: Focus) -> Point | str:
    """`DCT.Y-1`, `REF.D+1`, `REF-1Y`...: coarsen the anchor, then shift it."""
    point = Point("day", dct)
    if spec.anchor == "REF":
        focus = ref(spec.gran)
        if focus is not None and not (spec.finest and coarser(spec.finest, focus.gran)) \
                and not (spec.below_unit and spec.unit and not coarser(spec.unit, focus.gran)):
            point = focus
        elif spec.finest:  # the reference is too fine: count from the DCT in whole units
            point = coarsen(dct, spec.unit)
    if spec.gran:
        point = coarsen(point.start, spec.gran)
    if isinstance(spec.amount, str):
        return "PAST_REF" if spec.amount.startswith("-") else "FUTURE_REF"
    if spec.amount and spec.unit == "minute":
        point = _shift_clock(point, spec.amount)
    elif spec.amount:
        if _beyond_calendar(point.start, spec.amount, spec.unit):  # "10,000 years ago"
            return "PAST_REF" if spec.amount < 0 else "FUTURE_REF"
        point = shift(point, spec.amount, spec.unit)
    return _with_time_of_day(point, spec.tod)


def _beyond_calendar(start: date, amount: int, unit: str) -> bool:
    """Whether moving `start` by `amount` units leaves the years 1-9999 that values write."""
    kind, size = UNIT_SPAN[unit]
    years = amount * size / (12 if kind == "m" else 365.25)
    return not 1 <= start.year + years <= 9999


def _shift_clock(point: Point, minutes: int) -> Point:
    """A clock time moved by `minutes` ("two hours later" after 3 p.m. Friday: 5 p.m.); a
    day or part of a day stays what it is ("ten minutes later" that afternoon)."""
    if point.gran != "time" or not point.tod or ":" not in point.tod:
        return point
    hour, minute = (int(x) for x in point.tod.split(":"))
    moved = datetime.combine(point.start, time(hour, minute)) + timedelta(minutes=minutes)
    return Point("time", moved.date(), f"{moved.hour:02d}:{moved.minute:02d}")


def _with_time_of_day(point: Point, tod: str | None) -> Point:
    """`point` at the clock time or part of day `tod`, if given and the point is a day or finer."""
    if not tod or point.gran not in ("day", "partofday", "time"):
        return point
    return Point("time" if ":" in tod else "partofday", point.start, tod)


def resolve_partial(spec: Partial, dct: date, ref: Focus, tense: Tense) -> Point | str:
    """A TimeML value with X fields, filled from an anchor, the DCT and the tense."""
    if spec.tod and spec.year.startswith("X") and spec.month in (None, "XX") \
            and spec.day in (None, "XX") and spec.week is None:  # a clock time, no day given
        return _clock_time(spec.tod, dct, ref)
    if spec.month is None and spec.quarter is None and spec.half is None \
            and spec.season is None and spec.week is None and spec.holiday is None:
        return _year_like(spec.year, dct)
    if spec.at is not None:
        anchor = resolve_anchored(spec.at, dct, ref)
        if isinstance(anchor, str):
            return anchor
        if spec.week == "XX" and spec.direction in ("last", "next"):  # "the previous Friday"
            point = _weekday(spec, anchor.start, spec.direction)
        else:
            point = _fill_from_anchor(spec, anchor)
    elif spec.week == "XX":
        point = _weekday(spec, dct, spec.direction or _weekday_direction(tense()))
    elif spec.year.startswith("X"):
        point = _in_year_by_direction(spec, dct, spec.direction, tense)
    else:
        point = _build(spec, int(spec.year))
    if point is None:
        return "XXXX"
    if spec.within == "W" and point.gran == "day":
        return coarsen(point.start, "week")
    return _with_time_of_day(point, spec.tod)


def open_year(spec: Spec) -> bool:
    """Whether `spec` is a month, day or season of the calendar with its year left open
    ("Nov. 30", "June"): what the far end of a range can take from the near one."""
    return isinstance(spec, Partial) and spec.year == "XXXX" and spec.at is None \
        and spec.direction is None and spec.week is None and spec.holiday is None \
        and (spec.month not in (None, "XX") or spec.season is not None)


def resolve_after(spec: Partial, start: Point, wrap: bool) -> Point | None:
    """The period `spec` names (its year open) that is the first not to start before the
    period `start` in the same year ("from June 1 to [Nov. 30]") or, if `wrap`, the next
    ("Dec. 28-[Jan. 3]")."""
    for year in (start.start.year, start.start.year + 1)[:2 if wrap else 1]:
        point = _build(spec, year)
        if point is None:
            return None
        if point.start >= coarsen(start.start, point.gran).start:
            return _with_time_of_day(point, spec.tod)
    return None


def resolve_before(spec: Partial, end: Point) -> Point | None:
    """The period `spec` names (its year open) that is the last not to start after the
    period `end` ("from [Dec. 28] to Jan. 3, 2014")."""
    for year in (end.start.year, end.start.year - 1):
        point = _build(spec, year)
        if point is None:
            return None
        if point.start <= end.start:
            return _with_time_of_day(point, spec.tod)
    return None


def _tense_direction(reading: str | None, default: str | None = None) -> str | None:
    """The direction a tense reading gives, past or future (firm pasts are past), else `default`."""
    if reading in _FIRM_PAST:
        return "past"
    return reading if reading in ("future", "past") else default


def _weekday_direction(reading: str | None) -> str:
    """Where an open weekday lies: by the tense, the nearest one when what is told is later
    than a past time ("protesters planned a demonstration on Saturday"), else the last."""
    if reading == "prospective":
        return "nearest"
    return _tense_direction(reading, default="past")


def _year_like(year: str, dct: date) -> Point:
    """A year, decade or century, possibly with its leading digits open ("XX98", "XX9")."""
    if not year.startswith("X"):
        if len(year) == 2:
            return Point("century", date(max(int(year) * 100, 1), 1, 1))
        if len(year) == 3:
            return Point("decade", date(max(int(year) * 10, 1), 1, 1))
        return Point("year", date(int(year), 1, 1))
    digits = year.lstrip("X")
    if len(year) == 3:  # a decade: the latest one that began by the DCT ("the nineties")
        start = dct.year // 100 * 100 + int(digits) * 10
        if start > dct.year:
            start -= 100
        return Point("decade", date(max(start, 1), 1, 1))
    if len(year) == 4 and len(digits) == 2:  # "'98": the nearest such year, earlier on ties
        candidates = [dct.year // 100 * 100 + k * 100 + int(digits) for k in (-1, 0, 1)]
        best = min(candidates, key=lambda y: (abs(y - dct.year), y > dct.year))
        return Point("year", date(best, 1, 1))
    return Point("year", date(dct.year, 1, 1))


def _clock_time(tod: str, dct: date, ref: Focus) -> Point:
    """A clock time on the day in focus: the last day mentioned, else the DCT."""
    focus = ref("day")
    day = focus.start if focus is not None else dct
    return Point("time" if ":" in tod else "partofday", day, tod)


def _build(spec: Partial, year: int) -> Point | None:
    """The period `spec` names in `year` (month, day, quarter, half, season or week)."""
    try:
        if spec.holiday == "EW":  # Holy Week, Monday to Easter Sunday
            return Point("week", easter_sunday(year) - timedelta(days=6))
        if spec.holiday:
            return Point("day", holiday_date(spec.holiday, year))
        if spec.quarter:
            if spec.quarter == "X":
                return None
            return Point("quarter", date(year, 3 * int(spec.quarter) - 2, 1))
        if spec.half:
            if spec.half == "X":
                return None
            return Point("half", date(year, 6 * int(spec.half) - 5, 1))
        if spec.season:
            return coarsen(date(year, {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[spec.season], 15),
                           "season")
        if spec.week and spec.week != "XX":
            monday = date.fromisocalendar(year, int(spec.week), 1)
            if spec.wday == "WE":
                return Point("weekend", monday)
            if spec.wday:
                return Point("day", monday + timedelta(days=int(spec.wday) - 1))
            return Point("week", monday)
        if spec.month and spec.month != "XX":
            if spec.day and spec.day != "XX":
                return Point("day", date(year, int(spec.month), int(spec.day)))
            return Point("month", date(year, int(spec.month), 1))
    except ValueError:
        return None
    return None


#: How many days against the clause's tense a period may lie and still beat one on the
#: tense's side that is farther from the DCT ("payable Jan. 2" said in November). A past
#: reading is the weaker cue (news is told in the past tense; "-ed" words mislead).
TENSE_PENALTY_DAYS = {"past": 260, "future": 320, "pluperfect": 1000, "past_verb": 1000}
#: Readings that put a period firmly in the past ("had snubbed an election in January",
#: "was elected in April" said in March: last April).
_FIRM_PAST = ("pluperfect", "past_verb")
#: With no tense to go by, news more often reports what has happened: a period after the
#: DCT counts this much farther.
UNMARKED_FUTURE_DAYS = 100


def easter_sunday(year: int) -> date:
    """Easter Sunday of `year` (Gregorian calendar; the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own names)
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday_date(rule: str, year: int) -> date:
    """The day a moving holiday falls on in `year`: "11/4/4" or "E-2" (see `specs`)."""
    if rule.startswith("E"):
        return easter_sunday(year) + timedelta(days=int(rule[1:]))
    month, weekday, n = (int(x) for x in rule.split("/"))
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _in_year_by_direction(spec: Partial, dct: date, direction: str | None,
                          tense: Tense) -> Point | None:
    """A month, day, quarter, half or season with its year open. "last"/"next"/"this" pick
    the one before, after or in the DCT's year; otherwise the one nearest the DCT wins, a
    period on the wrong side of the clause's tense counting TENSE_PENALTY_DAYS farther."""
    point = _build(spec, dct.year)
    if point is None:
        return None
    now = coarsen(dct, point.gran).start
    if direction in ("last", "next", "this"):
        step = 0
        if direction == "last" and point.start >= now:
            step = -1
        elif direction == "next" and point.start <= now:
            step = 1
        return _build(spec, dct.year + step) if step else point
    reading = tense()
    direction = _tense_direction(reading)
    candidates = [p for p in (_build(spec, dct.year + k) for k in (-1, 0, 1)) if p is not None]
    if spec.wday and spec.day:  # "Saturday, April 25": the year in which the weekday fits
        fitting = [p for p in candidates if p.start.isoweekday() == int(spec.wday)]
        candidates = fitting or candidates

    def cost(p: Point) -> int:
        """Days from now to `p`, more if it lies against the tense or, tenseless, in the future."""
        days = abs((p.start - now).days)
        # a quarter's results come out in the next one: "third-quarter profit will fall"
        # said in October is about the quarter just ended
        just_ended = p.gran == "quarter" and shift(p, 1, "quarter").start == now
        wrong_side = (direction == "past" and p.start > now
                      or direction == "future" and p.start < now and not just_ended)
        unmarked_future = direction is None and p.start > now
        penalty = TENSE_PENALTY_DAYS[reading if reading in _FIRM_PAST else direction] \
            if wrong_side else 0
        return (days + penalty
                + (UNMARKED_FUTURE_DAYS if unmarked_future else 0))

    return min(candidates, key=cost)


def _weekday(spec: Partial, dct: date, direction: str | None) -> Point | None:
    """A weekday (or weekend) of an open week: the nearest one in the direction from the DCT."""
    target = 6 if spec.wday == "WE" else int(spec.wday or 1)
    diff = target - dct.isoweekday()
    if direction == "this":
        offset = diff
    elif direction == "last":
        offset = diff if diff < 0 else diff - 7
    elif direction == "next":
        offset = diff if diff > 0 else diff + 7
    elif direction == "future":
        offset = diff if diff >= 0 else diff + 7
    elif direction == "nearest":
        offset = min((diff, diff - 7, diff + 7), key=abs)
    else:
        offset = diff if diff <= 0 else diff - 7
    day = dct + timedelta(days=offset)
    if spec.wday == "WE":
        return coarsen(day, "weekend")
    return Point("day", day)


def _fill_from_anchor(spec: Partial, anchor: Point) -> Point | None:
    """Open fields taken from an anchor period: "June last year", "Friday of next week"."""
    if spec.week == "XX":
        monday = anchor.start - timedelta(days=anchor.start.weekday())
        if spec.wday == "WE":
            return Point("weekend", monday)
        return Point("day", monday + timedelta(days=int(spec.wday or 1) - 1))
    year = int(spec.year) if not spec.year.startswith("X") else anchor.start.year
    if spec.quarter == "X" and anchor.gran == "quarter":  # "the 1988 period": that quarter
        spec = replace(spec, quarter=str((anchor.start.month - 1) // 3 + 1))
    elif spec.half == "X" and anchor.gran == "half":
        spec = replace(spec, half=str((anchor.start.month - 1) // 6 + 1))
    return _build(spec, year)
