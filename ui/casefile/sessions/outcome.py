"""What happened to a session, and moving one (issue 16): the Outcome dialog (the case's
therapist for any session, the surrogate partner for her own, beside her debrief) and the
Reschedule dialog (the therapist; the old time is kept). Both ask the core: each outcome the
core would refuse now is disabled with its reason as the tooltip (``OutcomeService.choices``),
and a refusal on saving is shown as the core's sentence. The words of outcomes are here too.

Both keep drafts (issue 15): what was typed survives a lock and is offered back at unlock.
Like the other forms of the tab, each stores the core's Change in ``self.change`` and tests
drive them by replacing ``exec``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.casefile.outcomes import (
    CANCELLED,
    CANCELLED_BY_PRACTICE,
    MAX_NOTICE_HOURS,
    MISSING,
    NO_SHOW,
    OUTCOMES,
    SCHEDULED,
)
from triad.casefile.sessions import Session
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.sessions.widgets import minutes_edit, minutes_of
from ui.casefile.sessions.words import kind_word, sentence
from ui.widgets.drafts import DraftDialog
from ui.widgets.form import action_buttons, clinical_minutes, error_label
from ui.widgets.keys import with_key

if TYPE_CHECKING:
    from ui.casefile.sessions.tab import SessionsTab

OUTCOME_KEYS = "Ctrl+Shift+O"
RESCHEDULE_KEYS = "Ctrl+Shift+M"
WIDTH = 480  # both forms: room for a note or a reason of a sentence (seen at 1366x768)


def _tr(text: str) -> str:
    return QCoreApplication.translate("sessions", text)


# Each outcome and session status in words (Qt Linguist finds them through these calls).
OUTCOME_WORDS = {
    "held": "Held",
    "cancelled-by-client": "Cancelled by the client",
    "cancelled-by-practice": "Cancelled by the practice",
    "late-cancellation": "Late cancellation",
    "no-show": "No-show",
    "scheduled": "Scheduled",
    "outcome-missing": "Outcome missing",
    "debriefed": "Held",
    "reviewed": "Held",
}


def outcome_word(session: Session) -> str:
    """The Sessions list's Outcome column, short: what happened, and "moved" for a
    rescheduled session (``outcome_tip`` says it whole)."""
    text = _tr(OUTCOME_WORDS.get(session.outcome, session.outcome))
    return text + (" · " + _tr("moved") if session.moved_from else "")


def session_counts(sessions: list[Session]) -> str:
    """" (31 held, 1 no-show, 1 scheduled)": only held sessions count as held (issue 16)."""
    held = sum(1 for s in sessions if s.held)
    parts = [_tr("%d held") % held]
    for outcomes, words in ((CANCELLED, "%d cancelled"), ({NO_SHOW}, "%d no-show"),
                            ({MISSING}, "%d outcome missing"), ({SCHEDULED}, "%d scheduled")):
        n = sum(1 for s in sessions if s.outcome in outcomes)
        if n:
            parts.append(_tr(words) % n)
    return " (" + ", ".join(parts) + ")" if sessions else ""


def outcome_tip(session: Session) -> str:
    """What happened, whole: the outcome, a cancellation's notice, whether it was amended, the
    note, and where the session was moved from (the column's tooltip, the detail pane)."""
    text = _tr(OUTCOME_WORDS.get(session.outcome, session.outcome))
    record = session.outcome_record
    if record is not None and record.notice_hours is not None and record.outcome in CANCELLED:
        text += " " + _tr("(%d h notice)") % record.notice_hours
    if record is not None and record.amended:
        text += " " + _tr("(amended)")
    if record is not None and record.note:
        text += " — " + record.note
    if session.moved_from:
        text += " · " + _tr("moved from %s") % clinical_minutes(session.moved_from)
    return text


class OutcomeDialog(DraftDialog):
    """Record what happened to one session. Held and no-show need its start time passed; a
    cancellation may be recorded before, and its notice is then counted from the clock unless
    given; a practice cancellation after the start needs the notice. For a session whose
    outcome is recorded, it corrects that outcome: an amendment, with its reason."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.session = ws, session
        self.record = session.outcome_record
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Correct what happened") if self.record
                            else self.tr("Record what happened"))
        self.setMinimumWidth(WIDTH)  # the note and the reason are read whole, not scrolled
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 · %2").replace("%1", kind_word(session.kind))
                                .replace("%2", clinical_minutes(session.starts_at))))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        now = ws.local_now()
        choices = ws.outcomes.choices(session) if self.record is None else {
            o: ws.outcomes.why_not_value(session, o, 0 if o == CANCELLED_BY_PRACTICE else None, now)
            for o in OUTCOMES}
        for outcome in OUTCOMES:
            button = QRadioButton(_tr(OUTCOME_WORDS[outcome]))
            button.setAccessibleName(_tr(OUTCOME_WORDS[outcome]))
            why = choices[outcome]
            if why is not None:
                button.setEnabled(False)
                button.setToolTip(sentence(why))
            self.group.addButton(button)
            self.buttons[outcome] = button
            layout.addWidget(button)
        form = QFormLayout()
        self.notice = QSpinBox()
        self.notice.setRange(-1, MAX_NOTICE_HOURS)
        self.notice.setSpecialValueText(self.tr("from the clock"))
        self.notice.setSuffix(self.tr(" h"))
        self.notice.setValue(-1)
        self.notice.setAccessibleName(self.tr("Notice given, in hours"))
        self.notice.setToolTip(self.tr(
            "How many hours before the start the session was cancelled. Left at “from the "
            "clock”, a cancellation recorded before the start counts the hours until it."))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional, e.g. who called and why"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("Why the outcome needs correcting (required)"))
        form.addRow(self.tr("&Notice given"), self.notice)
        form.addRow(self.tr("N&ote"), self.note)
        if self.record is not None:
            form.addRow(self.tr("Re&ason"), self.reason)
            if self.record.notice_hours is not None:
                self.notice.setValue(self.record.notice_hours)
            self.note.setText(self.record.note)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("&Amend") if self.record else self.tr("&Record"))
        buttons.accepted.connect(self.submit)
        self.group.buttonToggled.connect(lambda *_: self._update())
        first = next((b for b in self.buttons.values() if b.isEnabled()), None)
        if self.record is not None and self.record.outcome in self.buttons:
            first = self.buttons[self.record.outcome]
        if first is not None:
            first.setChecked(True)
        else:
            self.error.setText(next(sentence(w) for w in choices.values() if w is not None))
        self._update()
        self.keep_drafts(ws, DraftKind.OUTCOME, session.case_id, session.session_id)

    def chosen(self) -> str | None:
        return next((o for o, b in self.buttons.items() if b.isChecked()), None)

    def _update(self) -> None:
        outcome = self.chosen()
        cancelled = outcome in CANCELLED
        self.notice.setEnabled(cancelled)
        self.submit_button.setEnabled(outcome is not None)
        if outcome == CANCELLED_BY_PRACTICE and self.notice.value() < 0 \
                and self.session.starts_at <= self.ws.local_now():
            self.notice.setValue(0)

    def submit(self) -> None:
        outcome = self.chosen()
        if outcome is None:
            return
        notice = self.notice.value() if outcome in CANCELLED and self.notice.value() >= 0 else None
        try:
            if self.record is not None:
                new = {"outcome": outcome, "notice_hours": notice, "note": self.note.text().strip()}
                old = {"outcome": self.record.outcome, "notice_hours": self.record.notice_hours,
                       "note": self.record.note}
                self.change = self.ws.amendments.amend(
                    self.record.entry_id, self.reason.text(),
                    {k: v for k, v in new.items() if v != old[k]})
            else:
                self.change = self.ws.outcomes.record(self.session.session_id, outcome, notice,
                                                      self.note.text())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()


class RescheduleDialog(DraftDialog):
    """Move a session that has not happened to another time (the therapist). The old time is
    kept and shown ("moved from …"); the new one is checked for consent and conflicts."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.session = ws, session
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Reschedule a session"))
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 now at %2").replace("%1", kind_word(session.kind))
                                .replace("%2", clinical_minutes(session.starts_at))))
        form = QFormLayout()
        self.when = minutes_edit(self.tr("New date and time"), session.starts_at)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Optional, e.g. the client asked to move it"))
        form.addRow(self.tr("&New date and time"), self.when)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(self, layout, self.tr("&Move session"))
        buttons.accepted.connect(self.submit)
        self.keep_drafts(ws, DraftKind.RESCHEDULE, session.case_id, session.session_id)

    def submit(self) -> None:
        try:
            self.change = self.ws.scheduling.reschedule(
                self.session.session_id, minutes_of(self.when), self.reason.text())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()


def session_actions(tab: SessionsTab, table: QTableView) -> tuple[QAction, QAction]:
    """Record outcome… (Ctrl+Shift+O) and Reschedule… (Ctrl+Shift+M): shortcuts anywhere in
    the tab and the sessions list's context menu, enabled as their buttons are."""
    outcome = QAction(_tr("Record outcome…"), tab)
    outcome.setShortcut(QKeySequence(OUTCOME_KEYS))
    outcome.triggered.connect(tab.record_outcome)
    move = QAction(_tr("Reschedule…"), tab)
    move.setShortcut(QKeySequence(RESCHEDULE_KEYS))
    move.triggered.connect(tab.reschedule)
    for action in (outcome, move):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tab.addAction(action)
        table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return outcome, move


def gate_session_buttons(tab: SessionsTab, s: Session | None) -> None:
    """Enable Record outcome… and Reschedule… as the core allows for the selected session;
    a disabled one says why in its tooltip (the core's "why not?" answers)."""
    ws = tab.ws
    tab.allow(tab.outcome_button, Role.THERAPIST, Role.SURROGATE)
    tab.allow(tab.reschedule_button, Role.THERAPIST)
    why_outcome: str | None = None
    why_move: str | None = None
    if ws is None or s is None:
        why_outcome = why_move = _tr("Select a session first.")
    else:
        refused = ws.outcomes.why_not_role(s)
        choices = ws.outcomes.choices(s) if refused is None else {}
        if refused is not None:
            why_outcome = sentence(refused)
        elif s.debrief is not None and s.outcome_record is None:
            why_outcome = _tr("Its debrief records it as held.")
        elif s.outcome_record is not None and tab.role is not Role.THERAPIST \
                and s.outcome_record.by != ws.actor.member_id:
            why_outcome = _tr("Its outcome is recorded; only its author or the case's therapist "
                              "corrects it.")
        elif s.outcome_record is not None:
            pass  # the dialog corrects it (an amendment)
        elif all(v is not None for v in choices.values()):
            why_outcome = sentence(next(v for v in choices.values() if v is not None))
        moving = ws.scheduling.why_not_reschedule(s)
        why_move = sentence(moving) if moving is not None else None
    recorded = s is not None and s.outcome_record is not None
    tab.outcome_button.setText(_tr("Amend outcome…") if recorded else _tr("Record outcome…"))
    for button, why in ((tab.outcome_button, why_outcome), (tab.reschedule_button, why_move)):
        if button.isEnabled() and why:
            button.setEnabled(False)
            button.setToolTip(why)
        elif button.isEnabled():
            button.setToolTip(with_key(
                _tr("Correct the recorded outcome: an amendment, with its reason (%s)")
                if recorded else
                _tr("Record what happened: held, cancelled, late cancellation or no-show (%s)"),
                OUTCOME_KEYS, "%s") if button is tab.outcome_button
                else with_key(_tr("Move it to another time; the old time is kept (%s)"),
                              RESCHEDULE_KEYS, "%s"))
    outcome_action, move_action = tab.session_actions
    outcome_action.setEnabled(tab.outcome_button.isEnabled())
    move_action.setEnabled(tab.reschedule_button.isEnabled())
