"""UI test fixtures: a main window with its settings in a temporary file, and a check that no
test leaves a worker thread running."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from landscape_gui.ui.app import make_application
from landscape_gui.ui.worker import WorkerThread


@pytest.fixture(scope="session")
def qapp_cls():  # pytest-qt: our QApplication set-up (names, pyqtgraph options)
    from PySide6.QtWidgets import QApplication

    make_application(lang="en")  # not the machine's locale or remembered choice
    return QApplication


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    yield
    running = [w for w in list(WorkerThread.instances) if w.thread.isRunning() or w.process.alive()]
    for w in running:
        w.shutdown()
    assert not running, "a test left a worker QThread or compute process running"


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, settings_path: Path):
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), ask_unsaved=lambda: "discard"
    )
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
