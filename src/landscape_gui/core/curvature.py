"""Curvature at a point: the Hessian's eigenvalues and directions (the axes of the local quadratic
model), the condition number, and where the surface is a quadratic, the largest stable rate."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from landscape_gui.core.messages import Message, message
from landscape_gui.core.optimizer import HyperValue
from landscape_gui.core.surface import Array, Surface

QUADRATIC = ("bowl", "ravine", "booth", "matyas")  # constant Hessian: one L for the whole surface


@dataclass(frozen=True)
class Curvature:
    """Eigenvalues (ascending) and unit eigenvectors (columns) of the Hessian at a point."""

    eigenvalues: Array
    eigenvectors: Array

    @property
    def condition(self) -> float:
        """|λ|max / |λ|min: how much more sharply the surface bends one way than the other."""
        small, large = np.sort(np.abs(self.eigenvalues))
        return float(large / small) if small > 0 else math.inf

    @property
    def kind(self) -> Message:
        lo, hi = self.eigenvalues
        if lo > 0:
            return message("bowl-shaped (positive definite)")
        if hi < 0:
            return message("cap-shaped (negative definite)")
        if lo < 0 < hi:
            return message("saddle-shaped (indefinite)")
        return message("flat in one direction (singular)")


def curvature_at(surface: Surface, point: Array) -> Curvature | None:
    """The curvature at `point`, or None where the Hessian is not finite (a cone's tip, a hole)."""
    H = surface.hessian(np.asarray(point, dtype=np.float64))
    if not np.all(np.isfinite(H)):
        return None
    values, vectors = np.linalg.eigh(H)
    return Curvature(values, vectors)


def stability_limit(
    surface: Surface, optimizer: str, hyper: Mapping[str, HyperValue]
) -> float | None:
    """The largest learning rate that converges on a quadratic surface, or None where there is no
    such single number (other surfaces, adaptive optimizers, Newton).

    Gradient descent: γ < 2/L. Heavy-ball momentum μ: γ < 2(1 + μ)/L. Nesterov: γ < 2(1 + μ)/
    (L(1 + 2μ)). L is the largest Hessian eigenvalue; dampening and weight decay are not covered.
    """
    if surface.name not in QUADRATIC or surface.expression:
        return None
    if optimizer not in ("gd", "sgd", "momentum", "nesterov"):
        return None
    if float(hyper.get("dampening", 0.0)) or float(hyper.get("weight_decay", 0.0)):
        return None
    L = float(np.linalg.eigvalsh(surface.hessian(np.array(surface.start)))[-1])
    mu = float(hyper.get("momentum", 0.0))
    if hyper.get("nesterov") and mu > 0:
        return 2 * (1 + mu) / (L * (1 + 2 * mu))
    return 2 * (1 + mu) / L
