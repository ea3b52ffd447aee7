"""Add every lesson text in core/lessons.py to translations/lessons_*.ts as a message (context
"lessons"), keeping the translations already made; new ones are marked unfinished for a translator.
Usage: python scripts/lesson-strings.py (pyside6-lupdate cannot see core's strings: core has no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from landscape_gui.core.lessons import LESSONS

ROOT = Path(__file__).resolve().parent.parent


def lesson_texts() -> list[str]:
    """Every title and caption, in the order they appear."""
    texts: list[str] = []
    for lesson in LESSONS.values():
        texts.append(lesson.title)
        for scene in lesson.scenes:
            texts += [scene.title, scene.caption]
    return list(dict.fromkeys(texts))


def update(ts: Path, language: str) -> None:
    done: dict[str, str] = {}
    if ts.exists():
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                done[message.findtext("source", "")] = translation.text or ""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "lessons"
    for text in lesson_texts():
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
    existing = sorted((ROOT / "translations").glob("lessons_*.ts"))
    for path in existing or [ROOT / "translations" / "lessons_ko.ts"]:
        update(path, path.stem.split("_", 1)[1])
