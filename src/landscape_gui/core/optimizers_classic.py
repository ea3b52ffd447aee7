"""SGD (with momentum and Nesterov), Adagrad, RMSprop and Adadelta, as torch.optim computes them.

Operations follow torch's single-tensor CPU code in order (g + λθ as `grad.add(param, alpha=λ)`,
`addcmul`, `addcdiv`, `lerp`) so that trajectories agree with torch to the last bits, not only to
the formula."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

from landscape_gui.core.messages import message
from landscape_gui.core.optimizer import (
    Array,
    Hyper,
    HyperparameterError,
    HyperValue,
    Optimizer,
    eps_hyper,
    lerp,
    weight_decay_hyper,
)


def _decayed(grad: Array, params: Array, hp: Mapping[str, HyperValue]) -> Array:
    wd = float(hp["weight_decay"])
    return grad + wd * params if wd != 0 else grad


# --- SGD ----------------------------------------------------------------------------------------
class SgdState(NamedTuple):
    step: int
    momentum_buffer: Array


def sgd_init(params: Array, hp: Mapping[str, HyperValue]) -> SgdState:
    return SgdState(0, np.zeros_like(params))


def sgd_update(
    params: Array,
    grad: Array,
    state: SgdState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, SgdState]:
    """torch.optim.SGD.

    g ← g + λθ;  if μ ≠ 0: b ← g on the first step, else b ← μ·b + (1 − τ)·g;
    g ← g + μ·b (Nesterov) or g ← b;  θ ← θ − γ·g.
    """
    g = _decayed(grad, params, hp)
    mu = float(hp["momentum"])
    buf = state.momentum_buffer
    if mu != 0:
        buf = g.copy() if state.step == 0 else buf * mu + (1.0 - float(hp["dampening"])) * g
        g = g + mu * buf if hp["nesterov"] else buf
    return params + (-lr) * g, SgdState(state.step + 1, buf)


def _sgd_cross_check(hp: Mapping[str, HyperValue]) -> None:
    if hp["nesterov"] and (float(hp["momentum"]) <= 0 or float(hp["dampening"]) != 0):
        raise HyperparameterError(
            message(
                "nesterov = true needs momentum > 0 and dampening = 0 "
                "(got momentum = {momentum}, dampening = {dampening})",
                momentum=f"{hp['momentum']}",
                dampening=f"{hp['dampening']}",
            )
        )


def _sgd(name: str, title: str, momentum: float, nesterov: bool) -> Optimizer:
    return Optimizer(
        name=name,
        title=title,
        rule=(
            "θ ← θ − γ·g"
            if name == "gd"
            else "b ← μ·b + (1 − τ)·g;  θ ← θ − γ·(g + μ·b)"
            if nesterov
            else "b ← μ·b + (1 − τ)·g;  θ ← θ − γ·b"
        ),
        hypers=(
            Hyper("momentum", momentum, "Momentum factor μ: how much of the last step is kept."),
            Hyper(
                "dampening",
                0.0,
                "Dampening τ for momentum: scales new gradients by 1 − τ.",
                high=1.0,
            ),
            Hyper(
                "nesterov",
                nesterov,
                "Nesterov momentum: look ahead along the velocity.",
                kind="bool",
            ),
            weight_decay_hyper(),
        ),
        init=sgd_init,
        update=sgd_update,
        state_labels={"momentum_buffer": "b (velocity)"},
        torch_name="SGD",
        cross_check=_sgd_cross_check,
    )


SGD = _sgd("sgd", "SGD (all options)", 0.0, False)
GD = _sgd("gd", "Gradient descent", 0.0, False)
MOMENTUM = _sgd("momentum", "Momentum (heavy ball)", 0.9, False)
NESTEROV = _sgd("nesterov", "Nesterov momentum", 0.9, True)


# --- Adagrad ------------------------------------------------------------------------------------
class AdagradState(NamedTuple):
    step: int
    sum: Array


def adagrad_init(params: Array, hp: Mapping[str, HyperValue]) -> AdagradState:
    return AdagradState(0, np.full_like(params, float(hp["initial_accumulator_value"])))


def adagrad_update(
    params: Array,
    grad: Array,
    state: AdagradState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, AdagradState]:
    """torch.optim.Adagrad.

    γ̃ = γ / (1 + (t − 1)·η);  g ← g + λθ;  s ← s + g²;  θ ← θ − γ̃·g / (√s + ε).
    """
    t = state.step + 1
    g = _decayed(grad, params, hp)
    clr = lr / (1 + (t - 1) * float(hp["lr_decay"]))
    s = state.sum + 1.0 * g * g
    std = np.sqrt(s) + float(hp["eps"])
    return params + (-clr) * g / std, AdagradState(t, s)


ADAGRAD = Optimizer(
    name="adagrad",
    title="Adagrad",
    rule="s ← s + g²;  θ ← θ − γ/(1 + (t−1)·η) · g / (√s + ε)",
    hypers=(
        Hyper("lr_decay", 0.0, "Learning-rate decay η: γ is divided by 1 + (t − 1)·η."),
        weight_decay_hyper(),
        Hyper("initial_accumulator_value", 0.0, "Starting value of the sum of squared gradients."),
        eps_hyper(1e-10, "added to √s"),
    ),
    init=adagrad_init,
    update=adagrad_update,
    state_labels={"sum": "s (sum of g²)"},
    torch_name="Adagrad",
)


# --- RMSprop ------------------------------------------------------------------------------------
class RmspropState(NamedTuple):
    step: int
    square_avg: Array
    grad_avg: Array
    momentum_buffer: Array


def rmsprop_init(params: Array, hp: Mapping[str, HyperValue]) -> RmspropState:
    z = np.zeros_like(params)
    return RmspropState(0, z, z.copy(), z.copy())


def rmsprop_update(
    params: Array,
    grad: Array,
    state: RmspropState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, RmspropState]:
    """torch.optim.RMSprop.

    g ← g + λθ;  v ← α·v + (1 − α)·g²;  ṽ = v, or v − ḡ² with ḡ ← α·ḡ + (1 − α)·g if centered;
    if μ > 0: b ← μ·b + g / (√ṽ + ε), θ ← θ − γ·b;  else θ ← θ − γ·g / (√ṽ + ε).
    ε is outside the square root and there is no bias correction.
    """
    alpha = float(hp["alpha"])
    g = _decayed(grad, params, hp)
    v = state.square_avg * alpha + (1.0 - alpha) * g * g
    g_avg = state.grad_avg
    if hp["centered"]:
        g_avg = lerp(g_avg, g, 1.0 - alpha)
        avg = np.sqrt(v + (-1.0) * g_avg * g_avg)
    else:
        avg = np.sqrt(v)
    avg = avg + float(hp["eps"])
    mu = float(hp["momentum"])
    buf = state.momentum_buffer
    if mu > 0:
        buf = buf * mu + 1.0 * g / avg
        new = params + (-lr) * buf
    else:
        new = params + (-lr) * g / avg
    return new, RmspropState(state.step + 1, v, g_avg, buf)


RMSPROP = Optimizer(
    name="rmsprop",
    title="RMSprop",
    rule="v ← α·v + (1 − α)·g²;  θ ← θ − γ·g / (√v + ε)",
    hypers=(
        Hyper("alpha", 0.99, "Smoothing constant α of the running average of g².", high=1.0),
        eps_hyper(1e-8, "added to √v (outside the square root)"),
        weight_decay_hyper(),
        Hyper("momentum", 0.0, "Momentum factor μ applied to the normalised step."),
        Hyper(
            "centered",
            False,
            "Divide by the running variance of g instead of its mean square.",
            kind="bool",
        ),
    ),
    init=rmsprop_init,
    update=rmsprop_update,
    state_labels={
        "square_avg": "v (mean of g²)",
        "grad_avg": "ḡ (mean of g, centered)",
        "momentum_buffer": "b (velocity)",
    },
    torch_name="RMSprop",
)


# --- Adadelta -----------------------------------------------------------------------------------
class AdadeltaState(NamedTuple):
    step: int
    square_avg: Array
    acc_delta: Array


def adadelta_init(params: Array, hp: Mapping[str, HyperValue]) -> AdadeltaState:
    z = np.zeros_like(params)
    return AdadeltaState(0, z, z.copy())


def adadelta_update(
    params: Array,
    grad: Array,
    state: AdadeltaState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, AdadeltaState]:
    """torch.optim.Adadelta.

    g ← g + λθ;  v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε) / √(v + ε) · g;  u ← ρ·u + (1 − ρ)·Δ²;
    θ ← θ − γ·Δ.
    """
    rho, eps = float(hp["rho"]), float(hp["eps"])
    g = _decayed(grad, params, hp)
    v = state.square_avg * rho + (1.0 - rho) * g * g
    std = np.sqrt(v + eps)
    delta = np.sqrt(state.acc_delta + eps) / std * g
    u = state.acc_delta * rho + (1.0 - rho) * delta * delta
    return params + (-lr) * delta, AdadeltaState(state.step + 1, v, u)


ADADELTA = Optimizer(
    name="adadelta",
    title="Adadelta",
    rule="v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε)/√(v + ε)·g;  u ← ρ·u + (1 − ρ)·Δ²;  θ ← θ − γ·Δ",
    hypers=(
        Hyper("rho", 0.9, "Decay ρ of the running averages of g² and of Δ².", high=1.0),
        eps_hyper(1e-6, "inside both square roots"),
        weight_decay_hyper(),
    ),
    init=adadelta_init,
    update=adadelta_update,
    state_labels={"square_avg": "v (mean of g²)", "acc_delta": "u (mean of Δ²)"},
    torch_name="Adadelta",
)
