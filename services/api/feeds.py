"""iCalendar subscription feeds of the timeline, one per filter."""
from __future__ import annotations

from datetime import timedelta

from flask import Response, request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE
from werkzeug.http import is_resource_modified

from shared import store

from .conditional import cache_headers
from .context import services
from .filters import EventFilterArgs, describe
from .ical import FeedInfo, feed_etag, render_calendar
from .links import absolute_url, base_url

blp = Blueprint("feeds", __name__, description="The timeline as iCalendar feeds to subscribe to.")

CALENDAR_TYPE = "text/calendar; charset=utf-8"


@blp.route("/calendar.ics")
class Calendar(MethodView):
    """The iCalendar feed of the timeline."""
    @blp.arguments(EventFilterArgs, location="query", as_kwargs=False, unknown=RAISE)
    @blp.response(200, description="An iCalendar (RFC 5545) feed, one VEVENT per event.",
                  content_type="text/calendar")
    @blp.alt_response(304, description="Not modified (If-None-Match or If-Modified-Since).")
    def get(self, args: dict):
        """The events matching the filters as a calendar; the same filters as GET /events."""
        settings = services().settings
        wanted = args["wanted"]
        with services().database.session() as session:
            # Calendar clients load a whole feed at every refresh: keep it bounded, and keep
            # what subscribers look at (the coming and the most recent events).
            events = store.find_events(session, wanted, limit=settings.feed_max_events,
                                       latest=True, with_sources=True)
            changed = store.timeline_changed_at(session)
            info = FeedInfo(
                name=f"Eventline: {describe(wanted)}",
                description=f"News-reported {describe(wanted)}, from the Eventline timeline.",
                refresh=timedelta(minutes=settings.feed_refresh_minutes),
                base_url=base_url(),
                source_url=absolute_url(request.path, request.args),
            )
            stamps = [store.as_utc(e.updated_at) for e in events] + ([changed] if changed else [])
            last_modified = max(stamps, default=None)
            etag = feed_etag(events, info)
            fresh = not is_resource_modified(request.environ, etag=etag,
                                             last_modified=last_modified)
            body = b"" if fresh else services().feeds.get_or_render(
                etag, lambda: render_calendar(events, info))
        response = Response(body, status=304 if fresh else 200, content_type=CALENDAR_TYPE)
        response.headers["Content-Disposition"] = 'inline; filename="eventline.ics"'
        return cache_headers(response, etag, last_modified)
