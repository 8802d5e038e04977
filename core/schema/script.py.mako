"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""

import sqlalchemy as sa
from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Engine-agnostic op.* only (SQLite and PostgreSQL). On SQLite, change or drop columns
    # inside ``with op.batch_alter_table("table") as batch:`` (it rebuilds the table).
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
