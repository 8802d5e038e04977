"""The step 4 page on a workspace, shown, with a competitor review file of one complaint
("Broke / stopped working", 2 low-star reviews): the setup of the page's review file tests."""

from __future__ import annotations

from pathlib import Path


def step4_page_and_review_file(qtbot, workspace, folder: Path):
    """(page, its selected candidate, the review file's path)."""
    from ui.pages.selection.page import SelectionPage

    path = folder / "competitor.csv"
    path.write_text(
        "stars,comment\n1,Arrived broken\n2,Stopped working in a day\n", encoding="utf-8"
    )
    page = SelectionPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.show()
    return page, page._current_row().candidate, path


def someone_writes_while_it_is_read(monkeypatch, write) -> None:
    """``write()`` (another person's change) runs while the page reads the review file."""
    from core.selection import reviews

    real_read = reviews.read_review_file

    def read_then_write(*args, **kwargs):
        summary = real_read(*args, **kwargs)
        write()
        return summary

    monkeypatch.setattr(reviews, "read_review_file", read_then_write)
