"""The contour view paints its still layers from pixmaps Qt caches (see contour_view.STATIC_CACHE).
After a resize, a zoom, a pan, a new surface, the other colour scale or a moved start, what it
shows must be what it shows painting every layer afresh, and what a new view of the same state
shows: a stale pixmap or one off by a pixel (a seam) would differ."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from landscape_gui.core.engine import Run
from landscape_gui.core.session import RunSpec
from landscape_gui.core.surfaces import get_surface
from landscape_gui.ui.contour_view import STATIC_CACHE, ContourView
from landscape_gui.ui.runs_model import LiveRun, make_live

TOLERANCE = 24  # per channel: antialiased edges composited from a pixmap differ by a few levels


def runs(surface_name: str) -> list[LiveRun]:
    surface = get_surface(surface_name)
    out = []
    for i, (optimizer, lr, color) in enumerate(
        [("adam", 0.05, "#D55E00"), ("momentum", 1e-3, "#56B4E9"), ("gd", 1e-3, "#F0E442")]
    ):
        spec = RunSpec(f"run {i}", color, optimizer, lr, start=(-1.5 + 0.3 * i, 2.0 - 0.5 * i),
                       steps=400)  # fmt: skip
        live = make_live(spec, surface)
        assert live.run is not None
        path = Run(spec.config(surface)).run_to_end().path()
        live.run.positions[: len(path)] = path  # as if the compute process had sent every row
        live.run.count = live.run._loss_rows = len(path)
        out.append(live)
    return out


def settle(qtbot, view: ContourView) -> None:
    """Wait for the resample after a change of range (as the app would) and the repaint."""
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not view._resample.isActive(), timeout=2000)
    qtbot.wait(20)


def make_view(qtbot, size: tuple[int, int], surface: str = "rosenbrock", log: bool = True,
              ranges: list[list[float]] | None = None) -> ContourView:  # fmt: skip
    view = ContourView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_surface(get_surface(surface))
    view.set_log_scale(log)
    lives = runs(surface)
    view.set_runs(lives)
    view.update_runs(lives, 400, -1)
    settle(qtbot, view)
    if ranges is not None:
        view.plotItem.vb.setRange(xRange=ranges[0], yRange=ranges[1], padding=0)
        settle(qtbot, view)
    return view


def pixels(view: ContourView) -> np.ndarray:
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : 4 * w].reshape(h, w, 4)[..., :3].astype(int)  # a copy (astype)


def uncached(view: ContourView) -> np.ndarray:
    """The view painted with every layer drawn afresh (Qt's pixmaps and the view's background
    pixmap dropped, then restored)."""
    view._redraw_background()
    items = view.scene().items()
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        return pixels(view)
    finally:
        for item, mode in zip(items, modes, strict=True):
            item.setCacheMode(mode)


def in_background(view: ContourView) -> bool:
    """Whether the heatmap and the contour lines are painted from the background pixmap (and
    not by Qt as items)."""
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    return all(bool(item.flags() & flag) for item in (view.image, view.contours))


def differing(a: np.ndarray, b: np.ndarray) -> int:
    if a.shape != b.shape:
        return a.size + b.size
    return int((np.abs(a - b).max(axis=-1) > TOLERANCE).sum())


def zoom(view: ContourView) -> None:
    view.plotItem.vb.scaleBy((0.4, 0.4))


def pan(view: ContourView) -> None:
    view.plotItem.vb.scaleBy((0.5, 0.5))  # zoomed in first: the layers are larger than the view
    view.plotItem.vb.translateBy(x=0.137, y=-0.071)


def new_surface(view: ContourView) -> None:
    view.set_surface(get_surface("himmelblau"))
    lives = runs("himmelblau")
    view.set_runs(lives)
    view.update_runs(lives, 400, -1)


def linear(view: ContourView) -> None:
    view.set_log_scale(False)


def presenting(view: ContourView) -> None:
    view.set_presenting(True)


def move_start(view: ContourView) -> None:
    view.runs[1].start.setPos(-0.8137, 1.2391)


def bold_paths(view: ContourView) -> None:
    view.bold_points = 1000  # 401 points: bold now; the legend's samples follow the paths' pens
    lives = runs("rosenbrock")
    view.update_runs(lives, 400, -1)


ACTIONS: dict[str, Callable[[ContourView], None]] = {
    "resize": lambda view: view.resize(700, 430),
    "zoom": zoom,
    "pan": pan,
    "surface": new_surface,
    "log off": linear,
    "presenting": presenting,
    "start moved": move_start,
    "bold paths": bold_paths,
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_cached_layers_match_fresh_painting_after_a_change(qtbot, action: str) -> None:
    view = make_view(qtbot, (640, 480))
    assert in_background(view)  # the still view is painted from the caches
    assert view.legend.cacheMode() == STATIC_CACHE
    before = pixels(view)  # fills Qt's pixmaps for the state before the change
    assert differing(before, uncached(view)) == 0
    ACTIONS[action](view)
    pixels(view)  # a frame in between (before the resample)
    settle(qtbot, view)
    assert in_background(view)
    assert view.minima.cacheMode() == STATIC_CACHE
    after = pixels(view)
    assert differing(after, before) > 0  # the change is on screen
    assert differing(after, uncached(view)) == 0


def test_heatmap_after_resize_zoom_and_pan_matches_a_new_view(qtbot) -> None:
    view = make_view(qtbot, (800, 600))
    pixels(view)
    view.resize(640, 520)
    settle(qtbot, view)
    pixels(view)
    view.plotItem.vb.scaleBy((0.5, 0.5))
    pixels(view)
    view.plotItem.vb.translateBy(x=0.37, y=-0.21)
    settle(qtbot, view)
    ranges = view.plotItem.vb.viewRange()
    fresh = make_view(qtbot, (640, 520), ranges=ranges)
    assert np.allclose(fresh.plotItem.vb.viewRange(), ranges)
    # The plot area: heatmap, contour lines, paths, markers and legend (the colour bar's label
    # is placed by pyqtgraph a pixel apart after a resize, cache or not).
    area = view.plotItem.vb.sceneBoundingRect().toAlignedRect()
    assert area == fresh.plotItem.vb.sceneBoundingRect().toAlignedRect()
    rows = slice(area.top(), area.bottom())
    cols = slice(area.left(), area.right())
    assert differing(pixels(view)[rows, cols], pixels(fresh)[rows, cols]) == 0
