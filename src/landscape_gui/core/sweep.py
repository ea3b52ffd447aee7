"""The learning-rate sweep: one optimizer from one start at many learning rates at once (one row
each, vectorised), and the final loss of each — "which learning rate?" in one picture."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from landscape_gui.core.config import RunConfig
from landscape_gui.core.curvature import stability_limit
from landscape_gui.core.engine import DIVERGENCE_RADIUS
from landscape_gui.core.messages import message
from landscape_gui.core.surface import Array

MAX_RATES = 2000


REACHED = 1e-6  # "at the minimum": f − f* below this fraction of the start's


@dataclass(frozen=True)
class Sweep:
    """rates[i] → final_loss[i] (NaN where diverged), diverged_at[i] (−1 if not), and the
    theoretical limit where the surface is a quadratic."""

    rates: Array
    final_loss: Array
    diverged_at: NDArray[np.int64]
    limit: float | None
    config: RunConfig

    @property
    def first_diverging(self) -> float | None:
        """The smallest rate that diverged (the measured edge of stability)."""
        bad = self.rates[self.diverged_at >= 0]
        return float(bad.min()) if bad.size else None

    @property
    def best(self) -> float | None:
        """The rate with the lowest final loss (None when every rate diverged)."""
        if np.all(np.isnan(self.final_loss)):
            return None
        return float(self.rates[int(np.nanargmin(self.final_loss))])

    @property
    def reaching(self) -> tuple[float, float] | None:
        """The smallest and largest rate whose run ends at the global minimum (its final f − f*
        below a millionth of the start's); None without a known minimum or when none does. On a
        quadratic many rates tie at rounding level, so this range, not `best`, is the answer."""
        minima = self.config.surface.global_minima
        if not minima:
            return None
        f_star = minima[0].value
        x, y = self.config.start_point
        start_gap = float(self.config.surface.f(x, y)) - f_star
        gap = self.final_loss - f_star
        ok = np.isfinite(gap) & (gap <= REACHED * max(start_gap, 0.0))
        if not ok.any():
            return None
        return float(self.rates[ok].min()), float(self.rates[ok].max())


class SweepCancelled(Exception):  # noqa: N818 (the user's choice, not an error)
    """Cancel was asked for; the sweep was not finished."""


def learning_rate_sweep(
    config: RunConfig,
    low: float,
    high: float,
    count: int = 200,
    cancel: threading.Event | None = None,
) -> Sweep:
    """`config` (its rate ignored) at `count` rates spaced logarithmically from `low` to `high`."""
    if not (0 < low < high < np.inf):
        raise ValueError(
            message(
                "the rates must satisfy 0 < low < high, not {low} … {high}",
                low=f"{low:g}",
                high=f"{high:g}",
            )
        )
    if not 2 <= count <= MAX_RATES:
        raise ValueError(
            message("count must be from 2 to {limit}, not {got}", limit=MAX_RATES, got=f"{count}")
        )
    rates = np.geomspace(low, high, count)
    surface = config.surface
    opt = config.opt
    hyper = dict(config.hyper)
    p = np.tile(np.array(config.start_point, dtype=np.float64), (count, 1))
    state = opt.init(p, hyper)
    rng = np.random.default_rng(config.seed)
    cx, cy = surface.centre
    radius2 = (DIVERGENCE_RADIUS * surface.half_diagonal) ** 2
    diverged_at = np.full(count, -1, dtype=np.int64)
    column = rates[:, None]  # each row steps with its own rate
    with np.errstate(all="ignore"):
        for k in range(config.steps):
            if cancel is not None and k % 50 == 0 and cancel.is_set():
                raise SweepCancelled
            g = surface.gradient_unchecked(p)
            if config.noise:
                g = g + config.noise * rng.standard_normal(g.shape)
            if config.clip is not None:
                norm = np.sqrt(np.sum(g * g, axis=-1, keepdims=True))
                g = g * np.minimum(config.clip / (norm + 1e-6), 1.0)
            hessian = surface.hessian(p) if opt.needs_hessian else None
            lr = config.schedule.lr_at(column, k, config.steps)  # type: ignore[arg-type]
            p, state = opt.update(p, g, state, lr, hyper, hessian)
            far = ~((p[:, 0] - cx) ** 2 + (p[:, 1] - cy) ** 2 <= radius2)
            if far.any():
                diverged_at[far & (diverged_at < 0)] = k + 1
                p[far] = np.nan
        final = surface.loss_unchecked(p)
    final = np.where(np.isfinite(final), final, np.nan)
    diverged_at[(diverged_at < 0) & np.isnan(final)] = config.steps
    limit = stability_limit(surface, config.optimizer, hyper)
    return Sweep(rates, final, diverged_at, limit, replace(config))
