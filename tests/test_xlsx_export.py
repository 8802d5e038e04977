from openpyxl import load_workbook

from core.xlsx_export import MONEY, Sheet, write_workbook


def test_formula_like_text_stays_text_and_formats_apply(tmp_path):
    out = write_workbook(
        tmp_path / "t.xlsx",
        [
            Sheet(
                "Data: 1/2",
                ["Name", "Price"],
                [['=HYPERLINK("http://x")', 12.5], ["+1-555", 3], ["@SUM(A1)", None], ["-", 1]],
                {1: MONEY},
            ),
        ],
    )
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert sheet.title == "Data_ 1_2"
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert sheet["A3"].data_type == "s"
    assert sheet["A4"].data_type == "s"
    assert sheet["B2"].number_format == MONEY
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert not (tmp_path / "t.xlsx.part").exists()
