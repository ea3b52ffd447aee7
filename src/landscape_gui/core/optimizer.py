"""What an optimizer is: named hyperparameters with defaults and limits, and a pair of pure
functions `init(params, hp) -> state` and `update(params, grad, state, lr, hp, hessian) ->
(new_params, state)` over positions of shape (N, 2), in the manner of optax."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from landscape_gui.core.messages import Message, message
from landscape_gui.core.names import suggest

Array = NDArray[np.float64]
HyperValue = float | bool
InitFn = Callable[[Array, Mapping[str, HyperValue]], Any]
UpdateFn = Callable[
    [Array, Array, Any, float, Mapping[str, HyperValue], Array | None], tuple[Array, Any]
]


class HyperparameterError(ValueError):
    """A hyperparameter that the optimizer does not take, or a value it cannot use."""


@dataclass(frozen=True)
class Hyper:
    """One hyperparameter: its torch name, default, the range torch accepts, and what it does."""

    name: str
    default: HyperValue
    doc: str
    kind: Literal["float", "bool"] = "float"
    low: float | None = 0.0
    high: float | None = None
    high_open: bool = False  # True: the value must stay strictly below `high` (betas < 1)

    def check(self, value: HyperValue) -> None:
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise HyperparameterError(self._not_bool(value))
            return
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise HyperparameterError(self._not_number(value))
        if not np.isfinite(value):
            raise HyperparameterError(
                message(
                    "{name} must be a finite number, not {got}", name=self.name, got=repr(value)
                )
            )
        too_low = self.low is not None and value < self.low
        too_high = self.high is not None and (
            value >= self.high if self.high_open else value > self.high
        )
        if too_low or too_high:
            # the range is a formula here ("0 ≤ beta1 < 1"): kind "float" with a bound
            raise HyperparameterError(
                message(
                    "{name} = {got} is out of range; valid: {valid}",
                    name=self.name,
                    got=repr(value),
                    valid=self.range_text(),
                )
            )

    def _not_bool(self, value: object) -> Message:
        return message("{name} must be true or false, not {got}", name=self.name, got=repr(value))

    def _not_number(self, value: object) -> Message:
        return message("{name} must be a number, not {got}", name=self.name, got=repr(value))

    def range_text(self) -> str:
        if self.kind == "bool":
            return "true or false"
        low = f"{self.low:g} ≤ " if self.low is not None else ""
        high = ""
        if self.high is not None:
            high = f" {'<' if self.high_open else '≤'} {self.high:g}"
        return f"{low}{self.name}{high}" if (low or high) else "any number"

    def parse(self, text: str) -> HyperValue:
        """The value written on a command line or in a form: 'true', '0.9', '1e-8'."""
        if self.kind == "bool":
            lowered = text.strip().lower()
            if lowered in ("true", "1", "yes", "on"):
                return True
            if lowered in ("false", "0", "no", "off"):
                return False
            raise HyperparameterError(self._not_bool(text))
        try:
            value = float(text)
        except ValueError:
            raise HyperparameterError(self._not_number(text)) from None
        self.check(value)
        return value


@dataclass(frozen=True)
class Optimizer:
    """An optimizer: its name, its hyperparameters and its init/update pair.

    `rule` is the update rule in plain text for people; `state_labels` names each state field
    for the step inspector (e.g. {'exp_avg': 'm (first moment)'}).
    """

    name: str
    title: str
    rule: str
    hypers: tuple[Hyper, ...]
    init: InitFn
    update: UpdateFn
    state_labels: Mapping[str, str] = field(default_factory=dict)
    needs_hessian: bool = False
    torch_name: str | None = None  # the torch.optim class it reproduces, if any
    cross_check: Callable[[Mapping[str, HyperValue]], None] | None = None

    @property
    def defaults(self) -> dict[str, HyperValue]:
        return {h.name: h.default for h in self.hypers}

    def hyper(self, name: str) -> Hyper:
        for h in self.hypers:
            if h.name == name:
                return h
        raise HyperparameterError(self.unknown_key_message(name))

    def unknown_key_message(self, key: str) -> Message:
        names = [h.name for h in self.hypers]
        suggestion = suggest(key, names)
        if key == "betas" and "beta1" in names:
            suggestion = message(" (set beta1 and beta2 separately)")
        if not names:
            return message(
                "optimizer '{optimizer}' has no hyperparameter '{name}'{suggestion}; "
                "it takes: none",
                optimizer=self.name,
                name=key,
                suggestion=suggestion,
            )
        return message(
            "optimizer '{optimizer}' has no hyperparameter '{name}'{suggestion}; it takes: {valid}",
            optimizer=self.name,
            name=key,
            suggestion=suggestion,
            valid=", ".join(names),
        )

    def resolve(self, overrides: Mapping[str, HyperValue] | None = None) -> dict[str, HyperValue]:
        """Defaults with `overrides` applied, every value checked."""
        values = self.defaults
        for key, given in (overrides or {}).items():
            h = self.hyper(key)
            # A whole number is a fine float value (`momentum=1`); True is not.
            plain_number = isinstance(given, int | float) and not isinstance(given, bool)
            value = float(given) if h.kind == "float" and plain_number else given
            h.check(value)
            values[key] = value
        if self.cross_check is not None:
            self.cross_check(values)
        return values


def weight_decay_hyper(default: float = 0.0) -> Hyper:
    return Hyper("weight_decay", default, "L2 penalty λ added to the gradient: g ← g + λθ.")


def eps_hyper(default: float, where: str) -> Hyper:
    return Hyper("eps", default, f"Small constant ε {where} to avoid division by zero.")


def lerp(start: Array, end: Array, weight: float) -> Array:
    """torch.lerp's formula: start + w·(end − start) for |w| < ½, else end − (end − start)·(1 − w).

    torch fuses the multiply-add where the CPU has FMA, so the last bit can differ.
    """
    if abs(weight) < 0.5:
        return start + weight * (end - start)
    return end - (end - start) * (1.0 - weight)
