"""Session files (`*.landscape.json`): everything on screen, as versioned, readable JSON.

Format version 1:

    {
      "format": "landscape-gui session",
      "version": 1,
      "surface": "ravine:kappa=25.0"                (a built-in, with its parameters)
               | {"expression": "x^2 + y^2", "window": [[-3, 3], [-3, 3]],
                  "name": "my bowl"},                 (a typed one; the name is optional)
      "view": {"log_scale": false, "mode": "contour" | "3d" | "both",
               "range": [[x0, x1], [y0, y1]] | null,
               "camera": {"distance": 17.5, "elevation": 48, "azimuth": -70,
                          "centre": [0, 0, 1.65]} | null},         (the 3-D view's camera)
      "step": 12,                                   (the step on screen)
      "selected": 0,                                (the selected run)
      "runs": [{"name": "…", "color": "#D55E00", "optimizer": "adam", "lr": 0.05,
                "hyper": {"beta1": 0.8}, "start": [-1.2, 1.0], "steps": 200, "noise": 0.0,
                "seed": 0, "schedule": {"kind": "cosine", "params": {"t_max": 200}},
                "clip": null, "visible": true, "auto_name": true}, …]
    }

Reading checks every field and names the first wrong one (`runs[2].lr: expected a number > 0,
got "fast"`); a file from a newer version is refused with both versions named. Writing is atomic.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from landscape_gui.core.config import ConfigError
from landscape_gui.core.files import atomic_write_text
from landscape_gui.core.schedules import Schedule, ScheduleError
from landscape_gui.core.session import RunSpec
from landscape_gui.core.surfaces import get_surface

FORMAT = "landscape-gui session"
VERSION = 1
SUFFIX = ".landscape.json"
MODES = ("contour", "3d", "both")


class SessionError(ValueError):
    """A session file that cannot be used; the message names the field and what was expected."""


@dataclass
class Session:
    surface: str  # a surface spec: 'rosenbrock', 'ravine:kappa=25.0' or 'expr:…'
    runs: list[RunSpec]
    selected: int = 0
    step: int = 0
    log_scale: bool = False
    mode: str = "contour"
    view_range: tuple[tuple[float, float], tuple[float, float]] | None = None
    # the 3-D camera: distance, elevation, azimuth (degrees) and centre [x, y, z]
    camera: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# --- writing --------------------------------------------------------------------------------
def _surface_json(spec: str) -> Any:
    if spec.startswith("expr:"):
        surface = get_surface(spec)
        (x0, x1), (y0, y1) = surface.window
        doc: dict[str, Any] = {"expression": surface.expression, "window": [[x0, x1], [y0, y1]]}
        if surface.title != f"f(x, y) = {surface.expression}":
            doc["name"] = surface.title
        return doc
    return spec


def session_to_dict(session: Session) -> dict[str, Any]:
    runs = []
    for spec in session.runs:
        run = asdict(spec)
        run["start"] = list(spec.start)
        run["hyper"] = dict(spec.hyper)
        run["schedule"] = {"kind": spec.schedule.kind, "params": dict(spec.schedule.params)}
        runs.append(run)
    return {
        "format": FORMAT,
        "version": VERSION,
        "surface": _surface_json(session.surface),
        "view": {
            "log_scale": session.log_scale,
            "mode": session.mode,
            "range": [list(r) for r in session.view_range] if session.view_range else None,
            "camera": session.camera,
        },
        "step": session.step,
        "selected": session.selected,
        "runs": runs,
    }


def save_session(path: str | Path, session: Session) -> None:
    text = json.dumps(session_to_dict(session), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path, text)


# --- reading --------------------------------------------------------------------------------
def _number(where: str, value: Any, low: float | None = None, open_low: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SessionError(f"{where}: expected a finite number, got {json.dumps(value)}")
    if low is not None and (value <= low if open_low else value < low):
        sign = ">" if open_low else "≥"
        raise SessionError(f"{where}: expected a number {sign} {low:g}, got {json.dumps(value)}")
    return float(value)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") cannot be saved again
        return False
    return True


def _whole(where: str, value: Any, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise SessionError(f"{where}: expected a whole number ≥ {low}, got {json.dumps(value)}")
    return value


def _pair(where: str, value: Any) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise SessionError(f"{where}: expected [x, y], got {json.dumps(value)}")
    return (_number(f"{where}[0]", value[0]), _number(f"{where}[1]", value[1]))


def _surface_spec(value: Any) -> str:
    if isinstance(value, str):
        spec = value
    elif isinstance(value, dict) and isinstance(value.get("expression"), str):
        window = value.get("window", [[-3, 3], [-3, 3]])
        if not isinstance(window, list) or len(window) != 2:
            raise SessionError(f"surface.window: expected [[x0, x1], [y0, y1]], got "
                               f"{json.dumps(window)}")  # fmt: skip
        (x0, x1), (y0, y1) = (
            _pair("surface.window[0]", window[0]),
            _pair("surface.window[1]", window[1]),
        )
        name = value.get("name", "")
        if not isinstance(name, str) or "#" in name:
            raise SessionError(f"surface.name: expected text without '#', got {json.dumps(name)}")
        spec = f"expr:{x0!r},{x1!r},{y0!r},{y1!r}:{value['expression']}"
        if name:
            spec += f"#{name}"
    else:
        raise SessionError(
            f'surface: expected a surface name or {{"expression": …}}, got {json.dumps(value)}'
        )
    try:
        get_surface(spec)
    except ValueError as error:
        raise SessionError(f"surface: {error}") from None
    return spec


def _run(i: int, data: Any, surface: str) -> RunSpec:
    where = f"runs[{i}]"
    if not isinstance(data, dict):
        raise SessionError(f"{where}: expected an object, got {json.dumps(data)}")
    for key in ("optimizer", "lr", "start"):
        if key not in data:
            raise SessionError(f"{where}: the field '{key}' is missing")
    name = data.get("name", f"run {i + 1}")
    color = data.get("color", "#FFFFFF")
    if not isinstance(name, str) or not _encodable(name) or len(name) > 200:
        raise SessionError(f"{where}.name: expected text of at most 200 characters, got "
                           f"{json.dumps(name)}")  # fmt: skip
    if not isinstance(color, str) or not re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        raise SessionError(f"{where}.color: expected a colour like \"#D55E00\", got "
                           f"{json.dumps(color)}")  # fmt: skip
    hyper = data.get("hyper", {})
    if not isinstance(hyper, dict):
        raise SessionError(f"{where}.hyper: expected an object, got {json.dumps(hyper)}")
    schedule_data = data.get("schedule", {"kind": "constant", "params": {}})
    try:
        schedule = Schedule(str(schedule_data.get("kind", "constant")),
                            dict(schedule_data.get("params", {})))  # fmt: skip
    except (ScheduleError, AttributeError, TypeError, ValueError) as error:
        raise SessionError(f"{where}.schedule: {error}") from None
    clip = data.get("clip")
    spec = RunSpec(
        name=name,
        color=color,
        optimizer=str(data["optimizer"]),
        lr=_number(f"{where}.lr", data["lr"], 0.0, open_low=True),
        hyper=dict(hyper),
        start=_pair(f"{where}.start", data["start"]),
        steps=_whole(f"{where}.steps", data.get("steps", 100), 1),
        noise=_number(f"{where}.noise", data.get("noise", 0.0), 0.0),
        seed=_whole(f"{where}.seed", data.get("seed", 0)),
        schedule=schedule,
        clip=None if clip is None else _number(f"{where}.clip", clip, 0.0, open_low=True),
        visible=bool(data.get("visible", True)),
        auto_name=bool(data.get("auto_name", False)),
    )
    try:
        spec.config(get_surface(surface))  # every setting checked as the app would
    except (ConfigError, ValueError) as error:
        raise SessionError(f"{where}: {error}") from None
    return spec


def session_from_dict(data: Any) -> Session:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError("not a landscape-gui session file (the field 'format' should be "
                           f"\"{FORMAT}\")")  # fmt: skip
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionError(f"version: expected a whole number ≥ 1, got {json.dumps(version)}")
    if version > VERSION:
        raise SessionError(f"this file was written by a newer landscape-gui (format version "
                           f"{version}); this version reads up to version {VERSION}")  # fmt: skip
    if "surface" not in data:
        raise SessionError("the field 'surface' is missing")
    surface = _surface_spec(data["surface"])
    runs_data = data.get("runs")
    if not isinstance(runs_data, list):
        raise SessionError(f"runs: expected a list of runs, got {json.dumps(runs_data)}")
    runs = [_run(i, r, surface) for i, r in enumerate(runs_data)]
    view = data.get("view", {})
    if not isinstance(view, dict):
        raise SessionError(f"view: expected an object, got {json.dumps(view)}")
    mode = view.get("mode", "contour")
    if mode not in MODES:
        raise SessionError(f"view.mode: expected one of {', '.join(MODES)}, got {json.dumps(mode)}")
    view_range = view.get("range")
    if view_range is not None:
        if not isinstance(view_range, list) or len(view_range) != 2:
            raise SessionError(f"view.range: expected [[x0, x1], [y0, y1]], got "
                               f"{json.dumps(view_range)}")  # fmt: skip
        view_range = (_pair("view.range[0]", view_range[0]), _pair("view.range[1]",
                                                                  view_range[1]))  # fmt: skip
        for axis, (lo, hi) in zip("xy", view_range, strict=True):
            if not (lo < hi and abs(lo) <= 1e9 and abs(hi) <= 1e9):
                message = f"the {axis} range must be two numbers within ±1e9, the first smaller"
                raise SessionError(f"view.range: {message} (got {lo:g} … {hi:g})")
    camera = view.get("camera")
    if camera is not None:
        if not isinstance(camera, dict):
            raise SessionError(f"view.camera: expected an object, got {json.dumps(camera)}")
        for key in ("distance", "elevation", "azimuth"):
            _number(f"view.camera.{key}", camera.get(key))
        centre = camera.get("centre", [0, 0, 0])
        if not isinstance(centre, list) or len(centre) != 3:
            raise SessionError(f"view.camera.centre: expected [x, y, z], got {json.dumps(centre)}")
        for i, v in enumerate(centre):
            _number(f"view.camera.centre[{i}]", v)
    selected = _whole("selected", data.get("selected", 0))
    return Session(
        surface=surface,
        runs=runs,
        selected=min(selected, max(len(runs) - 1, 0)),
        step=_whole("step", data.get("step", 0)),
        log_scale=bool(view.get("log_scale", False)),
        mode=mode,
        view_range=view_range,
        camera=camera,
    )


def load_session(path: str | Path) -> Session:
    """Read a session file; SessionError says what is wrong with it, naming the field."""
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessionError(f"{target}: no such file") from None
    except IsADirectoryError:
        raise SessionError(f"{target} is a folder, not a session file") from None
    except UnicodeDecodeError:
        raise SessionError(f"{target} is not a text file (not a landscape-gui session)") from None
    except OSError as error:
        raise SessionError(f"{target}: {error.strerror or error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SessionError(f"{target} is damaged or not JSON: {error.msg} at line {error.lineno}, "
                           f"column {error.colno}") from None  # fmt: skip
    except (ValueError, RecursionError):  # absurdly deep nesting or numbers of 4,300+ digits
        raise SessionError(f"{target} is not a landscape-gui session (it cannot be read)") from None
    try:
        return session_from_dict(data)
    except SessionError as error:
        raise SessionError(f"{target.name}: {error}") from None
    except (ValueError, TypeError, OverflowError, RecursionError, AttributeError) as error:
        raise SessionError(f"{target.name}: a value cannot be used ({error})") from None
