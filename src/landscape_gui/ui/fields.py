"""Small input widgets: an exact number entry that says what is wrong, and the learning-rate
control (a logarithmic slider beside an exact entry)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget
from superqt.utils import signals_blocked

ERROR_STYLE = "QLineEdit { border: 2px solid #d55e00; background: #ffe6d9; color: #000000; }"
WARNING_SLIDER = "QSlider::groove:horizontal { background: #d55e00; height: 6px; }"


def format_number(value: float) -> str:
    """Shortest text that reads back to the same float (no trailing noise like 0.30000000004)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


class NumberEdit(QLineEdit):
    """A line edit for one exact number. Emits `valueChanged` with a valid value, or `invalid`
    with a message naming what was wrong and what would be valid (and keeps the last good value)."""

    valueChanged = Signal(float)
    invalid = Signal(str)

    def __init__(
        self,
        label: str,
        value: float = 0.0,
        low: float | None = None,
        high: float | None = None,
        low_open: bool = False,
        high_open: bool = False,
        whole: bool = False,
    ) -> None:
        super().__init__()
        self.label = label
        self.low, self.high = low, high
        self.low_open, self.high_open = low_open, high_open
        self.whole = whole
        self._help = ""
        self._value = value
        self.setText(format_number(value))
        self.editingFinished.connect(self._commit)

    def value(self) -> float:
        return self._value

    def setToolTip(self, text: str) -> None:
        """The help text; an error message replaces it while the field holds a bad value."""
        self._help = text
        super().setToolTip(text)

    def set_value(self, value: float) -> None:
        self._value = value
        with signals_blocked(self):
            self.setText(format_number(value))
        self._clear_error()

    def _clear_error(self) -> None:
        self.setStyleSheet("")
        super().setToolTip(self._help)

    def valid_text(self) -> str:
        parts = []
        if self.low is not None:
            parts.append(f"{'>' if self.low_open else '≥'} {self.low:g}")
        if self.high is not None:
            parts.append(f"{'<' if self.high_open else '≤'} {self.high:g}")
        if not parts:
            return self.tr("a whole number") if self.whole else self.tr("a number")
        kind = self.tr("a whole number %1") if self.whole else self.tr("a number %1")
        return kind.replace("%1", self.tr(" and ").join(parts))

    def check(self, text: str) -> tuple[float | None, str]:
        try:
            value = float(text.strip().replace("−", "-"))
        except ValueError:
            message = self.tr("%1: '%2' is not a number; enter %3")
            return None, self._fill(message, text)
        if not math.isfinite(value):
            message = self.tr("%1: '%2' is not a finite number; enter %3")
            return None, self._fill(message, text.strip())
        bad = (
            (self.whole and value != int(value))
            or (self.low is not None and (value <= self.low if self.low_open else value < self.low))
            or (
                self.high is not None
                and (value >= self.high if self.high_open else value > self.high)
            )
        )
        if bad:
            return None, self._fill(self.tr("%1: %2 is out of range; enter %3"), text.strip())
        return value, ""

    def _fill(self, message: str, text: str) -> str:
        """A message about the bad value `text`, naming the field and what it accepts."""
        fields = {"%1": self.label, "%2": text, "%3": self.valid_text()}
        return "".join(fields.get(part, part) for part in re.split(r"(%[123])", message))

    def _commit(self) -> None:
        value, message = self.check(self.text())
        if value is None:
            self.setStyleSheet(ERROR_STYLE)
            super().setToolTip(message)
            self.invalid.emit(message)
            return
        self._clear_error()
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)


class LearningRateControl(QWidget):
    """The learning rate: a slider over decades (10⁻⁶ … 10) and an exact entry beside it."""

    valueChanged = Signal(float)
    invalid = Signal(str)
    LOW, HIGH, TICKS = -6.0, 1.0, 700  # log10 range of the slider and its resolution

    def __init__(self, value: float = 0.01) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.limit: float | None = None
        self.formula = "2/λ_max"  # of the limit, in terms of the largest Hessian eigenvalue
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.limit_label.setVisible(False)
        outer.addWidget(self.limit_label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.TICKS)
        self.slider.setToolTip(self.tr("learning rate η on a logarithmic scale, 10⁻⁶ … 10"))
        self.entry = NumberEdit(self.tr("learning rate"), value, low=0.0, low_open=True)
        self.entry.setMaximumWidth(90)
        self.entry.setToolTip(self.tr("exact learning rate η (any number > 0)"))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.entry)
        self.set_value(value)
        self.slider.valueChanged.connect(self._slid)
        self.entry.valueChanged.connect(self._typed)
        self.entry.invalid.connect(self.invalid)

    def value(self) -> float:
        return self.entry.value()

    def set_value(self, value: float) -> None:
        self.entry.set_value(value)
        with signals_blocked(self.slider):
            self.slider.setValue(self._tick(value))
        self._show_limit()

    @property
    def past_limit(self) -> bool:
        return self.limit is not None and self.value() > self.limit

    def set_limit(self, limit: float | None, formula: str = "2/λ_max") -> None:
        """The largest stable rate (quadratic surfaces) and its formula, marked under the slider;
        past it the control turns to a warning colour."""
        self.limit = limit
        self.formula = formula
        self._show_limit()

    def _show_limit(self) -> None:
        if self.limit is None:
            self.limit_label.setVisible(False)
            self.slider.setStyleSheet("")
            return
        self.limit_label.setVisible(True)
        where = self.tr("stable below %1 (%2 on this quadratic)")
        where = where.replace("%2", self.formula).replace("%1", f"{self.limit:.4g}")
        if self.past_limit:
            warning = self.tr("⚠ η = %1 is past the limit: %2").replace("%2", where)
            self.limit_label.setText(warning.replace("%1", f"{self.value():g}"))
            self.limit_label.setStyleSheet("color: #ff8a50; font-weight: bold;")
            self.slider.setStyleSheet(WARNING_SLIDER)
        else:
            self.limit_label.setText(where)
            self.limit_label.setStyleSheet("color: #9aa0a6;")
            self.slider.setStyleSheet("")

    def _tick(self, value: float) -> int:
        exponent = math.log10(value)
        fraction = (exponent - self.LOW) / (self.HIGH - self.LOW)
        return round(min(max(fraction, 0.0), 1.0) * self.TICKS)

    def _slid(self, tick: int) -> None:
        exponent = self.LOW + (self.HIGH - self.LOW) * tick / self.TICKS
        value = float(f"{10**exponent:.3g}")  # a rate people can read and type
        self.entry.set_value(value)
        self._show_limit()
        self.valueChanged.emit(value)

    def _typed(self, value: float) -> None:
        with signals_blocked(self.slider):
            self.slider.setValue(self._tick(value))
        self._show_limit()
        self.valueChanged.emit(value)
