"""Import research exports (Jungle Scout, Helium 10, Keepa …) into the candidate pool through
the shared import pipeline: its readers (child process, limits, encodings), its header
matching (``FIELDS_BY_ENTITY["candidates"]``) and its import record, so an import shows in the
history with what came from which file. Every imported value keeps its file and date.

Rows are matched to candidates by name. A damaged number leaves that value empty with a
warning naming the row and column; a row without a name is rejected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from core.edits import check_edit, decided_edit, locked
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.import_conflicts import ImportConflict, ImportConflicts, import_checked
from core.importing.fields import FIELDS_BY_ENTITY
from core.importing.mapping import auto_map, unit_factors
from core.importing.readers import RawTable, read_table
from core.jobs import Progress
from core.models import ImportBatch, ImportChange, Market, saved_id
from core.selection.models import Candidate, CandidateDecision
from core.selection.pool import _clean
from core.workspace import Workspace

ENTITY = "candidates"
CONTEXT = "Candidates"
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+")
SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "C$": "CAD", "A$": "AUD", "円": "JPY"}
VALUE_FIELDS = (
    "category",
    "price",
    "currency",
    "monthly_units",
    "monthly_revenue",
    "reviews",
    "rating",
    "bsr",
    "sellers",
    "weight_g",
)


def _message(text: str, **params: Any) -> Message:
    return Message(CONTEXT, text, params)


@dataclass
class CandidateRow:
    row: int  # as the seller sees it in the file
    name: str
    values: dict[str, Any]
    action: str = "new"  # new | changed | unchanged | rejected
    candidate_id: int | None = None
    warnings: list[Message] = field(default_factory=list)
    seen: dict[str, Any] | None = None  # the candidate's values when previewed (changed rows)


@dataclass
class CandidatePreview:
    file_name: str
    on: date
    rows: list[CandidateRow]
    mapping: dict[str, str]  # field → header
    # the person's choice for candidates changed after the preview (name → field → choice)
    decided: dict[str, dict[str, str]] = field(default_factory=dict)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def _number(text: Any) -> Decimal | None:
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return Decimal(repr(float(text))) if isinstance(text, float) else Decimal(text)
    match = NUMBER.search(str(text))
    if match is None:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:
        return None


def _currency_of(text: Any) -> str:
    value = str(text or "")
    for symbol, code in SYMBOLS.items():
        if symbol in value:
            return code
    return ""


def preview_candidates(
    session: Session,
    table: RawTable,
    currency: str,
    on: date | None = None,
    mapping: dict[str, int] | None = None,
) -> CandidatePreview:
    """Compare the rows with the pool; ``mapping`` (field → column) is the wizard's, else the
    columns are matched by their names."""
    fields = FIELDS_BY_ENTITY[ENTITY]
    mapping = dict(mapping) if mapping is not None else auto_map(table.headers, fields)
    if "name" not in mapping:
        raise ValueError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Candidates", "{file} has no column with the product name or title."
                ),
                file=table.file_name,
            )
        )
    factors = unit_factors(table.headers, mapping, fields)
    existing = {c.name.strip().lower(): c for c in session.exec(select(Candidate)).all()}
    rows: list[CandidateRow] = []
    for offset, cells in enumerate(table.rows):
        number = table.row_numbers[offset] if offset < len(table.row_numbers) else offset + 2

        def cell(key: str, cells: list[Any] = cells) -> Any:
            col = mapping.get(key)
            return cells[col] if col is not None and col < len(cells) else None

        name = str(cell("name") or "").strip()
        if not name:
            if any(str(v or "").strip() for v in cells):
                rows.append(
                    CandidateRow(
                        number,
                        "",
                        {},
                        "rejected",
                        warnings=[
                            _message(
                                QT_TRANSLATE_NOOP("Candidates", "Row {row}: no product name."),
                                row=number,
                            )
                        ],
                    )
                )
            continue
        row = CandidateRow(number, name[:255], {})
        for key in VALUE_FIELDS:
            raw = cell(key)
            if raw is None or str(raw).strip() == "":
                continue
            header = table.headers[mapping[key]]
            if key == "category":
                row.values[key] = str(raw).strip()
                continue
            if key == "currency":
                row.values[key] = str(raw).strip().upper()
                continue
            value = _number(raw)
            if value is None or value < 0:
                row.warnings.append(
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Candidates", 'Row {row}, column "{column}": "{value}" is not a number.'
                        ),
                        row=number,
                        column=header,
                        value=raw,
                    )
                )
                continue
            if key == "weight_g":
                value = value * Decimal(repr(factors.get(key, 1.0)))
            if key in ("price", "monthly_revenue"):
                row.values[key] = str(value)
                if key == "price" and "currency" not in row.values and _currency_of(raw):
                    row.values["currency"] = _currency_of(raw)
            elif key == "rating":
                row.values[key] = min(float(value), 5.0)
            elif key == "weight_g":
                row.values[key] = round(float(value), 1)
            else:
                row.values[key] = int(value)
        if "price" in row.values and "currency" not in row.values:
            row.values["currency"] = currency
        known = existing.get(name.lower())
        if known is not None:
            row.candidate_id = known.id
            row.seen = {k: getattr(known, k) for k in row.values}
            row.action = (
                "changed"
                if any(getattr(known, k) != v for k, v in row.values.items())
                else "unchanged"
            )
        rows.append(row)
    return CandidatePreview(
        file_name=table.file_name,
        on=on or date.today(),
        rows=rows,
        mapping={k: table.headers[c] for k, c in mapping.items()},
    )


def read_candidates(
    workspace: Workspace, path: str | Path, currency: str, progress: Progress | None = None
) -> CandidatePreview:
    """Job: read the file (in the pipeline's guarded child process) and compare it with the
    pool; writes nothing."""
    table = read_table(path, progress=progress)
    with workspace.session() as session:
        preview = preview_candidates(session, table, currency)
    return preview


def _pool_currency(session: Session) -> str:
    first = session.exec(select(Market)).first()
    return first.currency if first else "USD"


def preview_plan_job(
    workspace: Workspace, plan: Any, translate: Any, progress: Progress
) -> CandidatePreview:
    """Job for the import wizard (ImportPlan.preview_job): the plan's sheet and mapping;
    prices naming no currency are in the first market's currency."""
    assert plan.table is not None
    with workspace.session() as session:
        return preview_candidates(
            session, plan.table, _pool_currency(session), mapping=dict(plan.mapping)
        )


def finish_plan_job(
    workspace: Workspace, plan: Any, translate: Any, progress: Progress
) -> ImportBatch:
    """Job for the import wizard (ImportPlan.finish_job): write the previewed candidates."""
    return apply_candidates(workspace, plan.preview, progress)


def apply_candidates(
    workspace: Workspace,
    preview: CandidatePreview,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> ImportBatch:
    """Write the new and changed candidates in one transaction, with the import record.

    A candidate someone changed after the preview (or added under the same name) is not
    overwritten unseen: the import is refused as :class:`~core.edits.ImportConflicts`, one
    conflict per candidate, nothing written; ``preview.decided`` then holds the person's
    choice per candidate (keep the file's value / keep theirs) for the next try.
    ``overwrite``: write the file's values over such changes without asking (the CLI's
    ``--overwrite``)."""
    stamp = {"file": preview.file_name, "date": preview.on.isoformat()}
    conflicts: list[ImportConflict] = []
    with workspace.transaction() as session:
        batch = ImportBatch(
            entity=ENTITY,
            file_name=preview.file_name,
            imported_at=datetime.now().isoformat(timespec="seconds"),
            rejected_count=preview.count("rejected"),
        )  # the other counts once written: the preview's may have changed since
        session.add(batch)
        session.flush()
        todo = [r for r in preview.rows if r.action in ("new", "changed")]
        # New candidates aim at the workspace's markets until the seller narrows them down.
        markets = [m.code for m in session.exec(select(Market)).all()]
        named = _by_name(session) if any(r.action == "new" for r in todo) else {}
        written = {"insert": 0, "update": 0}
        for done, row in enumerate(todo, start=1):
            if progress is not None:
                progress.report(done, len(todo), row.name)
            clean = {k: _clean(k, v) for k, v in row.values.items()}
            found = _found_now(session, row, named)
            if found is not None and not overwrite:
                clean = import_checked(
                    conflicts, row.name.strip().lower(), preview.file_name,
                    _checked, found, row, clean, preview.decided,
                )  # fmt: skip
                if not clean:
                    continue  # a conflict to ask about, or they took theirs for every value
            if conflicts:
                continue  # nothing is written: only the checks go on
            if found is None:
                if row.action != "new":
                    continue  # removed since the preview
                candidate = Candidate(
                    name=row.name,
                    created_on=preview.on,
                    platform="amazon",
                    markets=json.dumps(markets),
                )
                before = None
            else:
                candidate = found
                before = {k: getattr(candidate, k) for k in [*clean, "sources"]}
            for key, value in clean.items():
                setattr(candidate, key, value)
            sources = candidate.source_map
            sources.update({k: stamp for k in clean})
            candidate.sources = json.dumps(sources, ensure_ascii=False)
            session.add(candidate)
            session.flush()
            after = {k: getattr(candidate, k) for k in [*clean, "sources"]}
            action = "insert" if before is None else "update"
            written[action] += 1
            session.add(
                ImportChange(
                    batch_id=saved_id(batch),
                    table_name="candidate",
                    row_id=saved_id(candidate),
                    action=action,
                    before=None if before is None else json.dumps(before, default=str),
                    after=json.dumps(after, default=str),
                )
            )
        if conflicts:
            raise ImportConflicts(conflicts, preview.file_name)
        # What was written: a "new" row someone added meanwhile became an update, a row
        # whose values all stayed theirs (or whose candidate is gone) was left as it is.
        batch.new_count, batch.changed_count = written["insert"], written["update"]
        batch.unchanged_count = preview.count("unchanged") + len(todo) - sum(written.values())
        session.add(batch)
        session.flush()
        return batch


def _by_name(session: Session) -> dict[str, Candidate]:
    return {c.name.strip().lower(): c for c in session.exec(select(Candidate)).all()}


def _found_now(
    session: Session, row: CandidateRow, named: dict[str, Candidate]
) -> Candidate | None:
    """The candidate the row writes, as saved now (locked on PostgreSQL until the import
    ends): the one previewed, or one someone added under the row's name since the preview."""
    if row.candidate_id is not None:
        return locked(session, Candidate, row.candidate_id)
    return named.get(row.name.strip().lower())


def _checked(
    found: Candidate,
    row: CandidateRow,
    clean: dict[str, Any],
    decided: dict[str, dict[str, str]],
) -> dict[str, Any]:
    """The file's values to write over ``found`` (core.edits' rule, as for an edit): a value
    someone changed after the preview is a ConflictError unless the person chose."""
    seen = row.seen if row.seen is not None else {k: None for k in clean}  # added since
    mine, checked = decided_edit(clean, seen, decided.get(row.name.strip().lower()))
    check_edit(
        Message(
            "Conflict", QT_TRANSLATE_NOOP("Conflict", "the candidate {name}"), {"name": found.name}
        ),
        {k: getattr(found, k) for k in seen},
        mine,
        checked,
        changed_by=found.changed_by,
        changed_at=found.changed_at,
        labels={f.key: Message("Import", f.label) for f in FIELDS_BY_ENTITY[ENTITY]},
    )
    return mine


def undo_candidate_import(workspace: Workspace, batch_id: int) -> None:
    """Take a candidates import back: new candidates leave the pool (unless decided on since),
    changed ones get their earlier values and sources back."""
    with workspace.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.entity != ENTITY or batch.undone_at:
            raise ValueError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Candidates",
                        "Import #{batch} is not a candidates import that can be undone.",
                    ),
                    batch=batch_id,
                )
            )
        changes = session.exec(select(ImportChange).where(ImportChange.batch_id == batch_id)).all()
        for change in changes:
            candidate = session.get(Candidate, change.row_id)
            if candidate is None:
                continue
            if change.action == "insert":
                decided = session.exec(
                    select(CandidateDecision).where(CandidateDecision.candidate_id == candidate.id)
                ).first()
                if decided is not None:
                    raise ValueError(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Candidates",
                                "{name} was decided on after the import: undo that decision first.",
                            ),
                            name=candidate.name,
                        )
                    )
                from core.selection.pool import remove_candidate

                remove_candidate(session, saved_id(candidate))
            elif change.before:
                _restore(candidate, json.loads(change.before), json.loads(change.after or "{}"))
                session.add(candidate)
        batch.undone_at = datetime.now().isoformat(timespec="seconds")
        session.add(batch)
        session.flush()


def _restore(candidate: Candidate, before: dict, after: dict) -> None:
    """Put back the values the import replaced, except where someone changed the value since
    (it is no longer what the import wrote): their change stays, never overwritten unseen."""
    sources = candidate.source_map
    old_sources = _json_dict(before.get("sources"))
    for key, value in before.items():
        if key == "sources":
            continue
        if key in after and str(getattr(candidate, key)) != str(after[key]):
            continue  # changed after the import: keep it (and its source, if any)
        setattr(candidate, key, value)
        if key in old_sources:
            sources[key] = old_sources[key]
        else:
            sources.pop(key, None)
    candidate.sources = json.dumps(sources, ensure_ascii=False)


def _json_dict(text: object) -> dict:
    try:
        value = json.loads(str(text or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def last_candidate_import(session: Session) -> ImportBatch | None:
    """The latest candidates import not undone yet (the page offers to undo it)."""
    return session.exec(
        select(ImportBatch)
        .where(ImportBatch.entity == ENTITY, ImportBatch.undone_at == None)  # noqa: E711
        .order_by(ImportBatch.id.desc())  # type: ignore[union-attr]
    ).first()
