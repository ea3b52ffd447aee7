"""Curvature: analytic eigenvalues on the quadratic surfaces, and the stability limits that decide
between converging and diverging."""

from __future__ import annotations

import numpy as np
import pytest

from landscape_gui.core.config import RunConfig
from landscape_gui.core.curvature import curvature_at, stability_limit
from landscape_gui.core.engine import Run
from landscape_gui.core.optimizers import get_optimizer
from landscape_gui.core.outcomes import classify
from landscape_gui.core.surfaces import get_surface

ANALYTIC = {  # eigenvalues of the constant Hessians, from the formulas
    "bowl": (2.0, 2.0),
    "ravine": (1.0, 25.0),
    "ravine:kappa=100": (1.0, 100.0),
    "booth": (2.0, 18.0),  # [[10, 8], [8, 10]]
    "matyas": (0.04, 1.0),  # [[0.52, −0.48], [−0.48, 0.52]]
}


@pytest.mark.parametrize(("name", "expected"), list(ANALYTIC.items()))
def test_eigenvalues_equal_the_analytic_ones(name: str, expected: tuple[float, float]) -> None:
    s = get_surface(name)
    for point in ((0.3, -1.2), s.start):
        bend = curvature_at(s, np.array(point))
        np.testing.assert_allclose(bend.eigenvalues, expected, rtol=1e-12)
        assert bend.condition == pytest.approx(expected[1] / expected[0])


def test_saddle_and_cone() -> None:
    assert "saddle" in str(curvature_at(get_surface("saddle"), np.array([0.2, 0.1])).kind)
    assert curvature_at(get_surface("ackley"), np.array([0.0, 0.0])) is None


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "nesterov"])
@pytest.mark.parametrize("surface", ["bowl", "ravine", "booth"])
def test_runs_converge_just_below_the_limit_and_diverge_just_above(optimizer, surface) -> None:
    s = get_surface(surface)
    hyper = get_optimizer(optimizer).defaults
    limit = stability_limit(s, optimizer, hyper)
    below = classify(Run(RunConfig(s, optimizer, lr=limit * 0.97, steps=4000)).run_to_end())
    above = classify(Run(RunConfig(s, optimizer, lr=limit * 1.03, steps=4000)).run_to_end())
    assert below.kind == "converged" and above.kind == "diverged"


def test_no_limit_where_there_is_no_single_number() -> None:
    assert stability_limit(get_surface("rosenbrock"), "gd", {}) is None
    assert stability_limit(get_surface("bowl"), "adam", {}) is None
    assert stability_limit(get_surface("bowl"), "gd", {"weight_decay": 0.1}) is None
