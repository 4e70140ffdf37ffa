"""A delegation, team or envoy sent to a place: who travels (the leader named, the country
or body the group is of, or one that sends it) and where to."""

from __future__ import annotations

from .entities import Entities
from .location import BEFORE_PLACE, placeable
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, PLACE, Mention
from .patterns import patterns
from .pronouns import resolve_pronoun
from .subjects import clause_subject
from .text import Document
from .triggers import Trigger

_P = patterns("sent")

#: Rules of a delegation, team or envoy sent to a place (data/triggers.yaml).
SENT_RULES = ("visit.sent", "visit.was-sent")
_SENT_LED_BY = _P["sent_led_by"]
_SENT_NOUN = _P["sent_noun"]
_SENT_PREMODIFIED = _P["sent_premodified"]


def sent_visit(
    doc: Document, ents: Entities, trig: Trigger
) -> tuple[list[Mention], Mention | None]:
    """Who travels when a delegation, team or envoy is sent to a place, and the place: the
    leader named ("a delegation, which was led by X, to Cairo"), else the country or body the
    sent group is of ("a special team of Delhi Police", "a Chinese delegation"), else a
    country or body that sends it ("Palestinian officials would send a delegation"); never a
    person who sends others ("he sent a delegation")."""
    sentence = trig.sentence
    # the sent group: after the verb in the active, before it in the passive
    active = trig.rule.id == "visit.sent"
    group_start, group_end = (
        (trig.end, trig.match_end) if active else (trig.match_start, trig.start)
    )
    location = None
    place_end = min(sentence.end, max(doc.clause_span(trig.match_end)[1], trig.match_end + 1))
    for m in ents.between(trig.match_end, place_end):
        if (
            m.kind in (PLACE, COUNTRY, NAME)
            and BEFORE_PLACE.fullmatch(doc.text[trig.match_end : m.start])
            and (m.kind == PLACE or placeable(doc.text, m))
        ):
            location = m  # ("sent to Kashmir": a place by its preposition)
        break
    led = _SENT_LED_BY.search(doc.text, group_start, group_end)
    if led is not None:
        leader = [
            m
            for m in ents.between(led.end(), group_end)
            if m.kind in (PERSON, NAME) and m.start < group_end
        ]
        people = [m for m in leader if m.kind == PERSON]
        if people or leader:
            # ("led by Hamas representative in Syria Imad al-Alami": the name last, nearest
            # the destination, is the leader's; those before it name his post)
            return (people or leader)[-1:], location
    inside = [
        m
        for m in ents.between(group_start, group_end)
        if m.kind in (PERSON, COUNTRY, ORGANISATION) and (led is None or m.end <= led.start())
    ]
    if not inside:
        # "a Chinese medical team", "the AU's mission": the noun's premodifier
        noun_at = trig.match_start if trig.rule.id == "visit.was-sent" else group_start
        noun = _SENT_NOUN.search(doc.text[noun_at:group_end])
        at = noun_at + noun.start() if noun is not None else group_end
        inside = [
            m
            for m in ents.between(max(sentence.start, at - 40), at)
            if m.kind in (COUNTRY, ORGANISATION)
            and _SENT_PREMODIFIED.fullmatch(doc.text[m.end : at])
        ]
    if inside:
        return inside[:1], location
    if trig.rule.id == "visit.sent":
        senders = [
            r
            for m in clause_subject(doc, ents, trig, doc.clause_span(trig.start)[0])
            for r in resolve_pronoun(doc, ents, m, trig.start)
        ]
        senders = [m for m in senders if m.kind in (COUNTRY, ORGANISATION)]
        if not senders:
            # "Palestinian officials said they would send a delegation": the country whose
            # officials the sentence's subject is
            senders = [
                m
                for m in ents.between(sentence.start, trig.start)
                if m.kind in (COUNTRY, ORGANISATION)
                and STATE_PARTY.search(doc.text, m.start, m.end + 12)
            ]
        return senders[:1], location
    return [], location


STATE_PARTY = _P["state_party"]
