"""Trigger words that are nouns ("visit", "talks", "summit"), and whether one is a definite
reference that names no subject of its own ("the visit will", "during the visit")."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .patterns import patterns

_P = patterns("trigger_nouns")

_DEFINITE_NOUN = _P["definite_noun"]


def definite_subjectless(before: str, word: str) -> bool:
    """Whether a trigger noun is a definite reference that is not the object of its clause's
    verb ("the visit will", "during the visit"; not "co-chair the meeting")."""
    if word.lower() not in TRIGGER_NOUNS:
        return False
    m = _DEFINITE_NOUN.search(before)
    if m is None:
        return False
    if any(w.lower() in lexicon().finite_verbs for w in m.group(0).split()[1:]):
        return False  # "after the two held talks": a subject and its verb, no noun phrase
    if any(w.lower() in _SUBORDINATORS for w in m.group(0).split()[1:]):
        return False  # "said this when meeting with X": a pronoun, then a participle's clause
    words = before[: m.start()].split()
    if not words:
        return True
    prev = words[-1].lower().strip(",")
    return (
        prev in PREPOSITIONS
        or not re.fullmatch(r"[a-z][\w'’-]*", prev)
        or prev in _COPULAS
        or prev in ("said", "says", "that", "and", "but")
    )


_SUBORDINATORS = frozenset("when while after before as since until upon once".split())
#: Trigger words that are nouns (a determiner before them makes a reference, not a subject).
TRIGGER_NOUNS = frozenset(
    "visit visits trip trips tour tours journey stopover stay leg arrival "
    "meeting meetings talks summit summits conference forum session gathering "
    "call calls conversation conversations consultations "
    "discussions negotiations audience dinner lunch dialogue dialogues".split()
)
# "which will be the first visit", "it was his third trip": a predicate that names the event
_COPULAS = frozenset(
    "be is was are were been being become becomes became remains remained marks marked".split()
)
PREPOSITIONS = frozenset(
    "of in at on during after before for to with by about since until from through ahead following "
    "toward towards into over under around despite amid".split()
)
