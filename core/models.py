"""The catalog every step shares, plus the team of step 1.

The tables are created by the numbered migrations in ``core/migrations.py`` (frozen SQL), not by
``create_all``; ``tests/test_migrations.py`` checks that these models match the migrated schema.
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Table, inspect
from sqlmodel import Field, SQLModel

from core.edits import Stamped, Versioned
from core.i18n import QT_TRANSLATE_NOOP

HAZARD_FLAGS: dict[str, str] = {
    "has_battery": QT_TRANSLATE_NOOP("Hazard", "Battery"),
    "is_liquid": QT_TRANSLATE_NOOP("Hazard", "Liquid"),
    "is_powder": QT_TRANSLATE_NOOP("Hazard", "Powder"),
    "is_magnetic": QT_TRANSLATE_NOOP("Hazard", "Magnetic"),
    "for_children": QT_TRANSLATE_NOOP("Hazard", "Children's product"),
    "food_contact": QT_TRANSLATE_NOOP("Hazard", "Food contact"),
    "has_radio": QT_TRANSLATE_NOOP("Hazard", "Radio / wireless"),
}


def table_of(model: type[SQLModel]) -> Table:
    """The Core ``Table`` of a table model (``Model.__table__``, which SQLModel hides from mypy)."""
    table = inspect(model).local_table
    assert isinstance(table, Table), model
    return table


class _Row(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(row: _Row) -> int:
    """The id of a row read from (or flushed to) the database: ``None`` only before the insert."""
    assert row.id is not None, row
    return row.id


class ListingStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class Setting(Stamped, table=True):
    key: str = Field(primary_key=True)
    value: str


class ClearedRecord(Stamped, table=True):
    """Who cleared a record, and when (a hand score back to the numbers, a platform role, an
    emptied ranking, a listing taken off, a decision undone): the row itself is gone, so a
    conflict with the clear names the person (core.cleared). ``record``: the kind and the
    record's key, e.g. ``platformrole:2:1``."""

    record: str = Field(primary_key=True)


class Category(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    parent_id: int | None = Field(default=None, foreign_key="category.id")


class Market(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)  # US, DE, JP, UK ...
    name: str
    currency: str


class Platform(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)  # amazon, shopify, tiktok, aliexpress ...
    name: str


class Product(Versioned, table=True):
    """An SPU: the product as the customer thinks of it; its variants are SKUs."""

    id: int | None = Field(default=None, primary_key=True)
    spu_code: str = Field(unique=True)
    name: str
    category_id: int | None = Field(default=None, foreign_key="category.id")
    brand: str = ""
    notes: str = ""
    created_on: date | None = None
    archived: bool = False  # 停售: kept with its history, hidden from daily work


class Sku(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    product_id: int = Field(foreign_key="product.id")
    sku_code: str = Field(unique=True)
    variant: str = "{}"  # JSON object of variant attributes, e.g. {"colour": "black"}
    cost: float | None = None
    cost_currency: str = "CNY"
    price: float | None = None
    price_currency: str = "USD"
    list_price: float | None = None  # before any sale, in price_currency (schema 7)
    weight_g: float | None = None
    length_cm: float | None = None
    width_cm: float | None = None
    height_cm: float | None = None
    barcode: str = ""
    stock_qty: int | None = None  # None: unknown (not zero); nullable since schema 5
    has_battery: bool = False
    is_liquid: bool = False
    is_powder: bool = False
    is_magnetic: bool = False
    for_children: bool = False
    food_contact: bool = False
    has_radio: bool = False
    launched_on: date | None = None
    lifecycle_override: str | None = None
    archived: bool = False  # 停售: no longer sold, history kept

    @property
    def variant_attributes(self) -> dict[str, str]:
        try:
            value = json.loads(self.variant or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def variant_label(self) -> str:
        return " / ".join(str(v) for v in self.variant_attributes.values())


class Listing(Versioned, table=True):
    """A SKU offered on one platform in one market."""

    id: int | None = Field(default=None, primary_key=True)
    sku_id: int = Field(foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    status: str = ListingStatus.PLANNED.value
    price: float | None = None
    currency: str | None = None
    platform_sku: str = ""
    external_id: str = ""  # the platform's id for the offer (Amazon ASIN …), schema 8
    # Added by schema version 3 (step 3 counts them, step 5 assigns them): keys of
    # core.goals.roles PRODUCT_ROLES / PLATFORM_ROLES, None while unassigned.
    product_role: str | None = None
    platform_role: str | None = None


class TeamMember(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str  # a key of core.team.ROLES: the main role
    contact: str = ""
    capacity_hours: float = 40.0  # hours per week this person can give the matrix work
    notes: str = ""
    # Added by revision 0003_member_roles: in a small shop one person holds several roles
    # (老王 buys and keeps the books). Role keys after the main one, comma-separated.
    other_roles: str = ""


class RaciAssignment(SQLModel, table=True):
    """One cell of the responsibility matrix: a member's letter for a step or duty."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="teammember.id")
    subject: str  # a step key ("step:team") or duty key ("duty:approval")
    letter: str  # R, A, C or I


# --- Added by schema version 2: exchange rates, sales history, stock lots, imports ---------


class ExchangeRate(SQLModel, table=True):
    """How many units of the workspace's base currency one unit of ``currency`` buys."""

    currency: str = Field(primary_key=True)
    to_base: float


class SalesRecord(SQLModel, table=True):
    """Sales of one SKU on one platform in one market in one month."""

    id: int | None = Field(default=None, primary_key=True)
    sku_id: int = Field(foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    month: date  # first day of the month
    units: int = 0
    revenue: float = 0.0
    currency: str = "USD"
    units_returned: int = 0


class StockLot(SQLModel, table=True):
    """Units of a SKU received on one day and still on hand (for stock aging)."""

    id: int | None = Field(default=None, primary_key=True)
    sku_id: int = Field(foreign_key="sku.id")
    qty: int
    received_on: date


class ImportBatch(SQLModel, table=True):
    """One applied import: what came from which file, so it can be undone as a whole."""

    id: int | None = Field(default=None, primary_key=True)
    entity: str  # "products", later "orders", "inventory" ...
    file_name: str
    sheet: str = ""
    profile_name: str = ""
    imported_at: str  # ISO timestamp, local time
    new_count: int = 0
    changed_count: int = 0
    unchanged_count: int = 0
    rejected_count: int = 0
    undone_at: str | None = None


class ImportChange(SQLModel, table=True):
    """One row written by an import, with the values before it (None when it was new)."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    table_name: str
    row_id: int
    action: str  # "insert" or "update"
    before: str | None = None  # JSON of the columns the import changed
    after: str = "{}"


class ImportProfile(SQLModel, table=True):
    """A saved column mapping, re-detected from the header next time."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    entity: str
    mapping: str  # JSON {target field: source header}
    header_signature: str = ""  # JSON list of normalised headers the mapping was made for


# The fact store's tables (schema 8) live with their code; imported here so that every
# SQLModel.metadata user (tests, the schema check) sees them.
from core.facts import tables as _fact_tables  # noqa: E402, F401
