"""``goals WS [--json]``: the contract scripts rely on, and the demo's goals; WS is a file or
a team database's ``postgresql://`` address."""

from __future__ import annotations

import json
from datetime import date

from core.cli import main
from core.goals import plan
from core.goals.plan import GoalDraft
from core.goals.progress import goal_progress
from core.goals.roles import GoalStatus
from core.models import (
    ExchangeRate,
    Listing,
    Market,
    Platform,
    Product,
    SalesRecord,
    Setting,
    Sku,
    TeamMember,
)
from core.step_status import step_states
from core.steps import StepState
from tests.test_cli_i18n import zh  # noqa: F401 - the Chinese translator fixture

BOTH_ENGINES = True


def _workspace(workspace):
    with workspace.transaction() as s:
        s.merge(Setting(key="base_currency", value="CNY"))
        s.add(ExchangeRate(currency="USD", to_base=7.2))
        s.add(Market(id=1, code="US", name="United States", currency="USD"))
        s.add(Platform(id=1, code="amazon", name="Amazon"))
        s.add(TeamMember(id=1, name="Zhao Min", role="operations"))
        s.add(Product(id=1, spu_code="P1", name="Lamp"))
        s.flush()
        for i in (1, 2):
            s.add(Sku(id=i, product_id=1, sku_code=f"S{i}", cost=36.0))
            s.flush()
            s.add(
                Listing(
                    sku_id=i, platform_id=1, market_id=1, status="active", product_role="traffic"
                )
            )
        s.add(
            SalesRecord(
                sku_id=1,
                platform_id=1,
                market_id=1,
                month=date(2026, 1, 1),
                units=10,
                revenue=100.0,
                currency="USD",
            )
        )
        period = {"starts_on": date(2026, 1, 1), "deadline": date(2026, 3, 31), "owner_id": 1}
        plan.add_goal(
            s,
            GoalDraft(
                measure="sku_count",
                target="5",
                platform_id=1,
                market_id=1,
                product_role="traffic",
                **period,
            ),
        )
        plan.add_goal(s, GoalDraft(measure="revenue", target="3000", **period))
        plan.add_goal(
            s,
            GoalDraft(
                measure="margin",
                target="40",
                name="Keep the margin",
                starts_on=date(2026, 1, 1),
                deadline=date(2026, 3, 31),
            ),
        )
    path = workspace.location
    workspace.close()
    return path


def test_goals_json(workspace, capsys):
    path = _workspace(workspace)
    assert main(["goals", path, "--json", "--today", "2026-02-10"]) == 0
    data = json.loads(capsys.readouterr().out)
    sku, revenue, margin = data["goals"]
    assert set(sku) >= {
        "name",
        "measure",
        "target",
        "actual",
        "progress",
        "status",
        "deadline",
        "owner",
    }
    assert sku == sku | {
        "name": "Amazon US: Traffic SKUs",
        "measure": "sku_count",
        "target": 5,
        "actual": 2,
        "progress": 0.4,
        "deadline": "2026-03-31",
        "owner": "Zhao Min",
        # 41 of 90 days gone: pace 0.4 / 0.4556 = 0.88
        "status": "at_risk",
    }
    # 720 CNY in January (31 days of 90): run-rate 2,090.32; 3,000 → pace 0.70.
    assert revenue == revenue | {
        "name": "All platforms and markets: revenue",
        "target": 3000,
        "actual": 720.0,
        "progress": 0.24,
        "status": "off_track",
        "run_rate": 2090.32,
        "currency": "CNY",
    }
    # (720 − 10 × 36) ÷ 720 = 50 % against 40 %; nobody owns it.
    assert margin == margin | {
        "name": "Keep the margin",
        "measure": "margin",
        "target": 0.4,
        "actual": 0.5,
        "progress": 1.0,
        "status": "on_track",
        "owner": None,
    }


def test_goals_human_output_in_english_and_chinese(workspace, capsys, zh):  # noqa: F811
    path = _workspace(workspace)
    assert main(["--lang", "en", "goals", path, "--today", "2026-02-10"]) == 0
    out = capsys.readouterr().out
    assert "Amazon US: Traffic SKUs" in out and "2 of 5" in out and "At risk" in out
    assert "run-rate 2,090 CNY for the period" in out
    assert main(["--lang", "zh_CN", "goals", path, "--today", "2026-02-10"], translate=zh) == 0
    out = capsys.readouterr().out
    assert "Amazon US：引流款 SKU 数" in out and "2 / 5" in out and "有风险" in out
    assert "全部平台和市场：销售额" in out and "截止 2026-03-31" in out


def test_goals_on_an_empty_workspace(workspace, capsys):
    path = workspace.location
    workspace.close()
    assert main(["goals", path]) == 0
    assert "No goals yet" in capsys.readouterr().out
    assert main(["goals", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"goals": []}


def test_demo_has_goals_some_on_track_some_not(demo):
    with demo.session() as s:
        items = goal_progress(s, date(2026, 11, 10))
        assert plan.goals_state(s) == StepState.DONE
        assert [m.code for m in plan.target_markets(s)] == ["US", "DE", "JP"]
        assert plan.platform_priority(s)[0].code == "amazon"
    statuses = {item.status for item in items}
    assert statuses == {
        GoalStatus.ON_TRACK,
        GoalStatus.AT_RISK,
        GoalStatus.OFF_TRACK,
        GoalStatus.DONE,
    }
    traffic = next(i for i in items if i.title.render() == "Amazon US: Traffic SKUs")
    assert (traffic.actual, traffic.target) == (3, 5)
    assert all(item.owner for item in items)
    assert step_states(demo)["goals"] == StepState.DONE


def test_export_goals_to_excel(workspace, tmp_path, capsys):
    from openpyxl import load_workbook

    path = _workspace(workspace)
    out = tmp_path / "goals.xlsx"
    assert main(["--lang", "en", "export", "goals", path, str(out)]) == 0
    assert "Goals written to" in capsys.readouterr().out
    book = load_workbook(out)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:6] == ("Goal", "Measure", "Target", "Actual", "Progress (%)", "Status")
    assert rows[1][:3] == ("Amazon US: Traffic SKUs", "SKU count", 5)
    assert rows[3][:4] == ("Keep the margin", "Gross margin", 0.4, 0.5)
