"""Basins of attraction: one optimizer, with its hyperparameters, started from every point of a grid
over the window at once (vectorised), and where each start ended up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Stepper
from landscape_gui.core.messages import message
from landscape_gui.core.outcomes import CONVERGED_RADIUS
from landscape_gui.core.surface import Array, Minimum

DIVERGED = -1
NOT_CONVERGED = -2
MAX_RESOLUTION = 500
CHECK_EVERY = 5  # steps between checks of which starts have arrived (and of Cancel)


class BasinsCancelled(Exception):  # noqa: N818 (the user's choice, not an error)
    """Cancel was pressed; the map was not finished."""


@dataclass(frozen=True)
class BasinMap:
    """labels[j, i]: index into `minima` of where the start (xs[i], ys[j]) ended, or DIVERGED, or
    NOT_CONVERGED; steps[j, i]: the step from which it stayed at that minimum (−1 if never)."""

    xs: Array
    ys: Array
    labels: NDArray[np.int64]
    steps: NDArray[np.int64]
    minima: tuple[Minimum, ...]
    config: RunConfig

    def share(self, label: int) -> float:
        """The fraction of starts with this label."""
        return float(np.mean(self.labels == label))


def basin_map(
    config: RunConfig,
    resolution: int = 200,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> BasinMap:
    """Run `config` (its start ignored) from a resolution × resolution grid over the window."""
    if not 2 <= resolution <= MAX_RESOLUTION:
        raise ValueError(
            message(
                "resolution must be from 2 to {limit}, not {got}",
                limit=MAX_RESOLUTION,
                got=f"{resolution}",
            )
        )
    surface = config.surface
    (x0, x1), (y0, y1) = surface.window
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    X, Y = np.meshgrid(xs, ys)
    starts = np.stack([X.ravel(), Y.ravel()], axis=-1)
    stepper = Stepper(replace(config, start=None), starts)
    minima = surface.minima
    where = np.array([(m.x, m.y) for m in minima]).reshape(-1, 2)
    radius2 = (CONVERGED_RADIUS * surface.half_diagonal) ** 2
    n = len(starts)
    arrived = np.full(n, -1, dtype=np.int64)  # step since which the start is at its minimum
    nearest = np.full(n, NOT_CONVERGED, dtype=np.int64)
    track = 0 < len(minima) <= 16  # steps-to-converge only where it is cheap to follow

    def closest_minimum(p: Array) -> tuple[NDArray[np.int64], Array]:
        """Index of and squared distance to the nearest minimum, column by column (a (N, M, 2)
        temporary and a reduction over its short axis cost several times more)."""
        px, py = p[:, 0], p[:, 1]
        best = np.full(len(p), np.inf)
        closest = np.zeros(len(p), dtype=np.int64)
        for i, (mx, my) in enumerate(where):
            d = (px - mx) ** 2 + (py - my) ** 2
            better = d < best
            best[better] = d[better]
            closest[better] = i
        return closest, best

    def check(k: int) -> None:
        if not track:
            return
        closest, d2 = closest_minimum(stepper.positions)
        inside = d2 <= radius2
        moved = inside & ((nearest != closest) | (arrived < 0))
        arrived[moved] = k
        arrived[~inside] = -1
        nearest[inside] = closest[inside]

    check(0)
    with np.errstate(all="ignore"):
        for k in range(1, config.steps + 1):
            stepper.step_unchecked()
            if k % CHECK_EVERY == 0 or k == config.steps:
                if cancel is not None and cancel.is_set():
                    raise BasinsCancelled
                check(k)
                if progress is not None:
                    progress(k / config.steps)
    p = stepper.positions
    labels = np.full(n, NOT_CONVERGED, dtype=np.int64)
    if len(minima):
        closest, d2 = closest_minimum(p)
        inside = d2 <= radius2  # NaN (diverged) compares False
        labels[inside] = closest[inside]
    labels[stepper.diverged_at >= 0] = DIVERGED
    steps = np.where(labels >= 0, arrived, -1) if track else np.full(n, -1, dtype=np.int64)
    shape = (resolution, resolution)
    return BasinMap(xs, ys, labels.reshape(shape), steps.reshape(shape), minima, config)
