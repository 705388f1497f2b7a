"""The client's capacity to consent, on the Overview tab: the latest assessment in the client
panel, and the therapist's "Record capacity…" dialog (a signed ``client.capacity_assessed``
entry through ``ws.capacity``). The informed consent needs an assessment finding "has
capacity" on or before its date; the core refuses it otherwise."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.capacity import OUTCOMES, CapacityAssessment
from triad.casefile.drafts import DraftKind
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import WriteDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, clinical_day, day_format, error_label

CTX = "Overview"

OUTCOME_WORDS = {
    "has-capacity": QT_TRANSLATE_NOOP("Overview", "has capacity to consent"),
    "lacks-capacity": QT_TRANSLATE_NOOP("Overview", "lacks capacity to consent"),
    "needs-review": QT_TRANSLATE_NOOP("Overview", "needs review"),
}


def outcome_words(outcome: str) -> str:
    return QCoreApplication.translate("Overview", str(OUTCOME_WORDS.get(outcome, outcome)))


def capacity_text(latest: CapacityAssessment | None) -> str:
    """The client panel's line: the latest assessment, or what to do without one."""
    if latest is None:
        return QCoreApplication.translate(
            "Overview", "not assessed: record it before the informed consent (Record capacity…)")
    text = QCoreApplication.translate("Overview", "%1 (assessed %2)").replace(
        "%1", outcome_words(latest.outcome)).replace("%2", clinical_day(latest.on))
    return text + (f"\n{latest.note}" if latest.note else "")


class CapacityDialog(WriteDialog):
    """Record the therapist's assessment of the client's capacity to consent to SPT: the day
    (not in the future), the outcome and a note on how it was assessed."""

    def __init__(self, ws: Workspace, case_id: str, code: str, today: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.setWindowTitle(self.tr("Record capacity for %s") % code)
        open_at(self, 520, 340)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Does the client understand what SPT involves, its risks and benefits, and that "
            "consent can be withdrawn at any moment? The informed consent can be recorded only "
            "after an assessment finding that the client has capacity. Assessments are never "
            "edited: a new one supersedes the last."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.on = QDateEdit()
        self.on.setAccessibleName(self.tr("Date of the assessment"))
        self.on.setDisplayFormat(day_format())
        self.on.setCalendarPopup(True)
        now = QDate.fromString(today[:10], "yyyy-MM-dd")
        self.on.setMaximumDate(now)
        self.on.setDate(now)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_words(outcome), outcome)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("How it was assessed, and anything to review."))
        self.note.setTabChangesFocus(True)
        for text, widget in ((self.tr("&Date"), self.on), (self.tr("&Outcome"), self.outcome),
                             (self.tr("&Note"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form, 1)
        self.error = error_label()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.error)
        buttons, self.record_button = action_buttons(self, layout, self.tr("&Record"))
        buttons.accepted.connect(self.save)
        self.keep_drafts(ws, DraftKind.CAPACITY, case_id)

    def save(self) -> None:
        self.write(lambda: self.ws.capacity.record(
            self.case_id, self.on.date().toString("yyyy-MM-dd"), str(self.outcome.currentData()),
            self.note.toPlainText()))
