"""Sessions & debriefs tab, its tables: one row per session with its debrief status (the codes
and their words), and the case's measures. ``sessions`` re-exports the public names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle

from triad.casefile.measures import Measure
from triad.casefile.outcomes import CANCELLED, NO_SHOW
from triad.casefile.sessions import Session
from ui.casefile.sessions.outcome import outcome_tip, outcome_word
from ui.casefile.sessions.words import MEASURE_WORDS, flag_word, kind_word, measure_word, tr
from ui.widgets.form import clinical_day, clinical_minutes, clinical_number
from ui.widgets.table_model import RowsModel

SESSION_ID = Qt.ItemDataRole.UserRole
NOT_HELD = (*sorted(CANCELLED), NO_SHOW)  # outcomes that take no debrief

# Debrief status codes (the table shows them in words).
NO_DEBRIEF, SCHEDULED, DUE, SUBMITTED, FLAGGED, REVIEWED = (
    "none", "scheduled", "due", "submitted", "flagged", "reviewed")
STATUS_WORDS = {NO_DEBRIEF: "no debrief", SCHEDULED: "scheduled", DUE: "due",
                SUBMITTED: "submitted", FLAGGED: "flagged for review", REVIEWED: "reviewed"}


# A therapist session's or a three-way meeting's own record (issue 16): its progress note or
# minutes, shown in the Debrief column in place of "no debrief".
NOTE_WRITTEN, NO_NOTE, MINUTES_WRITTEN, NO_MINUTES, NOT_HELD_WORD = (
    "note written", "no note yet", "minutes written", "no minutes yet", "not held")
NOTE_WORDS = {NOTE_WRITTEN: "note written", NO_NOTE: "no note yet",
              MINUTES_WRITTEN: "minutes written", NO_MINUTES: "no minutes yet",
              NOT_HELD_WORD: "not held", SCHEDULED: "scheduled"}


def note_status(session: Session, written: set[str], readable: bool, now: str) -> str:
    """For a therapist session or a three-way meeting: whether its note or minutes are written
    (``written``: the sessions that have theirs), "" for a surrogate session or for a member
    who does not read them (the surrogate partner and a therapist's progress note)."""
    meeting = session.kind == "three_way_meeting"
    if session.outcome in NOT_HELD and session.debrief is None:
        return NOT_HELD_WORD  # no debrief, note or minutes is owed
    if session.kind not in ("therapist_session", "three_way_meeting") or not (readable or meeting):
        return ""
    if session.session_id in written:
        return MINUTES_WRITTEN if meeting else NOTE_WRITTEN
    if session.outcome in NOT_HELD:
        return NOT_HELD_WORD
    if session.starts_at > now:
        return SCHEDULED
    return NO_MINUTES if meeting else NO_NOTE


def debrief_status(session: Session, now: str) -> str:
    d = session.debrief
    if d is None:
        if session.kind != "surrogate_session" or session.outcome in NOT_HELD:
            return NO_DEBRIEF  # a meeting's record is its minutes; or it was not held
        return DUE if session.starts_at <= now else SCHEDULED
    if d.reviewed:
        return REVIEWED
    return FLAGGED if d.flags else SUBMITTED


@dataclass(frozen=True)
class SessionRow:
    session: Session
    status: str
    phase: str
    surrogate: str
    note: str = ""  # a therapist session's or meeting's note status (NOTE_WORDS), if shown


class SessionTableModel(RowsModel):
    """One row per session: when, kind, phase, duration, surrogate, debrief status, flags.
    Flagged debriefs not yet reviewed are bold with a warning icon."""

    # Outcome last: the columns before keep their places (issue 16 added it)
    HEADERS = ("Date and time", "Kind", "Phase", "Duration", "Surrogate partner", "Debrief",
               "Flags", "Outcome")

    def __init__(self) -> None:
        super().__init__()
        self.aids: dict[str, str] = {}  # aid id -> description, to name an aid's flag (the tab sets it)

    def cell(self, row: SessionRow, column: int, role: int) -> Any:
        s = row.session
        flagged = row.status == FLAGGED
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return outcome_tip(s)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.phase
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and s.debrief and s.debrief.flags:
            return "\n".join(flag_word(f, self.aids) for f in s.debrief.flags)
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 5 and flagged:
            from PySide6.QtWidgets import QApplication

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SESSION_ID:
            return s.session_id
        return None

    def _text(self, row: SessionRow, column: int) -> str:
        s = row.session
        if column == 0:
            return clinical_minutes(s.starts_at) + (" " + self.tr("(amended)") if s.amended else "")
        if column == 1:
            return kind_word(s.kind)
        if column == 2:
            return row.phase
        if column == 3:
            return self.tr("%d min") % s.duration_min
        if column == 4:
            return row.surrogate
        if column == 7:
            return outcome_word(s)
        if column == 5:
            return tr(NOTE_WORDS[row.note] if row.note else STATUS_WORDS[row.status])
        flags = [flag_word(f, self.aids) for f in (s.debrief.flags if s.debrief else ())]
        if s.conflicted or (s.debrief and s.debrief.conflicted):
            flags.insert(0, self.tr("⚠ Conflict to settle"))
        return "; ".join(flags)

    def row_of(self, session_id: str) -> int:
        return self.find(lambda r: r.session.session_id == session_id)


class MeasureTableModel(RowsModel):
    """The case's measures: date, measure, value, situation or note."""

    HEADERS = ("Date", "Measure", "Value", "Note")  # the situation or note: a narrow pane
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Measures amended apart (by entry id): the versions in words, for the value's
        # tooltip; set by the tab with the rows.
        self.conflicts: dict[str, str] = {}

    def cell(self, m: Measure, column: int, role: int) -> Any:
        conflict = self.conflicts.get(m.entry_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return (clinical_day(m.on), tr(MEASURE_WORDS[m.kind]),
                    ("⚠ " if conflict else "") + clinical_number(m.value),
                    m.label + (" " + self.tr("(amended)") if m.amended else ""))[column]
        if role == Qt.ItemDataRole.ToolTipRole and conflict:
            return conflict
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return measure_word(m.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and m.label:
            return m.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
