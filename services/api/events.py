"""Timeline events: filtered, date-ordered pages of them, and one with its sources and history."""
from __future__ import annotations

from flask import jsonify, request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import EXCLUDE, RAISE, Schema, fields, validate

from services.worker.extraction.model import ENTITY_KINDS, EVENT_STATUSES, EVENT_TYPES
from shared import store
from shared.schemas import EvidenceSchema, ExtractedEventSchema

from .conditional import conditional
from .context import services
from .cursor import decode_cursor, encode_cursor
from .filters import EventFilterArgs, fingerprint
from .ical import event_uid
from .links import absolute_url

blp = Blueprint("events", __name__, description="The timeline: one event per real-world event.")


class EventDateOutSchema(Schema):
    """An event's date: its TIMEX3 value, first and last day, precision and mod."""
    value = fields.String(metadata={"description": "TIMEX3 value, e.g. 2022-12-30, 2023-SP"})
    start = fields.Date(metadata={"description": "First day (inclusive)"})
    end = fields.Date(metadata={"description": "Last day (inclusive)"})
    precision = fields.String(metadata={"description": "day, week, month, season, ..."})
    mod = fields.String(allow_none=True, metadata={"description": "TIMEX3 mod (START, MID, ...)"})


class EntitySchema(Schema):
    """A canonical person, country or organisation."""
    id = fields.Integer()
    name = fields.String(metadata={"description": "Canonical name"})
    kind = fields.String(validate=validate.OneOf(ENTITY_KINDS))
    code = fields.String(allow_none=True, metadata={"description": "ISO 3166-1 alpha-3 code"})


class EntityDetailSchema(EntitySchema):
    """An entity with its aliases."""
    aliases = fields.List(fields.String(), metadata={"description": "Other names seen in the news"})


class EventSummarySchema(Schema):
    id = fields.Integer()
    uid = fields.String(metadata={"description": "iCalendar UID; never changes"})
    type = fields.String(validate=validate.OneOf(EVENT_TYPES))
    status = fields.String(validate=validate.OneOf(EVENT_STATUSES))
    date = fields.Nested(EventDateOutSchema)
    title = fields.String()
    location = fields.String(allow_none=True)
    participants = fields.List(fields.Nested(EntitySchema))
    source_count = fields.Integer(metadata={"description": "How many articles report it"})
    sequence = fields.Integer(metadata={"description": "iCalendar SEQUENCE: moves on every change"})
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()
    url = fields.String(metadata={"description": "This event's resource"})


class ArticleRefSchema(Schema):
    id = fields.Integer()
    url = fields.String(allow_none=True)
    title = fields.String()
    source = fields.String(allow_none=True)
    published_at = fields.AwareDateTime(allow_none=True)


class SourceSchema(Schema):
    """One article's report of the event."""

    article = fields.Nested(ArticleRefSchema)
    evidence = fields.Nested(EvidenceSchema)
    reported = fields.Nested(
        ExtractedEventSchema, metadata={"description": "The event as this article reports it."}
    )


class RevisionSchema(Schema):
    sequence = fields.Integer()
    changed_at = fields.AwareDateTime()
    article_id = fields.Integer(allow_none=True, metadata={"description": "The article behind it"})
    snapshot = fields.Dict(metadata={"description": "The event's fields at this sequence"})


class EventDetailSchema(EventSummarySchema):
    participants = fields.List(fields.Nested(EntityDetailSchema))
    sources = fields.List(fields.Nested(SourceSchema))
    revisions = fields.List(fields.Nested(RevisionSchema))


class EventPageSchema(Schema):
    events = fields.List(fields.Nested(EventSummarySchema))
    next = fields.String(
        allow_none=True, metadata={"description": "The next page (as in the Link header), or null"}
    )


class EventListArgs(EventFilterArgs):
    """The timeline's filters plus a page's cursor and size."""
    cursor = fields.String(metadata={"description": "Opaque position, from a page's `next`."})
    limit = fields.Integer(
        validate=validate.Range(min=1),
        metadata={"description": "Events per page (default EVENTLINE_PAGE_SIZE, at most "
                                 "EVENTLINE_MAX_PAGE_SIZE)."},
    )


@blp.route("/events")
class Events(MethodView):
    """The timeline as JSON."""
    @blp.arguments(EventListArgs, location="query", as_kwargs=False, unknown=RAISE)
    @blp.response(200, EventPageSchema)
    @blp.alt_response(304, description="Not modified since the ETag in If-None-Match.")
    @blp.alt_response(400, schema="Error", description="A garbled cursor, or one of other filters.")
    def get(self, args: dict):
        """Events matching the filters, ordered by date, a page at a time."""
        settings = services().settings
        wanted = args["wanted"]
        limit = args.get("limit", settings.page_size)
        if limit > settings.max_page_size:
            raise_invalid("limit", f"Must be at most {settings.max_page_size}.")
        digest = fingerprint(wanted)
        after = None
        if "cursor" in args:
            try:
                after = decode_cursor(args["cursor"], digest)
            except ValueError as exc:
                abort(400, errors={"query": {"cursor": [str(exc)]}})
        with services().database.session() as session:
            # One more than asked: whether it comes back says if there is a next page.
            found = store.find_events(session, wanted, after=after, limit=limit + 1)
            page = [event_view(e) for e in found[:limit]]
        next_url = None
        if len(found) > limit:
            query = request.args.copy()
            query["cursor"] = encode_cursor(store.event_key(found[limit - 1]), digest)
            next_url = absolute_url(request.path, query)
        response = jsonify(EventPageSchema().dump({"events": page, "next": next_url}))
        if next_url:
            response.headers["Link"] = f'<{next_url}>; rel="next"'
        return conditional(response)


@blp.route("/events/<int:event_id>")
class Event(MethodView):
    """One timeline event."""
    @blp.response(200, EventDetailSchema)
    @blp.alt_response(304, description="Not modified since the ETag in If-None-Match.")
    @blp.alt_response(404, schema="Error", description="No such event.")
    def get(self, event_id: int):
        """An event with every source that reports it and its revision history."""
        with services().database.session() as session:
            event = store.get_event(session, event_id)
            if event is None:
                abort(404, message=f"no event {event_id}")
            body = EventDetailSchema().dump(event_detail_view(event))
        return conditional(jsonify(body))


def raise_invalid(name: str, message: str):
    """A 422 for query parameter `name`, shaped like the framework's own validation errors."""
    abort(422, errors={"query": {name: [message]}})


def event_view(event) -> dict:
    """A timeline event as the API shows it in lists."""
    return {
        "id": event.id,
        "uid": event_uid(event.uid),
        "type": event.type,
        "status": event.status,
        "date": {
            "value": event.date_value,
            "start": event.date_start,
            "end": event.date_end,
            "precision": event.precision,
            "mod": event.mod,
        },
        "title": event.title,
        "location": event.location,
        "participants": [
            {"id": p.id, "name": p.name, "kind": p.kind, "code": p.code} for p in event.participants
        ],
        "source_count": event.source_count,
        "sequence": event.sequence,
        "created_at": store.as_utc(event.created_at),
        "updated_at": store.as_utc(event.updated_at),
        "url": absolute_url(f"/events/{event.id}"),
    }


def event_detail_view(event) -> dict:
    """A timeline event with its participants' aliases, its sources and its revisions."""
    view = event_view(event)
    for shown, entity in zip(view["participants"], event.participants, strict=True):
        shown["aliases"] = [a.alias for a in entity.aliases]
    view["sources"] = [
        {
            "article": {
                "id": m.article.id,
                "url": m.article.url,
                "title": m.article.title,
                "source": m.article.source,
                "published_at": store.as_utc(m.article.published_at),
            },
            "evidence": {"text": m.evidence, "start": m.start, "end": m.end},
            "reported": ExtractedEventSchema(unknown=EXCLUDE).load(m.data),
        }
        for m in sorted(event.mentions, key=lambda m: m.id)
    ]
    view["revisions"] = [
        {
            "sequence": r.sequence,
            "changed_at": store.as_utc(r.changed_at),
            "article_id": r.article_id,
            "snapshot": r.snapshot,
        }
        for r in event.revisions
    ]
    return view
