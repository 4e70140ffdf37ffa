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
    body_back_references,
    body_organs,
    completed_bodies,
    defined_acronyms,
    display,
    news_agency,
    titled_bodies,
)
from .chunks import chunk_sentence, is_placeish, modifier_surnames, tokens_text
from .descriptions import resolve_body_heads, resolve_descriptions
from .lexicon import lexicon
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, Entity, Mention
from .other_mentions import find_other_mentions, korean_halves, without_apposed_countries
from .people import find_people
from .person_names import (
    canonical_names,
    complete_name,
    first_introduced,
    gendered_subject,
    known_nationality,
    leads_group,
    listed_with_people,
    met,
    misspelt_surnames,
    name_owner,
    name_tokens,
    plain_name,
    regnal_names,
    speaks,
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
    acronyms = defined_acronyms(doc)
    surnames = modifier_surnames(doc, lex)
    sentence_chunks = [
        chunk_sentence(doc, s.first_token, s.last_token, lex, surnames) for s in doc.sentences
    ]
    marked = [p for chunks in sentence_chunks for p in find_people(doc, chunks, lex)]
    name_chunks = [c for chunks in sentence_chunks for c in chunks if c.kind == NAME]
    # a name a list coordinates with a marked person ("Viktor Chernomyrdin, Anatoly Chubais
    # and Boris Nemtsov") is a person's too
    known = {
        (c.first, c.last)
        for c in name_chunks
        for k in [name_tokens(tokens_text(doc, c.first, c.last))]
        if k in lex.people or 2 <= len(k) <= 4 and met(doc, c) and plain_name(doc, c, k, lex)
    }
    listed = {
        r for chunks in sentence_chunks for r in listed_with_people(doc, chunks, marked, known)
    }
    # a name that opens its sentence and that the sentence then calls "his" or "her"
    gendered = {
        (chunks[j].first, chunks[j].last)
        for s, chunks in zip(doc.sentences, sentence_chunks, strict=True)
        for j in range(min(2, len(chunks)))
        if chunks[j].kind == NAME and gendered_subject(doc, chunks, j, marked, s.start)
    }

    # Names an office marks, the people list knows, or whose parts the article uses alone.
    names = [tokens_text(doc, p.first, p.last) for p in marked]
    standalone = {
        name_tokens(tokens_text(doc, c.first, c.last))
        for c in name_chunks
        if c.last - c.first == 1 and speaks(doc, c)
    }
    # a surname alone where a meeting's other party stands ("In his meeting with Kagame",
    # "While meeting Sassou-Nguesso"): the full name the article gives is a person's
    met_alone = {
        k
        for c in name_chunks
        if c.last - c.first == 1 and met(doc, c) and not is_placeish(doc, c)
        for k in [name_tokens(tokens_text(doc, c.first, c.last))]
        if not any(t in lex.institutions or t in lex.place_words or t in lex.not_names for t in k)
    }
    for c in name_chunks:
        name = tokens_text(doc, c.first, c.last)
        k = name_tokens(name)
        if (
            k in lex.people
            or (2 <= len(k) <= 4 and met(doc, c) and plain_name(doc, c, k, lex))
            or (2 <= len(k) <= 4 and (c.first, c.last) in listed and plain_name(doc, c, k, lex))
            or (2 <= len(k) <= 4 and leads_group(doc, c) and plain_name(doc, c, k, lex))
            or (2 <= len(k) <= 4 and (c.first, c.last) in gendered and plain_name(doc, c, k, lex))
            or (
                2 <= len(k) <= 4
                and plain_name(doc, c, k, lex)
                and (
                    any((t,) in standalone for t in k if len(t) >= 2)
                    or len(k[-1]) >= 3 and (k[-1],) in met_alone
                )
            )
            or (
                len(k) == 1
                and (k[0] in lex.surnames or k in standalone and plain_name(doc, c, k, lex))
                and not is_placeish(doc, c)
            )
        ):
            names.append(name)
        elif "of" in k[2:]:
            # "Denis Sassou-Nguesso of the Republic of Congo" ... "While meeting
            # Sassou-Nguesso": the name before "of" is a person's, the rest their country
            head = k[: k.index("of", 2)]
            if len(head) <= 4 and len(head[-1]) >= 3 and (head[-1],) in met_alone:
                cut = next(i for i in range(c.first, c.last) if doc.tokens[i].lower == "of")
                if plain_name(doc, c, head, lex):
                    names.append(tokens_text(doc, c.first, cut))
    canonical = canonical_names(names)
    first_seen: dict[tuple[str, ...], int] = {}
    for first, last in sorted(
        [(p.first, p.last) for p in marked] + [(c.first, c.last) for c in name_chunks]
    ):
        first_seen.setdefault(name_tokens(tokens_text(doc, first, last)), first)
    first_introduced(canonical, first_seen)
    misspelt_surnames(canonical)
    regnal = regnal_names(doc, marked, canonical, lex)
    for (first, last), form in regnal.items():
        canonical.pop(name_tokens(tokens_text(doc, first, last)), None)  # "Hussein" alone: either
        canonical[name_tokens(form)] = form

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
        name = tokens_text(doc, first, last)
        key = regnal.get((first, last)) or name_owner(name_tokens(name), canonical)
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
        key = name_owner(name_tokens(tokens_text(doc, c.first, c.last)), canonical)
        # "in Hong Kong" stays a place unless the article already made that name a person
        if c.first not in taken and key and (key in entities or not is_placeish(doc, c)):
            add_person(c.first, c.last, c.first, None, None, c.possessive)
        elif c.first not in taken and key is None:
            # "Denis Sassou-Nguesso of the Republic of Congo": the person before "of"
            cut = next((i for i in range(c.first + 2, c.last) if doc.tokens[i].lower == "of"), 0)
            if cut and name_tokens(tokens_text(doc, c.first, cut)) in canonical:
                add_person(c.first, cut, c.first, None, None, False)
    for entity in entities.values():
        entity.nationality = entity.nationality or known_nationality(name_tokens(entity.name), lex)
        complete_name(entity, lex)

    for chunks in sentence_chunks:
        find_other_mentions(doc, chunks, lex, acronyms, mentions, taken)
    # a news agency reports events and takes part in none ("the News Agency of Nigeria said")
    mentions = [m for m in mentions if not (m.kind == ORGANISATION and news_agency(m, lex))]
    mentions.sort(key=lambda m: m.start)
    mentions = without_apposed_countries(doc, mentions)
    mentions = korean_halves(doc, mentions)
    body_organs(doc, mentions)
    completed_bodies(doc, mentions, acronyms, lex)
    resolve_body_heads(doc, mentions, entities)
    resolve_descriptions(mentions, entities, doc.text)
    mentions = body_back_references(doc, mentions)
    for m in mentions:
        if m.kind in (COUNTRY, ORGANISATION):
            entity = entities.setdefault(
                m.key,
                Entity(m.key, m.kind, display(m, lex), code=m.key if m.kind == COUNTRY else None),
            )
            if not m.text.islower():  # ("the council" told again is no name of it)
                entity.aliases.add(m.text)
            if (
                m.kind == ORGANISATION
                and m.key not in lex.spelled_out
                and len(display(m, lex)) > len(entity.name)
            ):
                # a body goes by the fullest form the article writes ("APEC" if only that)
                entity.name = display(m, lex)
        elif m.kind == PERSON and m.key in entities:
            entities[m.key].aliases.add(m.text)
    for key, form in titled_bodies(doc, sentence_chunks, taken).items():
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


