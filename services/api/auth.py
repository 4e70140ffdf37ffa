"""Bearer-token authentication for the endpoints that write (RFC 6750)."""
from __future__ import annotations

import functools
import hmac

from flask import request
from flask_smorest import abort

from .context import services

REALM = "eventline"


def token_ok(presented: str, tokens: tuple[str, ...]) -> bool:
    """Whether `presented` is one of `tokens`, in time independent of where they differ."""
    given = presented.encode()
    matches = [hmac.compare_digest(given, token.encode()) for token in tokens]
    return any(matches)  # every token compared, so timing does not tell which one was close


def require_token(view):
    """Refuse the request with 401 unless it carries one of settings.api_tokens."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        """Abort with 401 (and a WWW-Authenticate challenge) unless a valid bearer token is sent."""
        scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            abort(401, message="Send a bearer token: 'Authorization: Bearer <token>'.",
                  headers={"WWW-Authenticate": f'Bearer realm="{REALM}"'})
        if not token_ok(presented.strip(), services().settings.api_tokens):
            abort(401, message="The bearer token is not valid.",
                  headers={"WWW-Authenticate": f'Bearer realm="{REALM}", error="invalid_token"'})
        return view(*args, **kwargs)

    return guarded
