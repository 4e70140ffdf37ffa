"""mention participants: the canonical entities each mention names; index entities by ISO code

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 03:58:12.550379
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the mention_participants table, and index entities by code."""
    op.create_table(
        "mention_participants",
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_mention_participants_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            name=op.f("fk_mention_participants_mention_id_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mention_id", "entity_id", name=op.f("pk_mention_participants")),
    )
    with op.batch_alter_table("mention_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mention_participants_entity_id"), ["entity_id"], unique=False
        )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entities_code"), ["code"], unique=False)


def downgrade() -> None:
    """Drop the entities' code index and the mention_participants table."""
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entities_code"))
    with op.batch_alter_table("mention_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mention_participants_entity_id"))

    op.drop_table("mention_participants")
