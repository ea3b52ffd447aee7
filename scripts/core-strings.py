"""Collect the texts core shows to people (lessons and their runs' names; surface and optimizer
names and descriptions; the optimizers' state labels and hyperparameter help; every
`message("…")` template: outcomes, the inspector's facts, messages about bad input) into
translations/core_*.ts, one context each, keeping the translations already made; new ones are
marked unfinished for a translator.
pyside6-lupdate cannot see them: core has no Qt.
Usage: python scripts/core-strings.py"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from landscape_gui.core.lessons import LESSONS
from landscape_gui.core.messages import message_calls
from landscape_gui.core.optimizers import get_optimizer, optimizer_names
from landscape_gui.core.session import default_runs
from landscape_gui.core.surfaces import all_surfaces

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "landscape_gui" / "core"


def message_templates() -> list[str]:
    """The literal first argument of every message(...) call in core, in source order."""
    return [
        call.args[0].value
        for _, call in message_calls(sorted(CORE.glob("*.py")))
        if call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]


def core_texts() -> dict[str, list[str]]:
    """Context → its texts, in the order they appear."""
    lessons: list[str] = []
    for lesson in LESSONS.values():
        lessons.append(lesson.title)
        for scene in lesson.scenes:
            lessons += [scene.title, scene.caption, *(run.name for run in scene.session.runs)]
    lessons += [run.name for run in default_runs()[1]]
    surfaces = [t for s in all_surfaces() for t in (s.title, s.description)]
    optimizers: list[str] = []
    for name in optimizer_names():
        opt = get_optimizer(name)
        optimizers += [opt.title, *opt.state_labels.values(), *(h.doc for h in opt.hypers)]
    contexts = {
        "lessons": lessons,
        "surfaces": surfaces,
        "optimizers": optimizers,
        "messages": message_templates(),
    }
    return {name: list(dict.fromkeys(texts)) for name, texts in contexts.items()}


def update(ts: Path, language: str) -> None:
    done: dict[str, str] = {}
    if ts.exists():
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                done[message.findtext("source", "")] = translation.text or ""
    root = ET.Element("TS", version="2.1", language=language)
    for name, texts in core_texts().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if text in done:
                translation.text = done[text]
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    tmp = ts.with_suffix(".tmp")
    tmp.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="utf-8") + b"\n")  # fmt: skip
    tmp.replace(ts)


if __name__ == "__main__":
    existing = sorted((ROOT / "translations").glob("core_*.ts"))
    for path in existing or [ROOT / "translations" / "core_ko.ts"]:
        update(path, path.stem.split("_", 1)[1])
