"""The playhead: which step the views show, and how fast it moves while playing.

The worker computes every run up to the playhead's target; the views draw each run up to the
shown step (or as far as it has been computed). Step, step back, reset and scrubbing just move the
playhead; nothing is recomputed that is already known."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, Signal

# Steps per second offered in the speed control; None is "as fast as the machine goes".
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 30, 100, 300, 1000, 10000, None)


def speed_label(speed: float | None) -> str:
    if speed is None:
        return QCoreApplication.translate("Playback", "fastest")
    if speed == 1:
        return QCoreApplication.translate("Playback", "1 step/s")
    return QCoreApplication.translate("Playback", "%1 steps/s").replace("%1", f"{speed:g}")


class Playhead(QObject):
    """Position (a float while playing slowly), playing or paused, speed."""

    changed = Signal()
    playingChanged = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.position = 0.0
        self.playing = False
        self.speed: float | None = 10.0
        self.limit = 0  # the largest step any run has

    @property
    def step(self) -> int:
        return min(math.floor(self.position + 1e-9), self.limit)

    def target(self) -> int:
        """The step the worker should compute up to: one beyond the shown step, so that the
        inspector can show the update the shown step applies."""
        return self.limit if (self.playing and self.speed is None) else self.step + 1

    def set_playing(self, playing: bool) -> None:
        if playing and self.step >= self.limit:
            self.position = 0.0  # Play at the end starts again from the beginning
        if playing != self.playing:
            self.playing = playing
            self.playingChanged.emit(playing)
        self.changed.emit()

    def toggle(self) -> None:
        self.set_playing(not self.playing)

    def pause_at(self, step: int) -> None:
        """Pause showing `step` (at the fastest speed: what has been computed so far)."""
        self.position = float(max(0, min(step, self.limit)))
        self.set_playing(False)

    def seek(self, step: int) -> None:
        self.position = float(max(0, min(step, self.limit)))
        self.changed.emit()

    def step_forward(self) -> None:
        self.set_playing(False)
        self.seek(self.step + 1)

    def step_back(self) -> None:
        self.set_playing(False)
        self.seek(self.step - 1)

    def reset(self) -> None:
        self.set_playing(False)
        self.seek(0)

    def advance(self, seconds: float) -> None:
        """Move on by `seconds` of playing time (called by the UI timer)."""
        if not self.playing:
            return
        if self.speed is None:
            self.position = float(self.limit)
        else:
            self.position = min(self.position + self.speed * seconds, float(self.limit))
        self.changed.emit()
