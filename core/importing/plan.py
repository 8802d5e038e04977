"""What the import wizard has decided so far, as a plain object testable without Qt.

file → grid (cells of one sheet) → table (cut at the header row) → mapping (field → column,
from a saved profile or the aliases) → preview → apply. Nothing is written before
:func:`finish_import`; cancelling anywhere leaves the workspace as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from core.i18n import Translate
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
    _mapped_headers: tuple[str, ...] | None = None

    @property
    def fields(self) -> list[TargetField]:
        return fields_for(self.entity)

    def use_grid(self, grid: SheetGrid) -> None:
        """A (new) sheet was read: detect its header row. Raises ImportFileError (the table
        stays None) when the sheet is an order, sales, ads or review report, or has no data rows."""
        self.grid = grid
        self.table, self.preview, self.detected_header_row = None, None, 0
        table = table_from_grid(grid)
        self.detected_header_row = table.header_row
        refuse_if_not_products(table)
        refuse_if_no_rows(table)
        self.table = table

    def use_header_row(self, header_row: int) -> None:
        assert self.grid is not None
        if self.table is None or self.table.header_row != header_row:
            self.table, self.preview = None, None
            table = table_from_grid(self.grid, header_row)
            refuse_if_not_products(table)
            refuse_if_no_rows(table)
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

    def profiles(self, session: Session) -> list[ImportProfile]:
        return list_profiles(session, self.entity)

    def set_column(self, key: str, column: int | None) -> None:
        if column is None or column < 0:
            self.mapping.pop(key, None)
        else:
            self.mapping[key] = column
        self.preview = None

    def missing_required(self) -> list[TargetField]:
        return [f for f in self.fields if f.required and f.key not in self.mapping]

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column, as text."""
        found: list[str] = []
        for row in self.table.rows if self.table else []:
            value = row[column] if column < len(row) else None
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
    from core.importing.products import preview_products

    assert plan.table is not None  # the wizard previews only after a sheet was read
    with workspace.session() as session:
        return preview_products(session, plan.table, dict(plan.mapping), progress, translate)


def finish_import(workspace, plan: ImportPlan, translate: Translate, progress: Progress):
    """Job: write the previewed rows in one transaction, then save the profile if asked for."""
    from core.importing.apply import apply_import

    profile = plan.save_as_profile or plan.profile_name
    batch = apply_import(workspace, plan.preview, progress, profile_name=profile,
                         translate=translate)  # fmt: skip
    if plan.save_as_profile and plan.table is not None:
        with workspace.session() as session:
            save_profile(
                session,
                plan.save_as_profile,
                plan.entity,
                mapping_by_header(plan.mapping, plan.table.headers),
                plan.table.headers,
            )
    return batch
