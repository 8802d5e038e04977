"""The desktop shell: a thin layer of Qt widgets over ``core``."""

import PySide6.QtCore  # noqa: F401  # loaded first, so that its source check is lightened

from ui.source_check import lighten

lighten()
