"""One person may hold several roles: a two- or three-person shop combines them (issue 7).

The main role stays in ``teammember.role``; the others are listed in ``other_roles`` (role
keys, comma-separated). Existing members keep their one role.

Revision ID: 0003_member_roles
Revises: 0002_who_changed_what
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_member_roles"
down_revision = "0002_who_changed_what"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "teammember",
        sa.Column("other_roles", sa.Text(), server_default=sa.text("''"), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
