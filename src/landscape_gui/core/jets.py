"""Second-order forward-mode differentiation in two variables.

A surface's formula is written once with the functions below; evaluated on numpy arrays it gives
the loss, evaluated on `Jet`s the exact (to rounding) gradient and Hessian, with no hand-derived
second derivatives to get wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import overload

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Scalar = float | Array


class Jet:
    """A value with its gradient (dx, dy) and Hessian (xx, xy, yy) with respect to (x, y)."""

    __slots__ = ("dx", "dxx", "dxy", "dy", "dyy", "v")

    def __init__(self, v: Array, dx: Array, dy: Array, dxx: Array, dxy: Array, dyy: Array) -> None:
        self.v, self.dx, self.dy, self.dxx, self.dxy, self.dyy = v, dx, dy, dxx, dxy, dyy

    @staticmethod
    def variables(x: Array, y: Array) -> tuple[Jet, Jet]:
        """The independent variables x and y as jets."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        zero, one = np.zeros_like(x), np.ones_like(x)
        return (
            Jet(x, one, zero, zero, zero, zero),
            Jet(y, zero, one, zero, zero, zero),
        )

    def _chain(self, f: Array, f1: Array, f2: Array) -> Jet:
        """φ(self) given φ, φ′ and φ″ evaluated at self.v."""
        return Jet(
            f,
            f1 * self.dx,
            f1 * self.dy,
            f2 * self.dx * self.dx + f1 * self.dxx,
            f2 * self.dx * self.dy + f1 * self.dxy,
            f2 * self.dy * self.dy + f1 * self.dyy,
        )

    def __add__(self, other: Jet | Scalar) -> Jet:
        if isinstance(other, Jet):
            return Jet(
                self.v + other.v,
                self.dx + other.dx,
                self.dy + other.dy,
                self.dxx + other.dxx,
                self.dxy + other.dxy,
                self.dyy + other.dyy,
            )
        return Jet(self.v + other, self.dx, self.dy, self.dxx, self.dxy, self.dyy)

    __radd__ = __add__

    def __neg__(self) -> Jet:
        return Jet(-self.v, -self.dx, -self.dy, -self.dxx, -self.dxy, -self.dyy)

    def __sub__(self, other: Jet | Scalar) -> Jet:
        return self + (-other)

    def __rsub__(self, other: Scalar) -> Jet:
        return (-self) + other

    def __mul__(self, other: Jet | Scalar) -> Jet:
        if isinstance(other, Jet):
            a, b = self, other
            return Jet(
                a.v * b.v,
                a.dx * b.v + a.v * b.dx,
                a.dy * b.v + a.v * b.dy,
                a.dxx * b.v + 2.0 * a.dx * b.dx + a.v * b.dxx,
                a.dxy * b.v + a.dx * b.dy + a.dy * b.dx + a.v * b.dxy,
                a.dyy * b.v + 2.0 * a.dy * b.dy + a.v * b.dyy,
            )
        return Jet(
            self.v * other,
            self.dx * other,
            self.dy * other,
            self.dxx * other,
            self.dxy * other,
            self.dyy * other,
        )

    __rmul__ = __mul__

    def reciprocal(self) -> Jet:
        """1 / self."""
        inv = 1.0 / self.v
        return self._chain(inv, -inv * inv, 2.0 * inv * inv * inv)

    def __truediv__(self, other: Jet | Scalar) -> Jet:
        if isinstance(other, Jet):
            return self * other.reciprocal()
        return self * (1.0 / other)

    def __rtruediv__(self, other: Scalar) -> Jet:
        return self.reciprocal() * other

    def __pow__(self, p: float) -> Jet:
        """self ** p for a constant exponent p (Jet exponents: write exp(b·log a))."""
        if p == 2:
            return self * self
        return self._chain(self.v**p, p * self.v ** (p - 1), p * (p - 1) * self.v ** (p - 2))

    def gradient(self) -> Array:
        """The gradient as an array of shape (..., 2)."""
        return np.stack(np.broadcast_arrays(self.dx, self.dy), axis=-1)

    def hessian(self) -> Array:
        """The Hessian as an array of shape (..., 2, 2)."""
        xx, xy, yy = np.broadcast_arrays(self.dxx, self.dxy, self.dyy)
        return np.stack([np.stack([xx, xy], -1), np.stack([xy, yy], -1)], -2)


Operand = Jet | Scalar


def _unary(
    name: str,
    f: Callable[[Array], Array],
    f1: Callable[[Array, Array], Array],
    f2: Callable[[Array, Array, Array], Array],
) -> Callable[[Operand], Operand]:
    """A function that works on arrays (plain numpy) and on jets (with derivatives)."""

    @overload
    def op(u: Jet) -> Jet: ...
    @overload
    def op(u: Scalar) -> Scalar: ...
    def op(u: Operand) -> Operand:
        if isinstance(u, Jet):
            v = f(u.v)
            d1 = f1(u.v, v)
            return u._chain(v, d1, f2(u.v, v, d1))
        return f(np.asarray(u, dtype=np.float64))

    op.__name__ = name
    return op


sin = _unary("sin", np.sin, lambda u, v: np.cos(u), lambda u, v, d1: -v)
cos = _unary("cos", np.cos, lambda u, v: -np.sin(u), lambda u, v, d1: -v)
exp = _unary("exp", np.exp, lambda u, v: v, lambda u, v, d1: v)
log = _unary("log", np.log, lambda u, v: 1.0 / u, lambda u, v, d1: -d1 * d1)
sqrt = _unary("sqrt", np.sqrt, lambda u, v: 0.5 / v, lambda u, v, d1: -0.5 * d1 / u)
tanh = _unary("tanh", np.tanh, lambda u, v: 1.0 - v * v, lambda u, v, d1: -2.0 * v * d1)


def hessian_of(formula: Callable[[Jet, Jet], Jet], x: Array, y: Array) -> Array:
    """Hessian of `formula` at (x, y), shape x.shape + (2, 2)."""
    jx, jy = Jet.variables(x, y)
    return formula(jx, jy).hessian()


def gradient_of(formula: Callable[[Jet, Jet], Jet], x: Array, y: Array) -> Array:
    """Gradient of `formula` at (x, y), shape x.shape + (2,)."""
    jx, jy = Jet.variables(x, y)
    return formula(jx, jy).gradient()
