"""``matrix WS [--json]``, ``export matrix WS OUT.xlsx`` and the demo's matrix, checked against
the workspace read independently with plain SQL and the workbook read back with openpyxl; WS
is a file or a team database's ``postgresql://`` address."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from core.cli import main
from core.matrix.cells import place, set_cell
from core.matrix.grid import CellState
from core.matrix.roles import PRODUCT_ROLE_COLOURS
from tests.conftest import DEMO_ANCHOR
from tests.matrix_shop import build_shop
from tests.test_cli_i18n import zh  # noqa: F401 - the Chinese translator fixture

AS_OF = ["--as-of", DEMO_ANCHOR.isoformat()]
BOTH_ENGINES = True


@pytest.fixture
def shop_path(workspace):
    build_shop(workspace)
    with workspace.transaction() as s:
        place(s, 1, 1, 1, product_role="hero", platform_role="main")
        place(s, 1, 2, 1, product_role=None)
        set_cell(s, 2, 1, 2, CellState(status="active", product_role="traffic"))
    path = workspace.location
    workspace.close()
    return path


def test_matrix_json_contract(shop_path, capsys):
    assert main(["matrix", shop_path, "--json", *AS_OF]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"cells", "warnings"}
    cells = {(c["sku"], c["platform"], c["market"]): c for c in data["cells"]}
    assert set(cells) == {("S1", "amazon", "US"), ("S1", "tiktok", "US"), ("S2", "amazon", "DE")}
    assert cells[("S1", "amazon", "US")] == {
        "sku": "S1",
        "platform": "amazon",
        "market": "US",
        "product_role": "hero",
        "platform_role": "main",
        # 50 + 15 (30 USD in 20–500) + 5 (home) + 5 (76.9 % − 15 % fees ≥ 35 %) − 5 (Prop 65)
        "fit_score": 70,
        "status": "planned",
    }
    assert cells[("S2", "amazon", "DE")]["status"] == "active"
    # Three listings: too few for the concentration and traffic warnings; S2 (battery) in DE
    # and S1 in the US miss certifications (rows in grid order: S2 first).
    assert [(w["kind"], w["cells"]) for w in data["warnings"]] == [
        ("compliance_unresolved", [{"sku": "S2", "platform": "amazon", "market": "DE"}]),
        (
            "compliance_unresolved",
            [
                {"sku": "S1", "platform": "amazon", "market": "US"},
                {"sku": "S1", "platform": "tiktok", "market": "US"},
            ],
        ),
    ]
    assert data["warnings"][1]["message"].startswith("2 listings of 1 products in US")
    assert main(["matrix", shop_path, "--json", "--all", *AS_OF]) == 0
    every = json.loads(capsys.readouterr().out)["cells"]
    assert len(every) == 3 * 8  # 3 SKUs × 4 platforms × 2 markets
    assert sum(1 for c in every if c["status"] is None) == 21


def test_matrix_text_in_both_languages(shop_path, capsys, zh):  # noqa: F811
    assert main(["matrix", shop_path, *AS_OF]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["SKU", "AliExpress", "DE"]
    s1 = next(line for line in lines if line.startswith("S1 "))
    assert "★M 70" in s1 and "?- " in s1  # hero on Amazon US, no role on TikTok Shop US
    assert "! Compliance not signed off:" in out
    assert main(["--lang", "zh_CN", "matrix", shop_path, *AS_OF], translate=zh) == 0
    chinese = capsys.readouterr().out
    assert "★ 主推" in chinese and "! 合规未确认: " in chinese


def test_export_matrix_colours_legend_and_rows(shop_path, tmp_path, capsys):
    out = tmp_path / "matrix.xlsx"
    assert main(["export", "matrix", shop_path, str(out), *AS_OF]) == 0
    assert "Matrix written to" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["Matrix", "Legend", "Warnings", "Fit"]
    grid = book["Matrix"]
    headers = [c.value for c in grid[1]]
    assert headers[:5] == ["SKU", "SPU", "Product", "Category", "Variant"]
    assert len(headers) == 5 + 8
    assert [r[0].value for r in grid.iter_rows(min_row=2)] == ["S2", "S1", "S3"]  # one per SKU
    col = headers.index("Amazon US")
    cell = grid.cell(row=3, column=col + 1)  # S1
    assert cell.value == "★ Hero · Main · Planned · fit 70"
    assert cell.fill.fgColor.rgb.endswith(PRODUCT_ROLE_COLOURS["hero"])
    empty = grid.cell(row=4, column=col + 1)  # S3 is not listed there
    assert empty.value is None and empty.fill.fill_type is None
    legend = book["Legend"]
    marks = [r[0].value for r in legend.iter_rows(min_row=2)]
    assert marks[:6] == ["★ Hero", "➜ Traffic", "¥ Profit", "◆ Image", "↑ Potential", "■ Defensive"]
    assert legend.cell(row=2, column=1).fill.fgColor.rgb.endswith(PRODUCT_ROLE_COLOURS["hero"])
    fit_rows = list(book["Fit"].iter_rows(min_row=2, values_only=True))
    assert ("S1", "Amazon US", 70) in [r[:3] for r in fit_rows]


def test_demo_has_a_filled_matrix_with_warnings_to_act_on(demo, capsys):
    assert main(["matrix", demo.location, "--json", *AS_OF]) == 0
    data = json.loads(capsys.readouterr().out)
    with demo.engine.connect() as db:
        listings = db.execute(text("SELECT count(*) FROM listing")).scalar()
        with_role = db.execute(
            text(
                "SELECT count(*) FROM listing WHERE product_role IS NOT NULL AND status != 'ended'"
            )
        ).scalar()
        approved = {
            row[0]
            for row in db.execute(
                text(
                    "SELECT sku.sku_code FROM candidatedecision d JOIN sku ON sku.product_id = "
                    "d.product_id WHERE d.decision = 'approve' AND d.undone_at IS NULL"
                )
            )
        }
        archived = db.execute(text("SELECT count(*) FROM sku WHERE archived")).scalar()
    assert archived == 0 and len(data["cells"]) == listings
    assert sum(1 for c in data["cells"] if c["product_role"] and c["status"] != "ended") == (
        with_role
    )
    assert with_role > listings / 2  # filled, not a sketch
    placed = [c for c in data["cells"] if c["sku"] in approved]
    assert approved and {c["sku"] for c in placed} == approved
    assert all(c["status"] == "planned" and c["product_role"] == "potential" for c in placed)
    compliance = [w for w in data["warnings"] if w["kind"] == "compliance_unresolved"]
    assert compliance and all(c["sku"] in approved for w in compliance for c in w["cells"])
    assert "clearance_without_candidates" in {w["kind"] for w in data["warnings"]}


def test_demo_step_5_is_in_progress(demo):
    from core.step_status import step_states
    from core.steps import StepState

    # Step 3 left some Amazon US listings without a role (its goals count them as they are).
    assert step_states(demo)["platform_fit"] == StepState.IN_PROGRESS
