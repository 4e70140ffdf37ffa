"""The kinds of participant an article names, a mention of one in its text, and the entity its
mentions resolve to."""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON, COUNTRY, ORGANISATION, GROUP, PLACE, NAME = (
    "person",
    "country",
    "organisation",
    "group",
    "place",
    "name",
)


@dataclass(slots=True)
class Mention:
    """A stretch of text that names (or describes) a participant or a place."""

    start: int  # character offsets of the whole phrase ("Chinese President Hu Jintao")
    end: int
    kind: str  # person | country | organisation | group | place | name
    key: str  # entity key: person's canonical name, alpha-3 code, organisation name, place
    text: str  # the name as written ("Hu Jintao", "China", "SCO")
    role: str | None = None  # role class the phrase gives ("president")
    nationality: str | None = None  # alpha-3 the phrase gives ("Chinese" -> CHN)
    members: tuple[str, ...] = ()  # person keys a group or plural description stands for
    description: bool = False  # a description or pronoun resolved to a named person
    possessive: bool = False  # written with 's ("Hu's visit")
    owned: bool = False  # a description owned by its country's name ("Kenya's trade minister")


@dataclass(slots=True)
class Entity:
    """One participant as the article names it: fullest name, other names, kind, code."""

    key: str
    kind: str
    name: str
    aliases: set[str] = field(default_factory=set)
    code: str | None = None
    roles: set[str] = field(default_factory=set)
    nationality: str | None = None
