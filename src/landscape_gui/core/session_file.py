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

Reading checks every field and names the first wrong one (`runs[2].lr: expected a finite number,
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
from landscape_gui.core.messages import Message, error_message, message
from landscape_gui.core.schedules import Schedule, ScheduleError
from landscape_gui.core.session import RunSpec
from landscape_gui.core.surfaces import get_surface

FORMAT = "landscape-gui session"
VERSION = 1
SUFFIX = ".landscape.json"
MODES = ("contour", "3d", "both")


class SessionError(ValueError):
    """A session file that cannot be used; the message names the field and what was expected."""


def _at(where: str, problem: Message | str) -> SessionError:
    """`problem` (a message from the check that failed) in the field `where`."""
    return SessionError(message("{field}: {problem}", field=where, problem=problem))


def _in_file(target: Path | str, problem: Message | str) -> SessionError:
    return SessionError(message("{file}: {problem}", file=str(target), problem=problem))


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
        raise SessionError(
            message(
                "{field}: expected a finite number, got {got}", field=where, got=json.dumps(value)
            )
        )
    if low is not None and (value <= low if open_low else value < low):
        sign = ">" if open_low else "≥"
        raise SessionError(
            message(
                "{field}: expected a number {bound}, got {got}",
                field=where,
                bound=f"{sign} {low:g}",
                got=json.dumps(value),
            )
        )
    return float(value)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") cannot be saved again
        return False
    return True


def _whole(where: str, value: Any, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise SessionError(
            message(
                "{field}: expected a whole number ≥ {low}, got {got}",
                field=where,
                low=low,
                got=json.dumps(value),
            )
        )
    return value


def _pair(where: str, value: Any) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise SessionError(
            message("{field}: expected [x, y], got {got}", field=where, got=json.dumps(value))
        )
    return (_number(f"{where}[0]", value[0]), _number(f"{where}[1]", value[1]))


def _surface_spec(value: Any) -> str:
    if isinstance(value, str):
        spec = value
    elif isinstance(value, dict) and isinstance(value.get("expression"), str):
        window = value.get("window", [[-3, 3], [-3, 3]])
        if not isinstance(window, list) or len(window) != 2:
            raise _not_window("surface.window", window)
        (x0, x1), (y0, y1) = (
            _pair("surface.window[0]", window[0]),
            _pair("surface.window[1]", window[1]),
        )
        name = value.get("name", "")
        if not isinstance(name, str) or "#" in name:
            raise SessionError(
                message(
                    "{field}: expected text without '#', got {got}",
                    field="surface.name",
                    got=json.dumps(name),
                )
            )
        spec = f"expr:{x0!r},{x1!r},{y0!r},{y1!r}:{value['expression']}"
        if name:
            spec += f"#{name}"
    else:
        raise SessionError(
            message(
                "{field}: expected a surface name or {example}, got {got}",
                field="surface",
                example='{"expression": …}',
                got=json.dumps(value),
            )
        )
    try:
        get_surface(spec)
    except ValueError as error:
        raise _at("surface", error_message(error)) from None
    return spec


def _not_window(where: str, value: Any) -> SessionError:
    return SessionError(
        message(
            "{field}: expected [[x0, x1], [y0, y1]], got {got}", field=where, got=json.dumps(value)
        )
    )


def _not_object(where: str, value: Any) -> SessionError:
    return SessionError(
        message("{field}: expected an object, got {got}", field=where, got=json.dumps(value))
    )


def _missing(key: str) -> Message:
    return message("the field '{name}' is missing", name=key)


def _run(i: int, data: Any, surface: str) -> RunSpec:
    where = f"runs[{i}]"
    if not isinstance(data, dict):
        raise _not_object(where, data)
    for key in ("optimizer", "lr", "start"):
        if key not in data:
            raise _at(where, _missing(key))
    name = data.get("name", f"run {i + 1}")
    color = data.get("color", "#FFFFFF")
    if not isinstance(name, str) or not _encodable(name) or len(name) > 200:
        raise SessionError(
            message(
                "{field}: expected text of at most 200 characters, got {got}",
                field=f"{where}.name",
                got=json.dumps(name),
            )
        )
    if not isinstance(color, str) or not re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        raise SessionError(
            message(
                '{field}: expected a colour like "#D55E00", got {got}',
                field=f"{where}.color",
                got=json.dumps(color),
            )
        )
    hyper = data.get("hyper", {})
    if not isinstance(hyper, dict):
        raise _not_object(f"{where}.hyper", hyper)
    schedule_data = data.get("schedule", {"kind": "constant", "params": {}})
    if not isinstance(schedule_data, dict):
        raise _not_object(f"{where}.schedule", schedule_data)
    if not isinstance(schedule_data.get("params", {}), dict):
        raise _not_object(f"{where}.schedule.params", schedule_data["params"])
    try:
        schedule = Schedule(str(schedule_data.get("kind", "constant")),
                            dict(schedule_data.get("params", {})))  # fmt: skip
    except (ScheduleError, AttributeError, TypeError, ValueError) as error:
        raise _at(f"{where}.schedule", error_message(error)) from None
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
        raise _at(where, error_message(error)) from None
    return spec


def session_from_dict(data: Any) -> Session:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(
            message(
                "not a landscape-gui session file (the field 'format' should be \"{format}\")",
                format=FORMAT,
            )
        )
    version = _whole("version", data.get("version"), 1)
    if version > VERSION:
        raise SessionError(
            message(
                "this file was written by a newer landscape-gui (format version {version}); "
                "this version reads up to version {supported}",
                version=version,
                supported=VERSION,
            )
        )
    if "surface" not in data:
        raise SessionError(_missing("surface"))
    surface = _surface_spec(data["surface"])
    runs_data = data.get("runs")
    if not isinstance(runs_data, list):
        raise SessionError(
            message(
                "{field}: expected a list of runs, got {got}",
                field="runs",
                got=json.dumps(runs_data),
            )
        )
    runs = [_run(i, r, surface) for i, r in enumerate(runs_data)]
    view = data.get("view", {})
    if not isinstance(view, dict):
        raise _not_object("view", view)
    mode = view.get("mode", "contour")
    if mode not in MODES:
        raise SessionError(
            message(
                "{field}: expected one of {valid}, got {got}",
                field="view.mode",
                valid=", ".join(MODES),
                got=json.dumps(mode),
            )
        )
    view_range = view.get("range")
    if view_range is not None:
        if not isinstance(view_range, list) or len(view_range) != 2:
            raise _not_window("view.range", view_range)
        view_range = (_pair("view.range[0]", view_range[0]), _pair("view.range[1]",
                                                                  view_range[1]))  # fmt: skip
        for axis, (lo, hi) in zip("xy", view_range, strict=True):
            if not (lo < hi and abs(lo) <= 1e9 and abs(hi) <= 1e9):
                raise SessionError(
                    message(
                        "{field}: the {axis} range must be two numbers within ±1e9, the first "
                        "smaller (got {low} … {high})",
                        field="view.range",
                        axis=axis,
                        low=f"{lo:g}",
                        high=f"{hi:g}",
                    )
                )
    camera = view.get("camera")
    if camera is not None:
        if not isinstance(camera, dict):
            raise _not_object("view.camera", camera)
        for key in ("distance", "elevation", "azimuth"):
            _number(f"view.camera.{key}", camera.get(key))
        centre = camera.get("centre", [0, 0, 0])
        if not isinstance(centre, list) or len(centre) != 3:
            raise SessionError(
                message(
                    "{field}: expected [x, y, z], got {got}",
                    field="view.camera.centre",
                    got=json.dumps(centre),
                )
            )
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
        raise SessionError(message("{file}: no such file", file=str(target))) from None
    except IsADirectoryError:
        raise SessionError(
            message("{file} is a folder, not a session file", file=str(target))
        ) from None
    except UnicodeDecodeError:
        raise SessionError(
            message("{file} is not a text file (not a landscape-gui session)", file=str(target))
        ) from None
    except OSError as error:
        # the system's own words for the error
        raise _in_file(target, str(error.strerror or error)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        # error.msg is the json module's English ("Expecting value")
        raise SessionError(
            message(
                "{file} is damaged or not JSON: {detail} at line {line}, column {column}",
                file=str(target),
                detail=error.msg,
                line=error.lineno,
                column=error.colno,
            )
        ) from None
    except (ValueError, RecursionError):  # absurdly deep nesting or numbers of 4,300+ digits
        raise SessionError(
            message("{file} is not a landscape-gui session (it cannot be read)", file=str(target))
        ) from None
    try:
        return session_from_dict(data)
    except SessionError as error:
        raise _in_file(target.name, error_message(error)) from None
    except (ValueError, TypeError, OverflowError, RecursionError, AttributeError) as error:
        raise _in_file(
            target.name, message("a value cannot be used ({detail})", detail=error_message(error))
        ) from None
