"""Collect the texts core shows to people (lessons, surface and optimizer names and descriptions)
into translations/core_*.ts, one context each, keeping the translations already made; new ones
are marked unfinished for a translator. pyside6-lupdate cannot see them: core has no Qt.
Usage: python scripts/core-strings.py"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from landscape_gui.core.lessons import LESSONS
from landscape_gui.core.optimizers import get_optimizer, optimizer_names
from landscape_gui.core.surfaces import all_surfaces

ROOT = Path(__file__).resolve().parent.parent


def core_texts() -> dict[str, list[str]]:
    """Context → its texts, in the order they appear."""
    lessons: list[str] = []
    for lesson in LESSONS.values():
        lessons.append(lesson.title)
        for scene in lesson.scenes:
            lessons += [scene.title, scene.caption]
    surfaces = [t for s in all_surfaces() for t in (s.title, s.description)]
    optimizers = [get_optimizer(name).title for name in optimizer_names()]
    contexts = {"lessons": lessons, "surfaces": surfaces, "optimizers": optimizers}
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
