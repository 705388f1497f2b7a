"""Forms that never lose what was typed (issue 15): ``DraftDialog`` is the base of every form
dialog where a person types (debrief, review, amendments, goal, consent, new case, schedule,
measure, case status, triad, client details, goal progress, capacity, aids, revocation,
countersignature, plan edit, audit notes, settling a conflict, credential, new member,
progress note, minutes, session outcome, reschedule, co-signature;
tests/ui/test_form_drafts.py fails for a new dialog that is not one, unless exempt there).

    class GoalDialog(DraftDialog):
        def __init__(self, ws, case_id, parent=None):
            super().__init__(parent)
            ...  # build the fields
            self.keep_drafts(ws, DraftKind.GOAL, case_id)   # last: fills in a kept draft

It reads the form's own fields (line and text edits, combo boxes, spin and date boxes, check
and radio buttons, sliders, checkable lists) by their place in the dialog, so a form needs no
code of its own. While the form is open it keeps what was typed as a draft in the vault
(``ws.drafts``, encrypted with the vault) a few seconds after each change, and at once when the
app locks or closes (``StartWindow.lock`` calls ``keep_and_close``). Opening the same form again
(same member, kind, case and subject) fills the draft back in. Esc, Cancel or the close button
on a changed form asks: keep editing (the default), keep as draft, or discard. Saving the form
forgets its draft. Password fields and drawn signatures are never kept.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from triad.casefile.drafts import DraftKind, FieldValue
from ui.widgets.form import clinical_day

if TYPE_CHECKING:
    from triad.workspace import Workspace

log = logging.getLogger(__name__)
AUTOSAVE_MS = 3000  # a draft is at most this old when the app is killed


class Unsaved(Enum):
    """What to do with a changed form that is being closed."""

    KEEP_EDITING = "keep-editing"
    KEEP_DRAFT = "keep-draft"
    DISCARD = "discard"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftDialog", text)


def _choose(parent: QWidget, title: str, text: str, informative: str,
            buttons: tuple[tuple[str, QMessageBox.ButtonRole], ...], default: int,
            escape: int) -> int:
    """A question with its own buttons; the index of the one clicked (``escape``'s when the
    box was closed without a click)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    added = [box.addButton(label, role) for label, role in buttons]
    box.setDefaultButton(added[default])
    box.setEscapeButton(added[escape])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((i for i, b in enumerate(added) if b is clicked), escape)


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Ask what to do with a changed form (Esc or Enter keeps editing). Tests replace it."""
    role = QMessageBox.ButtonRole
    chosen = _choose(
        parent, _tr("Unsaved changes"),
        _tr("This form has changes that are not saved. Discard them?"),
        _tr("“Keep as draft” closes the form and keeps what you typed, encrypted in the vault, "
            "for you alone; it is offered back the next time you open this form or unlock."),
        ((_tr("&Keep editing"), role.RejectRole), (_tr("Keep as &draft"), role.AcceptRole),
         (_tr("&Discard changes"), role.DestructiveRole)), default=0, escape=0)
    return (Unsaved.KEEP_EDITING, Unsaved.KEEP_DRAFT, Unsaved.DISCARD)[chosen]


def _fields_of(dialog: QWidget) -> list[tuple[str, QWidget]]:
    """The dialog's input fields, in creation order, keyed by class and place."""
    found: list[tuple[str, QWidget]] = []
    for w in dialog.findChildren(QWidget):
        parent = w.parentWidget()
        if isinstance(w, QLineEdit) and (
                isinstance(parent, QAbstractSpinBox | QComboBox)
                or w.echoMode() != QLineEdit.EchoMode.Normal):
            continue  # a spin box's or combo's own editor; or a password
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and w.isReadOnly():
            continue  # text shown, not typed
        if isinstance(w.window(), QMessageBox):
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox
                      | QCheckBox | QRadioButton | QAbstractSlider | QListWidget):
            found.append((f"{type(w).__name__}:{len(found)}", w))
    return found


def _value(w: QWidget) -> FieldValue:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentText() if w.isEditable() else w.currentIndex()
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QSpinBox | QAbstractSlider):
        return w.value()
    if isinstance(w, QDoubleSpinBox):
        return w.value()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QListWidget):
        return "".join("1" if w.item(i).checkState() == Qt.CheckState.Checked else "0"
                       for i in range(w.count()))
    return None


def _set(w: QWidget, value: FieldValue) -> None:
    if isinstance(w, QLineEdit) and isinstance(value, str):
        w.setText(value)
    elif isinstance(w, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        w.setPlainText(value)
    elif isinstance(w, QComboBox):
        if w.isEditable() and isinstance(value, str):
            w.setEditText(value)
        elif isinstance(value, int) and 0 <= value < w.count():
            w.setCurrentIndex(value)
    elif isinstance(w, QDateTimeEdit) and isinstance(value, str):
        from PySide6.QtCore import QDateTime

        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            w.setDateTime(moment)
    elif isinstance(w, QSpinBox | QAbstractSlider) and isinstance(value, int):
        w.setValue(value)
    elif isinstance(w, QDoubleSpinBox) and isinstance(value, int | float):
        w.setValue(float(value))
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        if value or not isinstance(w, QRadioButton):
            w.setChecked(value)
    elif isinstance(w, QListWidget) and isinstance(value, str) and len(value) == w.count():
        for i, mark in enumerate(value):
            w.item(i).setCheckState(Qt.CheckState.Checked if mark == "1" else Qt.CheckState.Unchecked)


class DraftDialog(QDialog):
    """A form dialog whose typing is kept as a draft in the vault until it is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft_ws: Workspace | None = None
        self._draft_key: tuple[DraftKind, str, str] | None = None
        self._draft_pristine: dict[str, FieldValue] = {}
        self._draft_kept: dict[str, FieldValue] | None = None  # what the vault holds now
        self._draft_closing = False
        self.restored_from: str = ""  # UTC time of the draft filled in, if any
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(AUTOSAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)

    # -- set-up ---------------------------------------------------------------------------
    def keep_drafts(self, ws: Workspace, kind: DraftKind, case_id: str = "",
                    subject_id: str = "") -> None:
        """Start keeping drafts of this form; call last in ``__init__``. A draft kept for the
        same form is filled in (and a line says so)."""
        self._draft_ws, self._draft_key = ws, (kind, str(case_id), str(subject_id))
        self._draft_pristine = self.draft_fields()
        try:
            kept = ws.drafts.get(*self._draft_key)
            saved = next((d.saved_at for d in ws.drafts.list()
                          if (d.kind, d.case_id, d.subject_id) == self._draft_key), "")
        except Exception:  # a draft that cannot be read never stops the form
            log.warning("draft not readable for a %s form", kind.value)
            kept, saved = None, ""
        if kept:
            self.fill_draft(kept)
            self._draft_kept, self.restored_from = kept, saved
            self._draft_restored_note(saved)
        self._draft_timer.start()

    def _draft_restored_note(self, saved_at: str) -> None:
        layout = self.layout()
        if layout is None:
            return
        ws = self._draft_ws
        day, time = saved_when(saved_at, ws.local_now()[:10] if ws is not None else "")
        note = QLabel((_tr("Filled in from your unsaved draft of %1, %2. Nothing of it is "
                           "recorded until you save the form.") if day
                       else _tr("Filled in from your unsaved draft of today, %2. Nothing of it "
                                "is recorded until you save the form."))
                      .replace("%1", day).replace("%2", time))
        note.setWordWrap(True)
        note.setObjectName("draft-restored")
        note.setAccessibleName(_tr("Draft restored"))
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, note)
        else:
            layout.addWidget(note)

    # -- the fields -----------------------------------------------------------------------
    def draft_fields(self) -> dict[str, FieldValue]:
        """What the form's fields hold now."""
        return {key: _value(w) for key, w in _fields_of(self)}

    def fill_draft(self, fields: dict[str, FieldValue]) -> None:
        """Put kept values back into the fields (a field of another kind is left alone)."""
        # Twice: a field set early can reset a later one (a consent form's choice clears
        # its activity choices); the second pass puts those back.
        for _ in range(2):
            for key, w in _fields_of(self):
                if key in fields:
                    _set(w, fields[key])

    def has_changes(self) -> bool:
        """Whether anything differs from the form as it opened empty (or from its saved record)."""
        return self._draft_key is not None and self.draft_fields() != self._draft_pristine

    # -- keeping --------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Keep the fields as a draft if they changed since last kept (a form back to how it
        opened keeps none). Never raises: a draft that cannot be kept leaves the form open."""
        if self._draft_ws is None or self._draft_key is None or self._draft_closing:
            return
        fields = self.draft_fields()
        if fields == self._draft_kept:
            return
        try:
            if fields == self._draft_pristine:
                self._draft_ws.drafts.discard(*self._draft_key)
                self._draft_kept = None
            else:
                self._draft_ws.drafts.save(*self._draft_key, fields)
                self._draft_kept = fields
        except Exception as exc:  # the kind of failure only: no record text in logs
            log.warning("draft not kept for a %s form: %s", self._draft_key[0].value,
                        type(exc).__name__)

    def forget_draft(self) -> None:
        if self._draft_ws is not None and self._draft_key is not None:
            try:
                self._draft_ws.drafts.discard(*self._draft_key)
            except Exception as exc:
                log.warning("draft not discarded: %s", type(exc).__name__)
            self._draft_kept = None

    def keep_and_close(self) -> None:
        """For the lock and the window closing: keep the draft now, close without asking."""
        self.save_draft()
        self._draft_finish()
        super().reject()

    def _draft_finish(self) -> None:
        self._draft_closing = True
        self._draft_timer.stop()
        self._draft_ws = None  # the vault is about to close: drop the reference

    # -- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel or the close button: a changed form asks first."""
        if self._draft_closing or self._draft_key is None:
            super().reject()
            return
        if getattr(self, "change", None) is not None:  # recorded already: nothing unsaved
            self.forget_draft()
            self._draft_finish()
            super().reject()
            return
        if self.has_changes():
            answer = ask_unsaved(self)
            if answer is Unsaved.KEEP_EDITING:
                return
            if answer is Unsaved.KEEP_DRAFT:
                self.save_draft()
            else:
                self.forget_draft()
        elif self._draft_kept is not None:
            self.forget_draft()  # back to empty: nothing left to keep
        self._draft_finish()
        super().reject()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and not self._draft_closing:
            self.forget_draft()  # the form is saved: its draft is no longer needed
            self._draft_finish()
        super().done(result)


def open_forms(root: QWidget) -> list[DraftDialog]:
    """The form dialogs open under ``root`` that keep drafts (for the lock)."""
    return [d for d in root.findChildren(DraftDialog) if d.isVisible() and not d._draft_closing]


class Offer(Enum):
    """What to do with a draft offered at unlock."""

    CONTINUE = "continue"
    DISCARD = "discard"
    LATER = "later"


def draft_words(kind: DraftKind) -> str:
    """"an unfinished debrief" and the like, for the offer at unlock."""
    words = {
        DraftKind.DEBRIEF: _tr("an unfinished debrief"),
        DraftKind.DEBRIEF_AMENDMENT: _tr("an unfinished amendment of a debrief"),
        DraftKind.REVIEW: _tr("an unfinished review of a debrief"),
        DraftKind.REVIEW_AMENDMENT: _tr("an unfinished amendment of a review"),
        DraftKind.SESSION_AMENDMENT: _tr("an unfinished amendment of a session"),
        DraftKind.SCHEDULE: _tr("an unfinished session being scheduled"),
        DraftKind.GOAL: _tr("an unfinished new goal"),
        DraftKind.CONSENT: _tr("an unfinished consent record"),
        DraftKind.NEW_CASE: _tr("an unfinished new case"),
        DraftKind.CLIENT: _tr("unfinished changes to the client's details"),
        DraftKind.TEAM: _tr("an unfinished change of the triad"),
        DraftKind.CASE_STATUS: _tr("an unfinished change of the case's status"),
        DraftKind.GOAL_PROGRESS: _tr("unfinished progress on a goal"),
        DraftKind.CAPACITY: _tr("an unfinished capacity assessment"),
        DraftKind.MEASURE: _tr("an unfinished measure"),
        DraftKind.MEASURE_AMENDMENT: _tr("an unfinished amendment of a measure"),
        DraftKind.SETTLEMENT: _tr("an unfinished settling of a conflict"),
        DraftKind.AID: _tr("an unfinished new aid"),
        DraftKind.AID_RETIREMENT: _tr("an unfinished retirement of an aid"),
        DraftKind.REVOCATION: _tr("an unfinished revocation of consent"),
        DraftKind.COUNTERSIGNATURE: _tr("an unfinished signature of a consent record"),
        DraftKind.PLAN: _tr("an unfinished edit of the plan"),
        DraftKind.SIGN_OFF: _tr("an unfinished sign-off of an audit finding"),
        DraftKind.REMEDIATION: _tr("an unfinished remediation note"),
        DraftKind.CREDENTIAL: _tr("an unfinished credential of yours"),
        DraftKind.MEMBER: _tr("an unfinished new member"),
        DraftKind.PROGRESS_NOTE: _tr("an unfinished progress note"),
        DraftKind.MINUTES: _tr("unfinished minutes of a three-way meeting"),
        DraftKind.OUTCOME: _tr("an unfinished outcome of a session"),
        DraftKind.RESCHEDULE: _tr("an unfinished move of a session"),
        DraftKind.COSIGNATURE: _tr("an unfinished co-signature of a review"),
        DraftKind.REQUEST: _tr("an unfinished request from the client"),
        DraftKind.REQUEST_CLOSING: _tr("an unfinished closing of a client's request"),
        DraftKind.HANDOVER: _tr("an unfinished hand-over of a case"),
        DraftKind.CUSTODY_REQUEST: _tr("an unfinished request for custody"),
        DraftKind.CUSTODY_COUNTERSIGN: _tr("an unfinished countersignature of a take-over"),
    }
    return words.get(kind, _tr("an unfinished form"))


def saved_when(saved_at: str, today: str) -> tuple[str, str]:
    """When a draft was kept, in the app's language: ("", "14:05") for ``today``
    (YYYY-MM-DD), else ("05.12.2026", "14:05") in German, ("2026-12-05", "14:05") in English."""
    from triad.clock import utc_to_local_minutes

    local = utc_to_local_minutes(saved_at)
    time = local[11:16]
    return ("" if local.startswith(today) else clinical_day(local)), time


def offer_sentence(kind: DraftKind, case_code: str, saved_at: str, today: str) -> str:
    """"You have an unfinished debrief for C-2026-001 from today, 14:05." or "… from
    2026-12-05, 14:05." (German: "von heute, 14:05 Uhr" / "vom 05.12.2026, 14:05 Uhr"): a
    whole sentence for each, so each language writes its own date and time."""
    day, time = saved_when(saved_at, today)
    if case_code:
        text = (_tr("You have %1 for %2 from %3, %4.") if day
                else _tr("You have %1 for %2 from today, %4."))
    else:
        text = (_tr("You have %1 from %3, %4.") if day else _tr("You have %1 from today, %4."))
    return (text.replace("%1", draft_words(kind)).replace("%2", case_code)
            .replace("%3", day).replace("%4", time))


def offer_draft(parent: QWidget, sentence: str) -> Offer:
    """Offer one draft back at unlock: Continue (the default), Discard, or Later. Tests replace it."""
    role = QMessageBox.ButtonRole
    chosen = _choose(
        parent, _tr("Unfinished form"), sentence,
        _tr("It was kept, encrypted in the vault, when the app locked or closed. Continue opens "
            "the form filled in; nothing is recorded until you save it there."),
        ((_tr("&Continue"), role.AcceptRole), (_tr("&Discard"), role.DestructiveRole),
         (_tr("&Later"), role.RejectRole)), default=0, escape=2)
    return (Offer.CONTINUE, Offer.DISCARD, Offer.LATER)[chosen]
