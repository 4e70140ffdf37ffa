"""Ranges: two time expressions that open and close one span ("from Nov. 15 to 26")."""
from __future__ import annotations

from datetime import date

from ..model import Timex
from .engine import closes_range, tag

_POINT_TYPES = ("DATE", "TIME")


def ranges(text: str, dct: date) -> list[tuple[Timex, Timex]]:
    """Pairs (first, last) of dated expressions joined as a range: "from X to Y", "between X
    and Y", "X-Y", "X through Y". "and" links only after "between" (else it lists)."""
    timexes = [t for t in tag(text, dct) if t.type in _POINT_TYPES and t.value[:1].isdigit()]
    out = []
    for a, b in zip(timexes, timexes[1:], strict=False):
        if b.value < a.value[: len(b.value)]:
            continue
        if closes_range(text, a, b.start) or (
            # a bare "to" within one year ("Nov. 15 to 26")
            text[a.end:b.start].strip().lower() == "to" and a.value[:4] == b.value[:4]
        ):
            out.append((a, b))
    return out
