"""Learning-rate schedules: torch's closed forms, their parameters and their errors."""

from __future__ import annotations

import math

import pytest

from landscape_gui.core.schedules import SCHEDULES, Schedule, ScheduleError


def test_constant() -> None:
    assert [Schedule().lr_at(0.1, k, 100) for k in (0, 50, 99)] == [0.1, 0.1, 0.1]


def test_step_decays_by_gamma_every_step_size() -> None:
    s = Schedule.parse("step:step_size=10:gamma=0.5")
    assert [s.lr_at(1.0, k, 100) for k in (0, 9, 10, 19, 20, 35)] == [1, 1, 0.5, 0.5, 0.25, 0.125]


def test_exponential() -> None:
    s = Schedule.parse("exponential:gamma=0.9")
    assert s.lr_at(2.0, 3, 100) == pytest.approx(2.0 * 0.9**3, rel=1e-15)


def test_cosine_runs_from_lr_to_eta_min_over_t_max_defaulting_to_the_run() -> None:
    s = Schedule.parse("cosine:eta_min=0.01")
    assert s.lr_at(1.0, 0, 200) == 1.0
    assert s.lr_at(1.0, 100, 200) == pytest.approx(0.505, rel=1e-14)
    assert s.lr_at(1.0, 200, 200) == pytest.approx(0.01, rel=1e-14)
    assert Schedule.parse("cosine:t_max=50").lr_at(1.0, 50, 200) == pytest.approx(0.0, abs=1e-16)


def test_warmup_rises_linearly_then_holds() -> None:
    s = Schedule.parse("warmup:start_factor=0.2:total_iters=4")
    got = [s.lr_at(1.0, k, 100) for k in range(7)]
    assert got == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0, 1.0, 1.0], rel=1e-14)
    default = Schedule.parse("warmup")
    assert default.lr_at(0.3, 0, 100) == pytest.approx(0.1)


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("cosin", "did you mean 'cosine'"),
        ("step:gama=0.1", "did you mean 'gamma'"),
        ("step:step_size=0", "step_size must be a whole number"),
        ("step:step_size=2.5", "step_size must be a whole number"),
        ("exponential:gamma=-1", "gamma must be > 0"),
        ("cosine:t_max=0", "t_max must be"),
        ("warmup:start_factor=0", "start_factor"),
        ("step:gamma", "KEY=VALUE"),
        ("step:gamma=x", "not a number"),
        ("exponential:gamma=inf", "must be finite"),
    ],
)
def test_bad_schedules_say_what_is_valid(spec: str, fragment: str) -> None:
    with pytest.raises(ScheduleError, match=fragment):
        Schedule.parse(spec)


def test_spec_round_trips_and_describe_names_torch() -> None:
    for kind in SCHEDULES:
        s = Schedule.parse(kind)
        assert Schedule.parse(s.spec()) == s
        assert s.describe(100)["kind"] == kind
    s = Schedule.parse("step:step_size=7:gamma=0.3")
    assert Schedule.parse(s.spec()) == s
    assert s.describe(10)["torch"] == "StepLR"
    assert math.isclose(s.describe(10)["gamma"], 0.3)
