"""Basin maps: Himmelblau's four basins cover its four minima, a rate past 2/L diverges everywhere,
and Cancel stops the work."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from landscape_gui.core.basins import DIVERGED, BasinsCancelled, basin_map
from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.surfaces import get_surface


def test_himmelblau_four_basins_each_around_its_minimum() -> None:
    b = basin_map(RunConfig(get_surface("himmelblau"), "gd", lr=0.005, steps=300), 120)
    assert len(b.minima) == 4
    shares = [b.share(i) for i in range(4)]
    assert all(s > 0.15 for s in shares) and sum(shares) > 0.99
    for i, m in enumerate(b.minima):
        # Starts next to a minimum are coloured by it, and got there early.
        ix, iy = np.argmin(np.abs(b.xs - m.x)), np.argmin(np.abs(b.ys - m.y))
        assert b.labels[iy, ix] == i and 0 <= b.steps[iy, ix] < 50


def test_basin_labels_equal_single_runs() -> None:
    config = RunConfig(get_surface("himmelblau"), "adam", lr=0.05, steps=400)
    b = basin_map(config, 9)
    from landscape_gui.core.outcomes import classify

    for j in (0, 4, 8):
        for i in (0, 3, 8):
            run = Run(RunConfig(config.surface, "adam", lr=0.05, steps=400,
                                start=(b.xs[i], b.ys[j]))).run_to_end()  # fmt: skip
            outcome = classify(run)
            label = b.labels[j, i]
            if outcome.kind == "converged" and outcome.listed:
                assert b.minima[label] == outcome.minimum
            elif outcome.kind == "diverged":
                assert label == DIVERGED


def test_bowl_past_the_stability_limit_diverges_everywhere() -> None:
    b = basin_map(RunConfig(get_surface("bowl"), "gd", lr=1.05, steps=600), 40)  # 2/L = 1
    assert b.share(DIVERGED) == 1.0


def test_cancel_stops_promptly() -> None:
    cancel = threading.Event()
    seen = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.05:
            cancel.set()

    config = RunConfig(get_surface("rastrigin"), "adam", lr=0.01, steps=100_000)
    with pytest.raises(BasinsCancelled):
        basin_map(config, 100, progress, cancel)
    assert seen[-1] < 0.1  # stopped within a few checks of the request


def test_resolution_limits() -> None:
    with pytest.raises(ValueError, match="from 2 to 500"):
        basin_map(RunConfig(get_surface("bowl"), "gd"), 501)
