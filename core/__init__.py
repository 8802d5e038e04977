"""MatrixDesk core: the product without a screen.

Nothing in this package imports PySide6, pyqtgraph or ``ui`` (tests/test_architecture.py
checks it), so the GUI, the command line and the tests all drive the same code.
"""

__version__ = "0.1.0"
