"""Loss versus step: one curve per run on a logarithmic axis, with a line at the current step.

Losses can be negative (Styblinski–Tang, Easom), so where a surface knows its minimum value f* the
plot shows the gap f − f* (the usual convergence plot); on surfaces without a minimum it shows f
on a linear axis."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

from landscape_gui.core.surface import Surface
from landscape_gui.ui.contour_view import BOLD_PATH_POINTS, decimated
from landscape_gui.ui.runs_model import LiveRun

GAP_FLOOR = 1e-16


class DecadeAxis(pg.AxisItem):
    """A log axis labelled at powers of ten only (pyqtgraph also labels 2 … 9 of each decade,
    which piles up into an unreadable column on a small plot)."""

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        if not self.logMode or maxVal - minVal < 1:
            return super().tickValues(minVal, maxVal, size)  # type: ignore[no-any-return]
        lo, hi = math.ceil(minVal), math.floor(maxVal)
        step = max(1, math.ceil((hi - lo + 1) / 6))
        return [(float(step), [float(v) for v in range(lo, hi + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self.logMode or not all(float(v).is_integer() for v in values):
            return super().tickStrings(values, scale, spacing)  # type: ignore[no-any-return]
        return [decade(int(v)) for v in values]


def decade(exponent: int) -> str:
    """10ᵏ as people write it: 0.01, 0.1, 1, 10, 100, then 10³ …"""
    if -2 <= exponent <= 2:
        return f"{10.0**exponent:g}"
    return "10" + str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


class LossView(pg.PlotWidget):
    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    def __init__(self) -> None:
        super().__init__(axisItems={"left": DecadeAxis("left")})
        self.setBackground("#1e1e1e")
        self.plotItem.setLabel("bottom", self.tr("step"))
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plotItem.setMenuEnabled(False)
        self.plotItem.getAxis("left").enableAutoSIPrefix(False)
        self.cursor = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#bbbbbb", style=pg.QtCore.Qt.DashLine)
        )
        self.plotItem.addItem(self.cursor, ignoreBounds=True)
        self.curves: list[pg.PlotDataItem] = []
        self.rows: list[tuple[int, int]] = []  # (run id, rows) drawn per curve
        self.f_star: float | None = None
        self.presenting = False

    def set_presenting(self, on: bool) -> None:
        """Larger tick labels and axis titles, and thicker curves, for a projector."""
        self.presenting = on
        scale = 1.8 if on else 1.0
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * scale)
        for name in ("left", "bottom"):
            axis = self.plotItem.getAxis(name)
            axis.setTickFont(font)
            axis.label.setFont(font)
        for curve in self.curves:
            curve.setPen(pg.mkPen(curve.opts["pen"].color(), width=self._width()))

    def _width(self) -> float:
        return 3.5 if self.presenting else 2.0

    def set_surface(self, surface: Surface) -> None:
        best = surface.global_minima
        self.f_star = best[0].value if best else None
        log = self.f_star is not None
        self.plotItem.setLogMode(y=log)
        self.plotItem.setLabel("left", self.tr("f − f*  (log)") if log else "f")
        self.rows = [(-1, -1)] * len(self.curves)

    def set_runs(self, runs: list[LiveRun]) -> None:
        for c in self.curves:
            self.plotItem.removeItem(c)
        self.curves = []
        for live in runs:
            pen = pg.mkPen(live.spec.color, width=self._width())
            curve = pg.PlotDataItem(pen=pen, skipFiniteCheck=True)
            curve.setVisible(live.spec.visible)
            self.plotItem.addItem(curve)
            self.curves.append(curve)
        self.rows = [(-1, -1)] * len(self.curves)
        # The whole run's length on x from the start, so that progress is seen against it.
        longest = max((live.spec.steps for live in runs), default=1)
        self.plotItem.setXRange(0, longest, padding=0.02)
        self.plotItem.enableAutoRange(axis="y")

    def update_runs(self, runs: list[LiveRun], step: int) -> None:
        changed = False
        for i, (curve, live) in enumerate(zip(self.curves, runs, strict=False)):
            run = live.run
            rows = 0 if run is None else min(step + 1, live.ready)
            if (live.id, rows) == self.rows[i]:
                continue
            self.rows[i] = (live.id, rows)
            changed = True
            if rows == 0 or run is None:
                curve.setData([], [])
                continue
            losses = run.evaluated_losses()[:rows]
            if self.f_star is not None:
                losses = np.maximum(losses - self.f_star, GAP_FLOOR)
            # Long curves: every k-th point, drawn 1 px wide (see contour_view.BOLD_PATH_POINTS).
            steps = np.arange(rows)
            points = decimated(np.column_stack([steps, losses]))
            width = 2 if len(points) <= BOLD_PATH_POINTS else 1
            if curve.opts["pen"].widthF() != width:
                curve.setPen(pg.mkPen(live.spec.color, width=width))
            curve.setData(points[:, 0], points[:, 1])
        self.cursor.setPos(step)
        if changed:
            self.plotItem.enableAutoRange(axis="y")
