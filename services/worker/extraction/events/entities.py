"""Who and what an article names: people, countries, organisations and places, resolved within
the article ("Xi", "President Xi" and "the Chinese President" are one person, "Xi Jinping").

No statistical tagger: a person is a capitalised name that an office introduces ("Chinese
President Hu Jintao", "Gazprom chairman Alexei Miller"), that an apposition describes
("Shaukat Aziz, Prime Minister of Pakistan"), that a title of address precedes ("Mr. Kim"),
that the people list knows, or whose parts the article uses again on their own ("Fei
Junlong" ... "said Fei"). Countries and organisations come from the word lists and from
abbreviations the article defines ("... Cooperation (SAARC)").
"""

from __future__ import annotations

from bisect import bisect_left

from .body_names import (
    _acronyms,
    _body_back_references,
    _body_organs,
    _completed_bodies,
    _display,
    _news_agency,
    _org_form,
    _titled_bodies,
)
from .chunks import _chunks, _is_placeish, _modifier_surnames, _text
from .descriptions import _resolve_body_heads, _resolve_descriptions
from .lexicon import lexicon
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, Entity, Mention
from .other_mentions import _other_mentions, _without_apposed_countries
from .people import _find_people
from .person_names import (
    _canonical_names,
    _complete_name,
    _first_introduced,
    _known_nationality,
    _listed_with_people,
    _met,
    _misspelt_surnames,
    _name_key,
    _owner,
    _plain_name,
    _regnal_names,
    _speaks,
)
from .text import Document


class Entities:
    """The mentions of an article and the entities they resolve to."""

    def __init__(self, text: str, mentions: list[Mention], entities: dict[str, Entity]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.entities = entities

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end)."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def before(self, offset: int, kinds: tuple[str, ...] = (PERSON,)) -> list[Mention]:
        """Mentions of the given kinds that end at or before `offset`, nearest first."""
        i = bisect_left(self._starts, offset)
        return [m for m in reversed(self.mentions[:i]) if m.kind in kinds and m.end <= offset]

    def entity(self, mention: Mention) -> Entity | None:
        return self.entities.get(mention.key)


def find_entities(doc: Document) -> Entities:
    """Every person, country, organisation and place the article names, resolved."""
    lex = lexicon()
    acronyms = _acronyms(doc)
    surnames = _modifier_surnames(doc, lex)
    sentence_chunks = [
        _chunks(doc, s.first_token, s.last_token, lex, surnames) for s in doc.sentences
    ]
    marked = [p for chunks in sentence_chunks for p in _find_people(doc, chunks, lex)]
    name_chunks = [c for chunks in sentence_chunks for c in chunks if c.kind == NAME]
    # a name a list coordinates with a marked person ("Viktor Chernomyrdin, Anatoly Chubais
    # and Boris Nemtsov") is a person's too
    known = {
        (c.first, c.last)
        for c in name_chunks
        for k in [_name_key(_text(doc, c.first, c.last))]
        if k in lex.people or 2 <= len(k) <= 4 and _met(doc, c) and _plain_name(doc, c, k, lex)
    }
    listed = {
        r for chunks in sentence_chunks for r in _listed_with_people(doc, chunks, marked, known)
    }

    # Names an office marks, the people list knows, or whose parts the article uses alone.
    names = [_text(doc, p.first, p.last) for p in marked]
    standalone = {
        _name_key(_text(doc, c.first, c.last))
        for c in name_chunks
        if c.last - c.first == 1 and _speaks(doc, c)
    }
    # a surname alone where a meeting's other party stands ("In his meeting with Kagame",
    # "While meeting Sassou-Nguesso"): the full name the article gives is a person's
    met_alone = {
        k
        for c in name_chunks
        if c.last - c.first == 1 and _met(doc, c) and not _is_placeish(doc, c)
        for k in [_name_key(_text(doc, c.first, c.last))]
        if not any(t in lex.institutions or t in lex.place_words or t in lex.not_names for t in k)
    }
    for c in name_chunks:
        name = _text(doc, c.first, c.last)
        k = _name_key(name)
        if (
            k in lex.people
            or (2 <= len(k) <= 4 and _met(doc, c) and _plain_name(doc, c, k, lex))
            or (2 <= len(k) <= 4 and (c.first, c.last) in listed and _plain_name(doc, c, k, lex))
            or (
                2 <= len(k) <= 4
                and _plain_name(doc, c, k, lex)
                and (
                    any((t,) in standalone for t in k if len(t) >= 2)
                    or len(k[-1]) >= 3 and (k[-1],) in met_alone
                )
            )
            or (
                len(k) == 1
                and (k[0] in lex.surnames or k in standalone and _plain_name(doc, c, k, lex))
                and not _is_placeish(doc, c)
            )
        ):
            names.append(name)
        elif "of" in k[2:]:
            # "Denis Sassou-Nguesso of the Republic of Congo" ... "While meeting
            # Sassou-Nguesso": the name before "of" is a person's, the rest their country
            head = k[: k.index("of", 2)]
            if len(head) <= 4 and len(head[-1]) >= 3 and (head[-1],) in met_alone:
                cut = next(i for i in range(c.first, c.last) if doc.tokens[i].lower == "of")
                if _plain_name(doc, c, head, lex):
                    names.append(_text(doc, c.first, cut))
    canonical = _canonical_names(names)
    first_seen: dict[tuple[str, ...], int] = {}
    for first, last in sorted(
        [(p.first, p.last) for p in marked] + [(c.first, c.last) for c in name_chunks]
    ):
        first_seen.setdefault(_name_key(_text(doc, first, last)), first)
    _first_introduced(canonical, first_seen)
    _misspelt_surnames(canonical)
    regnal = _regnal_names(doc, marked, canonical)
    for (first, last), form in regnal.items():
        canonical.pop(_name_key(_text(doc, first, last)), None)  # "Hussein" alone: either
        canonical[_name_key(form)] = form

    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    taken: set[int] = set()

    def add_person(
        first: int,
        last: int,
        span_first: int,
        role: str | None,
        nationality: str | None,
        possessive: bool,
    ) -> None:
        name = _text(doc, first, last)
        key = regnal.get((first, last)) or _owner(_name_key(name), canonical)
        if key is None:
            return
        entity = entities.setdefault(key, Entity(key, PERSON, key))
        entity.aliases.add(name)
        if role:
            entity.roles.add(role)
        entity.nationality = entity.nationality or nationality
        mentions.append(
            Mention(
                doc.tokens[span_first].start,
                doc.tokens[last - 1].end,
                PERSON,
                key,
                name,
                role,
                nationality,
                possessive=possessive,
            )
        )
        taken.update(range(span_first, last))

    for p in marked:
        add_person(p.first, p.last, p.span_first, p.role, p.nationality, p.possessive)
    for c in name_chunks:
        key = _owner(_name_key(_text(doc, c.first, c.last)), canonical)
        # "in Hong Kong" stays a place unless the article already made that name a person
        if c.first not in taken and key and (key in entities or not _is_placeish(doc, c)):
            add_person(c.first, c.last, c.first, None, None, c.possessive)
        elif c.first not in taken and key is None:
            # "Denis Sassou-Nguesso of the Republic of Congo": the person before "of"
            cut = next((i for i in range(c.first + 2, c.last) if doc.tokens[i].lower == "of"), 0)
            if cut and _name_key(_text(doc, c.first, cut)) in canonical:
                add_person(c.first, cut, c.first, None, None, False)
    for entity in entities.values():
        entity.nationality = entity.nationality or _known_nationality(_name_key(entity.name), lex)
        _complete_name(entity, lex)

    for chunks in sentence_chunks:
        _other_mentions(doc, chunks, lex, acronyms, mentions, taken)
    # a news agency reports events and takes part in none ("the News Agency of Nigeria said")
    mentions = [m for m in mentions if not (m.kind == ORGANISATION and _news_agency(m, lex))]
    mentions.sort(key=lambda m: m.start)
    mentions = _without_apposed_countries(doc, mentions)
    _body_organs(doc, mentions)
    _completed_bodies(doc, mentions, acronyms, lex)
    _resolve_body_heads(doc, mentions, entities)
    _resolve_descriptions(mentions, entities, doc.text)
    mentions = _body_back_references(doc, mentions)
    for m in mentions:
        if m.kind in (COUNTRY, ORGANISATION):
            entity = entities.setdefault(
                m.key,
                Entity(m.key, m.kind, _display(m, lex), code=m.key if m.kind == COUNTRY else None),
            )
            if not m.text.islower():  # ("the council" told again is no name of it)
                entity.aliases.add(m.text)
            if (
                m.kind == ORGANISATION
                and m.key not in lex.spelled_out
                and len(_org_form(m.text)) > len(entity.name)
            ):
                # a body goes by the fullest form the article writes ("APEC" if only that)
                entity.name = _org_form(m.text)
        elif m.kind == PERSON and m.key in entities:
            entities[m.key].aliases.add(m.text)
    for key, form in _titled_bodies(doc, sentence_chunks, taken).items():
        # a body written out in full only inside a person's title ("Chief of the International
        # Atomic Energy Agency (IAEA) Mohamed ElBaradei" ... "the IAEA"): still its fullest name
        entity = entities.get(key)
        if (
            entity is not None
            and entity.kind == ORGANISATION
            and key not in lex.spelled_out
            and len(form) > len(entity.name)
        ):
            entity.aliases.add(entity.name)
            entity.name = form
    for entity in entities.values():
        entity.aliases.discard(entity.name)
    return Entities(doc.text, mentions, entities)


