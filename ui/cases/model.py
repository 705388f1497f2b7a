"""CaseTableModel: one row per case the member is on (code, status, phase, next due, and for
therapists and supervisors the case's open audit findings). Each row also says where its
next-due item lives (a case tab and a record), so activating the row can open it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from triad import i18n
from triad.casefile import agenda
from triad.casefile.cases import Client
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import concern_words, status_words
from ui.widgets.table_model import RowsModel

CASE_ID = Qt.ItemDataRole.UserRole
STATUS = Qt.ItemDataRole.UserRole + 1  # the status code the filter compares
# What the search also matches beyond the columns: the client's legal name (a therapist's rows
# only: a surrogate partner and a supervisor never read it) and presenting concerns in words.
SEARCH = Qt.ItemDataRole.UserRole + 2
# What a click on a header sorts by: the text shown, but by the due item's date for Next due
# (issue 19: "09.12.2026" after "23.11.2026", which the German words alone would not give).
SORT = Qt.ItemDataRole.UserRole + 3

# Short: the column is narrow beside the case tabs (the tooltip adds how to open it). {day} is
# the date, {when} date and time.
DUE = {
    "review-debrief": "Review debrief of {day}",
    "debrief-missing": "Debrief missing ({day})",
    "outcome-missing": "Outcome missing ({day})",
    "session": "Session {when}",
    "consent-expires": "Consent expires {day}",
    "capacity-missing": "Capacity to assess",
    "date-of-birth-missing": "Date of birth missing",
    "sign-consent": "Informed consent to sign",
    "sign-release": "Release to sign",
    "sign-triad-agreement": "Triad agreement to sign",
    "agree-signals": "Agree the stop and pause signals",
    "sign-aids-consent": "Aids consent to sign",
    "awaiting-signature": "Awaiting {name}'s signature",
    "meeting-start": "Three-way meeting to hold",
    "meeting-stalled": "Work stalled: three-way meeting",
    "meeting-closing": "Closing meeting to hold",
    "minutes-missing": "Meeting minutes to write",
    "request-due": "Client's request due {day}",  # issue 17
}
# A surrogate partner's own: a triad agreement awaiting her countersignature.
SURROGATE_DUE = DUE | {"awaiting-signature": "Triad agreement to sign"}
# A supervisor's own work (issue 16): a review to co-sign, a finding to sign off.
SUPERVISOR_DUE = DUE | {"cosign-review": "Co-sign the review of {day}",
                        "cosign-note": "Co-sign the progress note of {day}",
                        "finding": "Sign off a {severity} finding"}
# The case tab each item is done on.
DUE_TAB = {"cosign-review": "sessions", "finding": "audit","review-debrief": "sessions", "debrief-missing": "sessions", "session": "sessions",
           "outcome-missing": "sessions",
           "consent-expires": "consent", "capacity-missing": "overview",
           "date-of-birth-missing": "overview", "sign-consent": "consent", "sign-release": "consent",
           "sign-triad-agreement": "consent", "agree-signals": "consent",
           "sign-aids-consent": "consent", "awaiting-signature": "consent",
           "meeting-start": "sessions", "meeting-stalled": "sessions", "meeting-closing": "sessions",
           "minutes-missing": "sessions", "request-due": "overview"}
# The record each item selects there: a button of the Overview for the client's details; for a
# form to sign, none (Give consent… takes the focus); else the item's own subject.
DUE_RECORD = {"capacity-missing": "record-capacity", "date-of-birth-missing": "edit-client",
              "sign-consent": "", "sign-release": "", "sign-triad-agreement": "", "agree-signals": "",
              "sign-aids-consent": "", "awaiting-signature": "", "meeting-start": "",
              "meeting-stalled": "", "meeting-closing": ""}


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    code: str
    status: str
    phase: str
    due: str
    due_tab: str = ""  # where the due item is done: a case tab's key and the record to select
    due_record: str = ""
    legal_name: str = ""  # blank unless the member reads it (triad/casefile/visibility.py)
    concerns: tuple[str, ...] = ()
    findings: int = 0  # open audit findings (therapists and supervisors), and the worst one's
    severity: str = ""  # severity
    due_at: str = ""  # when the due item falls due (ISO, local): Next due sorts by it


@lru_cache(maxsize=4096)
def collated(text: str) -> str:
    """``text`` as the sort key of the language's dictionary order (``triad.i18n.sort_key``:
    „Übungen“ beside „Ubungen“, before „Zärtlichkeit“, not after it as code points have it), in
    one string, since Qt's proxy compares strings."""
    return "\x00".join(i18n.sort_key(text))


SEVERITY_WORDS = {"critical": "critical", "major": "major", "minor": "minor"}


def severity_words(severity: str) -> str:
    return QCoreApplication.translate("CaseTableModel", SEVERITY_WORDS.get(severity, severity))


def findings_words(row: CaseRow) -> str:
    """The Findings column: "2 · major" (open findings, the highest severity), blank for none."""
    return f"{row.findings} · {severity_words(row.severity)}" if row.findings else ""


def phase_words(line: agenda.CaseLine) -> str:
    """Where the case stands in its plan, for the case list's Phase column."""
    if line.plan == "none":
        return "—"
    if line.plan == "active":
        return line.phase
    if line.plan == "not-started":
        return QCoreApplication.translate("CaseTableModel", "Plan not started")
    if line.plan == "completed":
        return QCoreApplication.translate("CaseTableModel", "Plan completed")
    return QCoreApplication.translate("CaseTableModel", "Between phases")


def load_rows(ws: Workspace) -> list[CaseRow]:
    rows = []
    # legal names come blanked for a surrogate partner and a supervisor (cases.list applies
    # the visibility rules): they cannot be searched for or shown by them
    clients: dict[str, Client] = {c.case_id: c.client for c in ws.cases.list()}
    words = {Role.SUPERVISOR: SUPERVISOR_DUE, Role.SURROGATE: SURROGATE_DUE}.get(ws.actor.role, DUE)
    counts = ws.findings.counts()  # one audit run for the list (kept while nothing changes)
    severities = {f.finding_id: f.severity for f in ws.audit.run().findings} \
        if ws.actor.role is Role.SUPERVISOR else {}
    for line in agenda.case_lines(ws):  # a few queries for the whole list, not ~18 per case
        item = line.due
        client = clients.get(line.case_id)
        name = client.legal_name if client else ""
        concerns = tuple(client.presenting_concerns) if client else ()
        found = counts.get(line.case_id)
        tally = (found.open, found.highest) if found else (0, "")
        if item is None:
            rows.append(CaseRow(line.case_id, line.code, line.status, phase_words(line), "",
                                legal_name=name, concerns=concerns, findings=tally[0],
                                severity=tally[1]))
            continue
        signer = ""
        if item.code == "awaiting-signature":
            signer = ws.consent.surrogate_name(item.subject_id) or QCoreApplication.translate(
                "CaseTableModel", {"client": "the client", "therapist": "the therapist"}.get(
                    item.subject_id, "the surrogate partner"))
        code = item.code  # co-signing a progress note is worded as such (cosign-review's entry)
        target = ws.log.get(item.subject_id) if code == "cosign-review" else None
        if target is not None and target.kind == "note.progress":
            code = "cosign-note"
        due = QCoreApplication.translate("CaseTableModel", words[code]).format(
            when=i18n.day_and_time(item.when), day=i18n.short_date(item.when), name=signer,
            severity=severity_words(severities.get(item.subject_id, "")))
        record = DUE_RECORD.get(item.code, item.subject_id)
        if item.code == "cosign-review":  # the Sessions tab selects the session reviewed
            reviewed = ws.log.get(item.subject_id)
            record = str(reviewed.body.get("session_id", "")) if reviewed is not None else ""
        rows.append(CaseRow(line.case_id, line.code, line.status, phase_words(line), due,
                            DUE_TAB[item.code], record,
                            legal_name=name, concerns=concerns, findings=tally[0],
                            severity=tally[1], due_at=item.when or ""))
    return rows


def quick_rows(ws: Workspace, known: Mapping[str, CaseRow], terms: bool = True,
               limit: int | None = None) -> list[CaseRow]:
    """The case list as the window shows it at once (issue 18): code, status, phase, and the
    client's name and concerns for the search; what is due and the findings as last read
    (``known``, by case), until ``load_rows`` on the worker brings them afresh.

    ``terms=False`` leaves the names and concerns as last read (blank on a first list): at
    unlock, with names hidden, they follow right after the first paint
    (``CaseTableModel.complete``) --
    reading every client record's name and concerns is a third of this list's cost.
    ``limit``: the first so many cases in code order (the unlock's first screenful)."""
    found = ws.cases.search_terms() if terms else {}  # names blanked as cases.list blanks them
    rows = []
    for line in agenda.case_summaries(ws, limit):
        old = known.get(line.case_id)
        name, concerns = found.get(line.case_id, ("", ())) if terms else (
            (old.legal_name, old.concerns) if old else ("", ()))
        rows.append(CaseRow(
            line.case_id, line.code, line.status, phase_words(line),
            old.due if old else "", old.due_tab if old else "", old.due_record if old else "",
            legal_name=name, concerns=concerns,
            findings=old.findings if old else 0, severity=old.severity if old else "",
            due_at=old.due_at if old else ""))
    return rows


class CaseTableModel(RowsModel):
    HEADERS = ("Code", "Status", "Phase", "Next due", "Findings")
    ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                       CASE_ID, STATUS, SEARCH, SORT))
    show_names = False  # the Show names toggle (off by default: screens get shared)
    pending = False  # Next due and Findings are being read (on the worker): they show "…"

    def fill(self, rows: list[CaseRow]) -> bool:
        """The rows read afresh on the worker: in place when they are the same cases in the
        same order (selection and scroll stay), else False (the caller sets them)."""
        if [r.case_id for r in rows] != [r.case_id for r in self._rows]:
            return False
        self.pending = False
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))
        return True

    def complete(self, rows: list[CaseRow]) -> bool:
        """The whole list when its first rows are shown (the unlock's first screenful, and
        the names and concerns the search reads): the rows shown are updated in place and
        the others added after them, so the selection, the scroll and the fitted rows stay
        and a filter typed meanwhile applies to them too. False when the rows shown are not
        the first of ``rows`` (the caller sets them)."""
        shown = len(self._rows)
        if [r.case_id for r in rows[:shown]] != [r.case_id for r in self._rows]:
            return False
        self._rows[:shown] = rows[:shown]
        if shown:
            self.dataChanged.emit(self.index(0, 0), self.index(shown - 1, len(self.HEADERS) - 1))
        if len(rows) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(rows) - 1)
            self._rows.extend(rows[shown:])
            self.endInsertRows()
        return True

    def set_show_names(self, on: bool) -> None:
        self.show_names = on
        if self.rowCount():  # the selection stays
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and section == 4:  # a short header in German („Prüfung“): the tip says it all
            return self.tr("Open audit findings: how many, and the most severe")
        return super().headerData(section, orientation, role)

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if column >= 3 and self.pending and role in (Qt.ItemDataRole.DisplayRole,
                                                     Qt.ItemDataRole.ToolTipRole):
            return "…" if role == Qt.ItemDataRole.DisplayRole else self.tr(
                "Reading what is due and the open findings: they appear here in a moment.")
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SEARCH:
            return "\n".join((row.legal_name, *(concern_words(c) for c in row.concerns), *row.concerns))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and row.due:
                return row.due + "\n" + self.tr("Double-click or press Enter to open it.")
            if column == 4 and row.findings:
                return self.tr("%n open audit finding(s), the most severe %1. The Audit tab "
                               "lists them.", "", row.findings).replace(
                    "%1", severity_words(row.severity))
            return self._display(row, column) or None
        if role == CASE_ID:
            return row.case_id
        if role == STATUS:
            return row.status
        if role == SORT:
            if column == 3:  # by date, then the words; nothing due after everything due
                return f"{row.due_at} {row.due}" if row.due else "\uffff"
            if column == 4:  # by the number of findings (as text, 10 came before 2)
                return f"{row.findings:09d} {self._display(row, column)}"
            return collated(self._display(row, column))
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        """One column's text (only that one is worked out: the view asks for every cell it
        paints and the fitter for a whole column, thousands of times at 1,000 cases)."""
        if column == 0:
            return f"{row.code} · {row.legal_name}" if self.show_names and row.legal_name else row.code
        if column == 1:
            return status_words(row.status)
        if column == 2:
            return row.phase
        if column == 3:
            return row.due
        return findings_words(row)
