"""The app in German (issue 19): the translators installed from the language chosen, the
Preferences' Language choice, and every tab and main dialog at 1366x768 with no label, button
or tab cut short in German's longer words."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.main.test_laptop_screen import LAPTOP, settled
from tests.ui.main.test_walkthrough import _pick, _window
from triad import demo, i18n
from ui import language
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def catalogue() -> Path:
    """The compiled catalogue, built as ``python3 dev.py test`` builds it when it is missing."""
    if not language.QM.exists():
        subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "build"], check=True)
    return language.QM


@pytest.fixture
def german(qapp: QApplication, catalogue: Path) -> Iterator[None]:
    assert language.install(qapp, "de") == "de"
    try:
        yield
    finally:
        language.install(qapp, "en")


def test_the_language_follows_preferences_over_the_environment(
        qapp: QApplication, catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    try:
        assert language.install(qapp, "system") == "de"
        assert QCoreApplication.translate("PreferencesDialog", "Language") == "Sprache"
        assert i18n.chosen() == "de"  # the core (reports) speaks it too
        assert language.install(qapp, "en") == "en"  # Preferences → English beats LANG
        assert QCoreApplication.translate("PreferencesDialog", "Language") == "Language"
        monkeypatch.setenv("LANG", "C.UTF-8")
        assert language.install(qapp, "de") == "de"  # Preferences → Deutsch beats LANG
    finally:
        language.install(qapp, "en")


def test_a_missing_catalogue_leaves_the_app_in_english(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "QM", tmp_path / "triad_de.qm")
    try:
        assert language.install(qapp, "de") == "en"
        assert QCoreApplication.translate("PreferencesDialog", "Language") == "Language"
        assert i18n.chosen() == "en"
    finally:
        language.install(qapp, "en")


def test_preferences_offer_the_language_and_say_when_it_takes_effect(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main.preferences import PreferencesDialog

    w = _window(qtbot, demo_path, ops, settings, demo.THERAPIST)
    shown: list[PreferencesDialog] = []

    def answer(dialog: PreferencesDialog) -> int:
        shown.append(dialog)
        assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
            "system", "en", "de"]
        assert dialog.language.itemText(2) == "Deutsch"  # each language in its own words
        assert not dialog.language_note.isVisibleTo(dialog)
        dialog.language.setCurrentIndex(2)
        assert dialog.language_note.isVisibleTo(dialog)
        assert "next time" in dialog.language_note.text()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    w.main._preferences()
    assert shown and settings.language == "de"  # kept on this computer, used at the next start
    w.close()


def cut_short(root: QWidget) -> list[str]:
    """The visible labels, buttons, check boxes and tabs of ``root`` whose text does not fit:
    a one-line label or a button narrower than its text needs, a tab shown elided."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.text() and not label.wordWrap() \
                and label.width() + 1 < label.minimumSizeHint().width():
            found.append(f"label {label.text()!r} ({label.width()} < "
                         f"{label.minimumSizeHint().width()})")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and not isinstance(button, QCheckBox) \
                and button.width() + 1 < button.minimumSizeHint().width():
            found.append(f"button {button.text()!r} ({button.width()} < "
                         f"{button.minimumSizeHint().width()})")
        if isinstance(button, QCheckBox) and button.isVisibleTo(root) \
                and button.width() + 1 < button.sizeHint().width():
            found.append(f"check box {button.text()!r} ({button.width()} < "
                         f"{button.sizeHint().width()})")
    for bar in root.findChildren(QTabBar):
        if not bar.isVisibleTo(root):
            continue
        for i in range(bar.count()):
            if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width() or \
                    bar.tabRect(i).right() > bar.width():
                found.append(f"tab {bar.tabText(i)!r}")
    return found


def _laptop(qtbot: QtBot, path: Path, ops: Ops, settings: Settings, who: str) -> StartWindow:
    w = _window(qtbot, path, ops, settings, who)
    w.resize(*LAPTOP)
    qtbot.wait(20)
    return w


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_text_of_any_tab_is_cut_short_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    assert w.main.tabs.tabText(0) == "&Übersicht"  # the window speaks German
    found: dict[str, list[str]] = {}
    if cut := settled(qtbot, w.main.cases.table):
        found["case list"] = cut
    _pick(w, "C-2026-001")
    for i in range(w.main.tabs.count()):
        w.main.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        where = w.main.tabs.tabText(i).replace("&", "")
        cut = cut_short(w)
        for table in w.main.tabs.widget(i).findChildren(QTableView):
            if table.isVisibleTo(w) and table.model() is not None:
                cut += [f"table {table.accessibleName()}: {c}" for c in settled(qtbot, table)]
        if cut:
            found[where] = cut
    w.main.show_agenda()
    qtbot.wait(20)
    if cut := cut_short(w):
        found["Agenda"] = cut
    assert found == {}
    w.close()


@pytest.mark.usefixtures("german")
def test_no_text_of_the_main_dialogs_is_cut_short_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    from ui.cases.new_case import NewCaseDialog
    from ui.main.preferences import PreferencesDialog
    from ui.practice.dialog import PracticeDialog

    w = _laptop(qtbot, demo_path, ops, settings, demo.THERAPIST)
    assert w.workspace is not None
    dialogs = {
        "Einstellungen": PreferencesDialog(5, "system", w, w.workspace, "daily", "system"),
        "Praxis": PracticeDialog(w.workspace, ops, str(demo_path), w),
        "Neuer Fall": NewCaseDialog(w.workspace, w),
    }
    assert [d.windowTitle() for d in dialogs.values()][::2] == ["Einstellungen", "Neuer Fall"]
    found: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        dialog.show()  # closed below (the Practice dialog deletes itself then)
        qtbot.wait(20)
        assert dialog.width() <= 1366 and dialog.height() <= 768, name
        if cut := cut_short(dialog):
            found[name] = cut
        dialog.close()
    assert found == {}
    w.close()


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(("who", "role"), [(demo.THERAPIST, "Therapeut:in"),
                                           (demo.SURROGATES[0], "Surrogatpartner:in"),
                                           (demo.SUPERVISOR, "Supervisor:in")])
def test_the_status_line_names_the_role_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str, role: str) -> None:
    """Not the role's code ("therapist") in the middle of a German line."""
    w = _window(qtbot, demo_path, ops, settings, who)
    line = w.main.status.text()
    assert f"angemeldet als {who} ({role})" in line, line
    w.close()
