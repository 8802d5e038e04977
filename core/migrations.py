"""The schema of a workspace: a frozen ``user_version`` ladder, then Alembic revisions.

History. Until schema 8 every change was a numbered step of frozen SQL below (``STEPS``), keyed
by SQLite's ``PRAGMA user_version`` (as calibre does). That ladder is closed: it stays only so
that every workspace file written by an older MatrixDesk still upgrades without loss.

How a workspace reaches the current schema (``core.workspace`` / ``core.team_db``):

1. SQLite file: a backup copy is taken first whenever anything will change (``backups/``).
2. SQLite file below ``LADDER_VERSION``: the missing ladder steps run (:func:`upgrade`).
3. SQLite file without an ``alembic_version`` table: it is stamped with the Alembic baseline
   revision ``0001_baseline`` (whose tables the ladder made, up to v8: the fact store), without running it.
4. Every database, SQLite or PostgreSQL: Alembic runs the revisions after the one it is at,
   up to the head, in one transaction (``core.schema.upgrade``). An empty PostgreSQL
   database is created from the baseline up.

A file whose ``user_version`` is above ``LADDER_VERSION``, or whose Alembic revision this app
does not know, was written by a newer MatrixDesk and is refused unchanged.

How to add a schema change from now on (never edit the ladder or a revision already on main):

- Write a new revision file in ``core/schema/versions/``:
  ``.venv/bin/python -c "from core.schema import new_revision; print(new_revision('what'))"``
  then rename it ``NNNN_what.py`` with the next number and set ``revision = "NNNN_what"``;
  ``down_revision`` must be the current head (the newest file). If, when you rebase, main
  gained a revision after the one you point at, point yours at main's newest instead: there
  must be exactly one head (tests/test_migrations.py checks it).
- Use engine-agnostic ``op.*`` only (``op.create_table``, ``op.add_column`` with a
  ``server_default`` for NOT NULL columns, ``op.create_index``). Booleans default to
  ``sa.false()``, not ``0``. To change or drop a column, work inside
  ``with op.batch_alter_table("name") as batch:`` (SQLite rebuilds the table there).
- Change the models in ``core/models.py`` (or the step's models) to match; the migration tests
  compare models and migrated schema on SQLite and, when a server is configured, PostgreSQL.
- A test that opens an older workspace (``tests/fixtures/workspaces``) and finds its data
  still there keeps holding; add one for your data when the revision moves data.
"""

from __future__ import annotations

import sqlite3

V1 = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE category (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES category(id) ON DELETE SET NULL
);
CREATE TABLE market (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    currency TEXT NOT NULL
);
CREATE TABLE platform (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    spu_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category_id INTEGER REFERENCES category(id) ON DELETE SET NULL,
    brand TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_on DATE
);
CREATE TABLE sku (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    sku_code TEXT NOT NULL UNIQUE,
    variant TEXT NOT NULL DEFAULT '{}',
    cost FLOAT,
    cost_currency TEXT NOT NULL DEFAULT 'CNY',
    price FLOAT,
    price_currency TEXT NOT NULL DEFAULT 'USD',
    weight_g FLOAT,
    length_cm FLOAT,
    width_cm FLOAT,
    height_cm FLOAT,
    barcode TEXT NOT NULL DEFAULT '',
    stock_qty INTEGER NOT NULL DEFAULT 0,
    has_battery BOOLEAN NOT NULL DEFAULT 0,
    is_liquid BOOLEAN NOT NULL DEFAULT 0,
    is_powder BOOLEAN NOT NULL DEFAULT 0,
    is_magnetic BOOLEAN NOT NULL DEFAULT 0,
    for_children BOOLEAN NOT NULL DEFAULT 0,
    food_contact BOOLEAN NOT NULL DEFAULT 0,
    has_radio BOOLEAN NOT NULL DEFAULT 0,
    launched_on DATE,
    lifecycle_override TEXT
);
CREATE INDEX ix_sku_product ON sku(product_id);
CREATE TABLE listing (
    id INTEGER PRIMARY KEY,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'planned',
    price FLOAT,
    currency TEXT,
    platform_sku TEXT NOT NULL DEFAULT '',
    UNIQUE (sku_id, platform_id, market_id)
);
CREATE TABLE teammember (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    capacity_hours FLOAT NOT NULL DEFAULT 40,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE raciassignment (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES teammember(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    letter TEXT NOT NULL CHECK (letter IN ('R', 'A', 'C', 'I')),
    UNIQUE (member_id, subject)
);
"""

V2 = """
CREATE TABLE exchangerate (
    currency TEXT PRIMARY KEY,
    to_base FLOAT NOT NULL CHECK (to_base > 0)
);
CREATE TABLE salesrecord (
    id INTEGER PRIMARY KEY,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    month DATE NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    revenue FLOAT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    units_returned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_sales_sku_month ON salesrecord(sku_id, month);
CREATE TABLE stocklot (
    id INTEGER PRIMARY KEY,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    qty INTEGER NOT NULL,
    received_on DATE NOT NULL
);
CREATE INDEX ix_stocklot_sku ON stocklot(sku_id);
CREATE TABLE importbatch (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sheet TEXT NOT NULL DEFAULT '',
    profile_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    new_count INTEGER NOT NULL DEFAULT 0,
    changed_count INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
);
CREATE TABLE importchange (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_importchange_batch ON importchange(batch_id);
CREATE TABLE importprofile (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    mapping TEXT NOT NULL,
    header_signature TEXT NOT NULL DEFAULT ''
);
"""

# Step 3 goals: target markets, platform priority and roles, goals; roles on listings.
V3 = """
ALTER TABLE listing ADD COLUMN product_role TEXT;
ALTER TABLE listing ADD COLUMN platform_role TEXT;
CREATE TABLE targetmarket (
    market_id INTEGER PRIMARY KEY REFERENCES market(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE platformpriority (
    platform_id INTEGER PRIMARY KEY REFERENCES platform(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE platformrole (
    id INTEGER PRIMARY KEY,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('test', 'main', 'clearance')),
    UNIQUE (platform_id, market_id)
);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL CHECK (measure IN ('sku_count', 'revenue', 'margin')),
    product_role TEXT,
    platform_id INTEGER REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER REFERENCES market(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    currency TEXT,
    starts_on DATE NOT NULL,
    deadline DATE NOT NULL,
    owner_id INTEGER REFERENCES teammember(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
"""

# Step 4, selection: the candidate pool, review pain points, hand-set scores and decisions.
# Money as exact decimal text; weights and thresholds live in ``setting`` as JSON.
V_SELECTION = """
CREATE TABLE candidate (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '[]',
    markets TEXT NOT NULL DEFAULT '[]',
    platform TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'USD',
    price TEXT,
    cost TEXT,
    cost_currency TEXT NOT NULL DEFAULT 'CNY',
    freight TEXT,
    freight_currency TEXT NOT NULL DEFAULT 'CNY',
    weight_g FLOAT,
    moq INTEGER,
    lead_days INTEGER,
    monthly_units INTEGER,
    monthly_revenue TEXT,
    reviews INTEGER,
    rating FLOAT,
    bsr INTEGER,
    sellers INTEGER,
    seasonality TEXT NOT NULL DEFAULT '[]',
    ip_risk TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT '{}',
    created_on DATE
);
CREATE TABLE candidatepainpoint (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    mentions INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_painpoint_candidate ON candidatepainpoint(candidate_id);
CREATE TABLE candidatescore (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reason TEXT NOT NULL,
    UNIQUE (candidate_id, criterion)
);
CREATE TABLE candidatedecision (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'park', 'reject')),
    reason TEXT NOT NULL DEFAULT '',
    decided_on DATE NOT NULL,
    approver_id INTEGER REFERENCES teammember(id) ON DELETE SET NULL,
    approver_name TEXT NOT NULL DEFAULT '',
    product_id INTEGER REFERENCES product(id) ON DELETE SET NULL,
    score TEXT,
    undone_at TEXT
);
CREATE INDEX ix_decision_candidate ON candidatedecision(candidate_id);
"""

# Unknown stock is not zero (an Etsy listing gives one quantity for all its SKUs; a WooCommerce
# product may say "in stock" without a number): sku.stock_qty becomes nullable. SQLite cannot
# change a column's NOT NULL, so the table is rebuilt with its data, index and references
# (upgrade() runs with foreign keys off, so dropping the old table cascades nothing).
V_UNKNOWN_STOCK = """
CREATE TABLE sku_rebuilt (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    sku_code TEXT NOT NULL UNIQUE,
    variant TEXT NOT NULL DEFAULT '{}',
    cost FLOAT,
    cost_currency TEXT NOT NULL DEFAULT 'CNY',
    price FLOAT,
    price_currency TEXT NOT NULL DEFAULT 'USD',
    weight_g FLOAT,
    length_cm FLOAT,
    width_cm FLOAT,
    height_cm FLOAT,
    barcode TEXT NOT NULL DEFAULT '',
    stock_qty INTEGER,
    has_battery BOOLEAN NOT NULL DEFAULT 0,
    is_liquid BOOLEAN NOT NULL DEFAULT 0,
    is_powder BOOLEAN NOT NULL DEFAULT 0,
    is_magnetic BOOLEAN NOT NULL DEFAULT 0,
    for_children BOOLEAN NOT NULL DEFAULT 0,
    food_contact BOOLEAN NOT NULL DEFAULT 0,
    has_radio BOOLEAN NOT NULL DEFAULT 0,
    launched_on DATE,
    lifecycle_override TEXT
);
INSERT INTO sku_rebuilt (id, product_id, sku_code, variant, cost, cost_currency, price,
    price_currency, weight_g, length_cm, width_cm, height_cm, barcode, stock_qty, has_battery,
    is_liquid, is_powder, is_magnetic, for_children, food_contact, has_radio, launched_on,
    lifecycle_override)
SELECT id, product_id, sku_code, variant, cost, cost_currency, price,
    price_currency, weight_g, length_cm, width_cm, height_cm, barcode, stock_qty, has_battery,
    is_liquid, is_powder, is_magnetic, for_children, food_contact, has_radio, launched_on,
    lifecycle_override
FROM sku;
DROP TABLE sku;
ALTER TABLE sku_rebuilt RENAME TO sku;
CREATE INDEX ix_sku_product ON sku(product_id);
"""

# Step 2 grid: SKUs and products can be archived (停售): kept with their history, out of the way.
V_ARCHIVE = """
ALTER TABLE sku ADD COLUMN archived BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE product ADD COLUMN archived BOOLEAN NOT NULL DEFAULT 0;
"""

# The list price (WooCommerce's Regular price, Shopify's Compare At Price) beside the selling
# price, in the price's currency: a sale does not erase what the product lists for.
V_LIST_PRICE = """
ALTER TABLE sku ADD COLUMN list_price FLOAT;
"""

# Issue 8, the fact store: what was sold, seen, advertised, paid out, stocked and reviewed, per
# listing (SKU x platform x market) per day or per report period, each row with the import it
# came with (batch_id). A re-import of an overlapping period marks the rows it replaces
# (replaced_by) instead of deleting them, so undoing it puts them back. Money is INTEGER in the
# currency's minor unit (exact sums in SQL). factsummary is the per-month and per-week rollup
# the KPI reads; salesrecord stays the monthly table steps 2 and 3 read, now derived from the
# facts, and its rows so far become sales facts of one recorded import (nothing is lost).
V_FACTS = """
ALTER TABLE listing ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
CREATE TABLE orderfact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    units INTEGER NOT NULL DEFAULT 0,
    returned_units INTEGER NOT NULL DEFAULT 0,
    revenue INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    refund INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL
);
CREATE INDEX ix_orderfact_current ON orderfact(platform_id, market_id, day)
    WHERE replaced_by IS NULL;
CREATE INDEX ix_orderfact_day ON orderfact(day) WHERE replaced_by IS NULL;
CREATE INDEX ix_orderfact_batch ON orderfact(batch_id);
CREATE INDEX ix_orderfact_replaced ON orderfact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE salesfact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    asin TEXT NOT NULL DEFAULT '',
    sessions INTEGER NOT NULL DEFAULT 0,
    page_views INTEGER NOT NULL DEFAULT 0,
    units INTEGER NOT NULL DEFAULT 0,
    returned_units INTEGER NOT NULL DEFAULT 0,
    order_items INTEGER NOT NULL DEFAULT 0,
    revenue INTEGER NOT NULL DEFAULT 0,
    buy_box FLOAT,
    currency TEXT NOT NULL
);
CREATE INDEX ix_salesfact_current ON salesfact(platform_id, market_id, period_from)
    WHERE replaced_by IS NULL;
CREATE INDEX ix_salesfact_batch ON salesfact(batch_id);
CREATE INDEX ix_salesfact_replaced ON salesfact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE adfact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    level TEXT NOT NULL CHECK (level IN ('product', 'campaign', 'search_term')),
    sku_id INTEGER REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    campaign TEXT NOT NULL DEFAULT '',
    ad_group TEXT NOT NULL DEFAULT '',
    search_term TEXT NOT NULL DEFAULT '',
    targeting TEXT NOT NULL DEFAULT '',
    asin TEXT NOT NULL DEFAULT '',
    impressions INTEGER NOT NULL DEFAULT 0,
    clicks INTEGER NOT NULL DEFAULT 0,
    spend INTEGER NOT NULL DEFAULT 0,
    sales_7d INTEGER,
    sales_14d INTEGER,
    orders INTEGER NOT NULL DEFAULT 0,
    units INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL
);
CREATE INDEX ix_adfact_current ON adfact(platform_id, market_id, level, period_from)
    WHERE replaced_by IS NULL;
CREATE INDEX ix_adfact_batch ON adfact(batch_id);
CREATE INDEX ix_adfact_replaced ON adfact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE feefact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    settlement_id TEXT NOT NULL DEFAULT '',
    sku_id INTEGER REFERENCES sku(id) ON DELETE SET NULL,
    sku_code TEXT NOT NULL DEFAULT '',
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    transaction_type TEXT NOT NULL DEFAULT '',
    amount_type TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL
);
CREATE INDEX ix_feefact_current ON feefact(platform_id, market_id, day) WHERE replaced_by IS NULL;
CREATE INDEX ix_feefact_batch ON feefact(batch_id);
CREATE INDEX ix_feefact_replaced ON feefact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE stockfact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    sku_id INTEGER NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    warehouse TEXT NOT NULL DEFAULT '',
    day DATE NOT NULL,
    on_hand INTEGER NOT NULL DEFAULT 0,
    inbound INTEGER NOT NULL DEFAULT 0,
    reserved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_stockfact_current ON stockfact(platform_id, market_id, day)
    WHERE replaced_by IS NULL;
CREATE INDEX ix_stockfact_batch ON stockfact(batch_id);
CREATE INDEX ix_stockfact_replaced ON stockfact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE reviewfact (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES importbatch(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES importbatch(id) ON DELETE SET NULL,
    sku_id INTEGER REFERENCES sku(id) ON DELETE SET NULL,
    sku_code TEXT NOT NULL DEFAULT '',
    asin TEXT NOT NULL DEFAULT '',
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    review_id TEXT NOT NULL DEFAULT '',
    order_id TEXT NOT NULL DEFAULT '',
    rating FLOAT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    variation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_reviewfact_current ON reviewfact(platform_id, market_id, day)
    WHERE replaced_by IS NULL;
CREATE INDEX ix_reviewfact_batch ON reviewfact(batch_id);
CREATE INDEX ix_reviewfact_replaced ON reviewfact(replaced_by) WHERE replaced_by IS NOT NULL;
CREATE TABLE factsummary (
    id INTEGER PRIMARY KEY,
    grain TEXT NOT NULL CHECK (grain IN ('month', 'week')),
    start DATE NOT NULL,
    scope TEXT NOT NULL DEFAULT 'listing' CHECK (scope IN ('listing', 'platform')),
    source TEXT NOT NULL,
    sku_id INTEGER REFERENCES sku(id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
    market_id INTEGER NOT NULL REFERENCES market(id) ON DELETE CASCADE,
    currency TEXT NOT NULL DEFAULT '',
    units INTEGER NOT NULL DEFAULT 0,
    returned_units INTEGER NOT NULL DEFAULT 0,
    revenue INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    refund INTEGER NOT NULL DEFAULT 0,
    orders INTEGER NOT NULL DEFAULT 0,
    order_lines INTEGER NOT NULL DEFAULT 0,
    sessions INTEGER NOT NULL DEFAULT 0,
    page_views INTEGER NOT NULL DEFAULT 0,
    ad_spend INTEGER NOT NULL DEFAULT 0,
    ad_sales INTEGER NOT NULL DEFAULT 0,
    in_total BOOLEAN NOT NULL DEFAULT 1
);
CREATE INDEX ix_factsummary_start ON factsummary(grain, scope, start);
CREATE INDEX ix_factsummary_sku ON factsummary(sku_id);
INSERT INTO importbatch (entity, file_name, profile_name, imported_at, new_count)
SELECT 'sales', 'sales history (before schema 8)', 'migrated',
       strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), count(*)
FROM salesrecord HAVING count(*) > 0;
INSERT INTO salesfact (batch_id, sku_id, platform_id, market_id, period_from, period_to,
    units, returned_units, revenue, currency)
SELECT (SELECT max(id) FROM importbatch WHERE profile_name = 'migrated'),
    sku_id, platform_id, market_id, month, date(month, 'start of month', '+1 month', '-1 day'),
    units, units_returned,
    CAST(round(revenue * CASE
        WHEN upper(currency) IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG',
            'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 1
        WHEN upper(currency) IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 1000
        ELSE 100 END) AS INTEGER),
    upper(currency)
FROM salesrecord;
INSERT OR REPLACE INTO setting (key, value) VALUES ('facts_summary_stale', '1');
"""

# Closed: no step is added here any more (write an Alembic revision instead, see above).
STEPS: list[str] = [
    V1,
    V2,
    V3,
    V_SELECTION,
    V_UNKNOWN_STOCK,
    V_ARCHIVE,
    V_LIST_PRICE,
    V_FACTS,
]
LADDER_VERSION = len(STEPS)
SCHEMA_VERSION = LADDER_VERSION  # the last user_version; Alembic's revision says the rest


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target`` in one transaction; returns the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that we own BEGIN/COMMIT.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise NewerWorkspaceError(version)
    if version >= target:
        return version
    # Steps that rebuild a table drop the old one: with foreign keys on, that would delete the
    # rows referring to it. The pragma is a no-op inside a transaction, so it is set before.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for number in range(version + 1, target + 1):
            for statement in _statements(STEPS[number - 1]):
                conn.execute(statement)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise sqlite3.IntegrityError(f"foreign keys broken by the upgrade: {broken[:5]}")
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


class NewerWorkspaceError(Exception):
    """The file was written by a newer MatrixDesk than this one."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def alembic_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision an SQLite file is at, read without Alembic (``None``: none yet)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
