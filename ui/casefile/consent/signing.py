"""Consent tab, signing for oneself (issue 13): the whole text of a form, rendered, that a
party reads to the end before signing; the surrogate partner's countersignature in her own
session; and viewing the scan of a paper form signed by hand -- in memory only (an image as a
QImage, a PDF through QtPdf from a buffer), never written to disk unless the person chooses
Save as…"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.consent import ConsentRecord
from triad.casefile.disclosures import What
from triad.casefile.drafts import DraftKind
from triad.casefile.forms import Form
from triad.casefile.signatures import Scan
from triad.workspace import Workspace
from ui.casefile.consent.model import activity_words, tr
from ui.messages import message_for
from ui.widgets import dialogs, disclose
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import day_format, error_label
from ui.widgets.signature_pad import SignaturePad


class FormTextPanel(QWidget):
    """A form's whole text, rendered from its Markdown with the case's parties filled in,
    with its version and content hash. ``read`` turns true (and ``read_to_end`` is emitted)
    once the text was scrolled to its end while shown."""

    read_to_end = Signal()

    def __init__(self, parent: QWidget | None = None, with_client: bool = True) -> None:
        super().__init__(parent)
        self.read = False
        self.ask = self.tr("Read the whole form with the client: signing is possible once the "
                           "text has been scrolled to its end.") if with_client else self.tr(
            "Read the whole form: signing is possible once the text has been scrolled to its end.")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.hash = QLabel()
        self.hash.setWordWrap(True)
        self.hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash.setFont(dialogs.mono_font(-1))
        self.hash.setAccessibleName(self.tr("Content hash of the form text"))
        # 64 hex digits do not wrap: the panel may be narrower than the hash (a 1366-px screen)
        self.hash.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The whole text of the form"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hash)
        layout.addWidget(self.hint)
        bar = self.text.verticalScrollBar()
        bar.valueChanged.connect(lambda *_: self._scrolled())

    def show_form(self, form: Form, markdown: str) -> None:
        self.read = False
        version = self.tr("version %d") % form.version
        self.heading.setText(f"<b>{html.escape(form.title)}</b> — {html.escape(version)}")
        self.hash.setText(self.tr("Content hash (SHA-256): %s") % form.content_hash)
        self.hash.setToolTip(form.content_hash)  # whole, should the panel be narrower
        self.text.setMarkdown(markdown)
        self.text.verticalScrollBar().setValue(0)
        self.hint.setText(self.ask)
        QTimer.singleShot(100, self._check_fits)

    def scroll_to_end(self) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._check_fits()

    def _scrolled(self) -> None:
        """Read once the scroll bar reached the end while the text was shown."""
        bar = self.text.verticalScrollBar()
        if not self.read and self.text.isVisible() and 0 < bar.maximum() <= bar.value():
            self._mark_read()

    def _check_fits(self) -> None:
        """A text short enough to show whole is read once it is laid out and shown. Checked
        after the layout settles (a document is laid out in steps, and its height before that
        says nothing)."""
        bar = self.text.verticalScrollBar()
        doc = self.text.document()
        if (not self.read and self.text.isVisible() and bar.maximum() == 0
                and 0 < doc.size().height() <= self.text.viewport().height()):
            self._mark_read()

    def _mark_read(self) -> None:
        self.read = True
        self.hint.setText(self.tr("The whole form was shown."))
        self.read_to_end.emit()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(100, self._check_fits)


class CountersignDialog(DraftDialog):
    """Sign a record for oneself (a surrogate partner her triad agreement), in one's own
    session: the whole form text first, then the day and an optional drawn signature; the
    signature's name is the signed-in member's."""

    def __init__(self, ws: Workspace, case_id: str, record: ConsentRecord, form: Form,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.record = ws, case_id, record
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Sign “%s”") % form.title)
        open_at(self, 760, 720)
        self.panel = FormTextPanel(with_client=False)
        self.panel.show_form(form, ws.signatures.form_text(case_id, form.form_id, form.version,
                                                           record.surrogate_id))
        agreed = QLabel(self.tr("Grants: %s. Declines: %s.") % (
            activity_words(record.grants) or self.tr("no activities"),
            activity_words(record.declines) or self.tr("none")))
        agreed.setWordWrap(True)
        today = QDate.fromString(ws.local_now()[:10], "yyyy-MM-dd")
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(day_format())
        self.date.setMaximumDate(today)
        self.date.setAccessibleName(self.tr("Date you sign"))
        self.pad = SignaturePad()
        self.pad.setAccessibleName(self.tr("Your drawn signature (optional)"))
        form_layout = QFormLayout()
        form_layout.addRow(self.tr("Signed by"), QLabel(html.escape(ws.actor.name)))
        form_layout.addRow(self.tr("Signed &on"), self.date)
        form_layout.addRow(self.tr("Drawing"), self.pad)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(self.tr("Sig&n"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setEnabled(False)
        self.sign_button.setToolTip(self.tr("Read the whole form first: scroll to its end."))
        self.panel.read_to_end.connect(self._read)
        buttons.accepted.connect(self._sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(agreed)
        layout.addLayout(form_layout)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.keep_drafts(ws, DraftKind.COUNTERSIGNATURE, case_id, record.consent_id)

    def _read(self) -> None:
        self.sign_button.setEnabled(True)
        self.sign_button.setToolTip(self.tr("Sign this record in your own name"))

    def _sign(self) -> None:
        if not self.panel.read:
            return
        try:
            self.change = self.ws.signatures.countersign(
                self.case_id, self.record.consent_id, self.date.date().toString("yyyy-MM-dd"),
                drawing=self.pad.drawing())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()


def scan_pages(scan: Scan, width: int = 900) -> list[QImage]:
    """The pages of a scan as images, in memory: an image as it is, a PDF rendered page by
    page through QtPdf from a buffer (an empty list when neither can be read)."""
    if scan.media_type != "application/pdf":
        image = QImage.fromData(scan.data)
        return [] if image.isNull() else [image]
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(scan.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    pages = []
    for n in range(doc.pageCount()):
        size = doc.pagePointSize(n)
        if size.width() <= 0:
            continue
        scale = width / size.width()
        pages.append(doc.render(n, QSize(width, int(size.height() * scale))))
    doc.close()
    buffer.close()
    return [p for p in pages if not p.isNull()]


class ScanDialog(QDialog):
    """A scan of a signed paper form, shown from memory; Save as… writes it only where the
    person chooses."""

    def __init__(self, scan: Scan, suggested: str, parent: QWidget | None = None,
                 ws: Workspace | None = None, case_id: str = "") -> None:
        super().__init__(parent)
        self.scan, self.suggested = scan, suggested
        self.ws, self.case_id = ws, case_id  # Save as… records the disclosure in the vault
        self.setWindowTitle(self.tr("Scan of the signed paper form"))
        open_at(self, 980, 800)
        self.pages = scan_pages(scan)
        column = QWidget()
        pages = QVBoxLayout(column)
        for image in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            pages.addWidget(label)
        if not self.pages:
            pages.addWidget(QLabel(self.tr("This scan cannot be shown here. Save it and open it "
                                           "with another program.")))
        area = QScrollArea()
        area.setWidget(column)
        area.setWidgetResizable(True)
        area.setAccessibleName(self.tr("Pages of the scan"))
        facts = QLabel(self.tr("%s, %d KiB; SHA-256 %s (checked against the signed record).") % (
            scan.media_type, len(scan.data) // 1024 + 1, scan.sha256))
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self._save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(facts, 1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addLayout(row)

    def _save(self) -> None:
        path = dialogs.save_file(self, self.tr("Save the scan"), self.suggested,
                                 self.tr("Scans (*.pdf *.png *.jpg)"))
        if not path:
            return
        if self.ws is None:  # no vault to account for it in: nothing leaves
            return
        # written, then recorded in the accounting of disclosures (a scan of a signed form)
        disclose.save(self, self.ws, Path(path), self.scan.data, What.ATTACHMENT, [self.case_id])


def suffix_of(media_type: str) -> str:
    return {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}.get(
        media_type, "")


__all__ = ["CountersignDialog", "FormTextPanel", "ScanDialog", "scan_pages", "suffix_of", "tr"]
