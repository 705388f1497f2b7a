"""The client's own copies (issue 17): the whole record (Reports tab, "Client's copy…"), the
one-page client card (Reports tab, "Client card…") and a consent record's copy with its
withdrawals (Consent tab, "Client's copy…"). Previewed from memory, then printed or saved;
each print or save records exactly one disclosure to the client, after the bytes left (a save
whose disclosure cannot be recorded removes the file again and says so)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.disclosures import To, What
from triad.workspace import Workspace
from ui.messages import message_for
from ui.widgets import dialogs, disclose
from ui.widgets.fit import open_at
from ui.widgets.keys import GENERATE_KEY, with_key
from ui.widgets.pdf_view import PdfPreview

CONSENT_COPY, CLIENT_COPY, CLIENT_CARD = "consent-copy", "client-copy", "client-card"
WHAT = {CONSENT_COPY: What.CONSENT_COPY, CLIENT_COPY: What.CLIENT_COPY,
        CLIENT_CARD: What.CLIENT_CARD}


class ClientCopyDialog(QDialog):
    """Preview one of the client's documents; Print… or Save… it (each a disclosure)."""

    def __init__(self, ws: Workspace, case_id: str, document: str, consent_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.document, self.consent_id = ws, case_id, document, consent_id
        self.code = ws.cases.get(case_id).code
        tr = self.tr
        self.setWindowTitle({CONSENT_COPY: tr("Client's copy of a consent"),
                             CLIENT_COPY: tr("Client's copy of the record"),
                             CLIENT_CARD: tr("Client card")}[document])
        open_at(self, 900, 760)
        layout = QVBoxLayout(self)
        about = QLabel({
            CONSENT_COPY: tr("The client's copy of this consent: the form's full text, its "
                             "version and hash, every signature with its date, what was agreed "
                             "and declined, and every withdrawal. It is also the client's "
                             "receipt for a withdrawal. It shows the client's name."),
            CLIENT_COPY: tr("The client's whole record, readable, with names: details, consents "
                            "with their text, the plan, sessions, debriefs, progress notes and "
                            "minutes, measures, corrections with what they corrected, and who "
                            "the record was given to."),
            CLIENT_CARD: tr("One page for the client to keep: their stop and pause signals, what "
                            "they consent to today, how to withdraw consent, and who to call."),
        }[document])
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.recordings = QCheckBox(tr("Include the &process recordings"))
        self.recordings.setAccessibleName(tr("Include the process recordings"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(tr("Who to call"))
        self.contact.setPlaceholderText(tr("e.g. Practice phone 030 1234 5678, weekdays 9 to 17"))
        self.contact.setMaxLength(200)
        if document == CLIENT_COPY:
            form.addRow(self.recordings)
            note = QLabel(tr(
                "Process recordings are the surrogate partner's detailed notes to you. HIPAA "
                "leaves psychotherapy notes out of the client's right of access; under the GDPR "
                "they may be in scope. You decide. Private notes are not part of the record and "
                "are never included."))
            note.setWordWrap(True)
            form.addRow(note)
        elif document == CLIENT_CARD:
            label = QLabel(tr("&Who to call"))
            label.setBuddy(self.contact)
            form.addRow(label, self.contact)
            hint = QLabel(tr("Printed as typed under your name and the practice's. Left empty, "
                             "the card leaves a line to write it on."))
            hint.setWordWrap(True)
            form.addRow(hint)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(tr("Page size"))
        self.page_size.addItem(tr("A4"), "A4")
        self.page_size.addItem(tr("US Letter"), "letter")
        size_label = QLabel(tr("Page si&ze"))
        size_label.setBuddy(self.page_size)
        form.addRow(size_label, self.page_size)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.generate = QPushButton(tr("&Generate"))
        self.generate.setToolTip(with_key(tr("Make the document and preview it (%1)."),
                                          GENERATE_KEY))
        self.print_button = QPushButton(tr("Pr&int…"))
        self.save_button = QPushButton(tr("Sav&e…"))
        close = QPushButton(tr("Close"))
        for b in (self.generate, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.generate.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        for keys, slot in ((QKeySequence(GENERATE_KEY), self.make),
                           (QKeySequence(QKeySequence.StandardKey.Print), self.print_),
                           (QKeySequence(QKeySequence.StandardKey.Save), self.save)):
            QShortcut(keys, self).activated.connect(slot)
        self.recordings.toggled.connect(lambda _on: self._stale())
        self.contact.textChanged.connect(lambda _t: self._stale())
        self.page_size.currentIndexChanged.connect(lambda _i: self._stale())
        self._update()
        if document != CLIENT_CARD:  # the card waits for the contact line
            self.make()
        else:
            self.status.setText(with_key(tr("Type who to call (or leave it empty), then "
                                            "Generate (%1)."), GENERATE_KEY))
            self.contact.setFocus()

    def _stale(self) -> None:
        if self.preview.page_count():
            self.preview.clear()
            self.status.setText(self.tr("The options changed: generate the document again."))
        self._update()

    def _update(self) -> None:
        shown = self.preview.page_count() > 0
        for b in (self.print_button, self.save_button):
            b.setEnabled(shown)
            b.setToolTip("" if shown else self.tr("Generate the document first."))

    def make(self) -> None:
        """Build the document and preview it; a refusal is shown in words."""
        size = str(self.page_size.currentData())
        reports = self.ws.reports
        try:
            if self.document == CONSENT_COPY:
                data = reports.consent_copy(self.case_id, self.consent_id, size)
            elif self.document == CLIENT_COPY:
                data = reports.client_copy(self.case_id, self.recordings.isChecked(), size)
            else:
                data = reports.client_card(self.case_id, self.contact.text(), size)
        except Exception as exc:  # a refusal of the core: said in words, nothing written
            self.status.setText(message_for(exc))
            return
        if not self.preview.load(data):
            self.status.setText(self.tr("The document could not be shown. Generate it again."))
            return
        self.status.setText(self.tr("Preview only: nothing is recorded until you print or "
                                    "save it for the client."))
        self._update()

    def print_(self) -> None:
        if not self.print_button.isEnabled():
            return
        pages = self.preview.print_(self)
        if not pages:
            return
        if not disclose.printed(self, self.ws, WHAT[self.document], [self.case_id], to=To.CLIENT):
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer; recorded as given to the "
                                    "client.", "", pages))

    def save(self) -> None:
        data = self.preview.data()
        if not data or not self.save_button.isEnabled():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.code}-{self.document}-{self.ws.local_now()[:10]}.pdf"
        path = dialogs.save_file(self, self.tr("Save the client's document"),
                                 os.path.join(folder or str(Path.home()), name),
                                 self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not disclose.save(self, self.ws, target, data, WHAT[self.document], [self.case_id],
                             to=To.CLIENT):
            return
        self.status.setText(self.tr("Saved %1 in %2; recorded as given to the client.")
                            .replace("%1", target.name).replace("%2", str(target.parent)))

    def done(self, result: int) -> None:
        self.preview.clear()  # the bytes do not outlive the dialog
        super().done(result)
