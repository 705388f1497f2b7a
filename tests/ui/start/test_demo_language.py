"""Issue 19: the first-run page's demo button builds the demo practice in the language the
app speaks -- German records, forms and member names in a German app, the English demo in an
English one -- and its closing message names the members the vault really holds."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from triad import demo
from triad.casefile import forms
from ui import language
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.widgets import dialogs

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    if not language.QM.exists():
        subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "build"], check=True)
    assert language.install(qapp, "de") == "de"
    try:
        yield
    finally:
        language.install(qapp, "en")


def build_from_the_button(qtbot: QtBot, tmp_path: Path, settings: Settings,
                          monkeypatch: pytest.MonkeyPatch) -> tuple[StartWindow, list[str]]:
    from ui.start.create import DemoDialog

    said: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda _parent, text, *_a: said.append(text))

    def fill(dialog: DemoDialog) -> int:
        dialog.passphrase.setText("demo passphrase")
        dialog.confirm.setText("demo passphrase")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(DemoDialog, "exec", fill)
    w = StartWindow(Ops(synchronous=True), settings, None)
    qtbot.addWidget(w)
    w.create_page.location.setText(str(tmp_path / "mine.triad"))
    qtbot.mouseClick(w.create_page.demo_button, Qt.MouseButton.LeftButton)
    assert w.workspace is not None
    return w, said


def test_the_demo_button_builds_the_german_demo_in_a_german_app(
        german: None, qtbot: QtBot, tmp_path: Path, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w, said = build_from_the_button(qtbot, tmp_path, settings, monkeypatch)
    ws = w.workspace
    assert ws is not None
    words = demo.texts("de")
    assert ws.actor.name == "Dr. Maren Holt"
    assert sorted(m.name for m in ws.members.list()) == sorted(words.members())
    case = ws.cases.list()[0]
    assert case.client.concerns_note == words["c1.concerns_note"]
    assert {forms.form(r.form_id, r.form_version).language
            for r in ws.consent.records(case.case_id)} == {"de"}
    assert ws.report_language.setting() == "de"
    # the message names the German members, in German
    assert len(said) == 1 and "Dr. Maren Holt" in said[0] and "Dr. Amara Okafor" in said[0]
    assert said[0].startswith("Die Demo-Praxis ist bereit")
    w.close()


def test_the_english_app_builds_the_english_demo(
        qtbot: QtBot, tmp_path: Path, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w, said = build_from_the_button(qtbot, tmp_path, settings, monkeypatch)
    ws = w.workspace
    assert ws is not None and ws.actor.name == demo.THERAPIST == "Dr Maren Holt"
    assert ws.report_language.setting() == "system"
    assert said and demo.SUPERVISOR in said[0]
    w.close()
