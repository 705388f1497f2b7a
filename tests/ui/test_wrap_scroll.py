"""ui.widgets.fit.WrapScroll measures its rows afresh after a value's text changes (a height
cached for the old text left the Overview's capacity note 3 px short on a laptop), without
measuring for ever: its own re-measurement posts a layout request that must not start
another."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.fit import WrapScroll


def test_a_changed_value_is_measured_once_not_in_a_loop(qtbot: QtBot) -> None:
    body = QWidget()
    form = QFormLayout(body)
    label = QLabel("word " * 80)
    label.setWordWrap(True)
    form.addRow("Label", label)
    area = WrapScroll(body)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    calls: list[int] = []
    fit = area.fit_body
    area.fit_body = lambda: (calls.append(1), fit())[1]  # type: ignore[method-assign]
    label.setText("other " * 120)
    area.fit_body()  # as a resize or a value's layout request calls it
    qtbot.wait(300)
    assert 1 <= len(calls) <= 3, len(calls)  # tens of thousands with a naive invalidate
