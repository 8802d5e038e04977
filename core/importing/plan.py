"""What the import wizard has decided so far, as a plain object testable without Qt.

file → grid (cells of one sheet) → table (cut at the header row) → mapping (field → column,
from a saved profile or the aliases) → preview → apply. Nothing is written before
:func:`finish_import`; cancelling anywhere leaves the workspace as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from core.i18n import Translate
from core.importing.column_rows import column_of
from core.importing.currencies import CurrencyHint, file_hint, rows_without_currency
from core.importing.fields import TargetField
from core.importing.kinds import refuse_if_no_rows, refuse_if_not_products
from core.importing.mapping import (
    auto_map,
    fields_for,
    find_profile_for,
    list_profiles,
    mapping_by_header,
    mapping_from_profile,
    save_profile,
)
from core.importing.readers import RawTable, SheetGrid, is_empty, table_from_grid
from core.jobs import Progress
from core.models import ImportProfile


@dataclass
class ImportPlan:
    entity: str = "products"
    grid: SheetGrid | None = None
    detected_header_row: int = 0
    table: RawTable | None = None
    mapping: dict[str, int] = field(default_factory=dict)
    profile_name: str = ""  # the saved profile the mapping came from ("" = automatic)
    save_as_profile: str = ""  # saved together with the import, on finish
    preview: Any = None  # core.importing.products.ImportPreview once computed
    # Currency of amounts whose row names none: the file's hint until the seller picks one.
    currency: str = ""
    currency_chosen: bool = False  # picked by the seller (then kept when the mapping changes)
    # How to key codes shared by different rows (see core.importing.shared_codes; None: the
    # preview's proposal); chosen on the preview page.
    duplicate_codes: str | None = None
    zero_cost_is_real: bool = False  # the seller says costs of 0 in the file are real
    # Preview and finish jobs of an entity other than products (core.selection.importing for
    # candidates), passed in by the caller so core/importing imports nothing above it.
    preview_job: Callable[..., Any] | None = None
    finish_job: Callable[..., Any] | None = None
    _mapped_headers: tuple[str, ...] | None = None
    _currency_check: tuple[tuple, CurrencyHint, bool] | None = None

    @property
    def fields(self) -> list[TargetField]:
        return fields_for(self.entity)

    def use_grid(self, grid: SheetGrid) -> None:
        """A (new) sheet was read: detect its header row. Raises ImportFileError (the table
        stays None) when the sheet is an order, sales, ads or review report, or has no data rows."""
        self.grid = grid
        self.table, self.preview, self.detected_header_row = None, None, 0
        self.duplicate_codes, self.zero_cost_is_real = None, False
        table = table_from_grid(grid)
        self.detected_header_row = table.header_row
        self._refuse(table)
        self.table = table

    @property
    def is_products(self) -> bool:
        return self.entity == "products"

    def _refuse(self, table: RawTable) -> None:
        if self.is_products:  # a research export is no product list, and need not be
            refuse_if_not_products(table)
        refuse_if_no_rows(table)

    def use_header_row(self, header_row: int) -> None:
        assert self.grid is not None
        if self.table is None or self.table.header_row != header_row:
            self.table, self.preview = None, None
            table = table_from_grid(self.grid, header_row)
            self._refuse(table)
            self.table = table

    def ensure_mapping(self, session: Session) -> None:
        """Map the columns once per header: a saved profile that fits wins over the aliases.
        Corrections survive going back and forth as long as the headers stay the same."""
        assert self.table is not None
        headers = tuple(self.table.headers)
        if headers == self._mapped_headers:
            return
        self._mapped_headers = headers
        profile = find_profile_for(session, self.entity, headers)
        self.use_profile(profile)

    def use_profile(self, profile: ImportProfile | None) -> None:
        assert self.table is not None
        if profile is None:
            self.mapping = auto_map(self.table.headers, self.fields)
            self.profile_name = ""
        else:
            self.mapping = mapping_from_profile(profile, self.table.headers)
            self.profile_name = profile.name
        self.preview = None
        self._follow_hint()

    def profiles(self, session: Session) -> list[ImportProfile]:
        return list_profiles(session, self.entity)

    def set_column(self, key: str, column: int | None) -> None:
        if column is None or column < 0:
            self.mapping.pop(key, None)
        else:
            self.mapping[key] = column
        self.preview = None
        self._follow_hint()

    def missing_required(self) -> list[TargetField]:
        return [f for f in self.fields if f.required and f.key not in self.mapping]

    # ------------------------------------------------------------ currency

    def _currency_facts(self) -> tuple[CurrencyHint, bool]:
        """The file's hint and whether some row's amount names no currency (cached per
        mapping: the page asks on every change)."""
        assert self.table is not None
        key = (id(self.table), tuple(sorted(self.mapping.items())))
        if self._currency_check is None or self._currency_check[0] != key:
            hint = file_hint(self.table, self.mapping)
            needed = rows_without_currency(self.table, self.mapping) > 0
            self._currency_check = (key, hint, needed)
        return self._currency_check[1], self._currency_check[2]

    def currency_hint(self) -> CurrencyHint:
        if self.table is None or not self.is_products:
            return CurrencyHint()
        return self._currency_facts()[0]

    def currency_needed(self) -> bool:
        """Some row has a price or cost and names no currency of its own."""
        return self._currency_facts()[1] if self.table is not None and self.is_products else False

    def missing_currency(self) -> bool:
        """The seller must choose a currency before the preview: the file does not say."""
        return self.currency_needed() and not self.currency

    def set_currency(self, code: str) -> None:
        self.currency, self.currency_chosen, self.preview = code, True, None

    def _follow_hint(self) -> None:
        if not self.currency_chosen and self.table is not None:
            self.currency = self.currency_hint().code

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column, as text."""
        found: list[str] = []
        for value in column_of(self.table.rows, column) if self.table else []:
            if not is_empty(value):
                found.append(sample_text(value))
                if len(found) == count:
                    break
        return found


def sample_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def preview_plan(workspace, plan: ImportPlan, translate: Translate, progress: Progress):
    """Job: validate and compare every mapped row with the catalog; reads only."""
    from core.importing.products import ImportChoices, preview_products

    assert plan.table is not None  # the wizard previews only after a sheet was read
    if plan.preview_job is not None:
        return plan.preview_job(workspace, plan, translate, progress)
    choices = ImportChoices(
        duplicate_codes=plan.duplicate_codes, zero_cost_is_real=plan.zero_cost_is_real
    )
    with workspace.session() as session:
        # Unless the seller chose, the preview reads the file's own hint (and says so).
        currency = plan.currency if plan.currency_chosen else None
        return preview_products(
            session, plan.table, dict(plan.mapping), progress, translate, currency, choices
        )


def finish_import(workspace, plan: ImportPlan, translate: Translate, progress: Progress):
    """Job: write the previewed rows in one transaction, then save the profile if asked for."""
    from core.importing.apply import apply_import

    if plan.finish_job is not None:
        batch = plan.finish_job(workspace, plan, translate, progress)
        _save_profile(workspace, plan)
        return batch
    profile = plan.save_as_profile or plan.profile_name
    batch = apply_import(workspace, plan.preview, progress, profile_name=profile,
                         translate=translate)  # fmt: skip
    _save_profile(workspace, plan)
    return batch


def _save_profile(workspace, plan: ImportPlan) -> None:
    if plan.save_as_profile and plan.table is not None:
        with workspace.session() as session:
            save_profile(
                session,
                plan.save_as_profile,
                plan.entity,
                mapping_by_header(plan.mapping, plan.table.headers),
                plan.table.headers,
            )
