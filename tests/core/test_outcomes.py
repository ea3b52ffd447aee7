"""Outcomes: each kind is reported when, and only when, it happens."""

from __future__ import annotations

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.outcomes import classify
from landscape_gui.core.surfaces import get_surface


def outcome(surface: str, optimizer: str = "gd", **kw):
    return classify(Run(RunConfig(get_surface(surface), optimizer, **kw)).run_to_end())


def test_learning_rate_lesson_on_the_bowl() -> None:
    # L = 2: γ < 1 converges, γ = 1 oscillates for ever, γ > 1 diverges; tiny γ crawls.
    assert outcome("bowl", lr=0.001, steps=100).kind == "moving"
    good = outcome("bowl", lr=0.3, steps=100)
    assert good.kind == "converged" and good.minimum.kind == "global"
    assert good.text.startswith("converged to global minimum (2, 1) at step ")
    assert outcome("bowl", lr=1.0, steps=300).kind == "moving"
    bad = outcome("bowl", lr=1.1, steps=300)
    assert bad.kind == "diverged" and bad.text == f"diverged at step {bad.step}"


def test_converged_step_is_when_it_arrived_to_stay() -> None:
    run = Run(RunConfig(get_surface("bowl"), "gd", lr=0.3, steps=100)).run_to_end()
    o = classify(run)
    radius = 1e-3 * run.surface.half_diagonal
    d = ((run.path() - [2, 1]) ** 2).sum(axis=1) ** 0.5
    assert d[o.step] <= radius < d[o.step - 1]


def test_local_minimum_is_reported_as_local() -> None:
    o = outcome("valleys", lr=0.05, start=(1.5, 1.0), steps=400)
    assert o.kind == "converged" and o.minimum.kind == "local" and o.minimum.x > 0
    o = outcome("valleys", lr=0.05, start=(-1.5, 1.0), steps=400)
    assert o.kind == "converged" and o.minimum.kind == "global"


def test_saddle_stalls_and_noise_escapes() -> None:
    o = outcome("saddle", lr=0.1, start=(1.5, 0.0), steps=300)
    assert o.kind == "stalled" and "saddle" in o.text
    o = outcome("saddle", lr=0.1, start=(1.5, 0.0), steps=300, noise=0.05, seed=1)
    # downhill along y for ever: the loss is unbounded below, and that is no divergence
    assert o.kind == "escaped" and o.step is not None
    assert o.text == f"escaped downhill at step {o.step}: the loss is unbounded below"
    assert o.as_dict()["kind"] == "escaped" and o.reason is not None


def test_escaped_only_downhill_and_only_without_minima() -> None:
    run = Run(RunConfig(get_surface("saddle"), "gd", lr=0.1, start=(1.0, 0.7), steps=100))
    o = classify(run.run_to_end())
    assert o.kind == "escaped" and run.losses[o.step - 1] < -1e6
    # η = 1.5 > 1 on the x axis: x oscillates ever wider, y stays 0, the loss goes up
    o = outcome("saddle", lr=1.5, start=(1.0, 0.0), steps=100)
    assert o.kind == "diverged" and o.text == f"diverged at step {o.step}"
    # the monkey saddle: down one of its three valleys, or up a ridge with a rate too large
    assert outcome("monkey-saddle", lr=0.1, start=(1.2, 0.4), steps=300).kind == "escaped"
    assert outcome("monkey-saddle", lr=0.1, start=(-1.2, 0.4), steps=300).kind == "escaped"
    assert outcome("monkey-saddle", lr=2.0, start=(1.2, 0.4), steps=300).kind == "diverged"
    # a surface with a minimum: leaving is divergence, whichever way the loss went
    assert outcome("bowl", lr=1.1, steps=300).kind == "diverged"


def test_an_escape_seen_before_it_happened_is_not_one_yet() -> None:
    run = Run(RunConfig(get_surface("saddle"), "gd", lr=0.1, start=(1.0, 0.7), steps=100))
    run.run_to_end()
    assert classify(run).kind == "escaped"
    assert classify(run, upto=5).kind == "moving"


def test_plateau_stall() -> None:
    o = outcome("plateau", lr=0.1, start=(3.8, 3.8), steps=300)
    assert o.kind == "stalled" and "plateau" in o.text
    o = outcome("plateau", "adam", lr=0.1, start=(3.8, 3.8), steps=300)
    assert o.kind == "converged"


def test_unlisted_minimum_is_found_by_its_curvature() -> None:
    # Ackley lists the minima in its view window; a start outside it ends in a ripple the table
    # does not hold, recognised by its vanishing gradient and positive curvature.
    o = outcome("ackley", lr=0.01, start=(7.05, 0.1), steps=3000)
    assert o.kind == "converged" and not o.listed and "not in the table" in o.text
    assert abs(o.minimum.x - 6.98) < 0.01 and abs(o.minimum.y) < 1e-6


def test_newton_heads_for_the_saddle() -> None:
    o = outcome("saddle", "newton", lr=1.0, start=(1.0, 0.7), steps=10)
    assert o.kind == "stalled" and "saddle point (0, 0)" in o.text
