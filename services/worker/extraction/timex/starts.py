"""Which words a compiled rule can start with, read from its regex.

The engine tries a rule only where a text token it can start with stands, instead of
scanning every character with every rule: that is what makes the tagger fast. A first
token is a run of lower-case letters ("the", "jan", "friday"), "#" for a digit or "'" for
an apostrophe ("'98"). When the set cannot be known (a pattern opening with a broad class
of letters), `leading_tokens` returns None and the engine scans with that rule.
"""
from __future__ import annotations

import re
from re import _constants as c
from re import _parser as parser

DIGIT, APOSTROPHE = "#", "'"
_APOSTROPHES = "'\u2019"
_MAX_CLASS_LETTERS = 4  # "[Qq]" is enumerable; "[a-z]" is not


class _Unknown(Exception):
    """A pattern construct whose first tokens cannot be listed."""


def leading_tokens(pattern: re.Pattern) -> frozenset[str] | None:
    """The first tokens any match of `pattern` can begin with, or None if unbounded."""
    try:
        return frozenset(_walk(list(parser.parse(pattern.pattern, pattern.flags).data), ""))
    except _Unknown:
        return None


def _class_chars(items) -> tuple[set[str], bool]:
    """The characters of a character class, and whether it can match a digit."""
    chars: set[str] = set()
    digit = False
    for op, av in items:
        if op is c.NEGATE:
            raise _Unknown
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > 50:
                raise _Unknown
            chars.update(chr(x) for x in range(lo, hi + 1))
        elif op is c.CATEGORY:
            if av is c.CATEGORY_DIGIT:
                digit = True
            elif av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                chars.add(" ")
            else:
                raise _Unknown
        else:
            raise _Unknown
    return chars, digit or any(ch.isdigit() for ch in chars)


def _after_char(ch: str, rest: list, prefix: str) -> set[str]:
    """Continue the walk once `ch` has been read."""
    low = ch.lower()
    if low.isalpha():
        return _walk(rest, prefix + low)
    if prefix:
        return {prefix}
    if ch.isdigit():
        return {DIGIT}
    if ch in _APOSTROPHES:
        return {APOSTROPHE}
    raise _Unknown  # a match opening with punctuation or space: not indexed


def _walk(items: list, prefix: str) -> set[str]:
    """The first tokens a match of parsed `items` can start with after `prefix`; else _Unknown."""
    if not items:
        if prefix:
            return {prefix}
        raise _Unknown  # the pattern can match the empty string here
    (op, av), rest = items[0], items[1:]
    if op is c.LITERAL:
        return _after_char(chr(av), rest, prefix)
    if op is c.IN:
        chars, digit = _class_chars(av)
        letters = {ch.lower() for ch in chars if ch.isalpha()}
        if len(letters) > _MAX_CLASS_LETTERS:
            raise _Unknown
        out: set[str] = set()
        if digit:
            out |= {prefix} if prefix else {DIGIT}
        for ch in {ch for ch in chars if not ch.isdigit()}:
            out |= _after_char(ch, rest, prefix)
        return out
    if op is c.BRANCH:
        out = set()
        for alternative in av[1]:
            out |= _walk(list(alternative.data) + rest, prefix)
        return out
    if op is c.SUBPATTERN:
        return _walk(list(av[3].data) + rest, prefix)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        taken = _walk(list(body.data) + rest, prefix)
        return taken if low else taken | _walk(rest, prefix)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _walk(rest, prefix)
    raise _Unknown
