"""Several writers: a version and who/when on every record people edit.

``version`` is SQLAlchemy's optimistic lock (``version_id_col``): an update names the version
it read and fails when another writer got there first. ``changed_by`` is the database role (a
team workspace) or the computer's user name (a file); ``changed_at`` an ISO timestamp (UTC).

Revision ID: 0002_who_changed_what
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_who_changed_what"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

TABLES = ("product", "sku", "listing", "teammember", "goal")


def upgrade() -> None:
    # Plain ADD COLUMN (both engines do it in place); a batch would rebuild the tables on
    # SQLite and drop their unnamed CHECK constraints.
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )
        op.add_column(
            table, sa.Column("changed_by", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        op.add_column(table, sa.Column("changed_at", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
