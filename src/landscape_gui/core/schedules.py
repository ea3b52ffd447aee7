"""Learning-rate schedules in the closed forms of torch.optim.lr_scheduler.

Step k (0-based) uses the rate after k calls of `scheduler.step()`, as in the usual torch loop
`optimizer.step(); scheduler.step()`."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from landscape_gui.core.messages import Message, message
from landscape_gui.core.names import suggest

# kind → (torch class, {parameter: default}); None means "the run's step count".
SCHEDULES: dict[str, tuple[str, dict[str, float | None]]] = {
    "constant": ("(none)", {}),
    "step": ("StepLR", {"step_size": 100.0, "gamma": 0.1}),
    "exponential": ("ExponentialLR", {"gamma": 0.99}),
    "cosine": ("CosineAnnealingLR", {"t_max": None, "eta_min": 0.0}),
    "warmup": ("LinearLR", {"start_factor": 1.0 / 3.0, "end_factor": 1.0, "total_iters": 5.0}),
}

DESCRIPTIONS = {
    "constant": "γₖ = γ",
    "step": "γₖ = γ·gamma^⌊k / step_size⌋",
    "exponential": "γₖ = γ·gammaᵏ",
    "cosine": "γₖ = eta_min + (γ − eta_min)·(1 + cos(πk / t_max))/2",
    "warmup": "γₖ = γ·(start + (end − start)·min(k, total_iters)/total_iters)",
}


class ScheduleError(ValueError):
    """An unknown schedule or a parameter it cannot use."""


@dataclass(frozen=True)
class Schedule:
    """A learning-rate schedule: its kind and parameters (defaults filled in by `parse`)."""

    kind: str = "constant"
    params: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in SCHEDULES:
            raise ScheduleError(
                message(
                    "unknown schedule '{name}'{suggestion}; valid schedules: {valid}",
                    name=self.kind,
                    suggestion=suggest(self.kind, SCHEDULES),
                    valid=", ".join(SCHEDULES),
                )
            )
        allowed = SCHEDULES[self.kind][1]
        for key, value in self.params.items():
            if key not in allowed:
                fields: dict[str, str | Message] = {
                    "schedule": self.kind,
                    "name": key,
                    "suggestion": suggest(key, allowed),
                }
                if allowed:
                    raise ScheduleError(
                        message(
                            "schedule '{schedule}' has no parameter '{name}'{suggestion}; "
                            "its parameters: {valid}",
                            valid=", ".join(allowed),
                            **fields,
                        )
                    )
                raise ScheduleError(
                    message(
                        "schedule '{schedule}' has no parameter '{name}'{suggestion}; "
                        "its parameters: none",
                        **fields,
                    )
                )
            if not math.isfinite(value):
                raise ScheduleError(
                    message(
                        "schedule parameter {name} must be finite, not {got}",
                        name=key,
                        got=repr(value),
                    )
                )
        p = self.resolved(1)
        if self.kind == "step" and (p["step_size"] < 1 or p["step_size"] != int(p["step_size"])):
            raise ScheduleError(message("step_size must be a whole number ≥ 1"))
        if self.kind in ("step", "exponential") and not p["gamma"] > 0:
            raise ScheduleError(message("gamma must be > 0"))
        if self.kind == "cosine" and "t_max" in self.params and not self.params["t_max"] >= 1:
            raise ScheduleError(message("t_max must be ≥ 1"))
        if self.kind == "cosine" and not p["eta_min"] >= 0:
            raise ScheduleError(message("eta_min must be ≥ 0"))
        if self.kind == "warmup":
            if not (0 < p["start_factor"] <= 1 and 0 <= p["end_factor"] <= 1):
                raise ScheduleError(
                    message("warmup needs 0 < start_factor ≤ 1 and 0 ≤ end_factor ≤ 1")
                )
            if p["total_iters"] < 1 or p["total_iters"] != int(p["total_iters"]):
                raise ScheduleError(message("total_iters must be a whole number ≥ 1"))

    @staticmethod
    def parse(spec: str) -> Schedule:
        """'cosine:t_max=500:eta_min=0.001' → Schedule('cosine', {...})."""
        kind, *items = spec.strip().split(":")
        params: dict[str, float] = {}
        for item in items:
            key, sep, value = item.partition("=")
            if not sep:
                raise ScheduleError(
                    message("schedule parameter '{item}' must be KEY=VALUE", item=item)
                )
            try:
                params[key.strip()] = float(value)
            except ValueError:
                raise ScheduleError(
                    message(
                        "schedule parameter {name}={value} is not a number",
                        name=key.strip(),
                        value=repr(value),
                    )
                ) from None
        return Schedule(kind.strip(), params)

    def resolved(self, total_steps: int) -> dict[str, float]:
        """Every parameter with defaults filled in (t_max defaults to the run's step count)."""
        out: dict[str, float] = {}
        for key, default in SCHEDULES[self.kind][1].items():
            value = self.params.get(key, default)
            out[key] = float(max(total_steps, 1) if value is None else value)
        return out

    def lr_at(self, base_lr: float, k: int, total_steps: int) -> float:
        """The learning rate used by step k (0-based)."""
        if self.kind == "constant":
            return base_lr
        p = self.resolved(total_steps)
        if self.kind == "step":
            return base_lr * p["gamma"] ** (k // int(p["step_size"]))
        if self.kind == "exponential":
            return base_lr * p["gamma"] ** k
        if self.kind == "cosine":
            eta_min = p["eta_min"]
            return eta_min + (base_lr - eta_min) * (1 + math.cos(math.pi * k / p["t_max"])) / 2
        # warmup (LinearLR)
        total = p["total_iters"]
        factor = p["start_factor"] + (p["end_factor"] - p["start_factor"]) * min(k, total) / total
        return base_lr * factor

    def describe(self, total_steps: int) -> dict[str, object]:
        return {
            "kind": self.kind,
            "torch": SCHEDULES[self.kind][0],
            "rule": DESCRIPTIONS[self.kind],
            **self.resolved(total_steps),
        }

    def spec(self) -> str:
        """The text form `parse` reads back."""
        return ":".join([self.kind, *(f"{k}={v!r}" for k, v in self.params.items())])
