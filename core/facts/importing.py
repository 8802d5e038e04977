"""An import of facts as one job: the workspace's import lock, a backup, one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from core.facts.store import ApplyOptions, ApplyResult, apply_facts, catalog_codes
from core.importing.apply import BACKUP_REASON
from core.jobs import Progress
from core.workspace import Workspace

ROW_BYTES = 160  # room a fact row and its index entries take


def import_facts(
    workspace: Workspace, kind: str, rows: Sequence[Any], options: ApplyOptions | None = None
) -> ApplyResult:
    """Back the workspace up, then write ``rows`` as one import (see ``core.facts``).

    Under the workspace's import lock (a file lock, or an advisory lock on a team database:
    the same lock product imports and undo take, so none of them interleave)."""
    with workspace.import_lock(), workspace.write_errors():
        workspace.backup(BACKUP_REASON, extra_space=ROW_BYTES * len(rows))
        with workspace.transaction() as session:
            return apply_facts(session, kind, rows, options)


@dataclass
class FactsPreview:
    """A seller file read through its profile, as the wizard's last page shows it."""

    path: Path
    parsed: Any  # core.facts.reading.ParsedFile
    converted: Any  # core.facts.convert.Converted
    unknown_skus: dict[str, int] = field(default_factory=dict)  # SKU → rows, not in the catalog

    @property
    def kind(self) -> str:
        return str(self.parsed.kind)

    @property
    def rows(self) -> list[Any]:
        return list(self.converted.rows) if self.converted is not None else []


def preview_facts(
    workspace: Workspace,
    path: str | Path,
    kind: str | None,
    sheet: str | None = None,
    currency: str | None = None,
    period: tuple[date, date] | None = None,
    market: str | None = None,
    progress: Progress | None = None,
) -> FactsPreview:
    """Read ``path`` as ``kind`` (None: detect) and turn it into fact rows; a question the
    seller must answer first (currency, period) leaves ``converted`` None."""
    from core.facts.convert import to_fact_rows
    from core.facts.reading import read_fact_file

    parsed = read_fact_file(path, kind, sheet, None, currency, period, progress=progress)
    if parsed.refusal() is not None:
        return FactsPreview(Path(path), parsed, None)
    converted = to_fact_rows(parsed, market)
    with workspace.session() as session:
        known = {code.casefold() for code in catalog_codes(session)}
    unknown: dict[str, int] = {}
    for row in converted.rows:
        code = getattr(row, "sku", "").strip()
        if code and code.casefold() not in known:
            unknown[code] = unknown.get(code, 0) + 1
    return FactsPreview(Path(path), parsed, converted, unknown)


def apply_preview(
    workspace: Workspace, preview: FactsPreview, options: ApplyOptions, progress: Progress
) -> ApplyResult:
    """The wizard's Finish, as a job."""
    progress.report(0, 1, "")
    result = import_facts(workspace, preview.kind, preview.rows, options)
    progress.report(1, 1, "")
    return result
