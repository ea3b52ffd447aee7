"""The graphics items of the contour view that pyqtgraph does not have as they are needed here:
arrows in data coordinates, legend samples whose bounds hold their stroke, markers and paths that
keep their bounds (and their simplification) until their data or the view changes."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter


class Arrow:
    """A line with an arrowhead, in data coordinates, drawn on a plot."""

    def __init__(self, plot: pg.PlotItem, color: str, width: float = 2.5, dashed: bool = False):
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(color, width=width, style=style)
        self.line = pg.PlotDataItem(pen=pen, shadowPen=pg.mkPen("#000000", width=width + 2))
        self.head = pg.ArrowItem(
            headLen=14, tipAngle=35, tailLen=0, pen=pg.mkPen("#000000"), brush=color
        )
        for item in (self.line, self.head):
            item.setZValue(30)
            plot.addItem(item)
        self.hide()

    def show(self, start: np.ndarray, vector: np.ndarray, view: pg.ViewBox) -> None:
        end = start + vector
        if not (np.all(np.isfinite(end)) and np.hypot(*vector) > 0):
            self.hide()
            return
        self.line.setData([start[0], end[0]], [start[1], end[1]])
        # ArrowItem angles are on screen (0° points left, y down): convert the data direction.
        px, py = view.viewPixelSize()
        angle = math.degrees(math.atan2(-vector[1] / py, vector[0] / px))
        self.head.setStyle(angle=180 - angle)
        self.head.setPos(QPointF(float(end[0]), float(end[1])))
        self.line.show()
        self.head.show()

    def hide(self) -> None:
        self.line.hide()
        self.head.hide()


class LegendSample(ItemSample):
    """A legend's line sample with a bounding rect that holds its whole stroke. ItemSample draws
    its line from 0 to 20 px with the curve's pen, whose caps reach past its 20 × 20 rect: a
    cached pixmap of that rect cut them off."""

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, 28, 28)


class MarkerScatter(pg.ScatterPlotItem):
    """Markers whose bounding rect is computed once per data and view transform: Qt asks for it
    on every paint, and ScatterPlotItem works it out afresh each time (spot sizes, pixel vectors),
    which cost more than painting the few markers."""

    def __init__(self, **kwargs: object) -> None:
        self._bounds: QRectF | None = None
        super().__init__(**kwargs)

    def setData(self, *args: object, **kwargs: object) -> None:
        self._bounds = None
        super().setData(*args, **kwargs)
        self._bounds = None  # Qt may have asked for it half-way (prepareGeometryChange)

    def setSize(self, *args: object, **kwargs: object) -> None:
        self._bounds = None
        super().setSize(*args, **kwargs)
        self._bounds = None

    def viewTransformChanged(self) -> None:
        self._bounds = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return self._bounds


class HeadMarkers(pg.GraphicsObject):
    """Every run's current point: a disc `size` pixels across with an outline, at data
    coordinates, all in one paint call of a few ellipses in device pixels. ScatterPlotItem's
    setData and paint (spot tables, a symbol atlas) cost more than drawing them, every frame
    (measured: about 0.7 ms of a 5 ms frame of bench/stream.py)."""

    def __init__(self, view: pg.ViewBox, size: float, pen: object) -> None:
        super().__init__()
        self.view = view
        self.size = size
        self.pen = pen
        self.points = np.empty((0, 2))
        self.brushes: list[object] = []
        self._bounds: QRectF | None = None

    def setData(self, pos: list[tuple[float, float]], brushes: list[object]) -> None:
        self.prepareGeometryChange()
        self.points = np.asarray(pos, dtype=float).reshape(-1, 2)
        self.brushes = list(brushes)
        self._bounds = None
        self.update()

    def setSize(self, size: float) -> None:
        self.prepareGeometryChange()
        self.size = size
        self._bounds = None
        self.update()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            px, py = self.view.viewPixelSize()
            if len(self.points) == 0 or not (px > 0 and py > 0):
                self._bounds = QRectF()
            else:
                x, y = self.points[:, 0], self.points[:, 1]
                x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
                r = self.size / 2 + self.pen.widthF() + 1  # pixels
                self._bounds = QRectF(x0 - r * px, y0 - r * py,
                                      x1 - x0 + 2 * r * px, y1 - y0 + 2 * r * py)  # fmt: skip
        return self._bounds

    def paint(self, painter: QPainter, *args: object) -> None:
        if len(self.points) == 0:
            return
        to_device = painter.transform()
        r = self.size / 2
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self.pen)
        for (x, y), brush in zip(self.points.tolist(), self.brushes, strict=True):
            painter.setBrush(brush)
            painter.drawEllipse(to_device.map(QPointF(x, y)), r, r)
        painter.restore()


class PathCurve(pg.PlotCurveItem):
    """A run's path: a curve whose bounding rect comes from one min and max per axis and the
    view's pixel size. PlotCurveItem's own (NaN-aware bounds per axis, then pixel vectors through
    the device transform) cost about as much as stroking the path, once per path per frame."""

    def __init__(self, view: pg.ViewBox, **kwargs: object) -> None:
        self._pixel: tuple[float, float] | None = None
        super().__init__(**kwargs)
        self.view = view

    def pixel_size(self) -> tuple[float, float]:
        """The view's pixel in data units, kept until the view transform changes (the view box
        works it out through its device transform, at a cost)."""
        if self._pixel is None:
            self._pixel = self.view.viewPixelSize()
        return self._pixel

    def boundingRect(self) -> QRectF:
        # `_boundingRect` is PlotCurveItem's cache, cleared whenever the data, the pens or the
        # view transform change; filled here the cheap way when every point is finite.
        if self._boundingRect is None:
            x, y = self.xData, self.yData
            if x is None or y is None or len(x) == 0:
                return QRectF()
            x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
            if not math.isfinite(x0 + x1 + y0 + y1):
                return super().boundingRect()  # NaN or ±inf (a diverged run): the careful way
            px, py = self.pixel_size()
            pad = self.pixelPadding()
            px, py = px * pad, py * pad
            self._boundingRect = QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)
        return self._boundingRect

    def viewTransformChanged(self) -> None:
        self._pixel = None
        self.path = None  # simplified for the old pixel size (see generatePath)
        super().viewTransformChanged()

    def generatePath(self, x: np.ndarray, y: np.ndarray) -> object:
        """The path through the points, less those that fall in the same half-pixel cell as the
        point before (as matplotlib simplifies its lines): the line runs within a fraction of a
        pixel of every point, and a converging run's thousands of points in a few pixels cost
        nothing to stroke (measured: 8 paths of 2,000 points, 1.5 ms against 0.45 ms)."""
        px, py = self.pixel_size()
        if len(x) > 2 and px > 0 and py > 0 and math.isfinite(px + py):
            with np.errstate(invalid="ignore", over="ignore"):
                cx = np.floor(x * (2 / px))
                cy = np.floor(y * (2 / py))
            keep = np.empty(len(x), dtype=bool)
            keep[0] = keep[-1] = True
            np.not_equal(cx[1:-1], cx[:-2], out=keep[1:-1])
            keep[1:-1] |= cy[1:-1] != cy[:-2]
            x, y = x[keep], y[keep]
        return super().generatePath(x, y)

    def set_path(self, x: np.ndarray, y: np.ndarray) -> None:
        """New points (1-D float arrays of one length): what PlotCurveItem.setData does for
        them, without its argument checks and options, which cost more than the rest at 60 Hz
        for 8 runs. (Nothing listens to sigPlotChanged of a path.)"""
        self.xData = x
        self.yData = y
        self.invalidateBounds()
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.path = None
        self.fillPath = None
        self._fillPathList = None
        self._mouseShape = None
        self._lineSegmentsRendered = False
        self.update()
