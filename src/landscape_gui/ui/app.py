"""Starting the desktop app: the QApplication, its identity (for QSettings) and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from landscape_gui import __version__


def make_application(argv: Sequence[str] = (), lang: str | None = None) -> object:
    """The QApplication (created once), named for QSettings, with pyqtgraph's options set and
    the interface language's translations loaded (lang None: the remembered or system one)."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # One OpenGL share group for every 3-D view: pyqtgraph caches compiled shaders across
        # widgets, and a second window would otherwise use programs of another context.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("landscape-gui")
    app.setApplicationName("landscape-gui")
    app.setApplicationVersion(__version__)
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    from landscape_gui.ui import i18n

    chosen = i18n.choose_language(lang)
    if not i18n.install_translations(chosen):
        print(f"landscape-gui: the {i18n.LANGUAGES[chosen]} translation is missing; "
              "showing English (build it with scripts/build-translations)",
              file=sys.stderr)  # fmt: skip
    return app


def display_problem() -> str:
    """Why no window can open here, or '' (Qt itself would abort the process instead)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it "
        "in a desktop session, or with QT_QPA_PLATFORM=offscreen where no window is needed"
    )


def run_app(
    argv: Sequence[str] = (),
    session: str | None = None,
    lesson: str | None = None,
    lang: str | None = None,
) -> int:
    """Open the window (with a session file, if given) and run until it is closed."""
    problem = display_problem()
    if problem:
        print(f"landscape-gui: error: {problem}", file=sys.stderr)
        return 2
    app = make_application(argv, lang)
    from landscape_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    from landscape_gui.ui import i18n

    if i18n.choose_language(lang) == "ko" and not i18n.can_draw_hangul():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, "No font for Korean", i18n.FONT_HINT)  # in English: once
    if session is not None:
        window.open_session(session)  # a bad file is named in a dialog; the window stays
    if lesson is not None:
        window.start_lesson(lesson)
    return int(app.exec())  # type: ignore[attr-defined]
