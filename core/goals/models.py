"""The tables of step 3 (created by schema step 3 in core/migrations.py, frozen SQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlmodel import Field

from core.edits import Stamped, Versioned


class TargetMarket(Stamped, table=True):
    """A market the seller aims at; ``position`` 0 is the first priority."""

    market_id: int = Field(primary_key=True, foreign_key="market.id")
    position: int = 0


class PlatformPriority(Stamped, table=True):
    """A platform in the seller's priority order (e.g. Amazon first, TikTok Shop second)."""

    platform_id: int = Field(primary_key=True, foreign_key="platform.id")
    position: int = 0


class PlatformRole(Versioned, table=True):
    """What a platform does in one market: test, main or clearance."""

    id: int | None = Field(default=None, primary_key=True)
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    role: str  # a key of core.goals.roles.PLATFORM_ROLES


class Goal(Versioned, table=True):
    """A SMART goal: a measure, a number (``target``), a period and an owner.

    ``target`` is an exact decimal as text: a count of SKUs, an amount of money in
    ``currency``, or a margin as a fraction (0.35 for 35 %). Platform, market and product role
    narrow what is counted; None means all of them.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = ""  # empty: named from what it measures ("Amazon US · Traffic SKUs")
    measure: str  # a core.goals.roles.Measure
    product_role: str | None = None
    platform_id: int | None = Field(default=None, foreign_key="platform.id")
    market_id: int | None = Field(default=None, foreign_key="market.id")
    target: str
    currency: str | None = None
    starts_on: date
    deadline: date
    owner_id: int | None = Field(default=None, foreign_key="teammember.id")
    position: int = 0
    notes: str = ""

    @property
    def target_value(self) -> Decimal:
        try:
            return Decimal(self.target)
        except (InvalidOperation, TypeError):
            return Decimal(0)
