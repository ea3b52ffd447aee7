"""The engine: runs are deterministic, stepping one at a time equals stepping in batches, and every
step's position, loss, gradient, state and update are recorded."""

from __future__ import annotations

import numpy as np
import pytest

from landscape_gui.core.config import MAX_STEPS, ConfigError, RunConfig
from landscape_gui.core.custom_surface import custom_surface
from landscape_gui.core.engine import DIVERGENCE_RADIUS, Run, Stepper
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surfaces import get_surface


def config(**kw) -> RunConfig:
    base = {"surface": get_surface("himmelblau"), "optimizer": "adam", "lr": 0.05, "steps": 150}
    base.update(kw)
    return RunConfig(**base)


def test_one_at_a_time_equals_batches_equals_to_the_end() -> None:
    a = Run(config(noise=0.3, seed=5))
    while a.step():
        pass
    b = Run(config(noise=0.3, seed=5))
    for n in (1, 7, 50, 1000):
        b.advance(n)
    c = Run(config(noise=0.3, seed=5)).run_to_end()
    for other in (b, c):
        np.testing.assert_array_equal(a.path(), other.path())
        np.testing.assert_array_equal(a.losses, other.losses)
        for name in a.states:
            np.testing.assert_array_equal(a.states[name], other.states[name])


def test_noise_is_reproducible_from_its_seed_and_changes_with_it() -> None:
    p1 = Run(config(noise=0.5, seed=1)).run_to_end().path()
    p2 = Run(config(noise=0.5, seed=1)).run_to_end().path()
    p3 = Run(config(noise=0.5, seed=2)).run_to_end().path()
    np.testing.assert_array_equal(p1, p2)
    assert not np.array_equal(p1, p3)


def test_noise_is_added_to_the_gradient_the_optimizer_uses() -> None:
    run = Run(config(optimizer="gd", lr=0.01, noise=0.5, seed=3, steps=5)).run_to_end()
    xi = np.random.default_rng(3).standard_normal((5, 2))
    np.testing.assert_allclose(run.used_gradients[:5], run.gradients[:5] + 0.5 * xi, rtol=1e-15)
    np.testing.assert_allclose(
        np.diff(run.path(), axis=0), -0.01 * run.used_gradients[:5], rtol=1e-12
    )


def test_clipping_limits_the_gradient_norm_like_torch() -> None:
    run = Run(config(optimizer="gd", lr=0.001, clip=2.0, steps=20, start=(-4.0, 4.0))).run_to_end()
    norms = np.hypot(*run.used_gradients[:20].T)
    raw = np.hypot(*run.gradients[:20].T)
    assert np.all(norms <= 2.0 + 1e-12)
    np.testing.assert_allclose(norms[raw > 2.0], 2.0 * raw[raw > 2.0] / (raw[raw > 2.0] + 1e-6))


def test_schedule_rate_is_used_and_recorded() -> None:
    run = Run(
        config(
            optimizer="gd", lr=0.01, schedule=Schedule.parse("step:step_size=3:gamma=0.5"), steps=7
        )
    ).run_to_end()
    np.testing.assert_allclose(run.lrs[:7], [0.01] * 3 + [0.005] * 3 + [0.0025])
    np.testing.assert_allclose(
        np.diff(run.path(), axis=0), -run.lrs[:7, None] * run.gradients[:7], rtol=1e-12
    )


def test_history_holds_loss_gradient_state_and_update() -> None:
    run = Run(config(steps=10)).run_to_end()
    s = run.surface
    assert run.count == 11 and run.steps_taken == 10 and run.finished
    np.testing.assert_array_equal(run.losses[:11], s.loss(run.path()))
    np.testing.assert_array_equal(run.gradients[:11], s.gradient(run.path()))
    assert set(run.states) == {"exp_avg", "exp_avg_sq", "max_exp_avg_sq"}
    np.testing.assert_array_equal(run.state_at(0)["exp_avg"], [0, 0])
    np.testing.assert_array_equal(run.update_at(3), run.path()[4] - run.path()[3])
    assert np.all(np.isnan(run.update_at(10)))
    assert not run.step()  # finished runs do not move


def test_too_large_a_rate_diverges_and_the_path_stops_at_the_last_finite_point() -> None:
    run = Run(RunConfig(get_surface("bowl"), "gd", lr=1.5, steps=500)).run_to_end()
    assert run.diverged_at is not None and run.diverged_at < 500
    assert run.count == run.diverged_at  # rows 0 … k−1: step k left the divergence radius
    assert np.all(np.isfinite(run.path())) and np.all(np.isfinite(run.losses[: run.count]))
    # |θ − T| doubles (|1 − 2γ| = 2) each step: the last kept row is still inside the radius.
    radius = DIVERGENCE_RADIUS * run.surface.half_diagonal
    distances = np.hypot(*(run.path() - run.surface.centre).T)
    assert distances[-1] <= radius


def test_overflow_to_infinity_is_divergence_not_a_crash() -> None:
    run = Run(RunConfig(get_surface("rosenbrock"), "gd", lr=0.1, steps=100)).run_to_end()
    assert run.diverged_at is not None and run.diverged_at <= 10


def test_stepper_marks_diverged_rows_and_keeps_the_rest() -> None:
    s = get_surface("bowl")
    starts = np.array([[2.5, 1.0], [-2.0, 4.0], [2.0, 1.0]])
    st = Stepper(RunConfig(s, "gd", lr=1.05, steps=500), starts)
    st.advance(500)
    assert np.all(st.diverged_at[:2] > 0) and st.diverged_at[2] == -1
    assert np.all(np.isnan(st.positions[:2])) and np.all(st.positions[2] == [2.0, 1.0])


def test_undefined_start_is_reported() -> None:
    run = Run(RunConfig(get_surface("bowl"), "gd", start=(1e200, 1e200), steps=5))
    assert run.diverged_at == 0 and run.count == 0 and run.finished


@pytest.mark.parametrize(
    ("kw", "fragment"),
    [
        ({"lr": 0.0}, "learning rate must be > 0"),
        ({"lr": -1.0}, "learning rate must be > 0"),
        ({"lr": float("nan")}, "finite"),
        ({"steps": -1}, f"from 0 to {MAX_STEPS}"),
        ({"steps": MAX_STEPS + 1}, f"from 0 to {MAX_STEPS}"),
        ({"steps": 2.5}, "whole number"),
        ({"start": (1.0, float("inf"))}, "two finite numbers"),
        ({"start": (1.0,)}, "two finite numbers"),
        ({"noise": -0.1}, "noise"),
        ({"seed": -3}, "seed"),
        ({"clip": 0.0}, "clip"),
    ],
)
def test_bad_settings_are_named(kw: dict, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        config(**kw)


def test_default_rate_and_start_come_from_the_surface() -> None:
    c = RunConfig(get_surface("rosenbrock"), "gd")
    assert c.start == (-1.2, 1.0) and c.lr is not None and 0 < c.lr < 1e-3


def test_a_loss_that_turns_non_finite_ends_the_run_at_that_row() -> None:
    from landscape_gui.core.surface import Surface, minima

    # Loss +inf past x = 1, gradient a constant (−1, 0): gd walks right by γ per step.
    cliff = Surface(
        name="cliff",
        title="cliff",
        formula_text="x² + y² (inf past x = 1)",
        description="a test surface whose loss overflows before its gradient does",
        formula=lambda x, y: np.where(x > 1.0, np.inf, x * x + y * y),
        gradient_xy=lambda x, y: (np.full_like(x, -1.0), np.zeros_like(y)),
        window=((-2.0, 2.0), (-2.0, 2.0)),
        start=(0.0, 0.0),
        minima_fn=minima(),
    )
    run = Run(RunConfig(cliff, "gd", lr=0.3, steps=20)).run_to_end()
    losses = run.losses  # read: evaluates the new rows and finds the overflow at x = 1.2
    assert run.diverged_at == 4 and run.count == 4 and run.finished
    np.testing.assert_allclose(run.path()[:, 0], [0.0, 0.3, 0.6, 0.9])
    assert np.all(np.isfinite(losses[:4])) and np.all(np.isnan(losses[4:]))
    assert np.all(np.isnan(run.positions[4:]))


def test_a_start_whose_loss_overflows_is_named_as_such() -> None:
    """1e308 squared is not finite: that is a start far outside the window, not a hole."""
    bowl = get_surface("bowl")
    run = Run(RunConfig(bowl, "gd", lr=0.1, steps=10, start=(1e308, 4.0)))
    assert run.diverged_at == 0
    assert str(run.divergence_reason) == (
        "the loss is not finite at the start (1e+308, 4), far outside the window"
    )
    hole = custom_surface("log(x) + y^2", ((-2, 2), (-2, 2)))
    run = Run(RunConfig(hole, "gd", lr=0.1, steps=10, start=(-1.0, 0.0)))
    assert str(run.divergence_reason) == "the loss is undefined at the start (-1, 0)"
