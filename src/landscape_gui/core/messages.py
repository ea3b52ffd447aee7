"""Texts core shows to people (run outcomes, the inspector's facts, messages about bad input), kept
as an English template and its values so that the interface can show them in another language.
scripts/core-strings.py collects every `message("…")` template into translations/core_*.ts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


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


def render_error(error: BaseException, translate: Callable[[str], str]) -> str:
    """An exception's text, translated where it was raised with a Message."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0].render(translate)
    return str(error)
