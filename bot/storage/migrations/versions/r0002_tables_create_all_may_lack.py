"""Two tables a database made by `create_all` may or may not have, created when missing.

- `escalation_clients`: which client sent each escalation, so that a flood of alerts
  from one client is grouped (added 2026-12-05). Databases made between that day and
  the first migration have it.
- `channel_offered_options`: the numbered options offered on WhatsApp. Its model lived
  in `bot.channels.options`, so `create_all` made it only in processes that had imported
  that module.

Every database made before migrations is stamped `r0001`, so this revision checks first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("channel_offered_options"):
        op.create_table(
            "channel_offered_options",
            sa.Column("conversation_id", sa.String(length=255), nullable=False),
            sa.Column("channel", sa.String(length=64), nullable=False),
            sa.Column("options", sa.Text(), nullable=False),
            sa.Column("offered_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("conversation_id", "channel"),
        )
    if inspector.has_table("escalation_clients"):
        return
    op.create_table(
        "escalation_clients",
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("conversation_id", sa.String(length=255), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("held_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalations.id"],
        ),
        sa.PrimaryKeyConstraint("escalation_id"),
    )
    with op.batch_alter_table("escalation_clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_clients_client"), ["client"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_escalation_clients_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_escalation_clients_created_at"), ["created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("escalation_clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_clients_created_at"))
        batch_op.drop_index(batch_op.f("ix_escalation_clients_conversation_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_clients_client"))

    op.drop_table("escalation_clients")
    op.drop_table("channel_offered_options")
