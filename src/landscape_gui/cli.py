"""The `landscape-gui` command line: the app with no arguments, and `trace`, `surfaces` and
`optimizers` without a window. Only the app imports Qt, so the others start in a fraction of a
second. Bad input exits with status 2 and one line saying what was wrong and what is valid."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from landscape_gui import __version__

if TYPE_CHECKING:
    from landscape_gui.core.surface import Surface

EXIT_USAGE = 2
# Options whose value may start with '-' (a negative number, "-1,2"): argparse would take those
# values for options, so they are glued on as --start=-1,2 before parsing.
VALUE_OPTIONS = {"--start", "--lr", "--noise", "--clip", "--seed", "--steps", "--set", "--run",
                 "--window", "--expr"}  # fmt: skip


class UsageError(Exception):
    """Bad command-line input: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _glue_values(argv: Sequence[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in VALUE_OPTIONS and i + 1 < len(argv) and argv[i + 1].startswith("-"):
            out.append(f"{token}={argv[i + 1]}")
            i += 2
            continue
        out.append(token)
        i += 1
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="landscape-gui",
        description="See optimization: loss surfaces and optimizers racing across them.",
    )
    parser.add_argument("--version", action="version", version=f"landscape-gui {__version__}")
    parser.add_argument(
        "--lesson",
        metavar="NAME",
        help="open the app on a built-in lesson (see 'landscape-gui lessons')",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "ko"),
        help="the interface language (default: the one chosen in Settings, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    trace = commands.add_parser(
        "trace",
        help="run one optimizer on one surface and write its trajectory",
        description="Run one optimizer on one surface and write its trajectory as CSV or JSON.",
    )
    trace.add_argument(
        "--surface",
        metavar="NAME",
        help="a built-in surface, e.g. rosenbrock or ravine:kappa=100",
    )
    trace.add_argument(
        "--session", metavar="FILE", help="take the surface and run settings from a session file"
    )
    trace.add_argument("--run", metavar="INDEX", help="which run of --session (from 0)")
    trace.add_argument(
        "--expr",
        metavar="FORMULA",
        help='your own f(x, y) instead of --surface, e.g. "x^2 + 10*sin(y)"',
    )
    trace.add_argument(
        "--window", metavar="X0,X1,Y0,Y1", help="the view window of --expr (default -3,3,-3,3)"
    )
    trace.add_argument(
        "--optimizer",
        metavar="NAME",
        help="gd, momentum, nesterov, sgd, adagrad, rmsprop, adadelta, adam, adamw, "
        "nadam, adamax or newton",
    )
    trace.add_argument("--lr", metavar="LR", help="learning rate (default: a teaching default)")
    trace.add_argument("--steps", default="200", metavar="N", help="number of steps (default 200)")
    trace.add_argument("--start", metavar="X,Y", help="start point (default: the surface's)")
    trace.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a hyperparameter by its torch name, e.g. momentum=0.9 or amsgrad=true",
    )
    trace.add_argument(
        "--noise",
        default="0",
        metavar="SIGMA",
        help="standard deviation of Gaussian noise added to each gradient",
    )
    trace.add_argument("--seed", default="0", metavar="S", help="seed of the gradient noise")
    trace.add_argument(
        "--schedule",
        default="constant",
        metavar="SPEC",
        help="learning-rate schedule: constant, step:step_size=100:gamma=0.1, "
        "exponential:gamma=0.99, cosine[:t_max=N:eta_min=0], "
        "warmup[:start_factor=0.333:end_factor=1:total_iters=5]",
    )
    trace.add_argument("--clip", metavar="NORM", help="clip each gradient to this norm")
    trace.add_argument("--format", choices=("csv", "json"), default="csv")
    trace.add_argument("--output", metavar="PATH", help="file to write (default: standard output)")

    render = commands.add_parser(
        "render",
        help="draw the contour view, the 3-D view or the window to PNG, SVG or GIF",
        description="Draw a picture without showing a window. The format follows --out: .png, "
        ".svg (the contour view) or .gif (the runs animated from step 0).",
    )
    render.add_argument("--surface", metavar="NAME", help="a built-in surface (default: bowl)")
    render.add_argument("--expr", metavar="FORMULA", help="your own f(x, y) instead of --surface")
    render.add_argument(
        "--session", metavar="FILE", help="draw a session file: its surface, runs and colour scale"
    )
    render.add_argument(
        "--window", metavar="X0,X1,Y0,Y1", help="the view window of --expr (default -3,3,-3,3)"
    )
    render.add_argument(
        "--run",
        action="append",
        default=[],
        metavar="SPEC",
        help="OPTIMIZER[:LR][:KEY=VALUE...], e.g. adam:0.05:beta1=0.8; repeat for "
        "several runs (default: the first lesson's runs on the bowl, else gd, "
        "momentum and adam)",
    )
    render.add_argument("--steps", default="100", metavar="N", help="steps per run (default 100)")
    render.add_argument(
        "--start", metavar="X,Y", help="start of every run (default: the surface's)"
    )
    render.add_argument("--view", choices=("contour", "3d", "window"), default="contour")
    render.add_argument("--width", default=None, metavar="W", help="width in pixels")
    render.add_argument("--height", default=None, metavar="H", help="height in pixels")
    render.add_argument("--log", action="store_true", help="logarithmic colour scale / height")
    render.add_argument("--fps", default="12", metavar="F", help="frames per second of a GIF")
    render.add_argument("--out", required=True, metavar="FILE", help="the picture to write")
    render.add_argument("--lang", choices=("en", "ko"), help="language of the labels (default en)")

    commands.add_parser(
        "lessons",
        help="list the built-in lessons",
        description="List the built-in lessons and their scenes.",
    )
    for name, what in (("surfaces", "surface"), ("optimizers", "optimizer")):
        sub = commands.add_parser(
            name, help=f"list every {what}", description=f"List every built-in {what}."
        )
        sub.add_argument("--format", choices=("text", "json"), default="text")
    return parser


# --- parsing values -----------------------------------------------------------------------------
def _number(option: str, text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UsageError(f"{option} must be {what}, not {text!r}") from None


def _whole(option: str, text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"{option} must be {what}, not {text!r}") from None


def _start(text: str) -> tuple[float, float]:
    parts = text.split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        x, y = float(parts[0]), float(parts[1])
    except ValueError:
        raise UsageError(
            f"--start must be two finite numbers X,Y (e.g. -1.2,1), not {text!r}"
        ) from None
    if not (abs(x) < float("inf") and abs(y) < float("inf")):
        raise UsageError(f"--start must be two finite numbers X,Y (e.g. -1.2,1), not {text!r}")
    return x, y


def _surface_from_args(args: argparse.Namespace, default: str | None) -> Surface:
    """--surface NAME, or --expr FORMULA [--window X0,X1,Y0,Y1]: exactly one of them."""
    from landscape_gui.core.surfaces import get_surface

    if args.expr is not None and args.surface is not None:
        raise UsageError("give either --surface or --expr, not both")
    if args.expr is None:
        if args.window is not None:
            raise UsageError("--window goes with --expr (a built-in surface has its own)")
        if args.surface is None and default is None:
            raise UsageError("give --surface NAME (see 'landscape-gui surfaces') or --expr FORMULA")
        return get_surface(args.surface or default)
    from landscape_gui.core.custom_surface import custom_surface
    from landscape_gui.core.expressions import ExpressionError

    window = None
    if args.window is not None:
        try:
            x0, x1, y0, y1 = (float(v) for v in args.window.split(","))
        except ValueError:
            raise UsageError(
                f"--window must be four numbers X0,X1,Y0,Y1 (e.g. -3,3,-2,2), not {args.window!r}"
            ) from None
        window = ((x0, x1), (y0, y1))
    try:
        return custom_surface(args.expr, window)
    except ExpressionError as error:
        raise UsageError(f"--expr: {error}") from None


def _trace(args: argparse.Namespace) -> int:
    from landscape_gui.core.config import MAX_STEPS, RunConfig
    from landscape_gui.core.engine import Run
    from landscape_gui.core.optimizers import get_optimizer
    from landscape_gui.core.schedules import Schedule

    if args.session is not None:
        return _trace_session(args)
    if args.run is not None:
        raise UsageError("--run goes with --session")
    if args.optimizer is None:
        raise UsageError("give --optimizer NAME (see 'landscape-gui optimizers'), or --session")
    surface = _surface_from_args(args, None)
    optimizer = get_optimizer(args.optimizer)
    hyper: dict[str, float | bool] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--set takes KEY=VALUE, not {item!r}")
        hyper[key.strip()] = optimizer.hyper(key.strip()).parse(value)
    lr = None
    if args.lr is not None:
        lr = _number("--lr", args.lr, "a finite number > 0")
        if not 0 < lr < float("inf"):
            raise UsageError(f"--lr must be a finite number > 0, not {args.lr!r}")
    steps_text = f"a whole number from 0 to {MAX_STEPS}"
    steps = _whole("--steps", args.steps, steps_text)
    if not 0 <= steps <= MAX_STEPS:
        raise UsageError(f"--steps must be {steps_text}, not {args.steps!r}")
    noise = _number("--noise", args.noise, "a finite number ≥ 0")
    if not 0 <= noise < float("inf"):
        raise UsageError(f"--noise must be a finite number ≥ 0, not {args.noise!r}")
    seed = _whole("--seed", args.seed, "a whole number ≥ 0")
    if seed < 0:
        raise UsageError(f"--seed must be a whole number ≥ 0, not {args.seed!r}")
    clip = None
    if args.clip is not None:
        clip = _number("--clip", args.clip, "a finite number > 0")
        if not 0 < clip < float("inf"):
            raise UsageError(f"--clip must be a finite number > 0, not {args.clip!r}")
    config = RunConfig(
        surface=surface,
        optimizer=optimizer.name,
        lr=lr,
        hyper=hyper,
        start=_start(args.start) if args.start is not None else None,
        steps=steps,
        noise=noise,
        seed=seed,
        schedule=Schedule.parse(args.schedule),
        clip=clip,
    )
    return _write_trace(Run(config).run_to_end(), args)


def _render(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from landscape_gui.core.config import MAX_STEPS
    from landscape_gui.core.files import WriteError
    from landscape_gui.core.session import default_runs, parse_run_spec

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg", ".gif"):
        raise UsageError(f"--out must end in .png, .svg or .gif, not {out.name!r}")
    if suffix == ".svg" and args.view != "contour":
        raise UsageError(f"--view {args.view} cannot be written as SVG; use .png or .gif")
    session = None
    if args.session is not None:
        if args.surface is not None or args.expr is not None or args.run:
            raise UsageError(
                "--session gives the surface and the runs; drop --surface/--expr/--run"
            )
        from landscape_gui.core.session_file import load_session
        from landscape_gui.core.surfaces import get_surface

        session = load_session(args.session)
        surface = get_surface(session.surface)
    else:
        surface = _surface_from_args(args, "bowl")
    steps_text = f"a whole number from 1 to {MAX_STEPS}"
    steps = _whole("--steps", args.steps, steps_text)
    if not 1 <= steps <= MAX_STEPS:
        raise UsageError(f"--steps must be {steps_text}, not {args.steps!r}")
    start = _start(args.start) if args.start is not None else surface.start
    defaults = {"contour": (900, 700), "3d": (900, 700), "window": (1400, 880)}[args.view]
    width = _whole("--width", args.width, "a whole number of pixels") if args.width else defaults[0]
    height = (_whole("--height", args.height, "a whole number of pixels") if args.height
              else defaults[1])  # fmt: skip
    for name, value in (("--width", width), ("--height", height)):
        if not 64 <= value <= 8192:
            raise UsageError(f"{name} must be from 64 to 8192 pixels, not {value}")
    fps = _number("--fps", args.fps, "a number from 1 to 50")
    if not 1 <= fps <= 50:
        raise UsageError(f"--fps must be a number from 1 to 50, not {args.fps!r}")
    if session is not None:
        specs = session.runs
    elif args.run:
        specs = [parse_run_spec(text, i, surface, start, steps) for i, text in enumerate(args.run)]
    elif surface.name == "bowl" and not surface.expression and args.start is None:
        specs = [s.with_changes(steps=steps) for s in default_runs()[1]]
    else:
        specs = [parse_run_spec(name, i, surface, start, steps)
                 for i, name in enumerate(("gd", "momentum", "adam"))]  # fmt: skip
    for spec in specs:
        spec.config(surface)  # every setting checked before a window is made
    if args.view == "3d":
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if platform in ("offscreen", "minimal") or (
            sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
        ):
            raise UsageError(
                "--view 3d needs OpenGL on an X display (set DISPLAY, or run under xvfb-run "
                "with QT_QPA_PLATFORM=xcb)"
            )
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from landscape_gui.ui.app import make_application
        from landscape_gui.ui.render import Renderer
    except ImportError as error:
        raise UsageError(f"cannot draw: {error} (is PySide6-Essentials installed?)") from None
    make_application(lang=args.lang or "en")
    if args.lang == "ko":
        from landscape_gui.ui.i18n import FONT_HINT, can_draw_hangul

        if not can_draw_hangul():
            print(f"landscape-gui: warning: {FONT_HINT}", file=sys.stderr)
    try:
        log = args.log or (session is not None and session.log_scale)
        with Renderer(args.view, surface, specs, width, height, log) as renderer:
            renderer.write(out, fps)
    except WriteError as error:
        raise UsageError(str(error)) from None
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _trace_session(args: argparse.Namespace) -> int:
    from landscape_gui.core.engine import Run
    from landscape_gui.core.surfaces import get_surface

    others = [o for o in ("surface", "expr", "optimizer", "lr", "start", "clip") if
              getattr(args, o) is not None] + [o for o in ("set",) if getattr(args, o)]  # fmt: skip
    if others:
        raise UsageError(f"--session gives the run's settings; drop --{others[0]}")
    index = _whole("--run", args.run if args.run is not None else "0", "a whole number ≥ 0")
    session, spec = _session_config(args.session, index)
    return _write_trace(Run(spec.config(get_surface(session.surface))).run_to_end(), args)


def _write_trace(run: Any, args: argparse.Namespace) -> int:
    """The trajectory to --output (atomically) or standard output; the outcome to stderr."""
    from landscape_gui.core.files import WriteError, atomic_write_text
    from landscape_gui.core.outcomes import classify
    from landscape_gui.core.trace_format import trace_csv, trace_json

    outcome = classify(run)
    text = trace_json(run, outcome) if args.format == "json" else trace_csv(run)
    if args.output:
        try:
            atomic_write_text(args.output, text)
        except WriteError as error:
            raise UsageError(str(error)) from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    print(outcome.text, file=sys.stderr)
    return 0


def _lessons(args: argparse.Namespace) -> int:
    from landscape_gui.core.lessons import LESSONS

    for lesson in LESSONS.values():
        print(f"{lesson.name:14} {lesson.title}")
        for scene in lesson.scenes:
            print(f"{'':14}   · {scene.title}")
    return 0


def _surfaces(args: argparse.Namespace) -> int:
    from landscape_gui.core.surfaces import all_surfaces

    surfaces = all_surfaces()
    if args.format == "json":
        keys = ("name", "title", "formula", "window", "start", "minima")
        described = [s.describe() for s in surfaces]
        docs = [{k: d[k] for k in (*keys, "description", "params")} for d in described]
        print(json.dumps(docs, indent=2, ensure_ascii=False))
        return 0
    for s in surfaces:
        (x0, x1), (y0, y1) = s.window
        best = ", ".join(str(m.label()) for m in s.global_minima[:2])
        best = best or "no minimum (unbounded below)"
        local = sum(m.kind == "local" for m in s.minima)
        print(f"{s.name:17} {s.title}")
        print(f"{'':17} f = {s.formula_text}")
        print(
            f"{'':17} window x ∈ [{x0:g}, {x1:g}], y ∈ [{y0:g}, {y1:g}]; start "
            f"({s.start[0]:g}, {s.start[1]:g}); {best}"
            + (f"; {local} local minim{'um' if local == 1 else 'a'}" if local else "")
        )
    return 0


def _optimizers(args: argparse.Namespace) -> int:
    from landscape_gui.core.optimizers import OPTIMIZERS

    if args.format == "json":
        docs = [
            {
                "name": o.name,
                "title": o.title,
                "torch": o.torch_name,
                "rule": o.rule,
                "hyperparameters": [
                    {
                        "name": h.name,
                        "default": h.default,
                        "type": h.kind,
                        "valid": h.range_text(),
                        "doc": h.doc,
                    }
                    for h in o.hypers
                ],
            }
            for o in OPTIMIZERS.values()
        ]
        print(json.dumps(docs, indent=2, ensure_ascii=False))
        return 0
    for o in OPTIMIZERS.values():
        torch = f"  (torch.optim.{o.torch_name})" if o.torch_name else ""
        print(f"{o.name:9} {o.title}{torch}")
        print(f"{'':9} {o.rule}")
        for h in o.hypers:
            default = str(h.default).lower() if h.kind == "bool" else f"{h.default:g}"
            print(f"{'':9}   {h.name} = {default}: {h.doc}")
    return 0


def _session_path(text: str) -> str:
    """A session file given on the command line, checked before any window opens."""
    from landscape_gui.core.session_file import load_session

    load_session(text)  # SessionError (a ValueError) names what is wrong: exit 2
    return text


def _session_config(path: str, index: int) -> tuple[Any, Any]:
    """(session, RunSpec) for `trace --session FILE --run INDEX`."""
    from landscape_gui.core.session_file import load_session

    session = load_session(path)
    if not 0 <= index < len(session.runs):
        raise UsageError(f"--run must be from 0 to {len(session.runs) - 1} for this session "
                         f"({len(session.runs)} runs), not {index}")  # fmt: skip
    return session, session.runs[index]


def _launch_app(
    argv: Sequence[str],
    session: str | None = None,
    lesson: str | None = None,
    lang: str | None = None,
) -> int:
    try:
        from landscape_gui.ui.app import run_app
    except ImportError as error:  # Qt missing or its system libraries absent
        return _fail(f"cannot start the window: {error} (is PySide6-Essentials installed?)")
    return run_app(argv, session, lesson, lang)


def _pop_lang(args: list[str]) -> str | None:
    """Take `--lang X` / `--lang=X` out of the arguments after a session file."""
    for i, token in enumerate(args):
        value = None
        if token.startswith("--lang="):
            value, rest = token.split("=", 1)[1], args[i + 1 :]
        elif token == "--lang" and i + 1 < len(args):
            value, rest = args[i + 1], args[i + 2 :]
        if value is not None:
            if value not in ("en", "ko"):
                raise UsageError(f"--lang must be en or ko, not {value!r}")
            del args[i:]
            args.extend(rest)
            return value
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `landscape-gui` and `python -m landscape_gui`."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        if args_list and args_list[0].endswith(".json") and not args_list[0].startswith("-"):
            rest = args_list[1:]
            lang = _pop_lang(rest)
            return _launch_app(rest, session=_session_path(args_list[0]), lang=lang)
        args = parser.parse_args(_glue_values(args_list))
        if args.command is None:
            if args.lesson is not None:
                from landscape_gui.core.lessons import get_lesson

                get_lesson(args.lesson)  # an unknown name is answered before a window opens
                return _launch_app([], lesson=args.lesson, lang=args.lang)
            return _launch_app([], lang=args.lang)
        handler = {
            "trace": _trace,
            "render": _render,
            "surfaces": _surfaces,
            "lessons": _lessons,
            "optimizers": _optimizers,
        }
        return handler[args.command](args)
    except UsageError as error:
        return _fail(str(error))
    except ValueError as error:  # ConfigError, HyperparameterError, ScheduleError, surfaces
        return _fail(str(error))
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    print(f"landscape-gui: error: {message}", file=sys.stderr)
    return EXIT_USAGE
