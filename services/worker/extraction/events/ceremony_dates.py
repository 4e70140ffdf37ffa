"""The day of a ceremony attended abroad that its own clause leaves undated, from the occasion
it marks, dated elsewhere in the article ("Albright will attend the ceremony for the transition
of Hong Kong", with "the July 1 takeover of Hong Kong" earlier; heldout11's decision: the
handover ceremony is a visit on July 1)."""

from __future__ import annotations

from .dating import Dated, Timeline
from .drafts import MentionInfo
from .patterns import patterns
from .text import Document

_P = patterns("ceremony_dates")
_OCCASION = _P["occasion"]
_DATED_AFTER = _P["dated_after"]
_DATED_BEFORE = _P["dated_before"]

#: the triggers that tell a ceremony attended in a place (data/triggers.yaml)
CEREMONY_TRIGGERS = ("visit.attend-in",)


def _kind(match) -> str | None:
    return next((k for k, v in match.groupdict().items() if v), None) if match else None


def ceremony_date(doc: Document, timeline: Timeline, m: MentionInfo) -> Dated | None:
    """The day of the occasion the ceremony's sentence names (a handover, an inauguration),
    when the article dates an occasion of that kind to a day: right after its date ("the July
    1 takeover") or right before it ("the handover of Hong Kong on July 1")."""
    if m.trig.rule.id not in CEREMONY_TRIGGERS:
        return None
    sentence = m.trig.sentence
    kind = _kind(_OCCASION.search(doc.text, sentence.start, sentence.end))
    if kind is None:
        return None
    for c in timeline.in_sentence(0, len(doc.text)):
        if c.date.precision != "day":
            continue
        if (
            _kind(_DATED_AFTER.match(doc.text, c.end)) == kind
            or _kind(_DATED_BEFORE.search(doc.text, max(0, c.start - 80), c.start)) == kind
        ):
            return Dated(c.date, "context", start=c.start, end=c.end)
    return None
