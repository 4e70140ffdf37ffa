"""Opaque keyset cursors for GET /events: the last event's position, bound to its filters."""
from __future__ import annotations

import base64
import binascii
import json
from datetime import date

from shared.store import EventKey


def encode_cursor(key: EventKey, filter_digest: str) -> str:
    """A URL-safe token for "the events after `key`" under the filters of `filter_digest`."""
    start, end, event_id = key
    raw = json.dumps([start.isoformat(), end.isoformat(), event_id, filter_digest])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, filter_digest: str) -> EventKey:
    """The position `token` stands for; ValueError if it is garbled or from other filters."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        start, end, event_id, digest = json.loads(raw)
        key = (date.fromisoformat(start), date.fromisoformat(end), int(event_id))
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise ValueError("not a cursor this service gave out") from exc
    if digest != filter_digest:
        raise ValueError("this cursor belongs to other filters: keep the filters of the first page")
    return key
