"""Fact amounts as 64-bit integers on PostgreSQL (issue 13: the fact store on both engines).

Money is kept in minor units: Rp 25 million (IDR has two decimals) is 2.5 billion of them,
more than PostgreSQL's INTEGER (32 bits) holds, and the monthly rollup sums many such lines.
SQLite's INTEGER is already 64 bits: nothing changes in a workspace file.

Revision ID: 0004_fact_amounts_bigint
Revises: 0003_member_roles
"""

from alembic import op

revision = "0004_fact_amounts_bigint"
down_revision = "0003_member_roles"
branch_labels = None
depends_on = None

# The money columns of the facts, and every sum the rollup keeps.
WIDENED = {
    "orderfact": ("revenue", "discount", "refund"),
    "salesfact": ("revenue",),
    "adfact": ("spend", "sales_7d", "sales_14d"),
    "feefact": ("amount",),
    "factsummary": ("units", "returned_units", "revenue", "discount", "refund", "orders",
                    "order_lines", "sessions", "page_views", "ad_spend", "ad_sales"),
}  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in WIDENED.items():  # one ALTER per table: the table is rewritten once
        changes = ", ".join(f"ALTER COLUMN {column} TYPE BIGINT" for column in columns)
        op.execute(f"ALTER TABLE {table} {changes}")


def downgrade() -> None:
    raise NotImplementedError("a workspace is never downgraded; restore a backup instead")
