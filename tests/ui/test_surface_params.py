"""A surface's own parameter in the control panel: the ravine's condition number κ."""

from __future__ import annotations

import numpy as np

from tests.ui.test_main_window import drawn_path, engine_path, play_to_end


def test_kappa_field_changes_the_ravine_and_keeps_the_starts(window, qtbot) -> None:
    panel = window.panel
    assert not panel.params_box.isVisibleTo(panel)  # the bowl has no parameter
    panel.surface.setCurrentIndex(panel.surface.findData("ravine"))
    assert panel.params_box.isVisibleTo(panel)
    kappa = panel.param_edits["kappa"]
    assert kappa.value() == 25.0
    window.model.update_run(0, start=(-3.0, 2.0))
    kappa.setText("100")
    kappa.editingFinished.emit()
    surface = window.model.surface
    assert surface.params["kappa"] == 100.0 and "100·y²" in surface.formula_text
    assert "100·y²" in panel.formula.text()
    assert window.model.runs[0].spec.start == (-3.0, 2.0)  # a parameter changed, not the surface
    play_to_end(window, qtbot)
    np.testing.assert_array_equal(drawn_path(window, 0), engine_path(window, 0))


def test_a_bad_kappa_is_named_and_changes_nothing(window, qtbot) -> None:
    panel = window.panel
    panel.surface.setCurrentIndex(panel.surface.findData("ravine"))
    messages: list[str] = []
    panel.message.connect(messages.append)
    kappa = panel.param_edits["kappa"]
    kappa.setText("0.5")
    kappa.editingFinished.emit()
    assert window.model.surface.params["kappa"] == 25.0
    assert messages and "0.5" in messages[-1] and "≥ 1" in messages[-1]
