"""The Exchange panel explains itself at first use (issue 15): when one shared vault, when
separate vaults with packets, with the steps as a checklist; shown while there is no contact,
on request afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from tests.ui.exchange.test_exchange_panel import _confirm_cards
from triad.roles import Role
from triad.workspace import Workspace
from ui.exchange import dialog as exchange
from ui.exchange.dialog import ExchangeDialog
from ui.ops import Ops
from ui.widgets import dialogs


def test_the_explanation_shows_while_there_is_no_contact(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ops = Ops(synchronous=True)
    therapist = open_as(demo_copy)
    sam = Workspace.create(tmp_path / "sam.triad", name="Sam Rivera", role=Role.SURROGATE,
                           passphrase="sam passphrase").workspace
    try:
        d = ExchangeDialog(therapist, ops)
        qtbot.addWidget(d)
        assert not therapist.exchange.contacts()
        assert d.guide.isVisibleTo(d) and d.guide_button.isChecked()
        text = d.guide.text()
        assert "one shared vault" in text and "separate vaults with packets" in text
        assert "same computer" in text and "own computers" in text
        assert len(d.guide.checks) >= 6 and not any(c.isChecked() for c in d.guide.checks)
        assert any("Save my card" in c.accessibleName() for c in d.guide.checks)
        assert any("Import packet" in c.accessibleName() for c in d.guide.checks)
        # a contact added: the panel is the contacts' now; the explanation on request
        _confirm_cards(monkeypatch, [])
        card = tmp_path / "sam-card.json"
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(card))
        s = ExchangeDialog(sam, ops)
        qtbot.addWidget(s)
        s.save_card.click()
        monkeypatch.setattr(exchange, "open_file", lambda *_a: str(card))
        d.import_card.click()
        assert d.model.rowCount() == 1
        assert not d.guide.isVisibleTo(d) and not d.guide_button.isChecked()
        d.guide_button.click()
        assert d.guide.isVisibleTo(d)
        again = ExchangeDialog(therapist, ops)
        qtbot.addWidget(again)
        assert not again.guide.isVisibleTo(again)
    finally:
        therapist.close()
        sam.close()


def _extracted(tmp_path: Path, source: Path) -> set[str]:
    """The source texts Qt Linguist's extractor finds in ``source``."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed")
        lupdate = Path(found)
    ts = tmp_path / "guide.ts"
    subprocess.run([str(lupdate), str(source), "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    return {m.findtext("source") or "" for m in ET.parse(ts).iter("message")}


def test_every_sentence_of_the_guide_is_marked_for_translation(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt Linguist finds every sentence the guide shows (a ``self.tr(variable)`` it cannot see),
    and the guide shows them through the translator (issue 15)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.exchange import guide

    marked = _extracted(tmp_path, Path(guide.__file__))
    shown = [*guide.SHARED_STEPS, *guide.SEPARATE_STEPS]
    assert len(shown) == 8 and not [s for s in shown if s not in marked]

    class Shouting(QTranslator):  # a "translation" that is easy to spot
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            return source.upper() if context == "ExchangeGuide" else ""

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        g = guide.ExchangeGuide()
        qtbot.addWidget(g)
        assert all(c.accessibleName() == c.accessibleName().upper() for c in g.checks)
        assert g.title() == g.title().upper()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_guide_wraps_its_sentences_rather_than_cutting_them(qtbot: QtBot) -> None:
    """At the Exchange dialog's width on a 1366-px screen nothing runs off to the side: the
    steps' sentences wrap beside their tick boxes (issue 15); a click on one ticks it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QLabel

    from ui.exchange.guide import ExchangeGuide
    from ui.widgets.fit import FormScroll

    g = ExchangeGuide()
    qtbot.addWidget(g)
    g.resize(860, 230)
    g.show()
    qtbot.wait(20)
    area = g.findChild(FormScroll)
    assert area is not None
    room = area.viewport().width()
    assert [lbl.text()[:30] for lbl in g.findChildren(QLabel) if lbl.geometry().right() > room] == []
    step = next(lbl for lbl in g.findChildren(QLabel) if "Save my card" in lbl.text())
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert [c.isChecked() for c in g.checks].count(True) == 1
