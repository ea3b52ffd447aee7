"""`RunConfig`: everything that determines a run, validated once and immutable afterwards.

A changed setting makes a new config (`dataclasses.replace`) and a new run; nothing mutates a run
that is going."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from landscape_gui.core.messages import error_message, message
from landscape_gui.core.optimizer import HyperparameterError, HyperValue, Optimizer
from landscape_gui.core.optimizers import default_lr, get_optimizer
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surface import Surface

MAX_STEPS = 1_000_000


class ConfigError(ValueError):
    """A run setting that cannot be used; the message names it and what would be valid."""


@dataclass(frozen=True)
class RunConfig:
    """A run: surface + optimizer + hyperparameters + start + step count (+ noise, schedule, clip).

    `lr=None` takes the optimizer's teaching default for the surface; `hyper` holds overrides and
    is replaced by the full resolved set on construction.
    """

    surface: Surface
    optimizer: str
    lr: float | None = None
    hyper: Mapping[str, HyperValue] = field(default_factory=dict)
    start: tuple[float, float] | None = None
    steps: int = 200
    noise: float = 0.0
    seed: int = 0
    schedule: Schedule = field(default_factory=Schedule)
    clip: float | None = None

    def __post_init__(self) -> None:
        opt = get_optimizer(self.optimizer)
        set_ = object.__setattr__
        if self.lr is None:
            set_(self, "lr", default_lr(opt, self.surface))
        lr = self.lr
        if isinstance(lr, bool) or not isinstance(lr, int | float) or not math.isfinite(lr):
            raise ConfigError(
                message("learning rate must be a finite number > 0, not {got}", got=repr(lr))
            )
        if lr <= 0:
            raise ConfigError(message("learning rate must be > 0, not {got}", got=repr(lr)))
        set_(self, "lr", float(lr))
        try:
            set_(self, "hyper", opt.resolve(self.hyper))
        except HyperparameterError as error:
            raise ConfigError(error_message(error)) from None
        start = self.surface.start if self.start is None else self.start
        bad_start = message("start must be two finite numbers x,y, not {got}", got=repr(start))
        try:
            sx, sy = (float(v) for v in start)
        except (TypeError, ValueError):
            raise ConfigError(bad_start) from None
        if not (math.isfinite(sx) and math.isfinite(sy)):
            raise ConfigError(bad_start)
        set_(self, "start", (sx, sy))
        steps = self.steps
        if isinstance(steps, bool) or not isinstance(steps, int) or not 0 <= steps <= MAX_STEPS:
            raise ConfigError(message("steps must be a whole number from 0 to {limit}, not {got}",
                                      limit=MAX_STEPS, got=repr(steps)))  # fmt: skip
        if not (math.isfinite(self.noise) and self.noise >= 0):
            raise ConfigError(
                message("noise σ must be a finite number ≥ 0, not {got}", got=repr(self.noise))
            )
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ConfigError(
                message("seed must be a whole number ≥ 0, not {got}", got=repr(self.seed))
            )
        if self.clip is not None and not (math.isfinite(self.clip) and self.clip > 0):
            raise ConfigError(
                message("clip must be a finite number > 0, not {got}", got=repr(self.clip))
            )

    @property
    def opt(self) -> Optimizer:
        return get_optimizer(self.optimizer)

    @property
    def learning_rate(self) -> float:
        """The base learning rate (always set after construction)."""
        assert self.lr is not None
        return self.lr

    @property
    def start_point(self) -> tuple[float, float]:
        assert self.start is not None
        return self.start

    def describe(self) -> dict[str, Any]:
        """The settings as JSON-ready values (trace output, session files)."""
        return {
            "surface": {
                "name": self.surface.name,
                "title": self.surface.title,
                "formula": self.surface.formula_text,
                "params": dict(self.surface.params),
            },
            "optimizer": self.optimizer,
            "torch": self.opt.torch_name,
            "lr": self.learning_rate,
            "hyperparameters": dict(self.hyper),
            "schedule": self.schedule.describe(self.steps),
            "noise": self.noise,
            "seed": self.seed,
            "clip": self.clip,
            "start": list(self.start_point),
            "steps": self.steps,
        }
