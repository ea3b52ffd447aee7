"""Write torch_reference.json: trajectories computed by torch.optim itself, which the tests compare
our optimizers against without needing torch installed.

Run by hand where torch is installed (`pip install torch`), from the project root:
    python tests/data/make_torch_reference.py
torch runs in float64 (torch.set_default_dtype), so NAdam's momentum product is float64 as ours is.
The gradient fed to torch is the surface's analytic gradient (with the same numpy noise stream
and torch's own clip_grad_norm_ where a case asks for them); the learning rate comes from torch's
own lr_scheduler classes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import torch

from landscape_gui.core.surfaces import get_surface

HERE = Path(__file__).parent
STEPS = 300

# (surface, start, optimizer as torch names it, hyperparameters in this project's names, lr,
#  schedule spec or None, noise σ, clip or None)
CASES: list[
    tuple[str, tuple[float, float], str, dict[str, object], float, str | None, float, float | None]
] = [
    ("bowl", (-2.0, 4.0), "SGD", {}, 0.1, None, 0.0, None),
    ("rosenbrock", (-1.2, 1.0), "SGD", {"momentum": 0.9}, 1e-4, None, 0.0, None),
    ("rosenbrock", (-1.2, 1.0), "SGD", {"momentum": 0.9, "dampening": 0.3}, 1e-4, None, 0.0, None),
    ("rosenbrock", (-1.2, 1.0), "SGD", {"momentum": 0.9, "nesterov": True}, 1e-4, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "SGD",
        {"momentum": 0.5, "weight_decay": 0.1},
        0.01,
        None,
        0.0,
        None,
    ),
    ("himmelblau", (0.5, -0.3), "Adagrad", {}, 0.3, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "Adagrad",
        {"lr_decay": 0.01, "initial_accumulator_value": 0.1, "weight_decay": 0.01},
        0.3,
        None,
        0.0,
        None,
    ),
    ("bowl", (-2.0, 4.0), "RMSprop", {}, 0.01, None, 0.0, None),
    ("himmelblau", (0.5, -0.3), "RMSprop", {"centered": True}, 0.01, None, 0.0, None),
    (
        "rosenbrock",
        (-1.2, 1.0),
        "RMSprop",
        {"momentum": 0.9, "centered": True, "weight_decay": 0.01},
        0.001,
        None,
        0.0,
        None,
    ),
    ("bowl", (-2.0, 4.0), "Adadelta", {}, 1.0, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "Adadelta",
        {"rho": 0.95, "weight_decay": 0.01},
        1.0,
        None,
        0.0,
        None,
    ),
    ("rosenbrock", (-1.2, 1.0), "Adam", {}, 0.01, None, 0.0, None),
    ("rosenbrock", (-1.2, 1.0), "Adam", {"amsgrad": True}, 0.01, None, 0.0, None),
    ("himmelblau", (0.5, -0.3), "Adam", {"weight_decay": 0.1, "beta1": 0.8}, 0.01, None, 0.0, None),
    ("rosenbrock", (-1.2, 1.0), "AdamW", {}, 0.01, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "AdamW",
        {"amsgrad": True, "weight_decay": 0.1},
        0.01,
        None,
        0.0,
        None,
    ),
    ("rosenbrock", (-1.2, 1.0), "NAdam", {}, 0.01, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "NAdam",
        {"weight_decay": 0.01, "momentum_decay": 0.01},
        0.01,
        None,
        0.0,
        None,
    ),
    ("rosenbrock", (-1.2, 1.0), "Adamax", {}, 0.01, None, 0.0, None),
    (
        "himmelblau",
        (0.5, -0.3),
        "Adamax",
        {"weight_decay": 0.01, "beta2": 0.99},
        0.01,
        None,
        0.0,
        None,
    ),
    ("bowl", (-2.0, 4.0), "SGD", {}, 0.05, "step:step_size=40:gamma=0.5", 0.0, None),
    ("bowl", (-2.0, 4.0), "Adam", {}, 0.2, "exponential:gamma=0.98", 0.0, None),
    ("himmelblau", (0.5, -0.3), "Adam", {}, 0.1, "cosine:t_max=300:eta_min=0.001", 0.0, None),
    (
        "bowl",
        (-2.0, 4.0),
        "SGD",
        {"momentum": 0.9},
        0.02,
        "warmup:start_factor=0.1:total_iters=50",
        0.0,
        None,
    ),
    ("bowl", (-2.0, 4.0), "SGD", {}, 0.05, None, 0.5, None),
    ("rosenbrock", (-1.2, 1.0), "Adam", {}, 0.01, None, 0.0, 1.0),
]


def torch_kwargs(hp: dict[str, object]) -> dict[str, object]:
    kw = dict(hp)
    if "beta1" in kw or "beta2" in kw:
        kw["betas"] = (kw.pop("beta1", 0.9), kw.pop("beta2", 0.999))
    return kw


def torch_scheduler(opt: torch.optim.Optimizer, spec: str | None) -> object | None:
    if spec is None:
        return None
    kind, *items = spec.split(":")
    p = {k: float(v) for k, v in (item.split("=") for item in items)}
    sched = torch.optim.lr_scheduler
    if kind == "step":
        return sched.StepLR(opt, step_size=int(p["step_size"]), gamma=p["gamma"])
    if kind == "exponential":
        return sched.ExponentialLR(opt, gamma=p["gamma"])
    if kind == "cosine":
        return sched.CosineAnnealingLR(opt, T_max=int(p["t_max"]), eta_min=p["eta_min"])
    if kind == "warmup":
        return sched.LinearLR(
            opt, start_factor=p["start_factor"], total_iters=int(p["total_iters"])
        )
    raise ValueError(kind)


def run_case(case: tuple) -> dict[str, object]:  # type: ignore[type-arg]
    surface_name, start, torch_name, hp, lr, schedule, noise, clip = case
    surface = get_surface(surface_name)
    theta = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = getattr(torch.optim, torch_name)([theta], lr=lr, **torch_kwargs(hp))
    scheduler = torch_scheduler(opt, schedule)
    rng = np.random.default_rng(0)
    path = [theta.detach().numpy().tolist()]
    for _ in range(STEPS):
        opt.zero_grad()
        g = surface.gradient(theta.detach().numpy()[None])
        if noise:
            g = g + noise * rng.standard_normal(g.shape)
        theta.grad = torch.tensor(g[0])
        if clip is not None:
            torch.nn.utils.clip_grad_norm_([theta], clip)
        opt.step()
        if scheduler is not None:
            scheduler.step()  # type: ignore[attr-defined]
        path.append(theta.detach().numpy().tolist())
    return {
        "surface": surface_name,
        "start": list(start),
        "torch": torch_name,
        "hyper": hp,
        "lr": lr,
        "schedule": schedule,
        "noise": noise,
        "seed": 0,
        "clip": clip,
        "path": path,
    }


def main() -> int:
    torch.set_default_dtype(torch.float64)
    cases = [run_case(c) for c in CASES]
    doc = {"torch_version": torch.__version__, "steps": STEPS, "cases": cases}
    (HERE / "torch_reference.json").write_text(json.dumps(doc) + "\n")
    print(f"wrote {len(cases)} cases from torch {torch.__version__}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
