"""The codes a record body holds (a party, a session's kind, a status, an outcome, an aid's
use, a custody ground, a plan template) in the words the rest of the app uses for them, for
the audit trail's record view (issue 19: no English code inside the German record)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from triad import i18n
from triad.casefile import forms
from ui.widgets.words import party_word, role_word

__all__ = ["GROUND_WORDS", "code_words"]

# why the records custodian asks for custody of a case (triad.casefile.custody)
GROUND_WORDS: dict[str, Any] = {
    "departed": QT_TRANSLATE_NOOP("AuditTab", "the therapist left the practice"),
    "incapacitated": QT_TRANSLATE_NOOP("AuditTab", "the therapist cannot practise for now"),
}
LANGUAGE_WORDS: dict[str, Any] = {"de": QT_TRANSLATE_NOOP("AuditTab", "German"),
                                  "en": QT_TRANSLATE_NOOP("AuditTab", "English")}
CUSTOM_PLAN: Any = QT_TRANSLATE_NOOP("AuditTab", "none (phases of the case's own)")


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditTab", text)


def code_words(key: str, value: str) -> str | None:
    """A code stored in a record body (a party, a session's kind, a status, an outcome, an
    aid's use) in the words the rest of the app uses for it; None when ``value`` is not such
    a code of ``key`` (issue 19: no English code inside the German record)."""
    from ui.casefile.consent import aids
    from ui.casefile.consent.model import tr as consent_tr
    from ui.casefile.overview import capacity, dialogs, request_dialogs
    from ui.casefile.sessions import outcome, words

    if key in ("party", "parties", "attendees", "signed_by"):
        return party_word(value)
    if key == "role":
        return role_word(value)
    if key == "legal_basis":
        from ui.casefile.overview.legal import basis_words

        return basis_words(value)
    if key == "kind":
        if value in words.KIND_WORDS:
            return words.kind_word(value)
        if value in words.MEASURE_WORDS:
            return words.tr(words.MEASURE_WORDS[value])
        if value in aids.KIND_WORDS:
            return consent_tr(aids.KIND_WORDS[value])
    if key in ("where", "uses") and value in aids.USE_WORDS:
        return consent_tr(aids.USE_WORDS[value])
    if key in ("from", "to", "status") and value in dialogs.STATUS_WORDS:
        return dialogs.status_words(value)
    if key == "outcome":
        if value in capacity.OUTCOME_WORDS:
            return capacity.outcome_words(value)
        if value in request_dialogs.OUTCOME_WORDS:
            return QCoreApplication.translate("Overview", str(request_dialogs.OUTCOME_WORDS[value]))
        if value in outcome.OUTCOME_WORDS:
            return QCoreApplication.translate("sessions", outcome.OUTCOME_WORDS[value])
    if key == "presenting_concerns" and value in dialogs.CONCERN_WORDS:
        return dialogs.concern_words(value)
    if key == "language" and value in LANGUAGE_WORDS:
        return tr(LANGUAGE_WORDS[value])
    if key == "ground" and value in GROUND_WORDS:
        return tr(GROUND_WORDS[value])
    if key == "template_id":
        if value == "custom":
            return tr(CUSTOM_PLAN)
        template = forms.plan_templates(i18n.chosen()).get(value)
        return str(template["title"]) if template else None
    if key == "copy" and value in request_dialogs.COPY_WORDS:
        return QCoreApplication.translate("Overview", str(request_dialogs.COPY_WORDS[value]))
    if key == "type" and value in request_dialogs.SHORT_TYPE:
        return QCoreApplication.translate("Overview", str(request_dialogs.SHORT_TYPE[value]))
    return None
