"""The event stage of the extraction core: calls, meetings, visits and summits, dated.

    extract_events(text, published_at, title=None) -> list[Event]

follows ../shared/data/events-dev/GUIDELINES.md: an article is split into sentences
(`text`), the people, countries, organisations and places it names are found and resolved
within it (`entities`), trigger words are matched (`triggers`, data/triggers.yaml), each
trigger's participants and place are read from the words around it (`reading`), its date
from the time expression that governs it (`dating`, with the temporal tagger of
`..timex`), its status from cue words, date and tense (`status`, data/cues.yaml), and the
mentions of one real-world event are merged into one event (`assemble`). Word lists and
patterns are data files under data/, validated when first loaded.
"""

from __future__ import annotations

from datetime import date

from ..model import Event, Evidence, Location, Participant
from .assemble import Draft, assemble, read_mentions, status
from .dating import Timeline
from .entities import Entities, find_entities
from .lexicon import lexicon as word_lists
from .mentions import COUNTRY, ORGANISATION
from .rules import rules
from .text import Document
from .titles import title_of
from .triggers import find_triggers

__all__ = ["extract_events"]

#: Evidence sentences kept per event (the first states it; later ones add to it).
MAX_EVIDENCE = 3


def extract_events(text: str, published_at: date, title: str | None = None) -> list[Event]:
    """The dated calls, meetings, visits and summits `text` reports, one per real-world event."""
    if not rules().head_spans(text):
        return []  # no event word: no need to read the article further
    doc = Document(text)
    triggers = find_triggers(doc)
    if not triggers:
        return []
    ents = find_entities(doc)
    timeline = Timeline(doc, published_at)
    mentions = read_mentions(doc, ents, timeline, triggers)
    drafts = assemble(doc, ents, timeline, mentions, published_at)
    return [_event(doc, ents, d, published_at) for d in drafts]


def _event(doc: Document, ents: Entities, d: Draft, dct: date) -> Event:
    participants = _participants(ents, d)
    location = None
    if d.location is not None:
        code = d.location.key if d.location.kind == COUNTRY else None
        name = word_lists().country_names.get(code, d.location.text) if code else d.location.text
        location = Location(name, code)
    evidence: list[Evidence] = []
    for m in d.mentions:
        s = m.trig.sentence
        if all(e.start != s.start for e in evidence) and len(evidence) < MAX_EVIDENCE:
            evidence.append(Evidence(doc.text[s.start : s.end], s.start, s.end))
    return Event(
        type=d.type,
        status=status(doc, d, dct),
        date=d.date,
        participants=participants,
        location=location,
        title=title_of(d.type, participants, location, d.body_name),
        evidence=tuple(evidence),
    )


def _participants(ents: Entities, d: Draft) -> tuple[Participant, ...]:
    out: list[Participant] = []
    countries = word_lists().country_names
    for m in d.parties:
        entity = ents.entities.get(m.key)
        if entity is not None:
            found = Participant(
                entity.name, entity.kind, tuple(sorted(entity.aliases)), entity.code
            )
        elif m.kind == COUNTRY and m.key in countries:
            # "the Iraqi prime minister" whom the article does not name stands for Iraq
            found = Participant(countries[m.key], COUNTRY, (), m.key)
        elif m.kind == ORGANISATION and m.key in word_lists().organisations:
            # "the summit of Gulf leaders": the body their region's word names
            found = Participant(m.key, ORGANISATION)
        else:
            continue
        if all(p.name != found.name for p in out):
            out.append(found)
    if not out and d.body_name:
        out.append(Participant(d.body_name, "organisation"))
    return tuple(out)
