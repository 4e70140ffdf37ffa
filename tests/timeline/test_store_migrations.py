"""Migrations of the timeline's tables carry the stored reports over, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

from shared.db import Database

from .conftest import PUTIN, XI, event, span

T = datetime(2023, 1, 3, tzinfo=UTC)
# The tables as revision 0004 left them (only the columns written here).
ARTICLES = sa.table(
    "articles",
    *(sa.column(c) for c in ("id", "dedup_key", "title", "text", "content_hash", "anchor")),
    *(sa.column(c) for c in ("status", "attempts")),
    sa.column("anchor_date", sa.Date),
    sa.column("received_at", sa.DateTime(timezone=True)),
)
EVENTS = sa.table(
    "events",
    *(sa.column(c) for c in ("id", "uid", "type", "status", "date_value", "precision", "title")),
    sa.column("sequence"),
    sa.column("date_start", sa.Date),
    sa.column("date_end", sa.Date),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
MENTIONS = sa.table(
    "mentions",
    *(sa.column(c) for c in ("article_id", "event_id", "ordinal", "evidence", "start", "end")),
    sa.column("data", sa.JSON),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def test_0005_copies_each_reports_type_and_span_out_of_its_data(settings):
    database = Database(settings)
    database.upgrade("0004")
    call = event("call", span("2022-12-30", "2022-12-30"), PUTIN, XI)
    visit = event("visit", span("2023-SP", "2023-03-01", "2023-05-31", "season"), XI)
    with database.engine.begin() as conn:
        conn.execute(
            ARTICLES.insert(),
            dict(id=1, dedup_key="k", title="t", text="x", content_hash="h", anchor="published_at",
                 status="done", attempts=1, anchor_date=T.date(), received_at=T),
        )  # fmt: skip
        conn.execute(
            EVENTS.insert(),
            dict(id=1, uid="u", type="call", status="occurred", date_value="2022-12-30",
                 precision="day", title="t", sequence=0, date_start=date(2022, 12, 30),
                 date_end=date(2022, 12, 30), created_at=T, updated_at=T),
        )  # fmt: skip
        conn.execute(
            MENTIONS.insert(),
            [
                dict(article_id=1, event_id=1, ordinal=i, evidence="", start=0, end=0,
                     data=e.to_dict(), created_at=T)
                for i, e in enumerate((call, visit))
            ],
        )  # fmt: skip
    database.upgrade()
    with database.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT type, date_start, date_end FROM mentions ORDER BY ordinal")
        ).all()
    database.dispose()
    assert [(t, str(s), str(e)) for t, s, e in rows] == [
        ("call", "2022-12-30", "2022-12-30"),
        ("visit", "2023-03-01", "2023-05-31"),
    ]
