"""event location code: the ISO alpha-3 code of an event's location when it is a country

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 04:09:14.024587
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add events.location_code."""
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_code", sa.String(length=8), nullable=True))


def downgrade() -> None:
    """Drop events.location_code."""
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("location_code")
