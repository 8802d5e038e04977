"""Read a seller file through its profile into normalized fact rows (plain dicts of field →
typed value: Decimal money, int counts, date dates), or refuse it with a message that names
the file, sheet, row and column.

The file is read by importing.readers (calamine in a child process, encoding detection): one
reader for every import. What this module adds is the shape of reports: day/month decided per
file, currencies from columns, cells or headers, order-level amounts counted once, rows
Shopify leaves empty under the first line of an order, Superstore's Returns sheet, and the
period of a report whose rows carry no dates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.facts import messages as m
from core.facts.detect import ProfileMatch, detect_profile
from core.facts.fields import FACT_FIELDS
from core.facts.parsing import (
    NUMERIC_DATE,
    BadValue,
    DateOrder,
    blank,
    decide_date_order,
    decimal_from_float,
    header_currency,
    parse_date,
    parse_decimal,
    parse_integer,
    parse_percent,
    period_from_file_name,
)
from core.facts.profiles import Profile
from core.i18n import Message
from core.importing.kinds import detect_kind
from core.importing.readers import RawTable, read_table
from core.importing.validate import CURRENCIES, CURRENCY_SYMBOLS, cell_text, clean_code
from core.jobs import Progress

SETTLEMENT_AMOUNTS = (
    "price_amount",
    "fee_amount",
    "shipment_fee_amount",
    "order_fee_amount",
    "misc_fee_amount",
    "other_fee_amount",
    "promotion_amount",
    "direct_payment_amount",
    "other_amount",
)
# Continuation rows belong to the order (or settlement) of the row above them.
GROUP_KEY = {"orders": "order_id"}  # other kinds: the whole file is one group
CLEAR_FIT = 0.6  # detect.score_profile: most of a report's signature columns are present
# Symbols several currencies share: a "$12" cell does not contradict a CAD order.
_SHARED_SYMBOLS = ("$", "¥", "￥")


@dataclass
class ParsedRow:
    row: int  # the row the seller sees in the file
    values: dict[str, Any]


@dataclass
class ParsedFile:
    file_name: str
    sheet: str
    kind: str
    profile: Profile
    headers: list[str]
    mapping: dict[str, int]  # field key → column
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)  # rows left out, and why
    notes: list[Message] = field(default_factory=list)  # what was decided for the seller
    date_order: DateOrder | None = None
    currency: str = ""  # the file's currency when one applies to all rows
    period: tuple[date, date] | None = None  # reports whose rows carry no dates
    proposed_period: tuple[date, date] | None = None
    needs_period: bool = False
    needs_currency: bool = False
    source_rows: int = 0

    @property
    def level(self) -> str:
        return self.profile.level

    def refusal(self) -> Message | None:
        """Why the file cannot be applied as it stands (a question for the seller), or None."""
        if self.needs_currency:
            return m.message(m.NO_CURRENCY, file=self.file_name)
        if self.needs_period:
            name = m.profile_name(self.profile.label)
            if self.proposed_period:
                start, end = self.proposed_period
                return m.message(
                    m.NO_PERIOD,
                    file=self.file_name,
                    profile=name,
                    start=start.isoformat(),
                    end=end.isoformat(),
                )
            return m.message(m.NO_PERIOD_NO_PROPOSAL, file=self.file_name, profile=name)
        return None

    def column(self, key: str) -> str:
        col = self.mapping.get(key)
        return self.headers[col] if col is not None else ""


def _where(table: RawTable) -> Any:
    return m.where(table.file_name, table.sheet)


def _headers_text(headers: Iterable[str], limit: int = 8) -> str:
    shown = [h for h in headers if h][:limit]
    more = "…" if len([h for h in headers if h]) > limit else ""
    return ", ".join(shown) + more


# ---------------------------------------------------------------- choosing the profile


def choose_profile(table: RawTable, kind: str | None = None) -> ProfileMatch:
    """The profile for this table (of ``kind`` if the seller chose one), or FactFileError."""
    where = _where(table)
    match = detect_profile(table.headers, kind)
    # Product exports share a few words with reports (SKU, price, stock): unless a report's
    # own columns are clearly there, a known product list goes to the product import.
    product_kind = detect_kind(table.headers)
    if product_kind is not None and product_kind.is_product_list:
        if match is None or match.score < CLEAR_FIT:
            raise m.FactFileError(
                m.message(
                    m.PRODUCT_LIST,
                    where=where,
                    source=Message("Import", product_kind.label),
                    kind=m.kind_name(kind) if kind else m.message(m.ANY_FACTS),
                )
            )
    if match is not None:
        return match
    if kind is not None:
        other = detect_profile(table.headers)
        if other is not None:
            raise m.FactFileError(
                m.message(
                    m.OTHER_KIND,
                    where=where,
                    profile=m.profile_name(other.profile.label),
                    found=m.kind_name(other.kind),
                    kind=m.kind_name(kind),
                )
            )
        raise m.FactFileError(
            m.message(
                m.NOT_RECOGNISED,
                where=where,
                headers=_headers_text(table.headers),
                kind=m.kind_name(kind),
            )
        )
    raise m.FactFileError(
        m.message(m.NOT_RECOGNISED_ANY, where=where, headers=_headers_text(table.headers))
    )


def missing_columns_error(table: RawTable, profile: Profile, mapping: dict[str, int]) -> None:
    missing = profile.missing_required(mapping)
    if missing:
        fields = ", ".join(f"“{profile.fields.get(f.key, (f.key,))[0]}”" for f in missing)
        raise m.FactFileError(
            m.message(
                m.MISSING_COLUMNS,
                where=_where(table),
                fields=fields,
                profile=m.profile_name(profile.label),
            )
        )


# ---------------------------------------------------------------- values


def _currency_cell(value: Any) -> str:
    text = cell_text(value).strip()
    if text.upper() in CURRENCIES:
        return text.upper()
    for symbol, code in CURRENCY_SYMBOLS:
        if text == symbol:
            return code
    raise BadValue("currency")


def _parse(kind: str, value: Any, order: DateOrder) -> tuple[Any, str]:
    """(typed value, currency named by the cell)."""
    # Fast paths for what spreadsheets mostly hold: plain floats and plain text.
    if type(value) is float and kind in ("money", "number") and math.isfinite(value):
        return decimal_from_float(value), ""
    if type(value) is str and kind in ("code", "text"):
        text = value.strip()
        if kind == "text" or not (text.startswith("'") or "\u00a0" in text):
            return (text or None), ""
    if kind == "money":
        return parse_decimal(value)
    if kind == "number":
        return parse_decimal(value)[0], ""
    if kind == "integer":
        return parse_integer(value), ""
    if kind == "percent":
        return parse_percent(value), ""
    if kind == "date":
        return parse_date(value, order), ""
    if kind == "currency":
        return (None if blank(value) else _currency_cell(value)), ""
    if kind == "code":
        return (clean_code(value) or None), ""
    text = cell_text(value).strip()
    return (text or None), ""


_BAD_TEXT = {"number": m.BAD_NUMBER, "whole": m.BAD_WHOLE, "date": m.BAD_DATE,
             "currency": m.BAD_CURRENCY}  # fmt: skip


def _shared_symbol(value: Any) -> bool:
    text = cell_text(value)
    return any(s in text for s in _SHARED_SYMBOLS) and not any(c.isalpha() for c in text)


# ---------------------------------------------------------------- the table


def parse_table(
    table: RawTable,
    match: ProfileMatch | Profile,
    mapping: dict[str, int] | None = None,
    currency: str | None = None,
    period: tuple[date, date] | None = None,
    date_order: str | None = None,
    progress: Progress | None = None,
) -> ParsedFile:
    """Normalize every row of ``table``; bad rows are listed in ``problems``, the file is
    refused (FactFileError) when a required column is missing or its dates mix orders."""
    profile = match.profile if isinstance(match, ProfileMatch) else match
    if mapping is None:
        mapping = (
            match.mapping if isinstance(match, ProfileMatch) else profile.map_headers(table.headers)
        )
    missing_columns_error(table, profile, mapping)
    where = _where(table)
    if not table.rows:
        raise m.FactFileError(m.message(m.NO_ROWS, where=where))
    types = {f.key: f.kind for f in FACT_FIELDS[profile.kind]}
    labels = {f.key: f.label for f in FACT_FIELDS[profile.kind]}
    required = {f.key for f in FACT_FIELDS[profile.kind] if f.required}
    parsed = ParsedFile(
        table.file_name,
        table.sheet,
        profile.kind,
        profile,
        list(table.headers),
        dict(mapping),
        source_rows=len(table.rows),
    )
    order = _date_order(table, profile, mapping, types, date_order, parsed)
    file_currency = _file_currency(table, mapping, types, currency, parsed)
    _settle_period(table, profile, mapping, period, parsed)

    group_key = GROUP_KEY.get(profile.kind)
    carried_by_group: dict[Any, dict[str, Any]] = {}
    seen_groups: set[Any] = set()
    missing_currency = 0
    for index, (raw, row_number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if progress is not None and index % 5000 == 0:
            progress.report(index, len(table.rows), "")
        values: dict[str, Any] = {}
        cell_currencies: list[tuple[str, Any, str]] = []
        problem: Message | None = None
        for key, col in mapping.items():
            value = raw[col] if col < len(raw) else ""
            try:
                typed, named = _parse(types[key], value, order)
            except BadValue as bad:
                problem = m.message(
                    _BAD_TEXT.get(bad.why, m.BAD_NUMBER),
                    where=where,
                    row=row_number,
                    column=table.headers[col],
                    value=cell_text(value)[:80],
                )
                break
            values[key] = typed
            if named:
                cell_currencies.append((named, value, table.headers[col]))
        if problem is not None:
            parsed.problems.append(problem)
            continue
        # Continuation rows (and a settlement's lines) inherit what their group printed once.
        group = values.get(group_key) if group_key else ""
        if group is not None:
            carried = carried_by_group.setdefault(group, {})
            for key in profile.fill_down:
                if values.get(key) is None and key in carried:
                    values[key] = carried[key]
                elif values.get(key) is not None:
                    carried[key] = values[key]
            if group_key and group in seen_groups:
                for key in profile.order_level:  # printed once per order: count it once
                    values[key] = None
            seen_groups.add(group)
        empty = next((k for k in required if values.get(k) is None), None)
        if empty is not None:
            parsed.problems.append(
                m.message(
                    m.EMPTY_REQUIRED,
                    where=where,
                    row=row_number,
                    column=table.headers[mapping[empty]],
                    field=m.message(labels[empty]),
                )
            )
            continue
        row_currency = values.get("currency")
        conflict = None
        for named, value, column in cell_currencies:
            if row_currency is None:
                row_currency = named
            elif named != row_currency and not _shared_symbol(value):
                conflict = (named, value, column)
                break
        if conflict is not None:
            named, value, column = conflict
            parsed.problems.append(
                m.message(
                    m.CURRENCY_CONFLICT,
                    where=where,
                    row=row_number,
                    column=column,
                    value=cell_text(value),
                    found=named,
                    currency=row_currency,
                )
            )
            continue
        row_currency = row_currency or file_currency
        if not row_currency and any(types[k] == "money" for k in mapping):
            missing_currency += 1
        values["currency"] = row_currency or None
        _derive(profile, values)
        if parsed.period is not None and "date" in types and values.get("date") is None:
            values["period_start"], values["period_end"] = parsed.period
        parsed.rows.append(ParsedRow(row_number, values))
    if missing_currency:
        parsed.needs_currency = True
    _status_returns(profile, parsed)
    if profile.level == "campaign" or profile.level == "search_term":
        parsed.notes.append(m.message(m.CAMPAIGN_LEVEL))
    if parsed.problems:
        parsed.notes.append(m.message(m.ROWS_LEFT_OUT, count=len(parsed.problems)))
    if not parsed.rows:
        raise m.FactFileError(
            m.message(
                m.NOTHING_USABLE,
                where=where,
                count=len(table.rows),
                first=parsed.problems[0] if parsed.problems else "",
            )
        )
    return parsed


def _date_order(table, profile, mapping, types, chosen, parsed) -> DateOrder:
    columns = [col for key, col in mapping.items() if types[key] == "date"]
    if chosen:
        return DateOrder(chosen, "chosen")
    values = (row[col] for row in table.rows for col in columns if col < len(row))
    try:
        order = decide_date_order(values, profile.date_order)
    except BadValue:
        first, second = _first_of_each_order(table, columns)
        raise m.FactFileError(
            m.message(m.MIXED_DATES, where=_where(table), day_first=first, month_first=second)
        ) from None
    parsed.date_order = order
    if columns and any(isinstance(r[c], str) for r in table.rows[:200] for c in columns):
        name = m.profile_name(profile.label)
        if order.ambiguous and _has_numeric_dates(table, columns):
            text = m.AMBIGUOUS_DAY_FIRST if order.order == "dmy" else m.AMBIGUOUS_MONTH_FIRST
            parsed.notes.append(m.message(text, profile=name))
        elif not order.ambiguous:
            text = m.DAY_FIRST if order.order == "dmy" else m.MONTH_FIRST
            parsed.notes.append(m.message(text, value=order.decided_by))
    return order


def _has_numeric_dates(table: RawTable, columns: list[int]) -> bool:
    return any(
        isinstance(r[c], str) and NUMERIC_DATE.match(r[c].strip())
        for r in table.rows[:500]
        for c in columns
    )


def _first_of_each_order(table: RawTable, columns: list[int]) -> tuple[str, str]:
    day_first = month_first = ""
    for row in table.rows:
        for col in columns:
            try:
                order = decide_date_order([row[col]])
            except BadValue:
                continue
            if order.decided_by and order.order == "dmy" and not day_first:
                day_first = order.decided_by
            if order.decided_by and order.order == "mdy" and not month_first:
                month_first = order.decided_by
    return day_first, month_first


def _file_currency(table, mapping, types, chosen, parsed) -> str:
    for key, col in mapping.items():
        if types[key] == "money":
            found = header_currency(table.headers[col])
            if found:
                parsed.currency = found
                parsed.notes.append(
                    m.message(m.CURRENCY_FROM_HEADER, currency=found, column=table.headers[col])
                )
                return found
    if chosen:
        parsed.currency = chosen.upper()
        parsed.notes.append(m.message(m.CURRENCY_CHOSEN, currency=chosen.upper()))
        return chosen.upper()
    return ""


def _settle_period(table, profile, mapping, period, parsed) -> None:
    # Only reports downloaded for a chosen period (Business Report) lack dates in their rows.
    if "date" in mapping or (profile.period != "file_name" and profile.kind != "sales"):
        return
    if period is not None:
        parsed.period = period
        parsed.notes.append(
            m.message(m.PERIOD_NOTE, start=period[0].isoformat(), end=period[1].isoformat())
        )
        return
    parsed.needs_period = True
    parsed.proposed_period = period_from_file_name(table.file_name)
    if parsed.proposed_period:
        start, end = parsed.proposed_period
        parsed.notes.append(
            m.message(m.PERIOD_PROPOSED, start=start.isoformat(), end=end.isoformat())
        )


def _derive(profile: Profile, values: dict[str, Any]) -> None:
    """Values every fact of the kind needs, from what the file gives."""
    if profile.kind == "orders":
        if values.get("line_amount") is None and values.get("unit_price") is not None:
            values["line_amount"] = values["unit_price"] * values["quantity"]
    elif profile.kind == "settlement" and values.get("amount") is None:
        amounts = [values[k] for k in SETTLEMENT_AMOUNTS if values.get(k) is not None]
        values["amount"] = sum(amounts, Decimal(0)) if amounts else None


def _status_returns(profile: Profile, parsed: ParsedFile) -> None:
    if not profile.returned_when_status or "returned_quantity" in parsed.mapping:
        return
    statuses = {s.casefold() for s in profile.returned_when_status}
    lines = 0
    for row in parsed.rows:
        status = (row.values.get("status") or "").casefold()
        if status in statuses:
            row.values["returned_quantity"] = row.values["quantity"]
            lines += 1
    if lines:
        parsed.notes.append(m.message(m.RETURNED_BY_STATUS, lines=lines))


def join_returns(parsed: ParsedFile, returns: RawTable) -> None:
    """Mark the lines of orders a Returns sheet lists (Superstore: "Returned | Order ID") as
    returned in full."""
    spec = parsed.profile.returns
    keys = {k: {a.casefold() for a in spec.get(k, ())} for k in ("order_id", "flag")}
    headers = [h.casefold() for h in returns.headers]
    order_col = next((i for i, h in enumerate(headers) if h in keys["order_id"]), None)
    flag_col = next((i for i, h in enumerate(headers) if h in keys["flag"]), None)
    if order_col is None:
        return
    returned = set()
    for row in returns.rows:
        flag = cell_text(row[flag_col]).casefold() if flag_col is not None else "yes"
        if flag in ("yes", "y", "true", "1", "是", "returned"):
            returned.add(clean_code(row[order_col]))
    lines = 0
    for fact in parsed.rows:
        if fact.values.get("order_id") in returned:
            fact.values["returned_quantity"] = fact.values["quantity"]
            lines += 1
    parsed.notes.append(
        m.message(m.RETURNS_JOINED, sheet=returns.sheet, orders=len(returned), lines=lines)
    )


# ---------------------------------------------------------------- the file


def read_fact_file(
    path: str | Path,
    kind: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    currency: str | None = None,
    period: tuple[date, date] | None = None,
    date_order: str | None = None,
    profile: Profile | None = None,
    mapping: dict[str, int] | None = None,
    progress: Progress | None = None,
) -> ParsedFile:
    """Read ``path`` (through the isolated reader) and normalize it; ``kind`` None = detect."""
    path = Path(path)
    table = read_table(path, sheet, header_row, progress)
    match: ProfileMatch | Profile = profile or choose_profile(table, kind)
    parsed = parse_table(table, match, mapping, currency, period, date_order, progress)
    spec = parsed.profile.returns
    if spec and spec.get("sheet") in table.sheet_names and spec["sheet"] != table.sheet:
        join_returns(parsed, read_table(path, spec["sheet"]))
    return parsed
