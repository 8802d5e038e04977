"""Column mapping: aliases, fuzzy matches, units, and saved profiles on a real SQLite file."""

from __future__ import annotations

from core.importing.fields import PRODUCT_FIELDS, field_by_key, normalise_header, unit_factor
from core.importing.mapping import (
    auto_map,
    delete_profile,
    find_profile_for,
    list_profiles,
    mapping_by_header,
    mapping_from_profile,
    save_profile,
)


def test_field_keys_are_the_agreed_ones():
    assert [f.key for f in PRODUCT_FIELDS] == [
        "sku_code", "spu_code", "product_name", "category", "variant", "option1_name",
        "option1_value", "option2_name", "option2_value", "option3_name", "option3_value", "cost",
        "cost_currency", "price", "list_price", "price_currency", "weight_g", "length_cm",
        "width_cm", "height_cm", "barcode", "stock_qty", "brand",
    ]  # fmt: skip
    assert [f.key for f in PRODUCT_FIELDS if f.required] == ["sku_code"]
    owners: dict[str, set[str]] = {}
    for field in PRODUCT_FIELDS:
        for alias in field.aliases:
            owners.setdefault(normalise_header(alias), set()).add(field.key)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}, "one field per alias"


def test_normalise_header():
    assert normalise_header("*商品SKU\n（必填）") == "商品sku"
    assert normalise_header(" Seller-SKU ") == "sellersku" == normalise_header("seller sku")
    assert normalise_header("采购成本(CNY)") == "采购成本"
    assert normalise_header("Ｗｅｉｇｈｔ（ｌｂｓ）") == "weight"  # full-width forms
    assert normalise_header("(必填)") == ""


def test_exact_alias_beats_containment_and_columns_are_used_once():
    headers = ["Compare At Price", "Variant Price", "Variant SKU", "SKU", "采购成本(CNY)"]
    m = auto_map(headers)
    assert m["price"] == 1 and m["sku_code"] == 3 and m["cost"] == 4  # "sku" ranks first
    assert len(set(m.values())) == len(m)


def test_fuzzy_containment_and_stop_words():
    m = auto_map(["商品SKU", "包装毛重", "Variant Weight Unit", "默认采购成本价"])
    assert m == {"sku_code": 0, "weight_g": 1, "cost": 3}


def test_chinese_erp_headers():
    headers = ["货号", "款号", "品名", "类目", "规格", "采购价", "币种", "售价", "重量(kg)",
               "长", "宽", "高", "条形码", "可用库存", "品牌"]  # fmt: skip
    m = auto_map(headers)
    assert {k: headers[c] for k, c in m.items()} == {
        "sku_code": "货号", "spu_code": "款号", "product_name": "品名", "category": "类目",
        "variant": "规格", "cost": "采购价", "price_currency": "币种", "price": "售价",
        "weight_g": "重量(kg)", "length_cm": "长", "width_cm": "宽", "height_cm": "高",
        "barcode": "条形码", "stock_qty": "可用库存", "brand": "品牌",
    }  # fmt: skip


def test_unit_factor():
    weight, length = field_by_key("weight_g"), field_by_key("length_cm")
    assert unit_factor(weight, "Weight (lbs)") == 453.59237
    assert unit_factor(weight, "重量(kg)") == 1000.0
    assert unit_factor(weight, "Variant Grams") == 1.0
    assert unit_factor(weight, "Weight oz") == 28.349523125
    assert unit_factor(weight, "重量") == 1.0
    assert unit_factor(length, "Length (in)") == 2.54
    assert unit_factor(length, "长度(mm)") == 0.1
    assert unit_factor(field_by_key("price"), "Price (USD)") == 1.0


def test_profile_saved_and_redetected(workspace):
    headers = ["编号", "名字", "进货", "备注栏"]
    auto = auto_map(headers)
    assert "sku_code" not in auto  # "编号" alone is not a known alias
    mapping = {"sku_code": 0, "product_name": 1, "cost": 2}
    with workspace.session() as session:
        save_profile(session, "1688 供应商表", "products", mapping_by_header(mapping, headers),
                     headers)  # fmt: skip
        assert [p.name for p in list_profiles(session, "products")] == ["1688 供应商表"]
        # next month: same supplier sheet, columns moved and one extra column
        later = ["备注栏", "进货", "名字", "编号", "日期"]
        profile = find_profile_for(session, "products", later)
        assert profile is not None and profile.name == "1688 供应商表"
        assert mapping_from_profile(profile, later) == {"sku_code": 3, "product_name": 2,
                                                        "cost": 1}  # fmt: skip
        assert find_profile_for(session, "products", ["SKU", "Title", "Price", "Qty"]) is None
        assert find_profile_for(session, "orders", later) is None
        # a mapped column is missing: the profile does not fit
        assert find_profile_for(session, "products", ["备注栏", "名字", "编号", "进货价"]) is None


def test_profile_overwrite_and_delete(workspace):
    with workspace.session() as session:
        save_profile(session, "A", "products", {"sku_code": "SKU"}, ["SKU", "Name"])
        save_profile(session, "A", "products", {"sku_code": "Code"}, ["Code", "Name"])
        profiles = list_profiles(session, "products")
        assert len(profiles) == 1 and find_profile_for(session, "products", ["Code", "Name"])
        assert delete_profile(session, "A") and not delete_profile(session, "A")
    with workspace.session() as session:
        assert list_profiles(session, "products") == []


def test_plan_flow_writes_only_on_finish(workspace, tmp_path):
    from sqlmodel import select

    from core.importing.plan import ImportPlan, finish_import, preview_plan
    from core.importing.readers import read_grid
    from core.jobs import Progress
    from core.models import ImportProfile, Sku

    path = tmp_path / "erp.csv"
    path.write_text("导出时间 2026-11-20\n货号,品名,进货\nA1,杯,3.5\nA2,碗,4\n", encoding="utf-8")
    plan = ImportPlan()
    plan.use_grid(read_grid(path))
    assert plan.detected_header_row == 2
    with workspace.session() as session:
        plan.ensure_mapping(session)
    assert plan.mapping == {"sku_code": 0, "product_name": 1}
    plan.set_column("cost", 2)
    assert plan.samples(2) == ["3.5", "4"] and plan.missing_required() == []
    # the file names no currency: the seller must choose one before the preview
    assert plan.currency == "" and plan.missing_currency()
    plan.set_currency("CNY")
    assert not plan.missing_currency()
    plan.save_as_profile = "ERP"
    plan.preview = preview_plan(workspace, plan, lambda c, t: t, Progress())
    assert len(plan.preview.new) == 2
    with workspace.session() as session:
        assert session.exec(select(Sku)).all() == []
    finish_import(workspace, plan, lambda c, t: t, Progress())
    with workspace.session() as session:
        assert sorted(s.cost for s in session.exec(select(Sku))) == [3.5, 4.0]
        assert {s.cost_currency for s in session.exec(select(Sku))} == {"CNY"}
        assert session.exec(select(ImportProfile)).one().name == "ERP"
        # the corrected mapping comes back for the same columns
        again = ImportPlan()
        again.use_grid(read_grid(path))
        again.ensure_mapping(session)
    assert again.profile_name == "ERP" and again.mapping["cost"] == 2


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
