"""Practice…: everything about the practice rather than one case -- its members, your own
passphrase and quick unlock, the recovery code, backup and verification, and case files (JSON).
It mirrors ``triad-cli member / passwd / quick-unlock / recovery-code / backup / verify /
export-json / import-json``.

Slow work (key derivation, re-keying, a PDF, an import) runs on the app's worker thread with
a busy indicator; the core enforces roles and the dialog also disables what the acting member's
role may not do, with a tooltip saying why. The recovery code is shown once and reaches the
disk only as the sheet the user chooses to save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.handover import cases_held_by
from triad.casefile.members import Member
from triad.errors import InvalidCode, InvalidInput
from triad.messages import older_vault
from triad.roles import Role
from triad.workspace import VaultReport, Workspace
from ui.messages import message_for
from ui.ops import Op, Ops, show_failure
from ui.practice.members import (
    A_ROLE,
    ROLE_NAMES,
    AddMemberDialog,
    MemberRow,
    MemberTableModel,
    PassphraseDialog,
    credential_state,
    load_member_rows,
)
from ui.practice.printing import PrintingPage
from ui.widgets import dialogs
from ui.widgets.fit import open_at, wrap_columns
from ui.widgets.form import ERROR_RED
from ui.widgets.table_model import table_view

__all__ = ["AddMemberDialog", "MemberRow", "MemberTableModel", "PassphraseDialog",  # also here
           "PracticeDialog", "credential_state", "open_file"]

PROBLEM_WORDS = {
    "hash-mismatch": "altered after it was signed", "bad-signature": "signature does not verify",
    "chain-broken": "its chain of entries is broken", "seq-gap": "an entry is missing before it",
    "unknown-author": "its author is not a known member",
    "key-mismatch": "signed with a key other than the member's",
    "checkpoint": "the record of what was already verified was altered",
    "duplicate": "a copy of another entry",
}

T = TypeVar("T")

open_file = dialogs.open_file  # a file to read; here, so tests replace it for this dialog only


def _group(title: str, text: str, *widgets: QWidget, status: QWidget | None = None,
           result: QWidget | None = None) -> QGroupBox:
    """A titled section: what it does, an optional status line, its buttons, a result line."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    intro = QLabel(text)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    if status is not None:
        layout.addWidget(status)
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    layout.addLayout(row)
    if result is not None:
        layout.addWidget(result)
    return box


def _page(*boxes: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    return page


class PracticeDialog(QDialog):
    """The practice's members and the vault's keys, backups and case files."""

    restored = Signal(object, object, str)  # a vault restored from a backup, to open
    vault_changing = Signal()  # a re-key or a restore begins: background reads stop (issue 18)

    def __init__(self, ws: Workspace, ops: Ops, vault_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.vault_name = Path(vault_path).name if vault_path else ws.vault.folder.name
        self.busy_with = ""  # what the worker is doing for this dialog ("" when idle)
        self.closed = False
        self.quick_reason: str | None = "checking"  # why quick unlock is unavailable here
        self.setWindowTitle(self.tr("Practice"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_at(self, 860, 580)
        layout = QVBoxLayout(self)
        who = self.tr("%1 · signed in as %2 (%3)").replace(
            "%1", ws.practice_name or self.tr("Triad vault")).replace("%2", ws.actor.name).replace(
            "%3", self.tr(ROLE_NAMES[ws.actor.role]))
        self.heading = QLabel(who)
        self.heading.setAccessibleName(self.tr("Practice and member"))
        layout.addWidget(self.heading)
        if ws.actor.role is not Role.THERAPIST:
            note = QLabel(self.tr(
                "As a supervisor you can change your own passphrase and quick unlock, save a "
                "backup and verify the vault. Members, the recovery code and case files are the "
                "therapist's; the consent audit report (Reports tab) is yours to print.")
                if ws.actor.role is Role.SUPERVISOR else self.tr(
                "As a surrogate partner you can change your own passphrase and quick unlock, "
                "save a backup and verify the vault. Members, the recovery code and case files "
                "are the therapist's."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._members_page(), self.tr("&Members"))
        self.tabs.addTab(self._security_page(), self.tr("&Security"))
        self.tabs.addTab(self._backup_page(), self.tr("Bac&kup and verify"))
        self.tabs.addTab(self._files_page(), self.tr("Case &files"))
        self.printing = PrintingPage(ws)  # issue 19: the language of printed documents
        self.printing.chosen.connect(self._set_report_language)
        self.tabs.addTab(self.printing, self.tr("&Printed documents"))
        layout.addWidget(self.tabs, 1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Result"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        layout.addLayout(busy_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_busy("")
        self.refresh()
        self._check_quick_unlock()

    # -- pages --
    def _members_page(self) -> QWidget:
        self.model = MemberTableModel()
        self.table = table_view(self.model, self.tr("Members"), alternate=False)
        wrap_columns(self.table, 2)  # credentials wrap; names, roles and dates are never cut short
        self.show_removed = QCheckBox(self.tr("&Include removed members"))
        self.members_hint = QLabel()
        self.members_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.remove_button = QPushButton(self.tr("&Remove member…"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.members_hint)
        row = QHBoxLayout()
        row.addWidget(self.show_removed)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        from ui.practice.custody import CustodianBox  # issue 17: the professional will

        self.custodian_box = CustodianBox(self.ws)
        self.custodian_box.changed.connect(self.refresh)
        layout.addWidget(self.custodian_box)
        self.show_removed.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_button.clicked.connect(self._add_member)
        self.remove_button.clicked.connect(self._remove_member)
        return page

    def _security_page(self) -> QWidget:
        self.passphrase_button = QPushButton(self.tr("Change my &passphrase…"))
        self.quick_button = QPushButton(self.tr("&Use quick unlock"))
        self.quick_status = QLabel()
        self.quick_status.setWordWrap(True)
        self.quick_status.setAccessibleName(self.tr("Quick unlock status"))
        self.recovery_button = QPushButton(self.tr("Replace &recovery code…"))
        quick = _group(self.tr("Quick unlock on this computer"), self.tr(
            "Unlock with a key kept in this computer's keyring instead of typing your passphrase. "
            "Anyone who can use your account on this computer can then open the vault."),
            self.quick_button, status=self.quick_status)
        self.passphrase_button.clicked.connect(self._change_passphrase)
        self.quick_button.clicked.connect(self._toggle_quick_unlock)
        self.recovery_button.clicked.connect(self._replace_recovery_code)
        return _page(
            _group(self.tr("Your passphrase"), self.tr(
                "Change the passphrase you unlock with. Other members keep theirs."),
                self.passphrase_button),
            quick,
            _group(self.tr("Recovery code"), self.tr(
                "The recovery code sets a new passphrase for any member who forgot theirs. "
                "Replace it if it may have been seen: the old code stops working at once, and "
                "the new one is shown once, to write down or print."), self.recovery_button))

    def _backup_page(self) -> QWidget:
        self.backup_button = QPushButton(self.tr("Save &backup…"))
        self.verify_button = QPushButton(self.tr("&Verify vault"))
        self.verify_result = QLabel(self.tr("Not verified in this window yet."))
        self.verify_result.setWordWrap(True)
        self.verify_result.setAccessibleName(self.tr("Verification result"))
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verify = _group(self.tr("Verify"), self.tr(
            "Re-check every signature and hash chain of the entry log and every database page."),
            self.verify_button, result=self.verify_result)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.backup_button.clicked.connect(self._backup)
        self.restore_button.clicked.connect(self._restore)
        self.verify_button.clicked.connect(self._verify)
        return _page(_group(self.tr("Backup"), self.tr(
            "Save an encrypted copy of the whole vault as one file, for example on an external "
            "disk kept apart from this computer. Any member's passphrase opens it. Restore "
            "puts a backup into a new folder, checks it and offers to open it; the vault open "
            "now is not touched."), self.backup_button, self.restore_button), verify)

    def _files_page(self) -> QWidget:
        self.case_choice = QComboBox()
        self.case_choice.setAccessibleName(self.tr("Case to export"))
        self.case_choice.setMinimumContentsLength(18)
        self.export_button = QPushButton(self.tr("&Export case file…"))
        self.import_button = QPushButton(self.tr("&Import case file…"))
        label = QLabel(self.tr("&Case"))
        label.setBuddy(self.case_choice)
        self.case_choice.currentIndexChanged.connect(lambda _i: self._update_actions())
        self.export_button.clicked.connect(self._export_case)
        self.import_button.clicked.connect(self._import_case)
        return _page(
            _group(self.tr("Export one case"), self.tr(
                "Write a whole case (every signed entry, and the members who wrote them) as a "
                "JSON case file for another Triad vault, e.g. your triad's. The file is NOT "
                "encrypted."), label, self.case_choice, self.export_button),
            _group(self.tr("Import a case file"), self.tr(
                "Add a case exported from another vault. Everything in the file is checked first "
                "(signatures, chains, roles); then the whole case is added, or nothing. You take "
                "custody of the case as its therapist here."), self.import_button))

    # -- state --
    def refresh(self) -> None:
        """Re-read members and cases, then set what may be done."""
        if self.closed:
            return
        self.model.set_rows(load_member_rows(self.ws, self.show_removed.isChecked()))
        others = sum(1 for r in self.model.rows if not r.you and not r.removed)
        therapist = self.ws.actor.role is Role.THERAPIST
        self.members_hint.setText("" if others else self.tr(
            "You are the only member so far. Add the surrogate partners and the supervisor you "
            "work with (Add member…): each unlocks with their own passphrase.") if therapist
            else "")
        self.members_hint.setVisible(bool(self.members_hint.text()))
        chosen = self.case_choice.currentData()
        self.case_choice.clear()
        for case in self.ws.cases.list():
            self.case_choice.addItem(f"{case.code} ({self.tr(case.status)})", case.case_id)
        if not self.case_choice.count():
            self.case_choice.addItem(self.tr("No cases yet"), None)
        self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(chosen)))
        self.custodian_box.refresh()
        self._update_actions()

    def _selected(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _allow(self, button: QPushButton, why_not: str) -> None:
        button.setEnabled(not why_not and not self.busy_with)
        button.setToolTip(why_not)

    def _update_actions(self) -> None:
        if self.closed:
            return
        if self.busy_with:  # the database belongs to the worker meanwhile: do not read it
            for button in (self.add_button, self.remove_button, self.passphrase_button,
                           self.quick_button, self.recovery_button, self.backup_button,
                           self.verify_button, self.export_button, self.import_button):
                button.setEnabled(False)
            self.case_choice.setEnabled(False)
            self.show_removed.setEnabled(False)
            self.printing.refresh(busy=True)
            return
        self.printing.refresh()
        self.show_removed.setEnabled(True)
        therapist = self.ws.actor.role is Role.THERAPIST
        self._allow(self.add_button, "" if therapist else self.tr(
            "Only a therapist can add members."))
        self._allow(self.remove_button, self._why_not_remove(therapist))
        self._allow(self.passphrase_button, "")
        self._allow(self.recovery_button, "" if therapist else self.tr(
            "Only a therapist can replace the recovery code."))
        self._allow(self.backup_button, "")
        self._allow(self.verify_button, "")
        self._allow(self.import_button, "" if therapist else self.tr(
            "Only a therapist can import a case file: the importing therapist takes custody of "
            "the case."))
        case_id = self.case_choice.currentData()
        self.case_choice.setEnabled(case_id is not None)
        if case_id is None:
            why = self.tr("There are no cases to export yet.")
        elif self.ws.cases.access.role(case_id) is not Role.THERAPIST:
            # A case file carries every entry whole, process recordings included.
            why = self.tr("Only the case's therapist can export it: a case file carries the "
                          "process recordings too.")
        else:
            why = ""
        self._allow(self.export_button, why)
        self._show_quick_unlock()

    def _why_not_remove(self, therapist: bool) -> str:
        if not therapist:
            return self.tr("Only a therapist can remove members.")
        row = self._selected()
        if row is None:
            return self.tr("Choose a member in the table first.")
        if row.removed:
            return self.tr("This member was already removed.")
        if row.you:
            return self.tr("You cannot remove yourself. Another therapist of the practice can.")
        if row.role is Role.THERAPIST and not any(
                r.role is Role.THERAPIST and not r.removed and r.member_id != row.member_id
                for r in self.model.rows):
            return self.tr("The last therapist cannot be removed. Add another therapist first.")
        if row.role is Role.THERAPIST and not row.you:
            held = cases_held_by(self.ws.vault.db, row.member_id)
            if held:  # issue 17: never a case without a therapist who holds it
                return message_for(InvalidInput(InvalidCode.HOLDS_CASES, cases=", ".join(held)))
        return ""

    def _set_busy(self, text: str) -> None:
        self.busy_with = text
        self.busy_label.setText(text)
        self.busy.setVisible(bool(text))
        self.busy_label.setVisible(bool(text))
        self.buttons.setEnabled(not text)

    def _run(self, work: Callable[[], T], done: Callable[[T], object], busy: str,
             handled: Callable[[Exception], bool] = lambda _exc: False) -> None:
        """Run ``work`` on the worker thread with the busy indicator; ``done`` and errors come
        back on the GUI thread (and are dropped if the dialog was closed meanwhile). Errors
        that ``handled`` does not take are shown as a sentence."""
        self.notice.clear()

        def finished(value: T) -> None:
            done(value)
            self._update_actions()

        def failed(exc: Exception) -> None:
            taken = handled(exc)
            self._update_actions()
            if not taken:
                show_failure(self, exc)

        def working(on: bool) -> None:
            self._set_busy(busy if on else "")
            if on:
                self._update_actions()

        Op(self.ops, self, work).busy(working).success(finished).failure(failed).unless_stale(
            lambda: self.closed).run()

    def _say(self, text: str) -> None:
        self.notice.setText(text)

    def _set_report_language(self, value: str) -> None:
        def done(recorded: str) -> None:
            self._say(self.tr("Printed documents now use: %1.").replace(
                "%1", self.printing.words(recorded)))

        self._run(lambda: self.ws.report_language.set(value), done,
                  self.tr("Recording the language for printed documents…"))

    # -- members --
    def _add_member(self) -> None:
        dialog = AddMemberDialog(self.ws, self.ops, self)
        if dialog.exec() and dialog.member is not None:
            m = dialog.member
            self.refresh()
            self._say(self.tr("Added %1 as %2. They unlock this vault with their own passphrase.")
                      .replace("%1", m.name).replace("%2", self.tr(A_ROLE[m.role])))

    def _remove_member(self) -> None:
        row = self._selected()
        if row is None or self._why_not_remove(self.ws.actor.role is Role.THERAPIST):
            return
        question = self.tr(
            "Remove %1 (%2) from the practice?\n\nThe vault is re-keyed: their passphrase and "
            "quick unlock no longer open it. Their signed entries stay in the record. Other "
            "Triad windows on this vault must be closed first.").replace(
            "%1", row.name).replace("%2", self.tr(ROLE_NAMES[row.role]))
        if not dialogs.confirm(self, question, self.tr("Remove and re-key")):
            return
        name = row.name

        def removed(member: Member) -> None:
            self.refresh()
            self._say(self.tr("%1 was removed and the vault re-keyed; their passphrase no longer "
                              "opens it.").replace("%1", member.name))

        self.vault_changing.emit()
        self._run(lambda: self.ws.members.remove(name), removed,
                  self.tr("Removing the member and re-keying the vault…"))

    # -- security --
    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self.ws, self.ops, self)
        if dialog.exec():
            self._say(self.tr("Your passphrase was changed. Use the new one from now on."))

    def _check_quick_unlock(self) -> None:
        from triad.vault import quickunlock

        self.quick_status.setText(self.tr("Checking this computer's keyring…"))
        self.quick_reason = "checking"

        def checked(reason: str | None) -> None:
            if not self.closed:
                self.quick_reason = reason
                self._show_quick_unlock()

        Op(self.ops, self, quickunlock.status).success(checked).failure(  # it does not raise;
            lambda _exc: checked("keyring-error")).run()  # be safe anyway

    def _show_quick_unlock(self) -> None:
        from triad.errors import QuickUnlockReason, QuickUnlockUnavailable

        on = self.ws.quick_unlock_enabled()
        reason = self.quick_reason
        unavailable = "" if reason in (None, "checking") else message_for(
            QuickUnlockUnavailable(QuickUnlockReason(reason)))
        if reason == "checking":
            text = self.tr("Checking this computer's keyring…")
        elif on:
            text = self.tr("Quick unlock is on for you on this computer.") + (
                " " + unavailable if unavailable else "")
        else:
            text = unavailable or self.tr("Quick unlock is off: you unlock with your passphrase.")
        self.quick_status.setText(text)
        self.quick_button.setText(self.tr("Stop &using quick unlock") if on
                                  else self.tr("&Use quick unlock"))
        # Turning it off needs no keyring; turning it on needs a safe one.
        why = "" if on else (unavailable or (self.tr("Checking this computer's keyring…")
                                             if reason == "checking" else ""))
        self._allow(self.quick_button, why)

    def _toggle_quick_unlock(self) -> None:
        from triad.errors import QuickUnlockUnavailable

        turn_on = not self.ws.quick_unlock_enabled()

        def unavailable(exc: BaseException) -> bool:
            if isinstance(exc, QuickUnlockUnavailable):  # shown as the reason, never a crash
                self.quick_reason = exc.reason
                return True
            return False

        self._run(self.ws.enable_quick_unlock if turn_on else self.ws.disable_quick_unlock,
                  lambda _v: self._say(
                      self.tr("Quick unlock is on: next time, unlock with the keyring.") if turn_on
                      else self.tr("Quick unlock is off; the keyring no longer holds the key.")),
                  self.tr("Talking to the keyring…"), unavailable)

    def _replace_recovery_code(self) -> None:
        if not dialogs.confirm(self, self.tr(
                "Replace the recovery code?\n\nThe current code stops working at once. The new "
                "code is shown once: have paper ready, or save the printable sheet."),
                self.tr("Replace code")):
            return
        self._run(self.ws.new_recovery_code, self._show_new_code,
                  self.tr("Making a new recovery code…"))

    def _show_new_code(self, code: str) -> None:
        # The code lives only in this call: shown once, then (if asked) printed to the sheet.
        dialogs.show_recovery_code(self, code)
        self._say(self.tr("The recovery code was replaced; the old code no longer works."))
        if not dialogs.confirm(self, self.tr(
                "Also save a printable recovery sheet (PDF)?\n\nPrint it, keep it locked away "
                "apart from this computer, and then delete the file."),
                self.tr("Save sheet…")):
            return
        path = dialogs.save_file(self, self.tr("Save the recovery sheet"), "recovery-sheet.pdf",
                                 self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        name, when = self.vault_name, self.ws.local_now()

        def write() -> None:
            from triad.reports.service import recovery_sheet
            from triad.vault.files import atomic_write

            atomic_write(target, recovery_sheet(name, code, when))

        self._run(write, lambda _v: self._say(self.tr(
            "The recovery code was replaced. Recovery sheet saved to %1: print it, then delete "
            "the file.").replace("%1", str(target))), self.tr("Writing the recovery sheet…"))

    # -- backup and verify --
    def _restore(self) -> None:
        from ui.practice.restore import RestoreDialog

        dialog = RestoreDialog(self.ops, self.ws.actor.name, self.vault_name, self)
        dialog.restoring.connect(self.vault_changing)
        dialog.opened.connect(self.restored)
        dialog.exec()

    def _backup(self) -> None:
        suggested = f"{Path(self.vault_name).stem}-{self.ws.local_now()[:10]}.backup"
        path = dialogs.save_file(self, self.tr("Save an encrypted backup"), suggested,
                                 self.tr("Triad backups (*.backup)"))
        if not path:
            return
        target = Path(path)
        self._run(lambda: self.ws.backup(target), lambda _v: self._say(self.tr(
            "Encrypted backup saved to %1. Any member's passphrase opens it.").replace(
            "%1", str(target))), self.tr("Writing the encrypted backup…"))

    def _verify(self) -> None:
        self._run(self.ws.verify, self._show_report,
                  self.tr("Checking every signature, hash chain and database page…"))

    def _show_report(self, report: VaultReport) -> None:
        log = report.log
        lines = [self.tr("Verified %1: %2 signed entries in %3 chains.").replace(
            "%1", self.ws.local_now().replace("T", " ")).replace("%2", str(log.entries)).replace(
            "%3", str(log.chains))]
        if report.ok:
            lines.append(self.tr("Every signature and hash chain checks, and the database pages "
                                 "are intact."))
        else:
            lines.append(self.tr("PROBLEMS FOUND (%1). Keep this copy for inspection and "
                                 "restore the vault from a backup made before the problem.")
                         .replace("%1", str(len(log.problems))))
            for p in log.problems:
                if p.code == "database":
                    lines.append("• " + self.tr("database pages or structure damaged"))
                    continue
                where = self.tr("entry %s") % (p.entry_id or "")[:8] if p.entry_id else \
                    self.tr("a member's entries")
                seq = self.tr(" (#%s of its author's chain)") % p.seq if p.seq else ""
                lines.append(f"• {where}{seq}: {self.tr(PROBLEM_WORDS.get(p.code, p.code))}")
        if report.behind is not None:  # an older copy, opened on record (triad/vault/seen.py)
            lines.append(older_vault(report.behind.missing, report.behind.day, self.tr))
        if report.weak_slots:
            lines.append(self.tr("Note: %n key slot(s) use the insecure test key profile; "
                                 "change those passphrases.", "", report.weak_slots))
        ok = report.ok  # an older vault is refused at unlock unless accepted on record
        self.verify_result.setStyleSheet("" if ok else f"color: {ERROR_RED};")
        self.verify_result.setText("\n".join(lines))
        self._say(self.tr("The vault verifies.") if ok else self.tr(
            "Verification found problems: see Backup and verify."))

    # -- case files --
    def _export_case(self) -> None:
        case_id = self.case_choice.currentData()
        if case_id is None or not self.export_button.isEnabled():
            return
        code = self.ws.cases.get(case_id).code
        if not dialogs.confirm(self, self.tr(
                "The case file for %1 is NOT encrypted.\n\nIt holds the whole clinical record of "
                "the case (consent, plans, sessions, debriefs) and the names of its triad. Save "
                "it only where you would keep the vault itself, such as an encrypted disk, and "
                "delete it once it has been imported.").replace("%1", code),
                self.tr("Export unencrypted file…")):
            return
        path = dialogs.save_file(self, self.tr("Export the case file"), f"{code}.json",
                                 self.tr("Triad case files (*.json)"))
        if not path:
            return
        target = Path(path)

        def write() -> None:
            from triad.casefile.disclosures import What

            # written, then recorded in the accounting of disclosures (to "file", no path)
            self.ws.disclosures.save(target, self.ws.interchange.dumps(
                self.ws.interchange.export_case(case_id)), What.CASE_EXPORT, [case_id])

        self._run(write, lambda _v: self._say(self.tr(
            "Exported %1 to %2. The file is not encrypted: delete it once it has been imported.")
            .replace("%1", code).replace("%2", str(target))), self.tr("Exporting the case…"))

    def _import_case(self) -> None:
        path = open_file(self, self.tr("Import a case file"), self.tr("Triad case files (*.json)"))
        if not path:
            return
        source = Path(path)

        def imported(r: Any) -> None:
            self.refresh()
            if not r.added:
                self._say(self.tr("Nothing new: every entry of case %1 is already in this "
                                  "vault.").replace("%1", r.code))
                return
            self._say(self.tr("Imported case %1: %n new entries", "", r.added).replace(
                "%1", r.code) + self.tr(" (%n already here)", "", r.already_present)
                + self.tr(", %n new member(s)", "", r.members_added) + ". " + self.tr(
                "You hold custody of the case as its therapist in this vault."))

        self._run(lambda: self.ws.interchange.import_bytes(source.read_bytes()), imported,
                  self.tr("Checking and importing the case file…"))

    # -- closing --
    def done(self, result: int) -> None:
        """Closed (also on lock): work still running finishes, but shows nothing here."""
        self.closed = True
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy_with:  # not while re-keying or writing; lock() still closes via reject()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.busy_with and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)
