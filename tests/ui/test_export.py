"""Export: PNG at the requested size with real content, SVG that parses and holds the paths, GIF
and MP4 with the expected frames, trajectories equal to `trace`'s output, Ctrl+S and the clipboard,
and nothing written (or damaged) when a write fails."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication

from landscape_gui.cli import main as cli_main
from landscape_gui.ui.export import MP4_AVAILABLE, ExportCancelled, save_animation
from landscape_gui.ui.export_dialog import ExportDialog
from tests.ui.test_main_window import play_to_end


def choose(dialog: ExportDialog, kind: str, fmt: str, size: str = "screen", width: int = 0):
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.size.setCurrentIndex(dialog.size.findData(size))
    if width:
        dialog.width.setValue(width)


def colour_count(pixels: np.ndarray, hex_color: str, tolerance: int = 40) -> int:
    rgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels[..., :3].astype(int) - rgb).sum(axis=-1) < tolerance).sum())


@pytest.fixture
def played(window, qtbot):
    play_to_end(window, qtbot)
    window.timeline.setValue(20)
    qtbot.wait(200)
    return window


def test_png_of_the_contour_view_at_a_chosen_width_shows_heatmap_and_runs(played, tmp_path):
    dialog = ExportDialog(played)
    choose(dialog, "contour", "png", "width", 1600)
    dialog.export_to(tmp_path / "contour.png")
    image = Image.open(tmp_path / "contour.png")
    ratio = played.contour.height() / played.contour.width()
    assert image.width == 1600 and abs(image.height - round(1600 * ratio)) <= 1
    pixels = np.asarray(image.convert("RGB"))
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 500
    for live in played.model.runs[:2]:
        assert colour_count(pixels, live.spec.color) > 30, live.spec.name


def test_png_of_the_window_at_2x_and_of_the_loss_plot(played, tmp_path):
    dialog = ExportDialog(played)
    choose(dialog, "window", "png", "double")
    dialog.export_to(tmp_path / "window.png")
    assert Image.open(tmp_path / "window.png").size == (2 * played.width(), 2 * played.height())
    choose(dialog, "loss", "png")
    dialog.export_to(tmp_path / "loss")  # the extension is added
    assert Image.open(tmp_path / "loss.png").size == (played.loss.width(), played.loss.height())


def test_svg_parses_and_contains_the_paths(played, tmp_path):
    dialog = ExportDialog(played)
    for kind in ("contour", "loss"):
        choose(dialog, kind, "svg")
        dialog.export_to(tmp_path / f"{kind}.svg")
        root = ET.parse(tmp_path / f"{kind}.svg").getroot()
        assert sum(el.tag.endswith("path") for el in root.iter()) > 3
        assert (
            played.model.runs[1].spec.color.lower()
            in (tmp_path / f"{kind}.svg").read_text().lower()
        )


def test_gif_has_one_frame_per_step_to_the_current_one(played, tmp_path):
    dialog = ExportDialog(played)
    choose(dialog, "animation", "gif", "width", 480)
    dialog.fps.setValue(10)
    dialog.export_to(tmp_path / "runs.gif")
    gif = Image.open(tmp_path / "runs.gif")
    assert gif.n_frames == 21  # steps 0 … 20
    ratio = played.contour.height() / played.contour.width()
    assert gif.width == 480 and abs(gif.height - round(480 * ratio)) <= 1
    assert gif.info["duration"] == 100
    assert played.displayed_step() == 20  # the view is back where it was


@pytest.mark.skipif(not MP4_AVAILABLE, reason="imageio-ffmpeg is an optional extra")
def test_mp4_is_written_where_imageio_ffmpeg_is_installed(played, tmp_path):
    dialog = ExportDialog(played)
    choose(dialog, "animation", "mp4", "width", 320)
    dialog.export_to(tmp_path / "runs.mp4")
    data = (tmp_path / "runs.mp4").read_bytes()
    assert len(data) > 1000 and b"ftyp" in data[:64]


def test_cancel_writes_nothing(played, tmp_path):
    calls = []

    def cancel_after_three(done: int, total: int) -> bool:
        calls.append(done)
        return done < 3

    with pytest.raises(ExportCancelled):
        save_animation(played, played.contour, tmp_path / "x.gif", 10, 200, cancel_after_three)
    assert list(tmp_path.iterdir()) == [] and len(calls) == 4


def test_trajectories_equal_trace_output(played, tmp_path, capsys):
    played.model.select(1)
    dialog = ExportDialog(played)
    spec = played.model.runs[1].spec
    for fmt in ("csv", "json"):
        choose(dialog, "trajectory", fmt)
        dialog.export_to(tmp_path / f"run.{fmt}")
        code = cli_main(["trace", "--surface", "bowl", "--optimizer", spec.optimizer, "--lr",
                         repr(spec.lr), "--steps", str(spec.steps), "--start",
                         f"{spec.start[0]!r},{spec.start[1]!r}", "--format", fmt])  # fmt: skip
        out, _ = capsys.readouterr()
        assert code == 0
        if fmt == "json":
            assert json.loads((tmp_path / "run.json").read_text()) == json.loads(out)
        else:
            assert (tmp_path / "run.csv").read_text() == out


def test_ctrl_s_saves_in_the_last_used_folder_and_says_where(played, tmp_path):
    played.settings.setValue("export/folder", str(tmp_path))
    played.screenshot_action.trigger()
    (saved,) = tmp_path.iterdir()
    assert saved.name.startswith("landscape-bowl-") and saved.suffix == ".png"
    assert str(saved) in played.statusBar().currentMessage()
    assert Image.open(saved).size == (played.contour.width(), played.contour.height())


def test_copy_puts_the_view_on_the_clipboard(played):
    QGuiApplication.clipboard().clear()
    played.copy_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() == played.contour.width()


def test_a_failed_write_names_the_problem_and_keeps_the_old_file(played, tmp_path):
    target = tmp_path / "old.png"
    target.write_bytes(b"precious")
    dialog = ExportDialog(played)
    choose(dialog, "contour", "png")
    with pytest.raises(OSError, match="does not exist"):
        dialog.export_to(tmp_path / "missing" / "x.png")
    import os

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    original = os.fsync
    os.fsync = full
    try:
        with pytest.raises(OSError, match="No space left"):
            dialog.export_to(target)
    finally:
        os.fsync = original
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png"]
    played.settings.setValue("export/folder", str(tmp_path / "gone"))
    assert played.save_screenshot() is None
    assert "not saved" in played.statusBar().currentMessage()
