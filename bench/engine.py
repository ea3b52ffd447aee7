"""Engine throughput next to a plain numpy loop of the same Adam update, in the same process.

    python bench/engine.py [--repeats 5]

1. One run driven step by step (`Run.step()`, which also records loss, gradient and state for the
   inspector), against a bare loop of the Adam update on a (1, 2) array.
2. 10,000 starts × 1,000 steps vectorised (`Stepper`), against the same bare loop on (10000, 2).
Both loops use Rosenbrock's gradient. Machines here are noisy: read the ratios, not the times.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run, Stepper
from landscape_gui.core.surfaces import get_surface

LR = 1e-3


def raw_adam(starts: np.ndarray, steps: int) -> np.ndarray:
    """The baseline: Adam on Rosenbrock written directly in numpy, nothing else."""
    p = starts.copy()
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        x, y = p[:, 0], p[:, 1]
        r = y - x * x
        g = np.empty_like(p)
        g[:, 0] = -2.0 * (1.0 - x) - 400.0 * x * r
        g[:, 1] = 200.0 * r
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - LR / (1 - b1**t) * m / (np.sqrt(v) / (1 - b2**t) ** 0.5 + eps)
    return p


def interleaved(
    repeats: int, baseline: Callable[[], object], engine: Callable[[], object]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(best, median) seconds of each, measured alternately so that drift hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for fn, out in ((baseline, times[0]), (engine, times[1])):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return (
        (min(times[0]), statistics.median(times[0])),
        (min(times[1]), statistics.median(times[1])),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--single-steps", type=int, default=20_000)
    parser.add_argument("--starts", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=1_000)
    args = parser.parse_args()
    surface = get_surface("rosenbrock")

    # 1. One run, step by step.
    n = args.single_steps
    config = RunConfig(surface, "adam", lr=LR, steps=n, start=(-1.2, 1.0))

    def engine_single() -> None:
        run = Run(config)
        while run.step():
            pass

    start = np.array([[-1.2, 1.0]])
    (raw_best, raw_med), (eng_best, eng_med) = interleaved(
        args.repeats, lambda: raw_adam(start, n), engine_single
    )
    print(f"one run, {n} steps driven one at a time (best of {args.repeats}; median):")
    print(f"  plain numpy Adam loop : {n / raw_best:12,.0f} steps/s  ({n / raw_med:,.0f})")
    print(f"  engine Run.step()     : {n / eng_best:12,.0f} steps/s  ({n / eng_med:,.0f})")
    print(f"  ratio engine / loop   : {raw_best / eng_best:12.2f}")

    # 2. Many starts, vectorised.
    rng = np.random.default_rng(0)
    starts = np.stack([rng.uniform(-2, 2, args.starts), rng.uniform(-1, 3, args.starts)], axis=-1)
    vconfig = RunConfig(surface, "adam", lr=LR, steps=args.steps)

    def engine_vector() -> None:
        Stepper(vconfig, starts).advance(args.steps)

    work = args.starts * args.steps
    (raw_best, raw_med), (eng_best, eng_med) = interleaved(
        args.repeats, lambda: raw_adam(starts, args.steps), engine_vector
    )
    print(f"{args.starts} starts × {args.steps} steps vectorised (best of {args.repeats}; median):")
    print(
        f"  plain numpy Adam loop : {work / raw_best / 1e6:12.1f} M point-steps/s "
        f"({work / raw_med / 1e6:.1f})"
    )
    print(
        f"  engine Stepper        : {work / eng_best / 1e6:12.1f} M point-steps/s "
        f"({work / eng_med / 1e6:.1f})"
    )
    print(f"  ratio engine / loop   : {raw_best / eng_best:12.2f}")

    # The two must agree, or the comparison means nothing.
    check = Stepper(vconfig, starts[:50])
    check.advance(200)
    np.testing.assert_allclose(check.positions, raw_adam(starts[:50], 200), rtol=1e-9)


if __name__ == "__main__":
    main()
