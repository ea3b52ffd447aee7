"""Every built-in lesson shows what its captions claim: each run ends as promised."""

from __future__ import annotations

from typing import get_args

import pytest

from landscape_gui.core.config import RunConfig
from landscape_gui.core.engine import Run
from landscape_gui.core.lessons import LESSONS, get_lesson
from landscape_gui.core.outcomes import OutcomeKind, classify
from landscape_gui.core.surfaces import get_surface

SCENES = [(lesson.name, i, scene) for lesson in LESSONS.values()
          for i, scene in enumerate(lesson.scenes)]  # fmt: skip


@pytest.mark.parametrize(("lesson", "index", "scene"), SCENES,
                         ids=[f"{n}-{i}" for n, i, _ in SCENES])  # fmt: skip
def test_each_run_ends_as_the_caption_says(lesson, index, scene) -> None:
    surface = get_surface(scene.session.surface)
    assert scene.caption.count(".") + scene.caption.count(":") >= 2 and len(scene.caption) > 80
    for run_index, (kind, minimum) in scene.expected.items():
        assert kind in get_args(OutcomeKind), kind
        spec = scene.session.runs[run_index]
        outcome = classify(Run(spec.config(surface)).run_to_end())
        assert outcome.kind == kind, (spec.name, outcome.text)
        if minimum is not None:
            assert outcome.minimum is not None and outcome.minimum.kind == minimum, outcome.text


def test_momentum_reaches_rosenbrocks_minimum_in_fewer_steps_than_plain_descent() -> None:
    scene = get_lesson("ravine").scenes[1]
    surface = get_surface(scene.session.surface)
    gd, momentum = (classify(Run(RunConfig(surface, s.optimizer, lr=s.lr, start=s.start,
                                           steps=20000)).run_to_end())
                    for s in scene.session.runs[:2])  # fmt: skip
    assert momentum.kind == "converged" and (gd.kind != "converged" or gd.step > momentum.step)


def test_the_required_lessons_exist() -> None:
    assert list(LESSONS) == ["learning-rate", "local-minimum", "saddle", "ravine", "adaptive",
                             "schedules", "second-order", "many-minima"]  # fmt: skip
    with pytest.raises(ValueError, match="did you mean 'saddle'"):
        get_lesson("sadle")


def test_the_saddle_lessons_noisy_run_escapes_downhill_as_the_caption_says() -> None:
    scene = get_lesson("saddle").scenes[0]
    assert "escapes downhill" in scene.caption
    surface = get_surface(scene.session.surface)
    plain, noisy = (classify(Run(s.config(surface)).run_to_end()) for s in scene.session.runs)
    assert plain.kind == "stalled" and "saddle point" in plain.text
    assert noisy.kind == "escaped" and noisy.text.startswith("escaped downhill at step ")
    assert "diverged" not in noisy.text
