"""The `Surface` type: a loss f(x, y) with its gradient, Hessian, view window and known minima."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from landscape_gui.core.jets import Jet, gradient_of, hessian_of
from landscape_gui.core.messages import Message, message

Array = NDArray[np.float64]
Formula = Callable[[Any, Any], Any]
"""f(x, y) written with + − * / ** and `core.jets` functions: works on arrays and on jets."""
GradientFn = Callable[[Array, Array], tuple[Array, Array]]
Window = tuple[tuple[float, float], tuple[float, float]]
MinimaFn = Callable[["Surface"], Sequence["Minimum"]]


@dataclass(frozen=True)
class Minimum:
    """A known minimum: its location, value and whether it is the global one."""

    x: float
    y: float
    value: float
    kind: Literal["global", "local"]
    found_numerically: bool = False  # for typed-in functions: no published table to trust

    def label(self) -> Message:
        """Short human form, e.g. 'global minimum (3, 2)'."""
        where = f"({format_coordinate(self.x)}, {format_coordinate(self.y)})"
        if self.kind == "global":
            text = message("global minimum {at}", at=where)
        else:
            text = message("local minimum {at}", at=where)
        return text + message(" (found numerically)") if self.found_numerically else text

    def as_dict(self) -> dict[str, float | str]:
        return {"x": self.x, "y": self.y, "value": self.value, "kind": self.kind}


def format_coordinate(v: float) -> str:
    """A coordinate rounded for people: 3 → '3', 2.805118 → '2.8051'."""
    text = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True, eq=False)
class Surface:
    """A built-in or user loss surface.

    `formula` is evaluated on arrays for the loss and on jets for the exact Hessian; `gradient` is
    hand-written (it is the hot path of every optimizer step) and checked against both.
    """

    name: str
    title: str
    formula_text: str
    description: str
    formula: Formula
    gradient_xy: GradientFn
    window: Window
    start: tuple[float, float]
    minima_fn: MinimaFn = field(repr=False)
    params: Mapping[str, float] = field(default_factory=dict)
    # Teaching learning rates that beat the curvature rule in `optimizers.default_lr`.
    lr_overrides: Mapping[str, float] = field(default_factory=dict)
    # The Hessian (xx, xy, yy) where `formula` cannot run on jets (typed-in functions).
    hessian_xy: Callable[[Array, Array], tuple[Array, Array, Array]] | None = None
    expression: str = ""  # the typed formula of a custom surface ('' for the built-ins)
    gradient_text: tuple[str, str] = ("", "")  # ∂f/∂x and ∂f/∂y as formulas (custom surfaces)

    # --- evaluation -------------------------------------------------------------------------
    def f(self, x: Array | float, y: Array | float) -> Array:
        """The loss at (x, y), broadcast over arrays of any shape."""
        with np.errstate(all="ignore"):
            return np.asarray(
                self.formula(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)),
                dtype=np.float64,
            )

    def loss(self, points: Array) -> Array:
        """The loss at points of shape (..., 2)."""
        with np.errstate(all="ignore"):
            return self.loss_unchecked(points)

    def gradient(self, points: Array) -> Array:
        """The analytic gradient at points of shape (..., 2), same shape out."""
        with np.errstate(all="ignore"):
            return self.gradient_unchecked(points)

    def loss_unchecked(self, points: Array) -> Array:
        """`loss` without its own floating-point error guard (the engine holds one per step)."""
        return np.asarray(self.formula(points[..., 0], points[..., 1]), dtype=np.float64)

    def gradient_unchecked(self, points: Array) -> Array:
        """`gradient` without its own floating-point error guard (the engine holds one per step)."""
        out = np.empty(np.shape(points), dtype=np.float64)
        out[..., 0], out[..., 1] = self.gradient_xy(points[..., 0], points[..., 1])
        return out

    def hessian(self, points: Array) -> Array:
        """The exact Hessian at points of shape (..., 2), shape (..., 2, 2) out."""
        p = np.asarray(points, dtype=np.float64)
        with np.errstate(all="ignore"):
            if self.hessian_xy is not None:
                xx, xy, yy = self.hessian_xy(p[..., 0], p[..., 1])
                return np.stack([np.stack([xx, xy], -1), np.stack([xy, yy], -1)], -2)
            return hessian_of(self.formula, p[..., 0], p[..., 1])

    def jet_gradient(self, points: Array) -> Array:
        """The gradient by forward differentiation of the formula (a cross-check of `gradient`;
        built-in surfaces only)."""
        p = np.asarray(points, dtype=np.float64)
        with np.errstate(all="ignore"):
            return gradient_of(self.formula, p[..., 0], p[..., 1])

    @property
    def spec(self) -> str:
        """The text `surfaces.get_surface` rebuilds this surface from ('ravine:kappa=100'), or
        for a typed-in function 'expr:' + the formula (see custom_surface.surface_from_spec)."""
        if self.expression:
            (x0, x1), (y0, y1) = self.window
            named = "" if self.title == f"f(x, y) = {self.expression}" else f"#{self.title}"
            return f"expr:{x0!r},{x1!r},{y0!r},{y1!r}:{self.expression}{named}"
        return ":".join([self.name, *(f"{k}={v!r}" for k, v in self.params.items())])

    # --- geometry ---------------------------------------------------------------------------
    @property
    def centre(self) -> tuple[float, float]:
        (x0, x1), (y0, y1) = self.window
        return (0.5 * (x0 + x1), 0.5 * (y0 + y1))

    @property
    def half_diagonal(self) -> float:
        """Half the diagonal of the view window: the length scale of this surface."""
        (x0, x1), (y0, y1) = self.window
        return 0.5 * float(np.hypot(x1 - x0, y1 - y0))

    def grid(self, nx: int = 200, ny: int | None = None) -> tuple[Array, Array, Array]:
        """Row-major grid over the window: (xs, ys, Z) with Z[j, i] = f(xs[i], ys[j])."""
        (x0, x1), (y0, y1) = self.window
        xs = np.linspace(x0, x1, nx)
        ys = np.linspace(y0, y1, ny or nx)
        X, Y = np.meshgrid(xs, ys)
        return xs, ys, self.f(X, Y)

    @cached_property
    def gradient_scale(self) -> float:
        """Median gradient norm over a 41 × 41 grid of the window: what "small" means here."""
        (x0, x1), (y0, y1) = self.window
        X, Y = np.meshgrid(np.linspace(x0, x1, 41), np.linspace(y0, y1, 41))
        g = self.gradient(np.stack([X, Y], axis=-1))
        norms = np.hypot(g[..., 0], g[..., 1])
        norms = norms[np.isfinite(norms)]
        scale = float(np.median(norms)) if norms.size else 1.0
        return scale if scale > 0 else 1.0

    @cached_property
    def curvature_scale(self) -> float:
        """Median of the largest |Hessian eigenvalue| over a 41 × 41 grid of the window."""
        (x0, x1), (y0, y1) = self.window
        X, Y = np.meshgrid(np.linspace(x0, x1, 41), np.linspace(y0, y1, 41))
        with np.errstate(all="ignore"):
            eig = np.abs(np.linalg.eigvalsh(np.nan_to_num(self.hessian(np.stack([X, Y], -1)))))
        top = eig.max(axis=-1)
        top = top[np.isfinite(top)]
        scale = float(np.median(top)) if top.size else 1.0
        return scale if scale > 0 else 1.0

    # --- minima -----------------------------------------------------------------------------
    @cached_property
    def minima(self) -> tuple[Minimum, ...]:
        """Known minima, global first."""
        found = sorted(self.minima_fn(self), key=lambda m: (m.kind != "global", m.value))
        return tuple(found)

    @property
    def global_minima(self) -> tuple[Minimum, ...]:
        return tuple(m for m in self.minima if m.kind == "global")

    def curvature(self, points: Array) -> Array:
        """Largest Hessian eigenvalue at points (..., 2): the local Lipschitz constant L."""
        return np.asarray(np.linalg.eigvalsh(self.hessian(points))[..., -1], dtype=np.float64)

    def describe(self) -> dict[str, Any]:
        """The JSON form used by `landscape-gui surfaces --format json`."""
        (x0, x1), (y0, y1) = self.window
        return {
            "name": self.name,
            "title": self.title,
            "formula": self.formula_text,
            "description": self.description,
            "window": [[x0, x1], [y0, y1]],
            "start": list(self.start),
            "minima": [m.as_dict() for m in self.minima],
            "params": dict(self.params),
        }


# --- helpers for defining minima ------------------------------------------------------------
def minima(
    exact: Sequence[tuple[float, float]] = (),
    approx: Sequence[tuple[float, float]] = (),
    grid: int = 0,
    numerical: bool = False,
) -> MinimaFn:
    """Build a surface's minima from points known in closed form (`exact`, trusted as given),
    points published to a few digits (`approx`, refined by Newton's method), and, for surfaces
    with many local minima, Newton's method from a `grid` × `grid` lattice of seeds. Refined points
    are kept only where the gradient vanishes and the Hessian is positive definite; the lowest
    value(s) are global."""

    def build(surface: Surface) -> list[Minimum]:
        seeds = [np.array(approx, dtype=np.float64).reshape(-1, 2)]
        if grid:
            (x0, x1), (y0, y1) = surface.window
            X, Y = np.meshgrid(np.linspace(x0, x1, grid), np.linspace(y0, y1, grid))
            seeds.append(np.stack([X.ravel(), Y.ravel()], axis=-1))
        found = _true_minima(surface, newton_refine(surface, np.concatenate(seeds)))
        trusted = np.array(exact, dtype=np.float64).reshape(-1, 2)
        listed = classify_minima(surface, np.concatenate([trusted, found]))
        if numerical:
            return [replace(m, found_numerically=True) for m in listed]
        return listed

    return build


def no_minima(surface: Surface) -> list[Minimum]:
    """For surfaces unbounded below (the saddles)."""
    return []


def newton_refine(surface: Surface, points: Array, iterations: int = 60) -> Array:
    """Newton's method from each point (vectorised); points that do not settle come back NaN."""
    p = np.array(points, dtype=np.float64).reshape(-1, 2)
    # Only the points still moving are stepped, and each ends exactly where `iterations` steps
    # would take it: a point whose step is zero stays put; one that steps back to where it was
    # two steps ago (bouncing between two neighbouring floats at a minimum) alternates between
    # the two for ever, so the parity of the steps left says which; one no longer finite never
    # settles. (Surfaces' minima are found from up to 3721 seeds: this keeps startup quick.)
    active = np.flatnonzero(np.all(np.isfinite(p), axis=1))
    before = np.full_like(p, np.nan)  # each point two steps ago
    with np.errstate(all="ignore"):
        for done in range(1, iterations + 1):
            if active.size == 0:
                break
            q = p[active]
            g = surface.gradient(q)
            H = surface.hessian(q)
            det = H[:, 0, 0] * H[:, 1, 1] - H[:, 0, 1] * H[:, 1, 0]
            dx = (H[:, 1, 1] * g[:, 0] - H[:, 0, 1] * g[:, 1]) / det
            dy = (H[:, 0, 0] * g[:, 1] - H[:, 1, 0] * g[:, 0]) / det
            moved = q - np.stack([dx, dy], axis=-1)
            fixed = np.all(moved == q, axis=1)
            bouncing = np.all(moved == before[active], axis=1) & ~fixed
            odd_left = (iterations - done) % 2 == 1
            p[active] = np.where((bouncing & odd_left)[:, None], q, moved)
            before[active] = q
            still = np.all(np.isfinite(moved), axis=1) & ~fixed & ~bouncing
            active = active[still]
        g = surface.gradient(p)
        tolerance = 1e-9 * max(surface.gradient_scale, 1.0)
        settled = np.all(np.isfinite(p), axis=1) & (np.hypot(g[:, 0], g[:, 1]) < tolerance)
    p[~settled] = np.nan
    return p


def _true_minima(surface: Surface, points: Array) -> Array:
    """The rows of `points` inside the window where the Hessian is positive definite."""
    (x0, x1), (y0, y1) = surface.window
    p = points[np.all(np.isfinite(points), axis=1)]
    p = p[(p[:, 0] >= x0) & (p[:, 0] <= x1) & (p[:, 1] >= y0) & (p[:, 1] <= y1)]
    if p.size == 0:
        return p.reshape(0, 2)
    with np.errstate(all="ignore"):
        eig = np.linalg.eigvalsh(np.nan_to_num(surface.hessian(p), nan=-1.0))
    return p[eig[:, 0] > 0]


def classify_minima(surface: Surface, points: Array) -> list[Minimum]:
    """Drop duplicate points and call the lowest value(s) global, the rest local."""
    if len(points) == 0:
        return []
    # Points closer than `merge` are one minimum: bucket them on a grid of that size.
    merge = 1e-6 * surface.half_diagonal
    _, first = np.unique(np.round(points / merge).astype(np.int64), axis=0, return_index=True)
    pts = points[np.sort(first)]
    values = surface.loss(pts)
    lowest = float(np.min(values))
    tie = 1e-9 * max(1.0, abs(lowest))
    return [
        Minimum(float(q[0]), float(q[1]), float(v), "global" if v - lowest <= tie else "local")
        for q, v in zip(pts, values, strict=True)
    ]


__all__ = [
    "Jet",
    "Minimum",
    "Surface",
    "classify_minima",
    "minima",
    "newton_refine",
    "no_minima",
]
