"""The app's model: the surface, the runs (spec + live engine run), the selection.

Views listen to its signals; the worker thread steps its runs. A changed setting replaces the
affected `Run` with a new one from a new immutable config; a run being stepped is never mutated
from the UI."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from landscape_gui.core.config import ConfigError
from landscape_gui.core.optimizers import default_lr
from landscape_gui.core.outcomes import Outcome, classify
from landscape_gui.core.remote import MirrorRun
from landscape_gui.core.session import RunSpec, auto_name, default_runs, next_color
from landscape_gui.core.surface import Surface
from landscape_gui.core.surfaces import get_surface
from landscape_gui.ui import i18n

# Settings that change what a run computes (others only change how it is shown).
COMPUTED = {"optimizer", "lr", "hyper", "start", "steps", "noise", "seed", "schedule", "clip"}
_ids = itertools.count(1)


@dataclass(eq=False)
class LiveRun:
    """A run as shown: its spec, the mirror of its engine run (None if the spec is invalid; the
    compute process fills it), and the lock the worker holds while adding rows to it."""

    spec: RunSpec
    run: MirrorRun | None
    error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)
    id: int = field(default_factory=lambda: next(_ids))
    _outcome: tuple[tuple[int, int, bool], Outcome] | None = field(default=None, repr=False)

    @property
    def ready(self) -> int:
        """Rows that are final (loss evaluated): safe to draw without the lock."""
        return self.run.loss_rows if self.run is not None else 0

    def outcome(self, step: int) -> Outcome | None:
        """The outcome as it stands at `step` (computed once per step shown)."""
        run = self.run
        if run is None or self.ready == 0:
            return None
        shown = min(step, self.ready - 1)
        key = (shown, self.ready, run.finished)
        if self._outcome is None or self._outcome[0] != key:
            with self.lock:
                self._outcome = (key, classify(run, upto=shown))
        return self._outcome[1]


def make_live(spec: RunSpec, surface: Surface) -> LiveRun:
    try:
        return LiveRun(spec, MirrorRun(spec.config(surface)))
    except (ConfigError, ValueError) as error:
        return LiveRun(spec, None, i18n.error_text(error))


# What Add puts in the race next: the optimizers people compare first, then the rest.
ADD_ORDER = ("adam", "momentum", "gd", "nesterov", "rmsprop", "adagrad", "adamw", "nadam",
             "adamax", "adadelta", "newton")  # fmt: skip


class RunsModel(QObject):
    """The surface and the runs on it."""

    surfaceChanged = Signal()
    runsChanged = Signal()  # added, removed, renamed, recoloured, shown/hidden
    runRecomputed = Signal(int)  # run i has a new engine run (from step 0)
    selectionChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        name, specs = default_runs()
        self.surface: Surface = get_surface(name)
        self.runs: list[LiveRun] = [make_live(s, self.surface) for s in i18n.lesson_runs(specs)]
        self.selected = 0

    # --- reading ------------------------------------------------------------------------------
    @property
    def max_steps(self) -> int:
        return max((lr.spec.steps for lr in self.runs), default=0)

    @property
    def selected_run(self) -> LiveRun | None:
        return self.runs[self.selected] if 0 <= self.selected < len(self.runs) else None

    # --- changing ------------------------------------------------------------------------------
    def _set_runs(self, runs: list[LiveRun]) -> None:
        self.runs = runs

    def reset(self, surface_spec: str, specs: list[RunSpec]) -> None:
        """Replace everything (reset to defaults, a lesson, a session)."""
        self.surface = get_surface(surface_spec)
        self._set_runs([make_live(s, self.surface) for s in specs])
        self.selected = 0 if specs else -1
        self.surfaceChanged.emit()
        self.runsChanged.emit()
        self.selectionChanged.emit(self.selected)

    def set_surface(self, spec: str, keep_starts: bool = False) -> None:
        """A new surface: every run restarts from the new surface's start point (or from its own,
        when only a parameter of the same surface changed)."""
        surface = get_surface(spec)
        self.surface = surface
        if keep_starts:
            moved = [lr.spec for lr in self.runs]
        else:
            moved = [lr.spec.with_changes(start=surface.start).renamed_for_new_surface()
                     for lr in self.runs]  # fmt: skip
        self._set_runs([make_live(spec, surface) for spec in moved])
        self.surfaceChanged.emit()
        for i in range(len(self.runs)):
            self.runRecomputed.emit(i)

    def update_run(self, index: int, **changes: object) -> None:
        """Change run `index`; settings that change its numbers recompute it from the start."""
        live = self.runs[index]
        spec = live.spec.with_changes(**changes)
        if COMPUTED & set(changes):
            runs = list(self.runs)
            runs[index] = make_live(spec, self.surface)
            self._set_runs(runs)
            self.runRecomputed.emit(index)
        else:
            live.spec = spec
        self.runsChanged.emit()

    def set_start(self, point: tuple[float, float], every: bool = False) -> None:
        """Start the selected run (or every run) at `point`."""
        targets = range(len(self.runs)) if every else [self.selected]
        runs = list(self.runs)
        for i in targets:
            if 0 <= i < len(runs):
                runs[i] = make_live(runs[i].spec.with_changes(start=point), self.surface)
        self._set_runs(runs)
        for i in targets:
            self.runRecomputed.emit(i)
        self.runsChanged.emit()

    def add_run(self, spec: RunSpec | None = None) -> int:
        if spec is None:
            base = self.selected_run.spec if self.selected_run else None
            color = next_color([lr.spec.color for lr in self.runs])
            # Another contender for the race: the first optimizer not yet running (Duplicate
            # is there for a copy).
            running = {lr.spec.optimizer for lr in self.runs}
            optimizer = next((o for o in ADD_ORDER if o not in running), ADD_ORDER[0])
            lr = default_lr(optimizer, self.surface)
            spec = RunSpec(
                name=auto_name(optimizer, lr),
                color=color,
                optimizer=optimizer,
                lr=lr,
                start=base.start if base else self.surface.start,
                steps=base.steps if base else 100,
            )
        self._set_runs([*self.runs, make_live(spec, self.surface)])
        self.selected = len(self.runs) - 1
        self.runsChanged.emit()
        self.runRecomputed.emit(self.selected)
        self.selectionChanged.emit(self.selected)
        return self.selected

    def duplicate_run(self, index: int) -> int:
        spec = self.runs[index].spec
        color = next_color([lr.spec.color for lr in self.runs])
        name = self.tr("%1 (copy)").replace("%1", spec.name)
        return self.add_run(spec.with_changes(name=name, color=color))

    def remove_run(self, index: int) -> None:
        if not 0 <= index < len(self.runs):
            return
        runs = list(self.runs)
        del runs[index]
        self._set_runs(runs)
        self.selected = min(self.selected, len(runs) - 1)
        self.runsChanged.emit()
        self.selectionChanged.emit(self.selected)

    def select(self, index: int) -> None:
        if index != self.selected and -1 <= index < len(self.runs):
            self.selected = index
            self.selectionChanged.emit(index)
