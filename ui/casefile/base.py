"""What every case tab shares: the workspace and case it shows, role checks for buttons, and
running a service call with errors shown as sentences.

A tab implements ``refresh()`` (re-read what it shows from the services) and emits
``changed`` with the core's Change after it wrote something, so other views can refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from triad.roles import Role
from triad.workspace import Workspace
from ui.messages import message_for
from ui.ops import Ops
from ui.widgets import dialogs

ROLE_WORDS = {Role.THERAPIST: "the case's therapist", Role.SURROGATE: "the case's surrogate partner",
              Role.SUPERVISOR: "the case's supervisor"}


class CaseTab(QWidget):
    changed = Signal(object)  # triad.casefile.cases.Change

    def __init__(self) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.case_id = ""
        self.ops = Ops(synchronous=True)  # CaseTabs hands every tab the app's worker

    def show_case(self, ws: Workspace, case_id: str) -> None:
        self.ws, self.case_id = ws, case_id
        self.refresh()

    def clear(self) -> None:
        """Forget the case (on lock): nothing of it may stay on screen."""
        self.ws, self.case_id = None, ""

    def refresh(self) -> None:
        """Re-read what the tab shows; subclasses draw themselves here."""

    def select_record(self, record_id: str) -> None:
        """Select the record ``record_id`` (a session, finding, consent or phase id) and put the
        keyboard focus on it; an unknown or empty id just focuses the tab's main list. The
        Overview's alerts lead here."""

    @property
    def role(self) -> Role | None:
        if self.ws is None or not self.case_id:
            return None
        return self.ws.cases.access.role(self.case_id)

    def allow(self, button: QAbstractButton, *roles: Role) -> None:
        """Enable ``button`` only for these roles on the case; otherwise say why."""
        ok = self.role in roles
        button.setEnabled(ok)
        who = " or ".join(self.tr(ROLE_WORDS[r]) for r in roles)
        button.setToolTip("" if ok else self.tr("Only %s can do this.") % who)

    def act(self, work: Callable[[Workspace], Any], done: Callable[[Any], None] | None = None) -> bool:
        """Run a service call now (it is quick) and report a refusal as a sentence. After a
        write, the tab refreshes and ``changed`` is emitted."""
        if self.ws is None:
            return False
        try:
            result = work(self.ws)
        except Exception as exc:  # shown to the person; the core already refused cleanly
            dialogs.error(self, message_for(exc))
            return False
        self.refresh()
        self.changed.emit(result)
        if done is not None:
            done(result)
        return True

    def slow(self, work: Callable[[Workspace], Any], done: Callable[[Any], None],
             busy: QWidget | None = None) -> None:
        """Run slow work (a PDF, an import) on the worker thread; ``busy`` (e.g. a
        progress bar) is shown meanwhile and the tab stays responsive. Errors are shown
        as sentences. ``done`` runs on the GUI thread, only if the same case is still shown."""
        ws, case_id = self.ws, self.case_id
        if ws is None:
            return
        if busy is not None:
            busy.setVisible(True)

        def finished(value: Any) -> None:
            if busy is not None:
                busy.setVisible(False)
            if self.ws is ws and self.case_id == case_id:
                done(value)

        def failed(exc: BaseException) -> None:
            if busy is not None:
                busy.setVisible(False)
            if self.ws is ws:
                dialogs.error(self, message_for(exc))

        self.ops.run(lambda: work(ws), finished, failed)
