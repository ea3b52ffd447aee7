"""The stepping engine: `Stepper` moves N starts at once with no history (basin maps, sweeps);
`Run` moves one start and keeps every step (position, loss, gradient, optimizer state) for the
views, the step inspector, step-back and the trace output."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.messages import Message, message
from landscape_gui.core.optimizer import Array

# The start of the divergence reason for a step into a hole of the surface (see outcomes).
UNDEFINED = "the loss is undefined"
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
        self._cx, self._cy = self.surface.centre
        self._radius2 = (DIVERGENCE_RADIUS * self.surface.half_diagonal) ** 2

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
        with np.errstate(all="ignore"):
            return self.step_unchecked(grad)

    def step_unchecked(self, grad: Array | None = None, check: bool = True) -> Array:
        """`step` without its own floating-point error guard (for callers that hold one).

        check=False skips the divergence test, for a caller that makes it itself (`Run`).
        """
        p = self.positions
        g = self.surface.gradient_unchecked(p) if grad is None else grad
        g = self.prepare_gradient(g)
        hessian = self.surface.hessian(p) if self.optimizer.needs_hessian else None
        new, self.state = self.optimizer.update(p, g, self.state, self.lr(), self.hyper, hessian)
        self.k += 1
        if check:
            dx = new[:, 0] - self._cx
            dy = new[:, 1] - self._cy
            far = ~(dx * dx + dy * dy <= self._radius2)  # NaN counts as far
            if far.any():
                self.diverged_at[far & (self.diverged_at < 0)] = self.k
                new[far] = np.nan
        self.positions = new
        return g

    def is_far(self, x: float, y: float) -> bool:
        """The divergence test for one point: outside the radius, or not a number."""
        dx, dy = x - self._cx, y - self._cy
        return not dx * dx + dy * dy <= self._radius2

    def advance(self, n: int) -> None:
        """n steps (fewer never: diverged rows just stay NaN)."""
        with np.errstate(all="ignore"):
            for _ in range(n):
                self.step_unchecked()


class History:
    """A run's recorded steps and how to read them; `Run` fills one by stepping, the app's
    mirror of a run computed in another process fills one from messages."""

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.surface = config.surface
        n = config.steps + 1
        self.positions = np.full((n, 2), np.nan)
        self._losses = np.full(n, np.nan)
        self._loss_rows = 0  # rows whose loss has been evaluated
        self.gradients = np.full((n, 2), np.nan)
        self.used_gradients = np.full((n, 2), np.nan)
        self.lrs = np.full(n, np.nan)
        self.states: dict[str, Array] = {}
        self.count = 0  # rows recorded: steps taken + 1
        self.diverged_at: int | None = None
        self.divergence_reason: Message | None = None

    @property
    def steps_taken(self) -> int:
        return max(self.count - 1, 0)

    @property
    def finished(self) -> bool:
        return self.diverged_at is not None or self.steps_taken >= self.config.steps

    @property
    def loss_rows(self) -> int:
        """Rows whose loss has been evaluated: final, never changed again (safe to draw)."""
        return self._loss_rows

    def evaluated_losses(self) -> Array:
        """The losses already evaluated (rows < loss_rows), without evaluating more: for readers
        on another thread than the one stepping the run."""
        return self._losses[: self._loss_rows]

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

    @property
    def losses(self) -> Array:
        """f(θₖ) for every evaluated row (NaN beyond)."""
        return self._losses


class Run(History):
    """One run with its whole history, stepped one at a time or in batches, deterministic.

    Row k of the history holds θₖ, f(θₖ), ∇f(θₖ), the optimizer state after k steps, and, once
    step k has been taken, the gradient it used (noise and clipping applied) and its learning rate.
    A run stops at its step count or at divergence; rows are kept only while every value is finite.

    Losses are evaluated when read, for all new rows in one vectorised call: stepping stays as
    cheap as the optimizer itself, and a loss that turns out non-finite ends the run at that row.
    """

    def __init__(self, config: RunConfig) -> None:
        super().__init__(config)
        self._stepper = Stepper(config)
        self._state_fields = [f for f in self._stepper.state._fields if f != "step"]
        p0 = self._stepper.positions
        with np.errstate(all="ignore"):
            loss0 = float(self.surface.loss(p0)[0])
            grad0 = self.surface.gradient(p0)
        if not (np.isfinite(loss0) and np.all(np.isfinite(grad0))):
            self.diverged_at = 0
            x, y = (float(v) for v in p0[0])
            (x0, x1), (y0, y1) = self.surface.window
            if x0 <= x <= x1 and y0 <= y <= y1:
                self.divergence_reason = message(
                    "the loss is undefined at the start ({x}, {y})", x=f"{x:.4g}", y=f"{y:.4g}"
                )
            else:  # e.g. 1e308: a start so far out that the numbers overflow
                self.divergence_reason = message(
                    "the loss is not finite at the start ({x}, {y}), far outside the window",
                    x=f"{x:.4g}",
                    y=f"{y:.4g}",
                )
            return
        self._record(p0[0], grad0[0])
        self._losses[0] = loss0
        self._loss_rows = 1

    # --- stepping ---------------------------------------------------------------------------
    def step(self) -> bool:
        """Take one step; False if the run had already finished."""
        if self.finished:
            return False
        k = self.count - 1
        stepper = self._stepper
        self.lrs[k] = stepper.lr()
        with np.errstate(all="ignore"):
            used = stepper.step_unchecked(self.gradients[k : k + 1], check=False)
            self.used_gradients[k] = used[0]
            p = stepper.positions
            if stepper.is_far(p.item(0), p.item(1)):
                stepper.diverged_at[0] = stepper.k
                far = message("the position left the window far behind or became non-finite")
                self._diverge(stepper.k, far)
                return True
            grad = self.surface.gradient_unchecked(p)
        if not (math.isfinite(grad.item(0)) and math.isfinite(grad.item(1))):
            self._diverge(stepper.k, self._why_not_finite(p[0], gradient=True))
            return True
        self._record(p[0], grad[0])
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

    def _why_not_finite(self, point: Array, gradient: bool) -> Message:
        """A hole (undefined loss inside the window, e.g. log of a negative) or an overflow."""
        (x0, x1), (y0, y1) = self.surface.window
        x, y = float(point[0]), float(point[1])
        if x0 <= x <= x1 and y0 <= y <= y1:
            return message("the loss is undefined at ({x}, {y})", x=f"{x:.4g}", y=f"{y:.4g}")
        if gradient:
            return message("the gradient became non-finite")
        return message("the loss became non-finite")

    def _diverge(self, k: int, reason: Message) -> None:
        self.diverged_at = k
        self.divergence_reason = reason

    def _record(self, position: Array, grad: Array) -> None:
        i = self.count
        self.positions[i] = position
        self.gradients[i] = grad
        state = self._stepper.state
        for name in self._state_fields:
            value = getattr(state, name)
            if name not in self.states:
                row = np.asarray(value, dtype=np.float64)
                shape = row.shape[1:] if row.ndim == 2 else row.shape
                self.states[name] = np.full((len(self._losses), *shape), np.nan)
            self.states[name][i] = value[0] if isinstance(value, np.ndarray) else value
        self.count += 1

    @property
    def losses(self) -> Array:
        """f(θₖ) for every recorded row (NaN beyond), evaluated on demand."""
        lo, hi = self._loss_rows, self.count
        if hi > lo:
            with np.errstate(all="ignore"):
                values = self.surface.loss_unchecked(self.positions[lo:hi])
            bad = np.flatnonzero(~np.isfinite(values))
            if bad.size:
                hi = lo + int(bad[0])
                reason = self._why_not_finite(self.positions[hi], gradient=False)
                self._truncate(hi)
                self._diverge(hi, reason)
            self._losses[lo:hi] = values[: hi - lo]
            self._loss_rows = hi
        return self._losses

    def _truncate(self, rows: int) -> None:
        """Keep only the first `rows` rows (the rest were past a non-finite loss)."""
        for array in (self.positions, self.gradients, *self.states.values()):
            array[rows:] = np.nan
        self.used_gradients[max(rows - 1, 0) :] = np.nan
        self.lrs[max(rows - 1, 0) :] = np.nan
        self.count = rows
