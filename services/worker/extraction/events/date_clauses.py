"""The clause structure dating reads around a trigger: relative clauses set off by commas or
bound to a noun, the main clause after a fronted phrase ("On a visit to Japan, ..."), a verb in
a stretch of words, and a word of schedule with its infinitive ("are scheduled to begin")."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .patterns import patterns
from .text import Document
from .triggers import Trigger

_P = patterns("date_clauses")

INFINITIVE = _P["infinitive"]
_SCHEDULED_TO = _P["scheduled_to"]
WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DETERMINER_WORDS = frozenset("the a an his her its their this that these those".split())


_FRONTED = _P["fronted"]
_APPOSITION = _P["apposition"]


_RELATIVE = _P["relative"]


def relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the relative clauses set off by commas in text[start:end]."""
    return [(m.start() + 1, m.end()) for m in _RELATIVE.finditer(text, start, end)]


_BOUND_RELATIVE = _P["bound_relative"]
_AUXILIARY = _P["auxiliary"]


def relative_of_other(between: str) -> bool:
    """Whether the words from the trigger to a later expression pass the trigger's own
    predicate and then a relative clause with a verb of its own, hanging on a noun of that
    predicate ("Bezhuashvili's meeting with Lavrov was seen as a bid to mend ties that
    nose-dived in late September"): the expression dates that clause's deed, not the event
    ("the talks that ended on Monday", with no predicate before "that", still date it)."""
    for m in _BOUND_RELATIVE.finditer(between):
        head = between[: m.start()]
        if (has_verb(head) or _AUXILIARY.search(head)) and has_verb(between[m.end() :]):
            return True
    return False


def main_clause_after_fronted(doc: Document, trig: Trigger) -> int | None:
    """Where the main clause starts when the trigger is the noun of a phrase that opens its
    sentence ("On a visit to Japan, ...", "Speaking during his trip, ...")."""
    sentence = trig.sentence
    if trig.type != "visit" or not _FRONTED.match(doc.text, sentence.start, trig.start):
        return None
    comma = doc.text.find(",", trig.end, sentence.end)
    if comma < 0:
        return None
    appos = _APPOSITION.match(doc.text, comma + 1, sentence.end)
    return appos.end() if appos else comma + 1


def scheduled_to(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends with a word of schedule and its infinitive, the trigger their
    object ("are scheduled to begin discussions", "is expected to hold talks")."""
    between = text[start:end]
    return len(INFINITIVE.findall(between)) == 1 and bool(_SCHEDULED_TO.search(between))


def has_verb(text: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether `text` holds a verb form: a listed finite verb, or a lower-case word in -ed
    that no determiner makes an adjective ("the planned visit")."""
    finite = lexicon().finite_verbs
    previous = ""
    for word in WORD.findall(text):
        lower = word.lower()
        if word.islower() and lower not in skip:
            if lower in finite:
                return True
            if lower.endswith("ed") and len(lower) > 4 and previous not in _DETERMINER_WORDS:
                return True
        previous = lower
    return False
