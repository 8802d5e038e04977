"""A parsed seller file (reading.ParsedFile) as the fact rows the store writes (core.facts.rows).

Where the file leaves something to decide, this is where it is decided, the same way for the
CLI and the wizard: the market (a row's country or marketplace, else the file's most common
one, else the currency's country, else the market the seller names), a line's revenue (the
file's line amount after discounts, or price × quantity less the line discount), cancelled
orders (left out), and one settlement line becoming one fee row per amount it carries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from core.facts import messages as m
from core.facts.reading import ParsedFile
from core.facts.rows import (
    ZERO,
    AdRow,
    FeeRow,
    ListingRow,
    OrderLine,
    ReviewRow,
    SalesTraffic,
    StockRow,
)
from core.i18n import QT_TRANSLATE_NOOP, Message

CANCELLED = {"cancelled", "canceled", "voided", "已取消", "取消"}
# settlement amount columns → the amount type a fee row records
AMOUNT_TYPES = {
    "price_amount": "ItemPrice",
    "fee_amount": "ItemFees",
    "shipment_fee_amount": "ShipmentFees",
    "order_fee_amount": "OrderFees",
    "misc_fee_amount": "MiscFees",
    "other_fee_amount": "OtherFees",
    "promotion_amount": "Promotion",
    "direct_payment_amount": "DirectPayment",
    "other_amount": "Other",
}
DESCRIPTION_OF = {"price_amount": "price_type", "fee_amount": "fee_type"}
COUNTRY_NAMES = {
    "united states": "US", "usa": "US", "canada": "CA", "united kingdom": "GB", "uk": "GB",
    "great britain": "GB", "india": "IN", "brazil": "BR", "brasil": "BR", "germany": "DE",
    "deutschland": "DE", "france": "FR", "italy": "IT", "spain": "ES", "japan": "JP",
    "mexico": "MX", "australia": "AU", "china": "CN", "中国": "CN", "美国": "US", "英国": "GB",
    "德国": "DE", "日本": "JP", "法国": "FR", "加拿大": "CA",
}  # fmt: skip
CURRENCY_MARKETS = {"GBP": "GB", "INR": "IN", "USD": "US", "CAD": "CA", "JPY": "JP",
                    "AUD": "AU", "BRL": "BR", "MXN": "MX", "CNY": "CN", "SGD": "SG",
                    "AED": "AE", "SAR": "SA", "PLN": "PL", "SEK": "SE", "TRY": "TR"}  # fmt: skip
_AMAZON_DOMAINS = {"com": "US", "co.uk": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES",
                   "co.jp": "JP", "ca": "CA", "in": "IN", "com.mx": "MX", "com.br": "BR",
                   "com.au": "AU", "nl": "NL", "se": "SE", "pl": "PL", "ae": "AE", "sa": "SA",
                   "sg": "SG", "com.tr": "TR", "com.be": "BE"}  # fmt: skip

NO_MARKET = QT_TRANSLATE_NOOP(
    "FactFiles",
    "“{file}” does not say in which market (country) it sold: choose the market, e.g. US, GB "
    "or DE.",
)
CANCELLED_LEFT_OUT = QT_TRANSLATE_NOOP(
    "FactFiles", "Lines of cancelled orders are left out: {lines}."
)
NO_PRICES = QT_TRANSLATE_NOOP(
    "FactFiles",
    "This export has no line prices or amounts: units, refunds and returns are imported, "
    "revenue counts as 0.",
)
NO_DATE = QT_TRANSLATE_NOOP("FactFiles", "{where}, row {row}: the row has no date; it is left out.")


class MarketUnknown(m.FactFileError):
    """Neither the rows, the currency nor the seller say which market the file is about."""


@dataclass
class Converted:
    kind: str
    rows: list[Any]
    notes: list[Message] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)


def market_of_text(text: str | None) -> str:
    """ "CA" → CA, "United States" → US, "Amazon.co.uk" → GB; "" when it names none."""
    value = (text or "").strip()
    if not value:
        return ""
    lower = value.casefold()
    if lower.startswith(("amazon.", "www.amazon.")):
        return _AMAZON_DOMAINS.get(lower.split("amazon.", 1)[1], "")
    if len(value) == 2 and value.isalpha() and value.isascii():
        return value.upper()
    return COUNTRY_NAMES.get(lower, "")


def _row_market(values: dict[str, Any]) -> str:
    return market_of_text(values.get("country")) or market_of_text(values.get("marketplace"))


def _file_market(parsed: ParsedFile, chosen: str | None) -> str:
    if chosen:
        return chosen.strip().upper()
    found = Counter(mk for r in parsed.rows if (mk := _row_market(r.values)))
    if found:
        return found.most_common(1)[0][0]
    currencies = Counter(r.values.get("currency") for r in parsed.rows)
    currencies.pop(None, None)
    if parsed.currency:
        currencies[parsed.currency] += 1
    for currency, _count in currencies.most_common():
        if currency in CURRENCY_MARKETS:
            return CURRENCY_MARKETS[currency]
    return parsed.profile.market


def _int(value: Any) -> int:
    return int(value) if value is not None else 0


def to_fact_rows(
    parsed: ParsedFile, market: str | None = None, platform: str | None = None
) -> Converted:
    """The store's rows for ``parsed``; ``market`` / ``platform`` the seller's choice (the
    rows' own country or marketplace wins over a guess, never over a choice)."""
    default = _file_market(parsed, market)
    if not default and any(not _row_market(r.values) for r in parsed.rows):
        raise MarketUnknown(m.message(NO_MARKET, file=parsed.file_name))
    where = m.where(parsed.file_name, parsed.sheet)
    out = Converted(parsed.kind, [])
    code = (platform or parsed.profile.platform or "other").strip().lower()
    build = _BUILDERS[parsed.kind]
    cancelled = 0
    for fact in parsed.rows:
        values = fact.values
        mk = market.strip().upper() if market else (_row_market(values) or default)
        if parsed.kind == "orders" and _is_cancelled(values):
            cancelled += 1
            continue
        row = build(parsed, values, code, mk, fact.row)
        if row is None:
            out.problems.append(m.message(NO_DATE, where=where, row=fact.row))
            continue
        if isinstance(row, list):
            out.rows.extend(row)
        else:
            out.rows.append(row)
    if cancelled:
        out.notes.append(m.message(CANCELLED_LEFT_OUT, lines=cancelled))
    if parsed.kind == "orders" and not {"line_amount", "unit_price"} & set(parsed.mapping):
        out.notes.append(m.message(NO_PRICES))
    return out


def _is_cancelled(values: dict[str, Any]) -> bool:
    status = (values.get("status") or "").strip().casefold()
    return values.get("cancelled_at") is not None or status in CANCELLED


def _order(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    line_discount = v.get("line_discount") or ZERO
    if "line_amount" in parsed.mapping:
        revenue = v.get("line_amount") or ZERO  # the file's amount is after discounts
    elif v.get("unit_price") is not None:
        revenue = v["unit_price"] * v["quantity"] - line_discount
    else:
        revenue = ZERO
    discount = line_discount or v.get("order_discount") or ZERO
    return OrderLine(
        order_id=v["order_id"],
        day=v["order_date"],
        sku=v["sku"],
        units=_int(v["quantity"]),
        revenue=revenue,
        platform=platform,
        market=market,
        currency=v.get("currency"),
        discount=discount,
        refund=v.get("refunded_amount") or ZERO,
        returned_units=_int(v.get("returned_quantity")),
        customer_id=v.get("customer_id") or "",
        title=v.get("product_name") or "",
        category=v.get("category") or "",
        row=row,
    )


def _period(v: dict[str, Any]) -> tuple[date | None, date | None]:
    if v.get("date") is not None:
        return v["date"], v["date"]
    return v.get("period_start"), v.get("period_end")


def _sales(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    start, end = _period(v)
    return SalesTraffic(
        sku=v["sku"],
        platform=platform,
        market=market,
        sessions=_int(v.get("sessions")),
        page_views=_int(v.get("page_views")),
        units=_int(v.get("units")),
        revenue=v.get("sales") or ZERO,
        order_items=_int(v.get("order_items")),
        buy_box=v.get("buy_box"),
        asin=v.get("asin") or "",
        period_from=start,
        period_to=end,
        currency=v.get("currency"),
        title=v.get("product_name") or "",
        row=row,
    )


def _ad(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    start, end = _period(v)
    level = parsed.profile.level or "product"
    by_product = level == "product"
    return AdRow(
        level=level,
        campaign=v["campaign"],
        platform=platform,
        market=market,
        spend=v["spend"],
        period_from=start,
        period_to=end,
        sku=(v.get("sku") or "") if by_product else "",
        asin=(v.get("asin") or "") if by_product else "",
        ad_group=v.get("ad_group") or "",
        search_term=v.get("search_term") or "",
        targeting=v.get("targeting") or "",
        impressions=_int(v.get("impressions")),
        clicks=_int(v.get("clicks")),
        sales_7d=v.get("sales_7d"),
        sales_14d=v.get("sales_14d"),
        orders=_int(v.get("orders_7d") if v.get("orders_7d") is not None else v.get("orders_14d")),
        units=_int(v.get("units_7d") if v.get("units_7d") is not None else v.get("units_14d")),
        currency=v.get("currency"),
        row=row,
    )


def _fees(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    day = v.get("posted_date") or v.get("end_date") or v.get("deposit_date")
    if day is None:
        return None
    common = {
        "settlement_id": v["settlement_id"],
        "day": day,
        "platform": platform,
        "market": market,
        "transaction_type": v.get("transaction_type") or "",
        "order_id": v.get("order_id") or "",
        "sku": v.get("sku") or "",
        "quantity": _int(v.get("quantity")),
        "currency": v.get("currency"),
        "row": row,
    }
    if "amount" in parsed.mapping:  # V2: one amount per line, typed by its columns
        if v.get("amount") is None:
            return []
        return [FeeRow(amount=v["amount"], amount_type=v.get("price_type") or "",
                       description=v.get("fee_type") or "", **common)]  # fmt: skip
    fees = []
    for key, amount_type in AMOUNT_TYPES.items():
        amount = v.get(key)
        if amount is None or amount == 0:
            continue
        description = v.get(DESCRIPTION_OF.get(key, ""), "") or ""
        fees.append(
            FeeRow(amount=amount, amount_type=amount_type, description=description, **common)
        )
    return fees


def _stock(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    return StockRow(
        sku=v["sku"],
        on_hand=_int(v["on_hand"]),
        platform=platform,
        market=market,
        warehouse=v.get("warehouse") or "",
        inbound=_int(v.get("inbound")),
        reserved=_int(v.get("reserved")),
        day=v.get("date") or v.get("period_end"),
        title=v.get("product_name") or "",
        row=row,
    )


def _review(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    if v.get("date") is None:
        return None
    return ReviewRow(
        rating=Decimal(v["rating"]),
        day=v["date"],
        platform=platform,
        market=market,
        sku=v.get("sku") or "",
        asin=v.get("asin") or "",
        review_id=v.get("review_id") or "",
        order_id=v.get("order_id") or "",
        title=v.get("title") or "",
        text=v.get("text") or "",
        variation=v.get("variation") or "",
        row=row,
    )


def _listing(parsed: ParsedFile, v: dict[str, Any], platform: str, market: str, row: int):
    return ListingRow(
        sku=v["sku"],
        platform=platform,
        market=market,
        asin=v.get("asin") or "",
        price=v.get("price"),
        currency=v.get("currency"),
        quantity=None if v.get("quantity") is None else int(v["quantity"]),
        title=v.get("product_name") or "",
        row=row,
    )


_BUILDERS = {
    "orders": _order,
    "sales": _sales,
    "ads": _ad,
    "settlement": _fees,
    "inventory": _stock,
    "reviews": _review,
    "listings": _listing,
}
