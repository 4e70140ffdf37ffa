"""A visit told as under way at its clause's time: "visiting" as an adjective ("talks with
visiting X", "Visiting Russian Prime Minister X"), a visit named as its clause's occasion
("during a visit by X"), and the country whose person receives the visitor."""

from __future__ import annotations

from .chunks import participle_place
from .entities import Entities
from .mentions import COUNTRY, PERSON, Mention
from .patterns import patterns
from .text import Document
from .trigger_nouns import TRIGGER_NOUNS
from .triggers import Trigger

_P = patterns("visiting")


def visit_host(
    doc: Document, ents: Entities, trig: Trigger, visitors: list[Mention]
) -> Mention | None:
    """Where someone told as "visiting X" is: the country of the person of another country
    who receives him in the sentence ("Jordanian Foreign Minister Abdul Ilah al-Khatib held
    talks with visiting Russian Deputy Foreign Minister Alexander Sultanov": Jordan)."""
    theirs = {v.nationality for v in visitors} | {
        ents.entities[v.key].nationality for v in visitors if v.key in ents.entities
    }
    keys = {v.key for v in visitors}
    sentence = trig.sentence
    for m in ents.between(sentence.start, sentence.end):
        if m.kind != PERSON or m.key in keys or m.start <= trig.start < m.end:
            continue
        entity = ents.entities.get(m.key)
        code = m.nationality or (entity.nationality if entity else None)
        if code and code not in theirs:
            return Mention(m.start, m.end, COUNTRY, code, code)
    return None


def adjectival_visiting(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger is "visiting" used as an adjective ("talks with visiting X",
    "Visiting Russian Prime Minister X"), not a verb ("is visiting", "X, currently visiting")."""
    return (
        doc.text[trig.start : trig.end].lower() == "visiting"
        # (on the sentence's own text: "^" marks where the sentence opens, "Visiting X said")
        and bool(_ADJECTIVAL_BEFORE.search(doc.text[trig.sentence.start : trig.start]))
        # "would not prevent him from visiting Jordan": a gerund
        and not _KEPT_FROM.search(doc.text, trig.sentence.start, trig.start)
        # "began his trip by visiting the headquarters": a gerund with its object
        and not _DETERMINER_AFTER.match(doc.text, trig.end, trig.sentence.end)
        # "Visiting Moscow on Tuesday, Li met Putin": a fronted participle with its place
        and not participle_place(doc.text, trig.start, trig.end)
    )


_DETERMINER_AFTER = _P["determiner_after"]
_KEPT_FROM = _P["kept_from"]
_ADJECTIVAL_BEFORE = _P["adjectival_before"]
_DURING_PHRASE = _P["during_phrase"]
_MIDWAY = _P["midway"]


def told_midway(doc: Document, trig: Trigger) -> bool:
    """Whether a visit noun is told as the stay its clause's day is halfway through ("he
    said Friday, midway through a three-day official visit to Thailand")."""
    return (
        trig.type == "visit"
        and doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS
        and bool(_MIDWAY.search(doc.text, trig.sentence.start, trig.start))
    )


def under_way(doc: Document, trig: Trigger) -> str | None:
    """How a visit mention is told as under way at its clause's time (see `Reading`)."""
    if trig.type != "visit":
        return None
    if adjectival_visiting(doc, trig):
        return "visiting"
    if doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS and _DURING_PHRASE.search(
        doc.text, trig.sentence.start, trig.start
    ):
        return "during"
    return None
