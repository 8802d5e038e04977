"""What the seller reads about a seller file: refusals name the file, sheet, row and column;
notes say what was decided for them (day/month order, currency, period, returns)."""

from __future__ import annotations

from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.errors import ImportFileError

CTX = "FactFiles"


class FactFileError(ImportFileError):
    """The whole file is refused; ``message`` says which file and why, and what to do."""


def where(file_name: str, sheet: str) -> Message | str:
    """How messages name the place: the sheet of a workbook and its file, or the file."""
    if sheet:
        return message(SHEET_OF, sheet=sheet, file=file_name)
    return f"“{file_name}”"


def message(text: str, **params: Any) -> Message:
    return Message(CTX, text, params)


def kind_name(kind: str) -> Message:
    from core.facts.fields import KIND_LABELS

    return message(KIND_LABELS[kind])


def profile_name(label: str) -> Message:
    return Message("FactProfiles", label)


SHEET_OF = QT_TRANSLATE_NOOP("FactFiles", "Sheet “{sheet}” of “{file}”")
NOT_RECOGNISED = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}: none of the known reports has these columns ({headers}), so it cannot be read "
    "as {kind}. Choose the columns yourself on the mapping page, or export the report again "
    "from the platform without changing its columns.",
)
NOT_RECOGNISED_ANY = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}: its columns ({headers}) match no known orders, sales, advertising, settlement, "
    "inventory, review or listings report. Choose what kind of file it is, then its columns.",
)
ANY_FACTS = QT_TRANSLATE_NOOP("FactFiles", "orders, sales, advertising or stock")
PRODUCT_LIST = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where} looks like {source}, a product list, not a report of {kind}: import it as "
    "products (step 2, Import products).",
)
OTHER_KIND = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where} looks like {profile}, which holds {found}, not {kind}: import it as {found}.",
)
MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where} has no column for {fields}, which {profile} files always have. Choose the "
    "columns on the mapping page, or export the report again with all its columns.",
)
NO_CURRENCY = QT_TRANSLATE_NOOP(
    "FactFiles",
    "“{file}” does not say which currency its amounts are in: choose the currency.",
)
NO_PERIOD = QT_TRANSLATE_NOOP(
    "FactFiles",
    "“{file}” ({profile}) has no dates in its rows: say which period it covers "
    "(the file name suggests {start} to {end}).",
)
NO_PERIOD_NO_PROPOSAL = QT_TRANSLATE_NOOP(
    "FactFiles",
    "“{file}” ({profile}) has no dates in its rows: say which period it covers.",
)
MIXED_DATES = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}: dates are written both day first (“{day_first}”) and month first "
    "(“{month_first}”). Fix the file so all dates use one order, then import it again.",
)
NO_ROWS = QT_TRANSLATE_NOOP("FactFiles", "{where} has column names but no rows of data under them.")
NOTHING_USABLE = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}: none of its {count} rows could be read; the first problem: {first}",
)

# row-level: the row is left out, the others are imported
BAD_NUMBER = QT_TRANSLATE_NOOP(
    "FactFiles", "{where}, row {row}, column {column}: '{value}' is not a number."
)
BAD_WHOLE = QT_TRANSLATE_NOOP(
    "FactFiles", "{where}, row {row}, column {column}: '{value}' is not a whole number."
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "FactFiles", "{where}, row {row}, column {column}: '{value}' is not a date."
)
BAD_CURRENCY = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}, row {row}, column {column}: '{value}' is not a currency code (USD, EUR, GBP, CNY…).",
)
EMPTY_REQUIRED = QT_TRANSLATE_NOOP(
    "FactFiles", "{where}, row {row}, column {column}: {field} is empty; the row is left out."
)
CURRENCY_CONFLICT = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{where}, row {row}, column {column}: '{value}' is in {found}, but the row's currency is "
    "{currency}; the row is left out.",
)

# notes: decisions the preview states
DAY_FIRST = QT_TRANSLATE_NOOP(
    "FactFiles", "Dates are read day/month/year: “{value}” can only be read that way."
)
MONTH_FIRST = QT_TRANSLATE_NOOP(
    "FactFiles", "Dates are read month/day/year: “{value}” can only be read that way."
)
AMBIGUOUS_DAY_FIRST = QT_TRANSLATE_NOOP(
    "FactFiles",
    "Every date in this file could be day/month or month/day; they are read day/month/year "
    "as {profile} files write them. Check a few dates in the preview.",
)
AMBIGUOUS_MONTH_FIRST = QT_TRANSLATE_NOOP(
    "FactFiles",
    "Every date in this file could be day/month or month/day; they are read month/day/year "
    "as {profile} files write them. Check a few dates in the preview.",
)
CURRENCY_FROM_HEADER = QT_TRANSLATE_NOOP(
    "FactFiles", "Amounts are in {currency}, as the column “{column}” says."
)
CURRENCY_CHOSEN = QT_TRANSLATE_NOOP(
    "FactFiles", "Rows that name no currency are taken as {currency}, as you chose."
)
PERIOD_NOTE = QT_TRANSLATE_NOOP("FactFiles", "The report covers {start} to {end}.")
PERIOD_PROPOSED = QT_TRANSLATE_NOOP(
    "FactFiles",
    "The rows carry no dates; the file name suggests {start} to {end}. Confirm or change the "
    "period.",
)
RETURNS_JOINED = QT_TRANSLATE_NOOP(
    "FactFiles",
    "Sheet “{sheet}”: {orders} returned orders found; their {lines} order lines count as returned.",
)
RETURNED_BY_STATUS = QT_TRANSLATE_NOOP(
    "FactFiles",
    "{lines} order lines of fully refunded orders count as returned; partly refunded orders "
    "keep their units and count the refunded amount only.",
)
CAMPAIGN_LEVEL = QT_TRANSLATE_NOOP(
    "FactFiles",
    "This report's rows name campaigns, not SKUs: its spend and sales are kept per campaign, "
    "so totals stay right without being split over products.",
)
ROWS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "FactFiles", "Rows left out: {count}. The list below says which and why."
)
