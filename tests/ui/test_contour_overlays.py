"""The contour view's overlays: the run legend keeps clear of the runs' start markers, and the
hover readout never names a point of a surface no longer shown."""

from __future__ import annotations

from PySide6.QtCore import QPointF


def start_under_legend(contour) -> bool:
    box = contour.legend.sceneBoundingRect()
    return any(box.contains(g.start.sceneBoundingRect().center()) for g in contour.runs)


def test_legend_moves_off_the_default_start(window, qtbot) -> None:
    contour = window.contour
    qtbot.wait(50)
    assert window.model.runs[0].spec.start == (-2.0, 4.0)  # top left, where the legend was
    assert not start_under_legend(contour)
    assert (
        contour.legend.sceneBoundingRect().left()
        > contour.plotItem.vb.sceneBoundingRect().center().x()
    )
    # A start elsewhere: the legend goes back to the top left.
    for i in range(len(window.model.runs)):
        window.model.update_run(i, start=(5.0, -2.0))
    qtbot.wait(50)
    assert not start_under_legend(contour)
    assert (
        contour.legend.sceneBoundingRect().right()
        < contour.plotItem.vb.sceneBoundingRect().center().x()
    )


def test_hover_readout_is_hidden_when_the_surface_changes(window, qtbot) -> None:
    contour = window.contour
    centre = contour.plotItem.vb.sceneBoundingRect().center()
    contour._mouse_moved(QPointF(centre))
    assert contour.readout.isVisible() and "loss" in contour.readout.textItem.toPlainText()
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("himmelblau"))
    assert not contour.readout.isVisible()
