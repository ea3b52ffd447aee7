"""The learning-rate sweep view: the selected run's optimizer and start at many learning rates, the
final loss against the rate on log axes, where runs begin to diverge, and for quadratic surfaces
the theoretical limit. A click adds a run with that rate."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from landscape_gui.core.config import RunConfig
from landscape_gui.core.session import RunSpec
from landscape_gui.core.sweep import MAX_RATES, Sweep, SweepCancelled, learning_rate_sweep
from landscape_gui.ui import i18n
from landscape_gui.ui.background import BackgroundJob
from landscape_gui.ui.fields import NumberEdit
from landscape_gui.ui.loss_view import DecadeAxis

GAP_FLOOR = 1e-16


class SweepView(QWidget):
    ratePicked = Signal(float)
    finished = Signal(str)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.low = NumberEdit(self.tr("lowest rate"), 1e-4, low=0.0, low_open=True)
        self.high = NumberEdit(self.tr("highest rate"), 10.0, low=0.0, low_open=True)
        self.count = QSpinBox()
        self.count.setRange(10, MAX_RATES)
        self.count.setValue(200)
        self.count.setSuffix(self.tr(" rates"))
        self.run_button = QPushButton(self.tr("Sweep the learning rate"))
        self.run_button.setToolTip(
            self.tr("the selected run's optimizer, settings and start at every rate")
        )
        for label, widget in ((self.tr("from"), self.low), (self.tr("to"), self.high)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.count)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.plot = pg.PlotWidget(axisItems={"left": DecadeAxis("left"),
                                             "bottom": DecadeAxis("bottom")})  # fmt: skip
        self.plot.setBackground("#1e1e1e")
        self.plot.plotItem.setLogMode(x=True, y=True)
        self.plot.plotItem.setLabel("bottom", self.tr("learning rate η"))
        self.plot.plotItem.setLabel("left", self.tr("final f − f*"))
        self.plot.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plot.plotItem.setMenuEnabled(False)
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#56B4E9", width=2), symbol="o", symbolSize=4,
                                     symbolBrush="#56B4E9", symbolPen=None)  # fmt: skip
        self.plot.addItem(self.curve)
        dash, dot = Qt.PenStyle.DashLine, Qt.PenStyle.DotLine
        self.edge = pg.InfiniteLine(angle=90, pen=pg.mkPen("#ff6e6e", width=2, style=dash))
        self.theory = pg.InfiniteLine(angle=90, pen=pg.mkPen("#ffd54f", width=2, style=dot))
        for line in (self.edge, self.theory):
            line.setVisible(False)
            self.plot.addItem(line, ignoreBounds=True)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout.addWidget(self.plot, 1)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.sweep: Sweep | None = None
        self.source: RunSpec | None = None
        self._cancel = threading.Event()
        self._job = BackgroundJob(self, self._ended)

    @property
    def running(self) -> bool:
        return self._job.running

    def start(self, config: RunConfig, source: RunSpec | None = None) -> None:
        if self.running:
            return
        self.source = source
        self._cancel = threading.Event()
        low, high, count, cancel = (self.low.value(), self.high.value(), self.count.value(),
                                    self._cancel)  # fmt: skip
        self._job.start(lambda: learning_rate_sweep(config, low, high, count, cancel), "sweep")
        self.run_button.setEnabled(False)

    def wait(self) -> None:
        self._job.wait()

    def stop(self) -> None:
        """Cancel a sweep in progress and wait for it (it checks every few steps)."""
        self._cancel.set()
        self._job.wait()

    def clear(self) -> None:
        self.stop()
        self.sweep = None
        self.curve.setData([], [])
        self.edge.setVisible(False)
        self.theory.setVisible(False)
        self.legend.setText("")

    def _ended(self, result: Sweep | None, error: Exception | None) -> None:
        self.run_button.setEnabled(True)
        if result is not None:
            self.show_sweep(result)
        elif not isinstance(error, SweepCancelled):
            why = i18n.error_text(error) if error is not None else ""
            self.finished.emit(self.tr("Sweep failed: %1").replace("%1", why))

    def show_sweep(self, sweep: Sweep) -> None:
        self.sweep = sweep
        best = sweep.config.surface.global_minima
        f_star = best[0].value if best else float(np.nanmin(sweep.final_loss))
        gap = np.maximum(sweep.final_loss - f_star, GAP_FLOOR)
        self.curve.setData(sweep.rates, gap, connect="finite")
        best, reaching = sweep.best, sweep.reaching
        if reaching is not None:
            low, high = (f"{rate:.3g}" for rate in reaching)
            summary = self.tr("reaches the minimum for η from %1 to %2")
            parts = [summary.replace("%1", low).replace("%2", high)]
        elif best is not None:
            parts = [self.tr("best η ≈ %1").replace("%1", f"{best:.3g}")]
        else:
            parts = [self.tr("every rate diverged")]
        edge = sweep.first_diverging
        self.edge.setVisible(edge is not None)
        if edge is not None:
            self.edge.setPos(np.log10(edge))
            text = self.tr("diverges from η ≈ %1").replace("%1", f"{edge:.3g}")
            parts.append(f"<span style='color:#ff6e6e'>┆ {text}</span>")
        self.theory.setVisible(sweep.limit is not None)
        if sweep.limit is not None:
            self.theory.setPos(np.log10(sweep.limit))
            text = self.tr("theory: stable below %1").replace("%1", f"{sweep.limit:.3g}")
            parts.append(f"<span style='color:#ffd54f'>┆ {text}</span>")
        self.legend.setText(" &nbsp; ".join(parts))
        self.plot.plotItem.autoRange()
        text = self.tr("Learning-rate sweep of %1: %2").replace("%1", sweep.config.optimizer)
        self.finished.emit(text.replace("%2", parts[0]))

    def _clicked(self, event: Any) -> None:
        if self.sweep is None or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.plotItem.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        rate = float(10 ** vb.mapSceneToView(event.scenePos()).x())
        self.ratePicked.emit(float(f"{rate:.3g}"))
