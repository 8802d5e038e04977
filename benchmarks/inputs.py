"""The big inputs of the import and export benchmarks, generated once into the cache dir.

A product file of N rows × 20 columns, as an ERP exports it: 4 variants per SPU (colour ×
size), prices in the file's currency, some cells left empty (unknown stock, no barcode) and
one column no field reads. Deterministic: the same N always gives the same file.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

from benchmarks.results import cached

HEADERS = [
    "SKU",
    "SPU",
    "Product name",
    "Category",
    "Brand",
    "Cost",
    "Price",
    "Currency",
    "Stock",
    "Weight (g)",
    "Length (cm)",
    "Width (cm)",
    "Height (cm)",
    "Barcode",
    "List price",
    "Option1 name",
    "Option1 value",
    "Option2 name",
    "Option2 value",
    "Supplier note",
]
COLOURS = ["Black", "White", "Red", "Blue"]
SIZES = ["S", "M", "L", "XL"]
CATEGORIES = ["Home", "Kitchen", "Pet", "3C accessories", "Outdoor", "Toys", "Beauty"]


def product_rows(count: int, seed: int = 12, price_shift: float = 0.0) -> Iterator[list]:
    """``price_shift`` > 0 raises every tenth price by that much (the re-import scenario)."""
    rng = random.Random(seed)
    for i in range(count):
        spu = i // 4
        price = round(9.99 + rng.random() * 90, 2)
        if price_shift and i % 10 == 3:
            price = round(price + price_shift, 2)
        yield [
            f"BX{i:07d}",
            f"BXP{spu:06d}",
            f"Bench product {spu} " + "with a name as long as a listing title",
            CATEGORIES[spu % len(CATEGORIES)],
            f"Brand{spu % 50}",
            round(3 + rng.random() * 30, 2),
            price,
            "USD",
            "" if i % 17 == 0 else rng.randint(0, 900),
            rng.randint(50, 3000),
            rng.randint(5, 60),
            rng.randint(5, 40),
            rng.randint(1, 30),
            "" if i % 5 == 0 else f"69{i:011d}",
            round(price * 1.2, 2),
            "Colour",
            COLOURS[i % 4],
            "Size",
            SIZES[(i // 4) % 4],
            f"supplier {rng.randint(1, 300)}",
        ]


def write_xlsx(path: Path, count: int, price_shift: float = 0.0) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Products")
    sheet.write_row(0, 0, HEADERS)
    for r, row in enumerate(product_rows(count, price_shift=price_shift), start=1):
        sheet.write_row(r, 0, row)
    book.close()


def write_csv(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(product_rows(count))


def products_xlsx(count: int, price_shift: float = 0.0) -> Path:
    name = f"products-{count}" + (f"-shift{price_shift:g}" if price_shift else "") + ".xlsx"
    return cached(name, lambda path: write_xlsx(path, count, price_shift))


def products_csv(count: int) -> Path:
    return cached(f"products-{count}.csv", lambda path: write_csv(path, count))
