"""Each entry kind in words, for the audit trail of the command line (``triad-cli
audit-trail``; issue 19: never ``session.debriefed`` in a German trail).

The desktop app's audit trail reads this same table (``ui/casefile/audit/words.py``), in the
same context ``AuditTab``: one table, one translation for both."""

from __future__ import annotations

from triad import i18n
from triad.i18n import T_

__all__ = ["KIND_WORDS", "kind_words"]

KIND_WORDS: dict[str, str] = {
    "case.opened": T_("AuditTab", "Case opened"),
    "case.client_updated": T_("AuditTab", "Client details updated"),
    "case.team_changed": T_("AuditTab", "Triad changed"),
    "case.status_changed": T_("AuditTab", "Case status changed"),
    "case.imported": T_("AuditTab", "Case imported"),
    "goal.set": T_("AuditTab", "Goal set"),
    "goal.progress": T_("AuditTab", "Goal progress recorded"),
    "consent.given": T_("AuditTab", "Consent given"),
    "consent.revoked": T_("AuditTab", "Consent revoked"),
    "consent.signed": T_("AuditTab", "Consent countersigned"),
    "plan.revised": T_("AuditTab", "Phase plan revised"),
    "phase.started": T_("AuditTab", "Phase started"),
    "phase.completed": T_("AuditTab", "Phase completed"),
    "session.scheduled": T_("AuditTab", "Session scheduled"),
    "session.debriefed": T_("AuditTab", "Debrief submitted"),
    "session.outcome_recorded": T_("AuditTab", "Session outcome recorded"),
    "session.rescheduled": T_("AuditTab", "Session rescheduled"),
    "debrief.reviewed": T_("AuditTab", "Debrief reviewed"),
    "measure.recorded": T_("AuditTab", "Measure recorded"),
    "entry.amended": T_("AuditTab", "Amendment"),
    "entry.cosigned": T_("AuditTab", "Co-signed by the supervisor"),
    "audit.signoff": T_("AuditTab", "Audit finding signed off"),
    "audit.remediation": T_("AuditTab", "Remediation note"),
    "vault.audit_settings": T_("AuditTab", "Audit settings changed"),
    "disclosure.recorded": T_("AuditTab", "Disclosed: left the vault"),
    "request.received": T_("AuditTab", "Client request received"),
    "request.closed": T_("AuditTab", "Client request closed"),
    "vault.request_settings": T_("AuditTab", "Request setting changed"),
    "vault.report_language": T_("AuditTab", "Language for printed documents set"),
    "case.transferred": T_("AuditTab", "Case handed over"),
    "case.custody_requested": T_("AuditTab", "Custody asked for by the records custodian"),
    "case.custody_countersigned": T_("AuditTab", "Custody take-over countersigned"),
    "practice.records_custodian": T_("AuditTab", "Records custodian named"),
    "client.capacity_assessed": T_("AuditTab", "Capacity to consent assessed"),
    "aid.added": T_("AuditTab", "Therapeutic aid added"),
    "aid.retired": T_("AuditTab", "Therapeutic aid retired"),
    "note.progress": T_("AuditTab", "Progress note written"),
    "note.private": T_("AuditTab", "Private note written"),
    "meeting.minutes": T_("AuditTab", "Meeting minutes written"),
    "case.disposal_authorised": T_("AuditTab", "Early disposal authorised"),
    "case.disposed": T_("AuditTab", "Case disposed of"),
    "member.added": T_("AuditTab", "Member added"),
    "member.imported": T_("AuditTab", "Member imported"),
    "member.removed": T_("AuditTab", "Member removed"),
    "member.passphrase_changed": T_("AuditTab", "Passphrase changed"),
    "member.passphrase_recovered": T_("AuditTab", "Passphrase reset with the recovery code"),
    "member.credential_recorded": T_("AuditTab", "Credential recorded"),
    "contact.confirmed": T_("AuditTab", "Contact confirmed"),
    "vault.recovery_code_replaced": T_("AuditTab", "Recovery code replaced"),
    "vault.retention_settings": T_("AuditTab", "Retention setting changed"),
    "vault.older_accepted": T_("AuditTab", "Older vault opened on record"),
}


def kind_words(kind: str) -> str:
    """The kind in words in the language spoken (its code for a kind this version lacks)."""
    return i18n.translate("AuditTab", KIND_WORDS[kind]) if kind in KIND_WORDS else kind
