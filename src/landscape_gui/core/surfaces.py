"""The registry of built-in surfaces, looked up by slug, with parameters as `name:key=value`."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cache

from landscape_gui.core.messages import error_message, message
from landscape_gui.core.names import suggest
from landscape_gui.core.surface import Surface
from landscape_gui.core.surfaces_standard import STANDARD
from landscape_gui.core.surfaces_teaching import PARAMETER_RANGES, TEACHING

_FACTORIES: dict[str, Callable[..., Surface]] = {}
for _factory in (*TEACHING, *STANDARD):
    _FACTORIES[_factory().name] = _factory


class UnknownSurfaceError(ValueError):
    """A surface name or parameter that does not exist; the message suggests valid ones."""


def surface_names() -> list[str]:
    """Every built-in surface's slug, teaching surfaces first."""
    return list(_FACTORIES)


def surface_parameters(name: str) -> dict[str, float]:
    """The parameters a surface takes, with their defaults (e.g. ravine: kappa = 25)."""
    signature = inspect.signature(_factory_for(name))
    return {p.name: float(p.default) for p in signature.parameters.values()}


def _factory_for(name: str) -> Callable[..., Surface]:
    try:
        return _FACTORIES[name]
    except KeyError:
        raise UnknownSurfaceError(
            message(
                "unknown surface '{name}'{suggestion}; valid surfaces: {valid}",
                name=name,
                suggestion=suggest(name, _FACTORIES),
                valid=", ".join(_FACTORIES),
            )
        ) from None


def parse_surface_spec(spec: str) -> tuple[str, dict[str, float]]:
    """'ravine:kappa=100' → ('ravine', {'kappa': 100.0})."""
    name, *assignments = spec.strip().split(":")
    valid = surface_parameters(name.strip())
    params: dict[str, float] = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep:
            raise UnknownSurfaceError(
                message("surface parameter '{item}' must be KEY=VALUE", item=item)
            )
        if key not in valid:
            if valid:
                no_such = message(
                    "surface '{surface}' has no parameter '{name}'{suggestion}; "
                    "its parameters: {valid}",
                    surface=name,
                    name=key,
                    suggestion=suggest(key, valid),
                    valid=", ".join(valid),
                )
            else:
                no_such = message(
                    "surface '{surface}' has no parameter '{name}'{suggestion}; "
                    "its parameters: none",
                    surface=name,
                    name=key,
                    suggestion=suggest(key, valid),
                )
            raise UnknownSurfaceError(no_such)
        try:
            params[key] = float(value)
        except ValueError:
            valid_range = PARAMETER_RANGES.get(name.strip(), {}).get(key)
            if valid_range is None:
                not_a_number = message(
                    "surface parameter {name}={value} is not a number", name=key, value=repr(value)
                )
            else:
                not_a_number = message(
                    "surface parameter {name}={value} is not a number; "
                    "valid: {valid} (default {default})",
                    name=key,
                    value=repr(value),
                    valid=valid_range,
                    default=f"{valid[key]:g}",
                )
            raise UnknownSurfaceError(not_a_number) from None
    return name.strip(), params


def get_surface(spec: str, **params: float) -> Surface:
    """The built-in surface for `spec` ('rosenbrock', 'ravine:kappa=100'), parameters overriding;
    'expr:…' is a typed-in function (see custom_surface)."""
    if spec.startswith("expr:"):
        try:
            return _custom(spec)
        except ValueError as error:
            raise UnknownSurfaceError(error_message(error)) from None
    name, parsed = parse_surface_spec(spec)
    parsed.update(params)
    try:
        return _build(name, tuple(sorted(parsed.items())))
    except ValueError as error:
        raise UnknownSurfaceError(error_message(error)) from None


@cache
def _build(name: str, params: tuple[tuple[str, float], ...]) -> Surface:
    """Surfaces are immutable, so each (name, parameters) is built once and its minima cached."""
    return _FACTORIES[name](**dict(params))


@cache
def _custom(spec: str) -> Surface:
    from landscape_gui.core.custom_surface import surface_from_spec  # noqa: PLC0415 (sympy)

    return surface_from_spec(spec)


def all_surfaces() -> list[Surface]:
    """Every built-in surface with its default parameters."""
    return [get_surface(name) for name in _FACTORIES]
