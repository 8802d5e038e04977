"""The products and categories of an import (core/importing/apply.py writes the rest).

New categories first (the first spelling in SPU code order names one), then new products in
one executemany (COPY on PostgreSQL) and changed names, categories or brands in one
executemany per set of changed columns. A plain file's wishes are a polars frame
(core/importing/product_wishes.py): its new products are made from the columns, with a dict
only for the SPUs the catalog already has.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy import text as text_sql

from core.bulk import insert_rows
from core.importing.product_wishes import ProductWishes
from core.importing.products import Catalog, ImportPreview
from core.models import Category, Product, table_of


def write_categories(
    conn, catalog: Catalog, preview: ImportPreview, spus: list[str], wishes, record
) -> dict[str, int]:
    """Category ids by case-folded name, creating the categories the file names newly (the
    first spelling in SPU code order); ``wishes``: :func:`wishes_frame`'s."""
    ids = dict(catalog.category_ids)
    table = table_of(Category)
    if wishes is None:
        names: Any = (wish.get("category") for _spu, wish in _wishes_in_order(preview, spus))
    elif "category" in wishes.columns:
        names = wishes.get_column("category").drop_nulls().unique(maintain_order=True).to_list()
    else:
        names = ()
    for name in names:
        if not name or name.casefold() in ids:
            continue
        new_id = conn.execute(insert(table).values(name=name)).inserted_primary_key[0]
        ids[name.casefold()] = new_id
        record("category", new_id, "insert", None, {"name": name})
    return ids


def write_products(
    conn,
    catalog: Catalog,
    preview: ImportPreview,
    spus: list[str],
    wishes,
    category_ids: dict[str, int],
    record,
    batch_id: int,
) -> dict[str, int]:
    """Product ids by SPU code: new SPUs inserted (one executemany), changed name, category or
    brand updated (one executemany per set of changed columns). ``wishes``:
    :func:`wishes_frame`'s, whose new SPUs become rows without a dict apiece."""
    table = table_of(Product)
    ids = {spu: data["id"] for spu, data in catalog.products.items()}
    today = date.today()
    new: list[tuple[Any, ...]] = []  # PRODUCT_INSERT_COLUMNS without created_on
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    if wishes is None:
        pairs: Any = _wishes_in_order(preview, spus)
    else:
        known = wishes.get_column("spu_code").is_in(list(catalog.products))
        new = _new_products(wishes.filter(~known), category_ids)
        assert isinstance(preview.products, ProductWishes)
        pairs = preview.products.pairs(wishes.filter(known))
    for spu, wish in pairs:
        columns: dict[str, Any] = {}
        if "product_name" in wish:
            columns["name"] = wish["product_name"]
        if "category" in wish:
            columns["category_id"] = category_ids[wish["category"].casefold()]
        if "brand" in wish:
            columns["brand"] = wish["brand"]
        current = catalog.products.get(spu)
        if current is None:
            new.append((spu, columns.get("name", spu), columns.get("category_id"),
                        columns.get("brand", "")))  # fmt: skip
            continue
        changed = {k: v for k, v in columns.items() if current[k] != v}
        if changed:
            names = tuple(sorted(changed))
            updates.setdefault(names, []).append((*map(changed.get, names), current["id"]))
            record("product", current["id"], "update", {k: current[k] for k in changed}, changed)
    if new:
        _insert_products(conn, table, new, today, ids, record, batch_id)
    update_grouped(conn, table, updates)
    return ids


def _new_products(wishes, category_ids: dict[str, int]) -> list[tuple[Any, ...]]:
    """``(spu, name, category id, brand)`` of new SPUs from their wishes' columns, as the
    loop in :func:`write_products` makes them from a dict: a field not asked for is the SPU
    code (name), no category or no brand."""
    import polars as pl

    given = wishes.columns
    name = pl.col("spu_code")
    if "product_name" in given:
        name = pl.coalesce(pl.col("product_name"), name)
    category = pl.lit(None, dtype=pl.Int64)
    if "category" in given:
        spelled = wishes.get_column("category").drop_nulls().unique().to_list()
        if spelled:
            found = {name: category_ids[name.casefold()] for name in spelled}
            category = pl.col("category").replace_strict(found, default=None,
                                                         return_dtype=pl.Int64)  # fmt: skip
    brand = pl.coalesce(pl.col("brand"), pl.lit("")) if "brand" in given else pl.lit("")
    return wishes.select(
        pl.col("spu_code"), name.alias("name"), category.alias("category_id"), brand.alias("brand")
    ).rows()


def wishes_frame(preview: ImportPreview, spus: list[str]):
    """The product fields the file asks for, one row per SPU of ``spus`` in their order,
    when the preview keeps them as columns (a plain file); else None."""
    if isinstance(preview.products, ProductWishes):
        return preview.products.ordered(spus)
    return None


PRODUCT_INSERT_COLUMNS = ("spu_code", "name", "category_id", "brand", "created_on")


def _wishes_in_order(preview: ImportPreview, spus: list[str]):
    """``(spu, the product fields the file asks for)`` for ``spus`` (in code order) from the
    general path's dicts."""
    return ((spu, preview.products.get(spu, {})) for spu in spus)


def _insert_products(
    conn,
    table,
    new: list[tuple[Any, ...]],
    today: date,
    ids: dict[str, int],
    record,
    batch_id: int,
) -> None:
    """New products in one executemany (COPY on PostgreSQL); on SQLite the change log of the
    new rows is written by the database (one INSERT … SELECT, as
    core.importing.apply._log_inserted_skus does for SKUs)."""
    sqlite = conn.dialect.name == "sqlite"
    before = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    created = today.isoformat() if sqlite else today
    values = [(*item, created) for item in new]
    if sqlite:
        names = ", ".join(PRODUCT_INSERT_COLUMNS)
        marks = ", ".join("?" * len(PRODUCT_INSERT_COLUMNS))
        conn.exec_driver_sql(f"INSERT INTO product ({names}) VALUES ({marks})", values)
    else:
        insert_rows(conn, table, PRODUCT_INSERT_COLUMNS, values)
    codes = [item[0] for item in new]
    found = dict(
        conn.execute(select(table.c.spu_code, table.c.id).where(table.c.id > before)).all()
    )
    if len(found) != len(codes) or not all(code in found for code in codes):
        found = ids_by_code(conn, table, "spu_code", codes)
    for code in codes:
        ids[code] = found[code]
    if sqlite:
        conn.execute(
            text_sql(
                "INSERT INTO importchange (batch_id, table_name, row_id, action, before, after) "
                "SELECT :batch, 'product', id, 'insert', NULL, json_object('version', version) "
                "FROM product WHERE id > :before ORDER BY id"
            ),
            {"batch": batch_id, "before": before},
        )
        return
    for item in new:  # the column's default, as the COPY left it
        record("product", found[item[0]], "insert", None, {"version": 1})


def ids_by_code(conn, table, column: str, codes: list[str]) -> dict[str, int]:
    """Ids of the rows just inserted with ``codes``: one SELECT of the newest rows (new rows
    get the highest ids), else by code in chunks."""
    key = table.c[column]
    top = len(codes)
    found = dict(conn.execute(select(key, table.c.id).order_by(table.c.id.desc()).limit(top)).all())
    if all(code in found for code in codes):
        return found
    found = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        found.update(conn.execute(select(key, table.c.id).where(key.in_(chunk))).all())
    return found


def update_grouped(conn, table, groups: dict[tuple[str, ...], list[tuple[Any, ...]]]) -> None:
    """One executemany per set of columns, rows as ``(value, …, id)`` plain tuples (the
    driver's own executemany: SQLAlchemy's per-row parameter handling cost more)."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    for columns, params in groups.items():
        sets = ", ".join(f"{name} = {mark}" for name in columns)
        conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE id = {mark}", params)
