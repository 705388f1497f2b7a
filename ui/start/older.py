"""Asked at unlock when the vault is older than the one last opened on this computer (issue 18,
triad/vault/seen.py): what happened, and a reason before the older vault is opened anyway. The
default is Cancel; the reason is recorded in the vault as a signed entry of the member who
opens it (``Workspace.open(..., accept_older=reason)``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.errors import VaultOlder
from triad.workspace import REASON_MAX


class OlderVaultDialog(QDialog):
    """What happened (entries missing, the day this computer last saw the vault), a required
    reason, and *Open the older vault* / *Cancel* (the default, also Esc)."""

    def __init__(self, refused: VaultOlder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Older vault"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("This vault is older than the one last opened on this computer."))
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        day = refused.day or self.tr("an earlier day")
        if refused.missing:
            facts = self.tr("This computer last saw it on %1. Entries seen here that this vault "
                            "lacks: at least %2.").replace("%1", day) \
                .replace("%2", str(refused.missing))
        else:
            facts = self.tr("This computer last saw it on %1. It has gone on from an older state "
                            "since: entries seen here are missing.").replace("%1", day)
        self.facts = QLabel(facts)
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        why = QLabel(self.tr(
            "The folder may have been put back from a copy: a member's removal, a consent "
            "withdrawal or a correction made since would be undone. Nothing has been changed. "
            "If you did not expect this, cancel, then open the right folder or restore your "
            "newest backup file. To go back to this older state on purpose, say why: the reason "
            "is recorded in the vault's log, signed by you, and this computer then expects this "
            "state."))
        why.setWordWrap(True)
        layout.addWidget(why)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. restored from the Tuesday copy after a "
                                               "disk failure"))
        self.reason.setAccessibleName(self.tr("Reason for opening the older vault"))
        form.addRow(self.tr("&Reason (recorded)"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.open_button: QPushButton = buttons.addButton(
            self.tr("&Open the older vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter cancels until a reason is typed
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(self.tr("Type the reason first: it is recorded in the vault."))
        self.reason.textChanged.connect(self._reason_changed)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()

    def _reason_changed(self, text: str) -> None:
        typed = bool(text.strip())
        self.open_button.setEnabled(typed)
        self.open_button.setToolTip("" if typed else self.tr(
            "Type the reason first: it is recorded in the vault."))

    def _accept(self) -> None:
        if self.reason.text().strip():
            self.accept()

    def reason_given(self) -> str | None:
        """The reason when the member chose to open the older vault, else None."""
        return self.reason.text().strip() if self.result() and self.reason.text().strip() \
            else None


def ask_reason(parent: QWidget, refused: VaultOlder) -> str | None:
    """Ask whether to open the older vault anyway: the reason, or None (Cancel)."""
    dialog = OlderVaultDialog(refused, parent)
    dialog.exec()
    return dialog.reason_given()
