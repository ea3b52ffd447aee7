"""Teaching surfaces: each shows one idea of optimization as plainly as possible."""

from __future__ import annotations

import numpy as np

from landscape_gui.core.jets import exp
from landscape_gui.core.messages import message
from landscape_gui.core.surface import Array, Surface, minima, no_minima

BOWL_TARGET = (2.0, 1.0)


def bowl() -> Surface:
    """(x − 2)² + (y − 1)²: the loss is smallest at the target T = (2, 1)."""
    tx, ty = BOWL_TARGET

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 2.0 * (x - tx), 2.0 * (y - ty)

    return Surface(
        name="bowl",
        title="Quadratic bowl",
        formula_text="(x − 2)² + (y − 1)²",
        description=(
            "The simplest loss: a round bowl whose lowest point is the target (2, 1). Its "
            "curvature is L = 2 everywhere, so gradient descent converges for learning rates "
            "below 2/L = 1, oscillates forever at exactly 1, and diverges above it."
        ),
        formula=lambda x, y: (x - tx) ** 2 + (y - ty) ** 2,
        gradient_xy=grad,
        window=((-3.0, 7.0), (-4.0, 6.0)),
        start=(-2.0, 4.0),
        minima_fn=minima(exact=[BOWL_TARGET]),
    )


# What each surface parameter may be, as a formula (shown when a value is not a number).
PARAMETER_RANGES: dict[str, dict[str, str]] = {"ravine": {"kappa": "kappa ≥ 1"}}


def ravine(kappa: float = 25.0) -> Surface:
    """½(x² + κ y²): an elliptic bowl whose condition number is κ."""
    if not (np.isfinite(kappa) and kappa >= 1.0):
        raise ValueError(message("ravine: kappa must be a number ≥ 1, not {got}", got=repr(kappa)))

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return x * 1.0, kappa * y

    return Surface(
        name="ravine",
        title="Ill-conditioned bowl",  # κ is in the formula, and a field of its own in the app
        formula_text=f"½(x² + {kappa:g}·y²)",
        description=(
            "A long narrow valley: the curvature across it (κ) is much larger than along it (1). "
            "Gradient descent must keep its learning rate below 2/κ to stay stable across the "
            "valley, so it crawls along it and zig-zags; momentum averages the zig-zag away and "
            "adaptive methods rescale each direction."
        ),
        formula=lambda x, y: 0.5 * (x * x + kappa * (y * y)),
        gradient_xy=grad,
        window=((-10.0, 10.0), (-5.0, 5.0)),
        start=(-9.0, 3.0),
        minima_fn=minima(exact=[(0.0, 0.0)]),
        params={"kappa": kappa},
    )


def valleys() -> Surface:
    """(x² − 1)² + 0.3x + y²: a deep valley on the left, a shallower one on the right."""

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 4.0 * x * (x * x - 1.0) + 0.3, 2.0 * y

    # The minima are the outer roots of 4x³ − 4x + 0.3 = 0, at y = 0.
    roots = np.sort(np.roots([4.0, 0.0, -4.0, 0.3]).real)
    return Surface(
        name="valleys",
        title="Two valleys (local and global minimum)",
        formula_text="(x² − 1)² + 0.3·x + y²",
        description=(
            "Two valleys separated by a ridge near x = 0.08: the left one is the global minimum, "
            "the right one only a local minimum. Where a run ends depends on which side of the "
            "ridge it starts, and on whether its steps are large enough to jump the ridge."
        ),
        formula=lambda x, y: (x * x - 1.0) ** 2 + 0.3 * x + y * y,
        gradient_xy=grad,
        window=((-2.0, 2.0), (-1.5, 1.5)),
        start=(1.5, 1.0),
        minima_fn=minima(approx=[(float(roots[0]), 0.0), (float(roots[2]), 0.0)]),
    )


def plateau() -> Surface:
    """1 − exp(−(x² + y²)/2): almost flat away from the centre, so the gradient nearly vanishes."""

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        e = np.exp(-0.5 * (x * x + y * y))
        return x * e, y * e

    return Surface(
        name="plateau",
        title="Plateau (vanishing gradient)",
        formula_text="1 − exp(−(x² + y²)/2)",
        description=(
            "A narrow well in a wide flat plain. Far from the centre the gradient is tiny, so "
            "plain gradient descent barely moves; methods that normalise the step (Adam, "
            "RMSprop) cross the plateau at a steady pace."
        ),
        formula=lambda x, y: 1.0 - exp(-0.5 * (x * x + y * y)),
        gradient_xy=grad,
        window=((-4.0, 4.0), (-4.0, 4.0)),
        start=(3.0, 2.5),
        minima_fn=minima(exact=[(0.0, 0.0)]),
    )


def saddle() -> Surface:
    """x² − y²: the classic saddle point at the origin."""

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 2.0 * x, -2.0 * y

    return Surface(
        name="saddle",
        title="Saddle x² − y²",
        formula_text="x² − y²",
        description=(
            "Uphill along x, downhill along y: the origin is a critical point but not a minimum. "
            "Gradient descent started exactly on the x axis slides into the saddle and stalls; the "
            "smallest perturbation (gradient noise) lets it escape downhill along y. The loss is "
            "unbounded below, so an escaping run leaves the window for good."
        ),
        formula=lambda x, y: x * x - y * y,
        gradient_xy=grad,
        window=((-2.0, 2.0), (-2.0, 2.0)),
        start=(1.5, 0.0),
        minima_fn=no_minima,
    )


def monkey_saddle() -> Surface:
    """x³ − 3xy²: a degenerate saddle with three downhill directions."""

    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 3.0 * (x * x - y * y), -6.0 * x * y

    return Surface(
        name="monkey-saddle",
        title="Monkey saddle x³ − 3xy²",
        formula_text="x³ − 3xy²",
        description=(
            "Three valleys meet three ridges at the origin (room for two legs and a tail). The "
            "gradient and the whole Hessian vanish there, so even Newton's method gets no "
            "information about which way is down."
        ),
        formula=lambda x, y: x**3 - 3.0 * x * (y * y),
        gradient_xy=grad,
        window=((-2.0, 2.0), (-2.0, 2.0)),
        start=(1.2, 0.4),
        minima_fn=no_minima,
    )


TEACHING = (bowl, ravine, valleys, plateau, saddle, monkey_saddle)
