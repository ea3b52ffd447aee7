"""Starting the desktop app: the QApplication, its identity (for QSettings) and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from landscape_gui import __version__


def make_application(argv: Sequence[str] = ()) -> object:
    """The QApplication (created once), named for QSettings, with pyqtgraph's options set."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("landscape-gui")
    app.setApplicationName("landscape-gui")
    app.setApplicationVersion(__version__)
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    return app


def run_app(argv: Sequence[str] = ()) -> int:
    """Open the window and run until it is closed."""
    app = make_application(argv)
    from landscape_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return int(app.exec())  # type: ignore[attr-defined]
