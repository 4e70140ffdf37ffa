"""Regexes that cannot backtrack without bound, checked on their parse trees.

Python's regex engine backtracks: a pattern whose unbounded repeat holds another unbounded
repeat ("(a+)+", "(\\s*\\w+)*") or whose two unbounded repeats stand side by side over
characters both can take ("\\s*\\s+", "\\d+\\w+") can try exponentially or quadratically many
ways to split a long run before it fails. `unsafe_repeats` finds both shapes, so the loader
can refuse such a rule when the grammar loads, before any text is tagged.
"""
from __future__ import annotations

import re
from re import _constants as c
from re import _parser as parser

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ANY = frozenset(range(0x110000))
_CATEGORIES = {
    c.CATEGORY_DIGIT: frozenset(range(48, 58)),
    c.CATEGORY_SPACE: frozenset(map(ord, " \t\n\r\f\v")),
    c.CATEGORY_WORD: frozenset(range(48, 58)) | frozenset(range(65, 91))
    | frozenset(range(97, 123)) | {95},
}


def unsafe_repeats(pattern: re.Pattern) -> list[str]:
    """Descriptions of the nested or ambiguous adjacent unbounded repeats in `pattern`."""
    problems: list[str] = []
    _check(list(parser.parse(pattern.pattern, pattern.flags).data), False, problems)
    return problems


def _check(items: list, inside_unbounded: bool, problems: list[str]) -> None:
    """Add to `problems` each nested or ambiguous adjacent unbounded repeat in parsed `items`."""
    previous = None  # the characters the previous item, an unbounded repeat, can take
    for op, av in items:
        if op in _REPEATS:
            body = list(av[2].data)
            unbounded = av[1] == c.MAXREPEAT
            if unbounded and inside_unbounded:
                problems.append(f"an unbounded repeat inside another: {av[2]}")
            chars = _chars(body) if unbounded else None
            if previous is not None and chars is not None and previous & chars:
                problems.append(f"two unbounded repeats side by side over the same characters:"
                                f" {av[2]}")
            _check(body, inside_unbounded or unbounded, problems)
            previous = chars
            continue
        previous = None
        if op is c.SUBPATTERN:
            _check(list(av[3].data), inside_unbounded, problems)
        elif op is c.BRANCH:
            for alternative in av[1]:
                _check(list(alternative.data), inside_unbounded, problems)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _check(list(av[1].data), inside_unbounded, problems)
        elif op is c.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _check(list(branch.data), inside_unbounded, problems)


def _chars(items: list) -> frozenset[int]:
    """The characters a single-character repeat body can take (all, if it is more complex)."""
    if len(items) != 1:
        return _ANY
    op, av = items[0]
    if op is c.LITERAL:
        return frozenset({av, ord(chr(av).swapcase()[0])})
    if op is c.IN:
        out: set[int] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                out.add(value)
            elif kind is c.RANGE:
                out.update(range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value in _CATEGORIES:
                out |= _CATEGORIES[value]
            else:
                return _ANY
        # case-insensitive patterns take both cases: count both, to be safe
        return frozenset(out | {ord(chr(x).swapcase()[0]) for x in out})
    return _ANY
