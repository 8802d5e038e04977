"""Writing parsed fact rows into the workspace: ``apply_facts`` (see ``core.facts``)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as sm_select

from core.bulk import insert_rows
from core.currency import base_currency, normalise_code, rates
from core.facts import summary
from core.facts.rows import (
    AD_LEVELS,
    ROW_TYPES,
    AdRow,
    FeeRow,
    OrderLine,
    ReviewRow,
    SalesTraffic,
    StockRow,
)
from core.facts.tables import AdFact, FeeFact, OrderFact, ReviewFact, SalesFact, StockFact
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.apply import ImportRefused
from core.models import (
    Category,
    ImportBatch,
    ImportChange,
    Listing,
    ListingStatus,
    Market,
    Platform,
    Product,
    Sku,
    table_of,
)
from core.money import minor_unit, round_money

CTX = "Facts"
TABLE_OF_KIND: dict[str, type[SQLModel]] = {
    "orders": OrderFact,
    "sales": SalesFact,
    "ads": AdFact,
    "settlement": FeeFact,
    "inventory": StockFact,
    "reviews": ReviewFact,
}
# Kinds whose rows need a catalog SKU; the others keep a row whose SKU is unknown, unmatched.
NEEDS_SKU = {"orders", "sales", "inventory", "listings"}
PLATFORM_NAMES = {"amazon": "Amazon", "shopify": "Shopify", "tiktok": "TikTok Shop",
                  "woocommerce": "WooCommerce", "etsy": "Etsy", "aliexpress": "AliExpress",
                  "olist": "Olist", "ebay": "eBay", "walmart": "Walmart"}  # fmt: skip


@dataclass
class ApplyOptions:
    """What the user chose for this file (the wizard's pages, or the CLI's options)."""

    file_name: str = ""  # the source, shown in the import history
    sheet: str = ""
    profile_name: str = ""
    currency: str | None = None  # for rows that name none (--currency)
    period: tuple[date, date] | None = None  # the report's period (--period FROM:TO)
    create_missing: bool = False  # unknown SKUs become new catalog SKUs (--create-missing)
    pairs: dict[str, str] = field(default_factory=dict)  # file SKU → catalog SKU code
    # otherwise rows of unknown SKUs are skipped and counted in the result


@dataclass
class ApplyResult:
    batch_id: int
    kind: str
    period: tuple[date, date]
    inserted: int = 0
    replaced: int = 0  # earlier facts of the same period this import took the place of
    skipped: int = 0  # rows of SKUs the catalog does not know (neither paired nor created)
    unknown_skus: dict[str, int] = field(default_factory=dict)  # SKU → rows skipped
    created_skus: list[str] = field(default_factory=list)
    new_listings: int = 0
    currencies: list[str] = field(default_factory=list)


def refused(text_: str, **params: Any) -> ImportRefused:
    return ImportRefused(Message(CTX, text_, params))


def apply_facts(
    session: Session, kind: str, rows: Sequence[Any], options: ApplyOptions | None = None
) -> ApplyResult:
    """Write ``rows`` (dataclasses of ``core.facts.rows`` for ``kind``) as one recorded import
    in the caller's transaction; ImportRefused (nothing written) when they cannot be."""
    options = options or ApplyOptions()
    row_type = ROW_TYPES.get(kind)
    if row_type is None:
        raise refused(QT_TRANSLATE_NOOP("Facts", "Unknown kind of facts: {kind}."), kind=kind)
    if not rows:
        raise refused(
            QT_TRANSLATE_NOOP("Facts", "{file}: no rows to import."), file=options.file_name
        )
    wrong = next((r for r in rows if not isinstance(r, row_type)), None)
    if wrong is not None:
        raise TypeError(f"{kind} takes {row_type.__name__} rows, not {type(wrong).__name__}")
    conn = session.connection()
    summary.refresh_if_stale(conn)
    currencies = _currencies(session, kind, rows, options)
    period = _period(kind, rows, options)
    batch_id = _new_batch(conn, kind, options)
    log = _ChangeLog(batch_id)
    places = _places(session, rows, currencies, log)
    skus, result = _skus(session, kind, rows, options, log, batch_id, period, currencies)
    result.currencies = sorted(set(currencies.values()) - {""})
    if kind == "listings":
        _write_listings(session, rows, skus, places, currencies, log, result)
    else:
        facts = [
            fact
            for i, row in enumerate(rows)
            if (fact := _fact(kind, row, skus, places, currencies.get(i, ""), period)) is not None
        ]
        for fact in facts:
            fact["batch_id"] = batch_id
        before = summary.dates_of(conn, "replaced_by = :b", {"b": batch_id})
        result.replaced = _replace(conn, kind, facts, period, batch_id)
        result.inserted = _write_facts(conn, table_of(TABLE_OF_KIND[kind]), facts)
        result.new_listings = _ensure_listings(conn, facts, log)
        touched = summary.dates_of(conn, "replaced_by = :b OR batch_id = :b", {"b": batch_id})
        if touched is not None or before is not None:
            spans = [s for s in (touched, before) if s is not None]
            summary.refresh(conn, min(s[0] for s in spans), max(s[1] for s in spans))
    log.write(conn)
    conn.execute(
        update(table_of(ImportBatch))
        .where(table_of(ImportBatch).c.id == batch_id)
        .values(
            new_count=result.inserted + result.new_listings,
            changed_count=result.replaced,
            rejected_count=result.skipped,
        )
    )
    return result


class _ChangeLog:
    """ImportChange rows for the catalog rows an import creates or changes (for undo)."""

    def __init__(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.rows: list[dict[str, Any]] = []

    def add(self, table: str, row_id: int, action: str, before: dict | None, after: dict):
        self.rows.append(
            {
                "batch_id": self.batch_id,
                "table_name": table,
                "row_id": row_id,
                "action": action,
                "before": None if before is None else json.dumps(before, default=str),
                "after": json.dumps(after, ensure_ascii=False, default=str),
            }
        )

    def write(self, conn) -> None:
        if self.rows:
            conn.execute(insert(table_of(ImportChange)), self.rows)


def _new_batch(conn, kind: str, options: ApplyOptions) -> int:
    key = conn.execute(
        insert(table_of(ImportBatch)).values(
            entity=kind,
            file_name=options.file_name,
            sheet=options.sheet,
            profile_name=options.profile_name,
            imported_at=datetime.now().isoformat(timespec="seconds"),
        )
    ).inserted_primary_key
    assert key is not None
    return int(key[0])


def _money_of(kind: str, row: Any) -> bool:
    if kind in ("inventory", "reviews"):
        return False
    if kind == "listings":
        return row.price is not None
    return True


def _currencies(session: Session, kind: str, rows, options: ApplyOptions) -> dict[int, str]:
    """Each money row's currency: its own, else the chosen one; refuse rather than guess,
    and refuse a currency the rate table cannot convert to the base currency."""
    chosen = normalise_code(options.currency or "")
    result: dict[int, str] = {}
    missing = 0
    for i, row in enumerate(rows):
        if not _money_of(kind, row):
            continue
        code = normalise_code(getattr(row, "currency", None) or "") or chosen
        if not code:
            missing += 1
        result[i] = code
    if missing:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Facts",
                "{file}: {count} rows have amounts but do not say in which currency. Nothing "
                "was imported; choose the currency of the file (--currency).",
            ),
            file=options.file_name,
            count=missing,
        )
    known = rates(session)
    unknown = sorted(set(result.values()) - set(known))
    if unknown:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Facts",
                "{file} has amounts in {currencies}, but the rate table has no rate for it to "
                "{base}. Nothing was imported; add the rate (Exchange rates) and import again.",
            ),
            file=options.file_name,
            currencies=", ".join(unknown),
            base=base_currency(session),
        )
    return result


def _dates(kind: str, row: Any) -> tuple[date | None, date | None]:
    if kind in ("sales", "ads"):
        return row.period_from, row.period_to or row.period_from
    if kind == "listings":  # a listing is an offer as of today, not a dated fact
        return None, None
    return row.day, row.day


def _period(kind: str, rows, options: ApplyOptions) -> tuple[date, date]:
    """The period the file covers: the chosen one, else from its rows' dates."""
    if options.period is not None:
        first, last = options.period
        if first > last:
            raise refused(
                QT_TRANSLATE_NOOP("Facts", "The period starts ({first}) after it ends ({last})."),
                first=first,
                last=last,
            )
        return first, last
    days = [d for row in rows for d in _dates(kind, row) if d is not None]
    undated = sum(1 for row in rows if _dates(kind, row)[0] is None)
    if undated and kind in ("inventory", "listings"):
        today = date.today()
        return (min(days + [today]), max(days + [today]))
    if undated or not days:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Facts",
                "{file} does not say which period it covers. Nothing was imported; give the "
                "period of the report (--period FROM:TO, e.g. 2024-03-01:2024-03-31).",
            ),
            file=options.file_name,
        )
    return min(days), max(days)


def _places(session: Session, rows, currencies: dict[int, str], log: _ChangeLog):
    """Platform and market ids by code, creating the ones the workspace does not have yet."""
    platforms = {p.code.lower(): p.id for p in session.exec(sm_select(Platform))}
    markets = {m.code.upper(): m.id for m in session.exec(sm_select(Market))}
    for i, row in enumerate(rows):
        code = row.platform.strip().lower()
        if code and code not in platforms:
            platform = Platform(code=code, name=PLATFORM_NAMES.get(code, code.title()))
            session.add(platform)
            session.flush()
            platforms[code] = platform.id
            log.add("platform", int(platform.id or 0), "insert", None, {"code": code})
        market_code = row.market.strip().upper()
        if market_code and market_code not in markets:
            currency = currencies.get(i) or base_currency(session)
            market = Market(code=market_code, name=market_code, currency=currency)
            session.add(market)
            session.flush()
            markets[market_code] = market.id
            log.add("market", int(market.id or 0), "insert", None, {"code": market_code})
    return platforms, markets


def catalog_codes(session: Session) -> dict[str, int]:
    table = table_of(Sku).c
    return {code: sku_id for sku_id, code in session.connection().execute(
        select(table.id, table.sku_code))}  # fmt: skip


def _skus(
    session, kind, rows, options: ApplyOptions, log: _ChangeLog, batch_id, period, currencies
):
    """File SKU → catalog SKU id for every SKU of the rows: known, paired, created or None."""
    catalog = catalog_codes(session)
    folded = {code.strip().casefold(): sku_id for code, sku_id in catalog.items()}
    result = ApplyResult(batch_id=batch_id, kind=kind, period=period)
    wanted = Counter(row.sku.strip() for row in rows if getattr(row, "sku", "").strip())
    titles = {row.sku.strip(): getattr(row, "title", "") for row in rows if hasattr(row, "sku")}
    categories = {row.sku.strip(): row.category for row in rows if getattr(row, "category", "")}
    # a created SKU sells in its rows' currency; its cost (unknown yet) counts in the base
    sold_in = {rows[i].sku.strip(): code for i, code in currencies.items() if code}
    base = base_currency(session)
    found: dict[str, int | None] = {}
    for code, count in wanted.items():
        sku_id = catalog.get(code) or folded.get(code.casefold())
        if sku_id is None and code in options.pairs:
            sku_id = catalog.get(options.pairs[code])
            if sku_id is None:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "Facts", "{sku} was paired with {target}, which is not in the catalog."
                    ),
                    sku=code,
                    target=options.pairs[code],
                )
        if sku_id is None and options.create_missing:
            category = _category(session, categories.get(code, ""), log)
            sku = Sku(
                product_id=0,
                sku_code=code,
                price_currency=sold_in.get(code, base),
                cost_currency=base,
            )
            sku_id = _create_sku(session, sku, titles.get(code) or code, category, log)
            result.created_skus.append(code)
        if sku_id is None:
            result.unknown_skus[code] = count
            if kind in NEEDS_SKU:  # ads, fees and reviews keep the row, unmatched
                result.skipped += count
        found[code] = sku_id
    return found, result


def _category(session: Session, name: str, log: _ChangeLog) -> int | None:
    name = name.strip()
    if not name:
        return None
    found = session.exec(sm_select(Category).where(col(Category.name) == name)).first()
    if found is not None:
        return found.id
    category = Category(name=name)
    session.add(category)
    session.flush()
    log.add("category", int(category.id or 0), "insert", None, {"name": name})
    return category.id


def _create_sku(
    session: Session, sku: Sku, title: str, category_id: int | None, log: _ChangeLog
) -> int:
    code = spu = sku.sku_code
    existing = session.exec(sm_select(Product).where(col(Product.spu_code) == spu)).first()
    if existing is None:
        product = Product(spu_code=spu, name=title[:200] or code, category_id=category_id)
        session.add(product)
        session.flush()
        product_id = int(product.id or 0)
        log.add("product", product_id, "insert", None, {"spu_code": spu})
    else:
        product_id = int(existing.id or 0)
    sku.product_id = product_id
    session.add(sku)
    session.flush()
    log.add("sku", int(sku.id or 0), "insert", None, {"sku_code": code})
    return int(sku.id or 0)


def _minor(value: Decimal | None, currency: str) -> int | None:
    """Money as an int of the currency's minor unit, rounded by the one rule."""
    if value is None:
        return None
    return int(round_money(Decimal(value), currency).scaleb(minor_unit(currency)))


def _fact(kind, row, skus, places, currency: str, period) -> dict[str, Any] | None:
    """The table row for one parsed row (None: its SKU is unknown and the kind needs one)."""
    platforms, markets = places
    code = getattr(row, "sku", "").strip()
    sku_id = skus.get(code) if code else None
    if kind in NEEDS_SKU and sku_id is None:
        return None
    where = {
        "platform_id": platforms[row.platform.strip().lower()],
        "market_id": markets[row.market.strip().upper()],
    }
    money = lambda value: _minor(value, currency)  # noqa: E731
    if isinstance(row, OrderLine):
        return {**where, "sku_id": sku_id, "day": row.day, "order_id": row.order_id.strip(),
                "customer_id": row.customer_id.strip(), "units": row.units,
                "returned_units": row.returned_units, "revenue": money(row.revenue),
                "discount": money(row.discount), "refund": money(row.refund),
                "currency": currency}  # fmt: skip
    if isinstance(row, SalesTraffic):
        first = row.period_from or period[0]
        return {**where, "sku_id": sku_id, "period_from": first,
                "period_to": row.period_to or (period[1] if row.period_from is None else first),
                "asin": row.asin, "sessions": row.sessions, "page_views": row.page_views,
                "units": row.units, "returned_units": row.returned_units,
                "order_items": row.order_items, "revenue": money(row.revenue),
                "buy_box": None if row.buy_box is None else float(row.buy_box),
                "currency": currency}  # fmt: skip
    if isinstance(row, AdRow):
        if row.level not in AD_LEVELS:
            raise ValueError(f"ad level {row.level!r} is not one of {AD_LEVELS}")
        first = row.period_from or period[0]
        return {**where, "level": row.level, "sku_id": sku_id if row.level == "product" else None,
                "period_from": first,
                "period_to": row.period_to or (period[1] if row.period_from is None else first),
                "campaign": row.campaign, "ad_group": row.ad_group,
                "search_term": row.search_term, "targeting": row.targeting, "asin": row.asin,
                "impressions": row.impressions, "clicks": row.clicks, "spend": money(row.spend),
                "sales_7d": money(row.sales_7d), "sales_14d": money(row.sales_14d),
                "orders": row.orders, "units": row.units, "currency": currency}  # fmt: skip
    if isinstance(row, FeeRow):
        return {**where, "settlement_id": row.settlement_id.strip(), "sku_id": sku_id,
                "sku_code": code, "day": row.day, "order_id": row.order_id.strip(),
                "transaction_type": row.transaction_type, "amount_type": row.amount_type,
                "description": row.description, "quantity": row.quantity,
                "amount": money(row.amount), "currency": currency}  # fmt: skip
    if isinstance(row, StockRow):
        return {**where, "sku_id": sku_id, "warehouse": row.warehouse.strip(),
                "day": row.day or period[1], "on_hand": row.on_hand, "inbound": row.inbound,
                "reserved": row.reserved}  # fmt: skip
    if isinstance(row, ReviewRow):
        return {**where, "sku_id": sku_id, "sku_code": code, "asin": row.asin,
                "day": row.day, "review_id": row.review_id.strip(), "order_id": row.order_id,
                "rating": float(row.rating), "title": row.title, "body": row.text,
                "variation": row.variation}  # fmt: skip
    raise TypeError(type(row).__name__)


def _write_facts(conn, table, facts: list[dict[str, Any]]) -> int:
    """The fact rows in one go: COPY on PostgreSQL, one executemany on SQLite (core.bulk)."""
    if not facts:
        return 0
    columns = list(facts[0])  # one kind's rows all have the same keys (_fact)
    return insert_rows(conn, table, columns, [tuple(f[c] for c in columns) for f in facts])


def _replace(conn, kind: str, facts: list[dict[str, Any]], period, batch_id: int) -> int:
    """Mark the current facts this import takes the place of: same kind, same platform and
    market (and ad level, warehouse), dated in its period; a settlement replaces the same
    settlement. Returns how many. They stay, marked, so that undoing this import restores them."""
    table = table_of(TABLE_OF_KIND[kind]).name
    params: dict[str, Any] = {"b": batch_id, "lo": period[0], "hi": period[1]}
    if kind == "settlement":
        ids = sorted({f["settlement_id"] for f in facts})
        total = 0
        for settlement_id in ids:
            total += conn.execute(
                text(f"UPDATE {table} SET replaced_by = :b WHERE replaced_by IS NULL "
                     "AND settlement_id = :s"), {**params, "s": settlement_id}
            ).rowcount  # fmt: skip
        return total
    if kind in ("sales", "ads"):
        when = "period_from <= :hi AND period_to >= :lo"
    else:
        when = "day BETWEEN :lo AND :hi"
    keys: set[tuple] = set()
    for fact in facts:
        extra = fact.get("level") if kind == "ads" else fact.get("warehouse")
        keys.add((fact["platform_id"], fact["market_id"], extra))
    total = 0
    for platform_id, market_id, extra in sorted(keys, key=str):
        narrower = ""
        if kind == "ads":
            narrower = " AND level = :x"
        elif kind == "inventory":
            narrower = " AND warehouse = :x"
        total += conn.execute(
            text(f"UPDATE {table} SET replaced_by = :b WHERE replaced_by IS NULL AND batch_id "
                 f"<> :b AND platform_id = :p AND market_id = :m AND {when}{narrower}"),
            {**params, "p": platform_id, "m": market_id, "x": extra},
        ).rowcount  # fmt: skip
    return total


def _ensure_listings(conn, facts: Iterable[dict[str, Any]], log: _ChangeLog) -> int:
    """A listing for every SKU × platform × market the facts sold on (active, as they sold):
    one INSERT of them all, its ids returned in order for the change log (a round trip per
    listing cost seconds on a server)."""
    table = table_of(Listing)
    wanted = {(f["sku_id"], f["platform_id"], f["market_id"]) for f in facts if f.get("sku_id")}
    existing = set(
        conn.execute(select(table.c.sku_id, table.c.platform_id, table.c.market_id)).all()
    )
    new = sorted(wanted - existing)
    if not new:
        return 0
    rows = [{"sku_id": sku_id, "platform_id": platform_id, "market_id": market_id,
             "status": ListingStatus.ACTIVE.value} for sku_id, platform_id, market_id in new]  # fmt: skip
    ids = conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    ).scalars()
    for listing_id, row in zip(ids, rows, strict=True):
        log.add("listing", int(listing_id), "insert", None, {"sku_id": row["sku_id"]})
    return len(rows)


def _write_listings(session, rows, skus, places, currencies, log: _ChangeLog, result) -> None:
    """Listings kind: each SKU's offer on a platform and market, its platform id and price."""
    platforms, markets = places
    table = table_of(Listing)
    conn = session.connection()
    for i, row in enumerate(rows):
        sku_id = skus.get(row.sku.strip())
        if sku_id is None:
            continue
        key = (sku_id, platforms[row.platform.strip().lower()], markets[row.market.strip().upper()])
        values = {"status": row.status or ListingStatus.ACTIVE.value}
        if row.asin:
            values["external_id"] = row.asin.strip()
        if row.price is not None:
            values["price"] = float(round_money(Decimal(row.price), currencies[i]))
            values["currency"] = currencies[i]
        current = conn.execute(
            select(table).where(table.c.sku_id == key[0], table.c.platform_id == key[1],
                                table.c.market_id == key[2])
        ).mappings().first()  # fmt: skip
        if current is None:
            new = conn.execute(
                insert(table).values(sku_id=key[0], platform_id=key[1], market_id=key[2], **values)
            ).inserted_primary_key
            assert new is not None
            log.add("listing", int(new[0]), "insert", None, values)
            result.inserted += 1
            continue
        before = {k: current[k] for k in values if current[k] != values[k]}
        if before:
            conn.execute(update(table).where(table.c.id == current["id"]).values(**values))
            log.add("listing", int(current["id"]), "update", before, values)
            result.replaced += 1
