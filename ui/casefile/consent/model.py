"""Consent tab, the records view's model: one row per consent record, with the words the
tab and its dialogs share (statuses, parties, activities in the ladder's words) and the
choice codes of the give-consent form. ``consent`` re-exports the public names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from triad import i18n
from triad.casefile.consent import ConsentRecord
from triad.casefile.ladder import ACTIVITY_LABELS, LADDER, Activity
from triad.reports import form_names
from ui.casefile.consent.parties import REVOKED_WHEN, party_sentence
from ui.widgets.form import clinical_minutes
from ui.widgets.table_model import RowsModel

STATUS_WORDS = {"in-force": "in force", "partly-revoked": "partly revoked", "revoked": "revoked",
                "expired": "expired", "pending": "not yet valid",
                "awaiting-signatures": "awaiting signatures"}
PARTY_WORDS = {"client": "client", "therapist": "therapist", "surrogate": "surrogate partner"}
GRANT, DECLINE, NOT_ADDRESSED = 0, 1, 2

def tr(text: str) -> str:
    return QCoreApplication.translate("ConsentTab", text)


def activity_words(values: tuple[Activity, ...] | list[Activity] | list[str]) -> str:
    """Activities in ladder order, in the ladder's words."""
    chosen = {Activity(v) for v in values}
    return ", ".join(QCoreApplication.translate("ladder", ACTIVITY_LABELS[a]) for a in LADDER if a in chosen)


def party_words(parties: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tr(PARTY_WORDS.get(p, p)) for p in parties)


# -- the table ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentRow:
    consent_id: str
    valid_from: str
    until: str
    form: str
    status: str  # the core's code
    grants: str
    declines: str
    signed_by: str
    revocations: str


def form_name(form_id: str, version: int) -> str:
    """The form in the app's language with the version signed, and that version's language
    when it is another: "Triad agreement (version 1)", "Triadenvereinbarung (englische
    Fassung 1)". The signed text itself stays as signed (the detail pane shows it)."""
    lang = i18n.chosen()
    title = form_names.title(form_id, lang)
    signed = form_names.signed_language(form_id, version)
    if signed == lang or signed not in (i18n.ENGLISH, i18n.GERMAN):
        return tr("%s (version %d)") % (title, version)
    text = (tr("%1 (English version %2)") if signed == i18n.ENGLISH
            else tr("%1 (German version %2)"))
    return text.replace("%1", title).replace("%2", str(version))


def row_for(record: ConsentRecord, status: str, title: str) -> ConsentRow:
    """``title``: the form as :func:`form_name` names it."""
    revs = sorted(record.revocations, key=lambda r: r.at)
    if not revs:
        revoked = ""
    elif len(revs) == 1:
        revoked = party_sentence(REVOKED_WHEN, revs[0].party) % clinical_minutes(revs[0].at)
    else:
        revoked = tr("%d, latest %s") % (len(revs), clinical_minutes(revs[-1].at))
    return ConsentRow(
        consent_id=record.consent_id, valid_from=clinical_minutes(record.valid_from),
        until=record.valid_until or tr("no end date"),
        form=title, status=status,
        grants=activity_words(record.grants) or "—", declines=activity_words(record.declines) or "—",
        signed_by=party_words([s.party for s in record.signatures]), revocations=revoked or "—",
    )


class ConsentTableModel(RowsModel):
    """One row per consent record of the case, in time order (valid from, then recorded)."""

    HEADERS = ("Valid from", "Until", "Form", "Status", "Grants", "Declines")
    CONTEXT = "ConsentTab"

    def row_of(self, consent_id: str) -> int:
        return self.find(lambda r: r.consent_id == consent_id)

    def cell(self, r: ConsentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = tr(STATUS_WORDS.get(r.status, r.status))
            return (r.valid_from, r.until, r.form, status, r.grants, r.declines)[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, as the columns are elided
            return "\n".join((r.form, tr("Grants: %s") % r.grants, tr("Declines: %s") % r.declines,
                               tr("Signed by: %s") % r.signed_by, tr("Revoked: %s") % r.revocations))
        if role == Qt.ItemDataRole.UserRole:
            return r.consent_id
        if role == Qt.ItemDataRole.ForegroundRole and r.status in ("revoked", "expired", "pending"):
            # Records not in force are muted, in the theme's own colour.
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
