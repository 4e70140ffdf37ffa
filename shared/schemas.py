"""The wire format both services share: an extracted event as JSON (`Event.to_dict()`).

The worker stores it in `Mention.data`, `eventline extract` writes it, and the API serves it
as what an article itself reported; these schemas validate it and document it in OpenAPI.
"""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from services.worker.extraction.model import ENTITY_KINDS, EVENT_STATUSES, EVENT_TYPES, PRECISIONS


class EventDateSchema(Schema):
    """When an event takes place."""

    value = fields.String(required=True, metadata={"description": "TIMEX3 value, e.g. 2023-SP"})
    start = fields.Date(required=True, metadata={"description": "First day covered (inclusive)"})
    end = fields.Date(required=True, metadata={"description": "Last day covered (inclusive)"})
    precision = fields.String(required=True, validate=validate.OneOf(PRECISIONS))
    mod = fields.String(
        allow_none=True, load_default=None,
        metadata={"description": "TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER..."},
    )


class ParticipantSchema(Schema):
    """Who takes part, as the article names them."""

    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(ENTITY_KINDS))
    aliases = fields.List(fields.String(), load_default=list)
    code = fields.String(
        load_default=None, metadata={"description": "ISO 3166-1 alpha-3 code of a country"}
    )


class LocationSchema(Schema):
    """A location on the wire: its name and, for a country, its ISO code."""
    name = fields.String(required=True)
    code = fields.String(load_default=None)


class EvidenceSchema(Schema):
    """The text that states the event, and its character offsets in the article text."""

    text = fields.String(required=True)
    start = fields.Integer(required=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, validate=validate.Range(min=0))


class ExtractedEventSchema(Schema):
    """One event as one article reports it."""

    type = fields.String(required=True, validate=validate.OneOf(EVENT_TYPES))
    status = fields.String(required=True, validate=validate.OneOf(EVENT_STATUSES))
    date = fields.Nested(EventDateSchema, required=True)
    participants = fields.List(fields.Nested(ParticipantSchema), required=True)
    location = fields.Nested(LocationSchema, allow_none=True, load_default=None)
    title = fields.String(load_default="")
    evidence = fields.List(fields.Nested(EvidenceSchema), load_default=list)
