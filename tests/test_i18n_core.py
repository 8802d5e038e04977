"""Core messages render in the reader's language, parameters that are messages included."""

from core.i18n import Message
from core.importing.validate import location

ZH = {
    ("Import", "Sheet “{sheet}”"): "工作表“{sheet}”",
    ("Import", "{where}, row {row}: bad"): "{where}，第 {row} 行：有误",
}


def zh(context: str, text: str) -> str:
    return ZH.get((context, text), text)


def test_a_cell_in_a_workbook_is_named_by_its_sheet_in_both_languages():
    message = Message("Import", "{where}, row {row}: bad",
                      {"where": location("货品.xlsx", "商品"), "row": 3})  # fmt: skip
    assert message.render() == "Sheet “商品”, row 3: bad"
    assert message.render(zh) == "工作表“商品”，第 3 行：有误"


def test_a_cell_in_a_csv_file_is_named_by_the_file():
    message = Message("Import", "{where}, row {row}: bad",
                      {"where": location("goods.csv", ""), "row": 2})  # fmt: skip
    assert message.render(zh) == "“goods.csv”，第 2 行：有误"
