"""Newton's method with the analytic Hessian: the second-order contrast to the gradient methods."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

from landscape_gui.core.optimizer import Array, Hyper, HyperValue, Optimizer


class NewtonState(NamedTuple):
    step: int


def newton_init(params: Array, hp: Mapping[str, HyperValue]) -> NewtonState:
    return NewtonState(0)


def newton_update(
    params: Array,
    grad: Array,
    state: NewtonState,
    lr: float,
    hp: Mapping[str, HyperValue],
    hessian: Array | None = None,
) -> tuple[Array, NewtonState]:
    """Damped Newton step.

    θ ← θ − γ·(H + λI)⁻¹·g, with H the Hessian at θ. γ = 1, λ = 0 is the pure Newton step, which
    jumps to the critical point of the local quadratic model: a minimum, or a saddle or maximum
    just as readily. Where H + λI is singular the step is undefined (non-finite).
    """
    if hessian is None:
        raise ValueError("newton needs the Hessian")
    lam = float(hp["damping"])
    a = hessian[..., 0, 0] + lam
    b = hessian[..., 0, 1]
    c = hessian[..., 1, 0]
    d = hessian[..., 1, 1] + lam
    with np.errstate(all="ignore"):
        det = a * d - b * c
        sx = (d * grad[..., 0] - b * grad[..., 1]) / det
        sy = (a * grad[..., 1] - c * grad[..., 0]) / det
    step = np.stack([sx, sy], axis=-1)
    return params + (-lr) * step, NewtonState(state.step + 1)


NEWTON = Optimizer(
    name="newton",
    title="Newton's method",
    rule="θ ← θ − γ·(H + λI)⁻¹·g",
    hypers=(
        Hyper(
            "damping",
            0.0,
            "Levenberg damping λ added to the Hessian's diagonal: larger λ makes the step shorter "
            "and closer to gradient descent.",
        ),
    ),
    init=newton_init,
    update=newton_update,
    needs_hessian=True,
)
