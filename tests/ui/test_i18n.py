"""The interface language: choosing it, loading the compiled Korean translation, the menu
setting that remembers it, and --lang on the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from landscape_gui.ui import i18n


@pytest.fixture
def korean(qapp) -> Iterator[None]:
    assert i18n.install_translations("ko"), "no Korean .qm: run scripts/build-translations"
    yield
    i18n.install_translations("en")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_choose_language_prefers_request_then_setting(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    i18n.remember_language("ko", settings)
    assert i18n.choose_language(None, settings) == "ko"
    assert i18n.choose_language("en", settings) == "en"
    i18n.remember_language("en", settings)
    assert i18n.choose_language(None, settings) == "en"


def test_every_translation_is_finished() -> None:
    sources = sorted((Path(__file__).resolve().parents[2] / "translations").glob("*_ko.ts"))
    assert [p.name for p in sources] == ["core_ko.ts", "landscape_gui_ko.ts"]
    for ts in sources:
        text = ts.read_text(encoding="utf-8")
        assert text.count("<message>") > 30
        assert 'type="unfinished"' not in text, f"{ts.name} has untranslated strings"


def test_korean_menus_and_actions(korean, qtbot, settings_path: Path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                   ask_unsaved=lambda: "discard")  # fmt: skip
    qtbot.addWidget(w)
    assert menu_titles(w)[:3] == ["파일(&F)", "실행(&R)", "보기(&V)"]
    assert w.play_action.text() == "재생"
    w.close()


def test_english_after_korean_is_removed(window) -> None:
    assert menu_titles(window)[0] == "&File"


def test_language_menu_remembers_the_choice(window, settings_path: Path) -> None:
    entries = {a.data(): a for a in window.language_actions.actions()}
    assert set(entries) == {"en", "ko"}
    entries["ko"].trigger()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("language") == "ko"
    assert "next started" in window.statusBar().currentMessage()


def test_render_lang_is_validated() -> None:
    from landscape_gui.cli import main

    assert main(["render", "--lang", "fr", "--out", "x.png"]) == 2


def test_every_lesson_text_has_a_korean_translation() -> None:
    import xml.etree.ElementTree as ET

    from landscape_gui.core.lessons import LESSONS

    ts = Path(__file__).resolve().parents[2] / "translations" / "core_ko.ts"
    done = {m.findtext("source"): m.find("translation") for m in ET.parse(ts).iter("message")}
    for lesson in LESSONS.values():
        for text in [lesson.title] + [t for s in lesson.scenes for t in (s.title, s.caption)]:
            translation = done.get(text)
            assert translation is not None and translation.text, f"untranslated: {text!r}"
            assert translation.get("type") != "unfinished", text


def test_korean_lesson_caption(korean, qtbot, settings_path: Path) -> None:
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                   ask_unsaved=lambda: "discard")  # fmt: skip
    qtbot.addWidget(w)
    w.start_lesson("saddle")
    assert "안장점" in w.caption.text()
    assert "장면 1 / 1" in w.caption.text()
    w.close()


def test_korean_axis_titles_legend_and_rate_hint(korean, qtbot) -> None:
    from landscape_gui.core.session import RunSpec
    from landscape_gui.core.surfaces import get_surface
    from landscape_gui.ui.contour_view import ContourView
    from landscape_gui.ui.fields import LearningRateControl
    from landscape_gui.ui.loss_view import LossView
    from landscape_gui.ui.render import computed

    surface = get_surface("bowl")
    loss = LossView()
    qtbot.addWidget(loss)
    loss.set_surface(surface)
    assert loss.plotItem.getAxis("bottom").labelText == "단계"
    assert loss.plotItem.getAxis("left").labelText == "f − f*  (로그)"

    contour = ContourView()
    qtbot.addWidget(contour)
    contour.set_surface(surface)
    lives = computed([RunSpec("gd", "#56B4E9", "gd", 0.1, start=(-2.0, 2.0), steps=20)], surface)
    contour.set_runs(lives)
    contour.update_runs(lives, 3, 0)
    legend = contour.arrow_legend.textItem.toPlainText()
    assert "적용된 갱신 (실제 크기)" in legend and "헤세 행렬의 축: λ = 2, 2; κ = 1" in legend
    assert "update applied" not in legend
    qtbot.wait(300)  # the view's pending resample (it must not outlive the widget)

    rate = LearningRateControl(0.5)
    qtbot.addWidget(rate)
    rate.set_limit(1.0)
    assert rate.limit_label.text() == "1 미만에서 안정 (이 이차 함수에서는 2/λ_max)"
    rate.set_value(1.5)
    assert rate.limit_label.text().startswith("⚠ η = 1.5, 한계를 넘었습니다: 1 미만에서 안정")
