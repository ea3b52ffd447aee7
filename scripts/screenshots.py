"""Render the README's screenshots into assets/ (offscreen, no display needed).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from landscape_gui.core.session import RunSpec
from landscape_gui.ui.app import make_application

ASSETS = Path(__file__).resolve().parents[1] / "assets"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def window(settings_dir: str):  # type: ignore[no-untyped-def]
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(
        QSettings(f"{settings_dir}/s.ini", QSettings.Format.IniFormat),
        ask_unsaved=lambda: "discard",
    )
    w.resize(1400, 880)
    w.show()
    return w


def play_to_end(w) -> None:  # type: ignore[no-untyped-def]
    w.speed.setCurrentIndex(w.speed.count() - 1)
    w.play_action.trigger()
    for _ in range(200):
        wait(50)
        if not w.playhead.playing:
            break
    wait(400)


def main() -> int:
    make_application(lang="en")
    ASSETS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # 1. The first lesson, as a new user sees it after pressing Space.
        w = window(tmp)
        play_to_end(w)
        w.model.select(1)
        w.timeline.setValue(3)
        wait(600)
        w.grab().save(str(ASSETS / "window-bowl.png"))
        w.close()

        # 2. Rosenbrock's valley on the log scale: gradient descent, momentum and Adam.
        w = window(tmp)
        start = (-1.2, 1.0)
        w.model.reset("rosenbrock", [
            RunSpec("gd η = 0.001", "#56B4E9", "gd", 1e-3, start=start, steps=400),
            RunSpec("momentum η = 0.001", "#F0E442", "momentum", 1e-3, start=start, steps=400),
            RunSpec("adam η = 0.05", "#D55E00", "adam", 0.05, start=start, steps=400),
        ])  # fmt: skip
        w.log_action.trigger()
        play_to_end(w)
        w.model.select(1)
        w.timeline.setValue(60)
        wait(600)
        w.grab().save(str(ASSETS / "window-rosenbrock.png"))
        w.close()

        # 3. The ravine lesson in Korean (needs a Hangul font, e.g. fonts-nanum).
        from landscape_gui.ui.i18n import install_translations

        install_translations("ko")
        w = window(tmp)
        w.start_lesson("ravine")
        play_to_end(w)
        w.grab().save(str(ASSETS / "window-ko.png"))
        w.close()
        install_translations("en")
    print(f"wrote window-bowl.png, window-rosenbrock.png and window-ko.png in {ASSETS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
