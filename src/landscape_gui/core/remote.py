"""Runs computed in a child process, mirrored in this one.

Python threads share one interpreter lock: a thread stepping eight runs flat out left the window
drawing 2–6 frames a second (measured). So the stepping happens in a separate process; it sends
each batch of finished rows through a pipe, and a `MirrorRun` here holds them with the same
reading interface as `Run` (views, outcomes and the inspector read either).

Messages to the child:   ("run", id, payload) · ("drop", id) · ("target", step) · ("stop",)
Messages from the child: ("rows", id, start, arrays, finished, diverged_at, reason),
                         ("error", text)
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import time
from multiprocessing.connection import Client, Connection, Listener
from typing import Any

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import History, Run
from landscape_gui.core.messages import Message
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surfaces import get_surface

BATCH_SECONDS = 0.005  # compute per run between looks at the pipe
MAX_BATCH = 1 << 16


def payload(config: RunConfig) -> dict[str, Any]:
    """A run config as plain data (surfaces hold functions and are rebuilt from their spec)."""
    return {
        "surface": config.surface.spec,
        "optimizer": config.optimizer,
        "lr": config.lr,
        "hyper": dict(config.hyper),
        "start": config.start,
        "steps": config.steps,
        "noise": config.noise,
        "seed": config.seed,
        "schedule": (config.schedule.kind, dict(config.schedule.params)),
        "clip": config.clip,
    }


def config_from(data: dict[str, Any]) -> RunConfig:
    kind, params = data["schedule"]
    fields = {k: v for k, v in data.items() if k not in ("surface", "schedule")}
    return RunConfig(get_surface(data["surface"]), schedule=Schedule(kind, params), **fields)


class MirrorRun(History):
    """A run computed elsewhere: rows arrive in order and never change once here."""

    def __init__(self, config: RunConfig) -> None:
        super().__init__(config)
        self._finished = False

    @property
    def finished(self) -> bool:
        return self._finished

    def apply(self, start: int, arrays: dict[str, Any], finished: bool,
              diverged_at: int | None, reason: Message | None) -> None:  # fmt: skip
        """Take rows start … start + n − 1 (and the gradient/rate of the steps before them)."""
        n = len(arrays["positions"])
        end = start + n
        self.positions[start:end] = arrays["positions"]
        self.gradients[start:end] = arrays["gradients"]
        self._losses[start:end] = arrays["losses"]
        lo = max(start - 1, 0)
        used = len(arrays["lrs"])
        self.used_gradients[lo : lo + used] = arrays["used_gradients"]
        self.lrs[lo : lo + used] = arrays["lrs"]
        for name, values in arrays["states"].items():
            if name not in self.states:
                self.states[name] = np.full((len(self._losses), *values.shape[1:]), np.nan)
            self.states[name][start:end] = values
        self.count = self._loss_rows = end
        self._finished = finished
        self.diverged_at = diverged_at
        self.divergence_reason = reason


def _rows_since(run: Run, start: int) -> dict[str, Any]:
    """Rows start … loss_rows − 1 of `run`, copied for sending, with the gradient and rate of
    each step taken from them (and of the step that diverged, once the run has)."""
    end = run.loss_rows
    lo = max(start - 1, 0)
    used_end = end if (run.diverged_at is not None and end > 0) else end - 1
    return {
        "positions": run.positions[start:end].copy(),
        "gradients": run.gradients[start:end].copy(),
        "losses": run.evaluated_losses()[start:end].copy(),
        "used_gradients": run.used_gradients[lo:used_end].copy(),
        "lrs": run.lrs[lo:used_end].copy(),
        "states": {k: v[start:end].copy() for k, v in run.states.items()},
    }


def child_main(conn: Connection) -> None:
    """The compute process: step every run up to the target, send new rows, obey commands."""
    runs: dict[int, tuple[Run, list[int]]] = {}  # id → (run, [rows sent, end reported])
    target = 0
    batch = 64
    try:
        while True:
            busy = any(
                run.steps_taken < min(target, run.config.steps) and not run.finished
                for run, _ in runs.values()
            ) or any(
                sent[0] < run.loss_rows or (run.finished and not sent[1])
                for run, sent in runs.values()
            )
            while conn.poll(0 if busy else 0.2):
                message = conn.recv()
                kind = message[0]
                if kind == "stop":
                    return
                if kind == "target":
                    target = message[1]
                elif kind == "run":
                    _, run_id, data = message
                    runs[run_id] = (Run(config_from(data)), [0, 0])
                elif kind == "drop":
                    runs.pop(message[1], None)
                busy = True
            for run_id, (run, sent) in list(runs.items()):
                need = min(target, run.config.steps) - run.steps_taken
                if need > 0 and not run.finished:
                    t0 = time.perf_counter()
                    taken = run.advance(min(need, batch))
                    _ = run.losses  # evaluate the new rows before they are sent
                    elapsed = time.perf_counter() - t0
                    if taken >= 8 and elapsed > 0:
                        batch = max(1, min(MAX_BATCH, int(BATCH_SECONDS * taken / elapsed)))
                if sent[0] < run.loss_rows or (run.finished and not sent[1]):
                    conn.send(("rows", run_id, sent[0], _rows_since(run, sent[0]), run.finished,
                               run.diverged_at, run.divergence_reason))  # fmt: skip
                    sent[0] = run.loss_rows
                    sent[1] = int(run.finished)
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return
    except Exception as error:  # report, do not vanish silently
        with contextlib.suppress(OSError):
            conn.send(("error", f"{type(error).__name__}: {error}"))


class ComputeProcess:
    """The child process (`python -m landscape_gui.core.remote`) and the connection to it.

    A plain subprocess, not multiprocessing's spawn: spawn re-runs the parent's main script in
    the child, which breaks any script that opens the window without a __main__ guard. On POSIX
    the two ends of a socket pair are the connection; elsewhere the child calls back to a local
    listener authenticated with a one-time key passed on its stdin.
    """

    def __init__(self) -> None:
        command = [sys.executable, "-m", "landscape_gui.core.remote"]
        self._listener: Listener | None = None
        self._conn: Connection | None = None
        if os.name == "posix":
            ours, theirs = socket.socketpair()
            self._conn = Connection(os.dup(ours.fileno()))
            ours.close()
            fd = theirs.fileno()
            self.process = subprocess.Popen([*command, f"fd:{fd}"], pass_fds=[fd])
            theirs.close()
        else:  # pragma: no cover - exercised on Windows only
            key = secrets.token_bytes(32)
            self._listener = Listener(authkey=key)
            address = self._listener.address
            where = address if isinstance(address, str) else f"{address[0]}:{address[1]}"
            self.process = subprocess.Popen([*command, where], stdin=subprocess.PIPE)
            assert self.process.stdin is not None
            self.process.stdin.write(key.hex().encode() + b"\n")
            self.process.stdin.close()

    @property
    def conn(self) -> Connection:
        """The connection (on Windows, waits the first time for the child to call back)."""
        if self._conn is None:
            assert self._listener is not None
            self._conn = self._listener.accept()
            self._listener.close()
        return self._conn

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the child to stop and wait for it; kill it only if it does not answer."""
        if self.alive():
            with contextlib.suppress(OSError):
                if self._conn is not None:
                    self._conn.send(("stop",))
                else:
                    self.process.terminate()  # it has not connected yet: nothing to lose
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(1.0)
        if self._conn is not None:
            self._conn.close()
        elif self._listener is not None:
            self._listener.close()


def _child_entry(where: str) -> None:
    if where.startswith("fd:"):
        conn = Connection(int(where[3:]))
    else:  # pragma: no cover - Windows
        key = bytes.fromhex(sys.stdin.readline().strip())
        host, _, port = where.rpartition(":")
        address: str | tuple[str, int] = (host, int(port)) if port.isdigit() else where
        conn = Client(address, authkey=key)
    child_main(conn)


if __name__ == "__main__":
    _child_entry(sys.argv[1])
