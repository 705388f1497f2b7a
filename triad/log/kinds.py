"""The kinds of entry the log holds (:class:`Kind`), and which role may author which. Services
check the acting member before they write; importers (JSON now, packets later) check every
entry against this table, so a file cannot make a surrogate the author of a plan.

A kind is stored as its value (``"session.scheduled"``) in every entry's ``kind``; a ``Kind``
is that string, so stored entries and their hashes are the same as before the enum."""

from __future__ import annotations

from enum import StrEnum

from triad.roles import Role


class Kind(StrEnum):
    """Every kind of entry. Case entries first, in the order of ``KIND_ROLES`` (the case file
    schema lists them in that order); then vault-level entries, which no case file carries."""

    CASE_OPENED = "case.opened"
    CASE_CLIENT_UPDATED = "case.client_updated"
    CASE_TEAM_CHANGED = "case.team_changed"
    CASE_STATUS_CHANGED = "case.status_changed"
    GOAL_SET = "goal.set"
    GOAL_PROGRESS = "goal.progress"
    CONSENT_GIVEN = "consent.given"
    CONSENT_REVOKED = "consent.revoked"
    PLAN_REVISED = "plan.revised"
    PHASE_STARTED = "phase.started"
    PHASE_COMPLETED = "phase.completed"
    SESSION_SCHEDULED = "session.scheduled"
    SESSION_DEBRIEFED = "session.debriefed"
    DEBRIEF_REVIEWED = "debrief.reviewed"
    MEASURE_RECORDED = "measure.recorded"
    ENTRY_AMENDED = "entry.amended"
    AUDIT_SIGNOFF = "audit.signoff"
    AUDIT_REMEDIATION = "audit.remediation"
    CLIENT_CAPACITY_ASSESSED = "client.capacity_assessed"
    CONSENT_SIGNED = "consent.signed"
    AID_ADDED = "aid.added"
    AID_RETIRED = "aid.retired"
    # what happened to a session (issue 16): held, cancelled, late cancellation, no-show
    SESSION_OUTCOME_RECORDED = "session.outcome_recorded"
    # a session moved to another time; the old time is kept (issue 16)
    SESSION_RESCHEDULED = "session.rescheduled"
    ENTRY_COSIGNED = "entry.cosigned"
    NOTE_PROGRESS = "note.progress"
    MEETING_MINUTES = "meeting.minutes"
    # Disposal at the end of retention (issue 17, triad.casefile.disposal): the supervisor's
    # authorisation of a disposal before the retention period ends, and the therapist's
    # disposal itself -- the case's content removed for good, the chain headers kept.
    CASE_DISPOSAL_AUTHORISED = "case.disposal_authorised"
    CASE_DISPOSED = "case.disposed"
    # The client's access and amendment requests (issue 17, triad.casefile.requests): received,
    # then closed with their outcome.
    REQUEST_RECEIVED = "request.received"
    REQUEST_CLOSED = "request.closed"
    # Hand-over and the records custodian (issue 17): who holds the case
    # (triad.casefile.handover, triad.casefile.custody; projected by triad.log.custody).
    CASE_TRANSFERRED = "case.transferred"
    CASE_CUSTODY_REQUESTED = "case.custody_requested"
    CASE_CUSTODY_COUNTERSIGNED = "case.custody_countersigned"
    # vault-level
    MEMBER_ADDED = "member.added"
    MEMBER_IMPORTED = "member.imported"
    MEMBER_REMOVED = "member.removed"
    MEMBER_PASSPHRASE_CHANGED = "member.passphrase_changed"
    MEMBER_PASSPHRASE_RECOVERED = "member.passphrase_recovered"
    CASE_IMPORTED = "case.imported"
    CONTACT_CONFIRMED = "contact.confirmed"
    VAULT_AUDIT_SETTINGS = "vault.audit_settings"
    VAULT_RECOVERY_CODE_REPLACED = "vault.recovery_code_replaced"
    MEMBER_CREDENTIAL_RECORDED = "member.credential_recorded"
    # A therapist's private note (issue 16): vault-level, so no case file or packet -- which
    # carry case chains only -- ever holds it; its text is sealed to the author's own key
    # (triad.casefile.private_notes).
    NOTE_PRIVATE = "note.private"
    # The accounting of disclosures (issue 17): every export, packet, backup, saved or printed
    # PDF and client copy. Vault level: it is the disclosing vault's own account, so no packet
    # carries it (a packet's own disclosure would otherwise make a new packet, and so on).
    DISCLOSURE_RECORDED = "disclosure.recorded"
    # The practice's retention periods (issue 17, triad.casefile.retention): a therapist's.
    VAULT_RETENTION_SETTINGS = "vault.retention_settings"
    # How many days the practice gives itself to answer a client's request (issue 17; the
    # therapists' setting, triad.casefile.requests).
    VAULT_REQUEST_SETTINGS = "vault.request_settings"
    # The practice's records custodian (issue 17): a setting, one therapist member or none.
    PRACTICE_RECORDS_CUSTODIAN = "practice.records_custodian"
    # A member opened a vault older than the one last opened on their computer, on purpose
    # (issue 18, triad/vault/seen.py): the reason and both positions. Any member may: a
    # surrogate partner's own vault has no therapist; the entry names who did it.
    VAULT_OLDER_ACCEPTED = "vault.older_accepted"
    # The language the practice's printed documents speak (issue 19, triad.casefile.
    # report_language): a therapist's setting; "system" follows each member's own language.
    VAULT_REPORT_LANGUAGE = "vault.report_language"


_BY_VALUE: dict[str, Kind] = {k.value: k for k in Kind}


def kind_of(text: str) -> Kind | None:
    """The Kind stored as ``text``, or None for a kind this version does not know."""
    return _BY_VALUE.get(text)


T, S, V = Role.THERAPIST, Role.SURROGATE, Role.SUPERVISOR

KIND_ROLES: dict[Kind, frozenset[Role]] = {
    Kind.CASE_OPENED: frozenset({T}),
    Kind.CASE_CLIENT_UPDATED: frozenset({T}),
    Kind.CASE_TEAM_CHANGED: frozenset({T}),
    Kind.CASE_STATUS_CHANGED: frozenset({T}),
    Kind.GOAL_SET: frozenset({T}),
    Kind.GOAL_PROGRESS: frozenset({T}),
    Kind.CONSENT_GIVEN: frozenset({T}),
    # A client may withdraw consent in the middle of a surrogate session: the surrogate
    # records it at once, and it takes effect at once.
    Kind.CONSENT_REVOKED: frozenset({T, S}),
    Kind.PLAN_REVISED: frozenset({T}),
    Kind.PHASE_STARTED: frozenset({T}),
    Kind.PHASE_COMPLETED: frozenset({T}),
    Kind.SESSION_SCHEDULED: frozenset({T}),
    Kind.SESSION_DEBRIEFED: frozenset({S}),
    Kind.DEBRIEF_REVIEWED: frozenset({T}),
    Kind.MEASURE_RECORDED: frozenset({T}),
    Kind.ENTRY_AMENDED: frozenset({T, S}),
    Kind.AUDIT_SIGNOFF: frozenset({V}),
    Kind.AUDIT_REMEDIATION: frozenset({T}),
    Kind.CLIENT_CAPACITY_ASSESSED: frozenset({T}),
    # Each party signs for themselves (issue 13): the surrogate partner countersigns a triad
    # agreement in her own session; the service checks that the author is the party.
    Kind.CONSENT_SIGNED: frozenset({T, S}),
    Kind.AID_ADDED: frozenset({T}),
    Kind.AID_RETIRED: frozenset({T}),
    # The case's therapist for any session; the surrogate partner for her own sessions (the
    # service checks whose session it is; importers check it too).
    Kind.SESSION_OUTCOME_RECORDED: frozenset({T, S}),
    Kind.SESSION_RESCHEDULED: frozenset({T}),
    # The supervisor co-signs a therapist's entry when the practice requires it (issue 16).
    Kind.ENTRY_COSIGNED: frozenset({V}),
    # The therapist's progress note on a therapist session, and the minutes of a three-way
    # meeting (issue 16; triad.casefile.notes).
    Kind.NOTE_PROGRESS: frozenset({T}),
    Kind.MEETING_MINUTES: frozenset({T}),
    # Disposal (issue 17): the case supervisor authorises an early one; the therapist holding
    # the case disposes of it (triad.casefile.disposal).
    Kind.CASE_DISPOSAL_AUTHORISED: frozenset({V}),
    Kind.CASE_DISPOSED: frozenset({T}),
    # The client's requests are made to the therapist who holds the record (issue 17).
    Kind.REQUEST_RECEIVED: frozenset({T}),
    Kind.REQUEST_CLOSED: frozenset({T}),
    # The therapist who holds the case hands it over to another therapist (issue 17).
    Kind.CASE_TRANSFERRED: frozenset({T}),
    # The records custodian (a therapist) asks for custody of a departed or incapacitated
    # therapist's case; the supervisor countersigns. Custody moves once both are in the log.
    Kind.CASE_CUSTODY_REQUESTED: frozenset({T}),
    Kind.CASE_CUSTODY_COUNTERSIGNED: frozenset({V}),
}

# The kinds of entry a supervisor co-signs when the audit settings require it (``cosign_from``):
# a therapist's debrief review and her progress notes (not minutes: the meeting's parties
# agreed them; not private notes, which no one else reads).
COSIGNED: frozenset[Kind] = frozenset({Kind.DEBRIEF_REVIEWED, Kind.NOTE_PROGRESS})

CASE_KINDS = frozenset(KIND_ROLES)


def may_author(role: Role, kind: str) -> bool:
    """Whether ``role`` may write an entry of ``kind`` in a case (False for an unknown kind)."""
    known = kind_of(kind)
    return known is not None and role in KIND_ROLES.get(known, frozenset())
