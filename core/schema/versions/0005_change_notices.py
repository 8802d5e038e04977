"""Other people's changes appear without a restart: on PostgreSQL every table says so.

A statement-level trigger on each table sends ``NOTIFY matrixdesk_changes, '<table>'``; the
server delivers it when the writing transaction commits (once per table and transaction), to
every app LISTENing (see :mod:`core.engines.notify`). Imports (COPY, executemany) notify once
per statement, not per row. SQLite has no such thing: apps on a file keep the periodic check.

Revision ID: 0005_change_notices
Revises: 0004_fact_amounts_bigint
"""

from alembic import op

from core.engines.notify import change_notice_sql

revision = "0005_change_notices"
down_revision = "0004_fact_amounts_bigint"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    tables = [
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version' ORDER BY tablename"
        )
    ]
    for statement in change_notice_sql(tables):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
