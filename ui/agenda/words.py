"""The Agenda's words: kinds of session, what is due, the period shown. Translated in the
context ``Agenda`` (dict tables are marked with QT_TRANSLATE_NOOP so lupdate finds them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from triad.casefile import week
from triad.casefile.week import CalendarSession, Due
from triad.roles import Role
from triad.workspace import Workspace
from ui.cases.model import DUE, SURROGATE_DUE
from ui.widgets.keys import with_key

CTX = "Agenda"
# the period's keys: the actions' shortcuts and the sentences that name them (ui.widgets.keys)
PREVIOUS_KEY, TODAY_KEY, NEXT_KEY = "Alt+Left", "Alt+Home", "Alt+Right"
KIND_WORDS: dict[str, Any] = {
    "therapist_session": QT_TRANSLATE_NOOP("Agenda", "Therapist session"),
    "surrogate_session": QT_TRANSLATE_NOOP("Agenda", "Surrogate session"),
    "three_way_meeting": QT_TRANSLATE_NOOP("Agenda", "Three-way meeting"),
}
SHORT_KIND: dict[str, Any] = {
    "therapist_session": QT_TRANSLATE_NOOP("Agenda", "therapist"),
    "surrogate_session": QT_TRANSLATE_NOOP("Agenda", "surrogate"),
    "three_way_meeting": QT_TRANSLATE_NOOP("Agenda", "three-way"),
}
# what the supervisor co-signs (triad.log.kinds.COSIGNED), by entry kind
COSIGN_WORDS: dict[str, Any] = {
    "debrief.reviewed": QT_TRANSLATE_NOOP("Agenda", "Review to co-sign"),
    "note.progress": QT_TRANSLATE_NOOP("Agenda", "Progress note to co-sign"),
}
COSIGN_ANY = QT_TRANSLATE_NOOP("Agenda", "To co-sign")
STATUS_WORDS: dict[str, Any] = {week.TENTATIVE: QT_TRANSLATE_NOOP("Agenda", "tentative"),
                week.CANCELLED: QT_TRANSLATE_NOOP("Agenda", "cancelled")}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Agenda", text, None, n)


def counted(n: int, one: str, many: str) -> str:
    """``many`` (with %n for the number) in the catalogue's plural form for ``n`` (Qt's
    numerus: each language its own forms); ``one``, the English singular, where no catalogue
    speaks (English has none)."""
    text = QCoreApplication.translate("Agenda", many, None, n)
    if n == 1 and text == many.replace("%n", "1"):
        return tr(one)
    return text


def kind_words(kind: str, short: bool = False) -> str:
    table = SHORT_KIND if short else KIND_WORDS
    return tr(table[kind]) if kind in table else kind


def due_words(item: Due, role: Role, ws: Workspace | None) -> str:
    """One due item, for the member's ``role``: the surrogate partner writes the debrief, the
    therapist reviews it, a supervisor sees the review awaited."""
    if item.code == week.DEBRIEF_TO_WRITE:
        return tr("Debrief to write") if role is Role.SURROGATE else tr("Debrief not written yet")
    if item.code == week.DEBRIEF_TO_REVIEW:
        return tr("Debrief to review") if role is Role.THERAPIST else tr("Debrief awaits review")
    if item.code == week.CONSENT_TO_SIGN:
        words = SURROGATE_DUE if role is Role.SURROGATE else DUE
        name = ""
        if item.detail == "awaiting-signature":
            name = (ws.consent.surrogate_name(item.subject) if ws is not None else "") or \
                QCoreApplication.translate("CaseTableModel", {
                    "client": "the client", "therapist": "the therapist"}.get(
                    item.subject, "the surrogate partner"))
        text = words.get(item.detail)
        if text is None:
            return tr("Consent to complete")
        return tr("Before it: %1").replace("%1", QCoreApplication.translate(
            "CaseTableModel", text).format(name=name, day="", when=""))
    if item.code == week.OUTCOME_MISSING:
        return tr("Record what happened") if role is Role.THERAPIST else tr("Outcome not recorded")
    if item.code == week.NOTE_TO_WRITE:
        return tr("Note to write") if role is Role.THERAPIST else tr("Progress note not written yet")
    if item.code == week.MINUTES_TO_WRITE:
        return tr("Minutes to write") if role is Role.THERAPIST else tr("Minutes not written yet")
    if item.code == week.COSIGN_AWAITED:
        if role is Role.SUPERVISOR:
            return tr(COSIGN_WORDS.get(item.detail, COSIGN_ANY))
        return tr("Awaits the supervisor's co-signature")
    return counted(item.count, "1 open finding", "%n open findings")


def session_due(s: CalendarSession, role: Role, ws: Workspace | None) -> str:
    return "; ".join(due_words(d, role, ws) for d in s.due)


def day_title(day: str) -> str:
    """A day as the person's locale writes it in full (Monday 23 November 2026)."""
    return str(QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat))


def _qdate(day: str) -> QDate:
    d = date.fromisoformat(day)
    return QDate(d.year, d.month, d.day)


def period_title(mode: str, first: str, last: str) -> str:
    if mode == "day":
        return day_title(first)
    if mode == "month":
        return str(QLocale().toString(_qdate(first), "MMMM yyyy"))
    return tr("Week of %1 to %2").replace("%1", day_title(first)).replace("%2", day_title(last))


def empty_words(mode: str, role: Role) -> str:
    """What an empty period says: why, and where sessions come from."""
    when = {"day": tr("No sessions on this day."), "week": tr("No sessions this week."),
            "month": tr("No sessions this month.")}[mode]
    if role is Role.SURROGATE:
        more = tr("Your own sessions appear here once the therapist schedules them, across all "
                  "your cases. Use Previous and Next (%1, %2) to look further.")
    elif role is Role.SUPERVISOR:
        more = tr("The sessions of every case you supervise appear here. Use Previous and Next "
                  "(%1, %2) to look further.")
    else:
        more = tr("Sessions are scheduled on a case's Sessions tab (Schedule…); the Agenda "
                  "shows them across all your cases. Use Previous and Next (%1, %2) to look "
                  "further.")
    return when + " " + with_key(with_key(more, PREVIOUS_KEY), NEXT_KEY, "%2")
