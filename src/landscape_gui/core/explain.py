"""The step inspector's text: what a run is at step k, and its update rule with that step's numbers
filled in (e.g. θ₁ = θ₀ − η·g = (−2, 4) − 0.3·(−8, 6) = (0.4, 2.2))."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from landscape_gui.core.curvature import curvature_at
from landscape_gui.core.engine import History
from landscape_gui.core.messages import Message, message
from landscape_gui.core.surface import Array

SUB = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
SUP = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")


def sub(k: int | str) -> str:
    return str(k).translate(SUB)


def sup(k: int | str) -> str:
    return str(k).translate(SUP)


def _unused(name: str, hp: dict[str, object]) -> bool:
    """State the chosen hyperparameters leave at zero for ever (not worth showing)."""
    if name == "momentum_buffer":
        return not hp.get("momentum")
    if name == "max_exp_avg_sq":
        return not hp.get("amsgrad")
    if name == "grad_avg":
        return not hp.get("centered")
    return False


def num(v: float) -> str:
    """A number for people: four significant digits, true minus sign."""
    if not np.isfinite(v):
        return str(v)
    text = f"{v:.4g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}·10{sup(int(exponent))}"
    return text.replace("-", "−")


def vec(v: Array) -> str:
    return f"({num(float(v[0]))}, {num(float(v[1]))})"


@dataclass(frozen=True)
class StepExplanation:
    """The inspector's content for one step of one run."""

    optimizer: str  # its title
    step: int
    facts: list[tuple[Message | str, Message | str]]  # (label, value): position, loss, state …
    rule: str  # the optimizer's rule in symbols
    worked: list[Message | str]  # the rule with this step's numbers, one equation a line


def explain(run: History, k: int) -> StepExplanation:
    """What happened at step k of `run` (k < count), and the update it applied next."""
    k = max(0, min(k, run.count - 1))
    cfg = run.config
    opt = cfg.opt
    theta = run.positions[k]
    loss = float(run.losses[k])
    grad = run.gradients[k]
    facts: list[tuple[Message | str, Message | str]] = [
        (message("step"), message("{step} of {steps}", step=k, steps=cfg.steps)),
        (message("position θ{k}", k=sub(k)), vec(theta)),
        (message("loss f(θ{k})", k=sub(k)), num(loss)),
        (message("gradient g"), vec(grad)),
        ("‖g‖", num(float(np.hypot(*grad)))),
    ]
    bend = curvature_at(run.surface, theta)
    if bend is not None:
        lo, hi = bend.eigenvalues
        facts.append((message("Hessian eigenvalues"), f"{num(float(lo))}, {num(float(hi))}"))
        facts.append((message("condition number κ"), num(bend.condition)))
        facts.append((message("curvature"), bend.kind))
    state = run.state_at(k)
    for name, value in state.items():
        if _unused(name, dict(cfg.hyper)):
            continue
        label = opt.state_labels.get(name, name)  # translated with the optimizers' texts
        arr = np.atleast_1d(value)
        facts.append((label, vec(arr) if arr.size == 2 else num(float(arr[0]))))
    worked: list[Message | str]
    if k + 1 < run.count:
        worked = _worked(run, k)
    elif run.finished:
        worked = [message("(the run has ended: no further update)")]
    else:
        worked = [message("(step {step} not computed yet)", step=k + 1)]
    return StepExplanation(opt.title, k, facts, opt.rule, worked)


def _worked(run: History, k: int) -> list[Message | str]:
    cfg = run.config
    name = cfg.opt.name
    hp = cfg.hyper
    eta = float(run.lrs[k])
    g = run.used_gradients[k]
    t0, t1 = run.positions[k], run.positions[k + 1]
    before, after = run.state_at(k), run.state_at(k + 1)
    k0, k1 = sub(k), sub(k + 1)
    lines: list[Message | str] = []
    if not np.array_equal(g, run.gradients[k]):
        lines.append(message("g = ∇f(θ{k}) with noise/clipping = {g}", k=k0, g=vec(g)))
    update = f"θ{k1} = θ{k0} − η·"
    if name in ("gd", "sgd", "momentum", "nesterov"):
        mu = float(hp["momentum"])
        if mu == 0:
            lines.append(f"{update}g = {vec(t0)} − {num(eta)}·{vec(g)} = {vec(t1)}")
        else:
            b = after["momentum_buffer"]
            if k == 0:
                lines.append(message("b = g = {b}   (first step: no dampening)", b=vec(b)))
            else:
                tau = float(hp["dampening"])
                lines.append(
                    f"b = μ·b + (1 − τ)·g = {num(mu)}·{vec(before['momentum_buffer'])} + "
                    f"{num(1 - tau)}·{vec(g)} = {vec(b)}"
                )
            if hp["nesterov"]:
                lines.append(
                    f"{update}(g + μ·b) = {vec(t0)} − {num(eta)}·({vec(g)} + {num(mu)}·{vec(b)})"
                    f" = {vec(t1)}"
                )
            else:
                lines.append(f"{update}b = {vec(t0)} − {num(eta)}·{vec(b)} = {vec(t1)}")
    elif name in ("adam", "adamw", "nadam", "adamax"):
        b1, b2 = float(hp["beta1"]), float(hp["beta2"])
        t = k + 1
        m = after["exp_avg"]
        lines.append(
            f"m = β₁·m + (1 − β₁)·g = {num(b1)}·{vec(before['exp_avg'])} + "
            f"{num(1 - b1)}·{vec(g)} = {vec(m)}"
        )
        if name == "adamax":
            u = after["exp_inf"]
            lines.append(f"u = max(β₂·u, |g| + ε) = {vec(u)}")
            lines.append(
                f"{update}m / ((1 − β₁{sup(t)})·u) = {vec(t0)} − {num(eta)}·{vec(m)} / "
                f"({num(1 - b1**t)}·{vec(u)}) = {vec(t1)}"
            )
        else:
            v = after["exp_avg_sq"]
            lines.append(f"v = β₂·v + (1 − β₂)·g² = {vec(v)}")
            m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
            if name in {"adam", "adamw"}:
                if hp["amsgrad"]:
                    v_hat = after["max_exp_avg_sq"] / (1 - b2**t)
                    lines.append(f"v̂ = max(v) / (1 − β₂{sup(t)}) = {vec(v_hat)}   (AMSGrad)")
                lines.append(f"m̂ = m / (1 − β₁{sup(t)}) = {vec(m_hat)},  v̂ = {vec(v_hat)}")
                if name == "adamw" and float(hp["weight_decay"]):
                    factor = num(1 - eta * float(hp["weight_decay"]))
                    lines.append(
                        message(
                            "θ ← θ·(1 − η·λ) = θ·{factor}   (decoupled weight decay)", factor=factor
                        )
                    )
                lines.append(
                    f"{update}m̂ / (√v̂ + ε) = {vec(t0)} − {num(eta)}·{vec(m_hat)} / "
                    f"{vec(np.sqrt(v_hat))} = {vec(t1)}"
                )
            else:
                lines.append(f"v̂ = v / (1 − β₂{sup(t)}) = {vec(v / (1 - b2**t))}")
                lines.append(f"{update}(μₜ₊₁·m̂ₜ₊₁ + (1 − μₜ)·ĝ) / (√v̂ + ε) = {vec(t1)}")
    elif name == "rmsprop":
        alpha = float(hp["alpha"])
        v = after["square_avg"]
        lines.append(
            f"v = α·v + (1 − α)·g² = {num(alpha)}·{vec(before['square_avg'])} + "
            f"{num(1 - alpha)}·{vec(g * g)} = {vec(v)}"
        )
        lines.append(
            f"{update}g / (√v + ε) = {vec(t0)} − {num(eta)}·{vec(g)} / "
            f"{vec(np.sqrt(v))} = {vec(t1)}"
        )
    elif name == "adagrad":
        s = after["sum"]
        clr = eta / (1 + k * float(hp["lr_decay"]))
        lines.append(f"s = s + g² = {vec(before['sum'])} + {vec(g * g)} = {vec(s)}")
        lines.append(
            f"{update}g / (√s + ε) = {vec(t0)} − {num(clr)}·{vec(g)} / "
            f"{vec(np.sqrt(s))} = {vec(t1)}"
        )
    elif name == "adadelta":
        delta = (t0 - t1) / eta
        lines.append(f"v = ρ·v + (1 − ρ)·g² = {vec(after['square_avg'])}")
        lines.append(f"Δ = √(u + ε)/√(v + ε)·g = {vec(delta)}")
        lines.append(f"u = ρ·u + (1 − ρ)·Δ² = {vec(after['acc_delta'])}")
        lines.append(f"{update}Δ = {vec(t0)} − {num(eta)}·{vec(delta)} = {vec(t1)}")
    elif name == "newton":
        H = run.surface.hessian(t0)
        lam = float(hp["damping"])
        step = (t0 - t1) / eta
        lines.append(
            f"H = [[{num(H[0, 0])}, {num(H[0, 1])}], [{num(H[1, 0])}, {num(H[1, 1])}]]"
            + (f",  λ = {num(lam)}" if lam else "")
        )
        lines.append(f"(H + λI)⁻¹·g = {vec(step)}")
        lines.append(f"{update}(H + λI)⁻¹·g = {vec(t0)} − {num(eta)}·{vec(step)} = {vec(t1)}")
    lines.append(
        message("update applied θ{next} − θ{k} = {update}", next=k1, k=k0, update=vec(t1 - t0))
    )
    return lines
