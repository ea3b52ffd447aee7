"""The 3-D landscape: the surface as hills and valleys (pyqtgraph.opengl), coloured like the
contour view, with each run's path lifted just above it, its current point, the known minima and a
floor grid. Needs OpenGL: see `gl_unavailable_reason`."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QGuiApplication, QOffscreenSurface, QOpenGLContext

from landscape_gui.core.surface import Surface
from landscape_gui.ui.contour_view import COLORMAP, decimated, display_values
from landscape_gui.ui.runs_model import LiveRun

GRID_3D = 160  # samples per side of the surface mesh
BOX = 10.0  # the longer side of the window maps to this many GL units
HEIGHT = 0.55  # the height range as a fraction of BOX
LIFT = 0.012  # paths float this fraction of the height above the surface


def gl_unavailable_reason() -> str:
    """Why the 3-D view cannot be shown here, or '' when it can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "") or QGuiApplication.platformName()
    if platform in ("offscreen", "minimal", "vnc"):
        return QCoreApplication.translate(
            "LandscapeView",
            "the '%1' Qt platform has no OpenGL (run with a display, or under Xvfb)",
        ).replace("%1", platform)
    context = QOpenGLContext()
    if not context.create():
        return QCoreApplication.translate(
            "LandscapeView", "no OpenGL context could be created on this machine"
        )
    surface = QOffscreenSurface()
    surface.create()
    ok = context.makeCurrent(surface)
    context.doneCurrent()
    if ok:
        return ""
    return QCoreApplication.translate(
        "LandscapeView", "OpenGL is present but cannot draw (no usable driver)"
    )


class LandscapeView(gl.GLViewWidget):
    """The surface in 3-D; runs drawn on it, linked to the same step as the other views."""

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundColor("#1e1e1e")
        self.surface: Surface | None = None
        self.log_scale = False
        self.cmap = pg.colormap.get(COLORMAP)
        self.mesh: gl.GLSurfacePlotItem | None = None
        self.floor = gl.GLGridItem()
        self.floor.setColor((255, 255, 255, 60))
        self.addItem(self.floor)
        self.minima = gl.GLScatterPlotItem(size=14, color=(1, 1, 1, 1), pxMode=True)
        self.minima.setGLOptions("translucent")
        self.addItem(self.minima)
        self.heads = gl.GLScatterPlotItem(size=13, pxMode=True)
        self.heads.setGLOptions("translucent")
        self.addItem(self.heads)
        self.paths: list[gl.GLLinePlotItem] = []
        self.rows: list[tuple[int, int]] = []  # (run id, rows) drawn per path
        self._scale = (1.0, 0.0, 0.0, 1.0, 0.0, 1.0)  # x0, y0 centre and unit scales (see _map)
        self._z = (0.0, 1.0)  # display-value range mapped to 0 … HEIGHT·BOX

    # --- coordinates ------------------------------------------------------------------------
    def _map_xy(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        s, cx, cy = self._scale[0], self._scale[1], self._scale[2]
        return (x - cx) * s, (y - cy) * s

    def _map_z(self, shown: np.ndarray) -> np.ndarray:
        lo, hi = self._z
        return (np.clip(shown, lo, hi) - lo) / (hi - lo) * HEIGHT * BOX

    def _heights(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Heights on the drawn mesh at window points (x, y): bilinear in the mesh's cells, so
        that a path follows the triangles people see rather than the true surface (which lies
        below the mesh in every valley and would hide the path inside it)."""
        (x0, x1), (y0, y1) = self._window
        n = self._mesh_heights.shape[0]
        fx = np.clip((x - x0) / (x1 - x0) * (n - 1), 0, n - 1 - 1e-9)
        fy = np.clip((y - y0) / (y1 - y0) * (n - 1), 0, n - 1 - 1e-9)
        i, j = fx.astype(int), fy.astype(int)
        tx, ty = fx - i, fy - j
        h = self._mesh_heights
        return (
            h[i, j] * (1 - tx) * (1 - ty)
            + h[i + 1, j] * tx * (1 - ty)
            + h[i, j + 1] * (1 - tx) * ty
            + h[i + 1, j + 1] * tx * ty
        )

    # --- the surface ------------------------------------------------------------------------
    def set_surface(self, surface: Surface, log_scale: bool | None = None) -> None:
        self.surface = surface
        if log_scale is not None:
            self.log_scale = log_scale
        (x0, x1), (y0, y1) = surface.window
        self._scale = (BOX / max(x1 - x0, y1 - y0), (x0 + x1) / 2, (y0 + y1) / 2)
        xs = np.linspace(x0, x1, GRID_3D)
        ys = np.linspace(y0, y1, GRID_3D)
        X, Y = np.meshgrid(xs, ys, indexing="ij")
        z = surface.f(X, Y)
        finite = z[np.isfinite(z)]
        self._floor = min([float(finite.min()) if finite.size else 0.0]
                          + [m.value for m in surface.global_minima])  # fmt: skip
        shown = display_values(z, self.log_scale, self._floor)
        good = shown[np.isfinite(shown)]
        # Heights clipped to the middle 99 % of values: a log surface's single sample at the
        # minimum (log of ~0) would otherwise be a spike a hundred times deeper than the rest.
        lo = float(np.percentile(good, 0.5)) if good.size else 0.0
        hi = float(np.percentile(good, 99.5)) if good.size else 1.0
        self._z = (lo, hi if hi > lo else lo + 1.0)
        heights = self._map_z(np.where(np.isfinite(shown), shown, hi))
        self._window = surface.window
        self._mesh_heights = heights
        colors = self.cmap.map((heights / (HEIGHT * BOX)).ravel(), mode="float")
        gx, gy = self._map_xy(xs, ys)
        if self.mesh is not None:
            self.removeItem(self.mesh)
        # A flat (N·M, 4) colour array: pyqtgraph 0.14 fails while painting the (N, M, 4) form.
        self.mesh = gl.GLSurfacePlotItem(x=gx, y=gy, z=heights, colors=colors, smooth=False)
        self.mesh.setGLOptions("opaque")
        self.addItem(self.mesh)
        half = BOX / 2
        self.floor.setSize(x=(x1 - x0) * self._scale[0], y=(y1 - y0) * self._scale[0])
        self.floor.setSpacing(x=half / 5, y=half / 5)
        self.floor.resetTransform()
        self.floor.translate(0, 0, -0.02 * BOX)
        self._draw_minima()
        self.rows = [(-1, -1)] * len(self.rows)
        self.reset_camera()

    def set_log_scale(self, on: bool) -> None:
        if self.surface is not None and on != self.log_scale:
            self.set_surface(self.surface, on)

    def _draw_minima(self) -> None:
        assert self.surface is not None
        pts = [(m.x, m.y) for m in self.surface.minima]
        if not pts:
            self.minima.setData(pos=np.zeros((0, 3)))
            return
        p = np.array(pts)
        x, y = self._map_xy(p[:, 0], p[:, 1])
        z = self._heights(p[:, 0], p[:, 1]) + 2 * LIFT * HEIGHT * BOX
        colors = [(1, 1, 1, 1) if m.kind == "global" else (1, 0.84, 0.31, 1)
                  for m in self.surface.minima]  # fmt: skip
        self.minima.setData(pos=np.column_stack([x, y, z]), color=np.array(colors))

    def camera(self) -> dict[str, Any]:
        """The camera as plain data (for session files)."""
        c = self.opts["center"]
        return {
            "distance": float(self.opts["distance"]),
            "elevation": float(self.opts["elevation"]),
            "azimuth": float(self.opts["azimuth"]),
            "centre": [float(c.x()), float(c.y()), float(c.z())],
        }

    def set_camera(self, camera: dict[str, Any]) -> None:
        x, y, z = camera.get("centre", [0.0, 0.0, 0.0])
        self.opts["center"] = pg.Vector(float(x), float(y), float(z))
        self.setCameraPosition(
            distance=float(camera["distance"]),
            elevation=float(camera["elevation"]),
            azimuth=float(camera["azimuth"]),
        )

    def reset_camera(self) -> None:
        """A view from above one corner that shows the whole surface and the runs."""
        self.opts["center"] = pg.Vector(0, 0, HEIGHT * BOX * 0.3)
        self.setCameraPosition(distance=BOX * 1.75, elevation=48, azimuth=-70)

    # --- runs -------------------------------------------------------------------------------
    def set_runs(self, runs: list[LiveRun]) -> None:
        for item in self.paths:
            self.removeItem(item)
        self.paths = []
        for live in runs:
            color = QColor(live.spec.color)
            rgba = (color.redF(), color.greenF(), color.blueF(), 1.0)
            # Not antialiased: software GL (Mesa llvmpipe) strokes smooth lines about 1.6 × slower.
            item = gl.GLLinePlotItem(width=3, antialias=False, color=rgba)
            item.setGLOptions("opaque")  # the default, additive, washes colours out to white
            item.setVisible(live.spec.visible)
            self.addItem(item)
            self.paths.append(item)
        self.rows = [(-1, -1)] * len(runs)

    def update_runs(self, runs: list[LiveRun], step: int) -> None:
        if self.surface is None:
            return
        (x0, x1), (y0, y1) = self.surface.window
        heads, head_colors = [], []
        changed = False
        for i, (item, live) in enumerate(zip(self.paths, runs, strict=False)):
            run = live.run
            rows = 0 if run is None else min(step + 1, live.ready)
            if rows and run is not None and live.spec.visible:
                path = decimated(run.positions[:rows])
                # Paths that leave the window run along its edge rather than off to infinity.
                px = np.clip(path[:, 0], x0, x1)
                py = np.clip(path[:, 1], y0, y1)
                gx, gy = self._map_xy(px, py)
                gz = self._heights(px, py) + LIFT * HEIGHT * BOX
                if (live.id, rows) != self.rows[i]:
                    item.setData(pos=np.column_stack([gx, gy, gz]))
                    changed = True
                heads.append((gx[-1], gy[-1], gz[-1] + LIFT * HEIGHT * BOX))
                c = QColor(live.spec.color)
                head_colors.append((c.redF(), c.greenF(), c.blueF(), 1.0))
            elif (live.id, rows) != self.rows[i]:
                item.setData(pos=np.zeros((0, 3)))
                changed = True
            self.rows[i] = (live.id, rows)
        if changed or not heads:
            self.heads.setData(pos=np.array(heads).reshape(-1, 3),
                               color=np.array(head_colors).reshape(-1, 4))  # fmt: skip
