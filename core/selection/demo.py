"""The demo workspace's candidate pool: eight products researched for the next season, with
pain points from competitors' reviews, seasonality, and a few decisions already taken."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlmodel import Session, select

from core.models import TeamMember, saved_id
from core.selection.decision import decide
from core.selection.pool import add_candidate, add_pain_point

SOURCE_FILE = "JungleScout_product_database_2026-10.csv"

# name, category, attributes, markets, currency, price, cost CNY, freight CNY, weight g, moq,
# lead days, monthly units, reviews, rating, bsr, sellers, seasonality (Jan..Dec) or None,
# pain points [(tag, mentions)], ip risk
CANDIDATES = [
    ("Bluetooth Shower Speaker", "3C配件 3C accessories", ["wireless", "battery"], ["US", "DE"],
     "USD", "29.99", "48", "6", 380, 500, 25, 2400, 1800, 4.3, 850, 14,
     [70, 68, 75, 80, 90, 100, 105, 98, 85, 80, 110, 140],
     [("battery life", 42), ("suction cup falls off", 31), ("pairing drops", 12)], "low"),
    ("Silicone Baby Spoon Set", "母婴 Baby", ["food_contact", "children"], ["US", "UK"],
     "USD", "12.99", "9", "2", 90, 1000, 20, 3200, 5200, 4.6, 410, 35,
     [95, 92, 98, 100, 100, 102, 101, 99, 100, 103, 105, 106],
     [("spoon too soft", 18), ("stains", 9)], "medium"),
    ("LED Desk Lamp with USB Charging", "家居 Home", ["mains_powered"], ["JP"],
     "JPY", "3980", "55", "12", 900, 300, 35, 900, 650, 4.1, 2300, 22,
     [120, 110, 130, 125, 95, 85, 80, 85, 100, 105, 110, 115],
     [("flicker", 22), ("wobbly arm", 15), ("too dim", 8)], "low"),
    ("Self-Cleaning Cat Brush", "宠物 Pet", [], ["US", "DE"],
     "USD", "15.99", "11", "3", 150, 500, 15, 5200, 12000, 4.5, 95, 60,
     [90, 88, 95, 110, 120, 115, 105, 100, 95, 92, 95, 100],
     [("bristles too sharp", 30)], "high"),
    ("Collapsible Silicone Dog Bowl", "宠物 Pet", ["food_contact"], ["US"],
     "USD", "9.99", "6", "1.5", 120, 300, 12, 1500, 900, 4.4, 1200, 18,
     [80, 80, 90, 105, 120, 130, 130, 120, 100, 85, 75, 70],
     [("smell", 10), ("folds while eating", 7)], "low"),
    ("Magnetic Cable Organizer", "3C配件 3C accessories", [], ["US", "DE"],
     "USD", "12.99", "8", None, 60, None, None, 800, 300, 4.2, 5400, 9,
     None, [], ""),
    ("Heated Pet Bed Mat", "宠物 Pet", ["mains_powered"], ["US", "DE"],
     "USD", "39.99", "75", "25", 1400, 300, 40, 1100, 2100, 4.0, 1900, 16,
     [180, 150, 100, 60, 30, 20, 20, 25, 60, 110, 170, 200],
     [("cable chewed", 14), ("uneven heat", 11)], "low"),
    ("Bamboo Bath Caddy", "家居 Home", [], ["US", "DE"],
     "USD", "34.99", "62", "30", 2300, 200, 30, 600, 450, 4.4, 3100, 11,
     [100, 95, 100, 100, 100, 95, 95, 100, 100, 105, 115, 120],
     [("mould", 19), ("too short", 8)], "low"),
]  # fmt: skip

# (candidate index, decision, reason, member index in the team, days before the anchor)
DECISIONS = [
    (0, "approve", "Strong demand, 3 fixable pain points, margin above 20 % after ads.", 0, 20),
    (4, "approve", "Cheap to test on Amazon US; suppliers ready in two weeks.", 1, 12),
    (1, "park", "Children's certification for the US and UK first; revisit in Q1.", 0, 15),
    (3, "reject", "12,000 reviews at the top and a design patent risk.", 0, 30),
    (7, "park", "Over 2 kg: wait for the sea-freight quote.", 0, 8),
]


def add_demo_candidates(session: Session, anchor: date) -> None:
    members = list(session.exec(select(TeamMember).order_by(TeamMember.id)).all())  # type: ignore[arg-type]
    imported_on = (anchor - timedelta(days=35)).isoformat()
    ids: list[int] = []
    for (
        name, category, attributes, markets, currency, price, cost, freight, weight, moq,
        lead, units, reviews, rating, bsr, sellers, curve, pains, ip_risk,
    ) in CANDIDATES:  # fmt: skip
        candidate = add_candidate(
            session,
            name,
            category=category,
            attributes=attributes,
            markets=markets,
            platform="amazon",
            currency=currency,
            price=price,
            cost=cost,
            cost_currency="CNY",
            freight=freight,
            freight_currency="CNY",
            weight_g=weight,
            moq=moq,
            lead_days=lead,
            monthly_units=units,
            monthly_revenue=str(round(units * float(price), 2)),
            reviews=reviews,
            rating=rating,
            bsr=bsr,
            sellers=sellers,
            seasonality=curve or [],
            ip_risk=ip_risk,
        )
        research = ("monthly_units", "monthly_revenue", "reviews", "rating", "bsr", "sellers")
        candidate.sources = json.dumps(
            {f: {"file": SOURCE_FILE, "date": imported_on} for f in research}
        )
        candidate.created_on = anchor - timedelta(days=40)
        session.add(candidate)
        for tag, mentions in pains:
            add_pain_point(
                session,
                saved_id(candidate),
                tag,
                mentions=mentions,
                source="Amazon reviews (1–3 stars)",
            )
        ids.append(saved_id(candidate))
    for index, decision, reason, member, days in DECISIONS:
        decide(session, ids[index], decision, reason, members[member].id, anchor - timedelta(days))
