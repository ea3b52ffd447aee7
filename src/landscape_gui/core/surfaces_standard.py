"""The standard 2-D optimization test functions, as in the Virtual Library of Simulation Experiments
(Surjanovic & Bingham) and Jamil & Yang (2013). Each gradient is written by hand for speed and
checked in the tests against finite differences and against forward differentiation."""

from __future__ import annotations

import math

import numpy as np

from landscape_gui.core.jets import cos, exp, sin, sqrt
from landscape_gui.core.surface import Array, Surface, minima

PI = math.pi
TAU = 2.0 * math.pi


def rosenbrock() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        r = y - x * x
        return -2.0 * (1.0 - x) - 400.0 * x * r, 200.0 * r

    return Surface(
        name="rosenbrock",
        title="Rosenbrock",
        formula_text="(1 − x)² + 100·(y − x²)²",
        description=(
            "A curved, flat-bottomed banana valley. Finding the valley is easy; following it to "
            "the minimum at (1, 1) is hard for gradient descent, which zig-zags across the steep "
            "walls. Use the logarithmic colour scale to see the valley floor."
        ),
        formula=lambda x, y: (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2,
        gradient_xy=grad,
        window=((-2.0, 2.0), (-1.0, 3.0)),
        start=(-1.2, 1.0),
        minima_fn=minima(exact=[(1.0, 1.0)]),
    )


def himmelblau() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        a = x * x + y - 11.0
        b = x + y * y - 7.0
        return 4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b

    return Surface(
        name="himmelblau",
        title="Himmelblau",
        formula_text="(x² + y − 11)² + (x + y² − 7)²",
        description=(
            "Four global minima of equal depth, a local maximum and four saddles: which minimum a "
            "run reaches depends only on where it starts (and how it steps)."
        ),
        formula=lambda x, y: (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2,
        gradient_xy=grad,
        window=((-5.0, 5.0), (-5.0, 5.0)),
        start=(0.0, 0.0),
        minima_fn=minima(
            exact=[(3.0, 2.0)],
            approx=[(-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)],
        ),
    )


def beale() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        y2 = y * y
        y3 = y2 * y
        t1 = 1.5 - x + x * y
        t2 = 2.25 - x + x * y2
        t3 = 2.625 - x + x * y3
        gx = 2.0 * (t1 * (y - 1.0) + t2 * (y2 - 1.0) + t3 * (y3 - 1.0))
        gy = 2.0 * x * (t1 + 2.0 * y * t2 + 3.0 * y2 * t3)
        return gx, gy

    return Surface(
        name="beale",
        title="Beale",
        formula_text="(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
        description=(
            "Sharp ridges and flat arms: steps that suit the flat arms overshoot near the ridges. "
            "The minimum is at (3, 0.5); the line x = 0 is a flat ridge of critical points."
        ),
        formula=lambda x, y: (
            (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2
        ),
        gradient_xy=grad,
        window=((-4.5, 4.5), (-4.5, 4.5)),
        start=(1.0, 1.5),
        minima_fn=minima(exact=[(3.0, 0.5)]),
    )


def booth() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        a = x + 2.0 * y - 7.0
        b = 2.0 * x + y - 5.0
        return 2.0 * a + 4.0 * b, 4.0 * a + 2.0 * b

    return Surface(
        name="booth",
        title="Booth",
        formula_text="(x + 2y − 7)² + (2x + y − 5)²",
        description="A tilted quadratic bowl (condition number 9) with its minimum at (1, 3).",
        formula=lambda x, y: (x + 2.0 * y - 7.0) ** 2 + (2.0 * x + y - 5.0) ** 2,
        gradient_xy=grad,
        window=((-10.0, 10.0), (-10.0, 10.0)),
        start=(-7.0, -8.0),
        minima_fn=minima(exact=[(1.0, 3.0)]),
    )


def matyas() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x

    return Surface(
        name="matyas",
        title="Matyas",
        formula_text="0.26·(x² + y²) − 0.48·xy",
        description=(
            "A quadratic bowl stretched along the diagonal: curvature 1 across it, 0.04 along it "
            "(condition number 25). Gradient descent quickly reaches the diagonal, then crawls."
        ),
        formula=lambda x, y: 0.26 * (x * x + y * y) - 0.48 * x * y,
        gradient_xy=grad,
        window=((-10.0, 10.0), (-10.0, 10.0)),
        start=(8.0, 3.0),
        minima_fn=minima(exact=[(0.0, 0.0)]),
    )


def three_hump_camel() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        x2 = x * x
        return 4.0 * x - 4.2 * x2 * x + x2 * x2 * x + y, x + 2.0 * y

    # Critical points lie on y = −x/2 with x(x⁴ − 4.2x² + 3.5) = 0; the outer roots are minima.
    xm = math.sqrt((4.2 + math.sqrt(4.2**2 - 14.0)) / 2.0)
    return Surface(
        name="three-hump-camel",
        title="Three-hump camel",
        formula_text="2x² − 1.05x⁴ + x⁶/6 + xy + y²",
        description=(
            "A global minimum at the origin flanked by two shallow local minima: a start on the "
            "outer slopes often ends in a side hump."
        ),
        formula=lambda x, y: 2.0 * x**2 - 1.05 * x**4 + x**6 / 6.0 + x * y + y * y,
        gradient_xy=grad,
        window=((-2.5, 2.5), (-2.5, 2.5)),
        start=(-2.2, 2.0),
        minima_fn=minima(exact=[(0.0, 0.0)], approx=[(xm, -xm / 2.0), (-xm, xm / 2.0)]),
    )


def six_hump_camel() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        x2, y2 = x * x, y * y
        return 8.0 * x - 8.4 * x2 * x + 2.0 * x2 * x2 * x + y, x - 8.0 * y + 16.0 * y2 * y

    return Surface(
        name="six-hump-camel",
        title="Six-hump camel",
        formula_text="(4 − 2.1x² + x⁴/3)·x² + xy + (4y² − 4)·y²",
        description=(
            "Six minima, two of them global (−1.0316): a map of where each start ends up is a "
            "patchwork."
        ),
        formula=lambda x, y: (
            (4.0 - 2.1 * x**2 + x**4 / 3.0) * x**2 + x * y + (4.0 * y**2 - 4.0) * y**2
        ),
        gradient_xy=grad,
        window=((-2.0, 2.0), (-1.2, 1.2)),
        start=(-1.5, 1.0),
        minima_fn=minima(
            approx=[
                (0.0898, -0.7126),
                (-0.0898, 0.7126),
                (1.7036, -0.7961),
                (-1.7036, 0.7961),
                (1.6071, 0.5687),
                (-1.6071, -0.5687),
            ]
        ),
    )


def goldstein_price() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        s = x + y + 1.0
        b = 19.0 - 14.0 * x + 3.0 * x * x - 14.0 * y + 6.0 * x * y + 3.0 * y * y
        db = -14.0 + 6.0 * x + 6.0 * y  # ∂b/∂x = ∂b/∂y
        a = 1.0 + s * s * b
        da = 2.0 * s * b + s * s * db  # ∂a/∂x = ∂a/∂y
        u = 2.0 * x - 3.0 * y
        d = 18.0 - 32.0 * x + 12.0 * x * x + 48.0 * y - 36.0 * x * y + 27.0 * y * y
        c = 30.0 + u * u * d
        dc_dx = 4.0 * u * d + u * u * (-32.0 + 24.0 * x - 36.0 * y)
        dc_dy = -6.0 * u * d + u * u * (48.0 - 36.0 * x + 54.0 * y)
        return da * c + a * dc_dx, da * c + a * dc_dy

    def formula(x, y):  # type: ignore[no-untyped-def]
        s = x + y + 1.0
        b = 19.0 - 14.0 * x + 3.0 * x * x - 14.0 * y + 6.0 * x * y + 3.0 * y * y
        u = 2.0 * x - 3.0 * y
        d = 18.0 - 32.0 * x + 12.0 * x * x + 48.0 * y - 36.0 * x * y + 27.0 * y * y
        return (1.0 + s * s * b) * (30.0 + u * u * d)

    return Surface(
        name="goldstein-price",
        title="Goldstein–Price",
        formula_text=(
            "[1 + (x+y+1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]·"
            "[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]"
        ),
        description=(
            "Values range over six orders of magnitude, so a fixed learning rate is either "
            "far too large on the walls or far too small on the floor. Use the logarithmic colour "
            "scale. Global minimum 3 at (0, −1), with local minima at 30, 84 and 840."
        ),
        formula=formula,
        gradient_xy=grad,
        window=((-2.0, 2.0), (-2.0, 2.0)),
        start=(0.5, -1.5),
        minima_fn=minima(exact=[(0.0, -1.0)], approx=[(-0.6, -0.4), (1.8, 0.2), (1.2, 0.8)]),
        # The walls are 500 times steeper than the floor: the curvature rule's rate diverges.
        lr_overrides={"gd": 2e-4, "sgd": 2e-4, "momentum": 2e-5, "nesterov": 2e-5},
    )


def mccormick() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        c = np.cos(x + y)
        d = 2.0 * (x - y)
        return c + d - 1.5, c - d + 2.5

    # Critical points: x − y = 1 and cos(x + y) = −½; minima where sin(x + y) < 0.
    s0, s1 = -2.0 * PI / 3.0, 4.0 * PI / 3.0
    return Surface(
        name="mccormick",
        title="McCormick",
        formula_text="sin(x + y) + (x − y)² − 1.5x + 2.5y + 1",
        description=(
            "A tilted valley along x − y = 1 with a sine ripple along it: the global minimum "
            "−1.9133 at (−0.5472, −1.5472) and a local one further up the valley."
        ),
        formula=lambda x, y: sin(x + y) + (x - y) ** 2 - 1.5 * x + 2.5 * y + 1.0,
        gradient_xy=grad,
        window=((-1.5, 4.0), (-3.0, 4.0)),
        start=(3.5, 3.5),
        minima_fn=minima(exact=[((s0 + 1) / 2, (s0 - 1) / 2), ((s1 + 1) / 2, (s1 - 1) / 2)]),
    )


def _rastrigin_1d_minima(lo: float, hi: float) -> list[float]:
    """Local minima of x² − 10 cos 2πx in [lo, hi], one near each integer, by Newton's method."""
    found = []
    for k in range(math.ceil(lo) - 1, math.floor(hi) + 2):
        x = float(k)
        for _ in range(50):
            g = 2.0 * x + 20.0 * PI * math.sin(TAU * x)
            h = 2.0 + 40.0 * PI * PI * math.cos(TAU * x)
            x -= g / h
        if lo <= x <= hi:
            found.append(x)
    return found


def rastrigin() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 2.0 * x + 20.0 * PI * np.sin(TAU * x), 2.0 * y + 20.0 * PI * np.sin(TAU * y)

    one_d = _rastrigin_1d_minima(-5.12, 5.12)
    return Surface(
        name="rastrigin",
        title="Rastrigin",
        formula_text="20 + x² − 10·cos 2πx + y² − 10·cos 2πy",
        description=(
            "A bowl covered in an egg-crate: a local minimum near every integer point. Gradient "
            "methods stop in the nearest dimple; the start decides everything."
        ),
        formula=lambda x, y: 20.0 + x * x - 10.0 * cos(TAU * x) + y * y - 10.0 * cos(TAU * y),
        gradient_xy=grad,
        window=((-5.12, 5.12), (-5.12, 5.12)),
        start=(3.2, -2.4),
        minima_fn=minima(exact=[(a, b) for a in one_d for b in one_d]),
    )


def ackley() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        s = np.sqrt(0.5 * (x * x + y * y))
        e1 = np.exp(-0.2 * s)
        e2 = np.exp(0.5 * (np.cos(TAU * x) + np.cos(TAU * y)))
        # The cone's gradient 2·e1·(x, y)/s has no value at the origin; 0 is its subgradient.
        with np.errstate(all="ignore"):
            k = np.where(s > 0, 2.0 * e1 / s, 0.0)
        return k * x + PI * np.sin(TAU * x) * e2, k * y + PI * np.sin(TAU * y) * e2

    return Surface(
        name="ackley",
        title="Ackley",
        formula_text="−20·exp(−0.2·√(½(x² + y²))) − exp(½(cos 2πx + cos 2πy)) + 20 + e",
        description=(
            "A funnel covered in ripples, with a sharp cone at the global minimum (0, 0), where "
            "the gradient is undefined. Small steps get caught in the ripples; the funnel only "
            "shows at a distance."
        ),
        formula=lambda x, y: (
            -20.0 * exp(-0.2 * sqrt(0.5 * (x * x + y * y)))
            - exp(0.5 * (cos(TAU * x) + cos(TAU * y)))
            + 20.0
            + math.e
        ),
        gradient_xy=grad,
        window=((-5.0, 5.0), (-5.0, 5.0)),
        start=(3.3, -2.2),
        minima_fn=minima(exact=[(0.0, 0.0)], grid=41),
    )


def _styblinski_1d_minima() -> tuple[float, float]:
    """The two minima of ½(x⁴ − 16x² + 5x): outer roots of 2x³ − 16x + 2.5."""
    roots = np.sort(np.roots([2.0, 0.0, -16.0, 2.5]).real)
    return float(roots[0]), float(roots[2])


def styblinski_tang() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        return 2.0 * x**3 - 16.0 * x + 2.5, 2.0 * y**3 - 16.0 * y + 2.5

    lo, hi = _styblinski_1d_minima()
    return Surface(
        name="styblinski-tang",
        title="Styblinski–Tang",
        formula_text="½(x⁴ − 16x² + 5x + y⁴ − 16y² + 5y)",
        description=(
            "Four valleys of different depths: the global minimum −78.332 at (−2.9035, −2.9035) "
            "and three local ones."
        ),
        formula=lambda x, y: 0.5 * (x**4 - 16.0 * x * x + 5.0 * x + y**4 - 16.0 * y * y + 5.0 * y),
        gradient_xy=grad,
        window=((-5.0, 5.0), (-5.0, 5.0)),
        start=(0.5, 4.5),
        minima_fn=minima(approx=[(lo, lo), (lo, hi), (hi, lo), (hi, hi)]),
    )


def easom() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        e = np.exp(-((x - PI) ** 2 + (y - PI) ** 2))
        cx, cy, sx, sy = np.cos(x), np.cos(y), np.sin(x), np.sin(y)
        return e * cy * (sx + 2.0 * (x - PI) * cx), e * cx * (sy + 2.0 * (y - PI) * cy)

    return Surface(
        name="easom",
        title="Easom",
        formula_text="−cos x·cos y·exp(−((x − π)² + (y − π)²))",
        description=(
            "A single narrow hole at (π, π) in a plain that is flat to many decimal places: a run "
            "that starts far away has no gradient to follow."
        ),
        formula=lambda x, y: -cos(x) * cos(y) * exp(-((x - PI) ** 2 + (y - PI) ** 2)),
        gradient_xy=grad,
        window=((0.0, 6.0), (0.0, 6.0)),
        start=(2.2, 2.0),
        minima_fn=minima(exact=[(PI, PI)]),
    )


def levi13() -> Surface:
    def grad(x: Array, y: Array) -> tuple[Array, Array]:
        sy3, sy2 = np.sin(3.0 * PI * y), np.sin(TAU * y)
        gx = 3.0 * PI * np.sin(6.0 * PI * x) + 2.0 * (x - 1.0) * (1.0 + sy3 * sy3)
        gy = (
            3.0 * PI * (x - 1.0) ** 2 * np.sin(6.0 * PI * y)
            + 2.0 * (y - 1.0) * (1.0 + sy2 * sy2)
            + TAU * (y - 1.0) ** 2 * np.sin(2.0 * TAU * y)
        )
        return gx, gy

    return Surface(
        name="levi13",
        title="Lévi N.13",
        formula_text="sin²(3πx) + (x − 1)²(1 + sin²(3πy)) + (y − 1)²(1 + sin²(2πy))",
        description=(
            "A bowl around (1, 1) with ripples of different periods in x and y: a dense field of "
            "local minima."
        ),
        formula=lambda x, y: (
            sin(3.0 * PI * x) ** 2
            + (x - 1.0) ** 2 * (1.0 + sin(3.0 * PI * y) ** 2)
            + (y - 1.0) ** 2 * (1.0 + sin(TAU * y) ** 2)
        ),
        gradient_xy=grad,
        window=((-2.0, 4.0), (-2.0, 4.0)),
        start=(-1.2, 3.4),
        minima_fn=minima(exact=[(1.0, 1.0)], grid=61),
    )


STANDARD = (
    rosenbrock,
    himmelblau,
    beale,
    booth,
    matyas,
    three_hump_camel,
    six_hump_camel,
    goldstein_price,
    mccormick,
    rastrigin,
    ackley,
    styblinski_tang,
    easom,
    levi13,
)
