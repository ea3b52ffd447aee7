"""What became of a run: converged (to which minimum), diverged (at which step), escaped downhill
(on a surface without minima whose loss is unbounded below), stalled (at a saddle or on a
plateau), or still moving. Divergence is a lesson to report, never an error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from landscape_gui.core.engine import UNDEFINED, History
from landscape_gui.core.messages import Message, message
from landscape_gui.core.surface import (
    Array,
    Minimum,
    Surface,
    format_coordinate,
    newton_refine,
)

# "At a minimum" means within this fraction of the window's half-diagonal.
CONVERGED_RADIUS = 1e-3
# "Stalled": gradient below this fraction of the surface's typical gradient and steps below this
# fraction of its half-diagonal.
STALL_GRADIENT = 1e-3
STALL_STEP = 1e-4
# "Plateau": every Hessian eigenvalue below this fraction of the surface's typical curvature.
FLAT_CURVATURE = 1e-3
# "Escaped": on a surface with no minima, a run that left far behind (or overflowed) with its last
# finite loss below the start's by more than this many times the surface's typical loss change
# across the window (its typical gradient times its half-diagonal). A run whose loss went up has
# diverged (a rate too large), whatever the surface.
ESCAPE_DROP = 10.0

OutcomeKind = Literal["converged", "diverged", "escaped", "undefined", "stalled", "moving"]


@dataclass(frozen=True)
class Outcome:
    """How a run ended (or stands), with the one-line text shown to people."""

    kind: OutcomeKind
    message: Message
    step: int | None = None
    minimum: Minimum | None = None
    listed: bool = True  # False for a minimum found by the Hessian test, not in the surface's table
    reason: Message | None = None

    @property
    def text(self) -> str:
        """The English text (the command line's; the window translates `message`)."""
        return str(self.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "step": self.step,
            "minimum": self.minimum.as_dict() if self.minimum else None,
            "listed": self.listed,
            "reason": str(self.reason) if self.reason else "",
        }


def nearest_minimum(surface: Surface, point: Array) -> tuple[Minimum | None, float]:
    """The known minimum closest to `point`, and its distance (inf if there are none)."""
    if not surface.minima:
        return None, float("inf")
    locations = np.array([(m.x, m.y) for m in surface.minima])
    d = np.hypot(locations[:, 0] - point[0], locations[:, 1] - point[1])
    i = int(np.argmin(d))
    return surface.minima[i], float(d[i])


def _settled_since(within: NDArray[np.bool_]) -> int:
    """The first index from which `within` stays true to the end."""
    outside = np.flatnonzero(~within)
    return int(outside[-1] + 1) if outside.size else 0


def _critical_point_kind(
    surface: Surface, point: Array
) -> Literal["minimum", "saddle", "plateau", "maximum"]:
    """What the Hessian says about a point where the gradient (nearly) vanishes."""
    eig = np.linalg.eigvalsh(np.nan_to_num(surface.hessian(point)))
    small = np.abs(eig) <= FLAT_CURVATURE * surface.curvature_scale
    if np.all(small):
        return "plateau"
    if eig[0] < 0 < eig[1] and not small.any():
        return "saddle"
    if eig[0] > 0:
        return "minimum"
    if eig[1] < 0:
        return "maximum"
    return "saddle"


def _escaped_downhill(run: History) -> bool:
    """A run that left for good on a surface with no minima, going downhill: its last finite loss
    far below the start's (see ESCAPE_DROP)."""
    surface = run.surface
    if surface.minima or run.count == 0:
        return False
    losses = run.losses[: run.count]
    finite = losses[np.isfinite(losses)]
    if finite.size < 2:
        return False
    drop = ESCAPE_DROP * surface.gradient_scale * surface.half_diagonal
    return bool(finite[-1] < finite[0] - drop)


def classify(run: History, upto: int | None = None) -> Outcome:
    """The outcome of `run` as it stands (finished or not), or as it stood at step `upto`."""
    surface = run.surface
    _ = run.losses  # a Run evaluates its pending losses now: a non-finite one ends it there
    if run.count == 0 and run.diverged_at is None:
        return Outcome("moving", message("not started yet"))
    rows = run.count if upto is None else max(1, min(upto + 1, run.count))
    if run.diverged_at is not None and rows >= run.count:
        reason = run.divergence_reason
        if reason is not None and str(reason).startswith(UNDEFINED):
            return Outcome(
                "undefined",
                message(
                    "stepped into a hole at step {step}: {reason}",
                    step=run.diverged_at,
                    reason=reason,
                ),
                run.diverged_at,
                reason=run.divergence_reason,
            )
        if _escaped_downhill(run):
            return Outcome(
                "escaped",
                message(
                    "escaped downhill at step {step}: the loss is unbounded below",
                    step=run.diverged_at,
                ),
                run.diverged_at,
                reason=run.divergence_reason,
            )
        return Outcome(
            "diverged",
            message("diverged at step {step}", step=run.diverged_at),
            run.diverged_at,
            reason=run.divergence_reason,
        )
    path = run.path()[:rows]
    last = path[-1]
    k = rows - 1
    minimum, distance = nearest_minimum(surface, last)
    radius = CONVERGED_RADIUS * surface.half_diagonal
    if minimum is not None and distance <= radius:
        where = np.array([minimum.x, minimum.y])
        within = np.hypot(path[:, 0] - where[0], path[:, 1] - where[1]) <= radius
        since = _settled_since(within)
        text = message("converged to {minimum} at step {step}", minimum=minimum.label(), step=since)
        return Outcome("converged", text, since, minimum)

    grad_norm = float(np.hypot(*run.gradients[rows - 1]))
    steps = np.hypot(*np.diff(path, axis=0).T) if k else np.zeros(0)
    small_step = STALL_STEP * surface.half_diagonal
    still = grad_norm <= STALL_GRADIENT * surface.gradient_scale and (
        k == 0 or steps[-1] <= small_step
    )
    if still and k > 0:
        since = _settled_since(np.concatenate([[False], steps <= small_step]))
        kind = _critical_point_kind(surface, last)
        at = f"({format_coordinate(float(last[0]))}, {format_coordinate(float(last[1]))})"
        if kind == "minimum":
            # Slow, not stopped? Newton's method from here says which minimum this valley holds.
            target = newton_refine(surface, last[None])[0]
            listed, gap = nearest_minimum(surface, target)
            if listed is not None and gap <= radius:
                return Outcome(
                    "moving",
                    message(
                        "still approaching {minimum} after {steps} steps ({distance} away)",
                        minimum=listed.label(),
                        steps=k,
                        distance=f"{distance:.3g}",
                    ),
                    None,
                    listed,
                )
            arrived = np.hypot(path[:, 0] - last[0], path[:, 1] - last[1]) <= radius
            since = _settled_since(arrived)
            found = Minimum(float(last[0]), float(last[1]), float(run.losses[rows - 1]), "local")
            return Outcome(
                "converged",
                message(
                    "converged to a local minimum {at} (not in the table) at step {step}",
                    at=at,
                    step=since,
                ),
                since,
                found,
                listed=False,
            )
        if kind == "plateau":
            text = message("stalled on a plateau at {at} from step {step}", at=at, step=since)
        elif kind == "maximum":
            text = message("stalled at a maximum {at} from step {step}", at=at, step=since)
        else:
            text = message("stalled at a saddle point {at} from step {step}", at=at, step=since)
        return Outcome("stalled", text, since)

    loss = f"{run.losses[rows - 1]:.4g}"
    if minimum is None:
        text = message("still moving after {steps} steps (loss {loss})", steps=k, loss=loss)
    else:
        text = message(
            "still moving after {steps} steps (loss {loss}, {distance} from {minimum})",
            steps=k,
            loss=loss,
            distance=f"{distance:.3g}",
            minimum=minimum.label(),
        )
    return Outcome("moving", text, None, minimum)
