"""A typed-in loss function as a `Surface` like the built-ins: exact derivatives from sympy,
minima found numerically (Newton's method from a grid over the window), holes where undefined."""

from __future__ import annotations

import math

from landscape_gui.core.expressions import ExpressionError, parse_expression
from landscape_gui.core.messages import message
from landscape_gui.core.surface import Surface, Window, minima

DEFAULT_WINDOW: Window = ((-3.0, 3.0), (-3.0, 3.0))


def custom_surface(text: str, window: Window | None = None, title: str = "") -> Surface:
    """The surface of f(x, y) = `text` over `window`, called `title` if given; ExpressionError
    names what is wrong."""
    title = title.strip()
    if "#" in title or len(title) > 80:
        raise ExpressionError(message("the name may not contain '#' and is at most 80 characters"))
    (x0, x1), (y0, y1) = window or DEFAULT_WINDOW
    for a, b, axis in ((x0, x1, "x"), (y0, y1, "y")):
        if not (math.isfinite(a) and math.isfinite(b) and a < b):
            raise ExpressionError(message("the {axis} range must be two finite numbers, the first "
                                          "the smaller (got {low} … {high})",
                                          axis=axis, low=f"{a:g}", high=f"{b:g}"))  # fmt: skip
    parsed = parse_expression(text)
    return Surface(
        name="custom",
        title=title or f"f(x, y) = {parsed.text}",
        formula_text=parsed.text,
        description=(
            "Your own function. Its derivatives are exact (symbolic); its minima were found "
            "numerically, by Newton's method from a grid over the window."
        ),
        formula=parsed.f,
        gradient_xy=parsed.gradient,
        hessian_xy=parsed.hessian,
        window=((x0, x1), (y0, y1)),
        start=(x0 + 0.8 * (x1 - x0), y0 + 0.8 * (y1 - y0)),
        minima_fn=minima(grid=25, numerical=True),
        expression=parsed.text,
        gradient_text=parsed.gradient_text,
    )


def surface_from_spec(spec: str) -> Surface:
    """'expr:X0,X1,Y0,Y1:FORMULA[#NAME]' (the form `Surface.spec` writes) or 'expr:FORMULA'."""
    body, _, title = spec[len("expr:") :].partition("#")
    head, sep, rest = body.partition(":")
    if sep:
        try:
            x0, x1, y0, y1 = (float(v) for v in head.split(","))
        except ValueError:
            return custom_surface(body, title=title)
        return custom_surface(rest, ((x0, x1), (y0, y1)), title)
    return custom_surface(body, title=title)
