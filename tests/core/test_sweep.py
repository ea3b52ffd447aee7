"""The learning-rate sweep: each rate's row equals a single run, and on the bowl the divergence
boundary lies at the theoretical 2/L within the sweep's resolution."""

from __future__ import annotations

import numpy as np
import pytest

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.surfaces import get_surface
from landscape_gui.core.sweep import learning_rate_sweep

CASES = [("bowl", "gd"), ("ravine", "gd"), ("ravine", "momentum"), ("booth", "nesterov")]


@pytest.mark.parametrize(("surface", "optimizer"), CASES)
def test_boundary_at_the_theoretical_limit(surface: str, optimizer: str) -> None:
    s = learning_rate_sweep(RunConfig(get_surface(surface), optimizer, steps=2000), 1e-4, 10, 200)
    step = (10 / 1e-4) ** (1 / 199)  # the ratio between neighbouring rates
    assert s.limit is not None
    assert s.limit <= s.first_diverging <= s.limit * step
    assert np.all(s.diverged_at[s.rates > s.first_diverging] >= 0)


def test_rows_equal_single_runs() -> None:
    config = RunConfig(get_surface("himmelblau"), "adam", steps=300, start=(0.5, -0.3))
    s = learning_rate_sweep(config, 1e-3, 3.0, 30)
    for i in (0, 12, 29):
        run = Run(RunConfig(config.surface, "adam", lr=float(s.rates[i]), steps=300,
                            start=(0.5, -0.3))).run_to_end()  # fmt: skip
        if run.diverged_at is None:
            assert s.final_loss[i] == run.losses[run.count - 1]
        else:
            assert s.diverged_at[i] == run.diverged_at


def test_bad_ranges() -> None:
    with pytest.raises(ValueError, match="0 < low < high"):
        learning_rate_sweep(RunConfig(get_surface("bowl"), "gd"), 1.0, 0.1)


def test_the_rates_that_reach_the_minimum_on_the_bowl() -> None:
    """Many rates end at the minimum: the answer is a range. On the bowl (L = 2) gradient descent
    scales the distance by |1 − 2η| a step, so f − f* by (1 − 2η)²: after 300 steps it is below a
    millionth of the start's where |1 − 2η| ≤ 10^(−6/600), i.e. for 0.01138 ≤ η ≤ 0.98862."""
    s = learning_rate_sweep(RunConfig(get_surface("bowl"), "gd", steps=300), 1e-3, 10, 200)
    step = (10 / 1e-3) ** (1 / 199)  # the ratio between neighbouring rates
    q = 10 ** (-6 / 600)
    low, high = s.reaching
    assert (1 - q) / 2 <= low <= (1 - q) / 2 * step
    assert (1 + q) / 2 / step <= high <= (1 + q) / 2
    assert s.first_diverging > high
    assert learning_rate_sweep(RunConfig(get_surface("saddle"), "gd"), 1e-3, 1, 20).reaching is None
