"""Texts core shows to people (run outcomes, the inspector's facts, messages about bad input), kept
as an English template and its values so that the interface can show them in another language.
scripts/core-strings.py collects every `message("…")` template into translations/core_*.ts."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Message:
    """A template with {named} fields and their values (plain text or further messages); str() is
    the English text."""

    template: str
    values: tuple[tuple[str, str | Message], ...] = ()

    def render(self, translate: Callable[[str], str]) -> str:
        """The text with `translate` applied to this template and every nested one."""
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.values
        }
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render(lambda template: template)

    def __add__(self, other: str | Message) -> Message:
        """Two texts one after the other (each translated on its own)."""
        return Message("{a}{b}", (("a", self), ("b", other)))


def message(template: str, /, **values: str | Message | int | float) -> Message:
    """A translatable text; numbers are formatted with str() (format them first when it matters)."""
    return Message(
        template,
        tuple((k, v if isinstance(v, str | Message) else str(v)) for k, v in values.items()),
    )


def error_message(error: BaseException) -> Message | str:
    """What `error` says: the Message it was raised with (to be translated), or its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def render_error(error: BaseException, translate: Callable[[str], str]) -> str:
    """An exception's text, translated where it was raised with a Message."""
    said = error_message(error)
    return said.render(translate) if isinstance(said, Message) else said


def message_calls(paths: Iterable[Path]) -> Iterator[tuple[str, ast.Call]]:
    """Every `message(...)` call in the given source files, with its 'file:line' (for collecting
    the templates to translate, and for checking that each is a literal with named fields)."""
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "message"
            ):
                yield f"{path.name}:{node.lineno}", node
