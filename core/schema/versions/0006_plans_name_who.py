"""Several writers on the plans of steps 3–5: who changed them, and a version where rows are
edited in place, so a conflict names the person instead of "someone".

Versioned (``version`` + who/when): candidates, their hand scores and pain points, and the
platform roles of step 3. Who/when only (rows that are replaced, never updated in place: the
market and platform rankings, decisions, settings such as the selection thresholds and the
matrix fit rules).

Revision ID: 0006_plans_name_who
Revises: 0005_change_notices
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_plans_name_who"
down_revision = "0005_change_notices"
branch_labels = None
depends_on = None

VERSIONED = ("candidate", "candidatescore", "candidatepainpoint", "platformrole")
STAMPED = ("candidatedecision", "targetmarket", "platformpriority", "setting")


def upgrade() -> None:
    # Plain ADD COLUMN (both engines do it in place), as 0002 does: a batch would rebuild the
    # tables on SQLite and drop their unnamed CHECK constraints.
    for table in VERSIONED + STAMPED:
        if table in VERSIONED:
            op.add_column(
                table,
                sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
            )
        op.add_column(
            table, sa.Column("changed_by", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        op.add_column(table, sa.Column("changed_at", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
