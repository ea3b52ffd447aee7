"""Adam, AdamW, NAdam and Adamax, as torch.optim computes them (single-tensor CPU code order).

NAdam's running product of momentum coefficients is kept in float64; torch keeps it in its default
scalar dtype, so the two agree to rounding when torch's default dtype is float64."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

from landscape_gui.core.optimizer import (
    Array,
    Hyper,
    HyperValue,
    Optimizer,
    eps_hyper,
    lerp,
)


class AdamState(NamedTuple):
    step: int
    exp_avg: Array
    exp_avg_sq: Array
    max_exp_avg_sq: Array


def adam_init(params: Array, hp: Mapping[str, HyperValue]) -> AdamState:
    z = np.zeros_like(params)
    return AdamState(0, z, z.copy(), z.copy())


def _adam_step(
    params: Array,
    g: Array,
    state: AdamState,
    lr: float,
    hp: Mapping[str, HyperValue],
) -> tuple[Array, AdamState]:
    beta1, beta2 = float(hp["beta1"]), float(hp["beta2"])
    t = state.step + 1
    m = lerp(state.exp_avg, g, 1 - beta1)
    v = state.exp_avg_sq * beta2 + (1 - beta2) * g * g
    bias_correction1 = 1 - beta1**t
    bias_correction2 = 1 - beta2**t
    step_size = lr / bias_correction1
    bias_correction2_sqrt = bias_correction2**0.5
    v_max = state.max_exp_avg_sq
    if hp["amsgrad"]:
        v_max = np.maximum(v_max, v)
        denom = np.sqrt(v_max) / bias_correction2_sqrt + float(hp["eps"])
    else:
        denom = np.sqrt(v) / bias_correction2_sqrt + float(hp["eps"])
    return params + (-step_size) * m / denom, AdamState(t, m, v, v_max)


def adam_update(
    params: Array,
    grad: Array,
    state: AdamState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, AdamState]:
    """torch.optim.Adam.

    g ← g + λθ;  m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ = m / (1 − β₁ᵗ);
    v̂ = v / (1 − β₂ᵗ), or v̂ = max(v̂_max, v) / (1 − β₂ᵗ) with amsgrad;  θ ← θ − γ·m̂ / (√v̂ + ε).
    """
    wd = float(hp["weight_decay"])
    g = grad + wd * params if wd != 0 else grad
    return _adam_step(params, g, state, lr, hp)


def adamw_update(
    params: Array,
    grad: Array,
    state: AdamState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, AdamState]:
    """torch.optim.AdamW: decoupled weight decay θ ← θ·(1 − γλ) first, then Adam's step without
    the λθ term in the gradient."""
    wd = float(hp["weight_decay"])
    decayed = params * (1 - lr * wd) if wd != 0 else params
    return _adam_step(decayed, grad, state, lr, hp)


def _adam_hypers(weight_decay: float, amsgrad: bool = True) -> tuple[Hyper, ...]:
    hypers = [
        Hyper(
            "beta1", 0.9, "β₁: decay of the running mean of g (momentum).", high=1.0, high_open=True
        ),
        Hyper("beta2", 0.999, "β₂: decay of the running mean of g².", high=1.0, high_open=True),
        eps_hyper(1e-8, "added to √v̂"),
        Hyper(
            "weight_decay",
            weight_decay,
            "Decoupled weight decay λ: θ ← θ·(1 − γλ) before the step."
            if weight_decay
            else "L2 penalty λ added to the gradient: g ← g + λθ.",
        ),
    ]
    if amsgrad:
        hypers.append(
            Hyper("amsgrad", False, "Use the running maximum of v (AMSGrad).", kind="bool")
        )
    return tuple(hypers)


_ADAM_LABELS = {
    "exp_avg": "m (first moment)",
    "exp_avg_sq": "v (second moment)",
    "max_exp_avg_sq": "v_max (AMSGrad)",
}

ADAM = Optimizer(
    name="adam",
    title="Adam",
    rule="m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − γ·m̂/(√v̂ + ε)",
    hypers=_adam_hypers(0.0),
    init=adam_init,
    update=adam_update,
    state_labels=_ADAM_LABELS,
    torch_name="Adam",
)

ADAMW = Optimizer(
    name="adamw",
    title="AdamW",
    rule="θ ← θ(1 − γλ);  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − γ·m̂/(√v̂ + ε)",
    hypers=_adam_hypers(1e-2),
    init=adam_init,
    update=adamw_update,
    state_labels=_ADAM_LABELS,
    torch_name="AdamW",
)


# --- NAdam --------------------------------------------------------------------------------------
class NadamState(NamedTuple):
    step: int
    exp_avg: Array
    exp_avg_sq: Array
    mu_product: float


def nadam_init(params: Array, hp: Mapping[str, HyperValue]) -> NadamState:
    z = np.zeros_like(params)
    return NadamState(0, z, z.copy(), 1.0)


def nadam_update(
    params: Array,
    grad: Array,
    state: NadamState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, NadamState]:
    """torch.optim.NAdam.

    g ← g + λθ;  μₜ = β₁(1 − ½·0.96^(tψ));  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
    θ ← θ − γ(1 − μₜ)/(1 − Πμ₁..ₜ)·g/(√v̂ + ε) − γμₜ₊₁/(1 − Πμ₁..ₜ₊₁)·m/(√v̂ + ε),
    v̂ = v/(1 − β₂ᵗ).
    """
    beta1, beta2 = float(hp["beta1"]), float(hp["beta2"])
    psi, wd = float(hp["momentum_decay"]), float(hp["weight_decay"])
    t = state.step + 1
    bias_correction2 = 1 - beta2**t
    g = grad + wd * params if wd != 0 else grad
    mu = beta1 * (1.0 - 0.5 * (0.96 ** (t * psi)))
    mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((t + 1) * psi)))
    mu_product = state.mu_product * mu
    m = lerp(state.exp_avg, g, 1 - beta1)
    v = state.exp_avg_sq * beta2 + (1 - beta2) * g * g
    denom = np.sqrt(v / bias_correction2)
    mu_product_next = mu_product * mu_next
    denom = denom + float(hp["eps"])
    new = params + (-lr * (1.0 - mu) / (1.0 - mu_product)) * g / denom
    new = new + ((-lr * mu_next) / (1.0 - mu_product_next)) * m / denom
    return new, NadamState(t, m, v, mu_product)


NADAM = Optimizer(
    name="nadam",
    title="NAdam (Nesterov Adam)",
    rule="Adam with a Nesterov look-ahead: θ ← θ − γ·(μₜ₊₁·m̂ₜ₊₁ + (1−μₜ)·ĝ)/(√v̂ + ε)",
    hypers=(
        *_adam_hypers(0.0, amsgrad=False),
        Hyper("momentum_decay", 4e-3, "ψ: how fast the momentum coefficient μₜ warms up."),
    ),
    init=nadam_init,
    update=nadam_update,
    state_labels={
        "exp_avg": "m (first moment)",
        "exp_avg_sq": "v (second moment)",
        "mu_product": "Πμ (momentum product)",
    },
    torch_name="NAdam",
)


# --- Adamax -------------------------------------------------------------------------------------
class AdamaxState(NamedTuple):
    step: int
    exp_avg: Array
    exp_inf: Array


def adamax_init(params: Array, hp: Mapping[str, HyperValue]) -> AdamaxState:
    z = np.zeros_like(params)
    return AdamaxState(0, z, z.copy())


def adamax_update(
    params: Array,
    grad: Array,
    state: AdamaxState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, AdamaxState]:
    """torch.optim.Adamax.

    g ← g + λθ;  m ← β₁m + (1 − β₁)g;  u ← max(β₂u, |g| + ε);  θ ← θ − γ/(1 − β₁ᵗ) · m/u.
    """
    beta1, beta2 = float(hp["beta1"]), float(hp["beta2"])
    wd = float(hp["weight_decay"])
    t = state.step + 1
    g = grad + wd * params if wd != 0 else grad
    m = lerp(state.exp_avg, g, 1 - beta1)
    u = np.maximum(state.exp_inf * beta2, np.abs(g) + float(hp["eps"]))
    clr = lr / (1 - beta1**t)
    return params + (-clr) * m / u, AdamaxState(t, m, u)


ADAMAX = Optimizer(
    name="adamax",
    title="Adamax",
    rule="m ← β₁m + (1−β₁)g;  u ← max(β₂u, |g| + ε);  θ ← θ − γ/(1 − β₁ᵗ)·m/u",
    hypers=_adam_hypers(0.0, amsgrad=False),
    init=adamax_init,
    update=adamax_update,
    state_labels={"exp_avg": "m (first moment)", "exp_inf": "u (infinity norm)"},
    torch_name="Adamax",
)
