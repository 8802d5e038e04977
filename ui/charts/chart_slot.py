"""Where a chart goes on a page, and pyqtgraph loaded on a thread at the start.

pyqtgraph costs 0.2–0.6 s to import. At the start, the last step's page is built and painted
without it: its charts stand as empty slots until a thread has imported it, then are made and
given their data (``defer`` before the page is built, ``load_in_background`` once it has
painted). Anywhere else (a page first opened later, the tests) a slot makes its chart at once,
pyqtgraph imported where it is needed, as before.

This module imports no pyqtgraph: a page imports it at the top.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

CHART_MODULES = ("pyqtgraph", "ui.charts.plot_base")
POLL_MS = 15
# Loaded anyway this long after ``defer`` when nobody asked (a window closed before its page
# painted): charts never wait for good.
FALLBACK_MS = 3000

_loaded: threading.Event | None = None  # None: no load deferred, charts are made at once
_loading = threading.Lock()


def defer() -> None:
    """Charts made from now on wait for ``load_in_background`` (unless pyqtgraph is in)."""
    global _loaded
    if _loaded is None and "ui.charts.plot_base" not in sys.modules:
        _loaded = threading.Event()
        QTimer.singleShot(FALLBACK_MS, load_in_background)


def load_in_background(then_also: Iterable[str] = ()) -> None:
    """Import pyqtgraph on a thread (the charts waiting for it are made once it is in), then
    ``then_also`` (what the page needs soon after, e.g. polars for its import dialogs)."""
    loaded = _loaded
    extra = tuple(then_also)
    if (loaded is None or loaded.is_set()) and not extra:
        return

    def load() -> None:
        try:
            with _loading:  # one thread imports; another one waits for it here
                if loaded is not None and not loaded.is_set():
                    for name in CHART_MODULES:
                        importlib.import_module(name)
        except BaseException:  # noqa: BLE001, S110 - met again where the chart is made
            pass
        finally:
            if loaded is not None:
                loaded.set()
        for name in extra:  # a failure here shows where the module is used
            try:
                importlib.import_module(name)
            except BaseException:  # noqa: BLE001, S110
                pass

    threading.Thread(target=load, name="matrixdesk-charts", daemon=True).start()


def charts_ready() -> bool:
    return _loaded is None or _loaded.is_set()


def when_ready(receiver: QObject, then: Callable[[], None]) -> None:
    """``then()`` at once when a chart may be made now, else on the UI thread once pyqtgraph
    is in (never when ``receiver`` is gone by then)."""
    if charts_ready():
        then()
        return
    timer = QTimer(receiver, interval=POLL_MS)

    def check() -> None:
        if charts_ready():
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(check)
    timer.start()


def reset() -> None:
    """Back to charts made at once (tests)."""
    global _loaded
    _loaded = None


class ChartSlot(QWidget):
    """Holds the chart ``make()`` returns, made as soon as pyqtgraph may be used (at once,
    but for the start). ``set_data`` given before then is kept for it; the chart's own
    attributes (its bars, its plot) are read through the slot once it is made."""

    def __init__(
        self, make: Callable[[], QWidget], min_width: int, min_height: int, parent=None
    ) -> None:
        super().__init__(parent)
        self.make = make
        self.chart: QWidget | None = None
        self._data: tuple[tuple, dict] | None = None
        self.setMinimumSize(min_width, min_height)  # the chart's room, kept while it loads
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        when_ready(self, self._make_chart)

    def _make_chart(self) -> None:
        chart = self.make()
        self.layout().addWidget(chart)
        self.setSizePolicy(chart.sizePolicy())
        self.chart = chart
        if self._data is not None:
            args, kwargs = self._data
            self._data = None
            chart.set_data(*args, **kwargs)  # type: ignore[attr-defined]

    def set_data(self, *args, **kwargs) -> None:
        if self.chart is None:
            self._data = (args, kwargs)
        else:
            self.chart.set_data(*args, **kwargs)  # type: ignore[attr-defined]

    def __getattr__(self, name: str):
        chart = self.__dict__.get("chart")
        if chart is None:
            raise AttributeError(name)
        return getattr(chart, name)
