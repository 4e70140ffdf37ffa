"""ranges(): the two ends of a span, each with a full value, for the event extractor."""
from __future__ import annotations

from datetime import date

import pytest

from services.worker.extraction.timex import ranges

CASES = [
    ("Talks will run from Nov. 15 to 26 in Nairobi.", date(2006, 11, 10),
     [("Nov. 15", "2006-11-15"), ("26", "2006-11-26")]),
    ("The summit on Nov. 18-19 ended.", date(2006, 11, 20),
     [("Nov. 18", "2006-11-18"), ("19", "2006-11-19")]),
    ("It met on December 15-16.", date(2013, 1, 10),
     [("December 15", "2012-12-15"), ("16", "2012-12-16")]),
    ("The fair runs from March 28 to April 2.", date(2013, 3, 22),
     [("March 28", "2013-03-28"), ("April 2", "2013-04-02")]),
    ("It is open between March and May.", date(2013, 3, 22),
     [("March", "2013-03"), ("May", "2013-05")]),
    ("He served from 2010 to 2012.", date(2013, 3, 22), [("2010", "2010"), ("2012", "2012")]),
    ("on 15-16 March", date(2013, 3, 10), [("15", "2013-03-15"), ("16 March", "2013-03-16")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0] for c in CASES])
def test_ranges(text: str, dct: date, expected: list) -> None:
    (first, last), = ranges(text, dct)
    assert [(first.text, first.value), (last.text, last.value)] == expected


@pytest.mark.parametrize("text", [
    "He arrived on Monday and left on Friday.",  # two dates, no range
    "It rose 15 to 26 percent in March.",
    "Prices fell in 2012 and 2013.",
])
def test_lists_are_not_ranges(text: str) -> None:
    assert ranges(text, date(2013, 3, 22)) == []
