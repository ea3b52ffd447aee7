"""Every surface: definition and minima against the published tables, gradient and Hessian against
finite differences, metadata complete."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from landscape_gui.core.surface import Surface
from landscape_gui.core.surfaces import (
    UnknownSurfaceError,
    all_surfaces,
    get_surface,
    surface_names,
    surface_parameters,
)

NAMES = surface_names()
unit = st.floats(min_value=0.0, max_value=1.0)

# Published values (shared/reference/test-functions.md), each with the digits the table gives.
PUBLISHED_GLOBAL = {
    "rosenbrock": ([(1.0, 1.0)], 0.0),
    "himmelblau": (
        [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)],
        0.0,
    ),
    "beale": ([(3.0, 0.5)], 0.0),
    "booth": ([(1.0, 3.0)], 0.0),
    "matyas": ([(0.0, 0.0)], 0.0),
    "three-hump-camel": ([(0.0, 0.0)], 0.0),
    "six-hump-camel": ([(0.0898, -0.7126), (-0.0898, 0.7126)], -1.0316),
    "goldstein-price": ([(0.0, -1.0)], 3.0),
    "mccormick": ([(-0.54719, -1.54719)], -1.9133),
    "rastrigin": ([(0.0, 0.0)], 0.0),
    "ackley": ([(0.0, 0.0)], 0.0),
    "styblinski-tang": ([(-2.903534, -2.903534)], -78.33233),
    "easom": ([(math.pi, math.pi)], -1.0),
    "levi13": ([(1.0, 1.0)], 0.0),
    "bowl": ([(2.0, 1.0)], 0.0),
    "ravine": ([(0.0, 0.0)], 0.0),
    "plateau": ([(0.0, 0.0)], 0.0),
}

# f at arbitrary points, written out from the published formulas (not from our code).
FORMULAS = {
    "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
    "himmelblau": lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
    "beale": lambda x, y: (
        (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2
    ),
    "booth": lambda x, y: (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
    "matyas": lambda x, y: 0.26 * (x**2 + y**2) - 0.48 * x * y,
    "three-hump-camel": lambda x, y: 2 * x**2 - 1.05 * x**4 + x**6 / 6 + x * y + y**2,
    "six-hump-camel": lambda x, y: (
        (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2
    ),
    "goldstein-price": lambda x, y: (
        (1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x**2 - 14 * y + 6 * x * y + 3 * y**2))
        * (30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x**2 + 48 * y - 36 * x * y + 27 * y**2))
    ),
    "mccormick": lambda x, y: math.sin(x + y) + (x - y) ** 2 - 1.5 * x + 2.5 * y + 1,
    "rastrigin": lambda x, y: (
        20 + x**2 - 10 * math.cos(2 * math.pi * x) + y**2 - 10 * math.cos(2 * math.pi * y)
    ),
    "ackley": lambda x, y: (
        -20 * math.exp(-0.2 * math.sqrt(0.5 * (x**2 + y**2)))
        - math.exp(0.5 * (math.cos(2 * math.pi * x) + math.cos(2 * math.pi * y)))
        + 20
        + math.e
    ),
    "styblinski-tang": lambda x, y: 0.5 * (x**4 - 16 * x**2 + 5 * x + y**4 - 16 * y**2 + 5 * y),
    "easom": lambda x, y: (
        -math.cos(x) * math.cos(y) * math.exp(-((x - math.pi) ** 2 + (y - math.pi) ** 2))
    ),
    "levi13": lambda x, y: (
        math.sin(3 * math.pi * x) ** 2
        + (x - 1) ** 2 * (1 + math.sin(3 * math.pi * y) ** 2)
        + (y - 1) ** 2 * (1 + math.sin(2 * math.pi * y) ** 2)
    ),
    "saddle": lambda x, y: x**2 - y**2,
    "monkey-saddle": lambda x, y: x**3 - 3 * x * y**2,
    "bowl": lambda x, y: (x - 2) ** 2 + (y - 1) ** 2,
    "ravine": lambda x, y: 0.5 * (x**2 + 25 * y**2),
    "plateau": lambda x, y: 1 - math.exp(-(x**2 + y**2) / 2),
    "valleys": lambda x, y: (x**2 - 1) ** 2 + 0.3 * x + y**2,
}


def point_in(surface: Surface, u: float, v: float) -> np.ndarray:
    (x0, x1), (y0, y1) = surface.window
    return np.array([x0 + u * (x1 - x0), y0 + v * (y1 - y0)])


def test_every_required_surface_is_built_in() -> None:
    required = {
        "bowl", "ravine", "valleys", "plateau", "saddle", "monkey-saddle", "rosenbrock",
        "himmelblau", "beale", "booth", "matyas", "three-hump-camel", "six-hump-camel",
        "goldstein-price", "mccormick", "rastrigin", "ackley", "styblinski-tang", "easom", "levi13",
    }  # fmt: skip
    assert required <= set(NAMES)
    assert set(FORMULAS) == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_metadata_is_complete(name: str) -> None:
    s = get_surface(name)
    assert s.name == name and s.title and s.formula_text and len(s.description) > 40
    (x0, x1), (y0, y1) = s.window
    assert x0 < x1 and y0 < y1
    assert x0 <= s.start[0] <= x1 and y0 <= s.start[1] <= y1
    assert np.isfinite(s.f(*s.start))


@pytest.mark.parametrize("name", NAMES)
@given(u=unit, v=unit)
def test_f_matches_the_published_formula(name: str, u: float, v: float) -> None:
    s = get_surface(name)
    x, y = point_in(s, u, v)
    expected = FORMULAS[name](float(x), float(y))
    assert float(s.f(x, y)) == pytest.approx(expected, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("name", NAMES)
@given(u=unit, v=unit)
def test_gradient_matches_central_differences(name: str, u: float, v: float) -> None:
    s = get_surface(name)
    p = point_in(s, u, v)
    h = 1e-6 * max(1.0, float(np.max(np.abs(p))))
    fd = np.array(
        [
            (s.f(p[0] + h, p[1]) - s.f(p[0] - h, p[1])) / (2 * h),
            (s.f(p[0], p[1] + h) - s.f(p[0], p[1] - h)) / (2 * h),
        ]
    )
    g = s.gradient(p)
    tolerance = 1e-6 * np.abs(g) + 1e-8 * (1 + abs(float(s.f(*p))))
    assert np.all(np.abs(g - fd) <= tolerance), (p, g, fd)


@pytest.mark.parametrize("name", NAMES)
@given(u=unit, v=unit)
def test_hessian_matches_differences_of_the_gradient(name: str, u: float, v: float) -> None:
    s = get_surface(name)
    p = point_in(s, u, v)
    if name == "ackley" and np.hypot(*p) < 1e-3:
        return  # the cone's tip: no Hessian there
    h = 1e-6 * max(1.0, float(np.max(np.abs(p))))
    ex, ey = np.array([h, 0.0]), np.array([0.0, h])
    fd = np.stack(
        [
            (s.gradient(p + ex) - s.gradient(p - ex)) / (2 * h),
            (s.gradient(p + ey) - s.gradient(p - ey)) / (2 * h),
        ]
    )
    H = s.hessian(p)
    assert np.allclose(H, H.T, rtol=1e-12, atol=1e-12)
    g_scale = 1 + float(np.max(np.abs(s.gradient(p))))
    assert np.all(np.abs(H - fd) <= 1e-5 * np.abs(H) + 1e-7 * g_scale), (p, H, fd)


@pytest.mark.parametrize("name", NAMES)
def test_hand_gradient_equals_forward_differentiation(name: str) -> None:
    s = get_surface(name)
    (x0, x1), (y0, y1) = s.window
    X, Y = np.meshgrid(np.linspace(x0, x1, 37), np.linspace(y0, y1, 29))
    p = np.stack([X, Y], axis=-1)
    g, gj = s.gradient(p), s.jet_gradient(p)
    if name == "ackley":  # the subgradient 0 at the cone's tip vs. undefined
        finite = np.isfinite(gj)
        g, gj = g[finite], gj[finite]
    np.testing.assert_allclose(g, gj, rtol=1e-10, atol=1e-10 * (1 + np.max(np.abs(g))))


@pytest.mark.parametrize("name", sorted(PUBLISHED_GLOBAL))
def test_global_minima_agree_with_the_published_table(name: str) -> None:
    s = get_surface(name)
    points, value = PUBLISHED_GLOBAL[name]
    ours = s.global_minima
    assert len(ours) == len(points)
    for px, py in points:
        nearest = min(ours, key=lambda m: math.hypot(m.x - px, m.y - py))
        # The table gives 4–6 decimals; our minima are refined to full precision.
        assert math.hypot(nearest.x - px, nearest.y - py) < 5e-4
        assert nearest.value == pytest.approx(value, abs=5e-4)


@pytest.mark.parametrize("name", NAMES)
def test_every_listed_minimum_is_a_true_minimum(name: str) -> None:
    s = get_surface(name)
    for m in s.minima:
        p = np.array([m.x, m.y])
        assert float(s.f(m.x, m.y)) == pytest.approx(m.value, rel=1e-12, abs=1e-12)
        if name == "ackley" and m.kind == "global":
            continue  # the gradient is undefined at the cone's tip
        assert np.hypot(*s.gradient(p)) < 1e-7 * max(1.0, s.gradient_scale)
        assert np.all(np.linalg.eigvalsh(s.hessian(p)) > 0)
    lows = [m.value for m in s.minima if m.kind == "global"]
    highs = [m.value for m in s.minima if m.kind == "local"]
    assert all(h > max(lows) for h in highs)


def test_local_minima_agree_with_the_published_table() -> None:
    def values(name: str) -> list[float]:
        return sorted(round(m.value, 4) for m in get_surface(name).minima if m.kind == "local")

    # The reference sheet prints −50.0789 for (2.746803, 2.746803); its own 1-D values give
    # 2·f₁(2.746803) = −50.0589 (and −64.1956 = f₁(−2.903534) + f₁(2.746803) agrees), so the sheet
    # has a typo in one digit.
    assert values("styblinski-tang") == [-64.1956, -64.1956, -50.0589]
    six = values("six-hump-camel")
    assert six == [-0.2155, -0.2155, 2.1043, 2.1043]
    assert values("goldstein-price") == [30.0, 84.0, 840.0]
    assert len(get_surface("rastrigin").minima) == 121  # one near every integer point in the window
    assert get_surface("saddle").minima == () and get_surface("monkey-saddle").minima == ()


def test_himmelblau_local_maximum_is_not_a_minimum() -> None:
    s = get_surface("himmelblau")
    p = np.array([-0.270845, -0.923039])
    assert float(s.f(*p)) == pytest.approx(181.617, abs=1e-3)
    assert np.all(np.linalg.eigvalsh(s.hessian(p)) < 0)


def test_valleys_has_one_global_and_one_local_minimum_in_separate_valleys() -> None:
    s = get_surface("valleys")
    (g,) = s.global_minima
    (loc,) = [m for m in s.minima if m.kind == "local"]
    assert g.x < 0 < loc.x and g.value < loc.value


def test_ravine_condition_number_is_its_parameter() -> None:
    for kappa in (4.0, 25.0, 100.0):
        s = get_surface(f"ravine:kappa={kappa}")
        eig = np.linalg.eigvalsh(s.hessian(np.array([0.3, -0.2])))
        assert eig[1] / eig[0] == pytest.approx(kappa)
    assert surface_parameters("ravine") == {"kappa": 25.0}


def test_vectorised_over_any_shape() -> None:
    s = get_surface("rosenbrock")
    p = np.random.default_rng(0).uniform(-1, 1, size=(3, 4, 5, 2))
    assert s.loss(p).shape == (3, 4, 5)
    assert s.gradient(p).shape == (3, 4, 5, 2)
    assert s.hessian(p).shape == (3, 4, 5, 2, 2)
    xs, ys, Z = s.grid(30, 20)
    assert Z.shape == (20, 30) and Z[0, 0] == pytest.approx(float(s.f(xs[0], ys[0])))


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("rosenbrok", "did you mean 'rosenbrock'"),
        ("ravine:kapa=3", "did you mean 'kappa'"),
        ("ravine:kappa=abc", "not a number; valid: kappa ≥ 1"),
        ("ravine:kappa=0.5", "kappa must be a number ≥ 1"),
        ("bowl:kappa=2", "its parameters: none"),
    ],
)
def test_bad_surface_specs_say_what_is_valid(spec: str, fragment: str) -> None:
    with pytest.raises(UnknownSurfaceError, match=fragment.replace("(", r"\(")):
        get_surface(spec)


def test_every_surface_parameter_has_a_valid_range_to_name() -> None:
    from landscape_gui.core.surfaces_teaching import PARAMETER_RANGES

    for name in NAMES:
        for key in surface_parameters(name):
            assert key in PARAMETER_RANGES.get(name, {}), (name, key)
            with pytest.raises(UnknownSurfaceError) as caught:
                get_surface(f"{name}:{key}=abc")
            assert f"valid: {PARAMETER_RANGES[name][key]}" in str(caught.value)


def test_all_surfaces_describe_as_json_ready() -> None:
    import json

    for s in all_surfaces():
        doc = json.loads(json.dumps(s.describe()))
        assert doc["name"] == s.name and len(doc["window"]) == 2


def _plain_newton(surface: Surface, points: np.ndarray, iterations: int) -> np.ndarray:
    """Newton's method on every point for every iteration: what newton_refine must equal."""
    p = np.array(points, dtype=np.float64)
    with np.errstate(all="ignore"):
        for _ in range(iterations):
            g = surface.gradient(p)
            H = surface.hessian(p)
            det = H[:, 0, 0] * H[:, 1, 1] - H[:, 0, 1] * H[:, 1, 0]
            dx = (H[:, 1, 1] * g[:, 0] - H[:, 0, 1] * g[:, 1]) / det
            dy = (H[:, 0, 0] * g[:, 1] - H[:, 1, 0] * g[:, 0]) / det
            p = p - np.stack([dx, dy], axis=-1)
        g = surface.gradient(p)
        tolerance = 1e-9 * max(surface.gradient_scale, 1.0)
        settled = np.all(np.isfinite(p), axis=1) & (np.hypot(g[:, 0], g[:, 1]) < tolerance)
    p[~settled] = np.nan
    return p


@pytest.mark.parametrize("name", ["levi13", "ackley", "goldstein-price", "six-hump-camel"])
def test_newton_refine_skips_settled_points_without_changing_a_bit(name: str) -> None:
    from landscape_gui.core.surface import newton_refine

    s = get_surface(name)
    (x0, x1), (y0, y1) = s.window
    rng = np.random.default_rng(7)
    seeds = np.stack([rng.uniform(x0, x1, 800), rng.uniform(y0, y1, 800)], axis=-1)
    seeds[0] = np.nan  # a point that is not finite stays NaN
    for iterations in (60, 9, 2, 1):
        np.testing.assert_array_equal(
            newton_refine(s, seeds, iterations), _plain_newton(s, seeds, iterations)
        )
