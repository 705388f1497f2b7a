"""The unlocked app: a toolbar, the case list beside the case workspace's tabs, and a status
line saying who is signed in and whether the entry log verifies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from triad.errors import TriadError
from triad.messages import older_vault
from triad.roles import Role
from triad.workspace import VaultReport, Workspace
from ui.casefile.tabs import CaseTabs
from ui.cases.model import CaseRow, load_rows, quick_rows
from ui.cases.panel import CaseListPanel
from ui.icons import icon
from ui.main.fullcheck import DEFAULT_WHEN, LOUD, BackgroundCheck, CheckLine, due
from ui.messages import message_for
from ui.ops import Op, Ops
from ui.widgets import dialogs
from ui.widgets.firstpaint import after_paint
from ui.widgets.keys import (
    AGENDA_KEY,
    EXCHANGE_KEY,
    FIND_KEY,
    FINDINGS_KEY,
    LOCK_KEY,
    NEW_CASE_KEY,
    RECORDS_KEY,
    with_key,
)
from ui.widgets.words import role_word

if TYPE_CHECKING:
    from ui.supervision.queue import FindingsQueueDialog

START_DELAY_MS = 400  # the full check starts once the window has drawn itself
FIRST_ROWS = 100
"""The case list's rows read before the unlocked window's first paint: more than a screen
shows (a 2160-pixel-high screen shows ~90 one-line rows); the rest follow that paint."""


class MainView(QWidget):
    lock_requested = Signal()
    preferences_changed = Signal(int, str)  # idle minutes, colour scheme
    language_changed = Signal(str)  # "system", "en" or "de": from the next start
    restored_vault = Signal(object, object, str)  # a vault restored from a backup, to open
    full_check_changed = Signal(str)  # how often the whole record is checked (fullcheck.WHEN)
    shown = Signal()  # the unlocked window's first paint is on screen (benchmarks, tests)

    def __init__(self, ops: Ops | None = None) -> None:
        super().__init__()
        self.ops = ops or Ops(synchronous=True)
        self.ws: Workspace | None = None
        self.vault_path = ""
        self.idle_minutes, self.scheme = 5, "system"  # the window keeps them in Settings
        self.language = "system"  # Preferences → Language, kept in Settings too
        self.show_names = False  # the case list's toggle, from Settings too
        self.full_check_when = DEFAULT_WHEN  # from Settings too (issue 18)
        self._last_check: datetime | None = None  # the vault's last clean full check
        self._icons: list[tuple[QAction, str]] = []
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.new_case = self._action("new-case", self.tr("New case…"), NEW_CASE_KEY,
                                     self._new_case)
        self.agenda_action = self._action("agenda", self.tr("Agenda"), AGENDA_KEY,
                                          self.show_agenda)
        self.agenda_action.setToolTip(with_key(self.tr(
            "The sessions across all your cases, with what is due: a day, a week or a month "
            "(%1)"), AGENDA_KEY))
        self.refresh_action = self._action("refresh", self.tr("Refresh"),
                                           QKeySequence.StandardKey.Refresh, self.refresh)
        self.toolbar.addSeparator()
        self.exchange_action = self._action("exchange", self.tr("Exchange…"), EXCHANGE_KEY,
                                            self._exchange)
        self.exchange_action.setToolTip(with_key(self.tr(
            "Identity cards, contacts and encrypted case packets (%1)"), EXCHANGE_KEY))
        # Issue 16: the supervisor's queue of open findings across their cases
        self.findings_action = self._action("audit", self.tr("Findings…"), FINDINGS_KEY,
                                            self._findings_queue)
        self.addAction(self.findings_action)  # the shortcut works with the toolbar overflowing
        self.findings_queue: FindingsQueueDialog | None = None
        # Issue 17: retention, disposal and the disposal register
        self.records_action = self._action("reports", self.tr("Records…"), RECORDS_KEY,
                                           self._records)
        self.addAction(self.records_action)
        self.practice_action = self._action("practice", self.tr("Practice…"), "", self._practice)
        self.prefs_action = self._action("timer", self.tr("Preferences…"),
                                         QKeySequence.StandardKey.Preferences, self._preferences)
        self.lock_action = self._action("lock", self.tr("Lock"), "", self.lock_requested.emit)
        self.lock_action.setToolTip(with_key(self.tr("Lock the vault (%1)"), LOCK_KEY))
        self.settings_file = ""  # where the window's Settings live (Help → Where your data lives)
        self.help_button = QToolButton()
        self.help_button.setText(self.tr("Help"))
        self.help_button.setAccessibleName(self.tr("Help"))
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_menu = QMenu(self.help_button)
        self.about_action = self.help_menu.addAction(self.tr("About Triad"))
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action = self.help_menu.addAction(self.tr("Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self._shortcuts)
        self.addAction(self.shortcuts_action)  # F1 works with the menu closed
        self.data_action = self.help_menu.addAction(self.tr("Where your data lives"))
        self.data_action.triggered.connect(self._data)
        self.help_menu.addSeparator()
        # Issue 18: the whole record checked in the background, now (also: the Audit trail)
        self.check_action = self.help_menu.addAction(self.tr("Check the whole record now"))
        self.check_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.check_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.check_action.triggered.connect(self.check_now)
        self.addAction(self.check_action)
        self.help_button.setMenu(self.help_menu)
        self.toolbar.addWidget(self.help_button)
        self.cases = CaseListPanel()
        # Not on the toolbar: the search box says it (its placeholder) and the shortcuts list
        self.find_action = QAction(self.tr("Find a client"), self)
        self.find_action.setShortcut(QKeySequence(FIND_KEY))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.cases.focus_search)
        self.addAction(self.find_action)
        self.tabs = CaseTabs(self.ops)
        self.nothing = QLabel(self.tr("Choose a case on the left to see its file."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.nothing)
        self.opening = QWidget()  # blank, for the one frame before the first case's file
        self.right.addWidget(self.opening)
        self._held_case: str | None = None  # the case shown once the window is painted
        self._read_after_paint: Callable[[], None] | None = None  # the case list's full read
        self._rest_after_paint = False  # the case list's rest, and its search terms
        self.right.addWidget(self.tabs)
        from ui.agenda.view import AgendaView

        self.agenda = AgendaView(self.ops)  # the practice's week (issue 16); a case chosen leaves it
        self.right.addWidget(self.agenda)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 860])  # room for the Findings column (set_workspace)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Signed in"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checker = BackgroundCheck(self.ops.synchronous, self)
        self.check_line = CheckLine()
        self.checker.on_change(self._show_check)
        self.tabs.use_checker(self.checker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.addWidget(self.toolbar)
        from ui.practice.credential import CredentialTodo

        self.credential_todo = CredentialTodo()  # a first run that skipped the credential
        layout.addWidget(self.credential_todo)
        layout.addWidget(splitter, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.check_line)
        layout.addLayout(status_row)
        # The exchange folders' note when a case was left out of a packet (no release in force)
        self.exchange_note = QLabel()
        self.exchange_note.setWordWrap(True)
        self.exchange_note.setAccessibleName(self.tr("Exchange folders"))
        self.exchange_note.hide()
        layout.addWidget(self.exchange_note)
        self.cases.case_selected.connect(self._select)
        self.cases.due_activated.connect(self.tabs.go_to)
        self.cases.show_names_changed.connect(self.agenda.set_names)
        self.agenda.session_opened.connect(self.open_session)
        self.tabs.changed.connect(self._changed)
        from ui.exchange.dialog import InboxWatcher

        self.watcher = InboxWatcher(self.ops)
        self.watcher.synced.connect(self._synced)

    def _action(self, icon_name: str, text: str, shortcut: str | QKeySequence.StandardKey,
                slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        self._icons.append((action, icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def set_workspace(self, ws: Workspace, vault_path: str = "",
                      report: VaultReport | None = None) -> None:
        """Show the unlocked vault; ``report`` is its verification when the unlock already
        ran it on the worker (else it runs here)."""
        self.ws, self.vault_path = ws, vault_path
        therapist = ws.actor.role is Role.THERAPIST
        self.new_case.setEnabled(therapist)
        self.new_case.setToolTip(with_key(self.tr("Open a new case (%1)"), NEW_CASE_KEY)
                                 if therapist else self.tr("Only a therapist can open a case."))
        if report is None:
            report = ws.verify_recent()
        check = self._unlock_words(report)
        self.status.setStyleSheet("" if report.ok else LOUD)
        if ws.behind is not None:  # an older copy opened on record (triad/vault/seen.py)
            check = self.tr("opened on record although older than the one last opened on this "
                            "computer")
            self.status.setToolTip(older_vault(ws.behind.missing, ws.behind.day, self.tr))
        self.status.setText(self.tr("%1 · signed in as %2 (%3) · %4")
                            .replace("%1", ws.practice_name or self.tr("Triad vault"))
                            .replace("%2", ws.actor.name).replace("%3", role_word(ws.actor.role))
                            .replace("%4", check))
        self.credential_todo.show_for(ws)
        auditor = ws.actor.role in (Role.THERAPIST, Role.SUPERVISOR)
        self.findings_action.setEnabled(auditor)
        self.findings_action.setToolTip(with_key(self.tr(
            "Every open audit finding across the cases you audit (%1)"), FINDINGS_KEY) if auditor
            else self.tr("Only therapists and supervisors audit cases."))
        self.records_action.setToolTip(with_key(self.tr(
            "Closed cases and when their retention ends; disposal and its register (%1)"),
            RECORDS_KEY))
        self.cases.show_findings(auditor)
        if auditor:  # room for the Findings column beside the others (issue 16)
            total = sum(self.splitter.sizes()) or 1360
            self.splitter.setSizes([max(self.splitter.sizes()[0], 500), max(total - 500, 0)])
        self.cases.set_names_readable(therapist, self.show_names)
        if not self.ops.synchronous:
            # The window is painted with its case list first; the first case's file follows
            # a moment later (issue 18: the unlock costs the key derivation and little more).
            self._held_case = ""
            after_paint(self.cases.table.viewport(), lambda: self._painted(ws))
        self.reload_cases()
        self.cases.table.setFocus()
        self.watcher.start(ws)
        self._schedule_check(ws)

    def _unlock_words(self, report: VaultReport) -> str:
        """What the unlock's own check found: since issue 18, what is new since the verified
        checkpoint (``report.log.recent``); the whole record follows in the background."""
        log = report.log
        if not report.ok:
            return self.tr("ENTRY LOG VERIFICATION FOUND PROBLEMS: see the Audit tab or run "
                           "triad-cli verify")
        if not log.recent:
            return self.tr("entry log verified at unlock: %n signed entries, chains and "
                           "signatures check", "", log.entries)
        if log.entries == 1:
            return self.tr("1 new entry verified at unlock")
        if log.entries:
            return self.tr("%1 new entries verified at unlock").replace("%1", str(log.entries))
        return self.tr("nothing new to verify at unlock")

    # -- the whole record, checked in the background (issue 18; ui/main/fullcheck.py) --
    def _schedule_check(self, ws: Workspace) -> None:
        """At unlock: when the check is due (``full_check_when``), it starts once the window
        is up (``START_DELAY_MS`` later: the unlock's path never includes it, a measured one
        neither); meanwhile, or when not due, the line says when it last ran."""
        self._last_check = last = ws.last_full_check()
        self._show_check()
        if due(self.full_check_when, last, ws.clock()):
            QTimer.singleShot(START_DELAY_MS, self, lambda: self._start_check(ws))

    def _start_check(self, ws: Workspace) -> None:
        if self.ws is ws:
            self.checker.start(ws)

    def check_now(self) -> None:
        """Ctrl+Shift+V (Help menu): check the whole record now, in the background."""
        if self.ws is not None:
            self.checker.start(self.ws)

    def _show_check(self) -> None:
        ws = self.ws
        if ws is None:
            self.check_line.clear()
            return
        state = self.checker.state_for(ws)
        if state.report is not None and state.report.ok and state.ended_at is not None:
            self._last_check = state.ended_at
        self.check_line.show_state(state, self._last_check, ws.clock())
        self.check_action.setEnabled(not state.running)

    def reload_cases(self) -> None:
        """Show the case list at once (code, status, phase: ``quick_rows``), then read what
        is due and the findings on the worker and fill them in (issue 18: at 1,000 cases they
        take a good part of a second; the window does not wait for them)."""
        if self.ws is not None:
            ws, agenda = self.ws, self.agenda_shown()
            therapist = ws.actor.role is Role.THERAPIST
            fresh = not self.cases.model.rows
            # At unlock the window is painted with the list's first screenful, codes,
            # statuses and phases (and names when shown); the rest of the list and the
            # names and concerns the search reads follow right after that paint
            # (``_painted``): the unlock then costs the same at 100 cases and at 1,000.
            unlock = self._held_case is not None
            names = not unlock or self.cases.model.show_names
            first = FIRST_ROWS if unlock and self.cases.by_code() else None
            rows = quick_rows(ws, self.cases.known_rows(), terms=names, limit=first)
            self._rest_after_paint = unlock and (not names or len(rows) == first)
            self.cases.blockSignals(agenda)  # a reload keeps the Agenda in view
            try:
                self.cases.show_quick(rows, therapist, fresh)
            finally:
                self.cases.blockSignals(False)
            read = Op(self.ops, self, lambda: load_rows(ws)).success(self._fill_cases) \
                .unless_stale(lambda: self.ws is not ws)
            if self.ops.synchronous:
                read.run()
            elif self._held_case is not None:  # at unlock: once the first case's file is shown
                self._read_after_paint = read.run
            else:  # after the list is painted and what the unlock queued has run
                QTimer.singleShot(50, self, lambda: read.run() if self.ws is ws else None)
            if agenda:
                self._unselect_case()
                self.agenda.refresh()

    def _fill_cases(self, rows: list[CaseRow]) -> None:
        if self.ws is None:
            return
        agenda = self.agenda_shown()
        self.cases.blockSignals(agenda)
        try:
            self.cases.fill_rows(rows, self.ws.actor.role is Role.THERAPIST)
        finally:
            self.cases.blockSignals(False)

    def agenda_shown(self) -> bool:
        return self.right.currentWidget() is self.agenda

    def show_agenda(self) -> None:
        """Ctrl+G: the Agenda in place of the case file; choosing a case goes back to it."""
        if self.ws is None:
            return
        self.agenda.show_for(self.ws, self.cases.show_names.isChecked())
        self.right.setCurrentWidget(self.agenda)
        self._unselect_case()
        self.agenda.take_focus()

    def _unselect_case(self) -> None:
        """No case selected while the Agenda shows, so that clicking any case opens it."""
        selection = self.cases.table.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)

    def open_session(self, case_id: str, session_id: str) -> None:
        """A session opened from the Agenda: its case, on the Sessions tab, the session
        selected."""
        self.cases.select(case_id)
        if self.cases.current_case() != case_id:  # hidden by a search: show it anyway
            self._select(case_id)
        self.tabs.go_to("sessions", session_id)

    def _changed(self, _change: object) -> None:
        self.reload_cases()
        if self.watcher.has_folders():
            self.watcher.soon.start()  # send what changed through the exchange folders

    def _synced(self, report: object) -> None:
        from ui.exchange.dialog import describe_sync

        self.refresh()
        text = describe_sync(report, self.ws)
        self.status.setToolTip(self.tr("Exchange folders: %s") % text)
        withheld = bool(getattr(report, "withheld", ()))
        self.exchange_note.setText(self.tr("Exchange folders: %s") % text if withheld else "")
        self.exchange_note.setVisible(withheld)

    def _findings_queue(self) -> None:
        """The findings queue, beside the window (not modal: open a finding, sign it off on
        the Audit tab, come back); F5 in it reads the findings again."""
        if self.ws is None or self.ws.actor.role not in (Role.THERAPIST, Role.SUPERVISOR):
            return
        from ui.supervision.queue import FindingsQueueDialog

        if self.findings_queue is not None:
            self.findings_queue.close()
        queue = FindingsQueueDialog(self.ws, self)
        queue.finding_opened.connect(self.open_finding)
        self.findings_queue = queue
        queue.show()
        queue.raise_()

    def _records(self) -> None:
        """Retention, disposal and the register (ui/records/dialog.py)."""
        if self.ws is None:
            return
        from ui.records.dialog import RecordsDialog

        dialog = RecordsDialog(self.ws, self)
        dialog.disposed.connect(self.case_disposed)
        dialog.exec()

    def case_disposed(self, case_id: str) -> None:
        """A case was disposed of: its tabs let go of it before the list is read again."""
        if self.cases.current_case() == case_id:
            self.tabs.clear()
            self.right.setCurrentWidget(self.nothing)
        self.refresh()

    def open_finding(self, case_id: str, finding_id: str) -> None:
        """Select the case and show its Audit tab at the finding."""
        self.cases.select(case_id)
        self.tabs.go_to("audit", finding_id)

    def _exchange(self) -> None:
        self.open_exchange()

    def open_exchange(self, to_import: str = "") -> None:
        """The Exchange dialog; with ``to_import``, a packet or card given at start (a
        double-click), imported after the usual confirmation once the dialog shows."""
        if self.ws is None:
            return
        from ui.exchange.dialog import ExchangeDialog

        dialog = ExchangeDialog(self.ws, self.ops, self.cases.current_case(), self)
        dialog.changed.connect(self.refresh)
        if to_import:
            QTimer.singleShot(0, dialog, lambda: dialog.import_path(Path(to_import)))
        dialog.exec()
        if self.ws is not None:
            self.watcher.rewatch()

    def refresh(self) -> None:
        """F5: re-read the case list and the open case (after an import, say)."""
        self.reload_cases()
        if self.findings_queue is not None and self.findings_queue.isVisible():
            self.findings_queue.reload()
        current = self.cases.current_case()
        if self.ws is not None and current and not self.agenda_shown():
            self.tabs.show_case(self.ws, current)

    def _painted(self, ws: Workspace) -> None:
        held, self._held_case = self._held_case, None
        read, self._read_after_paint = self._read_after_paint, None
        if self.ws is not ws:
            return
        self.shown.emit()
        if self._rest_after_paint:
            self._rest_after_paint = False
            self.cases.complete_rows(quick_rows(ws, {}), ws.actor.role is Role.THERAPIST)
        if held and held == self.cases.current_case():
            self._select(held)
        if read is not None:  # once the case's file is painted: it would wait behind the read
            after_paint(self.tabs if held else self.cases.table.viewport(), read)

    def _select(self, case_id: str) -> None:
        if self.ws is None or not case_id:
            self._held_case = None if self._held_case is None else ""
            self.right.setCurrentWidget(self.nothing)
            return
        if self._held_case is not None:  # until the window's first paint
            self._held_case = case_id
            self.right.setCurrentWidget(self.opening)
            return
        self.tabs.show_case(self.ws, case_id)
        self.right.setCurrentWidget(self.tabs)

    def _new_case(self) -> None:
        if self.ws is None or self.ws.actor.role is not Role.THERAPIST:
            return
        from ui.cases.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.ws, self)
        if dialog.exec() and dialog.change is not None:
            self.reload_cases()
            self.cases.select(dialog.change.case_id or "")

    def offer_drafts(self) -> None:
        """At unlock: offer back each unfinished form the acting member left (issue 15),
        newest first; Continue opens the form filled in, Discard forgets it, Later keeps it."""
        from ui.widgets import drafts

        ws = self.ws
        if ws is None:
            return
        try:
            kept = ws.drafts.list()
        except Exception as exc:  # never stops the unlock
            self.show_error(exc)
            return
        today = ws.local_now()[:10]
        for draft in kept:
            if self.ws is not ws:  # locked meanwhile
                return
            code = ""
            if draft.case_id:
                try:
                    code = ws.cases.get(draft.case_id).code
                except Exception:  # no longer on the case: the draft waits, unopened
                    continue
            answer = drafts.offer_draft(self, drafts.offer_sentence(
                draft.kind, code, draft.saved_at, today))
            if answer is drafts.Offer.DISCARD:
                ws.drafts.discard(draft.kind, draft.case_id, draft.subject_id)
            elif answer is drafts.Offer.CONTINUE:
                self.continue_draft(draft.kind, draft.case_id, draft.subject_id)

    def continue_draft(self, kind: str, case_id: str, subject_id: str) -> None:
        """Open the form a draft belongs to, on its case (the form fills itself in)."""
        if self.ws is None:
            return
        if kind == "new-case":
            self._new_case()
            return
        if kind in ("credential", "member", "custody-request", "custody-countersign"):
            # the member's own, or the practice's: no case (a take-over's custodian or
            # supervisor may not be on the case yet)
            self._continue_practice_draft(kind)
            return
        self.cases.select(case_id)
        if self.cases.current_case() != case_id:  # hidden by a search: show it anyway
            self._select(case_id)
        if not self.tabs.continue_draft(kind, subject_id):
            dialogs.info(self, self.tr(
                "That form cannot be opened now: the record changed since the draft was kept "
                "(for example, the debrief was written meanwhile). The draft stays kept; you can "
                "discard it when it is offered at your next unlock."))

    def _continue_practice_draft(self, kind: str) -> None:
        ws = self.ws
        if ws is None:
            return
        if kind == "credential":
            from ui.practice.credential import CredentialDialog

            CredentialDialog(ws, self).exec()
        elif kind in ("custody-request", "custody-countersign"):  # issue 17
            from ui.practice.custody import CountersignCustodyDialog, TakeCustodyDialog

            form = TakeCustodyDialog if kind == "custody-request" else CountersignCustodyDialog
            try:
                form(ws, self).exec()
            except TriadError as exc:  # no longer the custodian, say
                dialogs.info(self, message_for(exc))
            self.reload_cases()
        elif ws.actor.role is Role.THERAPIST:  # who adds members
            from ui.practice.members import AddMemberDialog

            AddMemberDialog(ws, self.ops, self).exec()
        if self.ws is not None:  # the vault may have locked while the form was open
            self.credential_todo.show_for(self.ws)

    def _practice(self) -> None:
        if self.ws is None:
            return
        from ui.practice.dialog import PracticeDialog

        dialog = PracticeDialog(self.ws, self.ops, self.vault_path, self)
        dialog.restored.connect(self.restored_vault)
        dialog.vault_changing.connect(self.checker.cancel)  # issue 18: before a re-key
        dialog.exec()
        if self.ws is not None:  # the vault may have locked while the dialog was open
            self.credential_todo.show_for(self.ws)
            self.refresh()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.main.help import about_text

        QMessageBox.about(self, self.tr("About Triad"), about_text())

    def shortcuts_dialog(self) -> QWidget:
        from ui.main.help import ShortcutsDialog

        return ShortcutsDialog(self.window(), self)

    def _shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        assert isinstance(dialog, QDialog)
        dialog.exec()

    def data_dialog(self) -> QWidget:
        from ui.main.help import DataDialog

        return DataDialog(self.vault_path, self.settings_file, self)

    def _data(self) -> None:
        dialog = self.data_dialog()
        assert isinstance(dialog, QDialog)
        dialog.exec()

    def _preferences(self) -> None:
        from ui.main.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.idle_minutes, self.scheme, self, self.ws,
                                   self.full_check_when, self.language)
        if dialog.exec():
            if dialog.language_value() != self.language:  # takes effect at the next start
                self.language = dialog.language_value()
                self.language_changed.emit(self.language)
            if dialog.full_check_value() != self.full_check_when:
                self.full_check_when = dialog.full_check_value()
                self.full_check_changed.emit(self.full_check_when)
            problem = dialog.retention.apply() if dialog.retention is not None else None
            if problem is not None:
                self.show_error(problem)
            chosen, ws = dialog.request_days_value(), self.ws
            if (ws is not None and chosen is not None and chosen != ws.requests.due_days()
                    and ws.requests.why_not_change_settings() is None):
                try:
                    ws.requests.set_due_days(chosen)
                except Exception as exc:  # the core refused: nothing was written
                    self.show_error(exc)
            self.idle_minutes, self.scheme = dialog.values()
            self.preferences_changed.emit(self.idle_minutes, self.scheme)
            self.retint()

    def retint(self) -> None:
        """Redraw the icons in the (new) palette's colours."""
        for action, name in self._icons:
            action.setIcon(icon(name))
        self.tabs.retint()

    def show_error(self, exc: BaseException) -> None:
        dialogs.error(self, message_for(exc))

    def clear(self) -> None:
        """On lock: no record stays on screen."""
        self._held_case = self._read_after_paint = None
        self.ws = None
        if self.findings_queue is not None:  # it holds the workspace and shows findings
            self.findings_queue.close()
            self.findings_queue = None
        self.credential_todo.show_for(None)
        self.watcher.stop()
        self.tabs.clear()
        self.checker.forget()  # the check's thread stops; nothing of it stays on screen
        self._last_check = None
        self.agenda.clear()
        self.cases.clear()
        self.status.clear()
        self.status.setStyleSheet("")
        self.check_line.clear()
        self.right.setCurrentWidget(self.nothing)
