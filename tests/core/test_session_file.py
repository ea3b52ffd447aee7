"""Session files: save → open gives the same session; every damaged-file case is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from landscape_gui.core.schedules import Schedule
from landscape_gui.core.session import RunSpec, default_runs
from landscape_gui.core.session_file import (
    FORMAT,
    Session,
    SessionError,
    load_session,
    save_session,
    session_to_dict,
)


def sample() -> Session:
    _, runs = default_runs()
    hyper = {"beta1": 0.8, "amsgrad": True}
    cosine = Schedule.parse("cosine:t_max=300")
    runs.append(RunSpec("adam with cosine", "#CC79A7", "adam", 0.05, hyper, (1.5, -2.0), 300,
                        0.1, 7, cosine, 2.0, visible=False, auto_name=False))  # fmt: skip
    return Session("ravine:kappa=40.0", runs, selected=3, step=17, log_scale=True, mode="both",
                   view_range=((-5.0, 5.0), (-2.0, 2.0)))  # fmt: skip


def test_save_then_open_gives_the_same_session(tmp_path: Path) -> None:
    path = tmp_path / "lesson.landscape.json"
    save_session(path, sample())
    assert load_session(path) == sample()
    doc = json.loads(path.read_text())
    assert doc["format"] == FORMAT and doc["version"] == 1 and doc["runs"][3]["lr"] == 0.05


def test_a_typed_function_is_stored_readably_and_reopens(tmp_path: Path) -> None:
    spec = "expr:-2.0,2.0,-1.0,3.0:(1 - x)^2 + 100*(y - x^2)^2"
    _, runs = default_runs()
    path = tmp_path / "custom.landscape.json"
    save_session(path, Session(spec, runs))
    doc = json.loads(path.read_text())
    assert doc["surface"] == {"expression": "(1 - x)^2 + 100*(y - x^2)^2",
                              "window": [[-2.0, 2.0], [-1.0, 3.0]]}  # fmt: skip
    assert load_session(path).surface == spec


def test_a_minimal_hand_written_file_opens_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "hand.landscape.json"
    run = {"optimizer": "gd", "lr": 0.1, "start": [0, 0]}
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "surface": "bowl", "runs": [run]}))
    session = load_session(path)
    assert session.runs[0].steps == 100 and session.mode == "contour" and session.step == 0


def damaged(tmp_path: Path, content: str | dict) -> str:
    path = tmp_path / "bad.landscape.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    with pytest.raises(SessionError) as error:
        load_session(path)
    return str(error.value)


def good() -> dict:
    return session_to_dict(sample())


def with_change(path: list, value) -> dict:
    doc = good()
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"format": "landscape-gui session", "version": 1, "runs": [', "damaged or not JSON"),
        ("hello", "damaged or not JSON"),
        ({"name": "something else"}, "not a landscape-gui session file"),
        (with_change(["version"], 2), "newer landscape-gui (format version 2)"),
        (with_change(["version"], "one"), "version: expected a whole number"),
        (with_change(["surface"], "rosenbrok"), "did you mean 'rosenbrock'"),
        (with_change(["surface"], {"expression": "x + z"}), "unknown name 'z'"),
        (
            with_change(["runs", 2, "lr"], "fast"),
            'runs[2].lr: expected a finite number, got "fast"',
        ),
        (with_change(["runs", 2, "lr"], -1), "runs[2].lr: expected a number > 0"),
        (with_change(["runs", 0, "start"], [1]), "runs[0].start: expected [x, y]"),
        (with_change(["runs", 1, "optimizer"], "adm"), "did you mean 'adam'"),
        (with_change(["runs", 3, "hyper"], {"beta1": 1.5}), "runs[3]: beta1 = 1.5 is out of range"),
        (with_change(["runs", 3, "schedule"], {"kind": "cosin"}), "runs[3].schedule"),
        (with_change(["runs", 0, "color"], "red"), "runs[0].color"),
        (with_change(["runs", 0, "steps"], 0), "runs[0].steps: expected a whole number ≥ 1"),
        (with_change(["view", "mode"], "4d"), "view.mode"),
        (with_change(["runs"], {}), "runs: expected a list"),
    ],
)
def test_damaged_files_are_named(tmp_path: Path, content, fragment: str) -> None:
    assert fragment in damaged(tmp_path, content)


def test_missing_file_folder_and_binary(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="no such file"):
        load_session(tmp_path / "nope.landscape.json")
    with pytest.raises(SessionError, match="is a folder"):
        load_session(tmp_path)
    (tmp_path / "bin.landscape.json").write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(SessionError, match="not a text file"):
        load_session(tmp_path / "bin.landscape.json")


def test_a_named_typed_function_keeps_its_name(tmp_path: Path) -> None:
    from landscape_gui.core.custom_surface import custom_surface

    surface = custom_surface("x^2 + 3*y^2", ((-2, 2), (-2, 2)), "my ravine")
    _, runs = default_runs()
    path = tmp_path / "named.landscape.json"
    save_session(path, Session(surface.spec, runs))
    assert json.loads(path.read_text())["surface"]["name"] == "my ravine"
    from landscape_gui.core.surfaces import get_surface

    assert get_surface(load_session(path).surface).title == "my ravine"


def test_hostile_json_is_a_session_error(tmp_path: Path) -> None:
    deep = tmp_path / "deep.landscape.json"
    deep.write_text("[" * 100_000)
    with pytest.raises(SessionError):
        load_session(deep)
    big = tmp_path / "big.landscape.json"
    big.write_text('{"format": "landscape-gui session", "version": ' + "9" * 5000 + "}")
    with pytest.raises(SessionError):
        load_session(big)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ((["runs", 0, "name"], "\ud800"), "runs[0].name"),
        ((["view", "range"], [[-1e308, 1e308], [0, 1]]), "view.range"),
        ((["view", "range"], [[2, 1], [0, 1]]), "the first smaller"),
    ],
)
def test_values_that_would_break_later_are_refused(tmp_path: Path, change, fragment) -> None:
    path, value = change
    assert fragment in damaged(tmp_path, with_change(path, value))


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [(3, "runs[0].schedule: expected an object, got 3"),
     ({"kind": "step", "params": [1]}, "runs[0].schedule.params: expected an object, got [1]")],
)  # fmt: skip
def test_a_schedule_that_is_not_an_object_is_named(tmp_path, schedule, expected) -> None:
    path = tmp_path / "s.landscape.json"
    save_session(path, Session("bowl", default_runs()[1]))
    data = json.loads(path.read_text())
    data["runs"][0]["schedule"] = schedule
    path.write_text(json.dumps(data))
    with pytest.raises(SessionError) as error:
        load_session(path)
    assert str(error.value).endswith(expected)
