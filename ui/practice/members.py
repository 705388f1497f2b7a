"""Practice… → Members: the members table (one row per member, credentials marked when they
expire) and the two small forms that derive keys on the worker -- adding a member and
changing one's own passphrase. ``ui.practice.dialog`` re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from triad import clock
from triad.casefile.drafts import DraftKind
from triad.casefile.members import Credential, Member
from triad.roles import Role
from triad.workspace import Workspace
from ui.messages import message_for
from ui.ops import Op, Ops
from ui.widgets.drafts import DraftDialog
from ui.widgets.form import ERROR_RED, error_label
from ui.widgets.table_model import RowsModel

ROLE_NAMES = {Role.THERAPIST: "therapist", Role.SURROGATE: "surrogate partner",
              Role.SUPERVISOR: "supervisor"}
A_ROLE = {Role.THERAPIST: "a therapist", Role.SURROGATE: "a surrogate partner",
          Role.SUPERVISOR: "a supervisor"}


# -- the members table --
@dataclass(frozen=True)
class MemberRow:
    member_id: str
    name: str
    role: Role
    credentials: str  # "Licensing board 12345; …" or ""
    valid_until: str  # the earliest valid-until date, or ""
    expiry: str  # "", "expires-soon" or "expired"
    added: str  # YYYY-MM-DD HH:MM, local
    removed: str  # YYYY-MM-DD HH:MM, or "" while active
    you: bool


def credential_state(valid_until: str, today: date, warning_days: int) -> str:
    if not valid_until:
        return ""
    until = date.fromisoformat(valid_until)
    if until < today:
        return "expired"
    return "expires-soon" if until <= today + timedelta(days=warning_days) else ""


def _minutes(utc: str | None) -> str:
    return clock.utc_to_local_minutes(utc).replace("T", " ") if utc else ""


def member_row(m: Member, me: str, today: date, warning_days: int) -> MemberRow:
    creds = "; ".join(" ".join(x for x in (c.body, c.number) if x) for c in m.credentials)
    dates = sorted(c.valid_until for c in m.credentials if c.valid_until)
    until = dates[0] if dates else ""
    return MemberRow(m.member_id, m.name, m.role, creds, until,
                     credential_state(until, today, warning_days), _minutes(m.added_at),
                     _minutes(m.removed_at), m.member_id == me)


def load_member_rows(ws: Workspace, include_removed: bool = False) -> list[MemberRow]:
    today = date.fromisoformat(ws.local_now()[:10])
    warning = ws.audit.settings().credential_warning_days
    return [member_row(m, ws.actor.member_id, today, warning)
            for m in ws.members.list(include_removed=include_removed)]


class MemberTableModel(RowsModel):
    """One row per member: name, role, credentials, valid until (marked), added, status."""

    HEADERS = ("Name", "Role", "Credentials", "Valid until", "Added", "Status")

    @property
    def rows(self) -> tuple[MemberRow, ...]:  # a copy: the tab reads, never edits
        return tuple(self._rows)

    def _text(self, row: MemberRow, column: int) -> str:
        if column == 0:
            return self.tr("%s (you)") % row.name if row.you else row.name
        if column == 1:
            return self.tr(ROLE_NAMES[row.role])
        if column == 2:
            return row.credentials or "—"
        if column == 3:
            mark = {"expired": self.tr("expired"), "expires-soon": self.tr("expires soon")}
            if row.expiry:
                return f"{row.valid_until} ({mark[row.expiry]})"
            return row.valid_until or "—"
        if column == 4:
            return row.added
        return self.tr("removed %s") % row.removed if row.removed else self.tr("active")

    def cell(self, row: MemberRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.expiry:
            return self.tr("The credential has expired: sessions after that date are flagged by "
                           "the consent audit.") if row.expiry == "expired" else self.tr(
                "The credential expires soon: ask for the renewed one.")
        if role == Qt.ItemDataRole.ForegroundRole and row.expiry == "expired" and column == 3:
            return QBrush(QColor(ERROR_RED))
        if role == Qt.ItemDataRole.UserRole:
            return row.member_id
        return None


# -- the member forms (each runs its slow key derivation on the worker, busy bar shown) --
def _password(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _FormDialog(DraftDialog):
    """A small form: an intro, rows, an error line, a busy bar and OK / Cancel."""

    def __init__(self, ws: Workspace, ops: Ops, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws, self.ops, self.working = ws, ops, False
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish(self, title: str, intro: str, ok: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.ok_button.setText(ok)
        for w in (self.error, self.busy, self.buttons):
            self.layout_.addWidget(w)
        self.ok_button.setDefault(True)  # once inside the dialog, so Return presses it
        self._failed: QLineEdit | None = None
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(lambda _t, e=edit: self._edited(e))

    def _edited(self, edit: QLineEdit) -> None:
        """The error line goes once the field it named is changed (issue 15: no stale
        errors); the next OK checks again."""
        if edit is self._failed:
            self._failed = None
            self.error.clear()

    def fail(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self._failed = field
        if field is not None:
            field.setFocus()

    def run(self, work: Callable[[], object]) -> None:
        self.error.clear()

        def working(on: bool) -> None:
            self.working = on
            self.busy.setVisible(on)
            self.buttons.setEnabled(not on)

        def done(value: object) -> None:
            self.succeeded(value)
            self.accept()

        Op(self.ops, self, work).busy(working).success(done).failure(
            lambda exc: self.fail(message_for(exc))).run()

    def succeeded(self, value: Any) -> None:
        """The work's result, before the dialog accepts."""

    def _submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.working:  # never walk away from a key derivation half done
            super().reject()


class AddMemberDialog(_FormDialog):
    """A new member with their own passphrase and, optionally, a credential."""

    def __init__(self, ws: Workspace, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.member: Member | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.SURROGATE, Role.SUPERVISOR, Role.THERAPIST):
            self.role.addItem(self.tr(ROLE_NAMES[role]).capitalize(), role.value)
        self.passphrase = _password(self.tr("Their passphrase"))
        self.confirm = _password(self.tr("Confirm their passphrase"))
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.body = QLineEdit()
        self.body.setAccessibleName(self.tr("Credential issued by"))
        self.body.setPlaceholderText(self.tr("e.g. the licensing board or IPSA"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Credential number"))
        self.until = QLineEdit()
        self.until.setAccessibleName(self.tr("Credential valid until"))
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD, empty if it does not expire"))
        for label, widget in (
                (self.tr("&Name"), self.name), (self.tr("&Role"), self.role),
                (self.tr("&Passphrase"), self.passphrase), (self.tr("Con&firm"), self.confirm),
                ("", self.hint), (self.tr("Credential &issued by"), self.body),
                (self.tr("Credential n&umber"), self.number),
                (self.tr("&Valid until"), self.until)):
            self.form.addRow(label, widget)
        self.finish(self.tr("Add member"), self.tr(
            "The new member unlocks this vault with their own passphrase. Let them type it here "
            "themselves, or choose one they change at their first unlock (Practice… → Security)."),
            self.tr("Add member"))
        from ui.start.create import strength_hint

        self.passphrase.textChanged.connect(lambda t: self.hint.setText(self.tr(strength_hint(t))))
        self.keep_drafts(ws, DraftKind.MEMBER)  # never the passphrases (password fields)

    def _submit(self) -> None:
        if not self.name.text().strip():
            return self.fail(self.tr("Please enter the member's name."), self.name)
        from ui.start.create import passphrase_problem

        weak, text = passphrase_problem(self.passphrase.text(), self.passphrase.text())
        if weak:  # too short, or too easy to guess (zxcvbn, as the core refuses it)
            return self.fail(text, self.passphrase)
        if self.passphrase.text() != self.confirm.text():
            self.confirm.clear()
            return self.fail(self.tr("The two passphrases differ. Type it again to confirm."),
                             self.confirm)
        until = self.until.text().strip()
        try:
            if until:
                date.fromisoformat(until)
        except ValueError:
            return self.fail(self.tr("Write the valid-until date as YYYY-MM-DD."), self.until)
        body, number = self.body.text().strip(), self.number.text().strip()
        if until and not (body or number):
            return self.fail(self.tr("Name the credential (issued by, number) that is valid "
                                     "until that date."), self.body)
        creds = (Credential(body, number, until or None),) if body or number else ()
        name, role, secret = self.name.text(), Role(self.role.currentData()), self.passphrase.text()
        self.run(lambda: self.ws.members.add(name, role, secret, creds))
        return None

    def succeeded(self, value: Any) -> None:
        self.member = value
        self.passphrase.clear()
        self.confirm.clear()


class PassphraseDialog(_FormDialog):
    """Change the acting member's passphrase; the current one is asked first, so that an
    unlocked, unattended screen is not enough to take the vault over."""

    def __init__(self, ws: Workspace, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.current = _password(self.tr("Current passphrase"))
        self.new = _password(self.tr("New passphrase"))
        self.confirm = _password(self.tr("Confirm new passphrase"))
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.form.addRow(self.tr("&Current passphrase"), self.current)
        self.form.addRow(self.tr("&New passphrase"), self.new)
        self.form.addRow(self.tr("Con&firm"), self.confirm)
        self.form.addRow("", self.hint)
        self.finish(self.tr("Change my passphrase"), self.tr(
            "Your new passphrase opens this vault from now on; the old one stops working here "
            "(backups made earlier still open with it). Other members keep theirs."),
            self.tr("Change passphrase"))
        from ui.start.create import strength_hint

        self.new.textChanged.connect(lambda t: self.hint.setText(self.tr(strength_hint(t))))

    def _submit(self) -> None:
        if not self.current.text():
            return self.fail(self.tr("Enter your current passphrase."), self.current)
        from ui.start.create import passphrase_problem

        weak, text = passphrase_problem(self.new.text(), self.new.text())
        if weak:
            return self.fail(text, self.new)
        if self.new.text() != self.confirm.text():
            self.confirm.clear()
            return self.fail(self.tr("The two passphrases differ. Type the new one again."),
                             self.confirm)
        ws, current, new = self.ws, self.current.text().encode("utf-8"), self.new.text()

        def change() -> None:
            slots = ws.vault.slots
            slot = slots.slot_for_member_id(ws.actor.member_id)
            if slot is not None:
                slots.unlock(slot, current)  # WrongPassphrase if it is not theirs
            ws.change_passphrase(new)

        self.run(change)
        return None

    def succeeded(self, value: Any) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()
