"""The demo workspace and the command line, as a script would use them."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from core.cli import main
from core.demo import build_demo
from core.step_status import step_states
from core.steps import StepState
from tests.conftest import DEMO_ANCHOR

BOTH_ENGINES = True


def test_demo_is_realistic(demo):
    counts = demo.counts()
    assert 90 <= counts["skus"] <= 120
    assert counts["platforms"] == 4 and counts["markets"] == 3
    assert counts["categories"] == 3
    assert counts["team_members"] >= 5
    assert counts["sales_records"] > 1000
    assert step_states(demo)["team"] == StepState.DONE


def test_demo_is_deterministic(tmp_path, demo_file):
    again = build_demo(tmp_path / "again.matrixdesk", anchor=DEMO_ANCHOR)
    import sqlite3

    def dump(path):
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT sku_code, cost, price, stock_qty FROM sku ORDER BY sku_code"
        ).fetchall()
        sales = conn.execute(
            "SELECT sum(units), round(sum(revenue), 2) FROM salesrecord"
        ).fetchone()
        conn.close()
        return rows, sales

    assert dump(again.path) == dump(demo_file)
    again.close()


def test_demo_sales_cover_twelve_months_before_the_anchor(demo):
    with demo.engine.connect() as conn:
        months = [
            r[0]
            for r in conn.exec_driver_sql("SELECT DISTINCT month FROM salesrecord ORDER BY month")
        ]
    # a DATE on a server, its ISO text in a file
    assert str(months[0]) == "2025-11-01" and str(months[-1]) == "2026-10-01"


def test_cli_demo_info_and_team_export(tmp_path, capsys):
    path = tmp_path / "shop.matrixdesk"
    assert main(["demo", str(path)]) == 0
    assert main(["demo", str(path)]) == 2  # refuses to overwrite without --force
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["team_members"] == 7
    assert info["schema_version"] >= 2
    out = tmp_path / "team.xlsx"
    assert main(["export", "team", str(path), str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Team", "RACI"]
    assert book["Team"]["A1"].value == "Name"
    assert book["Team"].max_row == 8
    assert book["RACI"].freeze_panes == "A2"


def test_cli_reports_bad_workspace_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.matrixdesk"
    bad.write_text("hello")
    assert main(["info", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "bad.matrixdesk" in err and "Traceback" not in err


def test_main_py_help_lists_the_subcommands(capsys):
    import main as entry

    with pytest.raises(SystemExit):
        entry.main(["--help"])
    out = capsys.readouterr().out
    for command in ("demo", "info", "export"):
        assert command in out
