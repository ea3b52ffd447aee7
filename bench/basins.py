"""Basin map throughput next to a plain numpy loop of the same Adam update, in the same process.

    python bench/basins.py [--resolution 500] [--steps 500]

500 × 500 starts × 500 steps of Adam on Himmelblau: `core.basins.basin_map` (which also tracks,
every 5 steps, which starts have reached which minimum) against the bare update loop.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from landscape_gui.core.basins import basin_map
from landscape_gui.core.config import RunConfig
from landscape_gui.core.surfaces import get_surface

LR = 0.05


def raw_adam(starts: np.ndarray, steps: int) -> np.ndarray:
    """Adam on Himmelblau written directly in numpy: the baseline."""
    p = starts.copy()
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        x, y = p[:, 0], p[:, 1]
        a = x * x + y - 11.0
        b = x + y * y - 7.0
        g = np.empty_like(p)
        g[:, 0] = 4.0 * x * a + 2.0 * b
        g[:, 1] = 2.0 * a + 4.0 * y * b
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - LR / (1 - b1**t) * m / (np.sqrt(v) / (1 - b2**t) ** 0.5 + eps)
    return p


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=int, default=500)
    parser.add_argument("--steps", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    surface = get_surface("himmelblau")
    config = RunConfig(surface, "adam", lr=LR, steps=args.steps)
    (x0, x1), (y0, y1) = surface.window
    X, Y = np.meshgrid(np.linspace(x0, x1, args.resolution), np.linspace(y0, y1, args.resolution))
    starts = np.stack([X.ravel(), Y.ravel()], axis=-1)
    raw, ours = [], []
    for _ in range(args.repeats):  # alternating, so that machine noise hits both alike
        t0 = time.perf_counter()
        raw_adam(starts, args.steps)
        raw.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = basin_map(config, args.resolution)
        ours.append(time.perf_counter() - t0)
    work = len(starts) * args.steps
    print(
        f"{args.resolution}² starts × {args.steps} steps of Adam on Himmelblau "
        f"(best of {args.repeats}):"
    )
    print(
        f"  plain numpy Adam loop : {work / min(raw) / 1e6:8.1f} M point-steps/s ({min(raw):.2f} s)"
    )
    print(
        f"  basin map             : {work / min(ours) / 1e6:8.1f} M point-steps/s "
        f"({min(ours):.2f} s)"
    )
    print(f"  ratio basin map / loop: {min(raw) / min(ours):8.2f}")
    print("  shares: " + ", ".join(f"{m.label()} {result.share(i):.1%}"
                                   for i, m in enumerate(result.minima)))  # fmt: skip


if __name__ == "__main__":
    main()
