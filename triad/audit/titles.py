"""Each audit rule's short title (issue 19): the heading the app's audit pages and the printed
audit report show for a finding, instead of its rule id. One table for both, marked for the
catalogue's context ``AuditTab`` (the app's words); the core translates it with
``triad.i18n.translate("AuditTab", ...)``, the app with its own translator."""

from __future__ import annotations

from triad.i18n import T_, translate

RULE_TITLES: dict[str, str] = {
    "consent.informed-consent-before-first-session":
        T_("AuditTab", "Informed consent before the first session"),
    "consent.release-before-first-session":
        T_("AuditTab", "Release of information before the first session"),
    "consent.session-without-release":
        T_("AuditTab", "Session without a release of information"),
    "consent.session-without-signals":
        T_("AuditTab", "Touch session without agreed stop and pause signals"),
    "consent.triad-agreement-before-first-session":
        T_("AuditTab", "Triad agreement before the first session"),
    "consent.capacity-not-assessed":
        T_("AuditTab", "Informed consent without a capacity assessment"),
    "consent.activity-not-covered": T_("AuditTab", "Activity outside consent"),
    "consent.aid-without-consent": T_("AuditTab", "Aid used without its own consent"),
    "consent.activity-after-revocation-or-expiry":
        T_("AuditTab", "Activity after revocation or expiry"),
    "consent.session-without-required-form":
        T_("AuditTab", "Session without informed consent or triad agreement"),
    "consent.ladder-incoherent": T_("AuditTab", "Higher rung granted, lower declined"),
    "plan.phase-started-without-consent": T_("AuditTab", "Phase started without consent"),
    "consent.reconsent-at-phase-change": T_("AuditTab", "Re-consent at phase change"),
    "consent.awaiting-signature": T_("AuditTab", "Signature awaited for over two weeks"),
    "consent.signature-unknown-form-text": T_("AuditTab", "Signature on an unknown form text"),
    "consent.signature-not-current-version":
        T_("AuditTab", "Signature on an earlier form version"),
    "debrief.review-overdue": T_("AuditTab", "Debrief review overdue"),
    "debrief.signal-without-review": T_("AuditTab", "Stop signal or incident not reviewed"),
    "debrief.safer-sex-not-kept":
        T_("AuditTab", "Safer-sex agreement not recorded or not kept"),
    "debrief.missing": T_("AuditTab", "Debrief missing"),
    "credential.invalid-on-session-date": T_("AuditTab", "Credential not valid on the session date"),
    "credential.expiring-soon": T_("AuditTab", "Credential expiring soon"),
    "case.stalled": T_("AuditTab", "Active case without a session (stalled)"),
    "plan.phase-overrun": T_("AuditTab", "Phase far past its planned sessions"),
    "supervision.cosign-overdue": T_("AuditTab", "Review or note not co-signed in time"),
    "therapy.not-concurrent": T_("AuditTab", "Surrogate session without concurrent therapy"),
    "case.closed-without-closing-meeting": T_(
        "AuditTab", "Case closed without a closing meeting"),
    "request.overdue": T_("AuditTab", "Client request not answered in time"),
    "custody.therapist-departed": T_(
        "AuditTab", "Case held by a therapist who left the practice"),
}

def rule_title(rule_id: str, language: str | None = None) -> str:
    """A rule's title in ``language`` (the chosen one by default); an unknown rule (a newer
    program's) keeps its id, a code rather than a sentence."""
    if rule_id not in RULE_TITLES:
        return rule_id
    return translate("AuditTab", RULE_TITLES[rule_id], language=language)
