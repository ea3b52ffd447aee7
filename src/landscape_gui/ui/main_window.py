"""The main window: contour view in the centre, control panel, loss plot and inspector in docks,
menus and a toolbar with playback, and the ≤ 60 Hz timer that moves the playhead and draws what
the worker has computed."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSlider,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from landscape_gui import __version__
from landscape_gui.core.lessons import LESSONS, Lesson, get_lesson
from landscape_gui.core.session import default_runs, next_color
from landscape_gui.core.session_file import (
    SUFFIX,
    Session,
    SessionError,
    load_session,
    save_session,
)
from landscape_gui.ui import i18n
from landscape_gui.ui.basin_view import BasinView
from landscape_gui.ui.contour_view import ContourView
from landscape_gui.ui.control_panel import ControlPanel
from landscape_gui.ui.inspector import Inspector
from landscape_gui.ui.loss_view import LossView
from landscape_gui.ui.playback import SPEEDS, Playhead, speed_label
from landscape_gui.ui.runs_model import LiveRun, RunsModel
from landscape_gui.ui.sweep_view import SweepView
from landscape_gui.ui.worker import WorkerThread

FRAME_MS = 16  # ≤ 60 redraws a second, however fast the runs are computed
CAPTION_STYLE = "background: #262626; color: #f0f0f0; padding: 8px; font-size: {size}pt;"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        ask_unsaved: Callable[[], str] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("landscape-gui")
        self.settings = settings if settings is not None else QSettings()
        # What to do with unsaved changes: "save", "discard" or "cancel" (asks by default).
        self.ask_unsaved = ask_unsaved or self._ask_unsaved
        self.session_path: Path | None = None
        self.dirty = False
        self.model = RunsModel()
        self.playhead = Playhead()
        self.worker = WorkerThread()
        self.worker.worker.failed.connect(self._worker_failed)

        self.contour = ContourView()
        # Contour and 3-D side by side or one at a time; the 3-D view is made when first shown.
        self.views = QSplitter(Qt.Orientation.Horizontal)
        self.views.addWidget(self.contour)
        # A lesson's caption sits under the views: what to watch, and why it happens.
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setStyleSheet(CAPTION_STYLE.format(size=13))
        self.caption.setVisible(False)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.views, 1)
        centre_layout.addWidget(self.caption)
        self.setCentralWidget(centre)
        self.lesson: Lesson | None = None
        self.scene_index = 0
        self.presenting = False
        self._before_presenting: tuple[QByteArray, QFont] | None = None
        self.landscape: Any = None  # a LandscapeView once shown (OpenGL is imported only then)
        self._gl_reason: str | None = None  # why 3-D is unavailable ('' = available), once known
        self.panel = ControlPanel(self.model)
        self.loss = LossView()
        self.inspector = Inspector()
        self._dock(
            self.tr("Controls"), self.panel, Qt.DockWidgetArea.LeftDockWidgetArea, "controls"
        )
        self._dock(self.tr("Loss"), self.loss, Qt.DockWidgetArea.BottomDockWidgetArea, "loss")
        self._dock(self.tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea,
                   "inspector")  # fmt: skip
        self.basins = BasinView()
        self._dock(self.tr("Basins"), self.basins, Qt.DockWidgetArea.BottomDockWidgetArea, "basins")
        self.tabifyDockWidget(self.loss_dock, self.basins_dock)
        self.sweep = SweepView()
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self._dock(self.tr("Learning-rate sweep"), self.sweep, bottom, "sweep")
        self.tabifyDockWidget(self.loss_dock, self.sweep_dock)
        self.sweep.run_button.clicked.connect(self.sweep_learning_rate)
        self.sweep.ratePicked.connect(self._sweep_rate_picked)
        self.sweep.finished.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.loss_dock.raise_()
        self.basins.compute.clicked.connect(self.compute_basins)
        self.basins.startPicked.connect(self._basin_start_picked)
        self.basins.finished.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.hover = QLabel()
        self.outcome_label = QLabel()
        self.statusBar().addWidget(self.outcome_label, 1)
        self.statusBar().addPermanentWidget(self.hover)
        self._make_actions()
        self._make_menus_and_toolbar()

        for signal in (self.model.surfaceChanged, self.model.runsChanged,
                       self.model.runRecomputed):  # fmt: skip
            signal.connect(self._mark_dirty)
        self.model.surfaceChanged.connect(self._surface_changed)
        self.model.runsChanged.connect(self._runs_changed)
        self.model.runRecomputed.connect(self._recomputed)
        self.model.selectionChanged.connect(lambda _: self._redraw(force=True))
        self.contour.startPicked.connect(self._start_picked)
        self.contour.startDragged.connect(self._start_dragged)
        self.contour.hovered.connect(self.hover.setText)
        self.panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.playhead.playingChanged.connect(self._playing_changed)
        self.playhead.changed.connect(self.worker_target)

        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._last_tick = time.perf_counter()
        self._outcomes: list[str] = []
        self._failed = False

        self.view_mode = "contour"
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self._restore_settings()
        self._surface_changed()
        self._runs_changed()
        self.worker.start()
        self.timer.start()
        if self._saved_mode in ("3d", "both") and not self.gl_reason():
            self.set_view_mode(self._saved_mode)
        self._mark_clean()  # what is on screen at start is nothing to lose

    # --- construction -----------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        setattr(self, f"{name}_dock", dock)

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot: object,
                tip: str = "", checkable: bool = False) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text} ({action.shortcut().toString()})" if shortcut else tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.play_action = self._action(
            self.tr("Play"), "Space", self.toggle_play, self.tr("Play / pause")
        )
        self.step_action = self._action(
            self.tr("Step"), "Right", self.step_forward, self.tr("Exactly one step of every run")
        )
        self.back_action = self._action(
            self.tr("Step back"), "Left", self.step_back, self.tr("One step back")
        )
        self.reset_action = self._action(
            self.tr("Reset"), "Home", self.reset_playhead, self.tr("Back to step 0")
        )
        self.end_action = self._action(
            self.tr("Go to end"), "End", self.go_to_end, self.tr("Show the last step")
        )
        self.fit_action = self._action(
            self.tr("Fit to surface"),
            "F",
            self.contour.fit,
            self.tr("Show the surface's whole window"),
        )
        self.log_action = self._action(
            self.tr("Logarithmic colours"),
            "L",
            self._log_toggled,
            self.tr("Log colour scale (shows Rosenbrock's valley)"),
            checkable=True,
        )
        # triggered(checked) would pass a bool as add_run's optional spec: call it bare.
        self.view_modes = QActionGroup(self)

        def mode(name: str) -> Callable[[], object]:
            return lambda: self.set_view_mode(name)

        self.contour_mode = self._action(
            self.tr("Contour view"), "Ctrl+1", mode("contour"), checkable=True
        )
        self.landscape_mode = self._action(
            self.tr("3-D view"), "Ctrl+2", mode("3d"), checkable=True
        )
        self.both_mode = self._action(
            self.tr("Contour and 3-D side by side"), "Ctrl+3", mode("both"), checkable=True
        )
        self.toggle_3d_action = self._action(
            self.tr("Switch 2-D / 3-D"),
            "T",
            self.toggle_3d,
            self.tr("Switch between the contour and 3-D views"),
        )
        self.camera_action = self._action(
            self.tr("Reset camera"), "C", self.reset_camera, self.tr("Back to the default 3-D view")
        )
        for a in (self.contour_mode, self.landscape_mode, self.both_mode):
            self.view_modes.addAction(a)
        self.contour_mode.setChecked(True)
        self.add_action = self._action(self.tr("Add run"), "Ctrl+N", lambda: self.model.add_run())  # noqa: PLW0108
        self.duplicate_action = self._action(
            self.tr("Duplicate run"),
            "Ctrl+D",
            lambda: self.model.duplicate_run(self.model.selected),
        )
        self.remove_action = self._action(
            self.tr("Remove run"),
            QKeySequence.StandardKey.Delete,
            lambda: self.model.remove_run(self.model.selected),
        )
        self.defaults_action = self._action(
            self.tr("Reset to defaults"),
            None,
            self.reset_to_defaults,
            self.tr("Forget the settings and start afresh"),
        )
        self.export_action = self._action(
            self.tr("Export…"),
            "Ctrl+E",
            self.open_export,
            self.tr("Pictures, animations and trajectories"),
        )
        self.screenshot_action = self._action(
            self.tr("Save screenshot"),
            "Ctrl+S",
            self.save_screenshot,
            self.tr("Save the current view as PNG in the last-used folder"),
        )
        self.copy_action = self._action(
            self.tr("Copy screenshot"),
            "Ctrl+Shift+C",
            self.copy_screenshot,
            self.tr("Copy the current view to the clipboard"),
        )
        self.next_scene_action = self._action(
            self.tr("Next scene"), "PgDown", self.next_scene, self.tr("The lesson's next scene")
        )
        self.previous_scene_action = self._action(
            self.tr("Previous scene"),
            "PgUp",
            self.previous_scene,
            self.tr("The lesson's previous scene"),
        )
        self.presenter_action = self._action(
            self.tr("Presenter mode"),
            "F5",
            self.toggle_presenter,
            self.tr("Big, keyboard-only view for a projector (Esc leaves)"),
            checkable=True,
        )
        self.leave_presenter_action = self._action(
            self.tr("Leave presenter mode"), "Esc", lambda: self.set_presenter(False)
        )
        self.fullscreen_action = self._action(
            self.tr("Full screen"), "F11", self.toggle_full_screen, checkable=True
        )
        self.open_action = self._action(
            self.tr("Open session…"), QKeySequence.StandardKey.Open, self.open_session_dialog
        )
        # Ctrl+S belongs to the screenshot (as specified), so a session saves with Ctrl+Shift+S.
        self.save_action = self._action(self.tr("Save session"), "Ctrl+Shift+S", self.save_session)
        self.save_as_action = self._action(self.tr("Save session as…"), None, self.save_session_as)
        self.quit_action = self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action(self.tr("About landscape-gui"), None, self._about)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(speed_label(s), s)
        self.speed.setToolTip(
            self.tr("playback speed: from one step a second to as fast as it goes")
        )
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip(self.tr("scrub to any step"))
        self.timeline.setMinimumWidth(220)
        self.timeline.valueChanged.connect(self._scrubbed)
        self.step_label = QLabel(self.tr("step %1 / %2").replace("%1", "0").replace("%2", "0"))
        self.step_label.setMinimumWidth(110)

    def _set_icons(self) -> None:
        style = self.style()
        sp = QStyle.StandardPixmap
        for action, icon in ((self.play_action, sp.SP_MediaPlay),
                             (self.step_action, sp.SP_MediaSeekForward),
                             (self.back_action, sp.SP_MediaSeekBackward),
                             (self.reset_action, sp.SP_MediaSkipBackward),
                             (self.end_action, sp.SP_MediaSkipForward)):  # fmt: skip
            action.setIcon(style.standardIcon(icon))

    def _make_language_menu(self, menu: QMenu) -> None:
        """One checkable entry per language, remembered and used from the next start."""
        group = QActionGroup(self)
        current = i18n.choose_language(None, self.settings)
        for code, name in i18n.LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
        self.language_actions = group

    def choose_language(self, code: str) -> None:
        """Remember the interface language; Qt reads translations at start, so it applies then."""
        i18n.remember_language(code, self.settings)
        self.statusBar().showMessage(
            self.tr("The language changes when landscape-gui is next started"), 8000
        )

    def _make_menus_and_toolbar(self) -> None:
        self._set_icons()
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        for a in (self.export_action, self.screenshot_action, self.copy_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        run_menu = menus.addMenu(self.tr("&Run"))
        for a in (self.play_action, self.step_action, self.back_action, self.reset_action,
                  self.end_action):  # fmt: skip
            run_menu.addAction(a)
        run_menu.addSeparator()
        for a in (self.add_action, self.duplicate_action, self.remove_action):
            run_menu.addAction(a)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.fit_action)
        view_menu.addAction(self.log_action)
        view_menu.addSeparator()
        view_menu.addAction(self.presenter_action)
        view_menu.addAction(self.fullscreen_action)
        view_menu.addSeparator()
        for a in (self.contour_mode, self.landscape_mode, self.both_mode, self.toggle_3d_action,
                  self.camera_action):  # fmt: skip
            view_menu.addAction(a)
        view_menu.addSeparator()
        for name in ("controls", "loss", "inspector", "basins", "sweep"):
            view_menu.addAction(getattr(self, f"{name}_dock").toggleViewAction())
        lessons_menu = menus.addMenu(self.tr("&Lessons"))
        for lesson in LESSONS.values():
            action = lessons_menu.addAction(i18n.lesson_text(lesson.title))
            action.triggered.connect(lambda _=False, name=lesson.name: self.start_lesson(name))
        lessons_menu.addSeparator()
        lessons_menu.addAction(self.next_scene_action)
        lessons_menu.addAction(self.previous_scene_action)
        settings_menu = menus.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.defaults_action)
        self._make_language_menu(settings_menu.addMenu(self.tr("Language")))
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        bar = QToolBar(self.tr("Playback"))
        bar.setObjectName("playback")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        for a in (self.reset_action, self.back_action, self.play_action, self.step_action):
            bar.addAction(a)
        bar.addWidget(self.speed)
        bar.addWidget(self.timeline)
        bar.addWidget(self.step_label)
        bar.addSeparator()
        bar.addAction(self.log_action)
        bar.addAction(self.fit_action)
        bar.addAction(self.toggle_3d_action)
        bar.addAction(self.export_action)
        bar.addAction(self.presenter_action)
        self.toolbar = bar

    # --- settings ---------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        speed = s.value("playback/speed", "10")
        index = next((i for i, v in enumerate(SPEEDS) if str(v) == str(speed)), 3)
        self.speed.setCurrentIndex(index)
        self._speed_chosen()
        surface = s.value("surface", "")
        if isinstance(surface, str) and surface and surface != self.model.surface.spec:
            try:
                self.model.set_surface(surface)
            except Exception:
                self.statusBar().showMessage(
                    self.tr("The remembered surface could not be restored"), 8000
                )
        self.log_action.setChecked(s.value("view/log", "false") in (True, "true"))
        self.contour.set_log_scale(self.log_action.isChecked())
        self._saved_mode = str(s.value("view/mode", "contour"))

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("playback/speed", str(self.speed.currentData()))
        s.setValue("surface", self.model.surface.spec)  # a typed-in function too
        s.setValue("view/log", self.log_action.isChecked())
        s.setValue("view/mode", self.view_mode)
        s.sync()

    def reset_to_defaults(self) -> None:
        self.end_lesson()
        self.settings.clear()
        name, specs = default_runs()
        self.playhead.reset()
        self.model.reset(name, i18n.lesson_runs(specs))
        self.log_action.setChecked(False)
        self._log_toggled()
        self.speed.setCurrentIndex(3)
        self.statusBar().showMessage(self.tr("Settings reset to defaults"), 5000)

    # --- playback ---------------------------------------------------------------------------
    def displayed_step(self) -> int:
        """The step the views show: the playhead, or at the fastest speed what is computed."""
        ph = self.playhead
        if ph.playing and ph.speed is None:
            return max(0, max((lr.ready - 1 for lr in self.model.runs), default=0))
        return ph.step

    def toggle_play(self) -> None:
        """Play, or pause where the runs are; Play once everything has ended starts again."""
        ph = self.playhead
        if ph.playing:
            ph.pause_at(self.displayed_step())  # at the fastest speed: not the last step
        else:
            if self._all_done():
                ph.seek(0)
            ph.set_playing(True)

    def worker_target(self) -> None:
        self.worker.set_target(self.playhead.target())

    def step_forward(self) -> None:
        self.playhead.pause_at(self.displayed_step())
        self.playhead.step_forward()

    def step_back(self) -> None:
        self.playhead.pause_at(self.displayed_step())
        self.playhead.step_back()

    def reset_playhead(self) -> None:
        self.playhead.reset()

    def go_to_end(self) -> None:
        self.playhead.pause_at(self.playhead.limit)

    def _playing_changed(self, playing: bool) -> None:
        self.play_action.setText(self.tr("Pause") if playing else self.tr("Play"))
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_action.setIcon(self.style().standardIcon(icon))
        if not playing and self.playhead.speed is None:
            # Pausing at the fastest speed stops where the runs are.
            self.playhead.position = float(self.displayed_step())
        self.worker_target()

    def _speed_chosen(self) -> None:
        was_fastest = self.playhead.playing and self.playhead.speed is None
        if was_fastest:
            self.playhead.position = float(self.displayed_step())
        self.playhead.speed = self.speed.currentData()
        self.worker_target()

    def _scrubbed(self, value: int) -> None:
        self.playhead.set_playing(False)
        self.playhead.seek(value)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.playhead.advance(now - self._last_tick)
        self._last_tick = now
        self.worker_target()
        self._redraw()
        if self.playhead.playing and self._all_done():
            self.playhead.pause_at(self.displayed_step())

    def _all_done(self) -> bool:
        """Every run shows its last step (finished and drawn)."""
        step = self.displayed_step()
        for live in self.model.runs:
            run = live.run
            if run is None:
                continue
            if not run.finished or live.ready < run.count:
                return False
            if step < live.ready - 1:
                return False
        return True

    # --- drawing ----------------------------------------------------------------------------
    def _redraw(self, force: bool = False) -> None:
        runs = self.model.runs
        step = self.displayed_step()
        self.contour.update_runs(runs, step, self.model.selected)
        if self.landscape is not None and self.landscape.isVisible():
            self.landscape.update_runs(runs, step)
        self.loss.update_runs(runs, step)
        with signals_blocked(self.timeline):
            self.timeline.setMaximum(self.playhead.limit)
            self.timeline.setValue(step)
        text = self.tr("step %1 / %2").replace("%1", str(step))
        self.step_label.setText(text.replace("%2", str(self.playhead.limit)))
        outcomes = [self._outcome_text(live, step) for live in runs]
        if outcomes != self._outcomes or force:
            self._outcomes = outcomes
            self.panel.show_outcomes(outcomes)
            selected = self.model.selected_run
            if selected is not None and outcomes:
                # A label of its own: temporary messages (errors, "start set") stay readable.
                self.outcome_label.setText(f"{selected.spec.name}: {outcomes[self.model.selected]}")
        selected = self.model.selected_run
        text = outcomes[self.model.selected] if selected is not None else ""
        self.inspector.show_step(selected, step, text)

    def _outcome_text(self, live: LiveRun, step: int) -> str:
        """What has become of the run by the step shown, as it happens."""
        if live.run is None:
            return self.tr("invalid: %1").replace("%1", live.error)
        if live.ready == 0:
            reason = live.run.divergence_reason
            return i18n.message_text(reason) if reason else ""
        outcome = live.outcome(step)
        return i18n.message_text(outcome.message) if outcome else ""

    # --- model events -----------------------------------------------------------------------
    def _surface_changed(self) -> None:
        surface = self.model.surface
        self.basins.clear()  # a map or sweep of another surface would mislead
        self.sweep.clear()
        self.contour.set_surface(surface)
        if self.landscape is not None:
            self.landscape.set_surface(surface)
        self.loss.set_surface(surface)
        self._update_title()
        self._runs_changed()

    def _set_limit(self) -> None:
        """The longest run's step count; the playhead never stands beyond it."""
        self.playhead.limit = self.model.max_steps
        if self.playhead.position > self.playhead.limit:
            self.playhead.seek(self.playhead.limit)

    def _runs_changed(self) -> None:
        self._set_limit()
        self.contour.set_runs(self.model.runs)
        if self.landscape is not None:
            self.landscape.set_runs(self.model.runs)
        self.loss.set_runs(self.model.runs)
        self.worker.sync(self.model.runs)
        self._redraw(force=True)

    def _recomputed(self, index: int) -> None:
        self._set_limit()
        self.worker.sync(self.model.runs)

    def _start_picked(self, x: float, y: float, every: bool) -> None:
        self.model.set_start((x, y), every=every)
        text = (
            self.tr("start of every run set to (%1, %2)")
            if every
            else self.tr("start of the selected run set to (%1, %2)")
        )
        text = text.replace("%1", f"{x:.4g}").replace("%2", f"{y:.4g}")
        self.statusBar().showMessage(text, 4000)

    def _start_dragged(self, index: int, x: float, y: float) -> None:
        self.model.select(index)
        self.model.update_run(index, start=(x, y))

    def _log_toggled(self) -> None:
        self.contour.set_log_scale(self.log_action.isChecked())
        if self.landscape is not None:
            self.landscape.set_log_scale(self.log_action.isChecked())

    # --- 3-D --------------------------------------------------------------------------------
    def gl_reason(self) -> str:
        """Why the 3-D view is unavailable here ('' when it is available)."""
        if self._gl_reason is None:
            try:  # OpenGL is loaded only when the 3-D view is asked for
                from landscape_gui.ui.landscape_view import gl_unavailable_reason  # noqa: PLC0415
            except ImportError as error:  # PyOpenGL or the system's libGL missing
                self._gl_reason = self.tr("OpenGL could not be loaded (%1)").replace(
                    "%1", i18n.error_text(error)
                )
            else:
                self._gl_reason = gl_unavailable_reason()
        return self._gl_reason

    def set_view_mode(self, mode: str) -> bool:
        """'contour', '3d' or 'both'; False (with the reason in the status bar) if 3-D cannot be
        shown here."""
        if mode != "contour":
            reason = self.gl_reason()
            if reason:
                self.contour_mode.setChecked(True)
                text = self.tr("The 3-D view is unavailable: %1.").replace("%1", reason)
                self.statusBar().showMessage(text, 10000)
                return False
            if self.landscape is None:
                from landscape_gui.ui.landscape_view import LandscapeView  # noqa: PLC0415

                self.landscape = LandscapeView()
                self.views.addWidget(self.landscape)
                self.landscape.set_surface(self.model.surface, self.log_action.isChecked())
                self.landscape.set_runs(self.model.runs)
        self.contour.setVisible(mode in ("contour", "both"))
        if self.landscape is not None:
            self.landscape.setVisible(mode in ("3d", "both"))
        {"contour": self.contour_mode, "3d": self.landscape_mode, "both": self.both_mode}[
            mode
        ].setChecked(True)
        self.view_mode = mode
        self._redraw(force=True)
        # A hidden view may have held the focus (and a new GL widget can take the window's
        # activation): give both back, so that Space and the arrows keep working.
        shown = self.landscape if mode == "3d" else self.contour
        if shown is not None and self.isVisible():
            self.activateWindow()
            shown.setFocus()
        return True

    def toggle_3d(self) -> None:
        self.set_view_mode("contour" if self.view_mode == "3d" else "3d")

    # --- basins -----------------------------------------------------------------------------
    def compute_basins(self) -> None:
        """The basin map of the selected run's optimizer and settings."""
        live = self.model.selected_run
        if live is None or live.run is None:
            self.statusBar().showMessage(self.tr("Select a valid run to map its basins"), 5000)
            return
        self.basins_dock.show()
        self.basins_dock.raise_()
        self.basins.start(live.run.config, live.spec)

    def _basin_start_picked(self, x: float, y: float) -> None:
        """A run from the clicked start, with the settings the map was made with."""
        base = self.basins.source
        if base is None:
            return
        color = next_color([lr.spec.color for lr in self.model.runs])
        name = self.tr("%1 from (%2, %3)").replace("%2", f"{x:.3g}").replace("%3", f"{y:.3g}")
        name = name.replace("%1", base.name)
        self.model.add_run(base.with_changes(start=(x, y), color=color, name=name))

    # --- learning-rate sweep ----------------------------------------------------------------
    def sweep_learning_rate(self) -> None:
        live = self.model.selected_run
        if live is None or live.run is None:
            self.statusBar().showMessage(
                self.tr("Select a valid run to sweep its learning rate"), 5000
            )
            return
        self.sweep_dock.show()
        self.sweep_dock.raise_()
        self.sweep.start(live.run.config, live.spec)

    def _sweep_rate_picked(self, rate: float) -> None:
        """A run at the clicked rate, otherwise as the swept one."""
        base = self.sweep.source
        if base is None:
            return
        color = next_color([lr.spec.color for lr in self.model.runs])
        name = f"{base.optimizer} η = {rate:g}"
        self.model.add_run(base.with_changes(lr=rate, color=color, name=name))

    # --- export -----------------------------------------------------------------------------
    def current_view(self) -> QWidget:
        """What is shown in the centre: the contour view, the 3-D view, or both."""
        if self.view_mode == "3d" and self.landscape is not None:
            return self.landscape  # type: ignore[no-any-return]
        if self.view_mode == "both":
            return self.views
        return self.contour

    def open_export(self) -> None:
        from landscape_gui.ui.export_dialog import ExportDialog  # noqa: PLC0415

        ExportDialog(self).exec()

    def save_screenshot(self, folder: str | None = None) -> Path | None:
        """The current view as PNG in the last-used folder, named for the surface and time."""
        from landscape_gui.ui.export import save_png, screenshot_name  # noqa: PLC0415

        where = Path(folder or str(self.settings.value("export/folder", str(Path.home()))))
        path = where / screenshot_name(self)
        try:
            save_png(self.current_view(), path)
        except OSError as error:
            text = self.tr("Screenshot not saved: %1").replace("%1", i18n.error_text(error))
            self.statusBar().showMessage(text, 10000)
            return None
        text = self.tr("Screenshot saved to %1").replace("%1", str(path))
        self.statusBar().showMessage(text, 10000)
        return path

    def copy_screenshot(self) -> None:
        from landscape_gui.ui.export import copy_to_clipboard, picture  # noqa: PLC0415

        copy_to_clipboard(picture(self.current_view()))
        self.statusBar().showMessage(
            self.tr("Screenshot of the current view copied to the clipboard"), 5000
        )

    def reset_camera(self) -> None:
        if self.landscape is not None:
            self.landscape.reset_camera()

    def _worker_failed(self, message: str) -> None:
        if self._failed:
            return  # the first report says it; the rest follow from it
        self._failed = True
        QMessageBox.critical(
            self,
            "landscape-gui",
            self.tr(
                "Computing the runs failed:\n%1\n\nSave what you need and restart the app."
            ).replace("%1", message),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About landscape-gui"),
            self.tr(
                "<b>landscape-gui %1</b><p>See optimization: loss surfaces and optimizers "
                "racing across them, every step laid open. Optimizers follow torch.optim "
                "exactly.</p>"
            ).replace("%1", __version__),
        )

    # Keys that playback uses but that a focused control needs for itself (Space ticks a box or
    # presses a button, arrows move a slider or a list): the control gets them.
    _CONTROL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
                     Qt.Key.Key_End, Qt.Key.Key_Up, Qt.Key.Key_Down)  # fmt: skip
    _CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractItemView, QComboBox, QAbstractSpinBox)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            focus = QApplication.focusWidget()
            if (
                event.key() in self._CONTROL_KEYS
                and isinstance(focus, self._CONTROLS)
                and focus.window() is self
            ):
                event.accept()  # deliver the key to the control, not to the shortcut
                return False
        return super().eventFilter(watched, event)

    # --- presenter mode ---------------------------------------------------------------------
    PRESENTER_SCALE = 1.6

    def toggle_presenter(self) -> None:
        self.set_presenter(not self.presenting)

    def set_presenter(self, on: bool) -> None:
        """For a projector: controls, menu and toolbar hidden, text, lines and markers larger,
        the caption large under the views; Space, arrows, PageUp/PageDown and F (full screen)
        drive it, Esc leaves."""
        if on == self.presenting:
            return
        self.presenting = on
        self.presenter_action.setChecked(on)
        if on:
            self._before_presenting = (self.saveState(), self.font())
            for dock in (self.controls_dock, self.inspector_dock, self.basins_dock,
                         self.sweep_dock):  # fmt: skip
                dock.hide()
            self.menuBar().hide()
            self.toolbar.hide()
            self.statusBar().hide()
            self.caption.setStyleSheet(CAPTION_STYLE.format(size=20))
            self.loss_dock.setTitleBarWidget(QWidget())  # no title, float or close buttons
            # The map is the picture: the loss plot takes a fifth of the height, not more.
            height = max(140, self.height() // 5)
            self.resizeDocks([self.loss_dock], [height], Qt.Orientation.Vertical)
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * self.PRESENTER_SCALE)
            self.setFont(font)
            self.fit_action.setShortcut(QKeySequence())
            self.fullscreen_action.setShortcut(QKeySequence("F"))

        else:
            state, font = self._before_presenting
            self.setFont(font)
            self.restoreState(state)
            self.loss_dock.setTitleBarWidget(None)
            self.menuBar().show()
            self.toolbar.show()
            self.statusBar().show()
            self.caption.setStyleSheet(CAPTION_STYLE.format(size=13))
            self.fullscreen_action.setShortcut(QKeySequence("F11"))
            self.fit_action.setShortcut(QKeySequence("F"))
            if self.isFullScreen():
                self.showNormal()
                self.fullscreen_action.setChecked(False)
        self.contour.set_presenting(on)
        self.loss.set_presenting(on)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # --- lessons ----------------------------------------------------------------------------
    def start_lesson(self, name: str, scene: int = 0) -> bool:
        if not self._changes_may_go():
            return False
        self.lesson = get_lesson(name)
        self.show_scene(scene)
        return True

    def show_scene(self, index: int) -> None:
        """Scene `index` of the lesson: its session on screen, its caption under the views."""
        if self.lesson is None:
            return
        self.scene_index = max(0, min(index, len(self.lesson.scenes) - 1))
        scene = self.lesson.scenes[self.scene_index]
        self.apply_session(replace(scene.session, runs=i18n.lesson_runs(scene.session.runs)))
        self.session_path = None
        self._mark_clean()  # a lesson is nothing to lose
        count = len(self.lesson.scenes)
        tr = i18n.lesson_text
        more = (
            self.tr("PageDown for the next scene")
            if self.scene_index + 1 < count
            else self.tr("the last scene")
        )
        footer = self.tr("scene %1 of %2 · Space plays · %3")
        footer = footer.replace("%1", str(self.scene_index + 1)).replace("%2", str(count))
        heading = f"{tr(self.lesson.title)} — {tr(scene.title)}"
        self.caption.setText(
            f"<b>{html.escape(heading, False)}</b><br>{html.escape(tr(scene.caption), False)}"
            f"<br><span style='color:#9aa0a6'>{html.escape(footer.replace('%3', more))}</span>"
        )
        self.caption.setVisible(True)
        self.statusBar().showMessage(f"{tr(self.lesson.title)}: {tr(scene.title)}", 5000)

    def next_scene(self) -> None:
        last = self.lesson is None or self.scene_index + 1 >= len(self.lesson.scenes)
        if not last and self._changes_may_go():
            self.show_scene(self.scene_index + 1)

    def previous_scene(self) -> None:
        if self.lesson is not None and self.scene_index > 0 and self._changes_may_go():
            self.show_scene(self.scene_index - 1)

    def end_lesson(self) -> None:
        self.lesson = None
        self.caption.setVisible(False)

    # --- sessions ---------------------------------------------------------------------------
    def current_session(self) -> Session:
        (x0, x1), (y0, y1) = self.contour.plotItem.vb.viewRange()
        return Session(
            surface=self.model.surface.spec,
            runs=[live.spec for live in self.model.runs],
            selected=max(self.model.selected, 0),
            step=self.displayed_step(),
            log_scale=self.log_action.isChecked(),
            mode=self.view_mode,
            view_range=((x0, x1), (y0, y1)),
            camera=self.landscape.camera() if self.landscape is not None else None,
        )

    def apply_session(self, session: Session) -> None:
        self.playhead.set_playing(False)
        self.model.reset(session.surface, session.runs)
        self.model.select(session.selected)
        self.log_action.setChecked(session.log_scale)
        self._log_toggled()
        if session.mode != "contour":
            self.set_view_mode(session.mode)
        else:
            self.set_view_mode("contour")
        if session.camera is not None and self.landscape is not None:
            self.landscape.set_camera(session.camera)
        if session.view_range is not None:
            (x0, x1), (y0, y1) = session.view_range
            self.contour.plotItem.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.playhead.seek(session.step)

    def open_session(self, path: str | Path) -> bool:
        """Open a session; a damaged or foreign file is named and the screen stays as it was."""
        if not self._changes_may_go():
            return False
        try:
            session = load_session(path)
        except SessionError as error:
            why = i18n.error_text(error)
            text = self.tr("The session was not opened.\n\n%1").replace("%1", why)
            QMessageBox.warning(self, self.tr("Open session"), text)
            self.statusBar().showMessage(self.tr("Not opened: %1").replace("%1", why), 10000)
            return False
        self.end_lesson()
        before = self.current_session()
        try:
            self.apply_session(session)
        except Exception as error:
            self.apply_session(before)
            text = self.tr("The session was not opened: %1").replace("%1", i18n.error_text(error))
            QMessageBox.warning(self, self.tr("Open session"), text)
            return False
        self._set_session_path(Path(path))
        self._mark_clean()
        if not session.runs:  # a valid file, but nothing would ever move: say what to do
            self.statusBar().showMessage(
                self.tr("The session has no runs: add one with Run → Add run (Ctrl+N)"), 15000
            )
        return True

    def open_session_dialog(self) -> None:
        folder = str(self.settings.value("session/folder", str(Path.home())))
        sessions = self.tr("Sessions (%1)").replace("%1", f"*{SUFFIX}")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), folder,
                                              f"{sessions};;JSON (*.json)")  # fmt: skip
        if path:
            self.open_session(path)

    def save_session(self) -> bool:
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    def save_session_as(self) -> bool:
        folder = str(self.settings.value("session/folder", str(Path.home())))
        name = str(Path(folder) / f"{self.model.surface.name}{SUFFIX}")
        sessions = self.tr("Sessions (%1)").replace("%1", f"*{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), name,
                                              sessions)  # fmt: skip
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path = str(Path(path).with_suffix("")) + SUFFIX
        return self.save_session_to(Path(path))

    def save_session_to(self, path: Path) -> bool:
        try:
            save_session(path, self.current_session())
        except (OSError, UnicodeError, ValueError) as error:
            text = self.tr("The session was not saved: %1").replace("%1", i18n.error_text(error))
            QMessageBox.warning(self, self.tr("Save session"), text)
            return False
        self._set_session_path(path)
        self._mark_clean()
        self.statusBar().showMessage(self.tr("Session saved to %1").replace("%1", str(path)), 6000)
        return True

    def _set_session_path(self, path: Path) -> None:
        self.session_path = path
        self.settings.setValue("session/folder", str(path.parent))
        recent = [str(path)] + [p for p in self._recent() if p != str(path)]
        self.settings.setValue("session/recent", recent[:8])

    def _recent(self) -> list[str]:
        value = self.settings.value("session/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in (value or [])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        if not self._recent():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _mark_dirty(self) -> None:
        if not self.dirty:
            self.dirty = True
            self._update_title()

    def _mark_clean(self) -> None:
        self.dirty = False
        self._update_title()

    def _update_title(self) -> None:
        surface = i18n.core_text("surfaces", self.model.surface.title)
        name = self.session_path.name if self.session_path else surface
        self.setWindowTitle(f"landscape-gui — {name}{' *' if self.dirty else ''}")

    def _ask_unsaved(self) -> str:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)  # fmt: skip
        question = self.tr("The session has changed. Save it first?")
        answer = QMessageBox.question(self, self.tr("Unsaved changes"), question, buttons)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")  # fmt: skip

    def _changes_may_go(self) -> bool:
        """True when unsaved changes were saved or may be discarded."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save_session()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._changes_may_go():
            event.ignore()
            return
        self.set_presenter(False)  # the layout to remember is the normal one
        self.basins.stop()
        self.sweep.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
        self.worker.shutdown()
        self._save_settings()
        super().closeEvent(event)
