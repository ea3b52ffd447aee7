"""The trajectory formats shared by `landscape-gui trace` and the app's export: CSV and JSON with
every number at full float64 precision (the shortest text that reads back to the same float)."""

from __future__ import annotations

import json
from typing import Any

from landscape_gui.core.engine import Run
from landscape_gui.core.outcomes import Outcome, classify

COLUMNS = ("step", "x", "y", "loss", "grad_x", "grad_y")


def trace_csv(run: Run) -> str:
    """Header `step,x,y,loss,grad_x,grad_y`, then one row per recorded step from 0."""
    lines = [",".join(COLUMNS)]
    lines.extend(f"{k},{x!r},{y!r},{f!r},{gx!r},{gy!r}" for k, x, y, f, gx, gy in run.rows())
    return "\n".join(lines) + "\n"


def trace_document(run: Run, outcome: Outcome | None = None) -> dict[str, Any]:
    """The JSON document: settings, every resolved hyperparameter, the outcome, the trajectory."""
    outcome = outcome or classify(run)
    return {
        "format": "landscape-gui trace",
        "version": 1,
        **run.config.describe(),
        "steps_taken": run.steps_taken,
        "outcome": outcome.as_dict(),
        "trajectory": [dict(zip(COLUMNS, row, strict=True)) for row in run.rows()],
    }


def trace_json(run: Run, outcome: Outcome | None = None) -> str:
    return json.dumps(trace_document(run, outcome), indent=2, ensure_ascii=False) + "\n"
