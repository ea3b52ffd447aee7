"""The stepping engine: `Stepper` moves N starts at once with no history (basin maps, sweeps);
`Run` moves one start and keeps every step (position, loss, gradient, optimizer state) for the
views, the step inspector, step-back and the trace output."""

from __future__ import annotations

from typing import Any

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.optimizer import Array

# A point further than this many window half-diagonals from the window's centre has diverged.
DIVERGENCE_RADIUS = 1e3


class Stepper:
    """N runs of one configuration from N starts, advanced together, one vectorised step at a time.

    Each step: g = ∇f(θ) (+ σ·ξ, ξ ~ N(0, I) from the config's seed), clipped to the config's norm
    like torch.nn.utils.clip_grad_norm_, then the optimizer's update with the scheduled rate.
    A row that becomes non-finite or leaves the divergence radius is marked diverged at that step
    and holds NaN from then on.
    """

    def __init__(self, config: RunConfig, starts: Array | None = None) -> None:
        self.config = config
        self.surface = config.surface
        self.optimizer = config.opt
        self.hyper = dict(config.hyper)
        p = np.asarray(
            [config.start_point] if starts is None else starts, dtype=np.float64
        ).reshape(-1, 2)
        self.positions: Array = p.copy()
        self.state: Any = self.optimizer.init(self.positions, self.hyper)
        self.k = 0
        self.rng = np.random.default_rng(config.seed)
        self.diverged_at = np.full(len(p), -1, dtype=np.int64)
        self._centre = np.array(self.surface.centre)
        self._radius = DIVERGENCE_RADIUS * self.surface.half_diagonal

    def prepare_gradient(self, grad: Array) -> Array:
        """The gradient the optimizer sees: with noise and clipping applied."""
        cfg = self.config
        if cfg.noise:
            grad = grad + cfg.noise * self.rng.standard_normal(grad.shape)
        if cfg.clip is not None:
            norm = np.sqrt(np.sum(grad * grad, axis=-1, keepdims=True))
            grad = grad * np.minimum(cfg.clip / (norm + 1e-6), 1.0)
        return grad

    def lr(self) -> float:
        """The learning rate used by the next step."""
        cfg = self.config
        return cfg.schedule.lr_at(cfg.learning_rate, self.k, cfg.steps)

    def step(self, grad: Array | None = None) -> Array:
        """Advance every row one step; returns the gradient used (after noise and clipping).

        `grad` may pass ∇f(θ) already computed by the caller, to avoid computing it twice.
        """
        p = self.positions
        with np.errstate(all="ignore"):
            g = self.surface.gradient(p) if grad is None else grad
            g = self.prepare_gradient(g)
            hessian = self.surface.hessian(p) if self.optimizer.needs_hessian else None
            new, self.state = self.optimizer.update(
                p, g, self.state, self.lr(), self.hyper, hessian
            )
            self.k += 1
            offset = new - self._centre
            far = ~(offset[:, 0] ** 2 + offset[:, 1] ** 2 <= self._radius**2)  # NaN counts as far
        if far.any():
            fresh = far & (self.diverged_at < 0)
            self.diverged_at[fresh] = self.k
            new[far] = np.nan
        self.positions = new
        return g

    def advance(self, n: int) -> None:
        """n steps (fewer never: diverged rows just stay NaN)."""
        for _ in range(n):
            self.step()


class Run:
    """One run with its whole history, stepped one at a time or in batches, deterministic.

    Row k of the history holds θₖ, f(θₖ), ∇f(θₖ), the optimizer state after k steps, and, once
    step k has been taken, the gradient it used (noise and clipping applied) and its learning rate.
    A run stops at its step count or at divergence; rows are kept only while every value is finite.
    """

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.surface = config.surface
        self._stepper = Stepper(config)
        n = config.steps + 1
        self.positions = np.full((n, 2), np.nan)
        self.losses = np.full(n, np.nan)
        self.gradients = np.full((n, 2), np.nan)
        self.used_gradients = np.full((n, 2), np.nan)
        self.lrs = np.full(n, np.nan)
        self.states: dict[str, Array] = {}
        self.count = 0  # rows recorded: steps taken + 1
        self.diverged_at: int | None = None
        self.divergence_reason = ""
        p0 = self._stepper.positions
        with np.errstate(all="ignore"):
            loss0 = float(self.surface.loss(p0)[0])
            grad0 = self.surface.gradient(p0)
        if not (np.isfinite(loss0) and np.all(np.isfinite(grad0))):
            self.diverged_at = 0
            self.divergence_reason = "the loss or its gradient is undefined at the start"
            return
        self._record(p0[0], loss0, grad0[0])

    # --- stepping ---------------------------------------------------------------------------
    @property
    def steps_taken(self) -> int:
        return max(self.count - 1, 0)

    @property
    def finished(self) -> bool:
        return self.diverged_at is not None or self.steps_taken >= self.config.steps

    def step(self) -> bool:
        """Take one step; False if the run had already finished."""
        if self.finished:
            return False
        k = self.count - 1
        stepper = self._stepper
        self.lrs[k] = stepper.lr()
        used = stepper.step(self.gradients[k : k + 1].copy())
        self.used_gradients[k] = used[0]
        if stepper.diverged_at[0] >= 0:
            self._diverge(stepper.k, "the position became non-finite or left the window far behind")
            return True
        p = stepper.positions
        with np.errstate(all="ignore"):
            loss = float(self.surface.loss(p)[0])
            grad = self.surface.gradient(p)
        if not (np.isfinite(loss) and np.all(np.isfinite(grad))):
            self._diverge(stepper.k, "the loss or its gradient became non-finite")
            return True
        self._record(p[0], loss, grad[0])
        return True

    def advance(self, n: int) -> int:
        """Up to n steps; returns how many were taken."""
        taken = 0
        while taken < n and self.step():
            taken += 1
        return taken

    def run_to_end(self) -> Run:
        self.advance(self.config.steps)
        return self

    def _diverge(self, k: int, reason: str) -> None:
        self.diverged_at = k
        self.divergence_reason = reason

    def _record(self, position: Array, loss: float, grad: Array) -> None:
        i = self.count
        self.positions[i] = position
        self.losses[i] = loss
        self.gradients[i] = grad
        for name, value in self._stepper.state._asdict().items():
            if name == "step":
                continue
            arr = np.asarray(value, dtype=np.float64)
            row = arr[0] if arr.ndim == 2 else arr
            if name not in self.states:
                self.states[name] = np.full((len(self.losses), *row.shape), np.nan)
            self.states[name][i] = row
        self.count += 1

    # --- reading ----------------------------------------------------------------------------
    def path(self) -> Array:
        """Positions θ₀ … θₖ recorded so far, shape (count, 2)."""
        return self.positions[: self.count]

    def state_at(self, k: int) -> dict[str, Array]:
        """The optimizer state after k steps."""
        return {name: values[k] for name, values in self.states.items()}

    def update_at(self, k: int) -> Array:
        """θₖ₊₁ − θₖ: the update step k applied (NaN if step k has not been recorded)."""
        if k + 1 >= self.count:
            return np.full(2, np.nan)
        return np.asarray(self.positions[k + 1] - self.positions[k], dtype=np.float64)

    def rows(self) -> list[tuple[int, float, float, float, float, float]]:
        """(step, x, y, loss, grad_x, grad_y) for every recorded step."""
        n = self.count
        return [
            (k, float(x), float(y), float(f), float(gx), float(gy))
            for k, (x, y), f, (gx, gy) in zip(
                range(n), self.positions[:n], self.losses[:n], self.gradients[:n], strict=True
            )
        ]
