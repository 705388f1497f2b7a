"""Plan tab, the shared part: the phase table's rows and model, the detail of one phase as
HTML, and the plan's refusals as sentences (``refusal``). Used by ``plan`` (the tab) and
``plan_edit`` (the template chooser and the revision editor)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.casefile.plans import Phase
from triad.errors import ConsentViolation, InvalidInput, NotFound
from triad.messages import PLAN, form_title
from ui.messages import message_for, tr
from ui.widgets.form import ERROR_RED, clinical_minutes
from ui.widgets.table_model import RowsModel

STARTABLE_CASE = ("assessment", "active")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanTab", text)


def activity_words(activity: Activity | str) -> str:
    """An activity code in the ladder's words."""
    return QCoreApplication.translate("ladder", ACTIVITY_LABELS[Activity(activity)])


def status_words(status: str) -> str:
    return {"planned": _tr("Planned"), "active": _tr("Active"),
            "completed": _tr("Completed")}.get(status, status)


def refusal(exc: BaseException, titles: dict[str, str] | None = None) -> str:
    """The plan's refusals as sentences with the next step; others via ui.messages."""
    titles = titles or {}
    if isinstance(exc, ConsentViolation) and exc.forms and exc.missing:  # names the forms
        names = ", ".join(f"“{form_title(f)}”" for f in exc.forms)
        return tr(PLAN["consent-violation-forms"]).format(
            activities=", ".join(activity_words(a) for a in exc.missing), forms=names)
    if isinstance(exc, ConsentViolation) and exc.forms:  # the whole informed consent revoked
        return message_for(exc)
    if isinstance(exc, ConsentViolation):
        words = ", ".join(activity_words(a) for a in exc.missing)
        return tr(PLAN["consent-violation"]).format(activities=words)
    if isinstance(exc, InvalidInput) and exc.detail in PLAN:
        data: dict[str, Any] = exc.data
        return tr(PLAN[exc.detail]).format(
            active=titles.get(str(data.get("active")), data.get("active")),
            status=data.get("status"))
    if isinstance(exc, NotFound):
        return tr(PLAN["not-found"])
    return message_for(exc)


@dataclass(frozen=True)
class PhaseRow:
    """One phase as the table shows it."""

    phase: Phase
    held: int  # surrogate sessions of this phase with a debrief
    missing: tuple[Activity, ...]  # planned activities with no consent in force now

    @property
    def therapist_only(self) -> bool:
        # Mirrors the core: a phase without surrogate sessions needs no activity consent.
        return self.phase.planned_sessions == 0


class PhaseTableModel(RowsModel):
    """The phases of one plan revision, in plan order."""

    # one name per assignment: tools/i18n.py reads a table's words from ``NAME = (...)``
    HEADERS = ("Phase", "Status", "Sessions held / planned", "Consent to activities", "Started",
               "Completed")
    COLUMNS = HEADERS
    CONTEXT = "PlanTab"
    PHASE_ID = Qt.ItemDataRole.UserRole

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def cell(self, row: PhaseRow, col: int, role: int) -> Any:
        if role == self.PHASE_ID:
            return row.phase.phase_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return consent_lines(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and row.missing and not row.therapist_only:
            return QBrush(QColor(ERROR_RED))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(row: PhaseRow, col: int) -> str:
        p = row.phase
        if col == 0:
            return p.title
        if col == 1:
            return status_words(p.status)
        if col == 2:
            return f"{row.held} / {p.planned_sessions}" if not row.therapist_only else _tr("therapist only")
        if col == 3:
            if row.therapist_only:
                return _tr("Not needed")
            if not row.missing:
                # "%1 of %2": one sentence for any number ("All 1 in force" read wrongly)
                n = str(len(p.activities))
                return _tr("%1 of %2 in force").replace("%1", n).replace("%2", n)
            return _tr("Not in force: %s") % ", ".join(activity_words(a) for a in row.missing)
        if col == 4:
            return clinical_minutes(p.started_at)
        if col == 5:
            return clinical_minutes(p.completed_at)
        return ""


def consent_lines(row: PhaseRow) -> str:
    """Each planned activity, marked whether consent is in force now."""
    if row.therapist_only:
        return _tr("A therapist-only phase needs no activity consent.")
    return "\n".join(
        ("✗ " + _tr("%s: no consent in force") if a in row.missing else "✓ " + _tr("%s: consent in force"))
        % activity_words(a) for a in row.phase.activities)


def _bullets(items: tuple[str, ...] | list[str], empty: str) -> str:
    if not items:
        return f"<p><i>{html.escape(empty)}</i></p>"
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def phase_html(number: int, row: PhaseRow) -> str:
    """The detail of one phase (all record text escaped)."""
    p = row.phase
    e = html.escape
    when = {
        "active": _tr("Active since %s") % clinical_minutes(p.started_at),
        "completed": _tr("Completed %s (started %s)") % (clinical_minutes(p.completed_at), clinical_minutes(p.started_at)),
    }.get(p.status, _tr("Planned, not started"))
    sessions = (_tr("therapist only: no surrogate sessions planned") if row.therapist_only
                else _tr("%d held of %d planned") % (row.held, p.planned_sessions))
    parts = [f"<h3>{number}. {e(p.title)}</h3>",
             f"<p><b>{e(_tr('Status'))}:</b> {e(when)}<br><b>{e(_tr('Surrogate sessions'))}:</b> "
             f"{e(sessions)}</p>",
             f"<p><b>{e(_tr('Planned activities'))}</b></p>"]
    if row.therapist_only:
        parts.append(f"<p>{e(', '.join(activity_words(a) for a in p.activities))}. "
                     f"<i>{e(consent_lines(row))}</i></p>")
    else:
        lines = []
        for a in p.activities:
            if a in row.missing:
                lines.append(f"<span style='color:{ERROR_RED}'>✗ {e(activity_words(a))}: "
                             f"{e(_tr('no consent in force now'))}</span>")
            else:
                lines.append(f"✓ {e(activity_words(a))}: {e(_tr('consent in force'))}")
        parts.append(f"<p style='margin-left:12px'>{'<br>'.join(lines)}</p>" if lines else
                     f"<p><i>{e(_tr('None planned.'))}</i></p>")
    parts += [f"<p><b>{e(_tr('Objectives'))}</b></p>", _bullets(p.objectives, _tr("None written."))]
    parts += [f"<p><b>{e(_tr('Entry criteria'))}</b></p>", _bullets(p.entry_criteria, _tr("None written."))]
    return "".join(parts)
