"""Whose gathering it is when its words name no body beside it: the body that opens or
chairs it, hosts it or sponsors it ("a UN-sponsored summit"), the body "its" points back
to ("its next meeting"), or the body whose members gather ("Arab foreign ministers")."""

from __future__ import annotations

import re

from .entities import Entities
from .lexicon import lexicon
from .mentions import COUNTRY, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .subjects import clause_subject
from .text import Document
from .triggers import Trigger

_P = patterns("gathering_hosts")

_OPENED = _P["opened"]


def opened_by(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The person who opens or chairs a gathering, and the body his office names, whose
    gathering it is ("UN chief Kofi Annan on Monday opened a high-level conference")."""
    subject = clause_subject(doc, ents, trig, trig.sentence.start)
    if len(subject) != 1 or subject[0].kind != PERSON:
        return []
    person = subject[0]
    if not _OPENED.match(doc.text, person.end, trig.start):
        return []
    title = doc.text[person.start : person.end - len(person.text)].split()
    for word in title:
        body = next(iter(lexicon().values_of(word.strip("'’s"), "organisation")), None)
        if body is not None:
            start = person.start + doc.text[person.start : person.end].index(word)
            return [person, Mention(start, start + len(word), ORGANISATION, body, word)]
    return []


_HOSTS = _P["hosts"]


def its_body(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The body "its" points back to in "its next meeting": the last body named before it in
    the sentence ("urged OPEC to act at its next meeting"), or, when none is, the clause's
    subject after a fronted phrase ("At its last meeting, OPEC maintained its quota")."""
    sentence = trig.sentence
    before = [
        m for m in ents.between(sentence.start, trig.start) if m.kind in (ORGANISATION, COUNTRY)
    ]
    if before:
        last = before[-1]
        return [last] if last.kind == ORGANISATION else []
    fronted = re.match(r"[^,;]{0,60},\s*(?:the\s+)?", doc.text[trig.end : sentence.end])
    if fronted is not None:
        after = ents.between(trig.end + fronted.end(), sentence.end)
        if after and after[0].start == trig.end + fronted.end() and after[0].kind == ORGANISATION:
            return [after[0]]
    return []


def summit_host(
    doc: Document, ents: Entities, trig: Trigger, edge: int | None = None
) -> list[Mention]:
    """The country or body that hosts a summit its sentence names no other party for
    ("Nigeria is to host a summit on food security"), or that hosts the gathering of the
    body named from `edge` ("Germany will host the G8 summit"): it takes part in it."""
    before = ents.between(trig.sentence.start, trig.start if edge is None else edge)
    if not before or before[-1].kind not in (COUNTRY, ORGANISATION):
        return []
    host = before[-1]
    found = _HOSTS.match(doc.text, host.end, trig.start)
    return [host] if found is not None and found.end() == trig.start else []


_MEMBER_STATES = _P["member_states"]


def members_of(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body whose "ministers of member states" gather: the one last named in the
    sentence or the two before ("The OAU said Friday ... Foreign ministers of member-states
    meeting in the Ethiopian capital agreed")."""
    if not _MEMBER_STATES.search(doc.text, trig.sentence.start, trig.start):
        return None
    first = doc.sentences[max(0, trig.sentence.index - 2)].start
    bodies = [m for m in ents.between(first, trig.start) if m.kind == ORGANISATION]
    return bodies[-1] if bodies else None


_MEMBERS_NOUN = (
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|"
    r"(?:foreign\s+|finance\s+|trade\s+|defen[cs]e\s+)?ministers|states|countries|nations|"
    r"monarchs|rulers|kings)"
)


def gathering_of(doc: Document, trig: Trigger) -> Mention | None:
    """The body a summit of a region's leaders is held in, by the region word
    (organisations.yaml, `gatherings_of`): "the annual summit of Gulf leaders", "an Arab
    leaders' summit", "Arab foreign ministers met"; not when others join them ("African
    leaders and French President Jacques Chirac opened a summit")."""
    regions = lexicon().gatherings_of
    words = "|".join(re.escape(w) for w in sorted(regions, key=lambda w: (-len(w), w)))
    after = re.match(
        rf"\s+(?:of|among|for)\s+(?:the\s+)?({words})\s+{_MEMBERS_NOUN}\b",
        doc.text[trig.end : trig.sentence.end],
        re.IGNORECASE,
    )
    before = re.search(
        rf"\b({words})\s+{_MEMBERS_NOUN}(?:['’]s?)?\s+(?:[\w-]+\s+)?\Z",
        doc.text[trig.sentence.start : trig.start],
        re.IGNORECASE,
    ) or re.search(
        # "to be discussed by European heads of state during a summit on December 15-16"
        rf"\b({words})\s+{_MEMBERS_NOUN}\s+(?:at|during|for)\s+(?:a|an|the|their)\s+"
        r"(?:[\w-]+\s+){0,2}\Z",
        doc.text[trig.sentence.start : trig.start],
        re.IGNORECASE,
    )
    found = after or before
    if found is None:
        return None
    body = regions[found.group(1).lower()]
    start = (trig.end if found is after else trig.sentence.start) + found.start(1)
    return Mention(start, start + len(found.group(1)), ORGANISATION, body, body)


def region_subject(doc: Document, trig: Trigger) -> Mention | None:
    """The body whose members open the clause of a meeting noun by their region ("Arab
    foreign ministers will discuss it at an emergency meeting": the Arab League)."""
    regions = lexicon().gatherings_of
    words = "|".join(re.escape(w) for w in sorted(regions, key=lambda w: (-len(w), w)))
    start, _ = doc.clause_span(trig.start)
    found = re.match(
        rf"\W*(?:the\s+)?({words})\s+{_MEMBERS_NOUN}\b", doc.text[start : trig.start], re.I
    )
    if found is None:
        return None
    body = regions[found.group(1).lower()]
    at = start + found.start(1)
    return Mention(at, at + len(found.group(1)), ORGANISATION, body, body)


_SPONSORED = _P["sponsored"]


def sponsor(doc: Document, trig: Trigger) -> Mention | None:
    """The body that holds a summit it sponsors ("a UN-sponsored three-day summit")."""
    found = _SPONSORED.search(doc.text, trig.sentence.start, trig.start)
    if found is None:
        return None
    body = next(iter(lexicon().values_of(found.group(1), "organisation")), None)
    if body is None:
        return None
    return Mention(found.start(1), found.end(1), ORGANISATION, body, found.group(1))
