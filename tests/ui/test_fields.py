"""The exact number field: a bad value is named with what would be valid, and the last good value
stays."""

from __future__ import annotations

import pytest

from landscape_gui.ui.fields import NumberEdit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fast", "σ: 'fast' is not a number; enter a number ≥ 0"),
        ("nan", "σ: 'nan' is not a finite number; enter a number ≥ 0"),
        ("inf", "σ: 'inf' is not a finite number; enter a number ≥ 0"),
        ("-1", "σ: -1 is out of range; enter a number ≥ 0"),
    ],
)
def test_a_bad_value_is_named_and_the_good_one_kept(qtbot, text: str, expected: str) -> None:
    edit = NumberEdit("σ", 0.5, low=0.0)
    qtbot.addWidget(edit)
    messages: list[str] = []
    edit.invalid.connect(messages.append)
    edit.setText(text)
    edit.editingFinished.emit()
    assert messages == [expected]
    assert edit.value() == 0.5 and edit.toolTip() == expected


def test_a_whole_number_field_refuses_fractions(qtbot) -> None:
    edit = NumberEdit("steps", 100, low=1, whole=True)
    qtbot.addWidget(edit)
    changed: list[float] = []
    edit.valueChanged.connect(changed.append)
    edit.setText("2.5")
    edit.editingFinished.emit()
    edit.setText("250")
    edit.editingFinished.emit()
    assert changed == [250.0] and edit.value() == 250.0
