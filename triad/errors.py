"""The one exception tree of the core.

Every error the core raises derives from :class:`TriadError`. Third-party exceptions
(sqlcipher3, cryptography, argon2, keyring, OS errors) are converted at the boundary with
``raise X(...) from exc``. Exceptions carry data (ids, field names, paths the user chose),
never decrypted content, a member's name or a passphrase.

    TriadError
    ├── InvalidInput            bad arguments or values (field named)
    │   ├── Unstorable              a value SQLite cannot bind, or text with U+0000
    │   ├── Conflict                a write collided with another at the same moment
    │   ├── InvalidRecoveryCode     the code's checksum does not match (a typo)
    │   └── VaultExists             init/restore over something that exists
    ├── AccessDenied            could not unlock
    │   ├── WrongPassphrase         the slot's AEAD tag did not verify
    │   ├── UnknownMember           no key slot for that name / member removed
    │   └── RemovedMember           her slot is left from a removal cut short; she may not open
    ├── PermissionDenied        the acting member's role may not do this
    ├── ConsentViolation        scheduling/planning/starting what consent does not cover
    ├── NotFound                no such case / session / consent / entry
    ├── VaultError              the vault cannot be used
    │   ├── VaultMissing            no vault at that path
    │   ├── VaultDamaged            checksum, HMAC or structure check failed
    │   ├── VaultTooNew             written by a newer schema than this program knows
    │   ├── VaultOlder              behind what this computer last saw of it (a copy put back)
    │   └── StorageFailed           the disk refused a write (full, read-only); nothing changed
    ├── QuickUnlockUnavailable  no safe OS keyring, or no stored key (reason code given)
    └── ExchangeError           an identity card, contact or exchange folder problem (reason code)
        └── PacketRejected          a case packet was refused; nothing changed (reason code)

Each family's codes are a ``StrEnum`` below (``InvalidCode``, ``NotFoundCode``, ...): raise
with a member, e.g. ``InvalidInput(InvalidCode.RANGE, field="suds_before", minimum=0)``.
Members are ``str``, so a stored or compared code is the same text as ever. Every member has
a sentence in :mod:`triad.messages` (``tests/core/test_messages.py`` checks it).
"""

from __future__ import annotations

from enum import StrEnum


class InvalidCode(StrEnum):
    """``InvalidInput.detail``: what is wrong with the input (``field`` names where)."""

    ACTIVE_PHASE_REMOVED = "active-phase-removed"
    ACTIVITY = "activity"
    AID_CONSENT_REQUIRED = "aid-consent-required"
    AID_DESCRIPTION = "aid-description"
    AID_KIND = "aid-kind"
    AID_NOT_GRANTED = "aid-not-granted"
    AID_RETIRED = "aid-retired"
    AID_UNKNOWN = "aid-unknown"
    AID_USED_REQUIRED = "aid-used-required"
    AID_USES = "aid-uses"
    AID_WHERE = "aid-where"
    AGENDA_SPAN = "agenda-span"  # an agenda longer than triad.casefile.week.MAX_DAYS
    AIDS_ACTIVITY = "aids-activity"
    AIDS_FORM = "aids-form"
    AIDS_FREE_TEXT = "aids-free-text"
    AIDS_REQUIRED = "aids-required"
    AIDS_WITHOUT_ACTIVITY = "aids-without-activity"
    ALREADY_DEBRIEFED = "already-debriefed"
    ALREADY_COSIGNED = "already-cosigned"
    ALREADY_SIGNED = "already-signed"
    AMBIGUOUS = "ambiguous"
    AUDIT_SETTING = "audit-setting"
    CANNOT_REMOVE_SELF = "cannot-remove-self"
    CAPACITY_FUTURE = "capacity-future"
    CAPACITY_OUTCOME = "capacity-outcome"
    CAPACITY_REQUIRED = "capacity-required"
    CASE_FILE = "case-file"
    CASE_STATUS = "case-status"
    CLIENT_CODE = "client-code"
    CLIENT_NAME_MISMATCH = "client-name-mismatch"
    CODE_TAKEN = "code-taken"
    COMMENT_REQUIRED = "comment-required"
    CONCERN = "concern"
    LEGAL_BASIS = "legal-basis"
    CONFLICT = "conflict"
    CONTROL_CHARACTER = "control-character"
    COSIGN_NOT_REQUIRED = "cosign-not-required"
    DATE = "date"
    DATE_OF_BIRTH_FUTURE = "date-of-birth-future"
    DATE_OF_BIRTH_REQUIRED = "date-of-birth-required"
    DRAFT = "draft"
    DRAWING = "drawing"
    EMPTY = "empty"
    GRANT_AND_DECLINE = "grant-and-decline"
    LAST_THERAPIST = "last-therapist"
    MEASURE_KIND = "measure-kind"
    MINOR = "minor"
    NAME = "name"
    NAME_TAKEN = "name-taken"
    NO_CHANGES = "no-changes"
    NO_DEBRIEF = "no-debrief"
    NO_PHASES = "no-phases"
    NOT_A_SUPERVISOR = "not-a-supervisor"
    NOT_A_SURROGATE = "not-a-surrogate"
    NOT_AWAITING_YOU = "not-awaiting-you"
    NOT_AMENDABLE = "not-amendable"
    NOT_COSIGNABLE = "not-cosignable"
    NOT_IN_CONFLICT = "not-in-conflict"
    NOT_GRANTED = "not-granted"
    NOT_HELD = "not-held"
    NOTE_REQUIRED = "note-required"
    NOTICE_REQUIRED = "notice-required"
    NUL_CHARACTER = "nul-character"
    NUMBER = "number"
    OUTCOME = "outcome"
    OUTCOME_DEBRIEFED = "outcome-debriefed"
    OUTCOME_RECORDED = "outcome-recorded"
    OUTCOME_TOO_EARLY = "outcome-too-early"
    OUTPUT_PATH = "output-path"
    OUTSIDE_FORM_SCOPE = "outside-form-scope"
    PAGE_SIZE = "page-size"
    PARTY = "party"
    PARTY_TWICE = "party-twice"
    PASSPHRASE_TOO_SHORT = "passphrase-too-short"
    PASSPHRASE_WEAK = "passphrase-weak"
    CREDENTIAL = "credential"
    # issue 17: hand-over and the records custodian
    CUSTODY_ANSWERED = "custody-answered"  # the take-over is countersigned already
    CUSTODY_HELD = "custody-held"  # the custodian holds the case already
    CUSTODY_PENDING = "custody-pending"  # a take-over of the case awaits its countersignature
    HANDOVER_TARGET = "handover-target"  # not another active therapist of the practice
    HOLDS_CASES = "holds-cases"  # data: cases (the client codes, comma separated)
    RECORDS_CUSTODIAN = "records-custodian"  # not an active therapist member
    PATH = "path"
    PERIOD = "period"
    PHASE_ACTIVE = "phase-active"
    PHASE_COMPLETED = "phase-completed"
    PHASE_ID = "phase-id"
    PHASE_NOT_ACTIVE = "phase-not-active"
    RANGE = "range"
    REPORT_LANGUAGE = "report-language"  # not system, en or de (issue 19)
    SCAN_TOO_LARGE = "scan-too-large"
    SCAN_TYPE = "scan-type"
    SCALE_NUMBER = "scale-number"
    SCALE_RANGE = "scale-range"
    REASON_REQUIRED = "reason-required"
    RESCHEDULE_HAPPENED = "reschedule-happened"
    ROLE = "role"
    SAFER_SEX_KEPT_REQUIRED = "safer-sex-kept-required"
    SCHEDULE_CONFLICT = "schedule-conflict"
    STATUS_TIME = "status-time"
    SCHEDULE_CONFLICT_ELSEWHERE = "schedule-conflict-elsewhere"
    SERIES_EVERY = "series-every"
    SERIES_LENGTH = "series-length"
    SESSION_KIND = "session-kind"
    SEVERITY = "severity"
    SIGNALS_FORM = "signals-form"
    SIGNALS_NOT_AGREED = "signals-not-agreed"
    SIGNALS_SAME = "signals-same"
    SIGNAL_WORDS = "signal-words"
    SIGNATURE_MISSING = "signature-missing"
    SIGNATURE_NAME = "signature-name"
    SIGNATURE_NOT_OWN = "signature-not-own"
    SIGNED_BEFORE_CASE = "signed-before-case"
    SIGNED_IN_FUTURE = "signed-in-future"
    SURROGATE_COUNTERSIGNS = "surrogate-countersigns"
    SURROGATE_NOT_ON_CASE = "surrogate-not-on-case"
    # issue 19: a surrogate session or meeting on a case with more than one surrogate partner
    # must name which one (it said "not in this case's triad", which misled)
    SURROGATE_REQUIRED = "surrogate-required"
    TOO_LONG = "too-long"
    TRANSITION = "transition"
    TRIAD_SURROGATE = "triad-surrogate"
    UNKNOWN_FIELD = "unknown-field"
    UNSUPPORTED_VALUE = "unsupported-value"
    UNTIL_BEFORE_FROM = "until-before-from"
    WHOLE_NUMBER = "whole-number"
    # therapist notes and three-way meetings (issue 16, triad.casefile.notes)
    ALREADY_NOTED = "already-noted"
    ALREADY_MINUTED = "already-minuted"
    NOT_THERAPIST_SESSION = "not-therapist-session"
    NOT_A_MEETING = "not-a-meeting"
    SESSION_NOT_YET = "session-not-yet"
    NOTE_EMPTY = "note-empty"
    ATTENDEES = "attendees"
    CLOSING_MEETING_REQUIRED = "closing-meeting-required"
    NOTE_NOT_HELD = "note-not-held"
    OUTCOME_NOTED = "outcome-noted"
    # retention and disposal (issue 17, triad.casefile.retention and .disposal)
    RETENTION_SETTING = "retention-setting"
    DISPOSAL_NOT_CLOSED = "disposal-not-closed"
    DISPOSAL_OPEN_REQUEST = "disposal-open-request"
    RETENTION_RUNNING = "retention-running"
    DISPOSAL_NO_SUPERVISOR = "disposal-no-supervisor"
    # the client's access and amendment requests (issue 17, triad.casefile.requests)
    REQUEST_TYPE = "request-type"
    REQUEST_EMPTY = "request-empty"
    REQUEST_RECEIVED_FUTURE = "request-received-future"
    REQUEST_RECEIVED_BEFORE_CASE = "request-received-before-case"
    REQUEST_ABOUT = "request-about"
    REQUEST_ALREADY_CLOSED = "request-already-closed"
    REQUEST_OUTCOME = "request-outcome"
    REQUEST_CLOSED_ON = "request-closed-on"
    REQUEST_COPY = "request-copy"
    REQUEST_AMENDMENT = "request-amendment"
    REQUEST_REFUSAL_REASON = "request-refusal-reason"


class CaseFileReason(StrEnum):
    """Why a case file was refused (``InvalidInput`` ``case-file``, data ``reason``); a
    case packet is refused for the same reasons (``PacketRejected.detail``)."""

    ALREADY_DEBRIEFED = "already-debriefed"
    BAD_SIGNATURE = "bad-signature"
    BEFORE_CASE_OPENED = "before-case-opened"
    CHAIN_BROKEN = "chain-broken"
    CHAIN_GAP = "chain-gap"
    CODE_MISMATCH = "code-mismatch"
    CODE_TAKEN = "code-taken"
    CONFLICTS_WITH_VAULT = "conflicts-with-vault"
    DATE_OF_BIRTH_FUTURE = "date-of-birth-future"
    DISPOSED = "disposed"
    DUPLICATE = "duplicate"
    GOAL_SCALE = "goal-scale"
    HASH_MISMATCH = "hash-mismatch"
    ID_TAKEN = "id-taken"
    KEY_CONFLICT = "key-conflict"
    MALFORMED = "malformed"
    MINOR = "minor"
    NO_CASE_OPENED = "no-case-opened"
    NOT_AMENDABLE = "not-amendable"
    NOT_JSON = "not-json"
    NOT_THE_AUTHOR = "not-the-author"
    NOT_THE_CASE_THERAPIST = "not-the-case-therapist"
    OTHER_CASE = "other-case"
    ROLE_CONFLICT = "role-conflict"
    ROLE_MAY_NOT_WRITE = "role-may-not-write"
    SECOND_CASE_OPENED = "second-case-opened"
    STAMPED_AHEAD = "stamped-ahead"
    UNKNOWN_AUTHOR = "unknown-author"
    UNKNOWN_REFERENCE = "unknown-reference"


class RecoveryCodeProblem(StrEnum):
    """``InvalidRecoveryCode.detail``: what is wrong with a typed recovery code."""

    CHARACTER = "character"
    CHECKSUM = "checksum"
    GROUP = "group"  # data: group (1..6), the group with the typo
    LENGTH = "length"


class PermissionCode(StrEnum):
    """``PermissionDenied.detail``: why the acting member may not do this."""

    AUDIT_SETTINGS = "audit-settings"
    COSIGN = "cosign"
    MEMBER_REMOVED = "member-removed"
    NOT_AUTHOR = "not-author"
    NOT_ON_CASE = "not-on-case"
    NOT_YOUR_SESSION = "not-your-session"
    ROLE = "role"
    # issue 17: a custody take-over
    NOT_RECORDS_CUSTODIAN = "not-records-custodian"
    CUSTODY_COUNTERSIGN = "custody-countersign"  # not the case's supervisor
    # issue 19: the practice's language for printed documents is a therapist's setting
    REPORT_LANGUAGE = "report-language"


class NotFoundCode(StrEnum):
    """``NotFound.detail``: what was not found."""

    AID = "aid"
    CASE = "case"
    CUSTODY_REQUEST = "custody-request"
    CONSENT = "consent"
    DEBRIEF = "debrief"
    ENTRY = "entry"
    FINDING = "finding"
    FORM = "form"
    GOAL = "goal"
    MEMBER = "member"
    NOTE = "note"
    PHASE = "phase"
    PLAN = "plan"
    REQUEST = "request"
    RULE = "rule"
    SCAN = "scan"
    SESSION = "session"
    TEMPLATE = "template"


class VaultCode(StrEnum):
    """``VaultError.detail`` (the base class itself): why the vault cannot be used."""

    BUSY = "busy"
    IN_USE = "in-use"
    LOCK = "lock"
    NO_RECOVERY_SLOT = "no-recovery-slot"
    OLDER = "older"  # VaultOlder: behind what this computer last saw of it (issue 18)
    SQLCIPHER_VERSION = "sqlcipher-version"


class DamagedCode(StrEnum):
    """``VaultDamaged.detail``: which part of the vault (or backup) failed its check."""

    BACKUP = "backup"
    BACKUP_UNREADABLE = "backup-unreadable"
    DATABASE = "database"
    DATABASE_EMPTY = "database-empty"
    DATABASE_MISSING = "database-missing"
    KEYSLOTS = "keyslots"
    KEYSLOTS_UNREADABLE = "keyslots-unreadable"
    SCAN = "scan"


class TooNewCode(StrEnum):
    """``VaultTooNew.detail``: which part was written by a newer Triad."""

    CIPHER = "cipher"
    KEYSLOTS = "keyslots"
    SCHEMA = "schema"


class StorageCode(StrEnum):
    """``StorageFailed.detail``: which write the disk refused."""

    BACKUP = "backup"
    CREATE = "create"
    FSYNC = "fsync"
    MKDIR = "mkdir"
    SQLITE = "sqlite"
    WRITE = "write"


class QuickUnlockReason(StrEnum):
    """``QuickUnlockUnavailable.reason``: why quick unlock cannot be used."""

    KEY_MISSING = "key-missing"
    KEYRING_ERROR = "keyring-error"
    NO_KEYRING = "no-keyring"
    NOT_ENABLED = "not-enabled"
    PLAINTEXT_KEYRING = "plaintext-keyring"


class ExchangeCode(StrEnum):
    """``ExchangeError.detail``: an identity card, contact or sharing problem."""

    AMBIGUOUS_CONTACT = "ambiguous-contact"
    CARD_ALTERED = "card-altered"
    CARD_VERSION = "card-version"
    CONTACT_REMOVED = "contact-removed"
    FINGERPRINT_MISMATCH = "fingerprint-mismatch"
    KEY_CONFLICT = "key-conflict"
    NOT_A_CARD = "not-a-card"
    NOT_A_CONTACT = "not-a-contact"
    NO_RELEASE = "no-release"  # data: case (its code), release (state), since (YYYY-MM-DD)
    NOT_ON_CASE = "not-on-case"
    NOTHING_SHARED = "nothing-shared"
    OWN_CARD = "own-card"
    ROLE_CONFLICT = "role-conflict"
    THERAPIST_CONTACT = "therapist-contact"


class PacketReason(StrEnum):
    """``PacketRejected.detail`` for reasons only packets have (the others are
    :class:`CaseFileReason` members)."""

    AUTHOR_NOT_ON_CASE = "author-not-on-case"
    CASE_NOT_SHARED = "case-not-shared"
    HELD_LIMIT = "held-limit"
    INCOMPLETE_FOR_ROLE = "incomplete-for-role"
    MEMBER_NOT_VOUCHED = "member-not-vouched"
    NOT_A_PACKET = "not-a-packet"
    NOT_DECRYPTABLE = "not-decryptable"
    NOT_FOR_YOU = "not-for-you"
    NOT_SENDERS_OWN = "not-senders-own"
    NOT_YOUR_SESSION = "not-your-session"
    PACKET_VERSION = "packet-version"
    RECIPIENT_NOT_ON_CASE = "recipient-not-on-case"
    SENDER_NOT_ON_CASE = "sender-not-on-case"
    SENDER_REMOVED = "sender-removed"
    TOO_LARGE = "too-large"
    UNKNOWN_SENDER = "unknown-sender"
    WRONG_RECIPIENT = "wrong-recipient"


class TriadError(Exception):
    """Base of every error the core raises. ``code`` is stable; UIs map it to words."""

    code = "error"

    def __init__(self, detail: str = "", **data: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.data = data


class InvalidInput(TriadError):
    code = "invalid-input"

    def __init__(self, detail: InvalidCode, **data: object) -> None:
        super().__init__(detail, **data)


class Unstorable(InvalidInput):
    """What the storage layer refuses to store: a value SQLite cannot bind
    (``unsupported-value``) or text with U+0000 (``nul-character``)."""

    def __init__(self, detail: InvalidCode, **data: object) -> None:
        super().__init__(detail, **data)


class Conflict(InvalidInput):
    """A write collided with another one at the same moment (``detail`` ``conflict``)."""

    def __init__(self, **data: object) -> None:
        super().__init__(InvalidCode.CONFLICT, **data)


class InvalidRecoveryCode(InvalidInput):
    code = "invalid-recovery-code"

    def __init__(self, detail: RecoveryCodeProblem, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class VaultExists(InvalidInput):
    """``detail``: the path that exists (one the user chose)."""

    code = "vault-exists"

    def __init__(self, detail: str, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class AccessDenied(TriadError):
    code = "access-denied"


class WrongPassphrase(AccessDenied):
    code = "wrong-passphrase"


class UnknownMember(AccessDenied):
    code = "unknown-member"


class RemovedMember(AccessDenied):
    """The passphrase opened a key slot whose member was removed: the removal was cut short
    before the re-key that deletes the slot. Refused before anything else runs, so that the
    re-key is finished only in the process of a member who stays."""

    code = "removed-member"


class PermissionDenied(TriadError):
    code = "permission-denied"

    def __init__(self, detail: PermissionCode, **data: object) -> None:
        super().__init__(detail, **data)


class ConsentViolation(TriadError):
    """``missing``: the activity codes not covered by consent in force at ``at``; ``forms``:
    the form ids not in force or not granting them (empty when not known)."""

    code = "consent-violation"

    def __init__(self, missing: list[str], at: str, forms: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__("not-consented", missing=missing, at=at, forms=list(forms))
        self.missing = missing
        self.at = at
        self.forms = list(forms)


class NotFound(TriadError):
    """No such case, session, consent, phase or entry (``what`` names which)."""

    code = "not-found"

    def __init__(self, detail: NotFoundCode, **data: object) -> None:
        super().__init__(detail, **data)


class VaultError(TriadError):
    code = "vault-error"

    def __init__(self, detail: VaultCode, **data: object) -> None:
        super().__init__(detail, **data)


class VaultMissing(VaultError):
    """``detail``: the path where no vault is (one the user chose)."""

    code = "vault-missing"

    def __init__(self, detail: str, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class VaultDamaged(VaultError):
    code = "vault-damaged"

    def __init__(self, detail: DamagedCode, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class VaultTooNew(VaultError):
    code = "vault-too-new"

    def __init__(self, detail: TooNewCode, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class VaultOlder(VaultError):
    """The vault is older than the one last opened on this computer (triad/vault/seen.py): a
    folder put back from a copy. Refused at open unless the member accepts it on record
    (``accept_older``). ``missing``: entries seen here it lacks, at least (0: it went on from
    an older state); ``day``: when this computer last saw it. No name, no path."""

    code = "vault-older"

    def __init__(self, missing: int = 0, day: str = "") -> None:
        TriadError.__init__(self, VaultCode.OLDER, missing=missing, day=day)
        self.missing = missing
        self.day = day


class StorageFailed(VaultError):
    code = "storage-failed"

    def __init__(self, detail: StorageCode, **data: object) -> None:
        TriadError.__init__(self, detail, **data)


class QuickUnlockUnavailable(TriadError):
    """``reason``: a :class:`QuickUnlockReason`."""

    code = "quick-unlock-unavailable"

    def __init__(self, reason: QuickUnlockReason) -> None:
        super().__init__(reason, reason=reason)
        self.reason = reason


class ExchangeError(TriadError):
    """Offline exchange (``triad.exchange``): ``detail`` is an :class:`ExchangeCode`, e.g.
    ``fingerprint-mismatch``, ``not-a-card``, ``own-card``, ``not-a-contact``."""

    code = "exchange"

    def __init__(self, detail: ExchangeCode, **data: object) -> None:
        super().__init__(detail, **data)


class PacketRejected(ExchangeError):
    """A case packet was refused and nothing changed. ``detail``: the reason code (see
    docs/exchange-format.md), a :class:`PacketReason` or :class:`CaseFileReason` (or the
    JSON Schema keyword a packet's case content broke); data may name an ``item``
    (``entries[3]``) -- never content."""

    code = "packet-rejected"

    def __init__(self, detail: PacketReason | CaseFileReason | str, **data: object) -> None:
        TriadError.__init__(self, detail, **data)
