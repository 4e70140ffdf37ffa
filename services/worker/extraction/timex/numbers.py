"""Numbers as news writes them: digits ("1,500", "2.5", "2 1/2"), words ("twenty-four",
"a hundred", "two thousand and one") and vague amounts ("several" -> "X")."""
from __future__ import annotations

import re

_FRACTION = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)$")
_SPLIT = re.compile(r"[\s-]+")


def word_number_regex(words: dict[str, int]) -> str:
    """A regex for number words built from `words` (word -> value): "twenty four", "a hundred"."""
    def alt(values) -> str:
        """The one-word keys valued in `values`, longest first so "seventeen" beats "seven"."""
        keys = sorted((k for k, v in words.items() if v in values and " " not in k),
                      key=len, reverse=True)
        return "|".join(re.escape(k) for k in keys)

    units = alt(range(1, 10))
    small = alt(range(0, 20))
    tens = alt(range(20, 100, 10))
    below_100 = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|(?:{small}))"
    scale = r"(?:hundred|thousand)"
    return rf"(?:{below_100}(?:\s+{scale}(?:\s+(?:and\s+)?{below_100})?)?)(?!\w)"


def parse_number(text: str, words: dict[str, int], vague: dict[str, str]) -> float | str:
    """The value of a number written in digits or words; "X" for a vague amount."""
    s = " ".join(text.lower().split())
    if s in vague:
        return "X"
    if s.endswith(" of"):  # "a couple of"
        s = s[:-3]
    if s.startswith(("a ", "an ")):  # "a hundred", "a couple", "a dozen"
        s = s.split(" ", 1)[1]
    s = s.replace(",", "")
    m = _FRACTION.match(s)
    if m:
        whole = int(m.group(1) or 0)
        return whole + int(m.group(2)) / int(m.group(3))
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        pass
    total, current = 0, 0
    for word in _SPLIT.split(s):
        if word == "and" or not word:
            continue
        if word not in words:
            raise ValueError(f"not a number: {text!r}")
        value = words[word]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current
