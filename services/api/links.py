"""Absolute links to the service's own resources (feeds and Link headers need them whole)."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import request
from werkzeug.datastructures import MultiDict

from .context import services


def base_url() -> str:
    """EVENTLINE_PUBLIC_URL when set (the service behind a proxy), else the request's own root."""
    return (services().settings.public_url or request.url_root).rstrip("/")


def absolute_url(path: str, query: MultiDict | None = None) -> str:
    """`path` (and `query`, repeated keys kept) under the service's base URL."""
    suffix = f"?{urlencode(list(query.items(multi=True)))}" if query else ""
    return f"{base_url()}{path}{suffix}"
