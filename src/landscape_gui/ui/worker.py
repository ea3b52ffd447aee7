"""The worker: a QObject in a QThread that streams the runs' steps into the app.

The stepping itself runs in a child process (`core.remote`): Python threads share one interpreter
lock, and a thread stepping eight runs flat out left the window drawing 2–6 frames a second. The
worker thread sends the child its commands (new runs, dropped runs, the playhead's target) and
appends each batch of finished rows it sends back to the run's buffers, under the run's lock. The
UI reads finished rows on its own ≤ 60 Hz timer; signals carry only the lifecycle. Stop is a
threading.Event checked between messages; the thread is never terminated."""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from landscape_gui.core.remote import ComputeProcess, payload
from landscape_gui.ui import i18n
from landscape_gui.ui.runs_model import LiveRun

POLL_SECONDS = 0.02


class RunWorker(QObject):
    """Feeds the compute process and applies what it sends back."""

    started = Signal()
    finished = Signal()
    failed = Signal(str)

    def __init__(self, process: ComputeProcess, lookup: Callable[[int], LiveRun | None]) -> None:
        super().__init__()
        self._process = process
        self._lookup = lookup
        self._outbox: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self.messages = 0  # batches received (for tests and the benchmark)

    def send(self, message: tuple[Any, ...]) -> None:
        """Queue a command for the compute process (any thread)."""
        self._outbox.put(message)

    def stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            conn = self._process.conn  # waits for the child to call back

            while not self._stop.is_set():
                while not self._outbox.empty():
                    conn.send(self._outbox.get_nowait())
                if not conn.poll(POLL_SECONDS):
                    continue
                message = conn.recv()
                if message[0] == "error":
                    self.failed.emit(str(message[1]))
                    continue
                _, run_id, start, arrays, finished, diverged_at, reason = message
                live = self._lookup(run_id)
                if live is not None and live.run is not None:
                    with live.lock:
                        live.run.apply(start, arrays, finished, diverged_at, reason)
                self.messages += 1
        except (EOFError, OSError) as error:
            if not self._stop.is_set():
                why = i18n.error_text(error)
                self.failed.emit(self.tr("the compute process stopped: %1").replace("%1", why))
        self.finished.emit()


class WorkerThread:
    """Owns the compute process, the QThread and the worker; `shutdown()` stops them all."""

    instances: ClassVar[weakref.WeakSet[WorkerThread]] = weakref.WeakSet()

    def __init__(self) -> None:
        WorkerThread.instances.add(self)
        self.process = ComputeProcess()
        self._runs: dict[int, LiveRun] = {}
        self._lock = threading.Lock()
        self._target = -1
        self.thread = QThread()
        self.thread.setObjectName("landscape-gui run worker")
        self.worker = RunWorker(self.process, self._lookup)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    def _lookup(self, run_id: int) -> LiveRun | None:
        with self._lock:
            return self._runs.get(run_id)

    def start(self) -> None:
        self.thread.start()

    def sync(self, runs: list[LiveRun]) -> None:
        """Send the compute process the runs it does not have; drop those that are gone."""
        wanted = {live.id: live for live in runs if live.run is not None}
        with self._lock:
            gone = [i for i in self._runs if i not in wanted]
            new = [live for i, live in wanted.items() if i not in self._runs]
            self._runs = wanted
        for run_id in gone:
            self.worker.send(("drop", run_id))
        for live in new:
            assert live.run is not None
            self.worker.send(("run", live.id, payload(live.run.config)))

    def set_target(self, step: int) -> None:
        if step != self._target:
            self._target = step
            self.worker.send(("target", step))

    def shutdown(self) -> None:
        if self.thread.isRunning():
            self.worker.stop()
            self.thread.quit()
            self.thread.wait()
        self.process.stop()
