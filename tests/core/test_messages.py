"""Messages about bad input are raised as translatable Messages: str() is the English text the
command line prints, and a translator can reorder each sentence whole."""

from __future__ import annotations

import ast
import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import landscape_gui.core
from landscape_gui.core.basins import basin_map
from landscape_gui.core.config import RunConfig
from landscape_gui.core.custom_surface import custom_surface
from landscape_gui.core.expressions import parse_expression
from landscape_gui.core.files import atomic_write_text
from landscape_gui.core.lessons import get_lesson
from landscape_gui.core.messages import Message, message, message_calls, render_error
from landscape_gui.core.optimizers import get_optimizer
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.session import RunSpec, parse_run_spec
from landscape_gui.core.session_file import (
    Session,
    load_session,
    session_from_dict,
    session_to_dict,
)
from landscape_gui.core.surfaces import get_surface
from landscape_gui.core.sweep import learning_rate_sweep

CORE = Path(landscape_gui.core.__file__).parent
FUNCTIONS = (
    "sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, log, log10, sqrt, abs, sign, "
    "sigmoid, softplus, min, max"
)


def _session(change: Callable[[dict[str, Any]], object]) -> Callable[[], object]:
    def load() -> object:
        data = session_to_dict(Session("bowl", [RunSpec("a", "#D55E00", "gd", 0.1)]))
        change(data)
        return session_from_dict(data)

    return load


def _run(change: dict[str, Any]) -> Callable[[], object]:
    return _session(lambda data: data["runs"][0].update(change))


BOWL = get_surface("bowl")

CASES: list[tuple[str, Callable[[], object], str]] = [
    # expressions.py and custom_surface.py
    ("expr-empty", lambda: parse_expression(" "),
     "type a formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2"),
    ("expr-length", lambda: parse_expression("x" * 501),
     "the formula is 501 characters long: at most 500"),
    ("expr-operations", lambda: parse_expression("+".join([f"({'+'.join('x' * 15)})"] * 15)),
     "the expression is too long: at most 400 operations"),
    ("expr-unknown", lambda: parse_expression("x^2 + z"),
     f"unknown name 'z' at column 7; use x and y, pi, e, or {FUNCTIONS}"),
    ("expr-suggest", lambda: parse_expression("sni + x"),
     f"unknown name 'sni' (did you mean 'sin'?) at column 1; use x and y, pi, e, or {FUNCTIONS}"),
    ("expr-function", lambda: parse_expression("sni(x)"),
     f"'sni' is not an allowed function (did you mean 'sin'?) at column 1; use one of {FUNCTIONS}"),
    ("expr-call-variable", lambda: parse_expression("(x)(y)"),
     "'x' is a variable, not a function, at column 1; to multiply, write x*(…)"),
    ("expr-call-constant", lambda: parse_expression("e(x)"),
     "'e' is a constant, not a function, at column 1; to multiply, write e*(…)"),
    ("expr-call-attribute", lambda: parse_expression("os.system('id')"),
     f"'os.system' cannot be called: attribute access (.) is not allowed at column 1; "
     f"use one of {FUNCTIONS}"),
    ("expr-call-index", lambda: parse_expression("a[0](x)"),
     f"'a[0]' cannot be called: indexing [ ] is not allowed at column 1; use one of {FUNCTIONS}"),
    ("expr-call-lambda", lambda: parse_expression("(lambda: 1)()"),
     "a lambda cannot be called: only the listed functions can, by name at column 1; "
     f"use one of {FUNCTIONS}"),
    ("expr-call-other", lambda: parse_expression("sin(x)(y)"),
     "'sin(x)' cannot be called: only the listed functions can, by name at column 1; "
     f"use one of {FUNCTIONS}"),
    ("expr-constant-power", lambda: parse_expression("9**9**9**9"),
     "exponent 387420489 is too large: at most 100 at column 7"),
    ("expr-attribute", lambda: parse_expression("x.real"),
     "'attribute access (.)' is not allowed at column 1; "
     "use numbers, x, y, + − * / ** ^ and the listed functions"),
    ("expr-value", lambda: parse_expression("'abc' + x"),
     "'the value 'abc'' is not allowed at column 1; "
     "use numbers, x, y, + − * / ** ^ and the listed functions"),
    ("expr-code", lambda: parse_expression("x if y else 1"),
     "'if/else' is not allowed at column 1; "
     "use numbers, x, y, + − * / ** ^ and the listed functions"),
    ("expr-operator", lambda: parse_expression("x % 2"),
     "the operator '%' is not allowed at column 1; use + − * / ** ^"),
    ("expr-exponent", lambda: parse_expression("x ^ 200"),
     "exponent 200 is too large: at most 100 at column 5"),
    ("expr-degree", lambda: parse_expression("((x**20)**20)**2"),
     "nested powers multiply to degree 800: at most 400 at column 1"),
    ("expr-arguments", lambda: parse_expression("max(x)"),
     "max() takes 2 arguments, not 1 at column 1"),
    ("expr-argument", lambda: parse_expression("sin(x, y)"),
     "sin() takes 1 argument, not 2 at column 1"),
    ("expr-constant", lambda: parse_expression("1e300*10 + x"),
     "a constant part is too large: the limit is 1e+300 at column 1"),
    ("expr-comment", lambda: parse_expression("x # c"),
     "'#' is not allowed (a formula has no comments) at column 3"),
    ("expr-syntax", lambda: parse_expression("x +\n y"),
     "syntax error (invalid syntax) at column 4"),
    ("custom-range", lambda: custom_surface("x", ((1, 0), (0, 1))),
     "the x range must be two finite numbers, the first the smaller (got 1 … 0)"),
    # config.py, optimizer.py, optimizers*.py
    ("config-lr", lambda: RunConfig(BOWL, "gd", lr=float("nan")),
     "learning rate must be a finite number > 0, not nan"),
    ("config-start", lambda: RunConfig(BOWL, "gd", start=(1.0,)),
     "start must be two finite numbers x,y, not (1.0,)"),
    ("config-steps", lambda: RunConfig(BOWL, "gd", steps=-1),
     "steps must be a whole number from 0 to 1000000, not -1"),
    ("config-hyper", lambda: RunConfig(BOWL, "sgd", hyper={"momentm": 0.5}),
     "optimizer 'sgd' has no hyperparameter 'momentm' (did you mean 'momentum'?); "
     "it takes: momentum, dampening, nesterov, weight_decay"),
    ("config-betas", lambda: RunConfig(BOWL, "adam", hyper={"betas": 0.9}),
     "optimizer 'adam' has no hyperparameter 'betas' (set beta1 and beta2 separately); "
     "it takes: beta1, beta2, eps, weight_decay, amsgrad"),
    ("hyper-range", lambda: RunConfig(BOWL, "adam", hyper={"beta1": 1.0}),
     "beta1 = 1.0 is out of range; valid: 0 ≤ beta1 < 1"),
    ("hyper-parse", lambda: get_optimizer("sgd").hyper("momentum").parse("fast"),
     "momentum must be a number, not 'fast'"),
    ("nesterov", lambda: RunConfig(BOWL, "sgd", hyper={"nesterov": True}),
     "nesterov = true needs momentum > 0 and dampening = 0 "
     "(got momentum = 0.0, dampening = 0.0)"),
    ("optimizer", lambda: get_optimizer("qqqqqqq"),
     "unknown optimizer 'qqqqqqq'; valid optimizers: gd, momentum, nesterov, sgd, adagrad, "
     "rmsprop, adadelta, adam, adamw, nadam, adamax, newton"),
    # schedules.py
    ("schedule", lambda: Schedule.parse("cosinee"),
     "unknown schedule 'cosinee' (did you mean 'cosine'?); "
     "valid schedules: constant, step, exponential, cosine, warmup"),
    ("schedule-none", lambda: Schedule.parse("constant:x=1"),
     "schedule 'constant' has no parameter 'x'; its parameters: none"),
    ("schedule-number", lambda: Schedule.parse("step:gamma=abc"),
     "schedule parameter gamma='abc' is not a number"),
    ("schedule-warmup", lambda: Schedule.parse("warmup:start_factor=0"),
     "warmup needs 0 < start_factor ≤ 1 and 0 ≤ end_factor ≤ 1"),
    # surfaces.py, surfaces_teaching.py
    ("surface", lambda: get_surface("bowll"),
     "unknown surface 'bowll' (did you mean 'bowl'?); valid surfaces: "
     "bowl, ravine, valleys, plateau, saddle, monkey-saddle, rosenbrock, himmelblau, beale, "
     "booth, matyas, three-hump-camel, six-hump-camel, goldstein-price, mccormick, rastrigin, "
     "ackley, styblinski-tang, easom, levi13"),
    ("surface-parameter", lambda: get_surface("ravine:kapa=2"),
     "surface 'ravine' has no parameter 'kapa' (did you mean 'kappa'?); its parameters: kappa"),
    ("surface-none", lambda: get_surface("bowl:k=1"),
     "surface 'bowl' has no parameter 'k'; its parameters: none"),
    ("surface-number", lambda: get_surface("ravine:kappa=abc"),
     "surface parameter kappa='abc' is not a number; valid: kappa ≥ 1 (default 25)"),
    ("ravine", lambda: get_surface("ravine:kappa=0.5"),
     "ravine: kappa must be a number ≥ 1, not 0.5"),
    ("surface-expr", lambda: get_surface("expr:1,0,0,1:x"),
     "the x range must be two finite numbers, the first the smaller (got 1 … 0)"),
    # basins.py, sweep.py, session.py, lessons.py
    ("basins", lambda: basin_map(RunConfig(BOWL, "gd", steps=5), 1),
     "resolution must be from 2 to 500, not 1"),
    ("sweep", lambda: learning_rate_sweep(RunConfig(BOWL, "gd", steps=5), 1.0, 0.5),
     "the rates must satisfy 0 < low < high, not 1 … 0.5"),
    ("run-spec", lambda: parse_run_spec("gd:fast", 0, BOWL, (0, 0), 10),
     "run 'gd:fast': learning rate 'fast' is not a number"),
    ("run-spec-order", lambda: parse_run_spec("gd:0.1:0.2", 0, BOWL, (0, 0), 10),
     "run 'gd:0.1:0.2': '0.2' must be KEY=VALUE (the rate comes first)"),
    ("lesson", lambda: get_lesson("learning-rat"),
     "unknown lesson 'learning-rat' (did you mean 'learning-rate'?); lessons: learning-rate, "
     "local-minimum, saddle, ravine, adaptive, schedules, second-order, many-minima"),
    # session_file.py
    ("session-format", _session(lambda d: d.update(format="x")),
     "not a landscape-gui session file (the field 'format' should be \"landscape-gui session\")"),
    ("session-version", _session(lambda d: d.update(version=99)),
     "this file was written by a newer landscape-gui (format version 99); "
     "this version reads up to version 1"),
    ("session-surface", _session(lambda d: d.update(surface=3)),
     'surface: expected a surface name or {"expression": …}, got 3'),
    ("session-surface-name", _session(lambda d: d.update(surface="bowll")),
     "surface: unknown surface 'bowll' (did you mean 'bowl'?); valid surfaces: "
     "bowl, ravine, valleys, plateau, saddle, monkey-saddle, rosenbrock, himmelblau, beale, "
     "booth, matyas, three-hump-camel, six-hump-camel, goldstein-price, mccormick, rastrigin, "
     "ackley, styblinski-tang, easom, levi13"),
    ("session-missing", _session(lambda d: d.pop("surface")), "the field 'surface' is missing"),
    ("run-missing", _session(lambda d: d["runs"][0].pop("lr")),
     "runs[0]: the field 'lr' is missing"),
    ("run-lr", _run({"lr": "fast"}), 'runs[0].lr: expected a finite number, got "fast"'),
    ("run-clip", _run({"clip": 0}), "runs[0].clip: expected a number > 0, got 0"),
    ("run-seed", _run({"seed": -1}), "runs[0].seed: expected a whole number ≥ 0, got -1"),
    ("run-color", _run({"color": "red"}),
     'runs[0].color: expected a colour like "#D55E00", got "red"'),
    ("run-hyper", _run({"hyper": []}), "runs[0].hyper: expected an object, got []"),
    ("run-schedule", _run({"schedule": {"kind": "step", "params": {"gamma": 0}}}),
     "runs[0].schedule: gamma must be > 0"),
    ("run-config", _run({"steps": 2_000_000}),
     "runs[0]: steps must be a whole number from 0 to 1000000, not 2000000"),
    ("view-mode", _session(lambda d: d["view"].update(mode="4d")),
     'view.mode: expected one of contour, 3d, both, got "4d"'),
    ("view-range", _session(lambda d: d["view"].update(range=[[1, 0], [0, 1]])),
     "view.range: the x range must be two numbers within ±1e9, the first smaller (got 1 … 0)"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "english"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_errors_are_raised_with_a_message_whose_english_is_unchanged(
    make: Callable[[], object], english: str
) -> None:
    with pytest.raises(ValueError) as caught:
        make()
    assert len(caught.value.args) == 1 and isinstance(caught.value.args[0], Message)
    assert str(caught.value) == english
    assert render_error(caught.value, lambda template: template) == english


def test_file_errors_are_messages(tmp_path: Path) -> None:
    target = tmp_path / "no" / "f.txt"
    with pytest.raises(OSError) as caught:
        atomic_write_text(target, "x")
    assert isinstance(caught.value.args[0], Message)
    assert str(caught.value) == f"cannot write {target}: the folder {target.parent} does not exist"
    with pytest.raises(OSError) as caught:
        atomic_write_text(tmp_path, "x")
    assert str(caught.value) == f"cannot write {tmp_path}: it is a folder"

    damaged = tmp_path / "a.landscape.json"
    damaged.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load_session(damaged)
    assert isinstance(caught.value.args[0], Message)
    assert str(caught.value) == (
        f"{damaged} is damaged or not JSON: Expecting property name enclosed in double quotes "
        "at line 1, column 2"
    )
    run = session_to_dict(Session("bowl", [RunSpec("a", "#D55E00", "gd", 0.1)]))
    run["runs"][0]["lr"] = "fast"
    bad = tmp_path / "c.landscape.json"
    bad.write_text(json.dumps(run), encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load_session(bad)
    assert str(caught.value) == 'c.landscape.json: runs[0].lr: expected a finite number, got "fast"'


def test_a_translator_reorders_each_template_whole() -> None:
    reordered = {
        "{file}: {problem}": "[{file}] {problem}",
        "{field}: expected a finite number, got {got}": "{got} — {field} wants a finite number",
    }
    run = session_to_dict(Session("bowl", [RunSpec("a", "#D55E00", "gd", 0.1)]))
    run["runs"][0]["lr"] = "fast"
    with pytest.raises(ValueError) as caught:
        session_from_dict(run)
    assert render_error(caught.value, lambda t: reordered.get(t, t)) == (
        '"fast" — runs[0].lr wants a finite number'
    )

    ko = {
        "{problem} at column {column}; {hint}": "{column}열: {problem}. {hint}",
        "unknown name '{name}'{suggestion}": "알 수 없는 이름 '{name}'{suggestion}",
        " (did you mean '{name}'?)": " ('{name}'을(를) 쓰려던 것인가요?)",
        "use x and y, pi, e, or {functions}": "x, y, pi, e 또는 {functions}를 쓰세요",
    }
    with pytest.raises(ValueError) as caught:
        parse_expression("sni + x")
    error = caught.value.args[0]
    assert isinstance(error, Message)
    assert error.render(lambda t: ko.get(t, t)) == (
        f"1열: 알 수 없는 이름 'sni' ('sin'을(를) 쓰려던 것인가요?). "
        f"x, y, pi, e 또는 {FUNCTIONS}를 쓰세요"
    )
    assert str(error).startswith("unknown name 'sni' (did you mean 'sin'?) at column 1; ")

    template = "{name} must be a number, not {got}"
    with pytest.raises(ValueError) as caught:
        get_optimizer("sgd").hyper("momentum").parse("fast")
    korean = {template: "{got}: {name}은(는) 수여야 합니다"}
    translated = render_error(caught.value, lambda t: korean.get(t, t))
    assert translated == "'fast': momentum은(는) 수여야 합니다"
    assert str(message(template, name="momentum", got="'fast'")) == str(caught.value)


def test_every_template_is_a_literal_with_named_fields_given_once() -> None:
    """scripts/core-strings.py collects only literal templates; each {field} must be a keyword
    argument of the call (no positional or format-spec fields, which a translator could break)."""
    problems = []
    for where, call in message_calls(sorted(CORE.glob("*.py"))):
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            problems.append(f"{where}: the template is not a string literal")
            continue
        parsed = list(string.Formatter().parse(first.value))
        fields = [name for _, name, _, _ in parsed if name is not None]
        if any(not name.isidentifier() for name in fields) or any(
            spec or conversion for _, name, spec, conversion in parsed if name is not None
        ):
            problems.append(f"{where}: {first.value!r} has a field that is not a plain name")
        keywords = {k.arg for k in call.keywords}
        if None not in keywords and set(fields) != keywords:  # None: a **mapping of fields
            problems.append(f"{where}: {first.value!r} fields {fields} ≠ arguments {keywords}")
    assert problems == []
