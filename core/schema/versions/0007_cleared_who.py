"""A record cleared by deleting its row keeps who cleared it and when (``clearedrecord``), so
a conflict with the clear names the person instead of "Someone" (core.cleared).

Revision ID: 0007_cleared_who
Revises: 0006_plans_name_who
"""

import sqlalchemy as sa
from alembic import op

from core.engines.notify import change_notice_sql

revision = "0007_cleared_who"
down_revision = "0006_plans_name_who"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clearedrecord",
        sa.Column("changed_by", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("changed_at", sa.Text(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record"),
    )
    if op.get_bind().dialect.name == "postgresql":  # other apps hear of it, as of every table
        for statement in change_notice_sql(["clearedrecord"]):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
