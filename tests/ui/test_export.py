"""Export: PNG at the requested size with real content, SVG that parses and holds the paths, GIF
and MP4 with the expected frames, trajectories (one run's or every run's, played or not) equal to
`trace`'s output, only the settings that apply to each format shown, Ctrl+S and the clipboard, and
nothing written (or damaged) when a write fails."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication

from landscape_gui.cli import main as cli_main
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.session import RunSpec
from landscape_gui.ui.export import MP4_AVAILABLE, ExportCancelled, save_animation
from landscape_gui.ui.export_dialog import KINDS, ExportDialog
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


def trace_output(spec: RunSpec, fmt: str, capsys) -> str:
    """What `landscape-gui trace` writes for this run on the bowl, every setting given."""
    args = ["trace", "--surface", "bowl", "--optimizer", spec.optimizer, "--lr", repr(spec.lr),
            "--steps", str(spec.steps), "--start", f"{spec.start[0]!r},{spec.start[1]!r}",
            "--noise", repr(spec.noise), "--seed", str(spec.seed), "--schedule",
            spec.schedule.spec(), "--format", fmt]  # fmt: skip
    for key, value in spec.hyper.items():
        text = str(value).lower() if isinstance(value, bool) else repr(value)
        args += ["--set", f"{key}={text}"]
    if spec.clip is not None:
        args += ["--clip", repr(spec.clip)]
    capsys.readouterr()
    code = cli_main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("state", ["fresh", "played"])
def test_trajectories_equal_trace_output(request, state, tmp_path, capsys):
    # A fresh window has stepped its runs only up to the playhead (step 0): the export is the
    # whole run all the same, computed from the run's config.
    window = request.getfixturevalue("window" if state == "fresh" else "played")
    if state == "fresh":
        assert window.displayed_step() == 0
    window.model.select(1)
    dialog = ExportDialog(window)
    spec = window.model.runs[1].spec
    for fmt in ("csv", "json"):
        choose(dialog, "trajectory", fmt)
        dialog.export_to(tmp_path / f"run.{fmt}")
        out = trace_output(spec, fmt, capsys)
        if fmt == "json":
            assert json.loads((tmp_path / "run.json").read_text()) == json.loads(out)
        else:
            assert (tmp_path / "run.csv").read_text() == out
            assert len(out.splitlines()) == spec.steps + 2  # the header, steps 0 … N


def test_all_runs_trajectories_are_each_runs_trace_output(window, tmp_path, capsys):
    model = window.model
    model.update_run(2, optimizer="momentum", lr=0.05, hyper={"momentum": 0.8, "nesterov": True},
                     noise=0.1, seed=3, schedule=Schedule.parse("cosine"),
                     name="momentum, noisy \"σ = 0.1\"")  # fmt: skip
    specs = [live.spec for live in model.runs]
    dialog = ExportDialog(window)
    choose(dialog, "trajectories", "json")
    dialog.export_to(tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert list(document) == ["runs"] and len(document["runs"]) == len(specs) == 3
    for spec, run_document in zip(specs, document["runs"], strict=True):
        assert run_document == json.loads(trace_output(spec, "json", capsys))

    choose(dialog, "trajectories", "csv")
    message = dialog.export_to(tmp_path / "all.csv")
    assert str(tmp_path / "all.csv") in message
    text = (tmp_path / "all.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "run,name,step,x,y,loss,grad_x,grad_y"
    rows = list(csv.reader(io.StringIO(text)))[1:]  # one table: the name is quoted, not split
    for index, spec in enumerate(specs):
        mine = [row for row in rows if row[0] == str(index)]
        assert {row[1] for row in mine} == {spec.name}
        expected = trace_output(spec, "csv", capsys).splitlines()[1:]
        assert [",".join(row[2:]) for row in mine] == expected
    assert len(rows) == sum(spec.steps + 1 for spec in specs)


def test_only_the_settings_that_apply_to_the_format_are_shown(window, qtbot):
    dialog = ExportDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    expected = {"png": {"size", "width"}, "svg": set(), "gif": {"width", "fps"},
                "mp4": {"width", "fps"}, "csv": set(), "json": set()}  # fmt: skip
    seen = set()
    for kind, (_, formats) in KINDS.items():
        for fmt in formats:
            choose(dialog, kind, fmt)
            controls = {"size": dialog.size, "width": dialog.width, "fps": dialog.fps}
            shown = {name for name, widget in controls.items() if widget.isVisible()}
            assert shown == expected[fmt], (kind, fmt)
            label = dialog.form.labelForField(dialog.width)
            assert label.isVisible() == ("width" in shown)
            qtbot.wait(10)
            size, needed = dialog.geometry(), dialog.minimumSizeHint()  # nothing clipped
            assert size.width() >= needed.width() and size.height() >= needed.height(), (kind, fmt)
            seen.add(fmt)
    assert seen == set(expected)
    # a picture's width is used only with "chosen width"; an animation's always, and it starts
    # at the view's width on screen while the picture's chosen width is kept
    choose(dialog, "contour", "png", "screen")
    assert not dialog.width.isEnabled()
    choose(dialog, "contour", "png", "width", 1600)
    assert dialog.width.isEnabled()
    choose(dialog, "animation", "gif")
    assert dialog.width.isEnabled() and dialog.width.value() == window.current_view().width()
    choose(dialog, "loss", "png")
    assert dialog.width.value() == 1600


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
        with pytest.raises(OSError, match=r"(?i)no space left"):
            dialog.export_to(target)
    finally:
        os.fsync = original
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png"]
    played.settings.setValue("export/folder", str(tmp_path / "gone"))
    assert played.save_screenshot() is None
    assert "not saved" in played.statusBar().currentMessage()
