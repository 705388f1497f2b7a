"""Co-signature in the Sessions tab (issue 16): when the practice requires it (the audit
settings), the case's supervisor reads the therapist's review of a debrief and co-signs it
(Co-sign review…), or the progress note of a therapist session (Review and co-sign note…); the review or
note shows who co-signed it and when, or that it awaits co-signature."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from triad import clock
from triad.audit.cosign import Cosignature
from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.casefile.notes import THERAPIST_SESSION, ProgressNote
from triad.casefile.sessions import Review, Session
from triad.errors import InvalidCode, InvalidInput, TriadError
from triad.messages import sentence
from triad.workspace import Workspace
from ui.casefile.sessions.widgets import text_box
from ui.widgets.drafts import DraftDialog
from ui.widgets.form import action_buttons, clinical_minutes, error_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("CosignDialog", text)


def cosign_words(session: Session | None) -> str:
    """The Co-sign button's words for the selected session: a therapist session's progress
    note, else a debrief's review."""
    if session is not None and session.kind == THERAPIST_SESSION:
        return _tr("Re&view and co-sign note…")  # the same button and key as for a review
    return _tr("Co-sign re&view…")  # every other letter is taken on this tab


def cosign_target(ws: Workspace, session: Session | None) -> tuple[str, str | None]:
    """The entry of the session the acting supervisor may co-sign now -- the first review of
    its debrief, or a therapist session's progress note -- and why not (None: they may).
    Asks the core (``why_not_cosign``)."""
    if not ws.cosign.required():
        return "", sentence(InvalidInput(InvalidCode.COSIGN_NOT_REQUIRED))
    if session is not None and session.kind == THERAPIST_SESSION:
        note = ws.notes.progress(session.session_id)
        if note is None:
            return "", _tr("This therapist session has no progress note to co-sign yet.")
        if note.entry_id in ws.cosign.cosignatures(session.case_id):
            return "", _tr("This progress note is co-signed.")
        problem = ws.cosign.why_not_cosign(note.entry_id)
        return note.entry_id, sentence(problem) if problem is not None else None
    d = session.debrief if session is not None else None
    if session is None or d is None or not d.reviews:
        return "", _tr("Select a session whose debrief the therapist has reviewed.")
    signed = ws.cosign.cosignatures(session.case_id)
    waiting = [r for r in d.reviews if r.entry_id not in signed]
    if not waiting:
        return "", _tr("Every review of this debrief is co-signed.")
    problem = ws.cosign.why_not_cosign(waiting[0].entry_id)
    return waiting[0].entry_id, sentence(problem) if problem is not None else None


def cosign_html(review: Review, signed: dict[str, Cosignature], names: dict[str, str],
                required: bool) -> str:
    """The line under a review: its co-signature, or that it awaits one (when required)."""
    return cosigned_html(review.entry_id, signed, names, required)


def cosigned_html(entry_id: str, signed: dict[str, Cosignature], names: dict[str, str],
                  required: bool) -> str:
    """The line under a co-signed kind of entry (a review, a progress note): its
    co-signature, or that it awaits one (when required)."""
    c = signed.get(entry_id)
    if c is not None:
        text = _tr("Co-signed by %1, %2.").replace("%1", names.get(c.by, "?")).replace(
            "%2", clinical_minutes(c.at))
        comment = f"<br>{escape(c.comment)}" if c.comment else ""
        return f"<p><i>{escape(text)}</i>{comment}</p>"
    if required:
        waiting = _tr("Awaiting the supervisor's co-signature.")
        return f"<p><i>{escape(waiting)}</i></p>"
    return ""


class CosignDialog(DraftDialog):
    """The supervisor reads the review with its debrief and co-signs it (a signed entry, once;
    the comment is optional). Ctrl+Enter co-signs. Its comment keeps a draft (issue 15)."""

    def __init__(self, ws: Workspace, session: Session, review_id: str, details: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.review_id = ws, review_id
        self.change: Change | None = None
        names: dict[str, str] = {m.member_id: m.name for m in ws.members.list(include_removed=True,
                                                               include_external=True)}
        note = ws.notes.progress(session.session_id) \
            if session.kind == THERAPIST_SESSION else None
        self.setWindowTitle(self.tr("Co-sign progress note") if note is not None
                            else self.tr("Co-sign review"))
        self.resize(680, 600)
        layout = QVBoxLayout(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The session and its progress note")
                                       if note is not None else self.tr("The debrief and its review"))
        self.details.setHtml(details)
        layout.addWidget(self.details, 1)
        self.review = QLabel(self._what(session, note, review_id, names))
        self.review.setWordWrap(True)
        self.review.setAccessibleName(self.tr("The progress note you co-sign") if note is not None
                                      else self.tr("The review you co-sign"))
        layout.addWidget(self.review)
        form = QFormLayout()
        self.comment = text_box(self.tr("Co-signature comment"), 70)
        self.comment.setPlaceholderText(self.tr("What you discussed in supervision (optional)"))
        form.addRow(self.tr("&Comment"), self.comment)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(self, layout, self.tr("Co-&sign"))
        buttons.accepted.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.submit)
        self.comment.setFocus()
        self.keep_drafts(ws, DraftKind.COSIGNATURE, session.case_id, review_id)

    def _what(self, session: Session, note: ProgressNote | None, entry_id: str,
              names: dict[str, str]) -> str:
        """The line naming what is co-signed: the progress note, or the review."""
        if note is not None:
            return self.tr("Progress note by %1, %2.").replace(
                "%1", names.get(note.author, "?")).replace(
                "%2", clinical_minutes(clock.utc_to_local_minutes(note.recorded_at)))
        d = session.debrief
        assert d is not None
        review = next(r for r in d.reviews if r.entry_id == entry_id)
        return self.tr("Review by %1, %2: %3").replace(
            "%1", names.get(review.by, "?")).replace(
            "%2", clinical_minutes(clock.utc_to_local_minutes(review.at))).replace("%3", review.comment)

    def submit(self) -> None:
        try:
            self.change = self.ws.cosign.cosign(self.review_id, self.comment.toPlainText())
        except TriadError as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()

