"""The basin map: the selected run's optimizer and settings started from every point of a grid over
the window, each start coloured by the minimum it reached (or diverged / did not converge), or by
the steps it needed. Computed in a background thread with a progress bar and Cancel; a click adds a
run from that point."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from landscape_gui.core.basins import (
    DIVERGED,
    MAX_RESOLUTION,
    NOT_CONVERGED,
    BasinMap,
    BasinsCancelled,
    basin_map,
)
from landscape_gui.core.config import RunConfig
from landscape_gui.core.session import RunSpec
from landscape_gui.ui import i18n
from landscape_gui.ui.background import BackgroundJob

# Colours for the minima (Okabe–Ito and Tableau, cycled), diverged and not converged.
MINIMUM_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                   "#8c564b", "#17becf", "#bcbd22", "#7f7f7f", "#9467bd")  # fmt: skip
DIVERGED_COLOUR = "#3b0a0a"
NOT_CONVERGED_COLOUR = "#5f5f5f"


def label_colours(labels: np.ndarray, count: int) -> np.ndarray:
    """RGBA image for a label grid."""
    table = np.array([pg.mkColor(MINIMUM_COLOURS[i % len(MINIMUM_COLOURS)]).getRgb()
                      for i in range(max(count, 1))], dtype=np.uint8)  # fmt: skip
    out = np.empty((*labels.shape, 4), dtype=np.uint8)
    out[labels == DIVERGED] = pg.mkColor(DIVERGED_COLOUR).getRgb()
    out[labels == NOT_CONVERGED] = pg.mkColor(NOT_CONVERGED_COLOUR).getRgb()
    found = labels >= 0
    out[found] = table[labels[found] % len(table)]
    return out


class BasinView(QWidget):
    startPicked = Signal(float, float)
    finished = Signal(str)  # a summary, or why there is no map

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.resolution = QSpinBox()
        self.resolution.setRange(20, MAX_RESOLUTION)
        self.resolution.setValue(200)
        self.resolution.setPrefix(self.tr("grid "))
        self.resolution.setSuffix("²")
        self.resolution.setToolTip(self.tr("starts per side of the grid (up to 500 × 500)"))
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("colour by minimum reached"), "minimum")
        self.colour_by.addItem(self.tr("colour by steps needed"), "steps")
        self.colour_by.currentIndexChanged.connect(self._draw)
        self.compute = QPushButton(self.tr("Compute basins"))
        self.compute.setToolTip(
            self.tr("the selected run's optimizer and settings from every grid point")
        )
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        for w in (self.resolution, self.colour_by, self.compute, self.cancel):
            bar.addWidget(w)
        bar.addWidget(self.progress, 1)
        layout.addLayout(bar)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("#1e1e1e")
        # The map fills its dock (usually wide and short) rather than keeping equal scales: the
        # contour view above shows the true shapes, this one which start ends where.
        self.plot.plotItem.vb.setAspectLocked(False)
        self.plot.plotItem.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout.addWidget(self.plot, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.cancel.clicked.connect(self.stop)
        self.map: BasinMap | None = None
        self.source: RunSpec | None = None
        self._cancel = threading.Event()
        self._done = 0.0
        self._job = BackgroundJob(self, self._ended)
        self._progress = QTimer(self, interval=50)
        self._progress.timeout.connect(lambda: self.progress.setValue(round(self._done * 1000)))

    @property
    def running(self) -> bool:
        return self._job.running

    def start(self, config: RunConfig, source: RunSpec | None = None) -> None:
        """Compute the map for `config` in the background (a running one is cancelled first);
        `source` is the run it was made from (clicks add runs like it)."""
        self.stop()
        self.source = source
        self._cancel = threading.Event()
        self._done = 0.0
        resolution, cancel = self.resolution.value(), self._cancel
        self._job.start(lambda: basin_map(config, resolution, self._set_done, cancel), "basins")
        self.compute.setEnabled(False)
        self.cancel.setEnabled(True)
        self._progress.start()

    def _set_done(self, fraction: float) -> None:
        self._done = fraction

    def stop(self) -> None:
        """Cancel and wait (the work checks between steps, every few milliseconds)."""
        if self.running:
            self._cancel.set()
        self._job.wait()

    def _ended(self, result: BasinMap | None, error: Exception | None) -> None:
        self._progress.stop()
        self.compute.setEnabled(True)
        self.cancel.setEnabled(False)
        if result is not None:
            self.progress.setValue(1000)
            self.map = result
            self._draw()
            self.finished.emit(self._summary())
        else:
            self.progress.setValue(0)
            cancelled = isinstance(error, BasinsCancelled)
            if cancelled:
                self.finished.emit(self.tr("Basin map cancelled."))
            else:
                why = i18n.error_text(error) if error is not None else ""
                self.finished.emit(self.tr("Basin map failed: %1").replace("%1", why))

    def clear(self) -> None:
        """Forget the map (the surface changed)."""
        self.stop()
        self.map = None
        self.image.clear()
        self.legend.setText("")
        self.progress.setValue(0)

    def _draw(self) -> None:
        m = self.map
        if m is None:
            return
        if self.colour_by.currentData() == "steps" and (m.steps >= 0).any():
            steps = np.where(m.steps >= 0, m.steps, np.nan).astype(float)
            lut = pg.colormap.get("viridis").getLookupTable(nPts=256)
            finite = steps[np.isfinite(steps)]
            self.image.setImage(steps, lut=lut, levels=(finite.min(), max(finite.max(), 1.0)))
        else:
            self.image.setImage(label_colours(m.labels, len(m.minima)), levels=None, lut=None)
        dx = m.xs[1] - m.xs[0]
        dy = m.ys[1] - m.ys[0]
        self.image.setRect(QRectF(m.xs[0] - dx / 2, m.ys[0] - dy / 2,
                                  dx * len(m.xs), dy * len(m.ys)))  # fmt: skip
        self.plot.plotItem.vb.autoRange(padding=0)
        self.legend.setText(self._legend_html())

    def _legend_html(self) -> str:
        m = self.map
        assert m is not None
        items = []
        for i, minimum in enumerate(m.minima[:12]):
            share = m.share(i)
            if share > 0:
                colour = MINIMUM_COLOURS[i % len(MINIMUM_COLOURS)]
                label = i18n.message_text(minimum.label())
                items.append(f"<span style='color:{colour}'>■</span> {label} {share:.0%}")
        others = ((DIVERGED, DIVERGED_COLOUR, self.tr("diverged")),
                  (NOT_CONVERGED, NOT_CONVERGED_COLOUR, self.tr("not converged")))  # fmt: skip
        for label, colour, name in others:
            if m.share(label) > 0:
                items.append(f"<span style='color:{colour}'>■</span> {name} {m.share(label):.0%}")
        return " &nbsp; ".join(items)

    def _summary(self) -> str:
        m = self.map
        assert m is not None
        text = self.tr("Basin map of %1 η = %2, %3² starts: %4 diverged")
        for key, value in (("%1", m.config.optimizer), ("%2", f"{m.config.lr:g}"),
                           ("%3", str(len(m.xs))), ("%4", f"{m.share(DIVERGED):.0%}")):  # fmt: skip
            text = text.replace(key, value)
        return text

    def _clicked(self, event: Any) -> None:
        if self.map is None or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.plotItem.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.startPicked.emit(float(p.x()), float(p.y()))
