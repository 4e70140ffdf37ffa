"""mention type and span: each report's event type and day span, indexed, so the timeline can
find the reports that may be one event with a new one

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_mentions = sa.table(
    "mentions",
    sa.column("id", sa.Integer),
    sa.column("data", sa.JSON),
    sa.column("type", sa.String),
    sa.column("date_start", sa.Date),
    sa.column("date_end", sa.Date),
)


def upgrade() -> None:
    """Add the mentions' type and day span, fill them from `data`, then require and index them."""
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("type", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("date_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("date_end", sa.Date(), nullable=True))
    _backfill(op.get_bind())
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.alter_column("type", existing_type=sa.String(length=20), nullable=False)
        batch_op.alter_column("date_start", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("date_end", existing_type=sa.Date(), nullable=False)
        batch_op.create_index(
            "ix_mentions_type_span", ["type", "date_start", "date_end"], unique=False
        )


def _backfill(conn) -> None:
    """Copy each stored report's type and span out of its `data`."""
    from datetime import date

    rows = conn.execute(sa.select(_mentions.c.id, _mentions.c.data)).all()
    for mention_id, data in rows:
        conn.execute(
            _mentions.update()
            .where(_mentions.c.id == mention_id)
            .values(
                type=data["type"],
                date_start=date.fromisoformat(data["date"]["start"]),
                date_end=date.fromisoformat(data["date"]["end"]),
            )
        )


def downgrade() -> None:
    """Drop the mentions' type and span columns and their index."""
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_type_span")
        batch_op.drop_column("date_end")
        batch_op.drop_column("date_start")
        batch_op.drop_column("type")
