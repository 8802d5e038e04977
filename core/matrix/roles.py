"""How roles look in the matrix, shared by the grid, its legend and the Excel export: one
colour (hex RGB, light enough for black text) and one short mark per role. The role names
themselves are core.goals.roles PRODUCT_ROLES / PLATFORM_ROLES (translated in context
"Goals")."""

from __future__ import annotations

from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES

# 主推 hero, 引流 traffic, 利润 profit, 形象 image, 潜力 potential, 防御 defensive.
PRODUCT_ROLE_COLOURS: dict[str, str] = {
    "hero": "F4B183",  # warm orange: the product everything else supports
    "traffic": "9DC3E6",  # blue: brings shoppers in
    "profit": "A9D18E",  # green: earns the margin
    "image": "D5A6E6",  # purple: shows the brand
    "potential": "FFE699",  # yellow: still proving itself
    "defensive": "C9C9C9",  # grey: holds a price point against competitors
}
UNASSIGNED_COLOUR = "FFFFFF"
# A short mark beside the colour, so roles read in grey-scale prints and for colour-blind eyes.
PRODUCT_ROLE_MARKS: dict[str, str] = {
    "hero": "★",
    "traffic": "➜",
    "profit": "¥",
    "image": "◆",
    "potential": "↑",
    "defensive": "■",
}
PLATFORM_ROLE_MARKS: dict[str, str] = {"main": "M", "test": "T", "clearance": "C"}

assert set(PRODUCT_ROLE_COLOURS) == set(PRODUCT_ROLES) == set(PRODUCT_ROLE_MARKS)
assert set(PLATFORM_ROLE_MARKS) == set(PLATFORM_ROLES)
