"""Articles: POST one in for extraction, GET its processing state and the events found in it."""
from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates_schema

from shared import store
from shared.schemas import EvidenceSchema, ExtractedEventSchema

from .auth import require_token
from .context import services
from .events import EventSummarySchema, event_view
from .links import absolute_url
from .publish import publish_article
from .text import clean_text, clean_title, html_to_text

blp = Blueprint("articles", __name__, description="News articles in, processing state out.")

ARTICLE_STATUSES = ("pending", "processing", "done", "failed")


class PublishedAt(fields.Field):
    """An ISO 8601 date or date-time; a date-time without offset is taken as UTC."""

    default_error_messages = {"invalid": "Not a valid ISO 8601 date or date-time."}

    def _deserialize(self, value, attr, data, **kwargs) -> datetime:
        """A date as midnight UTC, a date-time as given (UTC if it has no offset)."""
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            if len(value) == 10:
                return datetime.combine(date.fromisoformat(value), time(0), UTC)
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise self.make_error("invalid") from exc
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ArticleInSchema(Schema):
    """An article to extract events from: its text, or its HTML, which is converted to text."""

    title = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    text = fields.String(validate=validate.Length(min=1))
    html = fields.String(validate=validate.Length(min=1))
    url = fields.Url(
        schemes={"http", "https"}, validate=validate.Length(max=2048),
        metadata={"description": "Where the article is published; a re-post of the same URL "
                                 "(tracking parameters aside) returns the stored article."},
    )
    source = fields.String(validate=validate.Length(min=1, max=200),
                           metadata={"description": "Publisher, e.g. 'TASS'."})
    published_at = PublishedAt(
        metadata={"description": "Publication date or date-time (ISO 8601). Relative dates "
                                 "('last Friday') are resolved against its day; without it, "
                                 "against the day the article was received.",
                  "type": "string", "example": "2023-01-03T09:30:00+03:00"},
    )

    @validates_schema
    def _one_body(self, data: dict, **_kwargs) -> None:
        """Require exactly one of text and html."""
        has_text, has_html = "text" in data, "html" in data
        if has_text and has_html:
            raise ValidationError("Give text or html, not both.", field_name="html")
        if not has_text and not has_html:
            raise ValidationError("Missing data: give text or html.", field_name="text")


class ArticleAcceptedSchema(Schema):
    """The answer to a post: the article's id and its processing state."""
    id = fields.Integer(required=True)
    status = fields.String(required=True, validate=validate.OneOf(ARTICLE_STATUSES))


class ArticleEventSchema(Schema):
    """An event the article reports: the timeline event, and what this article itself said."""

    event = fields.Nested(EventSummarySchema, metadata={"description": "The timeline event."})
    evidence = fields.Nested(EvidenceSchema)
    reported = fields.Nested(
        ExtractedEventSchema, metadata={"description": "The event as this article reports it."}
    )


class ArticleSchema(Schema):
    """A stored article, its processing state and the events found in it."""
    id = fields.Integer()
    url = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    title = fields.String()
    status = fields.String(validate=validate.OneOf(ARTICLE_STATUSES))
    error = fields.String(allow_none=True)
    extractor_version = fields.String(allow_none=True)
    published_at = fields.AwareDateTime(allow_none=True)
    received_at = fields.AwareDateTime()
    processed_at = fields.AwareDateTime(allow_none=True)
    anchor = fields.String(
        validate=validate.OneOf(("published_at", "received_at")),
        metadata={"description": "What relative dates were resolved against."},
    )
    anchor_date = fields.Date(metadata={"description": "The day relative dates resolve against."})
    events = fields.List(fields.Nested(ArticleEventSchema))


class ArticleIdSchema(Schema):
    """The article id in a URL path."""
    article_id = fields.Integer(required=True)


def require_json(view):
    """Refuse with 415 a body that is not JSON (webargs would read it as no fields at all)."""

    @functools.wraps(view)
    def checked(*args, **kwargs):
        """Abort with 415 unless the request says it is JSON, else call the view."""
        if not request.is_json:
            abort(415, message="Send the article as JSON (Content-Type: application/json).")
        return view(*args, **kwargs)

    return checked


@blp.route("/articles")
class Articles(MethodView):
    """The articles collection: where newsroom tools post."""
    @blp.doc(security=[{"bearerAuth": []}])
    @require_token
    @require_json
    @blp.arguments(ArticleInSchema)
    @blp.response(202, ArticleAcceptedSchema, description="Stored and queued for extraction.",
                  headers={"Location": {"description": "The article's URL",
                                        "schema": {"type": "string"}}})
    @blp.alt_response(200, schema=ArticleAcceptedSchema, success=True,
                      description="Already stored (same URL or content): the stored article.")
    @blp.alt_response(401, schema="Error", description="No valid bearer token.")
    @blp.alt_response(413, schema="Error", description="Body over EVENTLINE_MAX_BODY_BYTES.")
    @blp.alt_response(415, schema="Error", description="Body is not JSON.")
    def post(self, data: dict):
        """Submit an article; its events are extracted in the background."""
        svc = services()
        text = html_to_text(data["html"]) if "html" in data else clean_text(data["text"])
        title = clean_title(data["title"])
        if not text or not title:
            field = "title" if not title else ("html" if "html" in data else "text")
            abort(422, errors={"json": {field: ["No text left after cleaning."]}})
        new = store.NewArticle(
            title=title, text=text, url=data.get("url"), source=data.get("source"),
            published_at=data.get("published_at"),
        )
        with svc.database.session() as session:
            article, created = store.ingest_article(session, new, datetime.now(UTC))
        # Committed before publishing: a worker must find the row, and a lost publish
        # leaves a pending article for the sweep rather than a task without an article.
        if created and publish_article(svc.celery, svc.settings.queue, article.id):
            with svc.database.session() as session:
                store.mark_enqueued(session, article.id, datetime.now(UTC))
        location = absolute_url(f"/articles/{article.id}")
        body = {"id": article.id, "status": article.status}
        return body, (202 if created else 200), {"Location": location}


@blp.route("/articles/<int:article_id>")
class Article(MethodView):
    """One article."""
    @blp.response(200, ArticleSchema)
    @blp.alt_response(404, schema="Error", description="No such article.")
    def get(self, article_id: int):
        """An article's processing state and the events found in it."""
        with services().database.session() as session:
            article = store.get_article(session, article_id)
            if article is None:
                abort(404, message=f"no article {article_id}")
            return article_view(article)


def article_view(article) -> dict:
    """The article as the API shows it (no text: it is the publisher's, and can be large)."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "status": article.status,
        "error": article.error,
        "extractor_version": article.extractor_version,
        "published_at": store.as_utc(article.published_at),
        "received_at": store.as_utc(article.received_at),
        "processed_at": store.as_utc(article.processed_at),
        "anchor": article.anchor,
        "anchor_date": article.anchor_date,
        "events": [
            {
                "event": event_view(mention.event),
                "evidence": {"text": mention.evidence, "start": mention.start, "end": mention.end},
                "reported": ExtractedEventSchema(unknown=EXCLUDE).load(mention.data),
            }
            for mention in sorted(article.mentions, key=lambda m: m.ordinal)
        ],
    }
