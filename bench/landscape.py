"""Frame time of the 3-D view while 8 runs stream in, next to matplotlib's mplot3d (same process).

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" python bench/landscape.py

The scene: Rosenbrock (log heights) as a 200×200 surface and 8 paths growing to 10,000 points,
800×600. Each frame updates the paths and renders the view (the OpenGL framebuffer is read back, so
the frame is really drawn). mplot3d draws the same surface (plot_surface) and lines in a Qt canvas
of the same size. Prints the median and 95th-percentile frame time of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from landscape_gui.core.surfaces import get_surface

sys.path.insert(0, str(Path(__file__).parent))
from stream import HEIGHT, POINTS, WIDTH, paths, percentiles  # the same scene as bench/stream.py


def bench_ours(all_paths: list[np.ndarray], frames: int) -> list[float]:
    from landscape_gui.core.session import PALETTE, RunSpec
    from landscape_gui.ui import landscape_view
    from landscape_gui.ui.app import make_application
    from landscape_gui.ui.runs_model import make_live

    make_application()
    landscape_view.GRID_3D = 200  # the benchmark's 200×200 surface
    surface = get_surface("rosenbrock")
    view = landscape_view.LandscapeView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    view.set_surface(surface, log_scale=True)
    lives = []
    for i, path in enumerate(all_paths):
        spec = RunSpec("run", PALETTE[i], "adam", 1e-3, start=tuple(path[0]), steps=POINTS - 1)
        live = make_live(spec, surface)
        assert live.run is not None
        live.run.positions[:] = path
        lives.append(live)
    view.set_runs(lives)
    view.grabFramebuffer()
    times = []
    for frame in range(1, frames + 1):
        n = POINTS * frame // frames
        for live in lives:
            live.run.count = live.run._loss_rows = n
        t0 = time.perf_counter()
        view.update_runs(lives, n)
        view.grabFramebuffer()  # renders the frame and reads it back
        times.append(time.perf_counter() - t0)
    view.close()
    return times


def bench_mplot3d(all_paths: list[np.ndarray], frames: int) -> list[float]:
    import matplotlib

    matplotlib.use("QtAgg")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    surface = get_surface("rosenbrock")
    xs, ys, z = surface.grid(200)
    X, Y = np.meshgrid(xs, ys)
    heights = np.log10(z + 1e-3)
    fig = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    canvas = FigureCanvasQTAgg(fig)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    ax = fig.add_subplot(projection="3d")
    ax.plot_surface(X, Y, heights, cmap="viridis", rstride=1, cstride=1, linewidth=0)
    lines = [ax.plot([], [], [], lw=1.5)[0] for _ in all_paths]
    times = []
    for frame in range(1, frames + 1):
        n = POINTS * frame // frames
        t0 = time.perf_counter()
        for line, p in zip(lines, all_paths, strict=True):
            h = np.log10(surface.f(p[:n, 0], p[:n, 1]) + 1e-3) + 0.02
            line.set_data_3d(p[:n, 0], p[:n, 1], h)
        canvas.draw()
        canvas.repaint()
        times.append(time.perf_counter() - t0)
    canvas.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    all_paths = paths()
    ours = bench_ours(all_paths, args.frames)
    theirs = bench_mplot3d(all_paths, max(5, args.frames // 6))
    print(f"8 paths growing to {POINTS:,} points, {WIDTH}×{HEIGHT}, 200² surface (log heights):")
    print(f"  landscape-gui 3-D view   {percentiles(ours)}")
    print(f"  matplotlib mplot3d       {percentiles(theirs)}")
    print(
        f"  ratio (mplot3d / ours, medians): "
        f"{statistics.median(theirs) / statistics.median(ours):.1f}"
    )


if __name__ == "__main__":
    main()
