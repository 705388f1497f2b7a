"""The therapist's side of a session in the Sessions & debriefs tab (issue 16): the progress
note of a therapist session, the minutes of a three-way meeting, and the therapist's private
note -- their dialogs, the row of buttons that opens them (``NoteActions``) and what the
detail pane shows of them (``notes_html``).

The progress note and the minutes are forms that keep drafts (``DraftDialog``). The private
note's form keeps none: a draft would lie in the vault unsealed, where another member holding
the vault could read it (``triad.casefile.private_notes`` seals the note to its author's key).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.casefile.notes import (
    ATTENDEES,
    MEETING,
    THERAPIST_SESSION,
    Minutes,
    MinutesForm,
    ProgressNote,
    ProgressNoteForm,
)
from triad.casefile.private_notes import PrivateNote
from triad.casefile.sessions import Session
from triad.errors import InvalidCode, InvalidInput
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.base import allow
from ui.casefile.sessions.cosign import cosigned_html
from ui.casefile.sessions.widgets import reason_edit, text_box
from ui.casefile.sessions.words import sentence
from ui.widgets.drafts import DraftDialog
from ui.widgets.form import action_buttons, clinical_minutes, error_label
from ui.widgets.keys import with_key

PROGRESS_SHORTCUT = "Ctrl+Shift+N"  # the progress note, or the minutes of a meeting
PRIVATE_SHORTCUT = "Ctrl+Shift+P"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notes", text)


PROGRESS_LABELS = (("focus", "&Focus of the session"), ("interventions", "&Interventions"),
                   ("response", "Client's &response"), ("plan", "P&lan"),
                   ("text", "&Note (free text)"))
MINUTES_LABELS = (("agreements", "&Agreements"), ("plan_changes", "&Changes to the plan"),
                  ("next_steps", "&Next steps"), ("text", "N&ote (free text)"))
ATTENDEE_LABELS = {"client": "Client", "therapist": "Therapist", "surrogate": "Surrogate partner"}


def _changes(boxes: dict[str, QPlainTextEdit], current: object) -> dict[str, object]:
    return {name: box.toPlainText().strip() for name, box in boxes.items()
            if box.toPlainText().strip() != getattr(current, name)}


class ProgressNoteDialog(DraftDialog):
    """The therapist's progress note on a therapist session: focus, interventions, the
    client's response, the plan, and free text. With ``note`` it amends that note, with a
    reason (the signed original stays in the record)."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 note: ProgressNote | None = None) -> None:
        super().__init__(parent)
        self.ws, self.session, self.note = ws, session, note
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend progress note") if note else self.tr("Progress note"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Therapist session of %s. Signed when saved; corrections are "
                               "amendments. The supervisor reads progress notes; the surrogate "
                               "partner does not.") % clinical_minutes(session.starts_at))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[str, QPlainTextEdit] = {}
        for name, label in PROGRESS_LABELS:
            box = text_box(self.tr(label).replace("&", ""), 44 if name != "text" else 70)
            if note is not None:
                box.setPlainText(str(getattr(note, name)))
            self.boxes[name] = box
            form.addRow(self.tr(label), box)
        self.boxes["focus"].setPlaceholderText(self.tr("What the session was about"))
        self.reason = reason_edit(self)
        if note is not None:
            form.addRow(self.tr("Rea&son"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("A&mend note") if note else self.tr("&Save note"))
        buttons.accepted.connect(self.submit)
        self.keep_drafts(ws, DraftKind.PROGRESS_NOTE, session.case_id, session.session_id)

    def submit(self) -> None:
        try:
            if self.note is not None:
                changes = _changes(self.boxes, self.note)
                if not changes:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.amendments.amend(
                    self.note.entry_id, self.reason.toPlainText(), changes)
            else:
                self.change = self.ws.notes.write_progress(self.session.session_id, ProgressNoteForm(
                    **{name: box.toPlainText() for name, box in self.boxes.items()}))
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            self.boxes["focus"].setFocus()
            return
        self.accept()


class MinutesDialog(DraftDialog):
    """The minutes of a three-way meeting: who attended, the agreements, changes to the plan,
    next steps, free text, and whether it was the case's closing meeting. With ``minutes`` it
    amends them, with a reason."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 minutes: Minutes | None = None) -> None:
        super().__init__(parent)
        self.ws, self.session, self.minutes = ws, session, minutes
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend minutes") if minutes else self.tr("Meeting minutes"))
        self.resize(620, 580)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Three-way meeting of %s (client, therapist, surrogate partner). "
                               "Signed when saved; corrections are amendments.")
                       % clinical_minutes(session.starts_at))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.attendees: dict[str, QCheckBox] = {}
        for party in ATTENDEES:
            check = QCheckBox(self.tr(ATTENDEE_LABELS[party]))
            check.setChecked(minutes is None or party in minutes.attendees)
            self.attendees[party] = check
            row.addWidget(check)
        row.addStretch(1)
        form.addRow(self.tr("Attended"), row)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for name, label in MINUTES_LABELS:
            box = text_box(self.tr(label).replace("&", ""), 50)
            if minutes is not None:
                box.setPlainText(str(getattr(minutes, name)))
            self.boxes[name] = box
            form.addRow(self.tr(label), box)
        self.closing = QCheckBox(self.tr("This was the case's c&losing meeting"))
        self.closing.setToolTip(self.tr(
            "A case that had surrogate sessions closes after its closing meeting (or with the "
            "reason there was none)."))
        self.closing.setChecked(bool(minutes and minutes.closing))
        form.addRow("", self.closing)
        self.reason = reason_edit(self)
        if minutes is not None:
            form.addRow(self.tr("Rea&son"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("A&mend minutes") if minutes else self.tr("&Save minutes"))
        buttons.accepted.connect(self.submit)
        self.keep_drafts(ws, DraftKind.MINUTES, session.case_id, session.session_id)

    def chosen(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.attendees.items() if box.isChecked())

    def submit(self) -> None:
        try:
            if self.minutes is not None:
                changes = _changes(self.boxes, self.minutes)
                if self.chosen() != self.minutes.attendees:
                    changes["attendees"] = list(self.chosen())
                if self.closing.isChecked() != self.minutes.closing:
                    changes["closing"] = self.closing.isChecked()
                if not changes:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.amendments.amend(
                    self.minutes.entry_id, self.reason.toPlainText(), changes)
            else:
                self.change = self.ws.notes.write_minutes(self.session.session_id, MinutesForm(
                    attendees=self.chosen(), closing=self.closing.isChecked(),
                    **{name: box.toPlainText() for name, box in self.boxes.items()}))
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            self.boxes["agreements"].setFocus()
            return
        self.accept()


class PrivateNoteDialog(QDialog):
    """The therapist's private note on a session: only she reads it. Keeps no draft (see the
    module docstring). With ``note`` it writes a new version of that note, with a reason."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 note: PrivateNote | None = None) -> None:
        super().__init__(parent)
        self.ws, self.session, self.note = ws, session, note
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend private note") if note else self.tr("Private note"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Only you can read this note: it is sealed to your own key, apart from the progress "
            "note. It never goes into a packet, a case file or a report; your own export of "
            "your private notes is the one way it leaves the vault. It keeps no draft."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.text = text_box(self.tr("Private note"), 160)
        self.text.setMaximumHeight(16777215)
        if note is not None:
            self.text.setPlainText(note.text)
        form.addRow(self.tr("&Note"), self.text)
        self.reason = reason_edit(self)
        if note is not None:
            form.addRow(self.tr("Rea&son"), self.reason)
        layout.addLayout(form, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("A&mend note") if note else self.tr("&Save private note"))
        buttons.accepted.connect(self.submit)

    def submit(self) -> None:
        try:
            if self.note is not None:
                if self.text.toPlainText().strip() == self.note.text:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.private_notes.amend(
                    self.note.note_id, self.text.toPlainText(), self.reason.toPlainText())
            else:
                self.change = self.ws.private_notes.write(self.session.session_id,
                                                          self.text.toPlainText())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            self.text.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        self.text.clear()  # the note's text is not kept in a closed widget
        super().done(result)


class NoteActions(QWidget):
    """The buttons (and shortcuts) for the selected session's notes: *Progress note…* on a
    therapist session or *Meeting minutes…* on a three-way meeting (one button, its words
    follow the session; an existing note is amended), and *Private note…*. ``requested``
    names the form asked for: "progress", "minutes" or "private"."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.note_button = QPushButton(self.tr("Pro&gress note…"))
        self.private_button = QPushButton(self.tr("&Your private note…"))
        for button in (self.note_button, self.private_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        self._kind = "progress"
        self.note_button.clicked.connect(lambda: self.requested.emit(self._kind))
        self.private_button.clicked.connect(lambda: self.requested.emit("private"))
        for keys, button in ((PROGRESS_SHORTCUT, self.note_button),
                             (PRIVATE_SHORTCUT, self.private_button)):
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))

    def gate(self, ws: Workspace | None, role: Role | None, session: Session | None,
             now: str) -> None:
        """Enable the buttons for what the acting member may do on ``session`` now, each
        disabled one saying why (the core's own "why not?")."""
        minutes = session is not None and session.kind == MEETING
        self._kind = "minutes" if minutes else "progress"
        amend = ws is not None and session is not None and role is Role.THERAPIST and (
            (ws.notes.minutes(session.session_id) if minutes
             else ws.notes.progress(session.session_id) if session.kind == THERAPIST_SESSION
             else None) is not None)
        words = {(False, False): self.tr("Pro&gress note…"), (False, True): self.tr("Amend pro&gress note…"),
                 (True, False): self.tr("Meetin&g minutes…"), (True, True): self.tr("Amend meetin&g minutes…")}
        self.note_button.setText(words[(minutes, amend)])
        self.note_button.setAccessibleName(self.note_button.text().replace("&", "").rstrip("…"))
        shortcut = QKeySequence(PROGRESS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        for button in (self.note_button, self.private_button):
            allow(button, role, Role.THERAPIST)
        if ws is None:
            for button in (self.note_button, self.private_button):
                button.setEnabled(False)
            return
        why: str | None = None
        if session is None:
            why = self.tr("Select a therapist session or a three-way meeting.")
        elif not amend and self.note_button.isEnabled():
            problem = ws.notes.why_not_minutes(session) if minutes else ws.notes.why_not_progress(session)
            why = sentence(problem) if problem is not None else None
        if self.note_button.isEnabled():
            self.note_button.setEnabled(why is None)
            self.note_button.setToolTip(why or shortcut)
        private = None if session is None else ws.private_notes.why_not(
            session.case_id, session.kind, session.starts_at)
        if self.private_button.isEnabled() and (session is None or private is not None):
            self.private_button.setEnabled(False)
            self.private_button.setToolTip(
                (why or "") if session is None else sentence(private) if private else "")


def _para(text: str) -> str:
    return escape(str(text)).replace("\n", "<br>")


def _fields(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td valign='top'><b>{escape(label)}</b></td><td>{_para(value or '—')}"
                    f"</td></tr>" for label, value in rows)
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


def notes_html(ws: Workspace, session: Session, names: dict[str, str]) -> str:
    """What the detail pane shows of ``session``'s notes, as the acting member may read them:
    the progress note or the minutes, and the member's own private notes."""
    out: list[str] = []
    amended = f" <i>{escape(_tr('Amended since; the original stays in the record.'))}</i>"
    role = ws.cases.access.role(session.case_id)
    if session.kind == THERAPIST_SESSION and role in (Role.THERAPIST, Role.SUPERVISOR):
        note = ws.notes.progress(session.session_id)
        out.append(f"<h4>{escape(_tr('Progress note'))}</h4>")
        if note is None:
            out.append(_p(with_key(_tr("No progress note yet. The therapist writes it after the "
                                       "session with Progress note… (%1)."), PROGRESS_SHORTCUT)))
        else:
            written = clinical_minutes(clock.utc_to_local_minutes(note.recorded_at))
            by = _tr("Written %s by %s.") % (written, names.get(note.author, "?"))
            out.append(f"<p>{escape(by)}{amended if note.amended else ''}</p>")
            out.append(_fields([(_tr(label).replace("&", ""), str(getattr(note, name)))
                                for name, label in PROGRESS_LABELS]))
            # co-signed by the supervisor, or awaiting it (issue 16: when the practice requires
            # it, for notes written since the day it became required)
            since = ws.audit.settings().cosign_from
            out.append(cosigned_html(note.entry_id, ws.cosign.cosignatures(session.case_id),
                                     names, bool(since) and note.recorded_at >= since))
    elif session.kind == MEETING:
        minutes = ws.notes.minutes(session.session_id)
        out.append(f"<h4>{escape(_tr('Minutes of the three-way meeting'))}</h4>")
        if minutes is None:
            out.append(_p(with_key(_tr("No minutes yet. The therapist records them after the "
                                       "meeting with Meeting minutes… (%1)."), PROGRESS_SHORTCUT)))
        else:
            if minutes.closing:
                closing = escape(_tr("The case's closing meeting."))
                out.append(f"<p><b>{closing}</b></p>")
            if minutes.amended:
                out.append(f"<p>{amended}</p>")
            who = ", ".join(_tr(ATTENDEE_LABELS[a]) for a in minutes.attendees)
            out.append(_fields([(_tr("Attended"), who)] + [
                (_tr(label).replace("&", ""), str(getattr(minutes, name)))
                for name, label in MINUTES_LABELS]))
    if role is Role.THERAPIST:
        for mine in ws.private_notes.mine(session.case_id, session.session_id):
            out.append(f"<h4>{escape(_tr('Your private note (only you can read it)'))}</h4>")
            out.append(_p(mine.text if mine.readable else _tr(
                "Sealed to an earlier key of yours: it cannot be opened after a passphrase "
                "recovery.")))
    return "".join(out)


def _p(text: str) -> str:
    return f"<p>{_para(text)}</p>"
