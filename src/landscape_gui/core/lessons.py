"""The built-in lessons: short sequences of scenes, each a session and a caption saying what to
watch and why it happens. `expected` records what each run must do, so the tests can hold every
caption to its claim."""

from __future__ import annotations

from dataclasses import dataclass, field

from landscape_gui.core.messages import message
from landscape_gui.core.names import suggest
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.session import PALETTE, RunSpec
from landscape_gui.core.session_file import Session


@dataclass(frozen=True)
class Scene:
    title: str
    caption: str
    session: Session
    # run index → the outcome kind the caption promises ("converged", "diverged", "escaped", …),
    # and for "converged" optionally which kind of minimum ("global" or "local")
    expected: dict[int, tuple[str, str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    scenes: tuple[Scene, ...]


def _run(
    i: int,
    name: str,
    optimizer: str,
    lr: float,
    start: tuple[float, float],
    steps: int,
    noise: float = 0.0,
    seed: int = 0,
    schedule: Schedule | None = None,
) -> RunSpec:
    return RunSpec(
        name,
        PALETTE[i % len(PALETTE)],
        optimizer,
        lr,
        start=start,
        steps=steps,
        noise=noise,
        seed=seed,
        schedule=schedule or Schedule(),
        auto_name=False,
    )


def _lessons() -> list[Lesson]:
    bowl_start = (-2.0, 4.0)
    return [
        Lesson(
            "learning-rate",
            "1. The learning rate",
            (
                Scene(
                    "Too small, about right, too large",
                    "The bowl curves by L = 2 in every direction, so gradient descent is stable only "
                    "for learning rates below 2/L = 1. At 0.02 it crawls; at 0.3 it arrives in a few "
                    "steps; at 1.2 every step overshoots further than the last, and it diverges.",
                    Session(
                        "bowl",
                        [
                            _run(1, "η = 0.02 (too small)", "gd", 0.02, bowl_start, 100),
                            _run(4, "η = 0.3 (about right)", "gd", 0.3, bowl_start, 100),
                            _run(0, "η = 1.2 (too large)", "gd", 1.2, bowl_start, 100),
                        ],
                    ),
                    {0: ("moving", None), 1: ("converged", "global"), 2: ("diverged", None)},
                ),
                Scene(
                    "Exactly at the limit",
                    "At η = 2/L = 1 each step lands exactly opposite: the distance to the minimum "
                    "never shrinks and never grows, and the run bounces between two points for ever. "
                    "Just below the limit (0.95) it bounces too, but the bounces die away.",
                    Session(
                        "bowl",
                        [
                            _run(5, "η = 1 (= 2/L)", "gd", 1.0, bowl_start, 100),
                            _run(4, "η = 0.95", "gd", 0.95, bowl_start, 400),
                        ],
                    ),
                    {0: ("moving", None), 1: ("converged", "global")},
                ),
            ),
        ),
        Lesson(
            "local-minimum",
            "2. Local and global minima",
            (
                Scene(
                    "Where you start decides",
                    "Two valleys: the left is deeper (the global minimum), the right shallower. The "
                    "same gradient descent started on either side of the ridge rolls into the valley "
                    "on its side: the right one ends in the local minimum.",
                    Session(
                        "valleys",
                        [
                            _run(0, "start on the right", "gd", 0.05, (1.5, 1.0), 200),
                            _run(1, "start on the left", "gd", 0.05, (-1.5, 1.0), 200),
                        ],
                    ),
                    {0: ("converged", "local"), 1: ("converged", "global")},
                ),
                Scene(
                    "A larger step jumps the ridge",
                    "From the same start, a small learning rate settles in the nearby local minimum, "
                    "while a larger one overshoots the ridge on its first steps and ends in the "
                    "deeper valley. The step size shapes where a run can go, not only how fast.",
                    Session(
                        "valleys",
                        [
                            _run(0, "η = 0.05", "gd", 0.05, (1.5, 1.0), 200),
                            _run(4, "η = 0.2", "gd", 0.2, (1.5, 1.0), 200),
                        ],
                    ),
                    {0: ("converged", "local"), 1: ("converged", "global")},
                ),
            ),
        ),
        Lesson(
            "saddle",
            "3. The saddle point",
            (
                Scene(
                    "Stuck at a saddle, freed by noise",
                    "On x² − y² gradient descent started on the x axis slides to the origin and "
                    "stops: the gradient vanishes there, though it is no minimum. The same run with "
                    "a little gradient noise (as in stochastic gradient descent) is pushed off the "
                    "axis and escapes downhill along y.",
                    Session(
                        "saddle",
                        [
                            _run(0, "gd", "gd", 0.1, (1.5, 0.0), 300),
                            _run(
                                1,
                                "gd + noise σ = 0.05",
                                "gd",
                                0.1,
                                (1.5, 0.0),
                                300,
                                noise=0.05,
                                seed=1,
                            ),
                        ],
                    ),
                    {0: ("stalled", None), 1: ("escaped", None)},
                ),
            ),
        ),
        Lesson(
            "ravine",
            "4. The ravine",
            (
                Scene(
                    "Zig-zag across, crawl along",
                    "The valley is 100 times steeper across than along (κ = 100), so gradient "
                    "descent must keep η below 2/100 to stay stable across it, and then moves along "
                    "it at a crawl, zig-zagging. Momentum averages the zig-zag away and builds up "
                    "speed along the valley: it arrives in well under half the steps.",
                    Session(
                        "ravine:kappa=100.0",
                        [
                            _run(0, "gd η = 0.019", "gd", 0.019, (-9.0, 3.0), 400),
                            _run(1, "momentum η = 0.004", "momentum", 0.004, (-9.0, 3.0), 400),
                            _run(2, "nesterov η = 0.008", "nesterov", 0.008, (-9.0, 3.0), 400),
                        ],
                    ),
                    {
                        0: ("converged", "global"),
                        1: ("converged", "global"),
                        2: ("converged", "global"),
                    },
                ),
                Scene(
                    "Rosenbrock's banana",
                    "The same on Rosenbrock's curved valley (use the logarithmic colours): after "
                    "3,000 steps gradient descent is still far from (1, 1), while momentum and "
                    "Nesterov momentum with the same learning rate have arrived.",
                    Session(
                        "rosenbrock",
                        [
                            _run(0, "gd", "gd", 1e-3, (-1.2, 1.0), 3000),
                            _run(1, "momentum", "momentum", 1e-3, (-1.2, 1.0), 3000),
                            _run(2, "nesterov", "nesterov", 1e-3, (-1.2, 1.0), 3000),
                        ],
                        log_scale=True,
                    ),
                    {0: ("moving", None), 1: ("converged", "global"), 2: ("converged", "global")},
                ),
            ),
        ),
        Lesson(
            "adaptive",
            "5. Adaptive methods",
            (
                Scene(
                    "Each direction its own step",
                    "Adagrad, RMSprop and Adam divide each coordinate's step by a running size of "
                    "its gradient, so the steep direction and the shallow one move at similar "
                    "speeds: their paths head almost straight for the minimum instead of zig-zagging "
                    "across the valley like gradient descent.",
                    Session(
                        "ravine",
                        [
                            _run(0, "gd", "gd", 0.07, (-9.0, 3.0), 300),
                            _run(1, "adagrad", "adagrad", 1.0, (-9.0, 3.0), 300),
                            _run(2, "rmsprop", "rmsprop", 0.1, (-9.0, 3.0), 300),
                            _run(3, "adam", "adam", 0.3, (-9.0, 3.0), 300),
                        ],
                    ),
                    {
                        0: ("converged", "global"),
                        2: ("converged", "global"),
                        3: ("converged", "global"),
                    },
                ),
            ),
        ),
        Lesson(
            "schedules",
            "6. Learning-rate schedules",
            (
                Scene(
                    "Decay ends the bouncing",
                    "At η = 2/L = 1 on the bowl gradient descent bounces for ever. The same start "
                    "with the rate halved every 20 steps (StepLR) or annealed along a cosine stops "
                    "bouncing as soon as the rate has come down, and converges.",
                    Session(
                        "bowl",
                        [
                            _run(5, "constant η = 1", "gd", 1.0, bowl_start, 100),
                            _run(
                                4,
                                "StepLR ×0.5 every 20",
                                "gd",
                                1.0,
                                bowl_start,
                                100,
                                schedule=Schedule.parse("step:step_size=20:gamma=0.5"),
                            ),
                            _run(
                                1, "cosine", "gd", 1.0, bowl_start, 100, schedule=Schedule("cosine")
                            ),
                        ],
                    ),
                    {0: ("moving", None), 1: ("converged", "global"), 2: ("converged", "global")},
                ),
            ),
        ),
        Lesson(
            "second-order",
            "7. Second order",
            (
                Scene(
                    "Newton's method in one step",
                    "Newton's method divides the gradient by the curvature, direction by direction: "
                    "on a quadratic it jumps to the minimum in a single step, however ill-"
                    "conditioned the valley, where gradient descent needs dozens.",
                    Session(
                        "ravine",
                        [
                            _run(0, "gd", "gd", 0.07, (-9.0, 3.0), 100),
                            _run(3, "newton", "newton", 1.0, (-9.0, 3.0), 20),
                        ],
                    ),
                    {0: ("converged", "global"), 1: ("converged", "global")},
                ),
                Scene(
                    "…and straight into the saddle",
                    "Newton's step goes to where the local quadratic is flat, and on x² − y² that is "
                    "the saddle: Newton's method heads for it and stops, while gradient descent "
                    "rolls away downhill. Second-order steps need the curvature to point the right "
                    "way.",
                    Session(
                        "saddle",
                        [
                            _run(0, "gd", "gd", 0.1, (1.0, 0.7), 100),
                            _run(3, "newton", "newton", 1.0, (1.0, 0.7), 20),
                        ],
                    ),
                    {0: ("escaped", None), 1: ("stalled", None)},
                ),
            ),
        ),
        Lesson(
            "many-minima",
            "8. Many minima",
            (
                Scene(
                    "Rastrigin: the start decides everything",
                    "A local minimum near every integer point: gradient descent stops in the nearest "
                    "one. Three starts, three different answers, only one of them the global minimum.",
                    Session(
                        "rastrigin",
                        [
                            _run(0, "start (3.2, −2.4)", "gd", 0.002, (3.2, -2.4), 500),
                            _run(1, "start (0.4, 0.3)", "gd", 0.002, (0.4, 0.3), 500),
                            _run(2, "start (−1.3, 2.2)", "gd", 0.002, (-1.3, 2.2), 500),
                        ],
                    ),
                    {
                        0: ("converged", "local"),
                        1: ("converged", "global"),
                        2: ("converged", "local"),
                    },
                ),
                Scene(
                    "Ackley: ripples on a funnel",
                    "Adam with the same settings from three starts: two are caught by ripples far "
                    "from the centre, one finds the funnel's tip at (0, 0).",
                    Session(
                        "ackley",
                        [
                            _run(0, "start (3.3, −2.2)", "adam", 0.05, (3.3, -2.2), 500),
                            _run(1, "start (0.6, 0.4)", "adam", 0.05, (0.6, 0.4), 500),
                            _run(2, "start (−4, 3)", "adam", 0.05, (-4.0, 3.0), 500),
                        ],
                    ),
                    {
                        0: ("converged", "local"),
                        1: ("converged", "global"),
                        2: ("converged", "local"),
                    },
                ),
            ),
        ),
    ]


LESSONS: dict[str, Lesson] = {lesson.name: lesson for lesson in _lessons()}


def get_lesson(name: str) -> Lesson:
    try:
        return LESSONS[name]
    except KeyError:
        raise ValueError(
            message(
                "unknown lesson '{name}'{suggestion}; lessons: {valid}",
                name=name,
                suggestion=suggest(name, LESSONS),
                valid=", ".join(LESSONS),
            )
        ) from None
