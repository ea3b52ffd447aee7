"""What the app shows, without Qt: the surface and a list of named, coloured runs.

A `RunSpec` is a run as the user sees it (name, colour, visible) plus everything that determines
its numbers; `RunSpec.config(surface)` makes the immutable `RunConfig` the engine steps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from landscape_gui.core.config import RunConfig
from landscape_gui.core.messages import message
from landscape_gui.core.optimizer import HyperValue
from landscape_gui.core.optimizers import default_lr, get_optimizer
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surface import Surface

# Okabe–Ito colours (distinguishable with colour-blindness), ordered to stand out on viridis.
PALETTE = (
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#CC79A7",  # reddish purple
    "#009E73",  # bluish green
    "#E69F00",  # orange
    "#FFFFFF",  # white
    "#0072B2",  # blue
)


@dataclass(frozen=True)
class RunSpec:
    """One run in the app: how it is shown and what it computes."""

    name: str
    color: str
    optimizer: str
    lr: float
    hyper: Mapping[str, HyperValue] = field(default_factory=dict)
    start: tuple[float, float] = (0.0, 0.0)
    steps: int = 100
    noise: float = 0.0
    seed: int = 0
    schedule: Schedule = field(default_factory=Schedule)
    clip: float | None = None
    visible: bool = True
    # True while the user has not named the run: the name then follows its optimizer and rate.
    auto_name: bool = True

    def config(self, surface: Surface) -> RunConfig:
        """The engine's immutable config for this run on `surface` (validated)."""
        return RunConfig(
            surface=surface,
            optimizer=self.optimizer,
            lr=self.lr,
            hyper=dict(self.hyper),
            start=self.start,
            steps=self.steps,
            noise=self.noise,
            seed=self.seed,
            schedule=self.schedule,
            clip=self.clip,
        )

    def with_changes(self, **changes: object) -> RunSpec:
        spec = replace(self, **changes)  # type: ignore[arg-type]
        if "name" in changes:
            return replace(spec, auto_name=False)
        if spec.auto_name and {"optimizer", "lr"} & set(changes):
            return replace(spec, name=auto_name(spec.optimizer, spec.lr))
        return spec

    def renamed_for_new_surface(self) -> RunSpec:
        """Lesson names ('too large') may not hold on another surface: auto-named runs drop them."""
        return replace(self, name=auto_name(self.optimizer, self.lr)) if self.auto_name else self


def auto_name(optimizer: str, lr: float) -> str:
    """'adam η = 0.05': what a run is, when the user has not named it."""
    return f"{optimizer} η = {lr:g}"


def next_color(used: list[str]) -> str:
    """The first palette colour not in use (cycling when all are)."""
    for color in PALETTE:
        if color not in used:
            return color
    return PALETTE[len(used) % len(PALETTE)]


def parse_run_spec(
    text: str, index: int, surface: Surface, start: tuple[float, float], steps: int
) -> RunSpec:
    """'adam:0.05:beta1=0.8' → a RunSpec (colour from the palette by `index`).

    OPTIMIZER[:LR][:KEY=VALUE...]; without LR, the optimizer's teaching default for the surface."""
    name, *rest = text.strip().split(":")
    opt = get_optimizer(name.strip())
    lr = default_lr(opt, surface)
    hyper: dict[str, HyperValue] = {}
    for i, item in enumerate(rest):
        key, sep, value = item.partition("=")
        if not sep:
            if i != 0:
                raise ValueError(
                    message(
                        "run '{run}': '{item}' must be KEY=VALUE (the rate comes first)",
                        run=text,
                        item=item,
                    )
                )
            try:
                lr = float(item)
            except ValueError:
                raise ValueError(
                    message(
                        "run '{run}': learning rate '{item}' is not a number", run=text, item=item
                    )
                ) from None
            if not (lr > 0 and lr < float("inf")):
                raise ValueError(
                    message("run '{run}': the learning rate must be a finite number > 0", run=text)
                )
            continue
        hyper[key.strip()] = opt.hyper(key.strip()).parse(value)
    return RunSpec(
        name=auto_name(opt.name, lr),
        color=PALETTE[index % len(PALETTE)],
        optimizer=opt.name,
        lr=lr,
        hyper=hyper,
        start=start,
        steps=steps,
    )


def default_runs() -> tuple[str, list[RunSpec]]:
    """The first lesson: gradient descent on the bowl with a rate too small, about right and too
    large (L = 2, so rates above 2/L = 1 diverge)."""
    start = (-2.0, 4.0)
    runs = [
        RunSpec("η = 0.02 (too small)", PALETTE[1], "gd", 0.02, start=start, steps=100),
        RunSpec("η = 0.3 (about right)", PALETTE[4], "gd", 0.3, start=start, steps=100),
        RunSpec("η = 1.2 (too large)", PALETTE[0], "gd", 1.2, start=start, steps=100),
    ]
    return "bowl", runs
