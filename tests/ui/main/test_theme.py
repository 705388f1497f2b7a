"""The dark palette: check boxes and radio buttons must stand out from the field behind them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from ui import theme


@pytest.fixture
def dark(qapp: QApplication):  # type: ignore[no-untyped-def]
    palette, style = qapp.palette(), qapp.style().objectName()
    theme.apply(qapp, "dark")
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unchecked_indicators_are_visible_on_the_dark_palette(dark, qtbot, kind) -> None:  # type: ignore[no-untyped-def]
    button = kind("Show the client's name")
    qtbot.addWidget(button)
    button.resize(220, 30)
    button.show()
    image = button.grab().toImage()
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if kind is QCheckBox
               else QStyle.SubElement.SE_RadioButtonIndicator)
    rect = button.style().subElementRect(element, option, button)
    ratio = image.width() / button.width()
    lightest = max(image.pixelColor(int(x * ratio), int(y * ratio)).lightness()
                   for x in range(rect.left(), rect.right() + 1)
                   for y in range(rect.top(), rect.bottom() + 1))
    background = image.pixelColor(image.width() - 2, image.height() // 2).lightness()
    assert lightest - background > 60, (lightest, background)
