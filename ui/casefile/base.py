"""What every case tab shares: the workspace and case it shows, role checks for buttons, and
running a service call with errors shown as sentences.

A tab implements ``refresh()`` (re-read what it shows from the services) and emits
``changed`` with the core's Change after it wrote something, so other views can refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from triad.errors import NotFound
from triad.roles import Role
from triad.workspace import Workspace
from ui.ops import Op, Ops

T = TypeVar("T")

ROLE_WORDS = {Role.THERAPIST: "the case's therapist", Role.SURROGATE: "the case's surrogate partner",
              Role.SUPERVISOR: "the case's supervisor"}


def allow(button: QAbstractButton, role: Role | None, *roles: Role) -> None:
    """Enable ``button`` only if ``role`` (the acting member's on the case) is one of ``roles``;
    otherwise its tooltip says who can."""
    ok = role in roles
    button.setEnabled(ok)
    who = " or ".join(_tr(ROLE_WORDS[r]) for r in roles)
    button.setToolTip("" if ok else _tr("Only %s can do this.") % who)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTab", text)


@dataclass(frozen=True)
class CaseContext:
    """What a part of a case tab needs to show the case: the open workspace, the case, the
    acting member's role on it (None: no part in it) and the worker. A tab hands a fresh one to
    its parts at each refresh and None when it forgets the case (on lock)."""

    ws: Workspace
    case_id: str
    role: Role | None
    ops: Ops

    def same_case(self, other: CaseContext | None) -> bool:
        """Whether ``other`` shows the same case of the same open vault (results for this one
        still fit it)."""
        return other is not None and other.ws is self.ws and other.case_id == self.case_id


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

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        """Open the form a kept draft of ``kind`` belongs to (it fills itself in); False when
        this tab has no such form (issue 15: drafts offered back at unlock)."""
        return False

    @property
    def role(self) -> Role | None:
        if self.ws is None or not self.case_id:
            return None
        try:
            return self.ws.cases.access.role(self.case_id)
        except NotFound:  # disposed of (issue 17) while shown: the tab is letting go of it
            return None

    def allow(self, button: QAbstractButton, *roles: Role) -> None:
        """Enable ``button`` only for these roles on the case; otherwise say why."""
        allow(button, self.role, *roles)

    def context(self) -> CaseContext | None:
        """What the tab's parts need of the case shown, or None when none is."""
        if self.ws is None or not self.case_id:
            return None
        return CaseContext(self.ws, self.case_id, self.role, self.ops)

    def act(self, work: Callable[[Workspace], T], done: Callable[[T], object] | None = None) -> None:
        """Run a service call now (it is quick; behind the worker's job if one runs) and report
        a refusal as a sentence. After a write, the tab refreshes and ``changed`` is emitted."""
        ws = self.ws
        if ws is None:
            return

        def wrote(result: T) -> None:
            self.refresh()
            self.changed.emit(result)
            if done is not None:
                done(result)

        Op(self.ops, self, lambda: work(ws)).success(wrote).unless_stale(
            lambda: self.ws is not ws).run_now()

    def slow(self, work: Callable[[Workspace], T], done: Callable[[T], object],
             busy: QWidget | None = None) -> None:
        """Run slow work (a PDF, an import) on the worker thread; ``busy`` (e.g. a
        progress bar) is shown meanwhile and the tab stays responsive. Errors are shown
        as sentences. ``done`` runs on the GUI thread, only if the same case is still shown."""
        ws, case_id = self.ws, self.case_id
        if ws is None:
            return
        op = Op(self.ops, self, lambda: work(ws)).success(done)
        if busy is not None:
            op.busy(busy)
        op.unless_stale(lambda: self.ws is not ws).unless_stale(
            lambda: self.case_id != case_id, failures=False).run()
