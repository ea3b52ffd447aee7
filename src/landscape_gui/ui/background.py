"""A computation in a background thread whose result reaches the UI thread: the basin map and the
learning-rate sweep. numpy's large array operations release the interpreter lock, so the window
keeps drawing; a 50 ms timer on the UI thread collects the result (no cross-thread Qt calls)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class BackgroundJob:
    """One job at a time; `done(result, error)` is called on the UI thread when it ends."""

    def __init__(self, parent: QObject, done: Callable[[Any, Exception | None], None]) -> None:
        self._done = done
        self._thread: threading.Thread | None = None
        self._outcome: tuple[Any, Exception | None] | None = None
        self._poll = QTimer(parent, interval=50)
        self._poll.timeout.connect(self._collect)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable[[], Any], name: str) -> None:
        def run() -> None:
            try:
                self._outcome = (work(), None)
            except Exception as error:  # handed to `done`: shown to the user, not raised
                self._outcome = (None, error)

        self._outcome = None
        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()
        self._poll.start()

    def wait(self) -> None:
        """Block until the job has ended and its result has been delivered."""
        if self._thread is not None:
            self._thread.join()
            self._collect()

    def _collect(self) -> None:
        if self.running or self._outcome is None:
            return
        self._poll.stop()
        self._thread = None
        result, error = self._outcome
        self._outcome = None
        self._done(result, error)
