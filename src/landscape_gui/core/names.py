"""Suggesting the nearest valid name when a user mistypes one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from landscape_gui.core.messages import Message, message


def suggest(name: str, valid: Iterable[str]) -> Message | str:
    """' (did you mean 'x'?)' for the nearest valid name, or ''."""
    close = difflib.get_close_matches(name, list(valid), n=1, cutoff=0.5)
    if not close or close[0] == name:  # the name is valid, just not here (e.g. `sin` alone)
        return ""
    return message(" (did you mean '{name}'?)", name=close[0])
