"""Step 2 keeps what it shows while nothing was written (the workspace revision is the same)
and shows a write, by this app or another one, on the next reload. Both engines (on the
shared test server other databases' writes move the revision, so only the second half is
checked there)."""

from __future__ import annotations

from sqlmodel import select

from core.models import Sku
from core.workspace import open_workspace

BOTH_ENGINES = True


def _wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page._job is None and page.data is not None, timeout=60000)


def _stock(page, code: str):
    review = page.data["review"]
    return next(s.stock_qty for s in review.skus if s.sku_code == code)


def test_reload_keeps_the_review_until_a_write(qtbot, inventory_page, demo):
    page = inventory_page
    page.set_workspace(demo)
    _wait(qtbot, page)
    shown = page.data
    page.reload()
    _wait(qtbot, page)
    if not demo.is_server:  # a shared server's WAL moves with other databases' writes too
        assert page.data is shown  # nothing written: not reviewed again

    other = open_workspace(demo.location if demo.is_server else demo.path)  # another app
    try:
        with other.session() as session:
            sku = session.exec(select(Sku).order_by(Sku.sku_code)).first()
            code = sku.sku_code
            sku.stock_qty = 4321
            session.add(sku)
            session.commit()
    finally:
        other.close()
    page.reload()
    _wait(qtbot, page)
    assert page.data is not shown
    assert _stock(page, code) == 4321

    shown = page.data
    page.as_of = page.as_of.replace(year=page.as_of.year - 1)  # another year: reviewed again
    page.reload()
    _wait(qtbot, page)
    assert page.data is not shown
