"""The command line: output formats, outcomes on stderr, and one clear line (exit 2) for every kind
of bad input. Most tests call `main()` in-process; a few run the real console command."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from landscape_gui.cli import main
from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.surfaces import get_surface, surface_names


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_trace_csv_has_the_header_and_full_precision_rows(capsys) -> None:
    code, out, err = run_cli(
        capsys,
        "trace",
        "--surface",
        "rosenbrock",
        "--optimizer",
        "adam",
        "--lr",
        "0.01",
        "--steps",
        "25",
        "--start",
        "-1.5,2",
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["step", "x", "y", "loss", "grad_x", "grad_y"]
    assert len(rows) == 27 and rows[1][:3] == ["0", "-1.5", "2.0"]
    run = Run(
        RunConfig(get_surface("rosenbrock"), "adam", lr=0.01, start=(-1.5, 2.0), steps=25)
    ).run_to_end()
    values = np.array([[float(v) for v in r] for r in rows[1:]])
    # Shortest round-trip text: reading it back gives the engine's floats bit for bit.
    np.testing.assert_array_equal(values[:, 1:3], run.path())
    np.testing.assert_array_equal(values[:, 3], run.losses[:26])
    np.testing.assert_array_equal(values[:, 4:], run.gradients[:26])
    assert err.strip().startswith("still moving after 25 steps")


def test_trace_json_has_settings_outcome_and_trajectory(capsys) -> None:
    code, out, err = run_cli(
        capsys,
        "trace",
        "--surface",
        "himmelblau",
        "--optimizer",
        "adam",
        "--lr",
        "0.1",
        "--steps",
        "400",
        "--set",
        "amsgrad=true",
        "--set",
        "beta1=0.8",
        "--format",
        "json",
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["surface"]["name"] == "himmelblau" and doc["optimizer"] == "adam"
    assert doc["hyperparameters"] == {
        "beta1": 0.8,
        "beta2": 0.999,
        "eps": 1e-8,
        "weight_decay": 0.0,
        "amsgrad": True,
    }
    assert doc["lr"] == 0.1 and doc["start"] == [0.0, 0.0]
    assert doc["outcome"]["kind"] == "converged"
    assert doc["outcome"]["minimum"] == {"x": 3.0, "y": 2.0, "value": 0.0, "kind": "global"}
    assert err.strip() == doc["outcome"]["text"]
    assert err.startswith("converged to global minimum (3, 2) at step ")
    assert len(doc["trajectory"]) == 401
    assert set(doc["trajectory"][0]) == {"step", "x", "y", "loss", "grad_x", "grad_y"}


def test_a_rate_that_must_diverge_does_and_says_when(capsys) -> None:
    code, out, err = run_cli(
        capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--lr", "1.5", "--steps", "200"
    )
    assert code == 0
    rows = out.strip().splitlines()
    step = int(err.split()[-1])
    assert err.strip() == f"diverged at step {step}"
    # Rows run from 0 to the last finite step before divergence.
    assert rows[-1].split(",")[0] == str(step - 1) and len(rows) == step + 1
    assert all(np.isfinite(float(v)) for r in rows[1:] for v in r.split(","))


def test_noise_seed_schedule_and_clip_reach_the_run(capsys) -> None:
    args = [
        "trace",
        "--surface",
        "bowl",
        "--optimizer",
        "gd",
        "--lr",
        "0.1",
        "--steps",
        "20",
        "--noise",
        "0.5",
        "--seed",
        "4",
        "--schedule",
        "step:step_size=5:gamma=0.5",
        "--clip",
        "3",
        "--format",
        "json",
    ]
    _, out1, _ = run_cli(capsys, *args)
    _, out2, _ = run_cli(capsys, *args)
    assert out1 == out2
    doc = json.loads(out1)
    assert doc["noise"] == 0.5 and doc["seed"] == 4 and doc["clip"] == 3.0
    assert doc["schedule"]["kind"] == "step" and doc["schedule"]["gamma"] == 0.5
    _, out3, _ = run_cli(capsys, *[a if a != "4" else "5" for a in args])
    assert json.loads(out3)["trajectory"] != doc["trajectory"]


def test_output_file_is_written_whole(tmp_path: Path, capsys) -> None:
    target = tmp_path / "run.csv"
    code, out, err = run_cli(
        capsys, "trace", "--surface", "booth", "--optimizer", "momentum", "--output", str(target)
    )
    assert code == 0 and out == "" and err
    assert target.read_text().startswith("step,x,y,loss,grad_x,grad_y\n")
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]  # no temporary left behind


def test_unwritable_output_keeps_the_existing_file(tmp_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "old.csv"
    target.write_text("precious\n")

    def denied(*args, **kwargs):  # a read-only folder (root could write anywhere, so simulate)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    code, _, err = run_cli(
        capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--output", str(target)
    )
    assert code == 2 and "permission denied" in err and err.count("\n") == 1
    assert target.read_text() == "precious\n"


def test_output_into_a_missing_folder_or_onto_a_folder(tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(
        capsys,
        "trace",
        "--surface",
        "bowl",
        "--optimizer",
        "gd",
        "--output",
        str(tmp_path / "nope" / "x.csv"),
    )
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    code, _, err = run_cli(
        capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--output", str(tmp_path)
    )
    assert code == 2 and "it is a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "keep.json"
    target.write_text("old contents\n")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    code, _, err = run_cli(
        capsys,
        "trace",
        "--surface",
        "bowl",
        "--optimizer",
        "gd",
        "--format",
        "json",
        "--output",
        str(target),
    )
    assert code == 2 and "no space left on the device" in err and str(target) in err
    assert target.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(
    tmp_path: Path, capsys
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, _ = run_cli(
        capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--output", str(link)
    )
    assert code == 0 and link.is_symlink()
    assert real.read_text().startswith("step,x,y,loss,grad_x,grad_y\n")


@pytest.mark.skipif(
    not Path("/dev/full").exists() or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="replacing /dev/full needs root, and there must be a /dev/full",
)
def test_output_to_dev_full_is_exit_2_and_the_device_stays(capsys) -> None:
    import stat

    code, out, err = run_cli(
        capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--output", "/dev/full"
    )
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err == "landscape-gui: error: cannot write /dev/full: no space left on the device\n"
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


BAD_INPUTS = [
    (["--surface", "rosenbrok", "--optimizer", "adam"], "did you mean 'rosenbrock'"),
    (["--surface", "bowl", "--optimizer", "adm"], "did you mean 'adam'"),
    (
        ["--surface", "bowl", "--optimizer", "adam", "--set", "momentum=0.9"],
        "has no hyperparameter 'momentum'",
    ),
    (
        ["--surface", "bowl", "--optimizer", "gd", "--set", "momentun=0.9"],
        "did you mean 'momentum'",
    ),
    (
        ["--surface", "bowl", "--optimizer", "adam", "--set", "beta1=high"],
        "beta1 must be a number, not 'high'",
    ),
    (
        ["--surface", "bowl", "--optimizer", "adam", "--set", "amsgrad=perhaps"],
        "amsgrad must be true or false",
    ),
    (["--surface", "bowl", "--optimizer", "adam", "--set", "beta1"], "KEY=VALUE"),
    (["--surface", "bowl", "--optimizer", "gd", "--steps", "-3"], "--steps must be a whole number"),
    (
        ["--surface", "bowl", "--optimizer", "gd", "--steps", "1e12"],
        "--steps must be a whole number",
    ),
    (["--surface", "bowl", "--optimizer", "gd", "--steps", "99999999"], "from 0 to 1000000"),
    (["--surface", "bowl", "--optimizer", "gd", "--start", "1"], "--start must be two finite"),
    (["--surface", "bowl", "--optimizer", "gd", "--start", "1,nan"], "--start must be two finite"),
    (["--surface", "bowl", "--optimizer", "gd", "--start", "a,b"], "--start must be two finite"),
    (["--surface", "bowl", "--optimizer", "gd", "--lr", "0"], "--lr must be a finite number > 0"),
    (["--surface", "bowl", "--optimizer", "gd", "--lr", "-0.1"], "--lr must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--lr", "inf"], "--lr must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--lr", "fast"], "--lr must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--noise", "-1"], "--noise must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--seed", "x"], "--seed must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--clip", "0"], "--clip must be"),
    (["--surface", "bowl", "--optimizer", "gd", "--schedule", "cosin"], "did you mean 'cosine'"),
    (
        ["--surface", "bowl", "--optimizer", "nesterov", "--set", "dampening=0.5"],
        "nesterov = true needs momentum > 0 and dampening = 0",
    ),
    (["--surface", "ravine:kappa=0", "--optimizer", "gd"], "kappa must be a number ≥ 1"),
    (
        ["--surface", "ravine:kappa=abc", "--optimizer", "gd"],
        "surface parameter kappa='abc' is not a number; valid: kappa ≥ 1 (default 25)",
    ),
    (["--optimizer", "gd"], "--surface"),
    (["--surface", "bowl", "--optimizer", "gd", "--format", "xml"], "invalid choice: 'xml'"),
    (["--surface", "bowl", "--optimizer", "gd", "--bogus"], "unrecognized arguments: --bogus"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_INPUTS)
def test_bad_input_is_one_line_and_exit_2(capsys, args: list[str], fragment: str) -> None:
    code, out, err = run_cli(capsys, "trace", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("landscape-gui: error: ")
    assert fragment in err
    assert "Traceback" not in err


def test_negative_numbers_are_values_not_options(capsys) -> None:
    code, out, _ = run_cli(
        capsys,
        "trace",
        "--surface",
        "bowl",
        "--optimizer",
        "gd",
        "--start",
        "-1.5,-2",
        "--steps",
        "1",
    )
    assert code == 0 and out.splitlines()[1].startswith("0,-1.5,-2.0,")


def test_surfaces_json_lists_every_surface_with_the_documented_keys(capsys) -> None:
    code, out, _ = run_cli(capsys, "surfaces", "--format", "json")
    assert code == 0
    docs = json.loads(out)
    assert [d["name"] for d in docs] == surface_names()
    for d in docs:
        assert {"name", "title", "formula", "window", "start", "minima"} <= set(d)
        assert len(d["window"]) == 2 and len(d["start"]) == 2
        for m in d["minima"]:
            assert set(m) == {"x", "y", "value", "kind"} and m["kind"] in ("global", "local")
    rosen = next(d for d in docs if d["name"] == "rosenbrock")
    assert rosen["minima"] == [{"x": 1.0, "y": 1.0, "value": 0.0, "kind": "global"}]


def test_surfaces_and_optimizers_text(capsys) -> None:
    code, out, _ = run_cli(capsys, "surfaces")
    assert code == 0 and "rosenbrock" in out and "(1 − x)² + 100·(y − x²)²" in out
    code, out, _ = run_cli(capsys, "optimizers")
    assert code == 0 and "adam" in out and "beta2 = 0.999" in out and "torch.optim.Adam" in out


def test_optimizers_json_has_hyperparameters_and_defaults(capsys) -> None:
    code, out, _ = run_cli(capsys, "optimizers", "--format", "json")
    docs = {d["name"]: d for d in json.loads(out)}
    assert code == 0 and set(docs) >= {"gd", "momentum", "nesterov", "sgd", "adam", "newton"}
    hp = {h["name"]: h["default"] for h in docs["rmsprop"]["hyperparameters"]}
    assert hp == {
        "alpha": 0.99,
        "eps": 1e-8,
        "weight_decay": 0.0,
        "momentum": 0.0,
        "centered": False,
    }


def console(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "landscape_gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_python_dash_m_works_and_loads_no_qt() -> None:
    code = (
        "import sys; from landscape_gui.cli import main\n"
        "main(['trace', '--surface', 'bowl', '--optimizer', 'gd', '--steps', '3'])\n"
        "main(['surfaces']); main(['optimizers'])\n"
        # neither Qt nor sympy (only a typed-in formula needs sympy): they would slow the start
        "print('QT', [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'sympy'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("QT []")
    result = console("trace", "--surface", "bowl", "--optimizer", "gd", "--steps", "2")
    assert result.returncode == 0 and result.stdout.startswith("step,x,y")


def test_real_command_reports_bad_input_without_a_traceback() -> None:
    result = console("trace", "--surface", "nope", "--optimizer", "gd")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_display_is_a_clear_message_not_a_crash() -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "landscape_gui"], capture_output=True,
                            text=True, timeout=60, env=env, check=False)  # fmt: skip
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_trace_with_a_typed_function(capsys) -> None:
    code, out, err = run_cli(capsys, "trace", "--expr", "(x - 1)^2 + (y + 2)^2", "--window",
                             "-4,4,-4,4", "--optimizer", "gd", "--lr", "0.25", "--steps", "40",
                             "--format", "json")  # fmt: skip
    assert code == 0
    doc = json.loads(out)
    assert (
        doc["trajectory"][-1]["x"] == pytest.approx(1.0) and doc["outcome"]["kind"] == "converged"
    )
    assert "found numerically" in err
    code, _, err = run_cli(capsys, "trace", "--expr", "x + q", "--optimizer", "gd")
    assert code == 2 and "unknown name 'q' at column 5" in err and err.count("\n") == 1
    code, _, err = run_cli(capsys, "trace", "--surface", "bowl", "--expr", "x", "--optimizer", "gd")
    assert code == 2 and "either --surface or --expr" in err
    code, _, err = run_cli(capsys, "trace", "--expr", "x", "--window", "1,2,3", "--optimizer", "gd")
    assert code == 2 and "four numbers" in err


def test_trace_and_render_a_session(tmp_path: Path, capsys) -> None:
    from landscape_gui.core.session import default_runs
    from landscape_gui.core.session_file import Session, save_session

    _, runs = default_runs()
    path = tmp_path / "lesson.landscape.json"
    save_session(path, Session("bowl", runs, log_scale=True))
    code, out, err = run_cli(capsys, "trace", "--session", str(path), "--run", "2")
    assert code == 0 and err.startswith("diverged at step")  # η = 1.2 > 2/L
    code, out2, _ = run_cli(capsys, "trace", "--surface", "bowl", "--optimizer", "gd", "--lr",
                            "1.2", "--start", "-2,4", "--steps", "100")  # fmt: skip
    assert out == out2
    code, _, err = run_cli(capsys, "trace", "--session", str(path), "--run", "5")
    assert code == 2 and "--run must be from 0 to 2" in err
    code, _, err = run_cli(capsys, "trace", "--session", str(path), "--optimizer", "adam")
    assert code == 2 and "drop --optimizer" in err
    bad = tmp_path / "bad.landscape.json"
    bad.write_text("{")
    code, _, err = run_cli(capsys, "trace", "--session", str(bad))
    assert code == 2 and "damaged or not JSON" in err and err.count("\n") == 1
    result = subprocess.run(
        [sys.executable, "-m", "landscape_gui", "render", "--session", str(path), "--width",
         "400", "--height", "300", "--out", str(tmp_path / "s.png")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr and (tmp_path / "s.png").stat().st_size > 1000


def test_opening_a_bad_session_file_from_the_command_line_is_named(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.landscape.json"
    bad.write_text('{"format": "something else"}')
    code, _, err = run_cli(capsys, str(bad))
    assert code == 2 and "not a landscape-gui session file" in err


def test_lessons_are_listed_and_a_wrong_name_is_answered(capsys) -> None:
    code, out, _ = run_cli(capsys, "lessons")
    assert code == 0 and "learning-rate" in out and "Rosenbrock's banana" in out
    code, _, err = run_cli(capsys, "--lesson", "sadle")
    assert code == 2 and "did you mean 'saddle'" in err
