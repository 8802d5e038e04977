"""The fact store in a team database, as its people use it: an editor imports orders from the
command line (rows sent with COPY, under the server's import lock), a viewer reads the KPI
(over a range inside a month: a temporary table of its own, no write grant needed) and is
refused when they try to import."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

from core.cli import main
from tests.test_team_setup import team  # noqa: F401 - the fixture: team init, editor, viewer

SKUS = ("HM001-BLA", "HM001-GRE")
LINES = [
    ["订单号", "下单时间", "SKU", "数量", "单价", "币种"],
    ["T1", "2031-03-02", SKUS[0], "2", "59.90", "CNY"],
    ["T2", "2031-03-05", SKUS[1], "1", "61.15", "CNY"],
    ["T2", "2031-03-05", SKUS[0], "3", "59.90", "CNY"],
    ["T3", "2031-03-19", SKUS[1], "4", "0.05", "CNY"],
    ["T4", "2031-04-01", SKUS[1], "1", "70.00", "CNY"],
]


def _file(tmp_path):
    path = tmp_path / "订单.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(LINES)
    return path


def test_an_editor_imports_and_a_viewer_reads_the_kpi(team, tmp_path, capsys):  # noqa: F811
    address, _people = team
    path = _file(tmp_path)
    assert main(["import", "orders", address("editor"), str(path), "--apply"]) == 0, (
        capsys.readouterr().err
    )
    assert "5 facts written" in capsys.readouterr().out
    first, last = date(2031, 3, 3), date(2031, 3, 31)  # starts inside March: edge days
    picked = [r for r in LINES[1:] if first <= date.fromisoformat(r[1]) <= last]
    units = sum(int(r[3]) for r in picked)
    revenue = sum(Decimal(r[4]) * int(r[3]) for r in picked)  # the file's line prices
    code = main(["kpi", address("viewer"), "--json", "--from", str(first), "--to", str(last)])
    assert code == 0, capsys.readouterr().err
    total = json.loads(capsys.readouterr().out)["total"]
    assert (total["units"], total["orders"]) == (units, len({r[0] for r in picked}))
    assert Decimal(str(total["revenue"])) == revenue  # base CNY: no conversion


def test_a_viewers_import_is_refused_and_writes_nothing(team, tmp_path, capsys):  # noqa: F811
    address, _people = team
    path = _file(tmp_path)
    assert main(["import", "orders", address("viewer"), str(path), "--apply"]) == 1
    assert "viewer" in capsys.readouterr().err
    assert main(["kpi", address("viewer"), "--json", "--from", "2031-01-01"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["units"] == 0
