"""The fast paths of ``matrix --all --json`` and ``export matrix`` give exactly what the plain
code gave: the demo with every cell listed (varied roles, statuses and listing prices) is
turned into the export's sheets and the JSON text both ways, in English and Chinese.

The references here are the former code, kept simple: one ``cell_text`` per cell with every
message rendered, the fit explanation rendered line by line, ``json.dumps`` with indent, the
per-character ``safe_text`` and ``_display_width``, ``state_of`` on the ORM listing.
"""

from __future__ import annotations

import json
import random

import pytest
from sqlmodel import select

from core import json_text, xlsx_export
from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.i18n import Message, identity
from core.matrix.cells import set_cell, state_of
from core.matrix.cli import matrix_json
from core.matrix.export import matrix_sheets
from core.matrix.grid import STATUS_LABELS, CellState, load_matrix
from core.matrix.roles import PRODUCT_ROLE_MARKS
from core.matrix.suggest import sku_facts
from core.matrix.warnings import matrix_warnings
from core.models import Listing
from tests.conftest import DEMO_ANCHOR
from tests.test_cli_i18n import zh  # noqa: F401 - the Chinese translator fixture


def _reference_cell_text(matrix, cell, translate) -> str:
    if not cell.listed:
        return ""
    parts = []
    if cell.product_role in PRODUCT_ROLES:
        role = Message("Goals", PRODUCT_ROLES[cell.product_role]).render(translate)
        parts.append(f"{PRODUCT_ROLE_MARKS[cell.product_role]} {role}")
    else:
        parts.append(Message("Matrix", "No role").render(translate))
    if cell.platform_role in PLATFORM_ROLES:
        parts.append(Message("Goals", PLATFORM_ROLES[cell.platform_role]).render(translate))
    if cell.status in STATUS_LABELS:
        parts.append(Message("Matrix", STATUS_LABELS[cell.status]).render(translate))
    score = matrix.fit(cell).score  # the per-cell scorer, with its explanation
    parts.append(Message("Matrix", "fit {score}", {"score": score}).render(translate))
    return " · ".join(parts)


@pytest.fixture
def every_cell_listed(demo):
    """The demo with every SKU listed in every column, in varied states."""
    rng = random.Random(5)
    with demo.session() as session:
        matrix = load_matrix(session)
    roles = [None, *PRODUCT_ROLES]
    with demo.transaction() as session:
        for row in matrix.rows:
            for cell in row.cells:
                if cell.listed and rng.random() < 0.5:
                    continue  # the demo's own listings, half of them
                price = rng.choice([None, None, 9.99, 24.5, 180.0, 1200.0])
                state = CellState(
                    status=rng.choice(list(STATUS_LABELS)),
                    product_role=rng.choice(roles),
                    platform_role=rng.choice([None, *PLATFORM_ROLES]),
                    price=price,
                    currency=rng.choice(["USD", "EUR", "JPY"]) if price else None,
                )
                set_cell(session, row.sku_id, cell.platform_id, cell.market_id, state)
    return demo


def _loaded(workspace):
    with workspace.session() as session:
        matrix = load_matrix(session)
        facts = sku_facts(session, DEMO_ANCHOR)
    return matrix, matrix_warnings(matrix, facts)


def test_cell_states_are_the_listings(every_cell_listed):
    matrix, _ = _loaded(every_cell_listed)
    with every_cell_listed.session() as session:
        listings = {
            (x.sku_id, x.platform_id, x.market_id): x for x in session.exec(select(Listing))
        }
        listed = [cell for row in matrix.rows for cell in row.cells if cell.listed]
        assert len(listed) == sum(len(row.cells) for row in matrix.rows)
        for cell in listed:
            listing = listings[cell.key]
            assert (cell.listing_id, cell.state) == (listing.id, state_of(listing))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_export_sheets_are_what_the_plain_code_wrote(every_cell_listed, zh, language):  # noqa: F811
    translate = zh if language == "zh_CN" else identity
    matrix, warnings = _loaded(every_cell_listed)
    grid, _legend, _warnings, fit_sheet = matrix_sheets(matrix, warnings, translate)
    grid_rows = list(grid.rows)
    for row, values in zip(matrix.rows, grid_rows, strict=True):
        expected = [_reference_cell_text(matrix, cell, translate) or None for cell in row.cells]
        assert values[5:] == expected
    expected_fit = [
        [
            row.sku_code,
            column.title,
            matrix.fit(cell).score,
            "\n".join(line.render(translate) for line in matrix.fit(cell).explain()),
        ]
        for row, column, cell in matrix.listed_cells()
    ]
    assert list(fit_sheet.rows) == expected_fit
    lines = {line for row in expected_fit for line in row[3].split("\n")}
    assert len(lines) > 50 and len(expected_fit) > 400  # varied enough to mean something


def test_matrix_json_text_is_json_dumps(every_cell_listed):
    matrix, warnings = _loaded(every_cell_listed)
    data = matrix_json(matrix, warnings, every_cell=True)
    assert json_text.dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)


def test_json_text_on_varied_values():
    rng = random.Random(3)
    leaves = [None, True, False, 0, -7, 2**70, 1.5, 1e-7, float("nan"), float("inf"),
              -float("inf"), "", "plain", 'q"uo\\te', "é★\n\t\x01\x7f\u2028", "\ud800"]  # fmt: skip

    def value(depth=0):
        pick = rng.random()
        if depth < 3 and pick < 0.2:
            keys = ["a", "b", "ключ", "", 'k"']
            return {rng.choice(keys): value(depth + 1) for _ in range(rng.randint(0, 4))}
        if depth < 3 and pick < 0.4:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return rng.choice(leaves)

    for _ in range(2000):
        data = value()
        for indent in (2, 4):
            assert json_text.dumps(data, indent) == json.dumps(
                data, indent=indent, ensure_ascii=False
            )
    odd_keys = [{1: "a", None: [1, {2.5: True}], False: {}}, (1, "x")]
    assert json_text.dumps(odd_keys) == json.dumps(odd_keys, indent=2, ensure_ascii=False)


def _reference_safe_text(text: str) -> str:
    text = "".join(xlsx_export._visible(ch) for ch in text)
    if len(text) > xlsx_export.EXCEL_MAX_CELL_TEXT:
        text = text[: xlsx_export.EXCEL_MAX_CELL_TEXT - 1] + "…"
    return text


def _reference_width(value) -> float:
    text = str(value)
    if text.isascii():
        return len(text) + 2
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2


def test_safe_text_and_widths_as_per_character():
    rng = random.Random(8)
    alphabet = [chr(c) for c in range(0x00, 0x30)] + [
        "a", "é", "★", "·", "\u2e80", "\u2e81", "中", "\ud800", "\udfff", "\ufffd", "\ufffe",
        "\uffff", "\U0001f600", "\u2028",
    ]  # fmt: skip
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts.append("x" * 40_000 + "\x1b")
    for text in texts:
        assert xlsx_export.safe_text(text) == _reference_safe_text(text)
        assert xlsx_export._display_width(text) == _reference_width(text)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
