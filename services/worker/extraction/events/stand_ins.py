"""A body or country standing in for its named office-holder: "told a visiting UN special envoy
here Wednesday" read as a meeting with the United Nations, where the article names the envoy
("UN Secretary General Kofi Annan's special envoy, Craig Genness ... called on Ahmed in the
afternoon"). The event told with the body and the one told with its named person, of the same
type and day, are one event: the named person's."""

from __future__ import annotations

from collections.abc import Callable

from .drafts import Draft
from .entities import Entities
from .lexicon import lexicon
from .mentions import COUNTRY, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .text import Document

_P = patterns("stand_ins")

_OFFICE_AFTER = _P["office_after"]


def _office(doc: Document, m: Mention) -> str | None:
    """The role class of the office a body or country mention premodifies ("UN special
    envoy", "Kenya's trade minister", "a Kenyan minister"), else None."""
    found = _OFFICE_AFTER.match(doc.text, m.end)
    if found is None:
        return None
    words = found.group(1).split()
    lex = lexicon()
    i = 0
    while i < len(words):
        hit = lex.lookup(words, i)
        if hit and any(r.category == "role" for r in hit[1]):
            if i + hit[0] != len(words):
                return None  # the office goes on into a name or another word
            return next(r.value for r in hit[1] if r.category == "role")
        if words[i].lower() not in lex.role_modifiers:
            return None
        i += 1
    return None


def _holds(ents: Entities, key: str, role: str, stand_in: Mention) -> bool:
    """Whether person `key` holds office `role` and may be the one of `stand_in`'s body or
    country."""
    e = ents.entities.get(key)
    if e is None or e.kind != PERSON or role not in e.roles:
        return False
    return stand_in.kind != COUNTRY or e.nationality in (None, stand_in.key)


def _named_by_other(
    d: Draft, x: Mention, drafts: list[Draft], stands_for: Callable[[str], bool]
) -> Draft | None:
    """The other event of `d`'s type and day that names `d`'s sides but `x`, and instead of
    `x` someone `x` stands for."""
    rest = {p.key for p in d.parties if p is not x}
    for other in drafts:
        if other is d or other.type != d.type or other.date != d.date:
            continue
        keys = set(other.keys)
        if x.key not in keys and rest <= keys and any(stands_for(k) for k in keys - rest):
            return other
    return None


def _told_before(ents: Entities, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The event told before that a definite mention with one country side refers back to:
    of the same type and day, with the mention's other sides and a person of that country
    ("Ortega met on Tuesday with Thomas Shannon, the visiting United States deputy
    secretary of state ... the meeting was the first step in building relations between the
    U.S. government and Ortega's future government")."""
    countries = [p for p in d.parties if p.kind == COUNTRY]
    if len(countries) != 1 or len(d.parties) < 2:
        return None
    x = countries[0]

    def of_country(key: str) -> bool:
        e = ents.entities.get(key)
        return e is not None and e.kind == PERSON and e.nationality == x.key

    earlier = [o for o in drafts if o.lead.trig.start <= d.lead.trig.start]
    return _named_by_other(d, x, earlier, of_country)


def merge_stand_ins(doc: Document, ents: Entities, drafts: list[Draft]) -> list[Draft]:
    """`drafts` without those whose one body or country side is the office-holder another
    event of the same type and day names, their mentions added to that event."""
    out: list[Draft] = []
    for d in drafts:
        offices = [(p, _office(doc, p)) for p in d.parties if p.kind in (ORGANISATION, COUNTRY)]
        stand_ins = [(p, role) for p, role in offices if role]
        target = None
        if not stand_ins and d.lead.definite and d.date is not None:
            target = _told_before(ents, d, drafts)
        others_named = len(d.parties) > 1 or d.type == "visit"  # (a visit needs no other side)
        if len(stand_ins) == 1 and d.date is not None and others_named:
            x, role = stand_ins[0]
            target = _named_by_other(
                d, x, drafts, lambda k, x=x, role=role: _holds(ents, k, role, x)
            )
        if target is None:
            out.append(d)
            continue
        target.mentions.extend(m for m in d.mentions if m not in target.mentions)
        target.mentions.sort(key=lambda m: m.trig.start)
    return out
