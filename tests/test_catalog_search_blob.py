"""The filter's texts are one UTF-8 blob (ui.models.catalog_search): it must find exactly the
SKUs a plain substring search over each SKU's shown texts finds, on Chinese, English and odd
names, after edits too, and the model's rows keep no text of their own."""

from __future__ import annotations

import random

from core.catalog import NO_HAZARDS, SkuValues
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import CatalogModel
from ui.models.catalog_rows import PreparedRows, ProductRow, SkuRow, positions, shape_of
from ui.models.catalog_search import CatalogSearch, Criteria, SearchArrays

NAMES = [
    "宠物 自动喂食器",
    "Desk lamp",
    "ΣΟΦΊΑ Lamp",  # final sigma: lower() looks at the neighbours
    "İstanbul mug",  # one upper-case letter, two lower-case characters
    "Straße bottle",
    "😀 emoji mat",
    "家居 Home organiser",
    "bad \udcff surrogate",  # a lone surrogate, as an odd file can leave
    "Σ two\nlines",  # a sigma right after the SKU's part; a line break from a cell
]
CATEGORIES = ["家居 Home", "3C 配件", "Pet", ""]
VARIANTS = ["黑色 / L", "Black / M", "", "红 red", "ΛΟΓΟΣ"]  # the product's part follows


def _sku(product_id: int, code: str, label: str, archived: bool = False) -> SkuValues:
    return SkuValues(
        product_id, code, "{}", label, None, None, None, None, None, None, "CNY", "CNY", "",
        None, None, archived, NO_HAZARDS,
    )  # fmt: skip


def _rows(count: int = 60, seed: int = 3) -> list[ProductRow]:
    rng = random.Random(seed)
    rows = []
    sku_id = 1000
    for p in range(count):
        raw = {
            "spu_code": f"SPU-{p:03d}",
            "name": rng.choice(NAMES),
            "brand": "",
            "category": rng.choice(CATEGORIES),
            "archived": p % 11 == 0,
        }
        product = ProductRow(p + 1, raw, order=p)
        for s in range(rng.randint(0, 4)):  # some products have no SKU
            sku_id += 1
            code = f"{rng.choice(['AB', 'ab', 'Σσ', '喂'])}-{p}-{s}"
            values = _sku(p + 1, code, rng.choice(VARIANTS), archived=s == 2)
            product.skus.append(SkuRow(sku_id, values, None, order=s))
        rows.append(product)
    return rows


def _plain_text(product: ProductRow, sku: SkuRow) -> str:
    """Independently of the model: the shown code, variant, SPU, name and category."""
    raw = sku.raw
    fields = (raw.sku_code, raw.variant_label, product.raw["spu_code"], product.raw["name"])
    return " ".join((*fields, product.raw["category"])).lower()


def _plain(rows: list[ProductRow], criteria: Criteria) -> tuple[set[int], set[int]]:
    products, skus = set(), set()
    for product in rows:
        for sku in product.skus:
            if criteria.hide_archived and (product.raw["archived"] or sku.raw.archived):
                continue
            if criteria.sku_ids is not None and sku.sku_id not in criteria.sku_ids:
                continue
            if all(word in _plain_text(product, sku) for word in criteria.words):
                products.add(product.product_id)
                skus.add(sku.sku_id)
        if not product.skus and criteria.sku_ids is None:
            text = " ".join(
                product.raw[k] for k in ("spu_code", "name", "category", "brand")
            ).lower()
            archived = criteria.hide_archived and product.raw["archived"]
            if not archived and all(word in text for word in criteria.words):
                products.add(product.product_id)
    return products, skus


WORDS = [
    "宠物", "喂", "家居", "home", "lamp", "σοφία", "σοφια", "σ", "ς", "i̇stanbul", "istanbul",
    "straße", "strasse", "😀", "\udcff", "ab-1", "spu-00", "-1", "配件", "3c", "黑色", "l",
    "red", "zzz", "e", "1-2",
]  # fmt: skip


def test_the_blob_finds_what_a_plain_substring_search_finds():
    rows = _rows()
    search = CatalogSearch()
    search.use(SearchArrays.of(rows))
    rng = random.Random(5)
    checks = [Criteria(words=(w,)) for w in WORDS]
    checks += [Criteria(words=tuple(rng.sample(WORDS, 2))) for _ in range(40)]
    checks += [Criteria(words=(w,), hide_archived=True) for w in WORDS[:8]]
    some = frozenset(s.sku_id for p in rows for s in p.skus[:1])
    checks += [Criteria(words=(w,), sku_ids=some) for w in WORDS[:8]]
    for criteria in checks:
        assert search.shown(criteria) == _plain(rows, criteria), criteria
    assert any(search.shown(Criteria(words=(w,)))[1] for w in ("宠物", "σοφία", "\udcff"))


def test_each_sku_text_is_its_plain_text():
    rows = _rows()
    arrays = SearchArrays.of(rows)
    texts = [_plain_text(p, s) for p in rows for s in p.skus]
    assert [arrays.text(i) for i in range(len(arrays))] == texts
    # no text kept per row (100,000 of them were 18 MB)
    assert "search" not in SkuRow.__slots__ and "search" not in ProductRow.__slots__


def test_an_edit_patches_the_texts_and_the_filter_follows():
    rows = _rows()
    flat_ids = [s.sku_id for p in rows for s in p.skus]
    model = CatalogModel()
    prepared = PreparedRows(rows, flat_ids, shape_of(rows), search=SearchArrays.of(rows))
    prepared.positions = positions(rows, flat_ids)
    model.set_catalog(None, {}, {}, {"CNY": 1.0}, [], prepared, base="CNY")
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    proxy.set_text("宠物")
    target = next(p for p in rows if p.skus and "宠物" not in p.raw["name"])
    # an edit arrives as fresh values (as ``_store_fresh`` gets them from the workspace)
    model._store_fresh("product", target.product_id, {**target.raw, "name": "宠物 猫砂盆"})
    sku = next(p for p in rows if p.skus and p is not target).skus[0]
    fresh = SkuValues(*[*sku.raw.values()][:1], "宠物-NEW", *[*sku.raw.values()][2:])
    model._store_fresh("sku", sku.sku_id, fresh)
    arrays = model.search.arrays
    assert arrays is prepared.search  # patched in place, not made again from every row
    proxy.set_text("宠物")
    assert model.shown_sku_ids() == _plain(model.products, Criteria(words=("宠物",)))[1]
    assert {target.skus[0].sku_id, sku.sku_id} <= model.shown_sku_ids()
    texts = [_plain_text(p, s) for p in model.products for s in p.skus]
    assert [arrays.text(i) for i in range(len(arrays))] == texts
