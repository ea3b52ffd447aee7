"""A Korean screenshot: the window in Korean draws real Hangul (not boxes), and what core says
(outcomes, the inspector's facts and arithmetic) is in Korean too. scripts/test installs a font
that draws Hangul (fonts-nanum) where it is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from landscape_gui.ui import i18n
from tests.ui.test_main_window import image_array, play_to_end


@pytest.fixture
def korean(qapp) -> Iterator[None]:
    assert i18n.install_translations("ko"), "no Korean .qm: run scripts/build-translations"
    yield
    i18n.install_translations("en")


def glyph(text: str, font: QFont) -> np.ndarray:
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image_array(image)[..., :3]


def test_hangul_is_drawn_as_letters_not_boxes(qapp) -> None:
    assert i18n.can_draw_hangul(), "no font draws Hangul: install fonts-nanum"
    font = QFont(qapp.font())
    font.setPointSize(20)
    ga, na, da = (glyph(c, font) for c in "가나다")
    assert (ga < 128).any()  # something is drawn
    # A missing glyph is the same box for every letter; real letters differ.
    assert not np.array_equal(ga, na) and not np.array_equal(na, da)


def test_korean_window_shows_outcomes_and_arithmetic_in_korean(
    korean, qtbot, settings_path: Path, tmp_path: Path
) -> None:
    from landscape_gui.ui.main_window import MainWindow

    w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                   ask_unsaved=lambda: "discard")  # fmt: skip
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    qtbot.waitExposed(w)
    play_to_end(w, qtbot)
    qtbot.wait(100)
    outcomes = [w.panel.list.item(i).text() for i in range(w.panel.list.count())]
    assert any("발산" in text for text in outcomes), outcomes  # η = 1.2 diverges
    assert any("전역 최솟값 (2, 1)에 수렴" in text for text in outcomes), outcomes
    w.playhead.seek(3)
    qtbot.waitUntil(lambda: "적용된 갱신" in w.inspector.toPlainText())
    inspector = w.inspector.toPlainText()
    assert "100단계 중 3" in inspector and "기울기 g" in inspector and "손실 f(θ₃)" in inspector
    assert "그릇 모양 (양의 정부호)" in inspector
    w.model.update_run(w.model.selected, optimizer="adam")  # state labels come from optimizers
    play_to_end(w, qtbot)
    w.playhead.seek(3)
    qtbot.waitUntil(lambda: "m (1차 모멘트)" in w.inspector.toPlainText())
    # The screenshot has text in it: the caption strip and the run list are not blank.
    path = tmp_path / "ko.png"
    assert w.grab().save(str(path))
    pixels = image_array(QImage(str(path)))[..., :3]
    assert pixels.shape[:2] == (880, 1400)
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 500
    w.close()
