"""``new WS [--base-currency CUR] [--name NAME]``: an empty workspace from the command line."""

from __future__ import annotations

import sqlite3

from core import migrations
from core.cli import main
from core.currency import base_currency
from core.workspace import open_workspace


def run(capsys, argv):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def settings(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM setting").fetchall())
    finally:
        conn.close()


def test_new_writes_an_empty_workspace_with_the_default_base(tmp_path, capsys):
    path = tmp_path / "shop.matrixdesk"
    code, out, err = run(capsys, ["new", str(path)])
    assert (code, err) == (0, "")
    assert str(path) in out and "CNY" in out
    ws = open_workspace(path)
    try:
        assert set(ws.counts().values()) == {0}
        assert ws.schema_version == migrations.SCHEMA_VERSION
        with ws.session() as session:
            assert base_currency(session) == "CNY"
    finally:
        ws.close()
    assert "seller_name" not in settings(path)


def test_new_stores_base_currency_and_name(tmp_path, capsys):
    path = tmp_path / "maple.matrixdesk"
    code, out, _ = run(capsys, ["new", str(path), "--base-currency", "cad", "--name", "Maple"])
    assert code == 0 and "CAD" in out
    stored = settings(path)
    assert stored["base_currency"] == "CAD" and stored["seller_name"] == "Maple"
    code, out, _ = run(capsys, ["info", str(path), "--json"])
    assert code == 0 and '"skus": 0' in out


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "shop.matrixdesk"
    path.write_bytes(b"not mine to replace")
    code, out, err = run(capsys, ["new", str(path)])
    assert code == 1 and out == ""
    assert err.startswith("error: ") and str(path) in err and "already exists" in err
    assert path.read_bytes() == b"not mine to replace"


def test_new_refuses_a_bad_base_currency(tmp_path, capsys):
    path = tmp_path / "shop.matrixdesk"
    code, _, err = run(capsys, ["new", str(path), "--base-currency", "dollars"])
    assert code == 1 and err.startswith("error: ") and "dollars" in err
    assert not path.exists()


def test_new_refuses_a_server_address_and_makes_no_folders(tmp_path, capsys, monkeypatch):
    """``new postgresql://user:pw@host/db`` made folders named after the address, the
    password in their names; a team database is made with ``team init``."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, ["new", "postgresql://ann:secret@127.0.0.1:5432/shop"])
    assert code == 1 and out == ""
    assert "team init" in err and "secret" not in err
    assert list(tmp_path.iterdir()) == []
