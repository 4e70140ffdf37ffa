"""The one tokenizer the event stage uses, for articles and for its word lists alike."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations with inner dots ("U.S.", "a.m.") are one token; words keep inner hyphens and
# apostrophes ("Ki-moon", "People's"), and the dotted abbreviation a hyphen joins them to
# ("China-U.S.", "Sino-U.S.", read as "China-US" is); any other non-space character is a token
# of its own. A compound that a line break split after its hyphen ("Asia- Pacific", "Roh Moo-
# hyun", "Imad al- Alami", "Paris- based") is one token, read without the space; a hyphen
# before "and", "or", "nor" or "to" is a suspended one ("Greek- and Turkish-Cypriot"), left
# as it is.
_PART = r"[A-Za-z][A-Za-z0-9]*"
TOKEN_RE = re.compile(
    rf"(?P<broken>{_PART}(?:-[ \t]?{_PART})*-[ \t](?!(?:and|or|nor|to)\b){_PART}"
    rf"(?:-[ \t]?{_PART})*)|"
    r"(?:[A-Za-z]\.){2,}|\w+(?:-(?:[A-Za-z]\.){2,}|[-'’]\w+)*|[^\w\s]"
)
_BROKEN_HYPHEN = re.compile(r"-[ \t]")
_BROKEN_IN_TEXT = re.compile(r"(?<=[A-Za-z0-9])-[ \t](?!(?:and|or|nor|to)\b)(?=[A-Za-z])")


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


def mend(text: str) -> str:
    """`text` with each compound a line break split after its hyphen written whole, as the
    tokens read it ("Roh Moo- hyun" -> "Roh Moo-hyun"; "Greek- and Turkish" is left)."""
    return _BROKEN_IN_TEXT.sub("-", text)
