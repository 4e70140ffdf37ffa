"""event country: the ISO alpha-3 code of the country an event takes place in, when known

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 04:28:04.307876
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add events.country."""
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=8), nullable=True))


def downgrade() -> None:
    """Drop events.country."""
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("country")
