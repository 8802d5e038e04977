"""A catalog row's margin: the realised one from the review's sales, else the list-price one
(``derive``, SKU by SKU, after an edit), and the list-price margins of a whole catalog without
a review at once (``list_margins``, the first rows of 100,000 SKUs). No Qt here."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.catalog import SkuValues
from core.inventory.per_sku import ratios
from core.inventory.review import realised_margin
from core.inventory.sku_rows import base_amounts
from core.money import Converter, ratio
from core.money import convert as convert_money

if TYPE_CHECKING:
    from ui.models.catalog_rows import ProductRow, SkuRow


class Conversions:
    """Amounts in the base currency, each distinct one converted once: a catalog repeats its
    prices (100,000 SKUs: 200,000 conversions, 42,000 distinct)."""

    def __init__(self, base: str, rates: dict[str, float]) -> None:
        self.base, self.rates = base, rates
        self.amounts: dict[tuple[Any, str], Decimal | None] = {}

    def money(self, amount: Any, code: str) -> Decimal | None:
        key = (amount, code)
        if key in self.amounts:
            return self.amounts[key]
        value = self.amounts[key] = convert_money(amount, code, self.base, self.rates)
        return value


def derive(
    product: ProductRow,
    sku: SkuRow,
    base: str,
    rates: dict[str, float],
    conversions: Conversions | None = None,
) -> None:
    """A SKU row's margin from its raw values and the review's sales; ``conversions``:
    shared by the rows of one load."""
    raw, review = sku.raw, sku.review
    convert = (conversions or Conversions(base, rates)).money
    # by attribute: ``core.catalog.SkuValues`` (read like a dict elsewhere, slower)
    cost_amount, cost_code = raw.cost, raw.cost_currency
    price_amount, price_code = raw.price, raw.price_currency
    # The review converted the same values already (an edit since: converted here again).
    if review is not None and (review.cost, review.cost_currency) == (cost_amount, cost_code):
        cost = review.cost_base
    else:
        cost = convert(cost_amount, cost_code)
    if review is not None and (review.price, review.price_currency) == (price_amount, price_code):
        price = review.price_base
    else:
        price = convert(price_amount, price_code)
    # The edited cost, the review's sales: a changed cost shows in the margin at once.
    if review is not None and cost is review.cost_base and price is review.price_base:
        # Unedited since the review: its margins are of these very amounts.
        realised = review.realised_margin
        listed = review.list_margin
        if realised is None and listed is None and cost is not None and price:
            listed = ratio(price - cost, price)  # a price ≤ 0 has no list margin there
    else:
        realised = (
            realised_margin(review.revenue_12m, review.units_with_revenue, cost) if review else None
        )
        listed = ratio(price - cost, price) if cost is not None and price else None
    sku.margin_realised = realised is not None
    sku.margin = realised if realised is not None else listed


def list_margins(raws: list[SkuValues], base: str, rates: dict[str, float]) -> list[float | None]:
    """What ``derive`` gives SKUs without a review, column-wise: (price − cost) ÷ price with both
    converted to ``base`` and rounded to its minor unit; None without either or with a zero
    price. The review's exact columns (``base_amounts``: the conversion and rounding of
    ``money.convert``; ``ratios``: ``float(Decimal ÷ Decimal)``, as ``money.ratio``)."""
    converter = Converter(base, rates)
    cost, cost_known, _ = base_amounts(
        [r.cost for r in raws], [r.cost_currency for r in raws], converter
    )
    price, price_known, _ = base_amounts(
        [r.price for r in raws], [r.price_currency for r in raws], converter
    )
    return ratios(price - cost, price, cost_known & price_known & (price != 0))
