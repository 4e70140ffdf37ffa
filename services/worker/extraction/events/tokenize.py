"""The one tokenizer the event stage uses, for articles and for its word lists alike."""

from __future__ import annotations

import re

# Abbreviations with inner dots ("U.S.", "a.m.") are one token; words keep inner hyphens and
# apostrophes ("Ki-moon", "People's"); any other non-space character is a token of its own.
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")


def words(phrase: str) -> tuple[str, ...]:
    """The tokens of `phrase`, as written."""
    return tuple(TOKEN_RE.findall(phrase))


def key(phrase: str) -> tuple[str, ...]:
    """The lower-cased tokens of `phrase`: the form word lists are looked up by."""
    return tuple(t.lower() for t in TOKEN_RE.findall(phrase))
