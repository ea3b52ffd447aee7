"""The compute process: a mirrored run equals the same run stepped here, bit for bit; the target
bounds the work; dropped runs stop; stop ends the process."""

from __future__ import annotations

import time

import numpy as np

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.remote import ComputeProcess, MirrorRun, config_from, payload
from landscape_gui.core.schedules import Schedule
from landscape_gui.core.surfaces import get_surface


def receive_until(process: ComputeProcess, mirrors: dict[int, MirrorRun], done, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        if process.conn.poll(0.1):
            message = process.conn.recv()
            assert message[0] == "rows", message
            if message[1] in mirrors:
                mirrors[message[1]].apply(*message[2:])
    assert done()


def test_payload_round_trips_a_config() -> None:
    config = RunConfig(get_surface("ravine:kappa=40"), "adam", lr=0.05, hyper={"amsgrad": True},
                       start=(1.0, -2.0), steps=77, noise=0.1, seed=3,
                       schedule=Schedule.parse("cosine:t_max=50"), clip=2.0)  # fmt: skip
    back = config_from(payload(config))
    assert back.surface.params == {"kappa": 40.0}
    assert (back.optimizer, back.lr, back.hyper, back.start, back.steps) == (
        config.optimizer, config.lr, config.hyper, config.start, config.steps)  # fmt: skip
    assert (back.noise, back.seed, back.schedule, back.clip) == (0.1, 3, config.schedule, 2.0)


def test_mirrored_runs_equal_local_runs_and_the_target_bounds_the_work() -> None:
    configs = {
        1: RunConfig(get_surface("rosenbrock"), "adam", lr=0.01, steps=3000, noise=0.2, seed=4),
        2: RunConfig(get_surface("bowl"), "gd", lr=1.2, steps=100),  # diverges
        3: RunConfig(get_surface("himmelblau"), "nesterov", lr=1e-3, steps=500),
    }
    mirrors = {i: MirrorRun(c) for i, c in configs.items()}
    process = ComputeProcess()
    try:
        for i, c in configs.items():
            process.conn.send(("run", i, payload(c)))
        process.conn.send(("target", 40))
        receive_until(process, mirrors, lambda: all(m.count >= 41 or m.finished
                                                    for m in mirrors.values()))  # fmt: skip
        time.sleep(0.3)
        while process.conn.poll(0.05):
            message = process.conn.recv()
            mirrors[message[1]].apply(*message[2:])
        assert mirrors[1].count == 41 and mirrors[3].count == 41  # no further than asked
        process.conn.send(("drop", 3))
        process.conn.send(("target", 10_000))
        receive_until(process, mirrors, lambda: mirrors[1].finished and mirrors[2].finished)
        for i in (1, 2):
            local = Run(configs[i]).run_to_end()
            m = mirrors[i]
            assert m.count == local.count and m.diverged_at == local.diverged_at
            np.testing.assert_array_equal(m.path(), local.path())
            np.testing.assert_array_equal(m.losses[: m.count], local.losses[: local.count])
            # The gradient and rate of every step taken, the diverging one included.
            taken = local.count if local.diverged_at is not None else local.count - 1
            np.testing.assert_array_equal(m.used_gradients[:taken], local.used_gradients[:taken])
            np.testing.assert_array_equal(m.lrs[:taken], local.lrs[:taken])
            for name in local.states:
                np.testing.assert_array_equal(m.states[name][: m.count],
                                              local.states[name][: local.count])  # fmt: skip
        assert mirrors[3].count == 41  # dropped: nothing more arrived
    finally:
        process.stop()
    assert not process.alive()
