"""Taking pictures and data out of the app: PNG (screen size, 2× or a chosen width), SVG of the 2-D
views, an animated GIF (or MP4 where imageio-ffmpeg is installed) from step 0 to the current step,
and the trajectories (the selected run's, or every run's) as CSV or JSON in `landscape-gui trace`'s
format, computed in full from each run's config. Every file is written atomically."""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QWidget

from landscape_gui.core.engine import Run
from landscape_gui.core.files import atomic_write_bytes, atomic_write_text
from landscape_gui.core.trace_format import trace_csv, trace_json, traces_csv, traces_json
from landscape_gui.ui.render import frame_steps, gif_bytes, png_bytes, wait, widget_svg

if TYPE_CHECKING:
    from landscape_gui.core.config import RunConfig
    from landscape_gui.ui.main_window import MainWindow

MP4_AVAILABLE = importlib.util.find_spec("imageio_ffmpeg") is not None


class ExportCancelled(Exception):  # noqa: N818 (not an error: the user's choice)
    """The user pressed Cancel; nothing was written."""


def is_gl(widget: QWidget) -> bool:
    return hasattr(widget, "grabFramebuffer")


def picture(widget: QWidget, scale: float = 1.0, width: int | None = None) -> QImage:
    """The widget as an image at `scale` × its size, or `width` pixels wide. 2-D widgets are
    painted again at that size (sharp lines and text); the 3-D view's frame is resampled."""
    if width is not None:
        scale = width / max(widget.width(), 1)
    if is_gl(widget):
        image: QImage = widget.grabFramebuffer()  # type: ignore[attr-defined]
        if scale != 1.0:
            size = QSize(round(image.width() * scale), round(image.height() * scale))
            image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        return image
    size = QSize(round(widget.width() * scale), round(widget.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        # QWidget's render (not QGraphicsView's): everything, markers and legends included,
        # painted again through the scaled painter.
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


def save_png(widget: QWidget, path: Path, scale: float = 1.0, width: int | None = None) -> None:
    atomic_write_bytes(path, png_bytes(picture(widget, scale, width)))


def save_svg(widget: QWidget, path: Path) -> None:
    if is_gl(widget):
        raise ValueError(
            QCoreApplication.translate(
                "Export", "the 3-D view cannot be written as SVG; export it as PNG"
            )
        )
    atomic_write_bytes(path, widget_svg(widget))


def save_animation(
    window: MainWindow,
    widget: QWidget,
    path: Path,
    fps: float,
    width: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """The runs from step 0 to the current step, one frame per step (at most 120), as GIF or
    (.mp4) video. `progress(done, total)` returning False cancels. Returns the frame count."""
    current = window.displayed_step()
    was_playing = window.playhead.playing
    window.playhead.set_playing(False)
    steps = frame_steps(current)
    frames: list[QImage] = []
    try:
        for i, step in enumerate(steps):
            if progress is not None and not progress(i, len(steps)):
                raise ExportCancelled
            window.playhead.seek(step)
            window._redraw()
            wait(15)
            frames.append(picture(widget, width=width))
    finally:
        window.playhead.seek(current)
        window._redraw()
        if was_playing:
            window.playhead.set_playing(True)
    if progress is not None and not progress(len(steps), len(steps)):
        raise ExportCancelled
    if path.suffix.lower() == ".mp4":
        atomic_write_bytes(path, mp4_bytes(frames, fps))
    else:
        atomic_write_bytes(path, gif_bytes(frames, fps))
    return len(frames)


def mp4_bytes(frames: list[QImage], fps: float) -> bytes:
    """H.264 video through imageio-ffmpeg (an optional extra: pip install imageio-ffmpeg)."""
    import imageio_ffmpeg  # type: ignore[import-not-found]  # noqa: PLC0415 (optional extra)

    first = frames[0]
    w, h = first.width() // 2 * 2, first.height() // 2 * 2  # even sizes for yuv420p
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "video.mp4"
        writer = imageio_ffmpeg.write_frames(str(target), (w, h), fps=fps, macro_block_size=1)
        writer.send(None)
        for frame in frames:
            rgb = frame.convertToFormat(QImage.Format.Format_RGB888)
            data = np.frombuffer(rgb.constBits(), dtype=np.uint8)
            rows = data.reshape(rgb.height(), rgb.bytesPerLine())[:h, : w * 3]
            writer.send(np.ascontiguousarray(rows))
        writer.close()
        return target.read_bytes()


def full_run(config: RunConfig) -> Run:
    """A run's whole trajectory, computed here from its immutable config: the app steps its runs
    only up to the playhead, but an export is always the whole run, exactly as `trace` gives it."""
    return Run(config).run_to_end()


def save_trajectory(window: MainWindow, path: Path) -> None:
    """The selected run in `landscape-gui trace`'s CSV or JSON format (by the extension)."""
    live = window.model.selected_run
    if live is None or live.run is None:
        raise ValueError(
            QCoreApplication.translate("Export", "select a valid run to export its trajectory")
        )
    run = full_run(live.run.config)
    atomic_write_text(path, trace_json(run) if path.suffix.lower() == ".json" else trace_csv(run))


def save_all_trajectories(window: MainWindow, path: Path) -> int:
    """Every run, in the order of the run list; returns how many.

    JSON: {"runs": [...]}, each element exactly `trace`'s JSON for that run. CSV: one file, the
    columns `run,name` (the run's number from 0, as `trace --session FILE --run INDEX`, and its
    name) before `trace`'s columns, so that one table loads in a spreadsheet or pandas."""
    lives = window.model.runs
    if not lives:
        raise ValueError(QCoreApplication.translate("Export", "there are no runs to export"))
    configs = []
    for live in lives:
        if live.run is None:
            raise ValueError(
                QCoreApplication.translate(
                    "Export", "the run '%1' has invalid settings: correct or remove it first"
                ).replace("%1", live.spec.name)
            )
        configs.append(live.run.config)
    runs = [full_run(config) for config in configs]
    if path.suffix.lower() == ".json":
        text = traces_json(runs)
    else:
        text = traces_csv([(live.spec.name, run) for live, run in zip(lives, runs, strict=True)])
    atomic_write_text(path, text)
    return len(runs)


def screenshot_name(window: MainWindow) -> str:
    """A name for Ctrl+S from the surface and the time: landscape-bowl-20261203-181500.png."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"landscape-{window.model.surface.name}-{stamp}.png"


def copy_to_clipboard(image: QImage) -> None:
    QGuiApplication.clipboard().setImage(image)
