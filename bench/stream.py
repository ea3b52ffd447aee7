"""Frame time of the contour view while 8 runs stream in, next to matplotlib in the same process.

    QT_QPA_PLATFORM=offscreen python bench/stream.py [--frames 200]

The scene: an 800×600 view of Rosenbrock (log colours) as a 400×400 heatmap with contour lines,
and 8 paths each growing to 10,000 points over the frames. Each frame updates the 8 paths and
paints the view synchronously. matplotlib draws the same scene in a Qt canvas of the same size,
(a) redrawing everything (contourf + lines) every frame, (b) blitting only the lines onto a
cached background. The three take turns frame by frame, so that the machine's noise falls on
all alike. Prints the median and 95th-percentile frame time of each.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.surfaces import get_surface

WIDTH, HEIGHT = 800, 600
POINTS = 10_000
RUNS = 8


def paths() -> list[np.ndarray]:
    """Eight real optimizer paths on Rosenbrock, 10,000 steps each (computed once)."""
    surface = get_surface("rosenbrock")
    out = []
    for i, (optimizer, lr) in enumerate(
        [("adam", 2e-3), ("adam", 5e-3), ("rmsprop", 1e-3), ("momentum", 2e-4),
         ("nesterov", 2e-4), ("gd", 1e-3), ("adagrad", 0.1), ("nadam", 2e-3)]
    ):  # fmt: skip
        start = (-1.5 + 0.1 * i, 2.5 - 0.2 * i)
        config = RunConfig(surface, optimizer, lr=lr, start=start, steps=POINTS - 1)
        path = Run(config).run_to_end().path()
        out.append(np.vstack([path, np.repeat(path[-1:], POINTS - len(path), axis=0)]))
    return out


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"median {statistics.median(ms):7.2f} ms   95th pct {p95:7.2f} ms"


Frame = Callable[[int], None]  # draws and paints frame i (1 … frames) of one renderer


def ours(all_paths: list[np.ndarray], frames: int) -> tuple[Frame, Callable[[], None]]:
    from landscape_gui.core.session import RunSpec
    from landscape_gui.ui import contour_view
    from landscape_gui.ui.app import make_application
    from landscape_gui.ui.runs_model import make_live

    app = make_application()
    contour_view.GRID = 400  # the 400×400 heatmap of the benchmark
    surface = get_surface("rosenbrock")
    view = contour_view.ContourView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    view.set_surface(surface)
    view.set_log_scale(True)
    app.processEvents()

    colors = ["#D55E00", "#56B4E9", "#F0E442", "#CC79A7", "#009E73", "#E69F00", "#FFFFFF",
              "#0072B2"]  # fmt: skip
    streams = []
    for path, color in zip(all_paths, colors, strict=True):
        spec = RunSpec("run", color, "adam", 1e-3, start=tuple(path[0]), steps=POINTS - 1)
        live = make_live(spec, surface)
        assert live.run is not None
        live.run.positions[:] = path  # as if the compute process had sent every row
        streams.append(live)
    view.set_runs(streams)
    settle = time.perf_counter() + 0.5  # let the view settle as in the app (its resample is due)
    while time.perf_counter() < settle:
        app.processEvents()

    def frame(i: int) -> None:
        n = POINTS * i // frames
        for live in streams:
            live.run.count = live.run._loss_rows = n  # rows that have arrived
        view.update_runs(streams, n, -1)  # new data for each curve, once
        view.viewport().repaint()  # paint now (the app lets Qt paint the dirty region)

    return frame, view.close


def matplotlib_scene(all_paths: list[np.ndarray]) -> tuple[object, object, list[object]]:
    import matplotlib

    matplotlib.use("QtAgg")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    surface = get_surface("rosenbrock")
    xs, ys, z = surface.grid(400)
    shown = np.log10(z + 1e-3)
    fig = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    canvas = FigureCanvasQTAgg(fig)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    ax = fig.add_subplot()
    ax.contourf(xs, ys, shown, levels=24, cmap="viridis")
    ax.contour(xs, ys, shown, levels=12, colors="white", linewidths=0.5, alpha=0.4)
    lines = [ax.plot([], [], lw=1.5, animated=False)[0] for _ in all_paths]
    ax.set_xlim(xs[0], xs[-1])
    ax.set_ylim(ys[0], ys[-1])
    return canvas, ax, lines


def matplotlib_full(all_paths: list[np.ndarray], frames: int) -> tuple[Frame, Callable[[], None]]:
    canvas, _, lines = matplotlib_scene(all_paths)

    def frame(i: int) -> None:
        n = POINTS * i // frames
        for line, p in zip(lines, all_paths, strict=True):
            line.set_data(p[:n, 0], p[:n, 1])
        canvas.draw()
        canvas.repaint()

    return frame, canvas.close


def matplotlib_blit(all_paths: list[np.ndarray], frames: int) -> tuple[Frame, Callable[[], None]]:
    canvas, ax, lines = matplotlib_scene(all_paths)
    for line in lines:
        line.set_animated(True)
    canvas.draw()
    canvas.repaint()
    background = canvas.copy_from_bbox(ax.bbox)

    def frame(i: int) -> None:
        n = POINTS * i // frames
        canvas.restore_region(background)
        for line, p in zip(lines, all_paths, strict=True):
            line.set_data(p[:n, 0], p[:n, 1])
            ax.draw_artist(line)
        canvas.blit(ax.bbox)  # repaints the axes' rectangle now (QWidget.repaint)

    return frame, canvas.close


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    all_paths = paths()
    renderers = [make(all_paths, args.frames) for make in (ours, matplotlib_full, matplotlib_blit)]
    times: list[list[float]] = [[] for _ in renderers]
    # Frame i of each renderer in turn (first renderer rotating), so that the machine's noise
    # falls on all three alike rather than on whichever ran during a busy minute.
    for i in range(1, args.frames + 1):
        for k in range(len(renderers)):
            j = (i + k) % len(renderers)
            t0 = time.perf_counter()
            renderers[j][0](i)
            times[j].append(time.perf_counter() - t0)
    for _, close in renderers:
        close()
    ours_times, full, blit = times
    print(
        f"{RUNS} paths growing to {POINTS:,} points, {WIDTH}×{HEIGHT}, 400² heatmap + contours, "
        f"{args.frames} frames:"
    )
    print(f"  landscape-gui contour view      {percentiles(ours_times)}")
    print(f"  matplotlib, full redraw         {percentiles(full)}")
    print(f"  matplotlib, blitting the lines  {percentiles(blit)}")
    print(
        f"  ratio (matplotlib blit / ours, medians): "
        f"{statistics.median(blit) / statistics.median(ours_times):.2f}"
    )


if __name__ == "__main__":
    main()
