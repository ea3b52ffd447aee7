"""The trajectory formats shared by `landscape-gui trace` and the app's export: CSV and JSON with
every number at full float64 precision (the shortest text that reads back to the same float)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
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


def traces_csv(runs: Sequence[tuple[str, Run]]) -> str:
    """Several named runs in one table: `run,name` (the run's number from 0, as in
    `trace --session FILE --run INDEX`, and its name) before trace's columns, so that one file
    loads in a spreadsheet or pandas."""
    lines = [",".join(("run", "name", *COLUMNS))]
    for index, (name, run) in enumerate(runs):
        prefix = f"{index},{_csv_field(name)},"
        lines.extend(prefix + row for row in trace_csv(run).splitlines()[1:])
    return "\n".join(lines) + "\n"


def traces_json(runs: Sequence[Run]) -> str:
    """Several runs: {"runs": [...]}, each element exactly `trace`'s JSON document for it."""
    document = {"runs": [trace_document(run) for run in runs]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _csv_field(text: str) -> str:
    """`text` as one CSV field (quoted where it holds a comma, a quote or a line break)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([text])
    return out.getvalue()
