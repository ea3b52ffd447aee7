"""The desktop app under the offscreen platform: playback, step-by-step, editing, clicks, outcomes,
the worker thread's life, the throttled redraw, settings, and a screenshot."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage

from landscape_gui.core.engine import Run
from landscape_gui.core.session import RunSpec


def engine_path(window, index: int) -> np.ndarray:
    """The core engine's trajectory for run `index` of the window, computed independently."""
    spec = window.model.runs[index].spec
    return Run(spec.config(window.model.surface)).run_to_end().path()


def drawn_path(window, index: int) -> np.ndarray:
    x, y = window.contour.runs[index].path.getData()
    return np.column_stack([x, y]) if x is not None else np.zeros((0, 2))


def race(runs: int, steps: int) -> list[RunSpec]:
    """`runs` Adam runs on Rosenbrock from nearby starts: a long, heavy workload."""
    return [
        RunSpec(f"r{i}", "#ffffff", "adam", 1e-3, start=(-1.5, 2.0 - 0.1 * i), steps=steps)
        for i in range(runs)
    ]


def play_to_end(window, qtbot, timeout: int = 20000) -> None:
    window.speed.setCurrentIndex(window.speed.count() - 1)  # fastest
    window.play_action.trigger()
    qtbot.waitUntil(lambda: not window.playhead.playing, timeout=timeout)


def test_default_window_is_the_first_lesson(window) -> None:
    model = window.model
    assert model.surface.name == "bowl"
    assert [r.spec.optimizer for r in model.runs] == ["gd", "gd", "gd"]
    rates = sorted(r.spec.lr for r in model.runs)
    assert rates[0] < 0.1 and 0.1 < rates[1] < 1.0 and rates[2] > 1.0  # L = 2: limit 2/L = 1


def test_play_runs_every_run_to_its_step_count_exactly_as_the_engine(window, qtbot) -> None:
    play_to_end(window, qtbot)
    for i, live in enumerate(window.model.runs):
        expected = engine_path(window, i)
        drawn = drawn_path(window, i)
        if live.run.diverged_at is None:
            assert len(drawn) == live.spec.steps + 1
        np.testing.assert_array_equal(drawn, expected)


def test_step_step_back_and_scrub(window, qtbot) -> None:
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: len(drawn_path(window, 1)) == 1)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(drawn_path(window, 1)) == 2)
    assert window.displayed_step() == 1
    np.testing.assert_array_equal(drawn_path(window, 1), engine_path(window, 1)[:2])
    window.step_action.trigger()
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(drawn_path(window, 1)) == 4)
    window.back_action.trigger()
    qtbot.waitUntil(lambda: len(drawn_path(window, 1)) == 3)
    assert window.displayed_step() == 2
    window.timeline.setValue(50)
    qtbot.waitUntil(lambda: len(drawn_path(window, 0)) == 51)
    np.testing.assert_array_equal(drawn_path(window, 0), engine_path(window, 0)[:51])
    # The loss plot and the inspector follow the same step.
    x, _ = window.loss.curves[0].getData()
    assert len(x) == 51
    assert "step 50" in window.inspector.toPlainText()


def test_keyboard_shortcuts_are_bound(window) -> None:
    assert window.play_action.shortcut().toString() == "Space"
    assert window.step_action.shortcut().toString() == "Right"
    assert window.back_action.shortcut().toString() == "Left"
    assert window.reset_action.shortcut().toString() == "Home"


def test_inspector_shows_the_rule_with_this_steps_numbers(window, qtbot) -> None:
    window.model.select(1)
    window.timeline.setValue(1)
    qtbot.waitUntil(lambda: "θ₂ = θ₁ − η·g" in window.inspector.toPlainText())
    text = window.inspector.toPlainText()
    assert "1 of 100" in text
    # By hand: θ₀ = (−2, 4), g₀ = (−8, 6), θ₁ = θ₀ − 0.3·g₀ = (0.4, 2.2); g₁ = 2·(θ₁ − (2, 1)).
    assert "θ₂ = θ₁ − η·g = (0.4, 2.2) − 0.3·(−3.2, 2.4) = (1.36, 1.48)" in text


def test_changing_the_optimizer_changes_the_form_and_recomputes(window, qtbot) -> None:
    editor = window.panel.editor
    window.model.select(0)
    editor.optimizer.setCurrentIndex(editor.optimizer.findData("adam"))
    assert set(editor.hyper_widgets) == {"beta1", "beta2", "eps", "weight_decay", "amsgrad"}
    assert "torch default 0.999" in editor.hyper_widgets["beta2"].toolTip()
    assert window.model.runs[0].spec.optimizer == "adam"
    editor.hyper_widgets["beta1"].setText("0.5")
    editor.hyper_widgets["beta1"].editingFinished.emit()
    assert window.model.runs[0].spec.hyper["beta1"] == 0.5
    play_to_end(window, qtbot)
    np.testing.assert_array_equal(drawn_path(window, 0), engine_path(window, 0))
    assert window.model.runs[0].run.config.hyper["beta1"] == 0.5


def test_learning_rate_slider_and_exact_entry(window) -> None:
    lr = window.panel.editor.lr
    window.model.select(0)
    lr.entry.setText("0.0123")
    lr.entry.editingFinished.emit()
    assert window.model.runs[0].spec.lr == 0.0123
    assert window.model.runs[0].run.config.lr == 0.0123
    lr.slider.setValue(lr.slider.maximum())  # 10
    assert window.model.runs[0].spec.lr == 10.0
    lr.slider.setValue(0)
    assert window.model.runs[0].spec.lr == 1e-6


@pytest.mark.parametrize(
    ("text", "fragment"), [("abc", "not a number"), ("-1", "out of range"), ("0", "out of range")]
)
def test_bad_learning_rate_is_named_and_nothing_changes(window, text: str, fragment: str) -> None:
    lr = window.panel.editor.lr
    before = window.model.runs[0].spec
    run_before = window.model.runs[0].run
    lr.entry.setText(text)
    lr.entry.editingFinished.emit()
    assert (
        fragment in window.panel.problem.text() and "learning rate" in window.panel.problem.text()
    )
    assert window.model.runs[0].spec == before and window.model.runs[0].run is run_before
    # Named above the form, where it is seen without scrolling; gone once a good value is in.
    panel = window.panel
    assert panel.problem.isVisibleTo(panel) and panel.problem.y() < panel.editor.y()
    lr.entry.setText("0.25")
    lr.entry.editingFinished.emit()
    assert not panel.problem.isVisibleTo(panel) and window.model.runs[0].spec.lr == 0.25


def test_invalid_combination_is_refused_with_a_message(window) -> None:
    editor = window.panel.editor
    editor.optimizer.setCurrentIndex(editor.optimizer.findData("nesterov"))
    editor.hyper_widgets["dampening"].setText("0.5")
    editor.hyper_widgets["dampening"].editingFinished.emit()
    assert "dampening = 0" in window.panel.problem.text()
    assert window.model.runs[0].spec.hyper.get("dampening", 0.0) == 0.0


def click_at(window, qtbot, x: float, y: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = window.contour
    scene_pos = view.plotItem.vb.mapViewToScene(QPointF(x, y))
    widget_pos = view.mapFromScene(scene_pos)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        modifier,
        QPoint(int(widget_pos.x()), int(widget_pos.y())),
    )


def test_click_sets_the_start_of_the_selected_run_and_shift_click_of_all(window, qtbot) -> None:
    window.model.select(1)
    click_at(window, qtbot, 5.0, -2.5)
    px, py = window.contour.plotItem.vb.viewPixelSize()
    sx, sy = window.model.runs[1].spec.start
    assert abs(sx - 5.0) <= 2 * px and abs(sy + 2.5) <= 2 * py
    assert window.model.runs[0].spec.start == (-2.0, 4.0)  # others untouched
    assert window.model.runs[1].run.config.start == (sx, sy)  # recomputed from there
    click_at(window, qtbot, 4.0, 2.0, Qt.KeyboardModifier.ShiftModifier)  # clear of the legend
    starts = {r.spec.start for r in window.model.runs}
    assert len(starts) == 1
    ((x, y),) = starts
    assert abs(x - 4.0) <= 2 * px and abs(y - 2.0) <= 2 * py


def test_dragging_a_start_marker_moves_the_start_and_the_path_follows(window, qtbot) -> None:
    marker = window.contour.runs[2].start
    marker.setPos((1.0, -3.0))  # what a drag does, step by step
    assert window.model.runs[2].spec.start == (1.0, -3.0)
    assert window.model.selected == 2
    play_to_end(window, qtbot)
    assert tuple(drawn_path(window, 2)[0]) == (1.0, -3.0)


def test_diverging_run_reports_its_step_and_its_path_stops(window, qtbot) -> None:
    play_to_end(window, qtbot)
    live = window.model.runs[2]  # η = 1.2 > 2/L
    k = live.run.diverged_at
    assert k is not None
    item = window.panel.list.item(2)
    assert f"diverged at step {k}" in item.text()
    drawn = drawn_path(window, 2)
    assert len(drawn) == k and np.all(np.isfinite(drawn))
    # The view did not zoom out to follow it.
    (x0, x1), _ = window.contour.plotItem.vb.viewRange()
    assert x1 - x0 < 50
    assert "converged to global minimum (2, 1)" in window.panel.list.item(1).text()


def test_changing_the_surface_recomputes_every_run(window, qtbot) -> None:
    panel = window.panel
    panel.surface.setCurrentIndex(panel.surface.findData("himmelblau"))
    assert window.model.surface.name == "himmelblau"
    assert all(r.spec.start == (0.0, 0.0) for r in window.model.runs)
    play_to_end(window, qtbot)
    for i in range(3):
        np.testing.assert_array_equal(drawn_path(window, i), engine_path(window, i))


def test_add_duplicate_remove_and_hide(window) -> None:
    model = window.model
    window.add_action.trigger()
    assert len(model.runs) == 4 and model.selected == 3
    window.duplicate_action.trigger()
    assert len(model.runs) == 5 and model.runs[4].spec.optimizer == model.runs[3].spec.optimizer
    assert model.runs[4].spec.color != model.runs[3].spec.color
    window.remove_action.trigger()
    assert len(model.runs) == 4
    window.panel.add.click()  # the panel's button, not only the menu action
    assert len(model.runs) == 5
    window.panel.remove.click()
    assert len(model.runs) == 4
    item = window.panel.list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert model.runs[0].spec.visible is False
    assert not window.contour.runs[0].path.isVisible()
    for _ in range(5):
        model.add_run()
    assert len(model.runs) == 9 and len(window.contour.runs) == 9
    # Each Add brings another optimizer into the race, not a copy of the last one.
    added = [r.spec for r in model.runs[3:]]
    assert len({spec.optimizer for spec in added}) == len(added)
    assert len({spec.name for spec in added}) == len(added)


def test_closing_while_running_stops_the_worker(qtbot, settings_path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), ask_unsaved=lambda: "discard"
    )
    qtbot.addWidget(w)
    w.show()
    w.model.reset("rosenbrock", race(8, 100_000))
    w.speed.setCurrentIndex(w.speed.count() - 1)
    w.play_action.trigger()
    qtbot.waitUntil(lambda: w.model.runs[0].ready > 100)
    thread = w.worker.thread
    assert thread.isRunning()
    w.close()
    assert not thread.isRunning()


def test_window_stays_responsive_and_redraw_is_throttled(window, qtbot) -> None:
    model = window.model
    model.reset("rosenbrock", race(8, 100_000))
    ticks = []
    window.timer.timeout.connect(lambda: ticks.append(1))
    for g in window.contour.runs:
        g.updates = 0
    window.speed.setCurrentIndex(window.speed.count() - 1)
    t0 = time.perf_counter()
    window.play_action.trigger()
    qtbot.wait(1000)
    # The UI thread kept drawing frames while the runs were computed (with the stepping in the
    # same interpreter it drew about one; a margin for a busy machine).
    assert len(ticks) >= 4
    window.play_action.trigger()  # pause
    elapsed = time.perf_counter() - t0
    assert not window.playhead.playing
    paused_at = [r.run.steps_taken for r in model.runs]
    qtbot.wait(300)
    # Pause answers at once: at most the batch in progress (and one look-ahead step) follows.
    after = [r.run.steps_taken for r in model.runs]
    assert all(a - b <= 1 << 16 for a, b in zip(after, paused_at, strict=True))
    for g in window.contour.runs:
        assert g.updates <= elapsed * 60 + 5


def test_settings_are_remembered_and_reset(qtbot, settings_path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    w = MainWindow(settings, ask_unsaved=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    w.panel.surface.setCurrentIndex(w.panel.surface.findData("rosenbrock"))
    w.log_action.trigger()
    w.speed.setCurrentIndex(0)
    w.close()
    w2 = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), ask_unsaved=lambda: "discard"
    )
    qtbot.addWidget(w2)
    assert w2.model.surface.name == "rosenbrock"
    assert w2.log_action.isChecked() and w2.contour.log_scale
    assert w2.speed.currentIndex() == 0
    w2.defaults_action.trigger()
    assert w2.model.surface.name == "bowl" and not w2.log_action.isChecked()
    w2.close()


def image_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def test_screenshot_of_the_default_window_is_not_blank(window, qtbot) -> None:
    play_to_end(window, qtbot)
    qtbot.wait(300)  # the resampled heatmap
    pixels = image_array(window.grab().toImage())
    assert pixels.shape[0] > 500 and pixels.shape[1] > 900
    colours = np.unique(pixels[..., :3].reshape(-1, 3), axis=0)
    assert len(colours) > 500  # a heatmap, not a flat fill
    view = image_array(window.contour.grab().toImage())[..., :3]
    # Each run's colour appears on the contour view (its path).
    for live in window.model.runs:
        rgb = np.array([int(live.spec.color[i : i + 2], 16) for i in (1, 3, 5)])
        # BGRA in memory: compare the reversed order.
        distance = np.abs(view[..., ::-1].astype(int) - rgb).sum(axis=-1)
        assert (distance < 40).sum() > 20, live.spec.name


def test_outcomes_are_shown_as_they_happen(window, qtbot) -> None:
    play_to_end(window, qtbot)
    k = window.model.runs[2].run.diverged_at
    window.timeline.setValue(5)
    qtbot.waitUntil(lambda: "still moving after 5 steps" in window.panel.list.item(1).text())
    assert "diverged" not in window.panel.list.item(2).text()
    window.timeline.setValue(k)
    qtbot.waitUntil(lambda: f"diverged at step {k}" in window.panel.list.item(2).text())
    assert "converged to global minimum (2, 1) at step 8" in window.panel.list.item(1).text()


def drag(qtbot, view, start: tuple[float, float], end: tuple[float, float], steps: int = 8):
    """A real mouse drag on the contour view, from data point `start` to `end`."""
    vb = view.plotItem.vb

    def at(x: float, y: float) -> QPoint:
        p = view.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        return QPoint(int(p.x()), int(p.y()))

    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(*start))
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i / steps
        y = start[1] + (end[1] - start[1]) * i / steps
        qtbot.mouseMove(viewport, at(x, y))
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(*end))


def test_dragging_the_selected_runs_start_with_the_mouse(window, qtbot) -> None:
    window.model.select(1)
    drag(qtbot, window.contour, (-2.0, 4.0), (3.0, -2.0))
    sx, sy = window.model.runs[1].spec.start
    px, py = window.contour.plotItem.vb.viewPixelSize()
    assert abs(sx - 3.0) < 4 * px and abs(sy + 2.0) < 4 * py  # followed to the end of the drag
    assert window.model.runs[0].spec.start == (-2.0, 4.0) == window.model.runs[2].spec.start
    play_to_end(window, qtbot)
    assert tuple(drawn_path(window, 1)[0]) == (sx, sy)


def test_pause_at_the_fastest_speed_stops_where_the_runs_are(window, qtbot) -> None:
    window.model.reset("rosenbrock", race(3, 1_000_000))
    window.speed.setCurrentIndex(window.speed.count() - 1)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.model.runs[0].ready > 500)
    window.play_action.trigger()
    shown = window.playhead.step
    assert not window.playhead.playing and shown < 1_000_000
    qtbot.wait(500)
    assert window.displayed_step() == shown
    assert all(r.run.steps_taken <= shown + 1 + (1 << 16) for r in window.model.runs)


def test_play_after_every_run_ended_early_starts_again(window, qtbot) -> None:
    for i in range(3):
        window.model.update_run(i, lr=1.5)  # every run diverges long before step 100
    play_to_end(window, qtbot)
    end = window.playhead.step
    assert end < 100
    window.speed.setCurrentIndex(window.speed.findData(10))  # 10 steps a second
    window.play_action.trigger()
    qtbot.wait(50)
    assert window.playhead.playing and window.playhead.step < end  # from the beginning again


def test_space_on_a_focused_checkbox_ticks_it_and_does_not_play(window, qtbot) -> None:
    editor = window.panel.editor
    editor.optimizer.setCurrentIndex(editor.optimizer.findData("adam"))
    box = editor.hyper_widgets["amsgrad"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and not window.playhead.playing
    assert window.model.runs[0].spec.hyper["amsgrad"] is True


def test_a_click_on_the_legend_does_not_move_a_start(window, qtbot) -> None:
    legend = window.contour.legend
    centre = legend.sceneBoundingRect().center()
    pos = window.contour.mapFromScene(centre)
    before = [r.spec.start for r in window.model.runs]
    where = QPoint(int(pos.x()), int(pos.y()))
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mouseClick(window.contour.viewport(), Qt.MouseButton.LeftButton, shift, where)
    assert [r.spec.start for r in window.model.runs] == before


def test_a_refused_value_is_not_left_in_the_form(window) -> None:
    editor = window.panel.editor
    editor.optimizer.setCurrentIndex(editor.optimizer.findData("nesterov"))
    edit = editor.hyper_widgets["momentum"]
    edit.setText("0")
    edit.editingFinished.emit()
    assert "momentum > 0" in window.panel.problem.text()
    assert editor.hyper_widgets["momentum"].value() == 0.9  # the value in force, shown again
    assert window.model.runs[0].spec.hyper.get("momentum", 0.9) == 0.9


def test_shorter_runs_pull_the_playhead_back(window, qtbot) -> None:
    window.timeline.setValue(80)
    for i in range(3):
        window.model.update_run(i, steps=20)
    assert window.playhead.step <= 20
    for i in range(3):
        window.model.update_run(i, steps=100)
    assert window.playhead.step <= 20


def test_typing_a_custom_function(window, qtbot) -> None:
    panel = window.panel
    panel.surface.setCurrentIndex(panel.surface.findData("custom"))
    assert panel.custom_box.isVisible()
    panel.expr.setText("x^2 + y*z")
    panel.window_edit.setText("-2, 2, -2, 2")
    assert panel.apply_expression() is False
    assert "unknown name 'z' at column 9" in panel.expr_message.text()
    assert window.model.surface.name == "bowl"  # the surface on screen stays
    panel.expr.setText("(x - 1)^2 + 3*(y + 0.5)^2")
    assert panel.apply_expression() is True
    surface = window.model.surface
    assert surface.expression == "(x - 1)^2 + 3*(y + 0.5)^2"
    assert surface.window == ((-2.0, 2.0), (-2.0, 2.0))
    assert "∂f/∂x = 2*x - 2" in panel.expr_message.text()
    play_to_end(window, qtbot)
    assert "converged to global minimum (1, -0.5) (found numerically)" in panel.list.item(1).text()


def test_basin_map_in_the_window_and_a_click_adds_a_run(window, qtbot) -> None:
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("himmelblau"))
    window.model.select(0)  # gd η = 0.02 on Himmelblau
    window.basins.resolution.setValue(60)
    window.basins.compute.click()
    qtbot.waitUntil(lambda: window.basins.map is not None, timeout=30000)
    assert not window.basins.running and "global minimum (3, 2)" in window.basins.legend.text()
    vb = window.basins.plot.plotItem.vb
    (x0, x1), (y0, y1) = vb.viewRange()  # the map fills the dock: no empty margins beside it
    (wx0, wx1), (wy0, wy1) = window.model.surface.window
    assert x1 - x0 < 1.1 * (wx1 - wx0) and y1 - y0 < 1.1 * (wy1 - wy0)
    pos = window.basins.plot.mapFromScene(vb.mapViewToScene(QPointF(2.0, 1.5)))
    qtbot.mouseClick(window.basins.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(pos.x()), int(pos.y())))  # fmt: skip
    assert len(window.model.runs) == 4
    sx, sy = window.model.runs[3].spec.start
    assert abs(sx - 2.0) < 0.2 and abs(sy - 1.5) < 0.2


def test_the_rate_control_warns_exactly_past_2_over_lambda_max(window) -> None:
    lr = window.panel.editor.lr
    window.model.select(1)
    assert lr.limit == pytest.approx(1.0)  # the bowl: L = 2
    for value, warned in ((0.999, False), (1.0, False), (1.001, True), (1.2, True)):
        lr.entry.setText(repr(value))
        lr.entry.editingFinished.emit()
        assert lr.past_limit is warned, value
        assert ("past the limit" in lr.limit_label.text()) is warned
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("rosenbrock"))
    assert lr.limit is None and not lr.limit_label.isVisible()


def test_inspector_and_view_show_the_curvature(window, qtbot) -> None:
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("ravine"))
    window.timeline.setValue(2)
    qtbot.waitUntil(lambda: "condition number κ" in window.inspector.toPlainText())
    assert "25" in window.inspector.toPlainText()
    x, _ = window.contour.hessian_axes.getData()
    assert len(x) == 4  # two axes through the current point


def test_save_and_open_a_session(window, qtbot, tmp_path) -> None:
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("himmelblau"))
    window.model.update_run(1, optimizer="adam", hyper={"beta1": 0.8}, lr=0.05)
    window.log_action.trigger()
    window.timeline.setValue(7)
    assert window.dirty and window.windowTitle().endswith("*")
    path = tmp_path / "mine.landscape.json"
    assert window.save_session_to(path)
    assert not window.dirty and "mine.landscape.json" in window.windowTitle()
    saved = window.current_session()
    window.defaults_action.trigger()
    assert window.model.surface.name == "bowl"
    assert window.open_session(path)
    reopened = window.current_session()
    assert reopened.runs == saved.runs and reopened.surface == saved.surface
    assert reopened.log_scale and window.model.runs[1].spec.hyper == {"beta1": 0.8}
    qtbot.waitUntil(lambda: window.displayed_step() == 7)


def test_a_session_without_runs_opens_and_says_what_to_do(window, tmp_path) -> None:
    path = tmp_path / "empty.landscape.json"
    for i in reversed(range(len(window.model.runs))):
        window.model.remove_run(i)
    assert window.save_session_to(path)
    window.defaults_action.trigger()
    assert window.open_session(path)
    assert window.model.runs == [] and "Add run" in window.statusBar().currentMessage()


def test_a_damaged_session_leaves_the_screen_as_it_was(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.landscape.json"
    bad.write_text('{"format": "landscape-gui session", "version": 9}')
    before = [r.spec for r in window.model.runs]
    assert not window.open_session(bad)
    assert "newer landscape-gui" in shown[0]
    assert [r.spec for r in window.model.runs] == before and window.model.surface.name == "bowl"


def test_unsaved_changes_are_not_thrown_away_silently(window, tmp_path) -> None:
    asked = []
    window.ask_unsaved = lambda: asked.append(1) or "cancel"
    window.model.update_run(0, lr=0.05)
    good = tmp_path / "s.landscape.json"
    window.save_session_to(good)
    window.model.update_run(0, lr=0.07)
    assert not window.open_session(good) and asked == [1]  # cancelled: nothing replaced
    assert window.model.runs[0].spec.lr == 0.07
    window.close()
    assert window.isVisible() and asked == [1, 1]  # close was refused too
    window.ask_unsaved = lambda: "discard"


@pytest.mark.parametrize("name", ["learning-rate", "local-minimum", "saddle", "ravine", "adaptive",
                                  "schedules", "second-order", "many-minima"])  # fmt: skip
def test_every_lesson_loads_and_plays_to_its_end(window, qtbot, name) -> None:
    from landscape_gui.core.lessons import get_lesson

    lesson = get_lesson(name)
    assert window.start_lesson(name)
    for index, scene in enumerate(lesson.scenes):
        if index:
            window.next_scene_action.trigger()
        assert window.scene_index == index and scene.title in window.caption.text()
        play_to_end(window, qtbot, timeout=60000)
        for run_index, (kind, _) in scene.expected.items():
            outcome = window.model.runs[run_index].outcome(window.displayed_step())
            assert outcome.kind == kind, (scene.title, outcome.text)
    window.previous_scene_action.trigger()
    assert window.scene_index == max(len(lesson.scenes) - 2, 0)


def test_presenter_mode_hides_the_controls_and_is_driven_by_keys(window, qtbot) -> None:
    window.start_lesson("learning-rate")
    size = window.font().pointSizeF()
    window.presenter_action.trigger()  # F5
    assert window.presenting and not window.menuBar().isVisible()
    assert not window.controls_dock.isVisible() and not window.toolbar.isVisible()
    assert window.font().pointSizeF() > size and window.caption.isVisible()
    assert window.fullscreen_action.shortcut().toString() == "F"
    assert window.loss_dock.titleBarWidget() is not None  # no float/close buttons on show
    ticks = window.loss.plotItem.getAxis("bottom").style["tickFont"]
    assert ticks is not None and ticks.pointSizeF() > size
    assert window.contour.arrow_legend.textItem.font().pointSizeF() > size
    window.contour.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.scene_index == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.scene_index == 0
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.displayed_step() == 1)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and window.menuBar().isVisible()
    assert window.controls_dock.isVisible() and window.font().pointSizeF() == size
    assert window.fit_action.shortcut().toString() == "F"
    assert window.loss_dock.titleBarWidget() is None


def test_sweep_view_marks_the_limit_and_a_click_adds_a_run(window, qtbot) -> None:
    window.model.select(1)
    window.sweep.run_button.click()
    window.sweep.wait()
    sweep = window.sweep.sweep
    assert sweep is not None and sweep.limit == pytest.approx(1.0)
    assert window.sweep.edge.isVisible() and window.sweep.theory.isVisible()
    assert "stable below 1" in window.sweep.legend.text()
    vb = window.sweep.plot.plotItem.vb
    pos = window.sweep.plot.mapFromScene(vb.mapViewToScene(QPointF(np.log10(0.3), 0.0)))
    qtbot.mouseClick(window.sweep.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(pos.x()), int(pos.y())))  # fmt: skip
    assert len(window.model.runs) == 4 and abs(window.model.runs[3].spec.lr - 0.3) < 0.03


def test_cancelling_a_basin_map(window, qtbot) -> None:
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("rastrigin"))
    window.model.update_run(0, steps=200_000)
    window.basins.resolution.setValue(300)
    window.basins.compute.click()
    qtbot.waitUntil(lambda: window.basins._done > 0, timeout=20000)
    window.basins.cancel.click()
    qtbot.waitUntil(lambda: not window.basins.running, timeout=5000)
    assert window.basins.map is None and window.basins.compute.isEnabled()
    assert "cancelled" in window.statusBar().currentMessage()


def test_closing_in_presenter_mode_remembers_the_normal_layout(qtbot, settings_path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    def make():
        w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                       ask_unsaved=lambda: "discard")  # fmt: skip
        qtbot.addWidget(w)
        w.show()
        return w

    w = make()
    w.presenter_action.trigger()
    w.close()
    w2 = make()
    assert w2.controls_dock.isVisible() and w2.toolbar.isVisible()
    w2.close()


def test_changing_scene_asks_about_unsaved_changes(window) -> None:
    window.start_lesson("learning-rate")
    window.model.add_run()
    asked = []
    window.ask_unsaved = lambda: asked.append(1) or "cancel"
    window.next_scene_action.trigger()
    assert asked == [1] and window.scene_index == 0 and len(window.model.runs) == 4
    window.ask_unsaved = lambda: "discard"


def test_a_sweep_where_every_rate_diverges_says_so(window) -> None:
    window.sweep.low.set_value(10.0)
    window.sweep.high.set_value(100.0)
    window.model.select(0)
    window.sweep.run_button.click()
    window.sweep.wait()
    assert "every rate diverged" in window.sweep.legend.text()


def test_map_and_sweep_clicks_use_the_settings_they_were_made_with(window, qtbot) -> None:
    window.model.select(2)  # η = 1.2
    window.basins.resolution.setValue(30)
    window.basins.compute.click()
    qtbot.waitUntil(lambda: window.basins.map is not None, timeout=20000)
    window.model.select(0)  # another run selected afterwards
    window._basin_start_picked(1.0, 1.0)
    assert window.model.runs[-1].spec.lr == 1.2
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("rosenbrock"))
    assert window.basins.map is None and window.sweep.sweep is None


def test_a_broken_remembered_surface_does_not_stop_the_app(qtbot, settings_path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("surface", "expr:-3,3,-3,3:((2*x)**100)**100")
    settings.sync()
    w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                   ask_unsaved=lambda: "discard")  # fmt: skip
    qtbot.addWidget(w)
    assert w.model.surface.name == "bowl"
    w.close()
