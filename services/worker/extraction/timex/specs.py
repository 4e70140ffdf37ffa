"""Underspecified values: what a rule says about a time before it is anchored.

A rule's `value` template, once its groups are filled in, is one of these forms:

- `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`: taken as they are.
- a duration `P<n><unit>...` with units Y, Q, M, W, FN (fortnight), WE, D, NI, H, MIN, S,
  DE, CE, ML and `n` a number, a fraction (2.5) or X: "P3Y", "P2.5Y", "PXD"; "PXX" for an
  unknown length.
- an anchored value `ANCHOR[.GRAN][(+|-)N[GRAN]][T<time>]`: ANCHOR is DCT (the document
  creation time) or REF (the time the text last mentioned); `.GRAN` takes the period of that
  granularity containing the anchor; the shift moves it by N units (of GRAN unless another
  unit is given, in which case the anchor keeps its own granularity). N = X gives
  PAST_REF/FUTURE_REF. `REF[M]` uses the reference time only if it is a month or coarser,
  else the DCT at the shift unit's granularity; `REF[Q<]` also only if it is finer than the
  shift unit (a deictic "last year" compares a quarter in focus, not a year: "fell to $14
  billion last year, down from 1996" is the DCT's last year). Examples: `DCT` (today), `DCT.D-1`
  (yesterday), `DCT.Y-1` (last year), `REF.D+1` (the following day), `REF-1Y` (a year
  earlier, same granularity), `REF[M]-1Y` ("up from $4 million a year ago": the period in
  focus a year before), `DCT.D-1TNI` (last night).
- a partial TimeML value with X for what the text leaves open, optionally led by a
  direction (`last:`, `next:`, `this:`, `past:` the DCT's own or an earlier one; otherwise
  the clause's tense decides) and followed
  by `@ANCHORED` to take the open fields from an anchored period: `XXXX-11-15`,
  `last:XXXX-WXX-5`, `XXXX-WXX-5TMO`, `XXXX-Q3`, `XX98`, `XX9` (a decade),
  `XXXX-XX-XXT15:00` (a clock time on the day in focus), `XXXX-06@DCT.Y-1` (June last year),
  `XXXX-04-25~6` (Saturday, April 25: the weekday picks the year), `XXXX-11/4/4` (the fourth
  Thursday of November), `XXXX-E-2` (two days before Easter Sunday), `XXXX-EW` (the week
  that ends on Easter Sunday: Holy Week); `>W` after a day takes the week that holds it
  (`XXXX-03-06>W`, "the week of March 6").
  A fully specified value (`2013-03-22`) is a partial value with nothing open.

Granularity codes: ML millennium (as ten centuries), CE century, DE decade, Y year,
HY half year, Q quarter, SE season, M month, W week, WE weekend, D day (H, MIN, S and NI
anchor on the day).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Anchor granularity codes -> `values` granularity names.
GRAN_CODES = {
    "ML": "century", "CE": "century", "DE": "decade", "Y": "year", "HY": "half", "Q": "quarter",
    "SE": "season", "M": "month", "W": "week", "FN": "week", "WE": "weekend", "D": "day",
    "NI": "day", "H": "day", "MIN": "day", "S": "day",
}
#: Shift amounts of units that are multiples of another (a fortnight is two weeks).
UNIT_FACTOR = {"FN": 2, "ML": 10}
#: Units shorter than a day shift a clock time by minutes (`Anchored.unit` "minute").
MINUTES = {"H": 60, "MIN": 1, "S": 1 / 60}
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
DIRECTIONS = ("last", "next", "this", "past")
_GRAN = "|".join(sorted(GRAN_CODES, key=lambda w: (-len(w), w)))
_TOD = r"(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2})"
_ANCHORED_RE = re.compile(
    rf"(?P<anchor>DCT|REF)(?:\[(?P<finest>{_GRAN})(?P<below><)?\])?(?:\.(?P<gran>{_GRAN}))?"
    rf"(?:(?P<sign>[+-])(?P<n>\d+(?:\.\d+)?|X)(?P<unit>{_GRAN})?)?(?:T(?P<tod>{_TOD}))?$"
)
_DURATION_RE = re.compile(r"P(?:(?:\d+(?:\.\d+)?|X)(?:MIN|FN|WE|NI|DE|CE|ML|Y|Q|M|W|D|H|S)|XX)+$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(MIN|FN|WE|NI|DE|CE|ML|Y|Q|M|W|D|H|S|X)")
_PARTIAL_RE = re.compile(
    r"(?:(?P<dir>last|next|this|past):)?"
    r"(?P<body>(?P<year>[\dX]{2,4})(?P<rest>-[\w~/+-]+?)?(?:T(?P<tod>" + _TOD + r"))?)"
    r"(?:>(?P<within>W))?(?:@(?P<at>.+))?$"
)
_REST_RE = re.compile(
    r"-(?:(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX)(?:~(?P<dayname>[1-7])?)?)?"
    r"|(?P<holiday>\d{2}/[1-7]/-?[1-5]|E[+-]\d{1,2}|EW)|Q(?P<quarter>[1-4X])|H(?P<half>[12X])"
    r"|(?P<season>SP|SU|FA|WI)|W(?P<week>\d{2}|XX)(?:-(?P<wday>[1-7]|WE))?)$"
)


@dataclass(frozen=True, slots=True)
class Anchored:
    """A period computed from the DCT or the reference time."""

    anchor: str  # "DCT" | "REF"
    gran: str | None  # values granularity name to coarsen to, or None to keep
    amount: int | str  # signed shift, or "+X"/"-X"
    unit: str | None  # values granularity name of the shift unit, or "minute"
    tod: str | None = None
    finest: str | None = None  # REF only if its granularity is this or coarser, else DCT
    below_unit: bool = False  # ... and finer than the shift unit


@dataclass(frozen=True, slots=True)
class Partial:
    """A TimeML value with open fields, to be filled from the DCT, the tense or an anchor."""

    direction: str | None
    year: str  # "2013", "XXXX", "XX98" (a year), "XX9"/"199" (decade), "XX"/"19" (century)
    month: str | None = None  # "03" or "XX"
    day: str | None = None
    quarter: str | None = None
    half: str | None = None
    season: str | None = None
    week: str | None = None
    wday: str | None = None  # "1".."7" or "WE"
    holiday: str | None = None  # "11/4/4" (4th Thursday of November) or "E-2" (Easter - 2)
    tod: str | None = None
    at: Anchored | None = None
    within: str | None = None  # "W": the week that holds the day ("the week of March 6")


@dataclass(frozen=True, slots=True)
class Literal:
    """A value used as it is: a REF value or a duration."""

    value: str


Spec = Anchored | Partial | Literal


def _anchored(text: str) -> Anchored | None:
    """The `Anchored` value `text` writes (`DCT.Y-1`, `REF[M]-1Y`...), or None if it is none."""
    m = _ANCHORED_RE.match(text)
    if not m:
        return None
    gran = GRAN_CODES[m["gran"]] if m["gran"] else None
    amount: int | str = 0
    unit = gran
    if m["sign"]:
        code = m["unit"] or m["gran"]
        if code is None:
            return None
        unit = "minute" if code in MINUTES else GRAN_CODES[code]
        if m["n"] == "X":
            amount = m["sign"] + "X"
        else:
            # whole units only: "1.5 years earlier" counts as 2, "0.4 seconds later" as none
            whole = round(float(m["n"]) * MINUTES.get(code, UNIT_FACTOR.get(code, 1)))
            amount = whole if m["sign"] == "+" else -whole
    finest = GRAN_CODES[m["finest"]] if m["finest"] else None
    return Anchored(m["anchor"], gran, amount, unit, m["tod"], finest, bool(m["below"]))


def parse_spec(text: str) -> Spec:
    """The `Spec` a filled-in value template denotes; ValueError if it is not well formed."""
    if text in REFS:
        return Literal(text)
    if text.startswith("P"):
        if not _DURATION_RE.match(text):
            raise ValueError(f"bad duration {text!r}")
        return Literal(text)
    anchored = _anchored(text)
    if anchored:
        return anchored
    m = _PARTIAL_RE.match(text)
    if not m:
        raise ValueError(f"not a value template {text!r}")
    at = None
    if m["at"]:
        at = _anchored(m["at"])
        if at is None:
            raise ValueError(f"bad anchor {m['at']!r} in {text!r}")
    fields: dict[str, str | None] = {}
    if m["rest"]:
        r = _REST_RE.match(m["rest"])
        if not r:
            raise ValueError(f"bad value {text!r}")
        fields = r.groupdict()
        dayname = fields.pop("dayname")
        if dayname:
            fields["wday"] = dayname
    return Partial(direction=m["dir"], year=m["year"], tod=m["tod"], at=at, within=m["within"],
                   **fields)


def format_duration(text: str) -> str:
    """A duration in TimeML form: time units after T, quarters and decades in months and years,
    fractions carried to the next smaller unit ("P2.5Y" -> "P2Y6M", "P1.5H" -> "PT1H30M")
    but kept in seconds ("PT9.58S", as ISO 8601 writes them)."""
    date_part: dict[str, float | str] = {}
    time_part: dict[str, float | str] = {}
    # TimeBank writes decades, centuries and millennia of unknown number as E, C, L
    to_base = {"FN": ("W", 2), "WE": ("D", 2), "NI": ("D", 1), "DE": ("Y", 10),
               "CE": ("Y", 100), "ML": ("Y", 1000)}
    x_units = {"DE": "E", "CE": "C", "ML": "L", "FN": "W", "WE": "D", "NI": "D"}
    smaller = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
               "H": ("MIN", 60), "MIN": ("S", 60)}
    for amount, unit in _DURATION_PART.findall(text):
        if amount == "X":
            unit = x_units.get(unit, unit)
            (time_part if unit in ("H", "MIN", "S") else date_part)[unit] = "X"
            continue
        n = float(amount)
        if unit in to_base:
            unit, factor = to_base[unit]
            n *= factor
        if unit == "S":  # seconds keep their fraction: "9.58 seconds" is PT9.58S
            time_part["S"] = round(time_part.get("S", 0) + n, 3) \
                if not isinstance(time_part.get("S"), str) else "X"
            continue
        whole = int(n)
        frac = n - whole
        parts = [(unit, whole)]
        if frac and unit in smaller:
            sub, factor = smaller[unit]
            parts.append((sub, round(frac * factor)))
        if whole == 0 and len(parts) > 1:
            parts = parts[1:]
        for u, v in parts:
            target = time_part if u in ("H", "MIN", "S") else date_part
            target[u] = target.get(u, 0) + v if not isinstance(target.get(u), str) else "X"
    order = ("L", "C", "E", "Y", "Q", "M", "W", "D", "X")
    out = "P" + "".join(f"{_num(date_part[u])}{u}" for u in order if u in date_part)
    if time_part:
        out += "T" + "".join(f"{_num(time_part[u])}{'M' if u == 'MIN' else u}"
                             for u in ("H", "MIN", "S") if u in time_part)
    return out


def _num(v: float | str) -> str:
    """A duration amount as text: 3.0 as "3", 2.5 as "2.5", an open amount ("X") as it is."""
    if isinstance(v, str):
        return v
    return str(int(v)) if float(v).is_integer() else f"{v:g}"
