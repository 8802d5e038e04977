"""The compliance pre-check gives the lists a compliance person would write for three products.

The expected lists are written by hand from what each rule is for, not read from the app.
"""

from __future__ import annotations

from core.selection.compliance import attributes_of, requirements, summarise
from core.selection.reference import load_reference


def by_market(found):
    return {(r.id, m) for r in found for m in r.markets}


def test_bluetooth_speaker_with_battery_for_germany_and_the_us():
    found = requirements("3C Electronics", ["wireless", "battery"], ["DE", "US"])
    assert by_market(found) == {
        # Germany: radio product → RED (covers EMC and safety), substances, e-waste and
        # battery take-back, packaging, an EU responsible person, lithium transport.
        ("ce_red", "DE"),
        ("rohs", "DE"),
        ("weee", "DE"),
        ("eu_battery", "DE"),
        ("de_lucid", "DE"),
        ("gpsr", "DE"),
        ("un38_3", "DE"),
        # US: a transmitter needs an FCC ID; lithium battery safety and transport; Prop 65.
        ("fcc_id", "US"),
        ("battery_safety_us", "US"),
        ("un38_3", "US"),
        ("prop65", "US"),
    }
    # No separate EMC/LVD under RED, no SDoC beside an FCC ID, nothing Japanese or British.
    ids = {r.id for r in found}
    assert not ids & {"ce_emc", "ce_lvd", "fcc_sdoc", "pse", "ukca"}


def test_silicone_baby_spoon_for_the_us_and_the_uk():
    found = requirements("Baby feeding", ["food_contact", "children"], ["US", "GB"])
    assert by_market(found) == {
        ("fda_food_contact", "US"),
        ("cpc", "US"),
        ("prop65", "US"),
        ("eu_food_contact", "UK"),  # retained Regulation 1935/2004
        ("en14372", "UK"),  # children's feeding utensils
        ("uk_product_safety", "UK"),
    }


def test_desk_lamp_for_japan():
    found = requirements("Lighting", ["mains_powered"], ["JP"])
    assert by_market(found) == {("pse", "JP")}
    # The category alone says a lamp is mains-powered.
    assert by_market(requirements("Desk lamp", [], ["JP"])) == {("pse", "JP")}


def test_a_plain_product_in_the_eu_still_needs_the_basics():
    found = requirements("Home", [], ["FR", "DE"])
    assert by_market(found) == {
        ("gpsr", "FR"),
        ("gpsr", "DE"),
        ("fr_uin", "FR"),
        ("de_lucid", "DE"),
    }


def test_attributes_imply_each_other():
    assert attributes_of("", ["wireless"]) == {"wireless", "electrical"}
    assert attributes_of("Kids toys", []) >= {"toy", "children"}


def test_summary_counts_each_market_once_per_requirement():
    found = requirements("Lighting", ["mains_powered"], ["DE", "FR"])
    weee = next(r for r in found if r.id == "weee")
    assert weee.markets == ("DE", "FR")
    summary = summarise(found)
    assert summary.longest_lead_weeks == max(r.lead_weeks[1] for r in found)
    assert summary.cost_high == sum(r.cost[1] * len(r.markets) for r in found)


def test_every_rule_has_lead_time_cost_source_and_date():
    for rule in load_reference("compliance.json")["rules"]:
        assert rule["source"] and rule["verify_by"] >= "2026-12", rule["id"]
        assert rule["lead_weeks"][0] <= rule["lead_weeks"][1]
        assert 0 < rule["cost"][0] <= rule["cost"][1]
        assert rule["name_zh"] and rule["what_zh"]
