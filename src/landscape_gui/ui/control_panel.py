"""The control panel: surface picker, the list of runs (add, duplicate, remove, show/hide, each
with its outcome), and the form for the selected run."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from landscape_gui.core.config import ConfigError
from landscape_gui.core.surfaces import all_surfaces
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

        layout.addWidget(QLabel("<b>Surface</b>"))
        self.surface = QComboBox()
        for s in all_surfaces():
            self.surface.addItem(s.title, s.name)
            self.surface.setItemData(self.surface.count() - 1, s.formula_text,
                                     Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.surface.currentIndexChanged.connect(self._surface_chosen)
        layout.addWidget(self.surface)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet("font-family: monospace;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #9aa0a6;")
        layout.addWidget(self.formula)
        layout.addWidget(self.description)

        layout.addWidget(QLabel("<b>Runs</b>"))
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add = QPushButton("Add")
        self.duplicate = QPushButton("Duplicate")
        self.remove = QPushButton("Remove")
        # clicked(checked) would pass a bool as add_run's optional spec: call it bare.
        for button, slot in ((self.add, lambda: model.add_run()),  # noqa: PLW0108
                             (self.duplicate, lambda: model.duplicate_run(model.selected)),
                             (self.remove, lambda: model.remove_run(model.selected))):  # fmt: skip
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        layout.addWidget(QLabel("<b>Selected run</b>"))
        self.editor = RunEditor()
        self.editor.changed.connect(self._edited)
        self.editor.invalid.connect(self._invalid)
        layout.addWidget(self.editor)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #ff8a50;")
        layout.addWidget(self.problem)
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
            self.surface.setCurrentIndex(self.surface.findData(s.name))
        self.formula.setText(f"f(x, y) = {s.formula_text}")
        self.description.setText(s.description)
        self.editor.set_spec(self.model.selected_run.spec if self.model.selected_run else None)

    def sync_runs(self) -> None:
        with signals_blocked(self.list):
            self.list.clear()
            for live in self.model.runs:
                item = QListWidgetItem(swatch(live.spec.color), live.spec.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if live.spec.visible
                                   else Qt.CheckState.Unchecked)  # fmt: skip
                item.setToolTip("tick to show, untick to hide")
                self.list.addItem(item)
            self.list.setCurrentRow(self.model.selected)
        self.remove.setEnabled(bool(self.model.runs))
        self.duplicate.setEnabled(bool(self.model.runs))
        selected = self.model.selected_run
        # Recomputing replaces a run's engine run, not the run: it is the same entry of the list.
        shown = (self.model.selected, len(self.model.runs))
        if selected is None or shown != self._shown:
            self.editor.refresh(selected.spec if selected else None)  # another run: every field
        else:
            self.editor.set_spec(selected.spec)
        self._shown = shown

    def show_outcomes(self, texts: list[str]) -> None:
        """Each run's outcome under its name (called by the window when outcomes change)."""
        for i, text in enumerate(texts):
            item = self.list.item(i)
            if item is not None:
                name = self.model.runs[i].spec.name
                with signals_blocked(self.list):
                    item.setText(f"{name}\n    {text}" if text else name)
                    item.setToolTip(text)

    # --- widgets → model --------------------------------------------------------------------
    def _surface_chosen(self) -> None:
        self.model.set_surface(self.surface.currentData())

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
            self._invalid(str(error))
            self.editor.refresh(live.spec)  # show the values still in force
            return
        self.problem.setText("")
        self.model.update_run(self.model.selected, **changes)

    def _invalid(self, message: str) -> None:
        self.problem.setText(message)
        self.message.emit(message)
