"""The values the extraction core produces: plain, immutable, free of I/O."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Event types the extractor knows (GUIDELINES.md).
EVENT_TYPES = ("call", "meeting", "visit", "summit")
#: Event statuses, from tense, modality and words such as "called off".
EVENT_STATUSES = ("occurred", "ongoing", "planned", "cancelled", "postponed")
#: Date precisions, finest first.
PRECISIONS = (
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
)
#: Participant kinds.
ENTITY_KINDS = ("person", "country", "organisation", "group")


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in a text: character span and its TimeML TIMEX3 attributes."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 2013-03-22, 2013-W11, 2013-SP, P3D, PRESENT_REF
    mod: str | None = None  # START | MID | END | APPROX | BEFORE | AFTER | ...
    quant: str | None = None  # SET only: EACH, EVERY
    freq: str | None = None  # SET only: 2X


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event takes place: TIMEX3 value, the inclusive day span it covers, its precision."""

    value: str
    start: date
    end: date
    precision: str  # one of PRECISIONS
    mod: str | None = None

    def to_dict(self) -> dict:
        """The date as a JSON-ready dict: value, ISO start and end days, precision, mod."""
        return {
            "value": self.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "mod": self.mod,
        }


@dataclass(frozen=True, slots=True)
class Participant:
    """Who takes part: a person by the fullest name in the article, else a country or an org."""

    name: str
    kind: str  # one of ENTITY_KINDS
    aliases: tuple[str, ...] = ()  # other ways the article names it ("Xi", "the Chinese President")
    code: str | None = None  # ISO 3166-1 alpha-3 code for countries

    def to_dict(self) -> dict:
        """The participant as a JSON-ready dict; aliases and code only when it has them."""
        out = {"name": self.name, "kind": self.kind}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.code:
            out["code"] = self.code
        return out


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event takes place, as the article names it."""
    name: str
    code: str | None = None  # ISO code when the place is a country

    def to_dict(self) -> dict:
        """The location as a JSON-ready dict; its code only when it has one."""
        return {"name": self.name, **({"code": self.code} if self.code else {})}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence (or less) that states the event, with its character offsets in the text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The evidence as a JSON-ready dict: its text and character offsets."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event as one article reports it."""

    type: str  # one of EVENT_TYPES
    status: str  # one of EVENT_STATUSES
    date: EventDate
    participants: tuple[Participant, ...]
    location: Location | None
    title: str
    evidence: tuple[Evidence, ...] = field(default=())

    def to_dict(self) -> dict:
        """The event as a JSON-ready dict, with its date, participants, location and evidence."""
        return {
            "type": self.type,
            "status": self.status,
            "date": self.date.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "location": self.location.to_dict() if self.location else None,
            "title": self.title,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def event_from_dict(data: dict) -> Event:
    """The inverse of `Event.to_dict()` (for events read back from JSON or the store)."""
    d = data["date"]
    loc = data.get("location")
    return Event(
        type=data["type"],
        status=data["status"],
        date=EventDate(
            value=d["value"],
            start=date.fromisoformat(d["start"]),
            end=date.fromisoformat(d["end"]),
            precision=d["precision"],
            mod=d.get("mod"),
        ),
        participants=tuple(
            Participant(p["name"], p["kind"], tuple(p.get("aliases", ())), p.get("code"))
            for p in data.get("participants", ())
        ),
        location=Location(loc["name"], loc.get("code")) if loc else None,
        title=data.get("title", ""),
        evidence=tuple(Evidence(e["text"], e["start"], e["end"]) for e in data.get("evidence", ())),
    )
