from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import DEMO_PASS
from ui.ops import Ops
from ui.settings import Settings


@pytest.fixture(autouse=True)
def no_forgotten_modal(qapp: QApplication) -> Iterator[None]:
    """A modal box nobody answers would hang the suite (offscreen, no one to click): one left
    open for ~10 s is closed and fails its test, naming what it said."""
    seen: dict[int, int] = {}
    left: list[str] = []

    def sweep() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                ticks = seen[id(widget)] = seen.get(id(widget), 0) + 1
                if ticks >= 20:
                    text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
                    left.append(f"{type(widget).__name__}: {text}")
                    widget.done(0)

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    if left:
        pytest.fail("a modal dialog was left waiting for an answer: " + "; ".join(left))


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a changed form asks (issue 15). Tests written before that close filled forms
    with ``reject()`` to mean "throw this away": answer Discard for them. Tests of the question
    itself (tests/ui/test_drafts.py) set their own answer."""
    from ui.widgets import drafts

    monkeypatch.setattr(drafts, "ask_unsaved", lambda _parent: drafts.Unsaved.DISCARD)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ops() -> Ops:
    return Ops(synchronous=True)


def open_as(path: Path, who: str | None = None):  # type: ignore[no-untyped-def]
    """The demo vault opened as ``who`` (a demo member's name; default the therapist)."""
    from triad.workspace import Workspace

    return Workspace.open(path, DEMO_PASS, who)
