"""A realistic, deterministic demo workspace: a seller of home, 3C-accessory and pet products.

~100 SKUs, Amazon / Shopify / TikTok Shop / AliExpress in the US, Germany and Japan, a team with
its RACI matrix, a year of monthly sales and returns, stock lots of different ages and an
exchange-rate table. The same seed and anchor month always give the same workspace.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from core import team
from core.demo_names import DEMO_SALES_SOURCE
from core.facts.rows import SalesTraffic
from core.facts.store import ApplyOptions, apply_facts
from core.goals.demo import build_demo_goals
from core.jobs import Progress
from core.matrix.demo import build_demo_matrix
from core.models import (
    Category,
    ExchangeRate,
    Listing,
    Market,
    Platform,
    Product,
    Setting,
    Sku,
    StockLot,
    saved_id,
)
from core.sales import months_before
from core.selection.demo import add_demo_candidates
from core.workspace import Workspace, open_workspace

SEED = 20260115

MARKETS = [("US", "United States", "USD"), ("DE", "Germany", "EUR"), ("JP", "Japan", "JPY")]
PLATFORMS = [
    ("amazon", "Amazon"),
    ("shopify", "Shopify"),
    ("tiktok", "TikTok Shop"),
    ("aliexpress", "AliExpress"),
]
RATES_TO_CNY = {"CNY": 1.0, "USD": 7.20, "EUR": 7.80, "JPY": 0.048, "GBP": 9.10}
# Price in a market = USD price × this factor (local price points, VAT-inclusive in DE/JP).
MARKET_PRICE = {"US": 1.0, "DE": 1.05, "JP": 155.0}

# (category, SPU code prefix, product names, variant axis, values, cost CNY range,
#  price USD range, weight g range, hazard flags)
CATALOG = [
    (
        "家居 Home",
        "HM",
        [
            "Bamboo Drawer Organizer",
            "Collapsible Storage Bin",
            "Silicone Stretch Lids",
            "Magnetic Knife Strip",
            "Over-Door Shoe Rack",
            "Vacuum Storage Bags",
            "Ceramic Soap Dispenser",
            "Linen Cushion Cover",
            "LED Motion Closet Light",
            "Stainless Spice Rack",
            "Under-Sink Organizer",
            "Weighted Blanket",
        ],
        "colour",
        ["Natural", "Grey", "White", "Black"],
        (12, 60),
        (12.99, 45.99),
        (200, 2500),
        {},
    ),
    (
        "3C配件 3C accessories",
        "TC",
        [
            "65W GaN Charger",
            "Braided USB-C Cable",
            "Magnetic Phone Mount",
            "Wireless Charging Pad",
            "10000mAh Power Bank",
            "Bluetooth Tracker Tag",
            "Laptop Stand",
            "Screen Protector 2-Pack",
            "Earbuds Case",
            "USB-C Hub 7-in-1",
            "Ring Light Clip",
            "Phone Tripod",
        ],
        "colour",
        ["Black", "White", "Blue"],
        (8, 95),
        (9.99, 59.99),
        (30, 600),
        {
            "65W GaN Charger": ["has_radio"],
            "10000mAh Power Bank": ["has_battery"],
            "Bluetooth Tracker Tag": ["has_battery", "has_radio"],
            "Wireless Charging Pad": ["has_radio"],
            "Magnetic Phone Mount": ["is_magnetic"],
        },
    ),
    (
        "宠物 Pet",
        "PT",
        [
            "Slow Feeder Dog Bowl",
            "Cat Water Fountain",
            "Retractable Dog Leash",
            "Pet Grooming Glove",
            "Interactive Cat Toy",
            "Orthopedic Dog Bed",
            "Pet Hair Remover Roller",
            "Dog Poop Bag Holder",
            "Cat Scratcher Board",
            "Dog Training Clicker",
            "Pet Car Seat Cover",
            "Lick Mat Set",
        ],
        "size",
        ["S", "M", "L"],
        (6, 70),
        (8.99, 49.99),
        (80, 3000),
        {
            "Cat Water Fountain": ["food_contact"],
            "Slow Feeder Dog Bowl": ["food_contact"],
            "Lick Mat Set": ["food_contact"],
            "Interactive Cat Toy": ["has_battery"],
        },
    ),
]

TEAM = [  # name, contact
    ("Lin Wei 林伟", "WeChat: linwei-pm"),
    ("Zhao Min 赵敏", "zhaomin@lianxing.example"),
    ("Chen Hao 陈浩", "WeChat: chenhao-buyer"),
    ("Wang Fang 王芳", "wangfang@lianxing.example"),
    ("Liu Yang 刘洋", "liuyang@lianxing.example"),
    ("Sun Li 孙丽", "WeChat: sunli-design"),
    ("Zhou Jie 周杰", "service@lianxing.example"),
]

# Lifecycle shapes over 12 months (oldest first), chosen per product.
SHAPES = {
    "intro": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 0.9],
    "growth": [0.1, 0.15, 0.2, 0.3, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 1.0],
    "mature": [1.0, 0.95, 1.05, 1.0, 0.98, 1.02, 1.0, 0.97, 1.03, 1.0, 0.99, 1.01],
    "decline": [1.0, 0.95, 0.9, 0.85, 0.75, 0.7, 0.6, 0.55, 0.45, 0.4, 0.35, 0.3],
}
# Mild Q4 peak for everything the demo sells (index = calendar month - 1).
SEASONALITY = [0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 1.05, 1.0, 1.0, 1.1, 1.3, 1.45]


@dataclass
class _ProductSpec:
    """One demo product before its SKUs are written."""

    prefix: str
    index: int
    axis: str  # the variant attribute: colour or size
    cost: float  # CNY, for the first variant
    price: float  # USD
    weight_g: float
    hazards: list[str]
    shape: str  # lifecycle shape of its sales

    def sku_code(self, value: str) -> str:
        return f"{self.prefix}{self.index:03d}-{value[:3].upper()}"


def write_demo(path: str | Path, progress: Progress | None = None) -> Workspace:
    """The demo written under a temporary name beside ``path``, moved into place once whole,
    then opened: a write stopped halfway (the app closed meanwhile, a cancel, a full disk)
    never leaves a half-written demo to be opened at the next start."""
    path = Path(path)
    part = path.with_name(path.name + ".writing")
    _remove_file(part)  # left by a write that was stopped
    try:
        build_demo(part, None, progress).close()
    except BaseException:
        _remove_file(part)
        raise
    os.replace(part, path)
    return open_workspace(path)


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_demo(
    path: str | Path, anchor: date | None = None, progress: Progress | None = None
) -> Workspace:
    """Write the demo workspace to a new file at ``path`` and return it opened."""
    progress = progress or Progress()
    anchor = (anchor or date.today()).replace(day=1)
    rng = random.Random(SEED)
    path = Path(path)
    workspace = open_workspace(path, create=True)
    with workspace.transaction() as session:
        if session.get(Market, 1) is not None:
            raise FileExistsError(path)
        session.merge(Setting(key="base_currency", value="CNY"))
        session.merge(Setting(key="seller_name", value="Shenzhen Lianxing Trading Co."))
        for currency, rate in RATES_TO_CNY.items():
            session.add(ExchangeRate(currency=currency, to_base=rate))
        markets = [Market(code=c, name=n, currency=cur) for c, n, cur in MARKETS]
        platforms = [Platform(code=c, name=n) for c, n in PLATFORMS]
        session.add_all([*markets, *platforms])
        session.flush()
        _add_team(session)

        months = months_before(anchor, 12)
        sales: list[SalesTraffic] = []
        total = sum(len(entry[2]) for entry in CATALOG)
        done = 0
        for (
            cat_name,
            prefix,
            names,
            axis,
            values,
            cost_rng,
            price_rng,
            weight_rng,
            hazards,
        ) in CATALOG:
            category = Category(name=cat_name)
            session.add(category)
            session.flush()
            for index, name in enumerate(names, start=1):
                done += 1
                progress.report(done, total, name)
                shape = _pick_shape(rng)
                product = Product(
                    spu_code=f"{prefix}{index:03d}",
                    name=name,
                    category_id=category.id,
                    brand=rng.choice(["Lumora", "Nestique", "Voltix", "Pawvana"]),
                    created_on=months[9]
                    if shape == "intro"
                    else months[0] - timedelta(days=rng.randint(30, 400)),
                )
                session.add(product)
                session.flush()
                variant_values = rng.sample(values, k=rng.choice([2, 3, 3]))
                price = _price_point(rng.uniform(*price_rng))
                # Factory cost is 15–45 % of the selling price (in CNY), as for most
                # Chinese-sourced goods, within the category's usual range.
                cost = price * RATES_TO_CNY["USD"] * rng.uniform(0.15, 0.45)
                spec = _ProductSpec(
                    prefix=prefix,
                    index=index,
                    axis=axis,
                    cost=round(min(max(cost, cost_rng[0]), cost_rng[1] * 3), 1),
                    price=price,
                    weight_g=round(rng.uniform(*weight_rng), -1),
                    hazards=hazards.get(name, []),
                    shape=shape,
                )
                for v_index, value in enumerate(variant_values):
                    sku = _make_sku(session, rng, product, spec, value, v_index)
                    hero = prefix == "TC" and index == 1 and v_index == 0
                    _sell(session, rng, sku, markets, platforms, months, shape, hero, sales)
        # The demo's sales history comes in as facts, like a seller's monthly sales reports.
        apply_facts(session, "sales", sales, ApplyOptions(file_name=DEMO_SALES_SOURCE))
        build_demo_goals(session, anchor)  # step 3: priorities, roles and goals
        add_demo_candidates(session, anchor)
        build_demo_matrix(session, anchor)  # step 5: roles, placements, sign-offs
    return workspace


def _add_team(session) -> None:
    proposal = team.proposed_team(include_optional=True)
    for member, (name, contact) in zip(proposal, TEAM, strict=True):
        member.name, member.contact = name, contact
    proposal[5].capacity_hours = 20  # design is part-time
    team.apply_proposal(session, proposal)


def _pick_shape(rng: random.Random) -> str:
    return rng.choices(["intro", "growth", "mature", "decline"], weights=[2, 3, 5, 2])[0]


def _price_point(raw: float) -> float:
    return max(4.99, round(raw) - 0.01)


def _make_sku(session, rng, product: Product, spec: _ProductSpec, value: str, v_index: int) -> Sku:
    sku = Sku(
        product_id=saved_id(product),
        sku_code=spec.sku_code(value),
        variant=json.dumps({spec.axis: value}, ensure_ascii=False),
        cost=round(spec.cost * (1 + 0.08 * v_index), 2),
        cost_currency="CNY",
        price=spec.price + (2.0 if spec.axis == "size" and value == "L" else 0.0),
        price_currency="USD",
        weight_g=spec.weight_g,
        length_cm=round(rng.uniform(8, 45), 0),
        width_cm=round(rng.uniform(5, 30), 0),
        height_cm=round(rng.uniform(2, 20), 0),
        # A few barcodes are missing, as in a real catalog.
        barcode="" if rng.random() < 0.12 else f"69{rng.randint(10**10, 10**11 - 1)}",
        launched_on=product.created_on,
    )
    for flag in spec.hazards:
        setattr(sku, flag, True)
    session.add(sku)
    session.flush()
    return sku


def _sell(session, rng, sku, markets, platforms, months, shape, hero, sales) -> None:
    base_units = rng.uniform(15, 120) * (6 if hero else 1)
    if shape == "decline":
        base_units *= 1.4
    # Amazon US is the main channel; TikTok Shop tests in the US; AliExpress clears in DE/JP.
    offers = [("amazon", "US", 1.0)]
    if rng.random() < 0.6:
        offers.append(("amazon", "DE", 0.35))
    if rng.random() < 0.35:
        offers.append(("amazon", "JP", 0.25))
    if rng.random() < 0.5:
        offers.append(("shopify", "US", 0.3))
    if rng.random() < 0.45:
        offers.append(("tiktok", "US", 0.4))
    if rng.random() < 0.3:
        offers.append(("aliexpress", rng.choice(["DE", "JP"]), 0.2))
    market_by_code = {m.code: m for m in markets}
    platform_by_code = {p.code: p for p in platforms}
    sold_total = 0
    for platform_code, market_code, weight in offers:
        market = market_by_code[market_code]
        platform = platform_by_code[platform_code]
        local_price = round(
            sku.price * MARKET_PRICE[market_code], 0 if market.currency == "JPY" else 2
        )
        status = "ended" if shape == "decline" and platform_code == "aliexpress" else "active"
        session.add(
            Listing(
                sku_id=sku.id,
                platform_id=platform.id,
                market_id=market.id,
                status=status,
                price=local_price,
                currency=market.currency,
                platform_sku=f"{platform_code[:2].upper()}-{sku.sku_code}",
            )
        )
        for month, factor in zip(months, SHAPES[shape], strict=True):
            if factor == 0:
                continue
            units = int(
                base_units
                * weight
                * factor
                * SEASONALITY[month.month - 1]
                * rng.uniform(0.85, 1.15)
            )
            if units <= 0:
                continue
            sold_total += units
            return_rate = 0.03 + (0.05 if sku.has_battery else 0) + rng.uniform(0, 0.04)
            revenue = round(units * local_price * rng.uniform(0.9, 1.0), 2)
            sales.append(
                SalesTraffic(
                    sku=sku.sku_code,
                    platform=platform_code,
                    market=market_code,
                    units=units,
                    revenue=Decimal(repr(revenue)),
                    returned_units=int(units * return_rate),
                    period_from=month,
                    period_to=(month + timedelta(days=32)).replace(day=1) - timedelta(days=1),
                    currency=market.currency,
                )
            )
    # Stock on hand: about two months of cover, more for declining products (aged stock).
    months_of_cover = {"intro": 3, "growth": 1.5, "mature": 2, "decline": 6}[shape]
    on_hand = int(sold_total / 12 * months_of_cover) + rng.randint(0, 40)
    sku.stock_qty = on_hand
    session.add(sku)
    remaining = on_hand
    today = months[-1] + timedelta(days=40)
    while remaining > 0:
        qty = min(remaining, max(20, int(on_hand * rng.uniform(0.25, 0.6))))
        max_age = 330 if shape == "decline" else 120
        session.add(
            StockLot(
                sku_id=sku.id, qty=qty, received_on=today - timedelta(days=rng.randint(5, max_age))
            )
        )
        remaining -= qty
