"""Conditional GET: strong ETags from the body, Last-Modified, 304s, and cache headers."""
from __future__ import annotations

import hashlib
from datetime import datetime

from flask import Response, request

#: Seconds a shared cache may serve a list or a feed without asking again; short, because a
#: newsroom's timeline moves, and revalidating with the ETag costs a 304 only.
MAX_AGE = 60


def conditional(response: Response, last_modified: datetime | None = None) -> Response:
    """`response` with ETag, Last-Modified and Cache-Control; a 304 if the client is current."""
    etag = hashlib.sha256(response.get_data()).hexdigest()[:32]
    return cache_headers(response, etag, last_modified).make_conditional(request)


def cache_headers(response: Response, etag: str, last_modified: datetime | None) -> Response:
    """`response` with its validators and the cache policy of every timeline view."""
    response.set_etag(etag)
    if last_modified is not None:
        response.last_modified = last_modified
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE
    return response
