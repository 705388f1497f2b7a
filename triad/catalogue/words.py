"""The words that fill the catalogue's sentences: fields, parties, roles, case statuses,
consent statuses and debrief flags (codes in words; never record text)."""

from __future__ import annotations

from triad.catalogue import N_

# Field codes in words (the last part of a dotted field name); anything else is shown as its
# code with spaces, which is a field name and never record text.
FIELDS: dict[str, str] = {
    "name": N_("name"),
    "role": N_("role"),
    "passphrase": N_("passphrase"),
    "valid_until": N_("valid-until date"),
    "valid_from": N_("valid-from date"),
    "duration_min": N_("duration (minutes)"),
    "value": N_("value"),
    "suds_before": N_("SUDS before"),
    "suds_after": N_("SUDS after"),
    "stop_signals": N_("stop signals"),
    "pause_signals": N_("pause signals"),
    "planned_sessions": N_("number of planned sessions"),
    "title": N_("title"),
    "description": N_("description"),
    "comment": N_("comment"),
    "note": N_("note"),
    "reason": N_("reason"),
    "starts_at": N_("start time"),
    "held_at": N_("time held"),
    "at": N_("time"),
    "on": N_("date"),
    "when": N_("time"),
    "date": N_("date"),
    "since": N_("start date"),
    "from": N_("start date"),
    "to": N_("end date"),
    "date_of_birth": N_("date of birth"),
    "signed_on": N_("signing date"),
    "opened_at": N_("opening date"),
    "legal_name": N_("legal name"),
    "pronouns": N_("pronouns"),
    "concerns_note": N_("concerns in the client's words"),
    "contraindications": N_("contraindications"),
    "medical_context": N_("medical context"),
    "legal_basis": N_("legal basis"),
    "jurisdiction": N_("jurisdiction"),
    "code": N_("client code"),
    "baseline": N_("baseline"),
    "target": N_("target"),
    "review_days": N_("review days"),
    "credential_warning_days": N_("credential warning days"),
    "reconsent_at_phase_change": N_("re-consent at phase change"),
    "audit settings": N_("audit setting"),
}

PARTY_WORDS: dict[str, str] = {
    "client": N_("client"),
    "therapist": N_("therapist"),
    "surrogate": N_("surrogate partner"),
}

ROLE_WORDS: dict[str, str] = {
    "therapist": N_("a therapist"),
    "surrogate": N_("a surrogate partner"),
    "supervisor": N_("a supervisor"),
}

# The case statuses (triad.casefile.cases.STATUSES; not imported here: the unlock window shows
# messages before the case file's modules load).
STATUS_WORDS: dict[str, str] = {
    "referral": N_("referral"),
    "assessment": N_("assessment"),
    "active": N_("active"),
    "paused": N_("paused"),
    "closing": N_("closing"),
    "closed": N_("closed"),
}

# Consent record statuses (triad.casefile.consent) and debrief flags, for printouts.
CONSENT_STATUS: dict[str, str] = {
    "in-force": N_("in force"),
    "partly-revoked": N_("partly revoked"),
    "revoked": N_("revoked"),
    "expired": N_("expired"),
    "pending": N_("not yet valid"),
    "awaiting-signatures": N_("awaiting signatures"),
}
FLAGS: dict[str, str] = {
    "activity-not-consented": N_("activity outside consent ({activity})"),
    "activity-not-planned": N_("activity not planned ({activity})"),
    "stop-signal-used": N_("stop signal used"),
    "pause-signal-used": N_("pause signal used"),
    "boundary-not-kept": N_("boundary not kept"),
    "safer-sex-not-kept": N_("safer-sex agreement not kept"),
    "aid-without-consent": N_("aid used without its own consent ({activity})"),
}

# The ladder's activities (triad.casefile.ladder.ACTIVITY_LABELS) as this catalogue's sentences
# name them: the same words, so a translation of the catalogue covers them
# (tests/core/test_i18n.py checks the two agree).
ACTIVITIES: tuple[str, ...] = (
    N_("Conversation"),
    N_("Relaxation and breathing"),
    N_("Clothed non-sexual touch"),
    N_("Nudity / body-image work"),
    N_("Non-genital touch"),
    N_("Genital touch"),
    N_("Sexual intercourse"),
    N_("Use of therapeutic aids"),
)
