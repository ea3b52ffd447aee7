"""The control panel: surface picker, the list of runs (add, duplicate, remove, show/hide, each
with its outcome), and the form for the selected run."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from landscape_gui.core.config import ConfigError
from landscape_gui.core.curvature import stability_limit
from landscape_gui.core.custom_surface import custom_surface
from landscape_gui.core.expressions import ExpressionError
from landscape_gui.core.surfaces import all_surfaces
from landscape_gui.ui import i18n
from landscape_gui.ui.fields import NumberEdit
from landscape_gui.ui.run_editor import RunEditor, swatch
from landscape_gui.ui.runs_model import RunsModel


class ControlPanel(QScrollArea):
    message = Signal(str)  # a problem to show in the status bar

    def __init__(self, model: RunsModel) -> None:
        super().__init__()
        self.model = model
        self._shown: tuple[int, int] = (-1, -1)  # (selected index, runs) the editor shows
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        layout.addWidget(QLabel(self.tr("<b>Surface</b>")))
        self.surface = QComboBox()
        for s in all_surfaces():
            self.surface.addItem(i18n.core_text("surfaces", s.title), s.name)
            self.surface.setItemData(self.surface.count() - 1, s.formula_text,
                                     Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.surface.addItem(self.tr("Your own function…"), "custom")
        self.surface.currentIndexChanged.connect(self._surface_chosen)
        layout.addWidget(self.surface)
        self.params_box = QWidget()  # a surface's own parameters (the ravine's κ)
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setContentsMargins(0, 0, 0, 0)
        self.param_edits: dict[str, NumberEdit] = {}
        self._params_of = ""  # the surface whose parameter fields are shown
        layout.addWidget(self.params_box)

        self.custom_box = QWidget()
        custom = QFormLayout(self.custom_box)
        custom.setContentsMargins(0, 0, 0, 0)
        self.expr = QLineEdit()
        self.expr.setPlaceholderText("(1 - x)^2 + 100*(y - x^2)^2")
        self.expr.setToolTip(
            self.tr(
                "f(x, y) with + − * / ** ^, numbers, pi, e and "
                "sin cos tan asin acos atan sinh cosh tanh exp log log10 sqrt abs sign sigmoid "
                "softplus min(a, b) max(a, b)"
            )
        )
        self.expr.returnPressed.connect(self.apply_expression)
        self.window_edit = QLineEdit("-3, 3, -3, 3")
        self.window_edit.setToolTip(self.tr("the view window: x from, x to, y from, y to"))
        self.window_edit.returnPressed.connect(self.apply_expression)
        self.expr_name = QLineEdit()
        self.expr_name.setPlaceholderText(self.tr("(optional)"))
        self.expr_name.setToolTip(self.tr("a name for your function, shown as its title"))
        self.expr_name.returnPressed.connect(self.apply_expression)
        apply = QPushButton(self.tr("Use this function"))
        apply.clicked.connect(self.apply_expression)
        self.expr_message = QLabel()
        self.expr_message.setWordWrap(True)
        custom.addRow("f(x, y) =", self.expr)
        custom.addRow(self.tr("window"), self.window_edit)
        custom.addRow(self.tr("name"), self.expr_name)
        custom.addRow(apply)
        custom.addRow(self.expr_message)
        layout.addWidget(self.custom_box)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet("font-family: monospace;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #9aa0a6;")
        layout.addWidget(self.formula)
        layout.addWidget(self.description)

        layout.addWidget(QLabel(self.tr("<b>Runs</b>")))
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add"))
        self.duplicate = QPushButton(self.tr("Duplicate"))
        self.remove = QPushButton(self.tr("Remove"))
        # clicked(checked) would pass a bool as add_run's optional spec: call it bare.
        for button, slot in ((self.add, lambda: model.add_run()),  # noqa: PLW0108
                             (self.duplicate, lambda: model.duplicate_run(model.selected)),
                             (self.remove, lambda: model.remove_run(model.selected))):  # fmt: skip
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(self.tr("<b>Selected run</b>")))
        # A refused value is named here, above the form, where it is seen without scrolling.
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #ff8a50; font-weight: bold;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.editor = RunEditor()
        self.editor.changed.connect(self._edited)
        self.editor.invalid.connect(self._invalid)
        layout.addWidget(self.editor)
        layout.addStretch(1)

        model.surfaceChanged.connect(self.sync_surface)
        model.runsChanged.connect(self.sync_runs)
        model.selectionChanged.connect(lambda _: self.sync_runs())
        self.sync_surface()
        self.sync_runs()

    # --- model → widgets --------------------------------------------------------------------
    def sync_surface(self) -> None:
        s = self.model.surface
        with signals_blocked(self.surface):
            self.surface.setCurrentIndex(self.surface.findData("custom" if s.expression
                                                              else s.name))  # fmt: skip
        self.custom_box.setVisible(bool(s.expression) or self.surface.currentData() == "custom")
        self._show_params()
        if s.expression:
            (x0, x1), (y0, y1) = s.window
            self.expr.setText(s.expression)
            self.window_edit.setText(f"{x0:g}, {x1:g}, {y0:g}, {y1:g}")
            named = s.title != f"f(x, y) = {s.expression}"
            self.expr_name.setText(s.title if named else "")
        self.formula.setText(f"f(x, y) = {s.formula_text}")
        self.description.setText(i18n.core_text("surfaces", s.description))
        self.editor.set_spec(self.model.selected_run.spec if self.model.selected_run else None)
        self._show_limit()

    def sync_runs(self) -> None:
        with signals_blocked(self.list):
            self.list.clear()
            for live in self.model.runs:
                item = QListWidgetItem(swatch(live.spec.color), live.spec.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if live.spec.visible
                                   else Qt.CheckState.Unchecked)  # fmt: skip
                item.setToolTip(self.tr("tick to show, untick to hide"))
                self.list.addItem(item)
            self.list.setCurrentRow(self.model.selected)
        self.remove.setEnabled(bool(self.model.runs))
        self.duplicate.setEnabled(bool(self.model.runs))
        self._show_limit()
        selected = self.model.selected_run
        # Recomputing replaces a run's engine run, not the run: it is the same entry of the list.
        shown = (self.model.selected, len(self.model.runs))
        if selected is None or shown != self._shown:
            self.editor.refresh(selected.spec if selected else None)  # another run: every field
            self.problem.setVisible(False)  # what was refused was another run's
        else:
            self.editor.set_spec(selected.spec)
        self._shown = shown

    def _show_limit(self) -> None:
        """Mark 2/λ_max (and its momentum forms) on the rate control where the surface has one."""
        live = self.model.selected_run
        limit = None
        formula = "2/λ_max"
        if live is not None and live.run is not None:
            config = live.run.config
            limit = stability_limit(self.model.surface, config.optimizer, config.hyper)
            if float(config.hyper.get("momentum", 0.0)) > 0:  # see stability_limit
                nesterov = bool(config.hyper.get("nesterov"))
                formula = "2(1 + μ)/(λ_max(1 + 2μ))" if nesterov else "2(1 + μ)/λ_max"
                formula = formula.replace(" ", "\u00a0")  # wrapped as one word
        self.editor.lr.set_limit(limit, formula)

    def show_outcomes(self, texts: list[str]) -> None:
        """Each run's outcome under its name (called by the window when outcomes change)."""
        for i, text in enumerate(texts):
            item = self.list.item(i)
            if item is not None:
                name = self.model.runs[i].spec.name
                with signals_blocked(self.list):
                    item.setText(f"{name}\n    {text}" if text else name)
                    item.setToolTip(text)

    def _show_params(self) -> None:
        """A field for each parameter of the surface on screen, with its value."""
        s = self.model.surface
        if self._params_of == s.name:
            for key, edit in self.param_edits.items():
                edit.set_value(float(s.params[key]))
            return
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_edits = {}
        self._params_of = s.name
        for key, value in s.params.items():
            label, low, help_text = self._param_info(key)
            edit = NumberEdit(label, float(value), low=low)
            edit.setToolTip(help_text)
            edit.valueChanged.connect(self._param_changed)
            edit.invalid.connect(self.message)
            self.params_form.addRow(label, edit)
            self.param_edits[key] = edit
        self.params_box.setVisible(bool(self.param_edits))

    def _param_info(self, key: str) -> tuple[str, float | None, str]:
        """A surface parameter's label, lower bound and help."""
        if key == "kappa":
            return (
                self.tr("κ (condition number)"),
                1.0,
                self.tr("how many times more sharply it curves across than along; 1 is round"),
            )
        return key, None, ""

    def _param_changed(self) -> None:
        s = self.model.surface
        values = ":".join(f"{key}={edit.value()!r}" for key, edit in self.param_edits.items())
        self.model.set_surface(f"{s.name}:{values}", keep_starts=True)

    # --- widgets → model --------------------------------------------------------------------
    def _surface_chosen(self) -> None:
        choice = self.surface.currentData()
        if choice == "custom":
            self.custom_box.setVisible(True)
            self.expr.setFocus()
            if self.expr.text().strip():
                self.apply_expression()
            return
        self.custom_box.setVisible(False)
        self.model.set_surface(choice)

    def apply_expression(self) -> bool:
        """Use the typed function; a bad one is named under the field and nothing changes."""
        try:
            parts = [float(v) for v in self.window_edit.text().replace(";", ",").split(",")]
            if len(parts) != 4:
                raise ValueError
        except ValueError:
            self._expression_problem(self.tr("window: four numbers, x from, x to, y from, y to "
                                             "(e.g. -3, 3, -2, 2)"))  # fmt: skip
            return False
        x0, x1, y0, y1 = parts
        try:
            surface = custom_surface(self.expr.text(), ((x0, x1), (y0, y1)), self.expr_name.text())
        except ExpressionError as error:
            self._expression_problem(i18n.error_text(error))
            return False
        self.model.set_surface(surface.spec)
        self.expr_message.setStyleSheet("color: #9aa0a6;")
        gx, gy = surface.gradient_text
        self.expr_message.setText(f"∂f/∂x = {gx}\n∂f/∂y = {gy}")
        return True

    def _expression_problem(self, message: str) -> None:
        self.expr_message.setStyleSheet("color: #ff8a50;")
        self.expr_message.setText(message)
        self.message.emit(message)

    def _row_chosen(self, row: int) -> None:
        self.model.select(row)

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        visible = item.checkState() == Qt.CheckState.Checked
        if 0 <= row < len(self.model.runs) and self.model.runs[row].spec.visible != visible:
            self.model.update_run(row, visible=visible)

    def _edited(self, changes: dict[str, object]) -> None:
        live = self.model.selected_run
        if live is None:
            return
        candidate = live.spec.with_changes(**changes)
        try:
            candidate.config(self.model.surface)
        except (ConfigError, ValueError) as error:
            self._invalid(i18n.error_text(error))
            self.editor.refresh(live.spec)  # show the values still in force
            return
        self.problem.setText("")
        self.problem.setVisible(False)
        self.model.update_run(self.model.selected, **changes)

    def _invalid(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        self.message.emit(message)
