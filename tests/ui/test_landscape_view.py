"""The 3-D view. OpenGL needs a real context: these tests run under Xvfb on the xcb platform
(scripts/test runs them in a second pass); under the offscreen platform the app must say why 3-D
is unavailable instead."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.ui.test_main_window import image_array, play_to_end

OFFSCREEN = os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
gl = pytest.mark.skipif(OFFSCREEN, reason="OpenGL needs Xvfb/xcb: run by scripts/test's 3-D pass")


def test_offscreen_says_why_there_is_no_3d(window) -> None:
    if not OFFSCREEN:
        pytest.skip("only meaningful without OpenGL")
    assert window.set_view_mode("3d") is False
    assert "3-D view is unavailable" in window.statusBar().currentMessage()
    assert "offscreen" in window.statusBar().currentMessage()
    assert window.contour.isVisible() and window.landscape is None


def colour_pixels(image: QImage, hex_color: str, tolerance: int = 60) -> int:
    pixels = image_array(image)[..., :3][..., ::-1].astype(int)  # BGRA in memory
    rgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - rgb).sum(axis=-1) < tolerance).sum())


@gl
def test_3d_view_renders_the_surface_and_the_runs(window, qtbot) -> None:
    window.contour.setFocus()
    assert window.set_view_mode("3d")
    assert window.landscape.isVisible() and not window.contour.isVisible()
    assert window.focusWidget() is window.landscape  # not the hidden contour view
    play_to_end(window, qtbot)
    qtbot.wait(300)
    image = window.landscape.grabFramebuffer()
    pixels = image_array(image)[..., :3]
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 300  # a shaded surface, not a fill
    for live in window.model.runs[:2]:  # the third diverged off the window's edge early
        assert colour_pixels(image, live.spec.color) > 20, live.spec.name


@gl
def test_3d_view_follows_the_current_step_and_the_surface(window, qtbot) -> None:
    window.set_view_mode("both")
    assert window.landscape.isVisible() and window.contour.isVisible()
    play_to_end(window, qtbot)
    window.timeline.setValue(3)
    qtbot.waitUntil(lambda: window.landscape.rows[1][1] == 4)
    pos = window.landscape.paths[1].pos
    assert len(pos) == 4
    window.timeline.setValue(40)
    qtbot.waitUntil(lambda: window.landscape.rows[1][1] == 41)
    window.panel.surface.setCurrentIndex(window.panel.surface.findData("himmelblau"))
    assert window.landscape.surface.name == "himmelblau"
    window.toggle_3d_action.trigger()
    assert window.view_mode in ("3d", "contour")


@gl
def test_export_of_the_3d_view_and_render_3d(window, qtbot, tmp_path) -> None:
    import subprocess
    import sys

    from PIL import Image

    from landscape_gui.ui.export_dialog import ExportDialog

    play_to_end(window, qtbot)
    dialog = ExportDialog(window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("3d"))
    dialog.size.setCurrentIndex(dialog.size.findData("width"))
    dialog.width.setValue(640)
    dialog.export_to(tmp_path / "landscape.png")
    image = Image.open(tmp_path / "landscape.png")
    assert image.width == 640
    result = subprocess.run(
        [sys.executable, "-m", "landscape_gui", "render", "--view", "3d", "--surface",
         "himmelblau", "--width", "500", "--height", "400", "--out", str(tmp_path / "r.png")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pixels = np.asarray(Image.open(tmp_path / "r.png").convert("RGB"))
    assert pixels.shape == (400, 500, 3) and len(np.unique(pixels.reshape(-1, 3), axis=0)) > 300


@gl
def test_the_3d_camera_is_kept_in_the_session(window, tmp_path) -> None:
    window.set_view_mode("both")
    window.landscape.setCameraPosition(distance=12.0, elevation=20.0, azimuth=10.0)
    path = tmp_path / "cam.landscape.json"
    window.save_session_to(path)
    window.landscape.reset_camera()
    assert window.open_session(path)
    camera = window.landscape.camera()
    assert (camera["distance"], camera["elevation"], camera["azimuth"]) == (12.0, 20.0, 10.0)
    assert window.view_mode == "both"
