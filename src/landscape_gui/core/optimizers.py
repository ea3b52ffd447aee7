"""The registry of optimizers, and the teaching default of the learning rate for each surface."""

from __future__ import annotations

import math

import numpy as np

from landscape_gui.core.messages import message
from landscape_gui.core.names import suggest
from landscape_gui.core.optimizer import HyperparameterError, Optimizer
from landscape_gui.core.optimizers_adam import ADAM, ADAMAX, ADAMW, NADAM
from landscape_gui.core.optimizers_classic import (
    ADADELTA,
    ADAGRAD,
    GD,
    MOMENTUM,
    NESTEROV,
    RMSPROP,
    SGD,
)
from landscape_gui.core.optimizers_newton import NEWTON
from landscape_gui.core.surface import Surface

OPTIMIZERS: dict[str, Optimizer] = {
    o.name: o
    for o in (
        GD,
        MOMENTUM,
        NESTEROV,
        SGD,
        ADAGRAD,
        RMSPROP,
        ADADELTA,
        ADAM,
        ADAMW,
        NADAM,
        ADAMAX,
        NEWTON,
    )
}


def optimizer_names() -> list[str]:
    return list(OPTIMIZERS)


def get_optimizer(name: str) -> Optimizer:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise HyperparameterError(
            message(
                "unknown optimizer '{name}'{suggestion}; valid optimizers: {valid}",
                name=name,
                suggestion=suggest(name, OPTIMIZERS),
                valid=", ".join(OPTIMIZERS),
            )
        ) from None


def reference_curvature(surface: Surface) -> float:
    """L: the largest Hessian eigenvalue at the global minimum, or at the start where there is
    none or it is not finite (Ackley's cone). Gradient descent is stable for γ < 2/L near it."""
    candidates = [(m.x, m.y) for m in surface.global_minima[:1]] + [surface.start]
    for point in candidates:
        L = float(surface.curvature(np.array(point)))
        if math.isfinite(L) and L > 1e-12:
            return L
    return 1.0


def _round_down_125(value: float) -> float:
    """The largest of 1, 2, 5 × 10ᵏ not above `value`: a learning rate people can read."""
    exponent = math.floor(math.log10(value))
    for mantissa in (5.0, 2.0, 1.0):
        candidate = mantissa * 10.0**exponent
        if candidate <= value * (1 + 1e-12):
            return float(f"{candidate:.1g}")
    return float(f"{10.0**exponent:.1g}")


def default_lr(optimizer: str | Optimizer, surface: Surface) -> float:
    """A learning rate that shows the optimizer working well on this surface.

    Gradient methods scale with the curvature L (γ ≈ 0.5/L, a tenth of that with momentum 0.9,
    whose steps are ten times longer); sign-like methods (Adam, RMSprop, …) take steps of about γ
    per coordinate, so γ scales with the window; Newton takes the full step.
    """
    opt = get_optimizer(optimizer) if isinstance(optimizer, str) else optimizer
    name = opt.name
    if name in surface.lr_overrides:
        return surface.lr_overrides[name]
    if name == "newton":
        return 1.0
    if name in ("gd", "sgd"):
        return _round_down_125(0.5 / reference_curvature(surface))
    if name in ("momentum", "nesterov"):
        return _round_down_125(0.05 / reference_curvature(surface))
    scale = surface.half_diagonal
    if name == "adagrad":
        return _round_down_125(scale / 10.0)
    if name == "adadelta":
        return _round_down_125(scale * 5.0)
    return _round_down_125(scale / 50.0)
