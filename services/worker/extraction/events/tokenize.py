"""The one tokenizer the event stage uses, for articles and for its word lists alike."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations with inner dots ("U.S.", "a.m.") are one token; words keep inner hyphens and
# apostrophes ("Ki-moon", "People's"); any other non-space character is a token of its own. A
# compound of capitalised words that a line break split after its hyphen ("Asia- Pacific",
# "Sino- British") is one token, read without the space.
TOKEN_RE = re.compile(
    r"(?P<broken>[A-Z]\w*(?:-[ \t]?[A-Z]\w*)*-[ \t](?=[A-Z])\w+(?:-[ \t]?[A-Z]\w*)*)|"
    r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]"
)
_BROKEN_HYPHEN = re.compile(r"-[ \t]")


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Each token of `text`: its span and its word (a broken compound's without the space)."""
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        yield m.start(), m.end(), _BROKEN_HYPHEN.sub("-", word) if m.lastgroup else word


def words(phrase: str) -> tuple[str, ...]:
    """The tokens of `phrase`, as written."""
    return tuple(w for _, _, w in tokens(phrase))


def key(phrase: str) -> tuple[str, ...]:
    """The lower-cased tokens of `phrase`: the form word lists are looked up by."""
    return tuple(w.lower() for _, _, w in tokens(phrase))
