"""From trigger mentions to events: one event per real-world event per article.

Mentions are read in text order. A dated mention either starts an event or, when an earlier
event of the same type shares its participants, place and dates, adds to it (the most
precise date wins; "opened Saturday" and "due to conclude on Sunday" make a span). A mention
without a date of its own only refers back ("the summit", "during his visit"): it lends its
length, its participants or its evidence to the event it refers to, or is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import EventDate
from .dating import Dated, Timeline, join, stretch
from .entities import ORGANISATION, Entities, Mention
from .reading import Reading, read
from .rules import Cue
from .status import cue_of, status_of
from .text import Document
from .triggers import Trigger

_DEFINITE = re.compile(r"\b(?:the|this|that|his|her|their|its|these|those|such)\s+(?:\S+\s+){0,3}\Z", re.IGNORECASE)
_DURING = re.compile(r"\b(?:during|while\s+on|in\s+the\s+course\s+of)\s+(?:his|her|their|the|this)\s+"
                     r"(?:\S+\s+){0,2}?(?:visit|trip|stay|tour)\b", re.IGNORECASE)
_IN_MEETING = re.compile(r"\b(?:during|in|at)\s+(?:a|the|his|her|their)\s+(?:\S+\s+)?(?:meeting|talks)\s+with\b",
                         re.IGNORECASE)


@dataclass
class MentionInfo:
    """One trigger read: its participants, place, date and cue."""

    trig: Trigger
    reading: Reading
    cue: Cue | None
    dated: Dated | None
    duration: int | None
    definite: bool

    @property
    def type(self) -> str:
        return self.trig.type

    @property
    def keys(self) -> list[str]:
        return [m.key for m in self.reading.parties]


@dataclass
class Draft:
    """An event being assembled from its mentions."""

    type: str
    keys: list[str]
    parties: list[Mention]
    location: Mention | None
    body_name: str | None
    date: EventDate | None
    lead: MentionInfo  # the mention whose date the event has
    mentions: list[MentionInfo] = field(default_factory=list)
    duration: int | None = None
    opens: EventDate | None = None
    closes: EventDate | None = None


def read_mentions(doc: Document, ents: Entities, timeline: Timeline, triggers: list[Trigger]) -> list[MentionInfo]:
    """Every trigger read, minus those its cues rule out or that lack what their rule needs."""
    spans = timeline.spans()
    out = []
    for trig in triggers:
        cue = cue_of(doc, trig)
        if cue and cue.drop:
            continue
        reading = read(doc, ents, trig, spans)
        if not _has_needs(trig, reading):
            continue
        before = doc.text[trig.sentence.start:trig.start]
        out.append(MentionInfo(trig, reading, cue, timeline.govern(trig, triggers),
                               timeline.duration_before(trig.start), bool(_DEFINITE.search(before))))
    return out


def _has_needs(trig: Trigger, reading: Reading) -> bool:
    needs = trig.rule.needs
    if needs == "party" and not reading.parties:
        return False
    if needs == "place" and reading.location is None:
        return False
    if needs == "body" and not (reading.body_name or any(m.kind == ORGANISATION for m in reading.parties)):
        return False
    return True


def assemble(doc: Document, timeline: Timeline, mentions: list[MentionInfo], dct: date) -> list[Draft]:
    """Group mentions into events (see the module docstring)."""
    drafts: list[Draft] = []
    pending: list[MentionInfo] = []  # undated mentions that may lend participants later
    for m in mentions:
        if m.trig.rule.kind == "weak" and not any(d.type == m.type for d in drafts):
            continue
        dated = m.dated or _context_date(doc, timeline, m, drafts)
        if dated is None:
            target = _antecedent(drafts, m)
            if target is not None:
                _absorb(target, m, None)
            else:
                pending.append(m)
            continue
        m.dated = dated
        target = _antecedent(drafts, m)
        if target is not None:
            _absorb(target, m, dated)
            continue
        if m.trig.rule.kind == "weak":
            continue
        draft = _new_draft(m, dated)
        if not draft.parties and not draft.body_name:
            lender = next((p for p in reversed(pending) if p.type == m.type and p.reading.parties), None)
            if lender is None:
                continue
            draft.parties = list(lender.reading.parties)
            draft.keys = list(lender.keys)
            draft.location = draft.location or lender.reading.location
        drafts.append(draft)
    for d in drafts:
        _finish_date(d)
    return [d for d in drafts if d.date is not None and (d.parties or d.body_name)]


def _new_draft(m: MentionInfo, dated: Dated) -> Draft:
    r = m.reading
    draft = Draft(m.type, list(m.keys), list(r.parties), r.location, r.body_name, dated.date, m, [m],
                  duration=m.duration)
    _note_boundary(draft, dated)
    return draft


def _note_boundary(draft: Draft, dated: Dated) -> None:
    if dated.boundary == "start" and dated.date.precision == "day":
        draft.opens = dated.date
    elif dated.boundary == "end" and dated.date.precision == "day":
        draft.closes = dated.date


def _context_date(doc: Document, timeline: Timeline, m: MentionInfo, drafts: list[Draft]) -> Dated | None:
    """A date for a mention whose clause gives none: the visit it happens during, or, for a
    past meeting or call, the day the sentence reports ("said Monday ... after he met")."""
    sentence = m.trig.sentence
    text = doc.text[sentence.start:sentence.end]
    if m.type in ("meeting", "call", "visit") and _DURING.search(text):
        for d in reversed(drafts):
            if d.type == "visit" and d.date is not None and (not m.keys or set(m.keys) & set(d.keys)):
                return Dated(d.date, "context")
    if m.type in ("meeting", "call") and not (m.cue and m.cue.status == "planned"):
        report = timeline.report_date(sentence.start, sentence.end)
        if report is not None:
            return report
        if _IN_MEETING.search(text) and re.search(r"\b(?:said|told|stressed|noted|added)\b", text):
            lead = timeline.report_date(doc.sentences[0].start, doc.sentences[0].end) if doc.sentences else None
            if lead is not None:
                return Dated(lead.date, "context")
    return None


def _compatible_parties(d: Draft, m: MentionInfo) -> bool:
    if not m.keys or not d.keys:
        return True
    return bool(set(m.keys) & set(d.keys))


def _compatible_place(d: Draft, m: MentionInfo) -> bool:
    a, b = d.location, m.reading.location
    return a is None or b is None or a.key == b.key


def _antecedent(drafts: list[Draft], m: MentionInfo) -> Draft | None:
    """The earlier event `m` refers to: same type, shared participants and place, dates that
    overlap (or no date of its own and a definite or participant-sharing reference)."""
    for d in reversed(drafts):
        if d.type != m.type or not _compatible_parties(d, m) or not _compatible_place(d, m):
            continue
        if m.dated is None:
            if m.definite or (m.keys and set(m.keys) & set(d.keys)):
                return d
            continue
        a = d.date
        b = m.dated.date
        if a is None or (a.start <= b.end and b.start <= a.end):
            if m.keys and d.keys or m.definite or d.type == "summit":
                return d
        elif m.dated.boundary == "end" and d.opens is not None and 0 <= (b.end - d.opens.start).days <= 14:
            return d
    return None


def _absorb(d: Draft, m: MentionInfo, dated: Dated | None) -> None:
    """Add mention `m` to event `d`: its length, its more precise date, its participants."""
    d.mentions.append(m)
    d.duration = d.duration or m.duration
    if m.cue and m.cue.status in ("cancelled", "postponed"):
        d.lead = m
    if d.type in ("meeting", "call") and len(d.keys) < 2:
        for p in m.reading.parties:
            if p.key not in d.keys:
                d.keys.append(p.key)
                d.parties.append(p)
    if d.type == "summit" and not d.parties and m.reading.parties:
        d.parties = list(m.reading.parties)
        d.keys = list(m.keys)
    d.location = d.location or m.reading.location
    d.body_name = d.body_name or m.reading.body_name
    if dated is None:
        return
    _note_boundary(d, dated)
    if d.date is None or _narrower(dated.date, d.date):
        d.date = dated.date
        if not (d.lead.cue and d.lead.cue.status in ("cancelled", "postponed")):
            d.lead = m


def _narrower(a: EventDate, b: EventDate) -> bool:
    """Whether `a` is the more precise of two dates (fewer days, a day before a span)."""
    return (a.end - a.start) < (b.end - b.start)


def _finish_date(d: Draft) -> None:
    """Apply what the mentions say of the event's ends and length."""
    if d.date is None:
        return
    if d.opens and d.closes:
        spanned = join(d.opens, d.closes)
        if spanned:
            d.date = spanned
            return
    if d.duration:
        boundary = "end" if d.closes and d.date == d.closes else "start"
        d.date = stretch(d.date, d.duration, boundary)


def status(doc: Document, d: Draft, dct: date) -> str:
    """The status of an assembled event, read at the mention that dates it."""
    return status_of(doc, d.lead.trig, d.lead.cue, d.date, dct)
