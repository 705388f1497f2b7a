"""The case workspace's tabs. Each tab is a CaseTab (ui/casefile/base.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QTabWidget

from triad.workspace import Workspace
from ui.casefile.audit.tab import AuditTab
from ui.casefile.base import CaseTab
from ui.casefile.consent.tab import ConsentTab
from ui.casefile.overview.tab import OverviewTab
from ui.casefile.plan.tab import PlanTab
from ui.casefile.reports.tab import ReportsTab
from ui.casefile.sessions.tab import SessionsTab
from ui.icons import icon
from ui.ops import Ops

if TYPE_CHECKING:
    from ui.main.fullcheck import BackgroundCheck

# Which tab holds the form of each kind of draft (DraftKind values; the rest: Sessions).
DRAFT_TABS = {
    "overview": ("goal", "client-details", "team", "case-status", "goal-progress", "capacity",
                 "request", "request-closing", "handover"),
    "consent": ("consent", "aid", "aid-retirement", "revocation", "countersignature"),
    "plan": ("plan",),
    "audit": ("sign-off", "remediation"),
}


def make_tabs() -> list[tuple[str, str, CaseTab]]:
    """(icon, title, tab) in the order the tabs appear."""
    return [("overview", str(QT_TRANSLATE_NOOP("CaseTabs", "&Overview")), OverviewTab()),
            ("consent", str(QT_TRANSLATE_NOOP("CaseTabs", "&Consent")), ConsentTab()),
            ("plan", str(QT_TRANSLATE_NOOP("CaseTabs", "&Plan")), PlanTab()),
            ("sessions", str(QT_TRANSLATE_NOOP("CaseTabs", "&Sessions && debriefs")), SessionsTab()),
            ("reports", str(QT_TRANSLATE_NOOP("CaseTabs", "&Reports")), ReportsTab()),
            ("audit", str(QT_TRANSLATE_NOOP("CaseTabs", "&Audit")), AuditTab())]


class CaseTabs(QTabWidget):
    """The tabs of the case shown. With the app's worker (``lazy``), only the tab in view reads
    its case; each other tab reads it when it is first shown (issue 18: opening a case of 300
    sessions reads one tab, not six). Tests with a synchronous ``Ops`` read them all at once,
    as they inspect hidden tabs."""

    changed = Signal(object)

    def __init__(self, ops: Ops | None = None) -> None:
        super().__init__()
        self.lazy = ops is not None and not ops.synchronous
        self._pending: dict[CaseTab, tuple[Workspace, str]] = {}  # to read when shown
        self.tabs: list[CaseTab] = []
        self.icon_names: list[str] = []
        for icon_name, title, tab in make_tabs():
            if ops is not None:
                tab.ops = ops
            self.addTab(tab, icon(icon_name), self.tr(str(title)))
            self.icon_names.append(icon_name)
            tab.changed.connect(self._changed)
            self.tabs.append(tab)
            if isinstance(tab, OverviewTab):
                tab.alert_activated.connect(self.go_to)
        self.setDocumentMode(True)
        self.currentChanged.connect(self._shown)

    def _shown(self, _index: int) -> None:
        tab = self.currentWidget()
        if isinstance(tab, CaseTab) and tab in self._pending:
            tab.show_case(*self._pending.pop(tab))

    def _later(self, tab: CaseTab, ws: Workspace, case_id: str) -> bool:
        """Keep ``tab``'s read of the case for when it is shown; False: read it now."""
        if not self.lazy or tab is self.currentWidget():
            self._pending.pop(tab, None)
            return False
        self._pending[tab] = (ws, case_id)
        return True

    def go_to(self, key: str, record_id: str) -> None:
        """Show the tab ``key`` (its icon name: sessions, consent, plan, audit, ...) with the
        record ``record_id`` selected."""
        if key not in self.icon_names:
            return
        tab = self.tabs[self.icon_names.index(key)]
        self.setCurrentWidget(tab)
        tab.select_record(record_id)

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        """Show the tab whose form a kept draft belongs to and open the form; False when the
        form cannot be opened now (the record changed since, or the member's role)."""
        key = next((k for k, kinds in DRAFT_TABS.items() if kind in kinds), "sessions")
        tab = self.tabs[self.icon_names.index(key)]
        self.setCurrentWidget(tab)  # shown behind the form it opens
        return tab.continue_draft(kind, subject_id)

    def use_checker(self, checker: BackgroundCheck) -> None:
        """The window's check of the whole record (issue 18): the Audit trail shows it and
        its Verify again starts it."""
        for tab in self.tabs:
            if isinstance(tab, AuditTab):
                tab.trail_page.use_checker(checker)

    def show_case(self, ws: Workspace, case_id: str) -> None:
        for tab in self.tabs:
            if not self._later(tab, ws, case_id):
                tab.show_case(ws, case_id)

    def _changed(self, change: object) -> None:
        sender = self.sender()
        if getattr(change, "kind", "") == "case.transferred":
            # handed over (issue 17): the case left this member; nothing of it stays on screen
            self._pending.clear()
            for tab in self.tabs:
                tab.clear()
            self.changed.emit(change)
            return
        for tab in self.tabs:
            if tab is sender or tab in self._pending:  # (a pending one reads it when shown)
                continue
            if tab.ws is None or not self._later(tab, tab.ws, tab.case_id):
                tab.refresh()
        self.changed.emit(change)

    def retint(self) -> None:
        for index, name in enumerate(self.icon_names):
            self.setTabIcon(index, icon(name))

    def clear(self) -> None:
        self._pending.clear()
        for tab in self.tabs:
            tab.clear()
