"""Ranges: two time expressions that open and close one span ("from Nov. 15 to 26")."""
from __future__ import annotations

import re
from datetime import date

from ..model import Timex
from .engine import tag

# What may stand between the two ends of a range, and before the first ("from", "between").
_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*\Z", re.IGNORECASE)
_OPEN = re.compile(r"(?:from|between)\s+\Z", re.IGNORECASE)
_DASH = re.compile(r"\s*(?:-|–|—)\s*\Z")
_POINT_TYPES = ("DATE", "TIME")


def ranges(text: str, dct: date) -> list[tuple[Timex, Timex]]:
    """Pairs (first, last) of dated expressions joined as a range: "from X to Y", "between X
    and Y", "X-Y", "X through Y". "and" links only after "between" (else it lists)."""
    timexes = [t for t in tag(text, dct) if t.type in _POINT_TYPES and t.value[:1].isdigit()]
    out = []
    for a, b in zip(timexes, timexes[1:], strict=False):
        gap = text[a.end:b.start]
        if not _LINK.match(gap) or b.value < a.value[: len(b.value)]:
            continue
        opened = _OPEN.search(text, max(0, a.start - 12), a.start)
        is_and = gap.strip().lower() == "and"
        if is_and and not (opened and opened.group(0).lower().startswith("between")):
            continue
        word = gap.strip().lower()
        if opened or _DASH.match(gap) or word in ("through", "thru", "until", "till"):
            out.append((a, b))
        elif gap.strip().lower() == "to" and a.value[:4] == b.value[:4]:
            out.append((a, b))
    return out
