"""File → Export: choose what (window, contour, 3-D, loss plot, animation, trajectories), the format
and, where the format has them, the size or the frame width and speed, then where; animations show a
progress bar with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from landscape_gui.core.files import WriteError
from landscape_gui.ui import i18n
from landscape_gui.ui.export import (
    MP4_AVAILABLE,
    ExportCancelled,
    save_all_trajectories,
    save_animation,
    save_png,
    save_svg,
    save_trajectory,
)

if TYPE_CHECKING:
    from landscape_gui.ui.main_window import MainWindow

# what → the formats it can be written in (the labels are translated where they are shown)
KINDS = {
    "window": (QT_TRANSLATE_NOOP("ExportDialog", "Whole window"), ("png",)),
    "contour": (QT_TRANSLATE_NOOP("ExportDialog", "Contour view"), ("png", "svg")),
    "3d": (QT_TRANSLATE_NOOP("ExportDialog", "3-D view"), ("png",)),
    "loss": (QT_TRANSLATE_NOOP("ExportDialog", "Loss plot"), ("png", "svg")),
    "animation": (
        QT_TRANSLATE_NOOP("ExportDialog", "Animation of the runs, step 0 to now"),
        ("gif", "mp4"),
    ),
    "trajectory": (QT_TRANSLATE_NOOP("ExportDialog", "Selected run's trajectory"), ("csv", "json")),
    "trajectories": (QT_TRANSLATE_NOOP("ExportDialog", "All runs' trajectories"), ("csv", "json")),
}
SIZES = ("screen", "double", "width")
# format → the settings that apply to it (the rows of the others are hidden)
SETTINGS = {
    "png": ("size", "width"),
    "svg": (),
    "gif": ("width", "fps"),
    "mp4": ("width", "fps"),
    "csv": (),
    "json": (),
}
ANIMATIONS = ("gif", "mp4")


class ExportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for key, (label, _) in KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.format = QComboBox()
        self.size = QComboBox()
        self.size.addItem(self.tr("screen size"), "screen")
        self.size.addItem(self.tr("2 × (sharp on slides)"), "double")
        self.size.addItem(self.tr("chosen width"), "width")
        self.width = QSpinBox()
        self.width.setRange(64, 8192)
        self.width.setValue(1920)
        self.width.setSuffix(" px")
        self.fps = QSpinBox()
        self.fps.setRange(1, 50)
        self.fps.setValue(12)
        self.fps.setSuffix(self.tr(" frames/s"))
        # The width of a picture (with "chosen width") and of an animation's frames are kept
        # apart: a picture defaults to 1920 px, an animation to the view's width on screen.
        self._widths: dict[bool, int | None] = {False: self.width.value(), True: None}
        self._animated = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #9aa0a6;")
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Width"), self.width)
        form.addRow(self.tr("Speed"), self.fps)
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export…"))
        buttons.accepted.connect(self._choose_and_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.form = form
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.format.currentIndexChanged.connect(self._sync)
        self.size.currentIndexChanged.connect(self._sync)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        key = self.kind.currentData()
        self.format.clear()
        for fmt in KINDS[key][1]:
            self.format.addItem(fmt.upper(), fmt)
            if fmt == "mp4" and not MP4_AVAILABLE:
                index = self.format.count() - 1
                item = self.format.model().item(index)  # type: ignore[attr-defined]
                item.setEnabled(False)
                item.setToolTip(self.tr("install the optional extra: pip install imageio-ffmpeg"))
        reason = self.window_.gl_reason()
        notes = {
            "3d": reason and self.tr("Unavailable: %1.").replace("%1", reason),
            "animation": self.tr("Frames show the views as they are now, for each step from 0 to "
                                 "the current one (at most 120 frames)."),
            "trajectory": self.tr("The whole run, step 0 to its last step, in the format of "
                                  "`landscape-gui trace` (CSV or JSON)."),
            "trajectories": self.tr("Every run, step 0 to its last step. CSV: one table, the "
                                    "columns run (0, 1, …) and name, then those of "
                                    "`landscape-gui trace`. JSON: {\"runs\": [...]}, each run as "
                                    "`landscape-gui trace` writes it."),
        }  # fmt: skip
        self.note.setText(notes.get(key) or "")
        self.form.setRowVisible(self.note, bool(self.note.text()))
        self._sync()

    def applies(self, setting: str) -> bool:
        """Whether `setting` ("size", "width" or "fps") applies to the chosen format."""
        return setting in SETTINGS.get(self.format.currentData(), ())

    def _sync(self) -> None:
        fmt = self.format.currentData()
        if fmt is None:
            return  # the format list is being refilled
        animated = fmt in ANIMATIONS
        if animated != self._animated:
            self._widths[self._animated] = self.width.value()
            width = self._widths[animated]
            self.width.setValue(width if width is not None else self.window_.current_view().width())
            self._animated = animated
        for setting, widget in (("size", self.size), ("width", self.width), ("fps", self.fps)):
            self.form.setRowVisible(widget, self.applies(setting))
        # a picture's width is the chosen one only with "chosen width"; an animation's always
        self.width.setEnabled(animated or self.size.currentData() == "width")
        self.adjustSize()

    def source(self) -> QWidget:
        """The widget the chosen picture comes from."""
        w = self.window_
        key = self.kind.currentData()
        if key == "window":
            return w
        if key == "contour":
            return w.contour
        if key == "loss":
            return w.loss
        if key == "3d":
            if not w.set_view_mode("both" if w.view_mode == "contour" else w.view_mode):
                raise ValueError(
                    self.tr("the 3-D view is unavailable: %1").replace("%1", w.gl_reason())
                )
            return w.landscape  # type: ignore[no-any-return]
        return w.current_view()

    def export_to(self, path: Path, progress: QProgressDialog | None = None) -> str:
        """Write the chosen export to `path`; returns what to say in the status bar."""
        key = self.kind.currentData()
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_suffix(f".{fmt}")
        width = self.width.value() if self.size.currentData() == "width" else None
        scale = 2.0 if self.size.currentData() == "double" else 1.0
        if key == "trajectory":
            save_trajectory(self.window_, path)
        elif key == "trajectories":
            save_all_trajectories(self.window_, path)
            return self.tr("Saved every run's trajectory to %1").replace("%1", str(path))
        elif key == "animation":

            def step(done: int, total: int) -> bool:
                if progress is None:
                    return True
                progress.setMaximum(total)
                progress.setValue(done)
                return not progress.wasCanceled()

            widget = self.source()
            frames = save_animation(
                self.window_, widget, path, self.fps.value(), self.width.value(), step
            )
            return (
                self.tr("Saved %1 frames to %2").replace("%1", str(frames)).replace("%2", str(path))
            )
        elif fmt == "svg":
            save_svg(self.source(), path)
        else:
            save_png(self.source(), path, scale, width)
        return self.tr("Saved %1").replace("%1", str(path))

    def _choose_and_export(self) -> None:
        settings = self.window_.settings
        folder = str(settings.value("export/folder", str(Path.home())))
        fmt = self.format.currentData()
        name = f"{Path(folder) / ('landscape-' + self.kind.currentData())}.{fmt}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name,
                                                f"{fmt.upper()} (*.{fmt})")  # fmt: skip
        if not chosen:
            return
        progress = None
        if self.kind.currentData() == "animation":
            progress = QProgressDialog(
                self.tr("Drawing the frames…"), self.tr("Cancel"), 0, 1, self
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
        try:
            message = self.export_to(Path(chosen), progress)
        except ExportCancelled:
            self.window_.statusBar().showMessage(
                self.tr("Export cancelled: nothing was written"), 5000
            )
            return
        except (WriteError, ValueError, OSError) as error:
            text = self.tr("Nothing was written: %1").replace("%1", i18n.error_text(error))
            QMessageBox.warning(self, self.tr("Export"), text)
            return
        finally:
            if progress is not None:
                progress.close()
        settings.setValue("export/folder", str(Path(chosen).parent))
        self.window_.statusBar().showMessage(message, 8000)
        self.accept()
