"""Whom a pronoun or a group noun stands for: "he" (the person named before it, or the
subject an earlier sentence opens with), "they" and "the two" (the last two people named),
"the two countries"."""

from __future__ import annotations

import re

from .coordination import PARTY_KINDS
from .entities import Entities
from .lexicon import lexicon
from .mentions import COUNTRY, GROUP, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .subjects import GOVERNED
from .text import Document

_P = patterns("pronouns")

_TOLD_ABOUT = _P["told_about"]
_ABOUT_OWN = _P["about_own"]
_RELATIVE_SUBJECT = _P["relative_subject"]


def _antecedent_person(doc: Document, ents: Entities, m: Mention) -> list[Mention]:
    """The person a singular pronoun stands for: the nearest person named before it in its
    own sentence, else the subject the nearest earlier sentence that names a person opens with
    ("Abdullah, who held talks with Abe, is seen as ... He visited Japan": Abdullah, not Abe),
    else the last person that sentence names."""
    sentence = doc.sentence_at(m.start)
    named = [p for p in ents.before(m.start) if not p.description or p.key in ents.entities]
    if not named:
        return []
    if (
        m.key in ("him", "her")
        and len(named) > 1
        and named[1].start >= sentence.start
        and _RELATIVE_SUBJECT.match(doc.text, named[0].end, m.start)
    ):
        # "Olmert praised King Abdullah II, who received him in Amman": the object pronoun of
        # a relative clause on a person is not that person
        return [_person_of(ents, named[1].key, m)]
    if named[0].start >= sentence.start:
        told = _TOLD_ABOUT.search(doc.text, sentence.start, named[0].start)
        if (
            m.key in ("his", "her")
            and told is not None
            and _ABOUT_OWN.fullmatch(doc.text, named[0].end, m.start)
            and len(named) > 1
            and sentence.start <= named[1].start
            and named[1].end <= told.start()
        ):
            # "Abbas briefed Mubarak on his talks with Olmert": whom a teller tells about
            # "his" deeds is the teller's
            return [_person_of(ents, named[1].key, m)]
        return [_person_of(ents, named[0].key, m)]
    previous = doc.sentence_at(named[0].start)
    first = next(
        (x for x in ents.between(previous.start, previous.end) if x.kind in PARTY_KINDS), None
    )
    if (
        first is not None
        and first.kind == PERSON
        and not first.possessive
        and len(doc.text[previous.start : first.start].split()) <= 4
        and not GOVERNED.search(doc.text[previous.start : first.start])
    ):
        return [_person_of(ents, first.key, m)]  # the earlier sentence opens with its subject
    return [_person_of(ents, named[0].key, m)]


def resolve_pronoun(doc: Document, ents: Entities, m: Mention, offset: int) -> list[Mention]:
    """A pronoun or group resolved to the people it stands for; other mentions as they are."""
    if m.kind != GROUP:
        return [m]
    if m.members:
        return [_person_of(ents, key, m) for key in m.members]
    word = m.key
    if word in ("he", "him", "his", "she", "her", "hers"):
        # "As second leg of his visit, Hu will visit Laos": a fronted phrase's pronoun is the
        # main clause's subject
        comma = ents_text(ents).find(",", m.end)
        sentence = doc.sentence_at(m.start)
        named_before = any(
            x.kind == PERSON and not x.description for x in ents.between(sentence.start, m.start)
        )
        # ("Carrion said he had summoned Ambassador to Ecuador, Oscar Navas": a person the
        # sentence named before the pronoun is the one it stands for)
        if 0 <= comma - m.end < 60 and not named_before:
            after = [
                x for x in ents.between(comma, comma + 40) if x.kind == PERSON and not x.description
            ]
            if after and re.fullmatch(r",\s*", ents_text(ents)[comma : after[0].start]):
                return [_person_of(ents, after[0].key, m)]
        return _antecedent_person(doc, ents, m)
    if word in ("they", "them", "their", "theirs", "two"):
        if word == "they" and _after_plural_subject(doc, m):
            return []
        if word != "two":
            sentence = doc.sentence_at(m.start)
            group = next(
                (
                    x
                    for x in reversed(ents.between(sentence.start, m.start))
                    if x.kind == GROUP and x.key == "two"
                ),
                None,
            )
            if group is not None:
                # "as the two state leaders realized their first annual mutual visit": "their"
                # after its sentence's pair stands for that pair
                return resolve_pronoun(doc, ents, group, offset)
        seen: list[str] = []
        classes = _group_roles(m.text) if word == "two" else frozenset()
        if classes:
            pair = _counterparts(doc, ents, m, classes)
            if pair:
                return [_person_of(ents, key, m) for key in pair]
            # "The two diplomats are also to have dinner": the last two people of those
            # offices, past the leaders named since; two of one country are no pair of
            # counterparts ("Hu ... Wen ... the two presidents")
            for prev in ents.before(m.start):
                entity = ents.entities.get(prev.key)
                if (
                    prev.key not in seen
                    and entity is not None
                    and entity.roles & classes
                    and not (seen and _compatriots(ents, seen[0], prev.key))
                ):
                    seen.append(prev.key)
                if len(seen) == 2:
                    return [_person_of(ents, key, m) for key in seen]
            seen = []
        for prev in ents.before(m.start):
            if prev.key not in seen and prev.key in ents.entities:
                seen.append(prev.key)
            if len(seen) == 2:
                return [_person_of(ents, key, m) for key in seen]
        if word == "two" and m.text.lower().endswith("sides"):
            # "Chinese and U.S. officials will meet again ... the two sides": with no two
            # people named before, the last two countries; or a country and the body it
            # faces ("The Philippine government and the Moro Islamic Liberation Front ...
            # The two sides agreed to meet again")
            kinds: tuple[str, ...] = (COUNTRY, ORGANISATION)
        else:
            return []
    elif word == "two-countries":
        kinds = (COUNTRY,)
    else:
        return []
    seen_kinds: list[tuple[str, str]] = []
    for prev in ents.before(m.start, kinds):
        if all(prev.key != key for key, _ in seen_kinds):
            seen_kinds.append((prev.key, prev.kind))
        if len(seen_kinds) == 2:
            return [Mention(m.start, m.end, kind, key, key) for key, kind in seen_kinds]
    return []


def _compatriots(ents: Entities, a: str, b: str) -> bool:
    """Whether people `a` and `b` are known to be of one country."""
    x, y = ents.entities.get(a), ents.entities.get(b)
    return (
        x is not None
        and y is not None
        and x.nationality is not None
        and x.nationality == y.nationality
    )


def _counterparts(
    doc: Document, ents: Entities, m: Mention, classes: frozenset[str]
) -> list[str]:
    """The pair an office's group noun stands for where its sentence names two countries
    before it ("China and France have maintained good momentum ... as the two state leaders
    realized their first annual mutual visit"): each country's holder of those offices, the
    one named last before, else the first named after (Hu Jintao and Jacques Chirac, not Hu
    and Wen Jiabao, the two Chinese leaders told before); else none."""
    sentence = doc.sentence_at(m.start)
    countries: list[str] = []
    for x in ents.between(sentence.start, m.start):
        if x.kind == COUNTRY and x.key not in countries:
            countries.append(x.key)
    if len(countries) != 2:
        return []
    later = [x for x in ents.mentions if x.start >= m.end and x.kind == PERSON]
    pair = []
    for country in countries:
        holder = next(
            (
                x.key
                for x in ents.before(m.start) + later
                for e in [ents.entities.get(x.key)]
                if e is not None and e.nationality == country and e.roles & classes
            ),
            None,
        )
        if holder is None:
            return []
        pair.append(holder)
    return pair


_PLURAL_SUBJECT = _P["plural_subject"]


def _after_plural_subject(doc: Document, m: Mention) -> bool:
    """Whether "They" opening a sentence follows a sentence whose subject is a plural common
    noun other than a group of named people ("The observers will inspect the voting
    stations. They will release their conclusions ..."): they are those, not the last two
    people named (who may be what the observers watch)."""
    sentence = doc.sentence_at(m.start)
    if doc.text[sentence.start : m.start].strip() or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    found = _PLURAL_SUBJECT.match(doc.text, before.start, before.end)
    return found is not None and found.group("noun").lower() not in lexicon().person_groups


def _group_roles(phrase: str) -> frozenset[str]:
    """The role classes of the people a group noun stands for ("the two diplomats" ->
    minister, envoy); empty for anyone ("the two men")."""
    words = phrase.lower().split()
    groups = lexicon().group_roles
    for n in (2, 1):
        classes = groups.get(" ".join(words[-n:]))
        if classes is not None:
            return classes
    return frozenset()


def ents_text(ents: Entities) -> str:
    return ents.text


def _person_of(ents: Entities, key: str, where: Mention) -> Mention:
    """A mention of person `key` at the place of `where` (for pronouns and descriptions)."""
    kind = ents.entities[key].kind if key in ents.entities else COUNTRY
    return Mention(where.start, where.end, kind, key, where.text, description=True)
