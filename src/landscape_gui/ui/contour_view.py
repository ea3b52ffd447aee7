"""The contour view: the surface as a heatmap with contour lines and a colour bar, the known
minima, and every run's path, current point and draggable start; for the selected run, the
gradient, the update and the momentum at the current step as arrows."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QPixmapCache, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsView,
    QGraphicsWidget,
    QStyleOptionGraphicsItem,
)

from landscape_gui.core.contours import contour_lines
from landscape_gui.core.curvature import curvature_at
from landscape_gui.core.surface import Surface
from landscape_gui.ui import i18n
from landscape_gui.ui.contour_items import (
    Arrow,
    HeadMarkers,
    LegendSample,
    MarkerScatter,
    PathCurve,
)
from landscape_gui.ui.runs_model import LiveRun

COLORMAP = "viridis"
CONTOUR_LEVELS = 12
GRID = 320  # samples along the longer side of the visible area
ARROW_FRACTION = 0.15  # the gradient arrow is drawn about this fraction of the view's width
MAX_PATH_POINTS = 2000  # longer paths are drawn through every k-th point (and the last)
# Qt strokes antialiased lines wider than one pixel about 40 times slower than one-pixel lines
# (measured: 8 paths of 2,000 points, 127 ms against 1.4 ms a frame). Paths up to this many
# points (every step-by-step lesson) are drawn bold with a dark outline; longer ones in 1 px.
BOLD_PATH_POINTS = 300
# The layers that change only with the view, the surface or the colour scale are not painted
# afresh each frame. The heatmap, the contour lines and the axes are painted into one opaque
# pixmap of the viewport that the view draws as its background (ContourView.drawBackground); the
# minima, start markers, colour bar, legend and axis labels from pixmaps Qt keeps per item in
# device pixels. Qt redraws an item's pixmap when the item calls update() (levels, legend text) or
# its transform changes other than by a translation (a resize). Not cached by Qt: the axes, which
# paint a pixel outside their bounding rect (the cache would cut it off; see LegendSample for the
# legend's: in the background pixmap nothing is cut), and, while it is zoomed or panned, the
# layers in data coordinates: an item larger than the view is cached in part and scrolled, and
# Qt's pixmap stayed stale after the resample (see `_cache_data_layers`). A frame of streaming
# paths is then one blit, the paths, the current points and a few small blits (measured with
# bench/stream.py on a noisy 2-core machine: 4.4-5.4 ms, 1.1-1.3 times as fast as matplotlib
# blitting its lines, against 5.4-7.4 ms and 0.9-1.0 with the heatmap and the contours cached by
# Qt as items and the axes painted each frame; 14-16 ms with nothing cached).
STATIC_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
NOT_CACHED = (pg.AxisItem,)
# Qt keeps those pixmaps in QPixmapCache (10 MB by default): about two view-sized layers of
# ARGB32 each, so a full-screen view would overflow it and re-render every frame.
PIXMAP_CACHE_KB = 64 * 1024


def decimated(path: np.ndarray, limit: int = MAX_PATH_POINTS) -> np.ndarray:
    """At most about `limit` points of a path for drawing: every k-th point and the last one.
    A 100,000-step path redrawn at 60 Hz would otherwise cost more than the frame."""
    n = len(path)
    if n <= limit:
        return path
    k = -(-n // limit)
    picked = path[::k]
    return picked if (n - 1) % k == 0 else np.concatenate([picked, path[-1:]])


def transform_key(t: QTransform) -> tuple[float, ...]:
    return (t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33())


def descendants(item: QGraphicsItem) -> list[QGraphicsItem]:
    """`item` and every item under it."""
    found = [item]
    for child in item.childItems():
        found.extend(descendants(child))
    return found


def set_cached(item: QGraphicsItem, on: bool) -> None:
    """Paint `item` from a pixmap Qt keeps in device pixels, or directly."""
    mode = STATIC_CACHE if on else QGraphicsItem.CacheMode.NoCache
    if item.cacheMode() != mode:
        item.setCacheMode(mode)


def nice_scale(value: float) -> float:
    """The largest 1, 2 or 5 × 10ᵏ not above `value` (a scale people can read in a legend)."""
    if not (value > 0 and math.isfinite(value)):
        return 1.0
    exponent = math.floor(math.log10(value))
    for mantissa in (5.0, 2.0, 1.0):
        if mantissa * 10.0**exponent <= value:
            return mantissa * 10.0**exponent
    return 10.0**exponent


def display_values(z: np.ndarray, log_scale: bool, floor: float) -> np.ndarray:
    """What the heatmap shows: f, or log₁₀(f − f_min + ε) on the logarithmic scale."""
    if not log_scale:
        return z
    finite = z[np.isfinite(z)]
    span = float(np.ptp(finite)) if finite.size else 1.0
    eps = max(1e-12, 1e-6 * span)
    with np.errstate(all="ignore"):
        return np.log10(np.maximum(z - floor, 0.0) + eps)


class RunGraphics:
    """A run's items on the contour view."""

    def __init__(self, view: ContourView, index: int, live: LiveRun) -> None:
        self.view = view
        self.index = index
        color = live.spec.color
        plot = view.plotItem
        self.bold_pen = pg.mkPen(color, width=2.5)
        self.bold_shadow = pg.mkPen("#000000aa", width=5)
        self.thin_pen = pg.mkPen(color, width=1)
        self.bold = True
        # A bare curve item: PlotDataItem's setData costs more than drawing at 60 Hz.
        self.path = PathCurve(plot.vb, pen=self.bold_pen, shadowPen=self.bold_shadow,
                              skipFiniteCheck=True)  # fmt: skip
        self.path.setZValue(10)
        self.brush = pg.mkBrush(color)
        self.head: tuple[float, float] | None = None  # the current point (drawn by the view)
        self.start = pg.TargetItem(
            pos=live.spec.start, size=12, symbol="o", pen=pg.mkPen(color, width=2),
            brush=pg.mkBrush(0, 0, 0, 120), hoverBrush=pg.mkBrush(color), movable=True,
        )  # fmt: skip
        self.start.setZValue(25)
        tip = QCoreApplication.translate("ContourView", "start of %1: drag to move it")
        self.start.setToolTip(tip.replace("%1", live.spec.name))
        self.start.sigPositionChanged.connect(self._dragged)
        for item in (self.path, self.start):
            plot.addItem(item)
        self.visible = live.spec.visible
        self.looks = (live.spec.name, color, live.spec.visible)
        self.live_id = -1  # the run drawn (a recomputed run is a new one)
        self.rows = -1  # rows drawn, to redraw only what changed
        self.updates = 0  # setData calls on the path (the redraw is throttled: tests count them)

    def _dragged(self) -> None:
        if self.view.syncing:
            return
        pos = self.start.pos()
        self.view.startDragged.emit(self.index, float(pos.x()), float(pos.y()))

    def remove(self) -> None:
        for item in (self.path, self.start):
            self.view.plotItem.removeItem(item)


class ContourView(pg.PlotWidget):
    """The loss surface from above, with the runs on it."""

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    startPicked = Signal(float, float, bool)  # x, y, for every run (modifier held)
    startDragged = Signal(int, float, float)  # run index, x, y
    hovered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setBackground("#1e1e1e")
        self.syncing = False
        self.presenting = False
        self.bold_points = BOLD_PATH_POINTS  # paths up to this long are drawn bold (see above)
        self.surface: Surface | None = None
        self.log_scale = False
        self.plotItem.setLabel("bottom", self.tr("x"))
        self.plotItem.setLabel("left", self.tr("y"))
        self.plotItem.showGrid(x=False, y=False)
        # Equal scales on both axes: the gradient is drawn perpendicular to the contour lines.
        self.plotItem.vb.setAspectLocked(True)
        self.plotItem.vb.disableAutoRange()
        self.plotItem.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)

        self.plotItem.addItem(self.image)
        self.cmap = pg.colormap.get(COLORMAP)
        self.colorbar = pg.ColorBarItem(
            colorMap=self.cmap, interactive=False, width=16, label=self.tr("f(x, y)")
        )
        self.colorbar.setImageItem(self.image, insert_in=self.plotItem)
        self.contours = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(255, 255, 255, 90, width=1))
        self.contours.setZValue(-5)

        self.plotItem.addItem(self.contours)
        self.minima = MarkerScatter()
        self.minima.setZValue(5)
        self.plotItem.addItem(self.minima)
        self.legend = self.plotItem.addLegend(offset=(10, 10), labelTextColor="#f0f0f0",
                                              sampleType=LegendSample)  # fmt: skip
        self.legend.setBrush(pg.mkBrush(30, 30, 30, 200))
        self._legend_right = False  # moved to the top right while a start lies under it
        self.readout = pg.TextItem(anchor=(1, 0), color="#f0f0f0", fill=pg.mkBrush(0, 0, 0, 150))
        self.readout.setZValue(50)
        self.readout.setVisible(False)  # an empty caption would still draw its backdrop
        self.plotItem.addItem(self.readout, ignoreBounds=True)
        self.runs: list[RunGraphics] = []
        self.heads = HeadMarkers(self.plotItem.vb, 13, pg.mkPen("#000000", width=1.5))
        self.heads.setZValue(20)
        self.plotItem.addItem(self.heads, ignoreBounds=True)
        self.gradient_arrow = Arrow(self.plotItem, "#ffffff")
        self.update_arrow = Arrow(self.plotItem, "#ff4fd8")
        self.momentum_arrow = Arrow(self.plotItem, "#7fffd4", dashed=True)
        # The Hessian's eigen-directions at the current point: the axes of the local quadratic.
        self.hessian_axes = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen("#ffd54f", width=2))
        self.hessian_axes.setZValue(28)
        self.plotItem.addItem(self.hessian_axes)
        self.arrow_legend = pg.TextItem(anchor=(0, 1), color="#f0f0f0",
                                        fill=pg.mkBrush(0, 0, 0, 150))  # fmt: skip
        self.arrow_legend.setZValue(50)
        self.plotItem.addItem(self.arrow_legend, ignoreBounds=True)
        self.arrow_scale = 1.0
        self._vectors_shown = True  # the arrows, the Hessian's axes or their caption may show
        self._resample = QTimer(self, singleShot=True, interval=150)
        self._resample.timeout.connect(self.draw_surface)
        self.plotItem.vb.sigRangeChanged.connect(self._range_changed)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)
        # The heatmap, the contour lines and the axes are painted by drawBackground into one
        # opaque pixmap of the viewport, not by Qt as items (see drawBackground). Qt's own
        # background cache would be blitted, blurred, into a scaled export: this one is used
        # only 1:1.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self._background: QPixmap | None = None
        self._background_key: tuple | None = None
        self._surface_drawn = 0  # counts draw_surface calls: the background's content changed
        for item in (*self._background_data_layers(), *self._background_axes()):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        for axis in self._background_axes():
            # An axis calls update() whenever its ticks, labels, pens or fonts change (Qt does
            # not repaint an item without contents): its picture in the background is redrawn.
            axis.update = self._axis_changed(axis)  # type: ignore[method-assign]
        self.plotItem.vb.geometryChanged.connect(self._redraw_background)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._cache_static_layers()

    def _cache_static_layers(self) -> None:
        """Paint the layers placed in the view's pixels (colour bar, legend, axis labels) from
        Qt's per-item pixmaps (see STATIC_CACHE); again after the legend is rebuilt."""
        plot = self.plotItem
        roots = [self.colorbar, self.legend]
        roots += [plot.getAxis(name) for name in ("left", "bottom", "top", "right")]
        for root in roots:
            for item in descendants(root):
                set_cached(item, not isinstance(item, NOT_CACHED))
        self._cache_data_layers(not self._resample.isActive())
        # Qt moves a cached pixmap by whole pixels: after a move by a fraction of one (a layout
        # settling, a resize, a dragged start) it would sit up to half a pixel off. Anything that
        # moves, or whose parent moves, has its pixmaps redrawn.
        movers = [plot, plot.vb, *(item for root in roots for item in descendants(root))]
        movers += [g.start for g in self.runs]
        for item in movers:
            if isinstance(item, QGraphicsObject) and not getattr(item, "_repaints_moved", False):
                item._repaints_moved = True  # type: ignore[attr-defined]
                for signal in (item.xChanged, item.yChanged):
                    signal.connect(self._moved)
                if isinstance(item, QGraphicsWidget):
                    item.geometryChanged.connect(self._moved)

    def _moved(self) -> None:
        moved = self.sender()
        if isinstance(moved, QGraphicsItem):
            for item in descendants(moved):
                if item.cacheMode() == STATIC_CACHE:
                    item.update()

    def _cache_data_layers(self, on: bool) -> None:
        """Cache the layers in data coordinates (minima, start markers) while the view stands
        still, and paint them directly while it is zoomed or panned (until the resample):
        turning the cache off drops Qt's pixmap, which is then rebuilt from scratch for the
        settled view, never scrolled or patched in strips. (The heatmap and the contour lines
        are in the background pixmap: see drawBackground.)"""
        for item in (self.minima, *(g.start for g in self.runs)):
            set_cached(item, on)

    # --- the background: heatmap, contour lines and axes ------------------------------------
    def _background_data_layers(self) -> tuple[QGraphicsItem, ...]:
        return (self.image, self.contours)

    def _background_axes(self) -> list[pg.AxisItem]:
        """The plot's axes and the colour bar's."""
        names = ("left", "bottom", "top", "right")
        return [plot.getAxis(name) for plot in (self.plotItem, self.colorbar) for name in names]

    def _axis_changed(self, axis: pg.AxisItem) -> Callable[..., None]:
        update = axis.update

        def changed(*args: object) -> None:
            update(*args)
            self._redraw_background()

        return changed

    def _redraw_background(self) -> None:
        """Drop the background pixmap and repaint the whole viewport from a new one."""
        self._background_key = None
        self.viewport().update()

    def _paint_background_layers(self, painter: QPainter, rect: QRectF) -> None:
        """The view's background colour, then the heatmap and the contour lines, clipped to
        the plot area as the view box clips its items, then the axes (painter in scene
        coordinates)."""
        super().drawBackground(painter, rect)
        vb = self.plotItem.vb
        option = QStyleOptionGraphicsItem()
        for item in (*self._background_data_layers(), *self._background_axes()):
            if not item.isVisible():
                continue
            painter.save()
            if not isinstance(item, pg.AxisItem):
                painter.setClipRect(vb.sceneBoundingRect(), Qt.ClipOperation.IntersectClip)
            painter.setTransform(item.sceneTransform(), True)
            option.exposedRect = item.boundingRect()
            item.paint(painter, option, None)
            painter.restore()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the heatmap, the contour lines and the axes from one opaque pixmap of the
        viewport (one blit a frame instead of two view-sized translucent item pixmaps and six
        axis pictures played), drawn again whenever the surface was redrawn, an axis changed
        or the view's range, size or layout changed. Onto any other device than the screen at
        1:1 (a scaled export, SVG) they are painted afresh. (The axes' tick marks, 5 px into
        the plot, are thus under the paths and markers where one crosses them.)"""
        device = painter.device()
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        offset = painter.deviceTransform() * self.viewportTransform().inverted()[0]
        one_to_one = (
            offset.type().value <= QTransform.TransformationType.TxTranslate.value
            and float(offset.dx()).is_integer()
            and float(offset.dy()).is_integer()
            and (device is viewport or isinstance(device, (QPixmap, QImage)))
            and device.devicePixelRatioF() == ratio
        )
        if not one_to_one:
            self._paint_background_layers(painter, rect)
            return
        vb = self.plotItem.vb
        key = (
            self._surface_drawn,
            viewport.width(),
            viewport.height(),
            ratio,
            vb.sceneBoundingRect().getRect(),
            transform_key(self.viewportTransform()),
        )
        for item in (*self._background_data_layers(), *self._background_axes()):
            key += (item.isVisible(), transform_key(item.sceneTransform()))
        for axis in self._background_axes():
            key += (axis.geometry().getRect(),)
        if self._background is None or key != self._background_key:
            size = viewport.size() * ratio
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.backgroundBrush().color())
            p = QPainter(pixmap)
            try:
                p.setRenderHints(self.renderHints())
                p.setTransform(self.viewportTransform())
                whole = self.mapToScene(viewport.rect()).boundingRect()
                self._paint_background_layers(p, whole)
            finally:
                p.end()
            self._background = pixmap
            self._background_key = key
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(0, 0, self._background)
        painter.restore()

    # --- the surface ------------------------------------------------------------------------
    def set_surface(self, surface: Surface) -> None:
        self.surface = surface
        self.readout.setVisible(False)  # it named a point of the old surface
        self.fit()
        self.draw_surface()
        self._draw_minima()
        self._place_overlays()

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = on
        self.colorbar.setLabel("left", self.tr("log₁₀(f − f_min)") if on else self.tr("f(x, y)"))
        self.draw_surface()

    def fit(self) -> None:
        """Show the surface's whole view window."""
        if self.surface is None:
            return
        (x0, x1), (y0, y1) = self.surface.window
        self.plotItem.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def visible_rect(self) -> QRectF:
        (x0, x1), (y0, y1) = self.plotItem.vb.viewRange()
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def _range_changed(self) -> None:
        self._cache_data_layers(False)
        self._redraw_background()
        self._resample.start()
        self.readout.setVisible(False)  # it named the point under the mouse before the move
        self._place_overlays()

    def draw_surface(self) -> None:
        """Sample the surface over the visible area (sharp at any zoom) and draw it."""
        if self.surface is None:
            return
        rect = self.visible_rect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        aspect = rect.width() / rect.height()
        nx = GRID if aspect >= 1 else max(16, int(GRID * aspect))
        ny = GRID if aspect <= 1 else max(16, int(GRID / aspect))
        xs = np.linspace(rect.left(), rect.right(), nx)
        ys = np.linspace(rect.top(), rect.bottom(), ny)
        X, Y = np.meshgrid(xs, ys)
        z = self.surface.f(X, Y)
        floor = min([float(np.nanmin(z[np.isfinite(z)])) if np.isfinite(z).any() else 0.0]
                    + [m.value for m in self.surface.global_minima])  # fmt: skip
        shown = display_values(z, self.log_scale, floor)
        finite = shown[np.isfinite(shown)]
        if finite.size == 0:
            lo, hi = 0.0, 1.0
        else:
            lo, hi = float(finite.min()), float(np.percentile(finite, 99.5))
            if hi <= lo:
                hi = lo + 1.0
        self.image.setImage(shown, levels=(lo, hi), autoLevels=False)
        dx = (xs[-1] - xs[0]) / max(nx - 1, 1)
        dy = (ys[-1] - ys[0]) / max(ny - 1, 1)
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * nx, dy * ny))
        self.colorbar.setLevels((lo, hi))
        self._draw_contours(xs, ys, shown, finite)
        self._surface_drawn += 1
        self._redraw_background()
        self._cache_data_layers(True)

    def _draw_contours(
        self, xs: np.ndarray, ys: np.ndarray, shown: np.ndarray, finite: np.ndarray
    ) -> None:
        if finite.size == 0:
            self.contours.setData([], [])
            return
        # Levels at evenly spaced quantiles: lines spread over the picture on any surface.
        levels = np.unique(np.quantile(finite, (np.arange(CONTOUR_LEVELS) + 0.5) / CONTOUR_LEVELS))
        x, y = contour_lines(xs, ys, shown, levels)
        self.contours.setData(x, y, connect="pairs")

    def _draw_minima(self) -> None:
        spots = []
        assert self.surface is not None
        for m in self.surface.minima:
            best = m.kind == "global"
            spots.append({
                "pos": (m.x, m.y),
                "symbol": "star" if best else "t1",
                "size": 20 if best else 11,
                "pen": pg.mkPen("#000000", width=1.2),
                "brush": pg.mkBrush("#ffffff" if best else "#ffd54f"),
                "data": i18n.message_text(m.label()),
            })  # fmt: skip
        self.minima.setData(spots)
        self.minima.setToolTip(self.tr("★ global minimum, ▲ local minimum"))

    # --- runs -------------------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        """Thicker paths, bigger markers and labels, for a projector."""
        self.presenting = on
        scale = 1.8 if on else 1.0
        for g in self.runs:
            g.bold_pen.setWidthF(2.5 * scale)
            g.bold_shadow.setWidthF(5 * scale)
            g.thin_pen.setWidthF(2.0 if on else 1.0)
            g.path.setPen(g.bold_pen if g.bold else g.thin_pen)
            g.path.setShadowPen(g.bold_shadow if g.bold else None)
        self._redraw_legend_samples()
        self.heads.setSize(13 * scale)
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * scale)
        for axis in ("left", "bottom"):
            self.plotItem.getAxis(axis).setTickFont(font)
        self.legend.setLabelTextSize(f"{9 * scale:.0f}pt")
        for item in self.legend.items:
            item[1].setText(item[1].text, size=f"{9 * scale:.0f}pt")
        label_font = QFont()
        label_font.setPointSizeF(label_font.pointSizeF() * scale)
        self.arrow_legend.setFont(label_font)
        self.readout.setFont(label_font)
        for axis in ("left", "bottom"):
            self.plotItem.getAxis(axis).label.setFont(label_font)
        self.colorbar.getAxis("left").setTickFont(font)
        self.colorbar.getAxis("left").label.setFont(label_font)

    def set_runs(self, runs: list[LiveRun]) -> None:
        """Rebuild the run items after runs were added, removed, recoloured, renamed, shown or
        hidden. Otherwise the items stay (a start marker being dragged must not be replaced
        under the mouse); `update_runs` redraws runs that were recomputed."""
        looks = [(live.spec.name, live.spec.color, live.spec.visible) for live in runs]
        if looks == [g.looks for g in self.runs]:
            return
        for g in self.runs:
            g.remove()
        self.legend.clear()
        self.runs = [RunGraphics(self, i, live) for i, live in enumerate(runs)]
        self.heads.setData([], [])
        for g, live in zip(self.runs, runs, strict=True):
            visible = live.spec.visible
            for item in (g.path, g.start):
                item.setVisible(visible)
            g.visible = visible
            if visible:
                self.legend.addItem(g.path, live.spec.name)
        if self.presenting:
            self.set_presenting(True)
        self._cache_static_layers()
        self._place_overlays()

    def _redraw_legend_samples(self) -> None:
        """A legend sample draws its curve's pen but is not told when the pen changes: without
        this its cached pixmap would keep the old line."""
        for sample, _ in self.legend.items:
            sample.update()

    def update_runs(self, runs: list[LiveRun], step: int, selected: int) -> None:
        """Draw each run up to `step` (or as far as it has been computed)."""
        heads_changed = False
        for g, live in zip(self.runs, runs, strict=False):
            run = live.run
            rows = 0 if run is None else min(step + 1, live.ready)
            if rows != g.rows or live.id != g.live_id:
                g.rows = rows
                g.live_id = live.id
                if rows and run is not None:
                    path = decimated(run.positions[:rows])
                    bold = len(path) <= self.bold_points
                    if bold != g.bold:
                        g.bold = bold
                        g.path.setPen(g.bold_pen if bold else g.thin_pen)
                        g.path.setShadowPen(g.bold_shadow if bold else None)
                        self._redraw_legend_samples()
                    g.path.set_path(path[:, 0], path[:, 1])
                    g.head = (float(path[-1, 0]), float(path[-1, 1]))
                else:
                    g.path.set_path(np.empty(0), np.empty(0))
                    g.head = None
                g.updates += 1
                heads_changed = True
            on_top = 26 if g.index == selected else 25  # the selected run's start is grabbed first
            if g.start.zValue() != on_top:
                g.start.setZValue(on_top)
            pos = g.start.pos()
            start = live.spec.start
            if (pos.x(), pos.y()) != start:
                self.syncing = True
                g.start.setPos(start)
                self.syncing = False
                self._place_overlays()
        if heads_changed:
            # One item for every current point: one paint call instead of one per run.
            shown = [g for g in self.runs if g.head is not None and g.visible]
            self.heads.setData([g.head for g in shown], [g.brush for g in shown])
        self._draw_vectors(runs, step, selected)

    def _draw_vectors(self, runs: list[LiveRun], step: int, selected: int) -> None:
        arrows = (self.gradient_arrow, self.update_arrow, self.momentum_arrow)
        live = runs[selected] if 0 <= selected < len(runs) else None
        if live is None or live.run is None or not live.spec.visible or live.ready == 0:
            if self._vectors_shown:  # cleared once, not again every frame of a stream
                self._vectors_shown = False
                for a in arrows:
                    a.hide()
                self.hessian_axes.setData([], [])
                self.arrow_legend.setText("")
                # An empty caption would still draw its backdrop.
                self.arrow_legend.setVisible(False)
            return
        self._vectors_shown = True
        run = live.run
        k = min(step, live.ready - 1)
        theta = run.positions[k]
        g = run.gradients[k]
        vb = self.plotItem.vb
        (x0, x1), _ = vb.viewRange()
        norm = float(np.hypot(*g))
        assert self.surface is not None
        if norm <= 1e-6 * self.surface.gradient_scale:
            # At a minimum (or a saddle) the gradient's direction is rounding noise: say so
            # rather than blow it up a hundred million times.
            self.arrow_scale = 1.0
            self.gradient_arrow.hide()
            text = self.tr("∇f ≈ 0 (|∇f| = %1)").replace("%1", f"{norm:.1g}")
            lines = [f"<span style='color:#ffffff'>{text}</span>"]
        else:
            self.arrow_scale = nice_scale(ARROW_FRACTION * (x1 - x0) / norm)
            self.gradient_arrow.show(theta, -self.arrow_scale * g, vb)
            text = self.tr("−∇f × %1").replace("%1", f"{self.arrow_scale:g}")
            lines = [f"<span style='color:#ffffff'>━ {text}</span>"]
        if k + 1 < live.ready:
            self.update_arrow.show(theta, run.positions[k + 1] - theta, vb)
            text = self.tr("update applied (true size)")
            lines.append(f"<span style='color:#ff4fd8'>━ {text}</span>")
        else:
            self.update_arrow.hide()
        velocity = run.states.get("momentum_buffer")
        if velocity is not None and float(run.config.hyper.get("momentum", 0.0)):
            self.momentum_arrow.show(theta, -self.arrow_scale * velocity[k], vb)
            text = self.tr("−velocity b × %1").replace("%1", f"{self.arrow_scale:g}")
            lines.append(f"<span style='color:#7fffd4'>┅ {text}</span>")
        elif "exp_avg" in run.states:
            self.momentum_arrow.show(theta, -self.arrow_scale * run.states["exp_avg"][k], vb)
            text = self.tr("−momentum m × %1").replace("%1", f"{self.arrow_scale:g}")
            lines.append(f"<span style='color:#7fffd4'>┅ {text}</span>")
        else:
            self.momentum_arrow.hide()
        lines.extend(self._draw_hessian_axes(run, theta, x1 - x0))
        self.arrow_legend.setHtml("<br>".join(lines))
        self.arrow_legend.setVisible(True)
        self._place_overlays()

    def _draw_hessian_axes(self, run: object, theta: np.ndarray, width: float) -> list[str]:
        """Eigen-directions of the Hessian at θ, each half-length ∝ 1/√|λ| (the level-set axes
        of the local quadratic), the longer one a tenth of the view wide."""
        bend = curvature_at(self.surface, theta) if self.surface is not None else None
        if bend is None or not np.all(np.abs(bend.eigenvalues) > 0):
            self.hessian_axes.setData([], [])
            return []
        half = 1 / np.sqrt(np.abs(bend.eigenvalues))
        half *= 0.1 * width / half.max()
        xs, ys = [], []
        for i in range(2):
            d = bend.eigenvectors[:, i] * half[i]
            xs += [theta[0] - d[0], theta[0] + d[0]]
            ys += [theta[1] - d[1], theta[1] + d[1]]
        self.hessian_axes.setData(np.array(xs), np.array(ys))
        lo, hi = bend.eigenvalues
        kappa = "∞" if not np.isfinite(bend.condition) else f"{bend.condition:.3g}"
        text = self.tr("Hessian axes: λ = %1, %2; κ = %3").replace("%3", kappa)
        text = text.replace("%1", f"{lo:.3g}").replace("%2", f"{hi:.3g}")
        return [f"<span style='color:#ffd54f'>┼ {text}</span>"]

    def _place_overlays(self) -> None:
        """The arrow caption bottom left; the run legend top left, or top right where a run
        starts under it (the default start of the bowl does); the hover readout in the other top
        corner."""
        vb = self.plotItem.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        self.arrow_legend.setPos(x0, y0)
        right = self._legend_hides_a_start()
        if right != self._legend_right:
            self._legend_right = right
            if right:
                self.legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-10, 10))
            else:
                self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(10, 10))
        self.readout.setAnchor((0, 0) if right else (1, 0))
        self.readout.setPos(x0 if right else x1, y1)

    def _legend_hides_a_start(self) -> bool:
        """Whether the legend, placed top left, would cover a visible run's start marker."""
        vb = self.plotItem.vb
        starts = [g.start.pos() for g in self.runs if g.visible]
        if not starts or not self.legend.items:
            return False
        box = vb.sceneBoundingRect()
        size = self.legend.boundingRect().size()
        corner = QRectF(box.left() + 10, box.top() + 10, size.width(), size.height())
        area = vb.mapSceneToView(corner).boundingRect()
        return any(area.contains(p) for p in starts)

    # --- mouse ------------------------------------------------------------------------------
    def _mouse_moved(self, scene_pos: QPointF) -> None:
        vb = self.plotItem.vb
        if self.surface is None or not vb.sceneBoundingRect().contains(scene_pos):
            self.readout.setVisible(False)
            return
        p = vb.mapSceneToView(scene_pos)
        x, y = float(p.x()), float(p.y())
        f = float(self.surface.f(x, y))
        text = self.tr("x = %1   y = %2   loss = %3").replace("%3", f"{f:.6g}")
        text = text.replace("%1", f"{x:.4g}").replace("%2", f"{y:.4g}")
        self.readout.setText(text)
        self.readout.setVisible(True)
        self.hovered.emit(text)

    def _mouse_clicked(self, event: object) -> None:
        button = event.button()  # type: ignore[attr-defined]
        if button != Qt.MouseButton.LeftButton or event.double():  # type: ignore[attr-defined]
            return
        vb = self.plotItem.vb
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        markers = {id(g.start) for g in self.runs if g.start.isVisible()}
        if any(id(item) in markers for item in self.scene().items(scene_pos)):
            return  # a click on a start marker is the start of a drag, not a new start
        overlays = (self.legend, self.arrow_legend, self.readout)
        if any(o.isVisible() and o.sceneBoundingRect().contains(scene_pos) for o in overlays):
            return  # a click on the legend or a caption is not a point on the map
        p = vb.mapSceneToView(scene_pos)
        modifiers = event.modifiers()  # type: ignore[attr-defined]
        every = bool(modifiers & (Qt.KeyboardModifier.ShiftModifier
                                  | Qt.KeyboardModifier.ControlModifier))  # fmt: skip
        self.startPicked.emit(float(p.x()), float(p.y()), every)

    def pick_at(self, x: float, y: float, every: bool = False) -> None:
        """The same as a click at data coordinates (x, y) (for the keyboard and tests)."""
        self.startPicked.emit(x, y, every)


def font(size: int) -> QFont:
    f = QFont()
    f.setPointSize(size)
    return f


def qcolor(hex_color: str) -> QColor:
    return QColor(hex_color)
