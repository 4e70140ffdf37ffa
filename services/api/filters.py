"""The timeline filters GET /events and GET /calendar.ics share: query schema and wording."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from services.worker.extraction.model import EVENT_STATUSES, EVENT_TYPES
from shared.store import EventFilter


class EventFilterArgs(Schema):
    """Query parameters that select events; every one is optional and they combine with AND."""

    start = fields.Date(
        data_key="from",
        metadata={"description": "Events that end on or after this day (YYYY-MM-DD)."},
    )
    end = fields.Date(
        data_key="to",
        metadata={"description": "Events that start on or before this day (YYYY-MM-DD)."},
    )
    types = fields.List(
        fields.String(validate=validate.OneOf(EVENT_TYPES)),
        data_key="type",
        metadata={"description": "Event type; repeat for several (any of them)."},
    )
    statuses = fields.List(
        fields.String(validate=validate.OneOf(EVENT_STATUSES)),
        data_key="status",
        metadata={"description": "Event status; repeat for several (any of them)."},
    )
    participants = fields.List(
        fields.String(validate=validate.Length(min=1, max=300)),
        data_key="participant",
        metadata={
            "description": "A participant's name or alias, any case; repeat to require several."
        },
    )
    location = fields.String(
        validate=validate.Length(min=1, max=300),
        metadata={"description": "Text the location contains, any case."},
    )
    q = fields.String(
        validate=validate.Length(min=1, max=500),
        metadata={"description": "Words that must each appear in the title or the evidence."},
    )

    @validates_schema
    def _ordered(self, data: dict, **_kwargs) -> None:
        """Refuse a `to` day before the `from` day."""
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise ValidationError("must not be before `from`", field_name="to")

    @post_load
    def _to_filter(self, data: dict, **_kwargs) -> dict:
        """The filter fields as one `EventFilter` under "wanted", other arguments as they are."""
        filter_keys = {"start", "end", "types", "statuses", "participants", "location", "q"}
        wanted = {k: v for k, v in data.items() if k in filter_keys}
        for key in ("types", "statuses", "participants"):
            if key in wanted:
                wanted[key] = tuple(dict.fromkeys(wanted[key]))  # unique, first-seen order
        rest = {k: v for k, v in data.items() if k not in filter_keys}
        return {"wanted": EventFilter(**wanted), **rest}


def fingerprint(wanted: EventFilter) -> str:
    """A short digest of a filter, so a cursor is never used with other filters."""
    data = asdict(wanted)
    for key in ("types", "statuses", "participants"):
        data[key] = sorted(data[key])
    canonical = json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def describe(wanted: EventFilter) -> str:
    """The filter in words, for calendar names: "calls with Xi Jinping from 2023-01-01"."""
    kinds = _join([_plural(t) for t in wanted.types]) if wanted.types else "events"
    parts = [kinds if not wanted.statuses else f"{_join(list(wanted.statuses))} {kinds}"]
    if wanted.participants:
        parts.append("with " + _join(list(wanted.participants)))
    if wanted.location:
        parts.append(f"in {wanted.location}")
    if wanted.start:
        parts.append(f"from {wanted.start.isoformat()}")
    if wanted.end:
        parts.append(f"to {wanted.end.isoformat()}")
    if wanted.q:
        parts.append(f"mentioning “{wanted.q}”")
    return " ".join(parts)


def _plural(event_type: str) -> str:
    """An event type's plural, for filter descriptions: "calls", "-es" after an h."""
    return event_type + ("es" if event_type.endswith("h") else "s")


def _join(words: list[str]) -> str:
    """Words joined for a sentence: "a", "a and b", "a, b and c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
