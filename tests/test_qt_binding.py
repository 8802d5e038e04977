"""Guard against the PySide6 6.12.0 reference leak that aborted the app under Python 3.11."""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        obj.blockSignals(False)
    assert sys.getrefcount(None) - before > -50
