"""How many frames a second the window draws while 8 runs of 100,000 Adam steps on Rosenbrock are
computed at the fastest speed, next to the same window paused (nothing computing), in the same
process. Frames are the main-thread timer's redraws; offscreen, 1280×820.

Usage: QT_QPA_PLATFORM=offscreen python bench/responsive.py [--seconds S] [--repeats N]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import time


def measure(window, app, seconds: float) -> list[float]:  # type: ignore[no-untyped-def]
    """The intervals between the window's redraw ticks for `seconds`."""
    stamps: list[float] = []

    def stamp() -> None:
        stamps.append(time.perf_counter())

    window.timer.timeout.connect(stamp)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    window.timer.timeout.disconnect(stamp)
    return [b - a for a, b in itertools.pairwise(stamps)]


def describe(intervals: list[float]) -> str:
    ms = sorted(1000 * t for t in intervals)
    median = statistics.median(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return f"{1000 / median:5.1f} frames/s   median {median:6.1f} ms   95th pct {p95:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from landscape_gui.core.session import PALETTE, RunSpec
    from landscape_gui.ui.app import make_application
    from landscape_gui.ui.main_window import MainWindow

    app = make_application(lang="en")
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, ask_unsaved=lambda: "discard")
    window.resize(1280, 820)
    window.show()
    runs = [
        RunSpec(f"adam {i}", PALETTE[i % len(PALETTE)], "adam", 0.01,
                start=(-1.5 + 0.1 * i, 2.0), steps=100_000)
        for i in range(8)
    ]  # fmt: skip
    window.speed.setCurrentIndex(window.speed.count() - 1)  # as fast as the machine goes
    for repeat in range(args.repeats):
        window.model.reset("rosenbrock", runs)
        window.playhead.reset()
        idle = measure(window, app, args.seconds)  # paused: nothing computing
        window.play_action.trigger()
        busy = measure(window, app, args.seconds)
        steps = min(r.run.steps_taken for r in window.model.runs)
        window.play_action.trigger()
        print(f"repeat {repeat + 1}")
        print(f"  paused, nothing computing : {describe(idle)}")
        print(f"  computing 8 × 100,000     : {describe(busy)}   ({steps:,} steps each so far)")
        print(f"  ratio (busy ÷ paused frame rate): "
              f"{statistics.median(idle) / statistics.median(busy):.2f}")  # fmt: skip
    window.close()


if __name__ == "__main__":
    main()
