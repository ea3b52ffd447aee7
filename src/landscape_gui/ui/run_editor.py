"""The form for the selected run: name, colour, optimizer, learning rate, the optimizer's own
hyperparameters (a form that changes with the optimizer, names and defaults from the core),
steps, start, gradient noise and seed, learning-rate schedule and gradient clipping.

Every change is emitted as `changed(dict)` of RunSpec fields; the panel validates and applies it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from superqt.utils import signals_blocked

from landscape_gui.core.config import MAX_STEPS
from landscape_gui.core.optimizer import Hyper
from landscape_gui.core.optimizers import OPTIMIZERS, get_optimizer
from landscape_gui.core.schedules import DESCRIPTIONS, SCHEDULES, Schedule, ScheduleError
from landscape_gui.core.session import RunSpec
from landscape_gui.ui import i18n
from landscape_gui.ui.fields import LearningRateControl, NumberEdit


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RunEditor(QWidget):
    changed = Signal(dict)
    invalid = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.spec: RunSpec | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.name = QLineEdit()
        self.name.editingFinished.connect(self._name_edited)
        self.color = QPushButton()
        self.color.setToolTip(self.tr("the run's colour"))
        self.color.clicked.connect(self._pick_color)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.color)
        form.addRow(self.tr("Name"), row)

        self.optimizer = QComboBox()
        for opt in OPTIMIZERS.values():
            self.optimizer.addItem(i18n.core_text("optimizers", opt.title), opt.name)
        self.optimizer.currentIndexChanged.connect(self._optimizer_chosen)
        form.addRow(self.tr("Optimizer"), self.optimizer)

        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #9aa0a6; font-family: monospace;")
        form.addRow(self.rule)  # the full width: a wrapped label in a form row gets clipped

        self.lr = LearningRateControl()
        self.lr.valueChanged.connect(lambda v: self.changed.emit({"lr": v}))
        self.lr.invalid.connect(self.invalid)
        form.addRow(self.tr("Learning rate η"), self.lr)

        self.hyper_box = QWidget()
        self.hyper_form = QFormLayout(self.hyper_box)
        self.hyper_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.hyper_box)
        self.hyper_widgets: dict[str, QWidget] = {}

        self.steps = QSpinBox()
        self.steps.setRange(1, MAX_STEPS)
        self.steps.setGroupSeparatorShown(True)
        self.steps.setToolTip(
            self.tr("how many steps the run takes (1 … %1)").replace("%1", f"{MAX_STEPS:,}")
        )
        self.steps.editingFinished.connect(self._steps_edited)
        form.addRow(self.tr("Steps"), self.steps)

        self.start_x = NumberEdit(self.tr("start x"))
        self.start_y = NumberEdit(self.tr("start y"))
        for edit in (self.start_x, self.start_y):
            edit.valueChanged.connect(self._start_edited)
            edit.invalid.connect(self.invalid)
            edit.setToolTip(
                self.tr("start point (or click on the map; Shift+click moves every run)")
            )
        row = QHBoxLayout()
        row.addWidget(self.start_x)
        row.addWidget(self.start_y)
        form.addRow(self.tr("Start (x, y)"), row)

        self.noise = NumberEdit(self.tr("noise σ"), 0.0, low=0.0)
        self.noise.setToolTip(
            self.tr("σ of Gaussian noise added to every gradient (stochastic gradient)")
        )
        self.noise.valueChanged.connect(lambda v: self.changed.emit({"noise": v}))
        self.noise.invalid.connect(self.invalid)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(self.tr("seed of the noise: the same seed gives the same run"))
        self.seed.editingFinished.connect(self._seed_edited)
        row = QHBoxLayout()
        row.addWidget(self.noise, 1)
        row.addWidget(QLabel(self.tr("seed")))
        row.addWidget(self.seed)
        form.addRow(self.tr("Gradient noise σ"), row)

        self.schedule = QComboBox()
        names = {"constant": self.tr("constant"), "step": self.tr("step"),
                 "exponential": self.tr("exponential"), "cosine": self.tr("cosine"),
                 "warmup": self.tr("warmup")}  # fmt: skip
        for kind, (torch_name, _) in SCHEDULES.items():
            name = names.get(kind, kind)
            label = name if kind == "constant" else f"{name} ({torch_name})"
            self.schedule.addItem(label, kind)
            self.schedule.setItemData(
                self.schedule.count() - 1, DESCRIPTIONS[kind], Qt.ItemDataRole.ToolTipRole
            )
        self.schedule.currentIndexChanged.connect(self._schedule_chosen)
        form.addRow(self.tr("LR schedule"), self.schedule)
        self.schedule_box = QWidget()
        self.schedule_form = QFormLayout(self.schedule_box)
        self.schedule_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.schedule_box)
        self.schedule_widgets: dict[str, NumberEdit] = {}

        self.clip_on = QCheckBox(self.tr("clip to norm"))
        self.clip = NumberEdit(self.tr("clip norm"), 1.0, low=0.0, low_open=True)
        self.clip_on.toggled.connect(self._clip_edited)
        self.clip.valueChanged.connect(self._clip_edited)
        self.clip.invalid.connect(self.invalid)
        row = QHBoxLayout()
        row.addWidget(self.clip_on)
        row.addWidget(self.clip, 1)
        form.addRow(self.tr("Gradient clipping"), row)

    # --- showing a run ----------------------------------------------------------------------
    def refresh(self, spec: RunSpec | None) -> None:
        """Show `spec` in every field, including fields left red or holding a refused value."""
        self.spec = None
        self.set_spec(spec)
        if spec is not None:
            self.lr.set_value(spec.lr)
            self._show_hyper_values(spec)

    def set_spec(self, spec: RunSpec | None) -> None:
        """Show `spec`, touching only the widgets whose value differs (a slider being dragged
        or a field being typed in is left alone)."""
        old, self.spec = self.spec, spec
        self.setEnabled(spec is not None)
        if spec is None or spec == old:
            return
        rebuild_hyper = old is None or old.optimizer != spec.optimizer
        rebuild_schedule = old is None or (old.schedule, old.steps) != (spec.schedule, spec.steps)
        with signals_blocked(self.optimizer), signals_blocked(self.schedule):
            if self.name.text() != spec.name:
                self.name.setText(spec.name)
            self.color.setIcon(swatch(spec.color))
            self.optimizer.setCurrentIndex(self.optimizer.findData(spec.optimizer))
            if self.lr.value() != spec.lr:
                self.lr.set_value(spec.lr)
            with signals_blocked(self.steps):
                self.steps.setValue(spec.steps)
            self.start_x.set_value(spec.start[0])
            self.start_y.set_value(spec.start[1])
            self.noise.set_value(spec.noise)
            with signals_blocked(self.seed):
                self.seed.setValue(spec.seed)
            self.schedule.setCurrentIndex(self.schedule.findData(spec.schedule.kind))
            with signals_blocked(self.clip_on):
                self.clip_on.setChecked(spec.clip is not None)
            if spec.clip is not None:
                self.clip.set_value(spec.clip)
            self.clip.setEnabled(spec.clip is not None)
        if rebuild_hyper:
            self._build_hyper_form(spec)
        else:
            self._show_hyper_values(spec)
        if rebuild_schedule:
            self._build_schedule_form(spec)

    def _build_hyper_form(self, spec: RunSpec) -> None:
        opt = get_optimizer(spec.optimizer)
        self.rule.setText("\n".join(part.strip() for part in opt.rule.split(";")))
        while self.hyper_form.rowCount():
            self.hyper_form.removeRow(0)
        self.hyper_widgets = {}
        values = opt.defaults | dict(spec.hyper)
        for h in opt.hypers:
            widget = self._hyper_widget(h, values[h.name])
            tip = self.tr("%1\nvalid: %2; torch default %3").replace("%3", str(h.default))
            doc = i18n.core_text("optimizers", h.doc)
            widget.setToolTip(tip.replace("%2", h.range_text()).replace("%1", doc))
            label = QLabel(h.name)
            label.setToolTip(widget.toolTip())
            self.hyper_form.addRow(label, widget)
            self.hyper_widgets[h.name] = widget

    def _show_hyper_values(self, spec: RunSpec) -> None:
        values = get_optimizer(spec.optimizer).defaults | dict(spec.hyper)
        for name, widget in self.hyper_widgets.items():
            if isinstance(widget, QCheckBox):
                with signals_blocked(widget):
                    widget.setChecked(bool(values[name]))
            elif isinstance(widget, NumberEdit) and widget.value() != values[name]:
                widget.set_value(float(values[name]))

    def _hyper_widget(self, h: Hyper, value: float | bool) -> QWidget:
        if h.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda on, name=h.name: self._hyper_edited(name, on))
            return box
        edit = NumberEdit(h.name, float(value), low=h.low, high=h.high, high_open=h.high_open)
        edit.valueChanged.connect(lambda v, name=h.name: self._hyper_edited(name, v))
        edit.invalid.connect(self.invalid)
        return edit

    def _build_schedule_form(self, spec: RunSpec) -> None:
        while self.schedule_form.rowCount():
            self.schedule_form.removeRow(0)
        self.schedule_widgets = {}
        values = spec.schedule.resolved(spec.steps)
        for key in SCHEDULES[spec.schedule.kind][1]:
            whole = key in ("step_size", "total_iters", "t_max")
            edit = NumberEdit(key, values[key], low=0.0, whole=whole)
            edit.valueChanged.connect(lambda v, k=key: self._schedule_param_edited(k, v))
            edit.invalid.connect(self.invalid)
            self.schedule_form.addRow("    " + key, edit)
            self.schedule_widgets[key] = edit
        self.schedule_box.setVisible(bool(self.schedule_widgets))

    # --- edits ------------------------------------------------------------------------------
    def _name_edited(self) -> None:
        text = self.name.text().strip()
        if self.spec is not None and text and text != self.spec.name:
            self.changed.emit({"name": text})

    def _pick_color(self) -> None:
        if self.spec is None:
            return
        color = QColorDialog.getColor(QColor(self.spec.color), self, self.tr("Run colour"))
        if color.isValid():
            self.changed.emit({"color": color.name()})

    def _optimizer_chosen(self) -> None:
        if self.spec is None:
            return
        name = self.optimizer.currentData()
        # A new optimizer starts from its own defaults (torch's), keeping the learning rate.
        self.changed.emit({"optimizer": name, "hyper": {}})

    def _hyper_edited(self, name: str, value: float | bool) -> None:
        if self.spec is not None:
            self.changed.emit({"hyper": {**dict(self.spec.hyper), name: value}})

    def _steps_edited(self) -> None:
        if self.spec is not None and self.steps.value() != self.spec.steps:
            self.changed.emit({"steps": self.steps.value()})

    def _start_edited(self) -> None:
        self.changed.emit({"start": (self.start_x.value(), self.start_y.value())})

    def _seed_edited(self) -> None:
        if self.spec is not None and self.seed.value() != self.spec.seed:
            self.changed.emit({"seed": self.seed.value()})

    def _schedule_chosen(self) -> None:
        self.changed.emit({"schedule": Schedule(self.schedule.currentData())})

    def _schedule_param_edited(self, key: str, value: float) -> None:
        if self.spec is None:
            return
        params = {**dict(self.spec.schedule.params), key: value}
        try:
            schedule = Schedule(self.spec.schedule.kind, params)
        except ScheduleError as error:
            self.invalid.emit(i18n.error_text(error))
            self._build_schedule_form(self.spec)  # back to the values in force
            return
        self.changed.emit({"schedule": schedule})

    def _clip_edited(self) -> None:
        on = self.clip_on.isChecked()
        self.clip.setEnabled(on)
        self.changed.emit({"clip": self.clip.value() if on else None})
