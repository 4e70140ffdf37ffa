"""Inputs built to make a tagger slow: each must take time linear in its size.

Each input is tagged at size n and 10n (CPU time, best of a few runs); ten times the text
may take at most 25 times as long (a quadratic tagger takes 100 times as long).
"""
from __future__ import annotations

import time
from datetime import date

import pytest

from services.worker.extraction.timex import tag

DCT = date(2013, 3, 22)
UNIT = 4_000  # characters at size n

PATHOLOGICAL = {
    "repeated month": "May ",
    "repeated ambiguous word": "march May may ",
    "repeated weekday and date": "on Friday, March 22, 2013 ",
    "digit run": "7",
    "digit groups": "111,",
    "decimal chain": "1.",
    "repeated article": "the ",
    "repeated a": "a ",
    "numbers and units": "two three four years days ",
    "range chain": "Nov. 15 to 26 and ",
    "anaphora chain": "the following day ",
    "comparison chain": "from $4 million a year ago ",
    "white space": " ",
    "one long word": "x",
    "apostrophes": "'",
    "clock-like": "10:30 p.m. ",
    "long sentence without stops": "said he will meet them on Tuesday and ",
}


def _cpu_seconds(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        tag(text, DCT)
        best = min(best, time.process_time() - started)
    return best


def _text(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


@pytest.mark.parametrize("piece", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_linear_time(piece: str) -> None:
    tag("warm-up on Friday", DCT)
    small = _cpu_seconds(_text(piece, UNIT), runs=5)
    large = _cpu_seconds(_text(piece, 10 * UNIT), runs=2)
    assert large <= 25 * max(small, 0.001), (small, large)


def test_one_megabyte_of_may() -> None:
    text = "May " * 262_144  # 1 MiB
    found = tag(text, DCT)
    assert found[0].value == "2013-05"  # the first is a month, the rest a name-like run
    assert all(t.end <= len(text) for t in found)
