"""The step inspector: the selected run at the current step, and its update rule with this step's
numbers filled in."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTextBrowser

from landscape_gui.core.explain import explain
from landscape_gui.core.messages import Message
from landscape_gui.ui import i18n
from landscape_gui.ui.runs_model import LiveRun


class Inspector(QTextBrowser):
    def sizeHint(self) -> QSize:
        return QSize(330, 400)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self._key: tuple[object, ...] = ()

    def show_step(self, live: LiveRun | None, step: int, outcome: str = "") -> None:
        """Render run `live` at `step` (only when something changed: it is called every frame)."""
        run = live.run if live else None
        ready = live.ready if live else 0
        key = (id(run), step, min(ready, step + 2), outcome, live.spec.name if live else "")
        if key == self._key:
            return
        self._key = key
        if live is None:
            nothing = self.tr("No run selected.")
            self.setHtml(f"<p>{nothing}</p>")
            return
        if run is None:
            self.setHtml(f"<p><b>{html.escape(live.spec.name)}</b></p>"
                         f"<p style='color:#d55e00'>{html.escape(live.error)}</p>")  # fmt: skip
            return
        if ready == 0:
            reason = run.divergence_reason
            waiting = i18n.message_text(reason) if reason else self.tr("computing…")
            self.setHtml(f"<p><b>{html.escape(live.spec.name)}</b>: {html.escape(waiting)}</p>")
            return
        with live.lock:
            e = explain(run, min(step, ready - 1))
        rows = "".join(
            f"<tr><td style='color:#9aa0a6;padding-right:8px'>{html.escape(_label(label))}</td>"
            f"<td style='font-family:monospace'>{html.escape(_text(value))}</td></tr>"
            for label, value in e.facts
        )
        worked = "<br>".join(html.escape(_text(line)) for line in e.worked)
        rule, this_step, outcome_title = self.tr("Rule"), self.tr("This step"), self.tr("Outcome")
        step_text = self.tr("step %1").replace("%1", str(e.step))
        title = f"{i18n.core_text('optimizers', e.optimizer)} — {step_text}"
        swatch = f"<span style='color:{live.spec.color}'>■</span>"
        self.setHtml(
            f"<p>{swatch} <b>{html.escape(live.spec.name)}</b> — {html.escape(title)}</p>"
            f"<table>{rows}</table>"
            f"<p style='margin-top:8px'><b>{rule}</b><br>"
            f"<span style='font-family:monospace'>{html.escape(e.rule)}</span></p>"
            f"<p><b>{this_step}</b><br>"
            f"<span style='font-family:monospace'>{worked}</span></p>"
            + (f"<p><b>{outcome_title}</b><br>{html.escape(outcome)}</p>" if outcome else "")
        )


def _label(label: Message | str) -> str:
    """A fact's label: core's message, or an optimizer's state label (translated with the
    optimizers' texts), in the interface language."""
    return _text(label) if isinstance(label, Message) else i18n.core_text("optimizers", label)


def _text(part: Message | str) -> str:
    """A value or a line of arithmetic: core's messages translated, numbers and equations as
    they are."""
    return i18n.message_text(part) if isinstance(part, Message) else part
