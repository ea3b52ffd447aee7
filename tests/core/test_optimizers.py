"""Every optimizer against its documented rule: first steps computed by hand, torch's own
trajectories (tests/data/torch_reference.json, and live torch where installed), convergence, and
vectorised (N, 2) equal to N separate runs."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from landscape_gui.core.config import ConfigError, RunConfig
from landscape_gui.core.engine import Run, Stepper
from landscape_gui.core.optimizer import HyperparameterError
from landscape_gui.core.optimizers import OPTIMIZERS, default_lr, get_optimizer
from landscape_gui.core.outcomes import classify
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surfaces import get_surface

REFERENCE = json.loads(
    (Path(__file__).parents[1] / "data" / "torch_reference.json").read_text(encoding="utf-8")
)
OUR_NAME = {
    "SGD": "sgd", "Adagrad": "adagrad", "RMSprop": "rmsprop", "Adadelta": "adadelta",
    "Adam": "adam", "AdamW": "adamw", "NAdam": "nadam", "Adamax": "adamax",
}  # fmt: skip


def steps_of(
    optimizer: str, hyper: dict, surface: str, start: tuple[float, float], lr: float, n: int
) -> np.ndarray:
    """θ₀ … θₙ from our engine."""
    run = Run(RunConfig(get_surface(surface), optimizer, lr=lr, hyper=hyper, start=start, steps=n))
    return run.run_to_end().path()


def bowl_grad(p: tuple[float, float]) -> tuple[float, float]:
    return 2 * (p[0] - 2.0), 2 * (p[1] - 1.0)


# --- first steps by hand ------------------------------------------------------------------------
def test_sgd_momentum_first_step_has_no_dampening() -> None:
    # bowl, θ₀ = (−2, 4), γ = 0.1, μ = 0.9, τ = 0.5.
    # g₀ = (−8, 6); b₁ = g₀ (no dampening on the first step); θ₁ = θ₀ − 0.1·b₁ = (−1.2, 3.4).
    # g₁ = (−6.4, 4.8); b₂ = 0.9·b₁ + 0.5·g₁ = (−10.4, 7.8); θ₂ = θ₁ − 0.1·b₂ = (−0.16, 2.62).
    path = steps_of("sgd", {"momentum": 0.9, "dampening": 0.5}, "bowl", (-2, 4), 0.1, 2)
    np.testing.assert_allclose(path[1], [-1.2, 3.4], rtol=1e-15)
    np.testing.assert_allclose(path[2], [-0.16, 2.62], rtol=1e-14)


def test_nesterov_uses_gradient_plus_momentum_times_buffer() -> None:
    # γ = 0.1, μ = 0.9. Step 1: b = g₀ = (−8, 6), update g₀ + 0.9·b = (−15.2, 11.4),
    # θ₁ = (−2, 4) − 0.1·(−15.2, 11.4) = (−0.48, 2.86).
    # Step 2: g₁ = (−4.96, 3.72); b = 0.9·(−8, 6) + g₁ = (−12.16, 9.12);
    # update g₁ + 0.9·b = (−15.904, 11.928); θ₂ = (1.1104, 1.6672).
    path = steps_of("nesterov", {}, "bowl", (-2, 4), 0.1, 2)
    np.testing.assert_allclose(path[1], [-0.48, 2.86], rtol=1e-14)
    np.testing.assert_allclose(path[2], [1.1104, 1.6672], rtol=1e-14)


def test_gd_is_theta_minus_lr_times_gradient() -> None:
    path = steps_of("gd", {}, "bowl", (-2, 4), 0.25, 1)
    np.testing.assert_allclose(path[1], [-2 + 0.25 * 8, 4 - 0.25 * 6], rtol=1e-15)


def test_adam_bias_correction_makes_first_step_lr_sized() -> None:
    # m₁ = 0.1·g, v₁ = 0.001·g²; m̂ = g, v̂ = g²: the first step is γ·g/(|g| + ε) ≈ γ·sign(g).
    lr = 0.05
    path = steps_of("adam", {}, "bowl", (-2, 4), lr, 1)
    g = np.array([-8.0, 6.0])
    np.testing.assert_allclose(path[1], [-2, 4] - lr * g / (np.abs(g) + 1e-8), rtol=1e-14)


def reference_adam(
    g_of, theta, lr, steps, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, amsgrad=False, decoupled=False
):
    """Adam/AdamW written plainly from the documented rule, one float at a time."""
    theta = list(theta)
    m = [0.0, 0.0]
    v = [0.0, 0.0]
    vmax = [0.0, 0.0]
    out = [tuple(theta)]
    for t in range(1, steps + 1):
        g = list(g_of(theta))
        if decoupled:
            theta = [th * (1 - lr * wd) for th in theta]
        else:
            g = [gi + wd * th for gi, th in zip(g, theta, strict=True)]
        for i in range(2):
            m[i] = b1 * m[i] + (1 - b1) * g[i]
            v[i] = b2 * v[i] + (1 - b2) * g[i] ** 2
            vmax[i] = max(vmax[i], v[i])
            m_hat = m[i] / (1 - b1**t)
            v_hat = (vmax[i] if amsgrad else v[i]) / (1 - b2**t)
            theta[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
        out.append(tuple(theta))
    return np.array(out)


@pytest.mark.parametrize(
    ("name", "hyper", "kwargs"),
    [
        ("adam", {}, {}),
        ("adam", {"amsgrad": True, "beta1": 0.5}, {"amsgrad": True, "b1": 0.5}),
        ("adam", {"weight_decay": 0.3}, {"wd": 0.3}),
        ("adamw", {}, {"wd": 0.01, "decoupled": True}),
        (
            "adamw",
            {"weight_decay": 0.3, "amsgrad": True},
            {"wd": 0.3, "decoupled": True, "amsgrad": True},
        ),
    ],
)
def test_adam_family_follows_the_documented_rule(name: str, hyper: dict, kwargs: dict) -> None:
    ours = steps_of(name, hyper, "bowl", (-2, 4), 0.1, 40)
    ref = reference_adam(bowl_grad, (-2.0, 4.0), 0.1, 40, **kwargs)
    np.testing.assert_allclose(ours, ref, rtol=1e-12)


def test_amsgrad_keeps_the_running_maximum_of_v() -> None:
    # On Himmelblau the gradient shrinks near the minimum, so v falls and v_max must not.
    run = Run(
        RunConfig(
            get_surface("himmelblau"),
            "adam",
            lr=0.05,
            hyper={"amsgrad": True},
            start=(0.5, -0.3),
            steps=200,
        )
    ).run_to_end()
    v = run.states["exp_avg_sq"][: run.count]
    v_max = run.states["max_exp_avg_sq"][: run.count]
    assert np.all(np.diff(v_max, axis=0) >= 0)
    np.testing.assert_array_equal(v_max, np.maximum.accumulate(v, axis=0))
    assert np.any(np.diff(v, axis=0) < 0)


def test_rmsprop_eps_outside_the_square_root_and_centered_variant() -> None:
    # One step from θ₀ with g = (−8, 6): v = 0.01·g², so θ₁ = θ₀ − γ·g/(√v + ε) with ε outside.
    lr, eps = 0.01, 0.5  # a large ε makes inside-vs-outside visible
    path = steps_of("rmsprop", {"eps": eps}, "bowl", (-2, 4), lr, 1)
    g = np.array([-8.0, 6.0])
    np.testing.assert_allclose(
        path[1], [-2, 4] - lr * g / (np.sqrt(0.01 * g * g) + eps), rtol=1e-14
    )
    # Centered: ḡ = 0.01·g, ṽ = v − ḡ² = 0.01·g² − 0.0001·g².
    path = steps_of("rmsprop", {"eps": eps, "centered": True}, "bowl", (-2, 4), lr, 1)
    v_tilde = 0.01 * g * g - (0.01 * g) ** 2
    np.testing.assert_allclose(path[1], [-2, 4] - lr * g / (np.sqrt(v_tilde) + eps), rtol=1e-14)


def test_rmsprop_momentum_accumulates_the_normalised_step() -> None:
    lr, mu = 0.01, 0.9
    path = steps_of("rmsprop", {"momentum": mu}, "bowl", (-2, 4), lr, 2)
    g0 = np.array([-8.0, 6.0])
    v = 0.01 * g0 * g0
    b = g0 / (np.sqrt(v) + 1e-8)
    th1 = np.array([-2.0, 4.0]) - lr * b
    np.testing.assert_allclose(path[1], th1, rtol=1e-14)
    g1 = np.array(bowl_grad(tuple(th1)))
    v = 0.99 * v + 0.01 * g1 * g1
    b = mu * b + g1 / (np.sqrt(v) + 1e-8)
    np.testing.assert_allclose(path[2], th1 - lr * b, rtol=1e-13)


def test_adagrad_lr_decay_and_initial_accumulator() -> None:
    lr, eta, s0 = 0.5, 0.1, 2.0
    path = steps_of(
        "adagrad", {"lr_decay": eta, "initial_accumulator_value": s0}, "bowl", (-2, 4), lr, 3
    )
    theta = np.array([-2.0, 4.0])
    s = np.full(2, s0)
    for t in range(1, 4):
        g = np.array(bowl_grad(tuple(theta)))
        s = s + g * g
        theta = theta - lr / (1 + (t - 1) * eta) * g / (np.sqrt(s) + 1e-10)
        np.testing.assert_allclose(path[t], theta, rtol=1e-14)


def test_adadelta_rule() -> None:
    rho, eps, lr = 0.9, 1e-6, 1.0
    path = steps_of("adadelta", {}, "bowl", (-2, 4), lr, 3)
    theta, v, u = np.array([-2.0, 4.0]), np.zeros(2), np.zeros(2)
    for t in range(1, 4):
        g = np.array(bowl_grad(tuple(theta)))
        v = rho * v + (1 - rho) * g * g
        delta = np.sqrt(u + eps) / np.sqrt(v + eps) * g
        u = rho * u + (1 - rho) * delta * delta
        theta = theta - lr * delta
        np.testing.assert_allclose(path[t], theta, rtol=1e-14)


def test_adamax_rule() -> None:
    b1, b2, eps, lr = 0.9, 0.999, 1e-8, 0.1
    path = steps_of("adamax", {}, "bowl", (-2, 4), lr, 5)
    theta, m, u = np.array([-2.0, 4.0]), np.zeros(2), np.zeros(2)
    for t in range(1, 6):
        g = np.array(bowl_grad(tuple(theta)))
        m = b1 * m + (1 - b1) * g
        u = np.maximum(b2 * u, np.abs(g) + eps)
        theta = theta - lr / (1 - b1**t) * m / u
        np.testing.assert_allclose(path[t], theta, rtol=1e-14)


def test_nadam_rule() -> None:
    b1, b2, eps, lr, psi = 0.9, 0.999, 1e-8, 0.1, 4e-3
    path = steps_of("nadam", {}, "bowl", (-2, 4), lr, 6)
    theta, m, v, prod = np.array([-2.0, 4.0]), np.zeros(2), np.zeros(2), 1.0
    for t in range(1, 7):
        g = np.array(bowl_grad(tuple(theta)))
        mu = b1 * (1 - 0.5 * 0.96 ** (t * psi))
        mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))
        prod *= mu
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = np.sqrt(v / (1 - b2**t)) + eps
        theta = theta - lr * (1 - mu) / (1 - prod) * g / denom
        theta = theta - lr * mu_next / (1 - prod * mu_next) * m / denom
        np.testing.assert_allclose(path[t], theta, rtol=1e-14)


def test_sgd_weight_decay_is_coupled_and_adamw_decoupled() -> None:
    # SGD: g ← g + λθ. θ₁ = θ₀ − γ(g₀ + λθ₀).
    path = steps_of("gd", {"weight_decay": 0.5}, "bowl", (-2, 4), 0.1, 1)
    np.testing.assert_allclose(
        path[1], np.array([-2, 4]) - 0.1 * (np.array([-8, 6]) + 0.5 * np.array([-2, 4])), rtol=1e-15
    )


def test_newton_jumps_to_the_minimum_of_a_quadratic_and_to_the_saddle() -> None:
    for surface, target in (
        ("bowl", (2, 1)),
        ("ravine", (0, 0)),
        ("booth", (1, 3)),
        ("saddle", (0, 0)),
    ):
        path = steps_of("newton", {}, surface, (1.7, -0.6), 1.0, 1)
        np.testing.assert_allclose(path[1], target, atol=1e-12)
    # Damping λ: θ₁ = θ₀ − (H + λI)⁻¹g; on the bowl H = 2I, so the step is 2/(2 + λ) of the way.
    path = steps_of("newton", {"damping": 2.0}, "bowl", (0.0, 0.0), 1.0, 1)
    np.testing.assert_allclose(path[1], [1.0, 0.5], rtol=1e-15)


# --- torch's own trajectories ---------------------------------------------------------------
def relative_error(ours: np.ndarray, ref: np.ndarray) -> float:
    """max over steps of ‖ours − ref‖ / ‖ref‖."""
    return float(np.max(np.linalg.norm(ours - ref, axis=1) / np.linalg.norm(ref, axis=1)))


@pytest.mark.parametrize(
    "case", REFERENCE["cases"], ids=lambda c: f"{c['torch']}-{c['surface']}-{c['hyper']}"
)
def test_trajectory_matches_torch(case: dict) -> None:
    config = RunConfig(
        get_surface(case["surface"]),
        OUR_NAME[case["torch"]],
        lr=case["lr"],
        hyper=case["hyper"],
        start=tuple(case["start"]),
        steps=REFERENCE["steps"],
        noise=case["noise"],
        seed=case["seed"],
        schedule=Schedule.parse(case["schedule"]) if case["schedule"] else Schedule(),
        clip=case["clip"],
    )
    run = Run(config).run_to_end()
    ref = np.array(case["path"])
    assert run.count == len(ref) == REFERENCE["steps"] + 1
    assert relative_error(run.path(), ref) <= 1e-9


@pytest.mark.torch
@pytest.mark.parametrize(
    "name", ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "adamax"]
)
def test_random_hyperparameters_match_live_torch(name: str) -> None:
    torch_mod = pytest.importorskip("torch")
    torch_mod.set_default_dtype(torch_mod.float64)
    rng = np.random.default_rng(abs(hash(name)) % 2**32)
    opt = get_optimizer(name)
    cls = getattr(torch_mod.optim, opt.torch_name)
    surface = get_surface("himmelblau")
    for _ in range(5):
        hyper: dict = {}
        for h in opt.hypers:
            if h.kind == "bool":
                hyper[h.name] = bool(rng.integers(2))
            elif h.name in ("beta1", "beta2", "alpha", "rho"):
                hyper[h.name] = float(rng.uniform(0.5, 0.99))
            elif h.name == "momentum":
                hyper[h.name] = float(rng.uniform(0.1, 0.9))
            elif h.name == "dampening":
                hyper[h.name] = float(rng.uniform(0, 0.5))
            else:
                hyper[h.name] = float(rng.uniform(0, 0.05))
        if hyper.get("nesterov"):
            hyper["dampening"] = 0.0  # torch requires it
        lr = float(10 ** rng.uniform(-3, -2))
        start = tuple(rng.uniform(-1, 1, 2))
        ours = steps_of(name, hyper, "himmelblau", start, lr, 100)
        kw = dict(hyper)
        if "beta1" in kw:
            kw["betas"] = (kw.pop("beta1"), kw.pop("beta2"))
        theta = torch_mod.tensor(start, requires_grad=True)
        optim = cls([theta], lr=lr, **kw)
        ref = [list(start)]
        for _ in range(100):
            optim.zero_grad()
            theta.grad = torch_mod.tensor(surface.gradient(theta.detach().numpy()))
            optim.step()
            ref.append(theta.detach().numpy().tolist())
        assert relative_error(ours, np.array(ref)) <= 1e-9, (hyper, lr, start)


# --- behaviour --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_converges_on_the_bowl_with_its_default_rate(name: str) -> None:
    run = Run(RunConfig(get_surface("bowl"), name, steps=2000)).run_to_end()
    outcome = classify(run)
    assert outcome.kind == "converged", outcome.text
    assert outcome.minimum is not None and outcome.minimum.kind == "global"


@pytest.mark.parametrize(
    ("name", "lr", "hyper", "steps"),
    [
        ("gd", 1e-3, {}, 20000),
        ("momentum", 1e-3, {}, 3000),
        ("nesterov", 1e-3, {}, 3000),
        ("adam", 0.01, {}, 5000),
        ("adamw", 0.01, {"weight_decay": 0.0}, 5000),
        ("nadam", 0.005, {}, 8000),
        ("adamax", 0.01, {}, 8000),
        ("rmsprop", 1e-3, {}, 8000),
        ("adagrad", 0.5, {}, 8000),
        ("newton", 1.0, {}, 50),
    ],
)
def test_reaches_rosenbrocks_minimum(name: str, lr: float, hyper: dict, steps: int) -> None:
    run = Run(RunConfig(get_surface("rosenbrock"), name, lr=lr, hyper=hyper, steps=steps))
    outcome = classify(run.run_to_end())
    assert outcome.kind == "converged", outcome.text
    assert (outcome.minimum.x, outcome.minimum.y) == (1.0, 1.0)


def test_momentum_reaches_rosenbrocks_minimum_in_fewer_steps_than_plain_descent() -> None:
    def steps_to_converge(name: str) -> int:
        run = Run(RunConfig(get_surface("rosenbrock"), name, lr=1e-3, steps=20000)).run_to_end()
        outcome = classify(run)
        assert outcome.kind == "converged"
        return int(outcome.step)

    assert steps_to_converge("momentum") * 3 < steps_to_converge("gd")


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_vectorised_rows_equal_separate_runs(name: str) -> None:
    surface = get_surface("himmelblau")
    starts = np.random.default_rng(7).uniform(-4, 4, size=(16, 2))
    config = RunConfig(surface, name, lr=default_lr(name, surface) / 4, steps=60)
    stepper = Stepper(config, starts)
    stepper.advance(60)
    for i, start in enumerate(starts):
        single = Run(RunConfig(surface, name, lr=config.lr, start=tuple(start), steps=60))
        single.run_to_end()
        if single.diverged_at is not None:
            assert stepper.diverged_at[i] == single.diverged_at
        else:
            np.testing.assert_array_equal(stepper.positions[i], single.path()[-1])


def test_every_optimizer_documents_its_rule() -> None:
    for opt in OPTIMIZERS.values():
        assert opt.rule and "θ" in opt.rule
        assert opt.update.__doc__ and "θ" in opt.update.__doc__
        for h in opt.hypers:
            assert h.doc and h.range_text()


def test_torch_defaults_for_every_hyperparameter() -> None:
    defaults = {name: get_optimizer(name).defaults for name in OPTIMIZERS}
    assert defaults["sgd"] == {
        "momentum": 0.0,
        "dampening": 0.0,
        "nesterov": False,
        "weight_decay": 0.0,
    }
    assert defaults["momentum"]["momentum"] == 0.9 and defaults["nesterov"]["nesterov"] is True
    assert defaults["adagrad"] == {
        "lr_decay": 0.0,
        "weight_decay": 0.0,
        "initial_accumulator_value": 0.0,
        "eps": 1e-10,
    }
    assert defaults["rmsprop"] == {
        "alpha": 0.99,
        "eps": 1e-8,
        "weight_decay": 0.0,
        "momentum": 0.0,
        "centered": False,
    }
    assert defaults["adam"] == {
        "beta1": 0.9,
        "beta2": 0.999,
        "eps": 1e-8,
        "weight_decay": 0.0,
        "amsgrad": False,
    }
    assert defaults["adamw"]["weight_decay"] == 1e-2
    assert defaults["nadam"]["momentum_decay"] == 4e-3
    assert defaults["adadelta"] == {"rho": 0.9, "eps": 1e-6, "weight_decay": 0.0}
    assert defaults["adamax"] == {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0}


@pytest.mark.parametrize(
    ("name", "hyper", "fragment"),
    [
        ("nesterov", {"momentum": 0.0}, "nesterov = true needs momentum > 0"),
        ("sgd", {"nesterov": True, "momentum": 0.9, "dampening": 0.1}, "dampening = 0"),
        ("adam", {"beta1": 1.0}, "beta1 = 1.0 is out of range"),
        ("adam", {"betas": 0.9}, "set beta1 and beta2 separately"),
        ("adam", {"eps": -1.0}, "eps = -1.0 is out of range"),
        ("rmsprop", {"centered": "yes"}, "centered must be true or false"),
        ("adam", {"beta2": float("nan")}, "beta2 must be a finite number"),
        ("gd", {"momentun": 0.9}, "did you mean 'momentum'"),
    ],
)
def test_bad_hyperparameters_are_named(name: str, hyper: dict, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment.replace("(", r"\(")):
        RunConfig(get_surface("bowl"), name, hyper=hyper)


def test_unknown_optimizer_suggests_the_nearest() -> None:
    with pytest.raises(HyperparameterError, match="did you mean 'adam'"):
        get_optimizer("adm")


def test_default_rates_are_readable_and_stable_on_the_bowl() -> None:
    surface = get_surface("bowl")
    assert default_lr("gd", surface) < 2 / 2  # below the stability limit 2/L with L = 2
    for name in OPTIMIZERS:
        lr = default_lr(name, surface)
        mantissa = lr / 10 ** math.floor(math.log10(lr))
        assert round(mantissa, 9) in (1.0, 2.0, 5.0)
