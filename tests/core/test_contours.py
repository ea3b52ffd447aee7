"""Marching squares: every segment lies on its level, circles come out round, holes are skipped."""

from __future__ import annotations

import numpy as np

from landscape_gui.core.contours import contour_lines, contour_segments
from landscape_gui.core.surfaces import get_surface


def test_circle_level_sets_of_the_bowl() -> None:
    xs = np.linspace(-3, 7, 201)
    ys = np.linspace(-4, 6, 201)
    X, Y = np.meshgrid(xs, ys)
    z = (X - 2) ** 2 + (Y - 1) ** 2
    for level in (1.0, 4.0, 9.0):
        segs = contour_segments(xs, ys, z, level)
        r = np.hypot(segs[..., 0] - 2, segs[..., 1] - 1)
        np.testing.assert_allclose(r, np.sqrt(level), atol=2e-3)  # linear interpolation
        # A closed curve: total length ≈ circumference.
        length = np.sum(np.hypot(*(segs[:, 1] - segs[:, 0]).T))
        assert abs(length - 2 * np.pi * np.sqrt(level)) < 0.01 * 2 * np.pi * np.sqrt(level)


def test_segments_lie_on_the_level_of_a_real_surface() -> None:
    s = get_surface("himmelblau")
    xs, ys, z = s.grid(150)
    for level in (10.0, 50.0, 150.0):
        segs = contour_segments(xs, ys, z, level)
        assert len(segs) > 50
        values = s.f(segs[..., 0], segs[..., 1])
        # Within the interpolation error of a 150² grid on values up to ~900.
        assert np.max(np.abs(values - level)) < 0.02 * level + 2.0


def test_saddle_cells_and_holes() -> None:
    xs = ys = np.array([0.0, 1.0])
    z = np.array([[1.0, -1.0], [-1.0, 1.0]])  # a saddle cell: a, c above 0; b, d below
    assert contour_segments(xs, ys, z, 0.0).shape == (2, 2, 2)
    z_hole = np.array([[1.0, np.nan], [-1.0, 1.0]])
    assert contour_segments(xs, ys, z_hole, 0.0).shape == (0, 2, 2)
    x, y = contour_lines(xs, ys, z, np.array([0.0, 0.5]))
    assert len(x) == len(y) and len(x) % 2 == 0
