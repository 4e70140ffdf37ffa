"""The merge policy, pure: when reports are one real-world event, and what the event then says.

An event's fields are a function of its reports alone (never of the order articles arrived
in), so reprocessing and concurrent workers converge on the same timeline:
- date: the finest precision any source gives (a vaguer report never widens it), overlapping
  day spans joined ("20-22 March" and "arrived on the 20th");
- status: the latest report's (by publication date; on the same day the further-along status);
- location: the most specific source's (a city over a country), then the most reported;
  country: the one the sources place it in (a city's, by the gazetteer);
- participants: the union of the reports' canonical entities; title: rebuilt from them.

Two events (a report is an event of one report) can be one when they have the same type,
overlapping dates, compatible participants (`participants_compatible`) and places that agree
(`places_agree`): `compatible`. Which compatible events are merged, and in which order, is
`cluster`'s business.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from services.worker.extraction.model import PRECISIONS, Event, EventDate, Location

from ..entities import country_code, name_key
from ..places import country_of_place

#: Same-day reports: the status further along wins (a report that it happened beats the plan).
STATUS_RANK = {"planned": 0, "ongoing": 1, "postponed": 2, "cancelled": 3, "occurred": 3}
TYPE_LABELS = {"call": "Call", "meeting": "Meeting", "visit": "Visit", "summit": "Summit"}


@dataclass(frozen=True)
class EntityInfo:
    """What merging needs of a canonical entity."""

    id: int
    kind: str
    name: str
    key: str = ""

    @property
    def lone_name(self) -> bool:
        """A person known by one word only ("Putin", when no article gave more)."""
        return self.kind == "person" and " " not in self.key


@dataclass(frozen=True)
class MentionInfo:
    """One article's report of an event, with its canonical participants."""

    article_id: int
    ordinal: int
    published: date  # the article's anchor date: what "latest report" is measured by
    event: Event
    entities: frozenset[int]
    source: str = ""  # the article's content hash: orders reports by content, not arrival

    @property
    def report_order(self) -> tuple:
        """Sort key: later reports last (same day: the further-along status, then content)."""
        return (
            self.published,
            STATUS_RANK[self.event.status],
            self.source,
            self.ordinal,
            self.article_id,
        )

    @property
    def key(self) -> tuple:
        """A total order of reports by their content (and, last, their article)."""
        return (self.published, self.source, self.ordinal, self.article_id)


@dataclass(frozen=True)
class EventFields:
    """The feed-visible fields of a timeline event."""

    type: str
    status: str
    date_value: str
    date_start: date
    date_end: date
    precision: str
    mod: str | None
    location: Location | None  # with its ISO code when the place is a country
    title: str
    participants: tuple[int, ...]  # entity ids, ascending
    country: str | None = None  # ISO code of the country it takes place in, when known

    def visible(self) -> tuple:
        """The fields a calendar or feed shows: a change to one is a new SEQUENCE."""
        return (
            self.type,
            self.status,
            self.date_value,
            self.date_start,
            self.date_end,
            self.precision,
            self.mod,
            self.location,
            self.title,
            self.participants,
        )

    def snapshot(self, entities: Mapping[int, EntityInfo]) -> dict:
        """JSON form kept in EventRevision.snapshot."""
        return {
            "type": self.type,
            "status": self.status,
            "date": {
                "value": self.date_value,
                "start": self.date_start.isoformat(),
                "end": self.date_end.isoformat(),
                "precision": self.precision,
                "mod": self.mod,
            },
            "title": self.title,
            "location": self.location.name if self.location else None,
            "country": self.country,
            "participants": [
                {"id": i, "name": entities[i].name, "kind": entities[i].kind}
                for i in self.participants
            ],
        }


def country_code_of(place: Location) -> str | None:
    """The ISO code of a place that is itself a country."""
    return place.code or country_code(place.name)


def is_country(place: Location) -> bool:
    """Whether the place is a country itself."""
    return country_code_of(place) is not None


def country_of(place: Location) -> str | None:
    """The ISO code of the country a place is or lies in, when known (the gazetteer's)."""
    return country_code_of(place) or country_of_place(place.name)


def place_key(place: Location) -> str:
    """What two places are compared by: a country's ISO code, else the folded name."""
    return country_code_of(place) or name_key(place.name, "organisation")


def _precision_rank(precision: str) -> int:
    """Finer is smaller; an unknown precision ranks after every known one."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def choose_date(mentions: Sequence[MentionInfo]) -> EventDate:
    """The most precise date the reports support.

    The finest precision wins, so a vaguer report never widens a date. Day-precise reports
    that overlap the latest one are joined ("20-22 March" and "arrived on the 20th" stay
    20-22 March); at any other precision the narrowest span, then the latest report, wins.
    """
    finest = min(_precision_rank(m.event.date.precision) for m in mentions)
    candidates = [m for m in mentions if _precision_rank(m.event.date.precision) == finest]
    if finest != _precision_rank("day"):
        narrowest = min((m.event.date.end - m.event.date.start).days for m in candidates)
        candidates = [
            m for m in candidates if (m.event.date.end - m.event.date.start).days == narrowest
        ]
        return max(candidates, key=lambda m: m.report_order).event.date
    anchor = max(candidates, key=lambda m: m.report_order).event.date
    joined = [m.event.date for m in candidates if _overlap(m.event.date, anchor)]
    start, end = min(d.start for d in joined), max(d.end for d in joined)
    if (start, end) == (anchor.start, anchor.end):
        return anchor
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return EventDate(value, start, end, "day", anchor.mod)


def _overlap(a: EventDate, b: EventDate) -> bool:
    """Whether two dates' day spans overlap."""
    return a.start <= b.end and b.start <= a.end


def choose_status(mentions: Sequence[MentionInfo], when: EventDate | None = None) -> str:
    """The status of the latest report.

    A report that the event is still to come, published after the days it took place (`when`),
    never overrides one that it happened: it speaks of another occasion ("will visit Russia
    again this year") or was misread.
    """
    happened = any(m.event.status in ("occurred", "ongoing") for m in mentions)
    if when is not None and happened:
        mentions = [
            m for m in mentions if not (m.event.status == "planned" and m.published > when.end)
        ]
    return max(mentions, key=lambda m: m.report_order).event.status


def choose_location(mentions: Sequence[MentionInfo]) -> Location | None:
    """The most specific place (a city over a country), then the most reported, then latest."""
    located = [m for m in mentions if m.event.location]
    if not located:
        return None
    counts = Counter(place_key(m.event.location) for m in located)
    best = max(
        located,
        key=lambda m: (
            not is_country(m.event.location),
            counts[place_key(m.event.location)],
            m.report_order,
        ),
    ).event.location
    code = country_code_of(best)
    return Location(best.name, code) if code != best.code else best


def choose_country(mentions: Sequence[MentionInfo]) -> str | None:
    """The country the reports place the event in: the most reported, then the latest."""
    placed = [(country_of(m.event.location), m) for m in mentions if m.event.location]
    placed = [(code, m) for code, m in placed if code]
    if not placed:
        return None
    counts = Counter(code for code, _ in placed)
    return max(placed, key=lambda cm: (counts[cm[0]], cm[1].report_order))[0]


def make_title(type_: str, participants: Sequence[EntityInfo], location: Location | None) -> str:
    """ "Call: Vladimir Putin – Xi Jinping", "Visit: Xi Jinping to Moscow"."""
    people = sorted((e for e in participants if e.kind == "person"), key=lambda e: e.name)
    others = sorted((e for e in participants if e.kind != "person"), key=lambda e: e.name)
    names = " – ".join(e.name for e in people + others)
    title = (
        f"{TYPE_LABELS.get(type_, type_.title())}: {names}"
        if names
        else TYPE_LABELS.get(type_, type_.title())
    )
    if type_ == "visit" and location:
        title += f" to {location.name}"
    elif not names and location:
        title += f" in {location.name}"
    return title


def merge_fields(
    mentions: Sequence[MentionInfo], entities: Mapping[int, EntityInfo]
) -> EventFields:
    """The fields of the event these mentions report."""
    if not mentions:
        raise ValueError("an event needs at least one mention")
    dated = choose_date(mentions)
    location = choose_location(mentions)
    union = frozenset().union(*(m.entities for m in mentions))
    covered = lone_names_covered(union, entities)
    participants = tuple(sorted(union - covered.keys()))
    return EventFields(
        type=mentions[0].event.type,
        status=choose_status(mentions, dated),
        date_value=dated.value,
        date_start=dated.start,
        date_end=dated.end,
        precision=dated.precision,
        mod=dated.mod,
        location=location,
        title=make_title(mentions[0].event.type, [entities[i] for i in participants], location),
        participants=participants,
        country=choose_country(mentions),
    )


def sets_compatible(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two participant sets can name one event: they share someone, and either one contains
    the other or they share at least two (so {Putin, Xi} and {Putin, Biden} stay apart)."""
    shared = a & b
    return bool(shared) and (a <= b or b <= a or len(shared) >= 2)


def lone_names_covered(ids: frozenset[int], entities: Mapping[int, EntityInfo]) -> dict[int, int]:
    """Lone-name people in `ids` that are the one full name in `ids` holding that word."""
    covered = {}
    for i in ids:
        if entities[i].lone_name:
            word = entities[i].key
            full = [
                j
                for j in ids
                if j != i and word in entities[j].key.split() and entities[j].kind == "person"
            ]
            if len(full) == 1:
                covered[i] = full[0]
    return covered


def participants_compatible(
    a: frozenset[int], b: frozenset[int], entities: Mapping[int, EntityInfo]
) -> bool:
    """People are compared with people (a lone "Putin" as the one Putin on the other side);
    countries and organisations only where no one is named."""
    people_a = frozenset(i for i in a if entities[i].kind == "person")
    people_b = frozenset(i for i in b if entities[i].kind == "person")
    if people_a or people_b:
        if not (people_a and people_b):
            return False
        same = lone_names_covered(people_a | people_b, entities)
        return sets_compatible(
            frozenset(same.get(i, i) for i in people_a), frozenset(same.get(i, i) for i in people_b)
        )
    return sets_compatible(a, b)


def names_only_one_body(a: frozenset[int], b: frozenset[int], entities) -> bool:
    """Where no one is named and one side names a single country or organisation that the
    other merely includes: "the EU" takes part in too many gatherings for that to tell."""
    if any(entities[i].kind == "person" for i in a | b):
        return False
    return a != b and min(len(a), len(b)) == 1


def _where(f: EventFields) -> tuple[Location | None, str | None]:
    """An event's place and the country it is in, as far as known."""
    return f.location, f.country or (country_of(f.location) if f.location else None)


def locations_compatible(a: EventFields, b: EventFields) -> bool:
    """Unknown places agree with anything; two countries must be the same, two places too, and
    a place agrees with a country only if it lies there (as far as the gazetteer knows)."""
    (a_place, a_country), (b_place, b_country) = _where(a), _where(b)
    if not (a_place or a_country) or not (b_place or b_country):
        return True
    if a_country and b_country and a_country != b_country:
        return False
    if a_place and b_place and not is_country(a_place) and not is_country(b_place):
        return place_key(a_place) == place_key(b_place)
    return True


def _same_days(a: EventFields, b: EventFields) -> bool:
    """Both dated to the day (or time), and overlapping."""
    fine = ("time", "day")
    return a.precision in fine and b.precision in fine and _overlap_fields(a, b)


def _overlap_fields(a: EventFields, b: EventFields) -> bool:
    """Whether two events' day spans overlap."""
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def places_agree(a: EventFields, b: EventFields) -> bool:
    """Whether the places of two events allow them to be one event.

    A visit is defined by where it goes. For the other types, the same people on the same
    day in two differently named places of one country ("the Kremlin", "Moscow") are one
    meeting; two countries never are.
    """
    if locations_compatible(a, b):
        return True
    if a.type == "visit" or not (a.location and b.location):
        return False
    if is_country(a.location) or is_country(b.location):
        return False
    (_, a_country), (_, b_country) = _where(a), _where(b)
    if a_country and b_country and a_country != b_country:
        return False
    return _same_days(a, b)


def places_confirm(a: EventFields, b: EventFields) -> bool:
    """Whether two events name the same place, or places in the same country."""
    (a_place, a_country), (b_place, b_country) = _where(a), _where(b)
    if a_place and b_place and place_key(a_place) == place_key(b_place):
        return True
    return a_country is not None and a_country == b_country


def compatible(a: EventFields, b: EventFields, entities: Mapping[int, EntityInfo]) -> bool:
    """Whether events `a` and `b` (either may be a single report) can be one real-world event.

    Symmetric. Events naming no participant are never another's: nothing says they are the
    same gathering.
    """
    if a.type != b.type or not _overlap_fields(a, b):
        return False
    ours, theirs = frozenset(a.participants), frozenset(b.participants)
    if not ours or not theirs:
        return False
    if not participants_compatible(ours, theirs, entities):
        return False
    if names_only_one_body(ours, theirs, entities) and not places_confirm(a, b):
        return False
    return places_agree(a, b)
