"""Headless rendering for `landscape-gui render`: the contour view, the 3-D view or the whole window
as PNG, SVG (2-D views) or an animated GIF, without showing anything on screen."""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QEventLoop,
    QIODevice,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from landscape_gui.core.engine import Run
from landscape_gui.core.files import atomic_write_bytes
from landscape_gui.core.session import RunSpec
from landscape_gui.core.surface import Surface
from landscape_gui.ui.runs_model import LiveRun, make_live

MAX_GIF_FRAMES = 120
# Qt's warnings that say nothing to someone rendering a picture: the offscreen platform cannot
# pass a window's size hints on (there is no window manager to pass them to).
HARMLESS_QT_WARNINGS = frozenset({"This plugin does not support propagateSizeHints()"})


def headless_qt_messages(mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's messages while rendering: the known-harmless warnings dropped, every other message
    to standard error as Qt itself would write it."""
    if mode == QtMsgType.QtWarningMsg and text.strip() in HARMLESS_QT_WARNINGS:
        return
    sys.stderr.write(qFormatLogMessage(mode, context, text) + "\n")
    sys.stderr.flush()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def computed(specs: Sequence[RunSpec], surface: Surface) -> list[LiveRun]:
    """Live runs filled here, step for step what the app's compute process would send."""
    lives = [make_live(spec, surface) for spec in specs]
    for live in lives:
        if live.run is None:
            continue
        run = Run(live.run.config).run_to_end()
        _ = run.losses  # evaluate every row's loss (a non-finite one ends the run there)
        mirror = live.run
        n = run.loss_rows
        mirror.positions[:n] = run.positions[:n]
        mirror.gradients[:n] = run.gradients[:n]
        mirror._losses[:n] = run.evaluated_losses()
        mirror.used_gradients[:] = run.used_gradients
        mirror.lrs[:] = run.lrs
        mirror.states = {k: v.copy() for k, v in run.states.items()}
        mirror.count = mirror._loss_rows = n
        mirror._finished = True
        mirror.diverged_at = run.diverged_at
        mirror.divergence_reason = run.divergence_reason
    return lives


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def gif_bytes(frames: list[QImage], fps: float) -> bytes:
    """An animated GIF (Pillow) from frames of equal size, looping."""
    from PIL import Image

    pictures = []
    for frame in frames:
        rgb = frame.convertToFormat(QImage.Format.Format_RGB888)
        width, height = rgb.width(), rgb.height()
        data = np.frombuffer(rgb.constBits(), dtype=np.uint8)
        rows = data.reshape(height, rgb.bytesPerLine())[:, : width * 3].copy()  # own the pixels
        pictures.append(Image.fromarray(rows.reshape(height, width, 3), "RGB"))
    out = io.BytesIO()
    pictures[0].save(out, format="GIF", save_all=True, append_images=pictures[1:],
                     duration=max(20, round(1000 / fps)), loop=0, optimize=False)  # fmt: skip
    return out.getvalue()


def frame_steps(last: int, count: int = MAX_GIF_FRAMES) -> list[int]:
    """Steps 0 … last, at most `count` of them, evenly spaced and always ending on `last`."""
    if last + 1 <= count:
        return list(range(last + 1))
    return sorted({round(v) for v in np.linspace(0, last, count)})


def widget_svg(widget: QWidget) -> bytes:
    """SVG of a widget as it is painted now."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle("landscape-gui")
    painter = QPainter(generator)
    try:
        widget.render(painter)  # a graphics view renders its scene: lines stay vectors
    finally:
        painter.end()
    return bytes(buffer.data())


class Renderer:
    """Draws one view of a surface and its runs off screen."""

    def __init__(self, view: str, surface: Surface, specs: Sequence[RunSpec], width: int,
                 height: int, log_scale: bool = False) -> None:  # fmt: skip
        self.view = view
        self.surface = surface
        self.specs = list(specs)
        self.width, self.height = width, height
        self.log_scale = log_scale
        self.widget: QWidget | None = None
        self.window = None
        self.steps = max((s.steps for s in specs), default=0)
        self._draw: Callable[[int], None] = lambda step: None
        self._settings_dir = tempfile.TemporaryDirectory()
        self._previous_handler: Any = None

    def __enter__(self) -> Renderer:
        self._previous_handler = qInstallMessageHandler(headless_qt_messages)
        try:
            self._open()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _open(self) -> None:
        if self.view == "window":
            from landscape_gui.ui.main_window import MainWindow

            settings = QSettings(f"{self._settings_dir.name}/s.ini", QSettings.Format.IniFormat)
            w = MainWindow(settings, ask_unsaved=lambda: "discard")
            w.resize(self.width, self.height)
            w.show()
            w.model.reset(self.surface.spec, self.specs)
            w.log_action.setChecked(self.log_scale)
            w._log_toggled()
            w.speed.setCurrentIndex(w.speed.count() - 1)
            w.play_action.trigger()
            for _ in range(2400):  # the compute process runs them; up to two minutes
                wait(50)
                if not w.playhead.playing:
                    break
            self.window = w
            self.widget = w
            self.steps = w.playhead.limit

            def draw(step: int) -> None:
                w.playhead.seek(step)
                w._redraw()

            self._draw = draw
        else:
            lives = computed(self.specs, self.surface)
            if self.view == "3d":
                from landscape_gui.ui.landscape_view import LandscapeView

                view3d = LandscapeView()
                view3d.resize(self.width, self.height)
                view3d.show()
                view3d.set_surface(self.surface, self.log_scale)
                view3d.set_runs(lives)
                self.widget = view3d

                def draw(step: int) -> None:
                    view3d.update_runs(lives, step)

            else:
                from landscape_gui.ui.contour_view import MAX_PATH_POINTS, ContourView

                contour = ContourView()
                contour.bold_points = MAX_PATH_POINTS  # a picture, not 60 frames a second
                contour.resize(self.width, self.height)
                contour.show()
                contour.set_surface(self.surface)
                contour.set_log_scale(self.log_scale)
                contour.set_runs(lives)
                self.widget = contour

                def draw(step: int) -> None:
                    contour.update_runs(lives, step, 0)

            self._draw = draw
        wait(250)  # the resampled heatmap and the first paint

    def __exit__(self, *exc: object) -> None:
        if self.window is not None:
            self.window.close()
        elif self.widget is not None:
            self.widget.close()
        self._settings_dir.cleanup()
        qInstallMessageHandler(self._previous_handler)

    def image(self, step: int) -> QImage:
        self._draw(step)
        wait(30)
        assert self.widget is not None
        if self.view == "3d":
            image: QImage = self.widget.grabFramebuffer()  # type: ignore[attr-defined]
        else:
            image = self.widget.grab().toImage()
        if (image.width(), image.height()) != (self.width, self.height):
            # The window will not shrink below its controls' minimum size: fit the picture.
            image = image.scaled(self.width, self.height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        return image

    def svg(self, step: int) -> bytes:
        """The 2-D view as SVG: lines and text as vectors, the heatmap as an embedded image.

        Qt's SVG generator paints the widget itself (pyqtgraph 0.14's SVG exporter fails on
        its own contour paths)."""
        self._draw(step)
        assert self.widget is not None
        return widget_svg(self.widget)

    def write(self, out: Path, fps: float = 12.0) -> None:
        suffix = out.suffix.lower()
        if suffix == ".png":
            data = png_bytes(self.image(self.steps))
        elif suffix == ".svg":
            data = self.svg(self.steps)
        else:  # .gif
            data = gif_bytes([self.image(k) for k in frame_steps(self.steps)], fps)
        atomic_write_bytes(out, data)
