"""``import products|history|undo`` through core.cli.main, as a script would run it: on a
workspace file and on a team database (its ``postgresql://`` address)."""

from __future__ import annotations

import json

from core.cli import main
from tests.conftest import real_file

BOTH_ENGINES = True


def write_csv(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def info_counts(path, capsys):
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["counts"]


def test_preview_then_apply_then_history_and_undo(workspace, tmp_path, capsys):
    path = workspace.location
    workspace.close()
    csv = write_csv(
        tmp_path / "goods.csv",
        "SKU,Product name,Price,Cost\nA-1,Lamp,$12.99,30\nA-2,Lamp,abc,31\n"
        "A-1,Lamp,1,1\nB-1,Bowl,5,-2\nC-1,Cup,4,2\n",
    )
    assert main(["import", "products", path, str(csv)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: goods.csv: ") and "--currency" in err
    assert main(["import", "products", path, str(csv), "--currency", "usd"]) == 0
    out = capsys.readouterr().out
    assert "File:       goods.csv" in out and "Header row: 1" in out
    assert "SKU code" in out and "<- SKU" in out
    assert "4 new, 0 changed, 0 unchanged, 1 rejected, 0 skipped" in out
    assert "Currencies: prices USD 3; costs USD 3 — USD as you chose" in out
    assert "warning: “goods.csv”, row 3, column Price: 'abc' is not a number" in out
    assert "row 4, column SKU: SKU 'A-1' already appears in row 2" in out
    assert "warning: “goods.csv”, row 5, column Cost: '-2' is negative" in out
    assert "nothing was written" in out
    assert info_counts(path, capsys)["skus"] == 0

    assert main(["import", "products", path, str(csv), "--apply", "--currency", "USD"]) == 0
    assert "Applied as import #1: 4 new, 0 changed" in capsys.readouterr().out
    assert info_counts(path, capsys)["skus"] == 4

    assert main(["import", "history", path]) == 0
    out = capsys.readouterr().out
    assert "#1" in out and "goods.csv" in out and "4 new" in out and "applied" in out
    assert main(["import", "undo", path, "1"]) == 0
    assert "Import #1 undone." in capsys.readouterr().out
    assert info_counts(path, capsys)["skus"] == 0
    assert main(["import", "undo", path, "1"]) == 1
    assert "error:" in capsys.readouterr().err


def test_changed_rows_show_old_and_new_values(demo, tmp_path, capsys):
    from sqlmodel import select

    from core.models import Sku

    with demo.session() as session:
        sku = session.exec(select(Sku).order_by(Sku.id)).first()
    path = demo.location
    demo.close()
    csv = write_csv(tmp_path / "prices.csv", f"Seller SKU,Price\n{sku.sku_code},123.45\n")
    assert main(["import", "products", path, str(csv), "--currency", sku.price_currency]) == 0
    out = capsys.readouterr().out
    assert "0 new, 1 changed" in out
    assert f"{sku.sku_code}: price: {sku.price:g} -> 123.45" in out


def test_real_shopify_template_preview_and_apply(workspace, capsys):
    template = real_file("shopify-product-template", "product_template.csv")
    path = workspace.location
    workspace.close()
    assert main(["import", "products", path, str(template)]) == 0
    out = capsys.readouterr().out
    assert "16 new, 0 changed, 0 unchanged, 0 rejected, 1 skipped" in out
    assert "<- Variant SKU" in out and "<- Handle" in out
    assert main(["import", "products", path, str(template), "--apply"]) == 0
    assert "Applied as import #1: 16 new" in capsys.readouterr().out
    counts = info_counts(path, capsys)
    assert (counts["skus"], counts["products"], counts["imports"]) == (16, 3, 1)
    assert main(["import", "products", path, str(template)]) == 0
    assert "0 new, 0 changed, 16 unchanged" in capsys.readouterr().out


def test_saved_profile_is_used_by_name(workspace, tmp_path, capsys):
    from core.importing.mapping import save_profile

    headers = ["Code", "Money"]
    with workspace.session() as session:
        save_profile(session, "my erp", "products", {"sku_code": "Code", "price": "Money"}, headers)
    path = workspace.location
    workspace.close()
    csv = write_csv(tmp_path / "erp.csv", "Code,Money\nX-1,5\n")
    assert (
        main(["import", "products", path, str(csv), "--profile", "my erp", "--currency", "EUR"])
        == 0
    )
    out = capsys.readouterr().out
    assert "profile my erp" in out and "1 new" in out
    assert main(["import", "products", path, str(csv), "--profile", "nope"]) == 1
    assert "nope" in capsys.readouterr().err


def test_without_a_sku_column_the_headers_found_are_named(workspace, tmp_path, capsys):
    path = workspace.location
    workspace.close()
    csv = write_csv(tmp_path / "colours.csv", "Colour,Mood\nred,happy\n")
    assert main(["import", "products", path, str(csv)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "colours.csv" in err and "Colour, Mood" in err


def test_garbage_file_exits_1_with_a_one_line_error(workspace, tmp_path, capsys):
    path = workspace.location
    workspace.close()
    garbage = tmp_path / "broken.xlsx"
    garbage.write_bytes(b"PK\x03\x04 this is not really a workbook \x00\xff" * 20)
    assert main(["import", "products", path, str(garbage)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "broken.xlsx" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert main(["import", "products", path, str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().err
