"""Matrix warnings: the pitfalls of the seeds (常见误区), each naming the cells behind it.

Only listings that are not ended count. Thresholds are in the fit rules' "warnings" section.

- no_traffic: a platform-market column with ``no_traffic_min_listings`` or more listings and
  none of them in the Traffic role (nothing brings shoppers to the others).
- platform_concentration: of at least ``concentration_min_listings`` listings, one platform
  holds ``concentration_share`` or more (everything on one platform).
- hero_concentration: at least ``concentration_min_listings`` listings and exactly one SKU
  is a hero anywhere (no backup if it fails: 过度依赖单一爆款).
- blind_listing: a SKU listed in ``blind_listing_min_cells`` or more cells, none of which
  has a product role (盲目铺货: the same SKU everywhere without focus).
- clearance_without_candidates: step 3 gives a column the Clearance role but none of its
  listings is a clearance candidate (declining, slow mover, aged stock).
- compliance_unresolved: per market, the listings whose product still misses a certification
  the pre-check asks for there (not signed off).
- role_contradiction: a role its numbers contradict: Profit or Hero with a negative margin,
  Potential on a declining SKU.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.goals.roles import PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.matrix.compliance import requirement_names
from core.matrix.grid import Cell, Column, Matrix, MatrixRow
from core.matrix.suggest import SkuFacts
from core.models import ListingStatus
from core.selection.compliance import Requirement

CTX = "Matrix"
CellKey = tuple[int, int, int]  # (sku id, platform id, market id)

WARNING_KINDS: dict[str, str] = {
    "no_traffic": QT_TRANSLATE_NOOP("Matrix", "No traffic driver"),
    "platform_concentration": QT_TRANSLATE_NOOP("Matrix", "Everything on one platform"),
    "hero_concentration": QT_TRANSLATE_NOOP("Matrix", "Only one hero"),
    "blind_listing": QT_TRANSLATE_NOOP("Matrix", "Listed everywhere without a role"),
    "clearance_without_candidates": QT_TRANSLATE_NOOP(
        "Matrix", "Clearance platform with nothing to clear"
    ),
    "compliance_unresolved": QT_TRANSLATE_NOOP("Matrix", "Compliance not signed off"),
    "role_contradiction": QT_TRANSLATE_NOOP("Matrix", "Role contradicts its numbers"),
}


@dataclass(frozen=True)
class MatrixWarning:
    kind: str  # a key of WARNING_KINDS
    message: Message
    cells: tuple[CellKey, ...] = field(default_factory=tuple)

    @property
    def title(self) -> Message:
        return Message(CTX, WARNING_KINDS[self.kind])


def _counts(cell: Cell) -> bool:
    return cell.listed and cell.status != ListingStatus.ENDED


def matrix_warnings(
    matrix: Matrix, facts: dict[int, SkuFacts] | None = None, rules: dict[str, Any] | None = None
) -> list[MatrixWarning]:
    """Every warning of the matrix, in the order of the module docstring."""
    facts = facts or {}
    rules = rules if rules is not None else (matrix.context.rules if matrix.context else {})
    limits = rules.get("warnings", {})
    live = [(row, column, cell) for row, column, cell in matrix.listed_cells() if _counts(cell)]
    result: list[MatrixWarning] = []
    result += _no_traffic(matrix, live, int(limits.get("no_traffic_min_listings", 3)))
    result += _concentration(
        live,
        float(limits.get("concentration_share", 0.8)),
        int(limits.get("concentration_min_listings", 5)),
    )
    result += _blind_listing(live, int(limits.get("blind_listing_min_cells", 3)))
    result += _clearance(matrix, live, facts)
    result += _compliance(matrix, live)
    result += _contradictions(live, facts)
    return result


Live = list[tuple[MatrixRow, Column, Cell]]


def _by_column(live: Live) -> dict[tuple[int, int], list[tuple[MatrixRow, Column, Cell]]]:
    groups: dict[tuple[int, int], list[tuple[MatrixRow, Column, Cell]]] = defaultdict(list)
    for item in live:
        groups[item[1].key].append(item)
    return groups


def _no_traffic(matrix: Matrix, live: Live, minimum: int) -> list[MatrixWarning]:
    result = []
    groups = _by_column(live)
    for column in matrix.columns:
        items = groups.get(column.key, [])
        if len(items) < max(minimum, 1) or any(c.product_role == "traffic" for _, _, c in items):
            continue
        result.append(
            MatrixWarning(
                "no_traffic",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{platform} {market}: {count} listings and none in the Traffic role "
                        "to bring shoppers to the others.",
                    ),
                    {
                        "platform": column.platform_name,
                        "market": column.market_code,
                        "count": len(items),
                    },
                ),
                tuple(c.key for _, _, c in items),
            )
        )
    return result


def _concentration(live: Live, share: float, minimum: int) -> list[MatrixWarning]:
    if len(live) < max(minimum, 1):
        return []
    result = []
    platforms: dict[int, list[tuple[MatrixRow, Column, Cell]]] = defaultdict(list)
    for item in live:
        platforms[item[1].platform_id].append(item)
    top = max(platforms.values(), key=len)
    if len(top) / len(live) >= share:
        result.append(
            MatrixWarning(
                "platform_concentration",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{count} of {total} listings ({share} %) are on {platform}: if it "
                        "changes its rules or fees, the whole matrix feels it.",
                    ),
                    {
                        "count": len(top),
                        "total": len(live),
                        "share": f"{len(top) / len(live) * 100:.0f}",
                        "platform": top[0][1].platform_name,
                    },
                ),
                tuple(c.key for _, _, c in top),
            )
        )
    heroes = [item for item in live if item[2].product_role == "hero"]
    if len({row.sku_id for row, _, _ in heroes}) == 1:
        result.append(
            MatrixWarning(
                "hero_concentration",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{sku} is the only hero: if it falters there is no other to take over. "
                        "Build a second one from the potential or profit SKUs.",
                    ),
                    {"sku": heroes[0][0].sku_code},
                ),
                tuple(c.key for _, _, c in heroes),
            )
        )
    return result


def _blind_listing(live: Live, minimum: int) -> list[MatrixWarning]:
    by_sku: dict[int, list[tuple[MatrixRow, Column, Cell]]] = defaultdict(list)
    for item in live:
        by_sku[item[0].sku_id].append(item)
    result = []
    for items in by_sku.values():
        if len(items) < max(minimum, 2) or any(c.product_role for _, _, c in items):
            continue
        result.append(
            MatrixWarning(
                "blind_listing",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{sku} is listed in {count} places without a role in any of them: "
                        "decide where it leads and where it only fills a gap.",
                    ),
                    {"sku": items[0][0].sku_code, "count": len(items)},
                ),
                tuple(c.key for _, _, c in items),
            )
        )
    return result


def _clearance(matrix: Matrix, live: Live, facts: dict[int, SkuFacts]) -> list[MatrixWarning]:
    groups = _by_column(live)
    result = []
    for column in matrix.columns:
        if column.planned_role != "clearance":
            continue
        items = groups.get(column.key, [])
        if any(
            facts.get(row.sku_id) is not None and facts[row.sku_id].clearance_candidate
            for row, _, _ in items
        ):
            continue
        waiting = sum(1 for f in facts.values() if f.clearance_candidate)
        result.append(
            MatrixWarning(
                "clearance_without_candidates",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{platform} {market} is for clearance, but none of its {count} listings "
                        "is declining, slow-moving or aged stock ({waiting} such SKUs in the "
                        "catalog).",
                    ),
                    {
                        "platform": column.platform_name,
                        "market": column.market_code,
                        "count": len(items),
                        "waiting": waiting,
                    },
                ),
                tuple(c.key for _, _, c in items),
            )
        )
    return result


def _compliance(matrix: Matrix, live: Live) -> list[MatrixWarning]:
    by_market: dict[str, list[CellKey]] = defaultdict(list)
    missing: dict[str, dict[str, Requirement]] = defaultdict(dict)  # market → id → it, in order
    products: dict[str, set[int]] = defaultdict(set)
    for row, column, cell in live:
        still_open = matrix.open_compliance(row.product_id, column.market_code)
        if not still_open:
            continue
        by_market[column.market_code].append(cell.key)
        products[column.market_code].add(row.product_id)
        for requirement in still_open:
            missing[column.market_code][requirement.id] = requirement
    result = []
    for market, cells in by_market.items():
        result.append(
            MatrixWarning(
                "compliance_unresolved",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Matrix",
                        "{count} listings of {products} products in {market} still miss "
                        "certifications the pre-check asks for ({missing}): sign them off or "
                        "hold the listings.",
                    ),
                    {
                        "count": len(cells),
                        "products": len(products[market]),
                        "market": market,
                        "missing": requirement_names(list(missing[market].values())),
                    },
                ),
                tuple(cells),
            )
        )
    return result


def _contradictions(live: Live, facts: dict[int, SkuFacts]) -> list[MatrixWarning]:
    groups: dict[tuple[int, str], list[tuple[MatrixRow, Column, Cell]]] = defaultdict(list)
    for item in live:
        role = item[2].product_role
        if role:
            groups[(item[0].sku_id, role)].append(item)
    result = []
    for (sku_id, role), items in groups.items():
        fact = facts.get(sku_id)
        if fact is None:
            continue
        params = {
            "sku": items[0][0].sku_code,
            "role": Message("Goals", PRODUCT_ROLES[role]) if role in PRODUCT_ROLES else role,
        }
        if role in ("profit", "hero") and fact.margin is not None and fact.margin < 0:
            text = QT_TRANSLATE_NOOP(
                "Matrix", "{sku} has the role {role} but loses money: its margin is {margin} %."
            )
            params["margin"] = f"{fact.margin * 100:.1f}"
        elif role == "potential" and fact.lifecycle == "decline":
            text = QT_TRANSLATE_NOOP(
                "Matrix", "{sku} has the role {role} but its sales are declining."
            )
        else:
            continue
        result.append(
            MatrixWarning(
                "role_contradiction",
                Message(CTX, text, params),
                tuple(c.key for _, _, c in items),
            )
        )
    return result
