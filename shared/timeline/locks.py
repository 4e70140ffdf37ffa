"""Transaction-scoped advisory locks on PostgreSQL, taken in one global order.

Every merge takes its locks in phases (the article row, then entity names, then event types)
and, within a phase, in ascending lock id. All transactions acquiring in that one order can
never wait on each other in a cycle, so merges serialise where they overlap and deadlocks
cannot arise. On SQLite, BEGIN IMMEDIATE already serialises writers: nothing to do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

_NAMESPACE = b"eventline:"


def lock_id(name: str) -> int:
    """A stable signed 64-bit id for a lock name (what pg_advisory_xact_lock takes)."""
    digest = hashlib.blake2b(_NAMESPACE + name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_all(session: Session, names: Iterable[str]) -> list[int]:
    """Take the advisory locks `names` until the transaction ends, in ascending id order."""
    ids = sorted({lock_id(n) for n in names})
    if session.get_bind().dialect.name != "postgresql":
        return ids
    for i in ids:
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": i})
    return ids
