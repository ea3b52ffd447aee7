"""`landscape-gui render`: each view and format, real content at the requested size, and its errors.
Run in a subprocess, as people run it (the 2-D views choose the offscreen platform themselves), with
nothing but what matters on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from landscape_gui.core.session import PALETTE


def render(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landscape_gui", "render", *args],
                          capture_output=True, text=True, timeout=180, check=False,
                          env=env)  # fmt: skip


def rgb(hex_color: str) -> np.ndarray:
    return np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])


def count_colour(pixels: np.ndarray, hex_color: str, tolerance: int = 40) -> int:
    return int(
        (np.abs(pixels[..., :3].astype(int) - rgb(hex_color)).sum(axis=-1) < tolerance).sum()
    )


def test_contour_png_has_the_size_the_heatmap_and_every_run(tmp_path: Path) -> None:
    out = tmp_path / "rosen.png"
    result = render("--surface", "rosenbrock", "--run", "gd:0.001", "--run", "momentum:0.001",
                    "--run", "adam:0.05", "--steps", "300", "--log", "--width", "800",
                    "--height", "600", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    pixels = np.asarray(Image.open(out).convert("RGB"))
    assert pixels.shape == (600, 800, 3)
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 500  # the heatmap
    for color in PALETTE[:3]:
        assert count_colour(pixels, color) > 30, color  # each run's path


def test_window_png(tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    result = render("--view", "window", "--width", "1200", "--height", "800", "--out", str(out))
    assert result.returncode == 0, result.stderr
    image = Image.open(out)
    assert image.size == (1200, 800)
    pixels = np.asarray(image.convert("RGB"))
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 500


def test_gif_has_a_frame_per_step_and_the_size(tmp_path: Path) -> None:
    out = tmp_path / "runs.gif"
    result = render("--surface", "himmelblau", "--steps", "30", "--width", "400", "--height",
                    "300", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    gif = Image.open(out)
    assert gif.size == (400, 300) and gif.n_frames == 31  # steps 0 … 30


def test_svg_parses_and_holds_the_paths(tmp_path: Path) -> None:
    out = tmp_path / "view.svg"
    result = render("--steps", "40", "--out", str(out))
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    paths = [el for el in root.iter() if el.tag.endswith("path") or el.tag.endswith("polyline")]
    assert len(paths) > 5
    text = out.read_text()
    for color in PALETTE[1:5:3]:  # two of the default runs' colours appear as strokes
        assert color.lower() in text.lower()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--surface", "rosenbrok"], "did you mean 'rosenbrock'"),
        (["--run", "adm"], "did you mean 'adam'"),
        (["--run", "adam:fast"], "learning rate 'fast' is not a number"),
        (["--run", "adam:0.1:betas=0.9"], "set beta1 and beta2 separately"),
        (["--steps", "0"], "--steps must be"),
        (["--width", "10"], "--width must be from 64 to 8192"),
        (["--view", "3d", "--out", "x.svg"], "cannot be written as SVG"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], fragment: str) -> None:
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.png")]
    result = render(*args)
    assert result.returncode == 2 and fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_wrong_extension_and_unwritable_path(tmp_path: Path) -> None:
    result = render("--out", str(tmp_path / "x.jpg"))
    assert result.returncode == 2 and ".png, .svg or .gif" in result.stderr
    result = render("--out", str(tmp_path / "missing" / "x.png"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_3d_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = render("--view", "3d", "--out", str(tmp_path / "x.png"), env=env)
    assert result.returncode == 2
    assert "needs OpenGL on an X display" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_window_render_drops_only_the_harmless_size_hints_warning(tmp_path: Path) -> None:
    # Through the command line's own entry point, in a subprocess so the real stderr is seen:
    # the offscreen platform's "does not support propagateSizeHints()" is not printed.
    out = tmp_path / "window.png"
    code = ("import sys; from landscape_gui.cli import main; "
            f"sys.exit(main(['render', '--view', 'window', '--out', {str(out)!r}]))")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=180, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert Image.open(out).size == (1400, 880)
    assert "propagateSizeHints" not in result.stderr
    assert f"wrote {out}" in result.stderr


def test_the_headless_message_handler_passes_every_other_message_on(capsys) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from landscape_gui.ui.render import headless_qt_messages

    previous = qInstallMessageHandler(headless_qt_messages)
    try:
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("QFont: something worth knowing")
    finally:
        qInstallMessageHandler(previous)
    err = capsys.readouterr().err
    assert "propagateSizeHints" not in err
    assert err.splitlines() == ["QFont: something worth knowing"]
