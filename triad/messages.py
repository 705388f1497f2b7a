"""The one catalogue of sentences for a person: every error code of the core in plain English.

    from triad.messages import sentence
    sentence(exc)                              # plain English (printouts, the command line)
    sentence(exc, tr)                          # each sentence through a translator (the app)
    sentence(exc, context=Context.CLI)         # the command line's own wording where it differs

The core raises codes (the ``StrEnum`` families of :mod:`triad.errors`) with data (field
names, activity codes, parties, a JSON path); each code has one sentence here that says what
went wrong and what to do next. Where one place must say something else, its sentence is a
keyed entry of this catalogue too: the command line (``CLI``), the Plan tab (``PLAN``), the
Sessions & debriefs tab (``SESSIONS``). Every sentence is marked ``N_()`` -- a no-op, as
in Picard -- so that translation tools find it (``xgettext --keyword=N_``); the desktop app
translates it with Qt in one fixed context (``ui/messages.py``). ``tests/core/test_messages.py``
fails when a code has no sentence.

Sentences name fields, activities, parties and statuses -- never record text, a client's or
member's name, or a passphrase. This module loads before the unlock window shows (keep its
imports light: no crypto, no database, no case file).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from enum import StrEnum

from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.errors import (
    CaseFileReason,
    ConsentViolation,
    DamagedCode,
    ExchangeCode,
    ExchangeError,
    InvalidCode,
    InvalidInput,
    InvalidRecoveryCode,
    NotFound,
    NotFoundCode,
    PacketReason,
    PacketRejected,
    PermissionCode,
    PermissionDenied,
    QuickUnlockReason,
    QuickUnlockUnavailable,
    RecoveryCodeProblem,
    StorageCode,
    StorageFailed,
    TooNewCode,
    TriadError,
    UnknownMember,
    VaultCode,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from triad.roles import MIN_PASSPHRASE

log = logging.getLogger(__name__)

Translate = Callable[[str], str]


def N_(text: str) -> str:
    """Mark a sentence for translation; returns it unchanged (translated where it is shown)."""
    return text


def same(text: str) -> str:
    """The translator of plain English: every sentence as written."""
    return text


class Context(StrEnum):
    """Where a sentence is shown; a context has its own wording for a few codes."""

    APP = "app"
    CLI = "cli"



# InvalidInput: {field} is the field in words; other placeholders come from exc.data
INVALID: dict[str, str] = {
    InvalidCode.NAME: N_("Please enter a name (at most 200 characters)."),
    InvalidCode.NAME_TAKEN: N_(
        "A member with that name already exists in this vault. Choose another name."),
    InvalidCode.ROLE: N_("Please choose a role: therapist, surrogate partner or supervisor."),
    InvalidCode.PASSPHRASE_TOO_SHORT: N_(
        "The passphrase must have at least {minimum} characters."),
    InvalidCode.CANNOT_REMOVE_SELF: N_(
        "You cannot remove yourself. Another therapist of the practice can."),
    InvalidCode.LAST_THERAPIST: N_(
        "The last therapist cannot be removed. Add another therapist first."),
    InvalidCode.NUMBER: N_("The {field} must be a number."),
    InvalidCode.WHOLE_NUMBER: N_("The {field} must be a whole number."),
    InvalidCode.RANGE: N_("The {field} is outside the allowed range."),
    "range-between": N_("The {field} must be between {minimum} and {maximum}."),
    InvalidCode.DATE: N_("Write the {field} as YYYY-MM-DD (a time as YYYY-MM-DD HH:MM)."),
    InvalidCode.EMPTY: N_("Please fill in the {field}."),
    InvalidCode.TOO_LONG: N_("The {field} is too long. Shorten it and try again."),
    InvalidCode.NUL_CHARACTER: N_(
        "The text contains a NUL character (often from pasting binary data). Remove it and try "
        "again."),
    InvalidCode.UNSUPPORTED_VALUE: N_(
        "A value there cannot be stored (a number too large, or data of the wrong kind). Nothing "
        "was saved."),
    InvalidCode.UNKNOWN_FIELD: N_("Triad does not know the field “{field}”. Nothing was saved."),
    InvalidCode.PERIOD: N_("The end of the period is before its start. Check the dates."),
    InvalidCode.PAGE_SIZE: N_("Choose a page size: A4 or Letter."),
    InvalidCode.PATH: N_(
        "That is not a usable place for a vault. Choose a folder you can write to."),
    InvalidCode.CONFLICT: N_(
        "Someone else changed this at the same moment. Refresh and try again."),
    InvalidCode.AMBIGUOUS: N_("More than one session matches. Choose the session from the list."),
    InvalidCode.COMMENT_REQUIRED: N_("Please write a comment."),
    InvalidCode.NOTE_REQUIRED: N_("Please write a note saying what was done."),
    InvalidCode.REASON_REQUIRED: N_("Please give a reason; it is kept with the record."),
    InvalidCode.AUDIT_SETTING: N_("That audit setting is not valid. Check the audit settings."),
    InvalidCode.CLIENT_CODE: N_(
        "A client code uses capital letters, digits and hyphens (2 to 32 characters), e.g. "
        "C-2026-014."),
    InvalidCode.CODE_TAKEN: N_("Another case already uses that client code. Choose another code."),
    InvalidCode.CONCERN: N_("Choose the presenting concerns from the list."),
    InvalidCode.TRANSITION: N_(
        "A case cannot go from {current} to {to}. Choose one of the statuses offered."),
    "transition-plain": N_(
        "The case cannot move to that status from where it is now. Choose one of the statuses "
        "offered."),
    InvalidCode.CASE_STATUS: N_("This cannot be done while the case is {status}."),
    "case-status-plain": N_("This cannot be done in the case's current status."),
    InvalidCode.NOT_A_SURROGATE: N_(
        "Only members with the surrogate partner role can join a triad as its surrogate partner."),
    InvalidCode.NOT_A_SUPERVISOR: N_(
        "Only a member with the supervisor role can supervise a case."),
    InvalidCode.NO_PHASES: N_("A phase plan needs at least one phase."),
    InvalidCode.PHASE_ID: N_("Each phase needs its own short id (letters, digits, hyphens)."),
    InvalidCode.ACTIVE_PHASE_REMOVED: N_(
        "The phase under way cannot be removed from the plan. Complete it first."),
    InvalidCode.PHASE_ACTIVE: N_(
        "Another phase is still under way. Complete it before starting the next."),
    InvalidCode.PHASE_COMPLETED: N_(
        "That phase is already completed. Start the next phase instead."),
    InvalidCode.PHASE_NOT_ACTIVE: N_("That phase is not under way, so it cannot be completed."),
    InvalidCode.SESSION_KIND: N_("Choose what kind of session this is."),
    InvalidCode.SURROGATE_NOT_ON_CASE: N_(
        "That surrogate partner is not in this case's triad. Add them to the triad on the "
        "Overview tab first."),
    InvalidCode.ALREADY_DEBRIEFED: N_(
        "This session already has a debrief. Correct it with an amendment."),
    InvalidCode.NO_DEBRIEF: N_("This session has no debrief yet, so there is nothing to review."),
    InvalidCode.MEASURE_KIND: N_("Choose a measure: SUDS, IIEF-5 or FSFI."),
    InvalidCode.ACTIVITY: N_("Choose the activities from the ladder."),
    InvalidCode.GRANT_AND_DECLINE: N_(
        "An activity cannot be both granted and declined on one form."),
    InvalidCode.OUTSIDE_FORM_SCOPE: N_(
        "This form does not cover {activities}. Record it on a form whose scope includes it."),
    InvalidCode.UNTIL_BEFORE_FROM: N_(
        "The consent would end before it begins. Check the valid-until date."),
    InvalidCode.PARTY: N_("Choose who signs: client, therapist or surrogate partner."),
    InvalidCode.PARTY_TWICE: N_("The {party} has signed twice. Keep one signature per party."),
    InvalidCode.SIGNATURE_NAME: N_("Each signature needs the signer's typed name."),
    InvalidCode.SIGNATURE_MISSING: N_("This form must also be signed by: {parties}."),
    InvalidCode.DRAWING: N_("The drawn signature could not be read. Clear it and sign again."),
    InvalidCode.NOT_GRANTED: N_("Only activities this consent granted can be revoked."),
    InvalidCode.NOT_AMENDABLE: N_(
        "That cannot be amended ({field}). Only the fields of a signed entry that the record "
        "allows can be corrected."),
    "not-amendable-kind": N_("This kind of entry cannot be amended."),
    InvalidCode.NO_CHANGES: N_("The amendment changes nothing. Change at least one field."),
    InvalidCode.CASE_FILE: N_(
        "This case file cannot be imported: {reason} (at {path}). Nothing was imported."),
}

# Why an imported case file was refused (InvalidInput case-file, data reason and path).
CASE_FILE: dict[str, str] = {
    CaseFileReason.NOT_JSON: N_("it is not a JSON file"),
    CaseFileReason.CODE_TAKEN: N_("another case in this vault already uses its client code"),
    CaseFileReason.KEY_CONFLICT: N_(
        "a member in it has a different signing key than the same member here"),
    CaseFileReason.CONFLICTS_WITH_VAULT: N_(
        "an entry in it conflicts with the record already in this vault"),
    CaseFileReason.MALFORMED: N_("an entry's content is malformed"),
    CaseFileReason.OTHER_CASE: N_("an entry belongs to another case"),
    CaseFileReason.UNKNOWN_AUTHOR: N_("an entry's author is not listed among its members"),
    CaseFileReason.ROLE_CONFLICT: N_("a member's role differs from their role in this vault"),
    CaseFileReason.ROLE_MAY_NOT_WRITE: N_("an entry was written by a role that may not write it"),
    CaseFileReason.HASH_MISMATCH: N_("an entry was altered after it was signed"),
    CaseFileReason.BAD_SIGNATURE: N_("a signature does not verify"),
    CaseFileReason.SECOND_CASE_OPENED: N_("it opens the case a second time"),
    CaseFileReason.NOT_THE_CASE_THERAPIST: N_("the case was not opened by its therapist"),
    CaseFileReason.CODE_MISMATCH: N_("the client code inside does not match the file's"),
    CaseFileReason.BEFORE_CASE_OPENED: N_("an entry comes before the case was opened"),
    CaseFileReason.ID_TAKEN: N_("a record id in it is already used by another case here"),
    CaseFileReason.UNKNOWN_REFERENCE: N_("an entry refers to a record that is not in the case"),
    CaseFileReason.ALREADY_DEBRIEFED: N_("a session is debriefed twice"),
    CaseFileReason.NOT_THE_AUTHOR: N_(
        "an amendment was not made by the entry's author or the therapist"),
    CaseFileReason.NOT_AMENDABLE: N_("an amendment changes what may not be changed"),
    CaseFileReason.DUPLICATE: N_("an entry appears twice"),
    CaseFileReason.CHAIN_GAP: N_("an author's chain of entries has a gap"),
    CaseFileReason.CHAIN_BROKEN: N_("an author's chain of entries is broken"),
    CaseFileReason.NO_CASE_OPENED: N_("it does not contain the opening of the case"),
}

# The JSON Schema keyword a case file broke, in words.
SCHEMA_KEYWORDS: dict[str, str] = {
    "additionalProperties": N_("a field that does not belong there"),
    "required": N_("a required field is missing"),
    "type": N_("a value of the wrong type"),
    "enum": N_("a value that is not one of those allowed"),
    "const": N_("a value that is not the one expected"),
    "pattern": N_("a value in the wrong form"),
    "format": N_("a date or time that is not valid"),
    "anyOf": N_("a value of none of the allowed shapes"),
    "oneOf": N_("a value of none of the allowed shapes"),
    "minimum": N_("a number below its range"),
    "maximum": N_("a number above its range"),
    "minLength": N_("a text that is too short"),
    "maxLength": N_("a text that is too long"),
    "minItems": N_("a list that is too short"),
    "maxItems": N_("a list that is too long"),
    "uniqueItems": N_("a list with an item twice"),
    "propertyNames": N_("a field name that is not allowed"),
    "false": N_("a field that does not belong there"),
}

# InvalidRecoveryCode: what is wrong with the typed code.
RECOVERY: dict[str, str] = {
    RecoveryCodeProblem.LENGTH: N_(
        "A recovery code has 30 letters and digits in six groups of five. Check that you typed "
        "all of it."),
    RecoveryCodeProblem.CHARACTER: N_(
        "The recovery code contains a character that is not in any code. Letters and digits only;"
        " O, I and L may be typed as 0, 1 and 1."),
    RecoveryCodeProblem.CHECKSUM: N_(
        "The recovery code has a typo: its check characters do not match. Check each group of "
        "five."),
}

# PermissionDenied: {role} is the acting member's role in words.
PERMISSION: dict[str, str] = {
    PermissionCode.ROLE: N_("As {role} you may not do this."),
    PermissionCode.NOT_ON_CASE: N_(
        "You are not in this case's triad, so you cannot do this here."),
    PermissionCode.NOT_YOUR_SESSION: N_(
        "This is another surrogate partner's session. Only they can write its debrief."),
    PermissionCode.MEMBER_REMOVED: N_(
        "That member was removed from the practice and can no longer act."),
    PermissionCode.NOT_AUTHOR: N_("Only the entry's author or the case's therapist can amend it."),
}

# NotFound: what was not found.
NOT_FOUND: dict[str, str] = {
    NotFoundCode.CASE: N_("That case was not found, or you are not in its triad."),
    NotFoundCode.PLAN: N_("This case has no phase plan yet. Draft one on the Plan tab first."),
    NotFoundCode.PHASE: N_("That phase is not in the case's phase plan."),
    NotFoundCode.TEMPLATE: N_("That plan template was not found. Choose one from the list."),
    NotFoundCode.SESSION: N_("That session was not found. Refresh and choose it again."),
    NotFoundCode.DEBRIEF: N_("That session has no debrief yet."),
    NotFoundCode.CONSENT: N_("That consent record was not found. Refresh and choose it again."),
    NotFoundCode.GOAL: N_("That goal was not found. Refresh and choose it again."),
    NotFoundCode.FORM: N_("That consent form was not found. Choose a form from the list."),
    NotFoundCode.FINDING: N_("That audit finding no longer exists. Run the audit again."),
    NotFoundCode.MEMBER: N_("That member was not found. Refresh the list."),
    NotFoundCode.ENTRY: N_("That entry was not found in this case. Refresh and choose it again."),
}

# VaultError: why the vault cannot be used.
VAULT: dict[str, str] = {
    VaultCode.BUSY: N_(
        "The vault is busy in another Triad window or command. Try again in a moment."),
    VaultCode.IN_USE: N_(
        "The vault is open in another Triad window or command. Close it there and try again."),
    VaultCode.LOCK: N_("Triad could not lock the vault folder. Check that you may write to it."),
    VaultCode.SQLCIPHER_VERSION: N_(
        "The encryption library on this computer is too old to open the vault. Update Triad."),
    VaultCode.NO_RECOVERY_SLOT: N_(
        "This vault has no recovery code. A therapist can create one under Practice… → Security."),
}

# VaultDamaged: which part failed its check.
DAMAGED: dict[str, str] = {
    DamagedCode.KEYSLOTS: N_(
        "The vault's key file is damaged. Nothing was changed; restore the vault from a backup."),
    DamagedCode.KEYSLOTS_UNREADABLE: N_(
        "The vault's key file cannot be read. Check the folder's permissions, or restore from a "
        "backup."),
    DamagedCode.DATABASE: N_(
        "The vault's database is damaged. Nothing was changed; restore it from a backup."),
    DamagedCode.DATABASE_MISSING: N_(
        "The vault's database file is missing. Restore the vault from a backup."),
    DamagedCode.BACKUP: N_(
        "That backup file is damaged or is not a Triad backup. Choose another backup."),
    DamagedCode.BACKUP_UNREADABLE: N_(
        "That backup file cannot be read. Check the file and its permissions."),
}

# VaultTooNew: which part a newer Triad wrote.
TOO_NEW: dict[str, str] = {
    TooNewCode.SCHEMA: N_("This vault was written by a newer Triad. Update Triad to open it."),
    TooNewCode.KEYSLOTS: N_(
        "This vault's key file was written by a newer Triad. Update Triad to open it."),
    TooNewCode.CIPHER: N_(
        "This vault is encrypted with settings from a newer Triad. Update Triad to open it."),
}

# StorageFailed: which write the disk refused.
STORAGE: dict[str, str] = {
    StorageCode.WRITE: N_(
        "The file could not be saved (disk full or read-only?). Nothing was changed; choose "
        "another place."),
    StorageCode.CREATE: N_(
        "The vault could not be created there (disk full or read-only?). Choose another folder."),
    StorageCode.MKDIR: N_(
        "The folder could not be made (disk full or read-only?). Choose another place."),
    StorageCode.SQLITE: N_("The disk refused to save (full or read-only?). Nothing was changed."),
    StorageCode.BACKUP: N_(
        "The backup could not be written (disk full or read-only?). Choose another place."),
    StorageCode.FSYNC: N_(
        "The disk did not confirm the write (full, removed or read-only?). Check the disk and try"
        " again."),
}

# QuickUnlockUnavailable: why quick unlock cannot be used.
QUICK: dict[str, str] = {
    QuickUnlockReason.NO_KEYRING: N_(
        "No keyring service runs on this computer, so quick unlock is off. Your passphrase always"
        " works."),
    QuickUnlockReason.PLAINTEXT_KEYRING: N_(
        "The keyring here stores secrets in plain text, so Triad will not use it. Your passphrase"
        " always works."),
    QuickUnlockReason.KEYRING_ERROR: N_(
        "The keyring refused the request. Your passphrase always works."),
    QuickUnlockReason.NOT_ENABLED: N_(
        "Quick unlock is not enabled for this member. Unlock with your passphrase."),
    QuickUnlockReason.KEY_MISSING: N_(
        "The keyring no longer holds this vault's key. Unlock with your passphrase."),
}

# ExchangeError: identity cards, contacts, sharing.
EXCHANGE: dict[str, str] = {
    ExchangeCode.NOT_A_CARD: N_(
        "That file is not a Triad identity card. Ask its owner for the card file Triad wrote for "
        "them."),
    ExchangeCode.CARD_VERSION: N_(
        "That identity card was made by a newer Triad. Update Triad, then import it again."),
    ExchangeCode.CARD_ALTERED: N_(
        "That identity card was altered after it was made. Ask its owner for a fresh card; "
        "nothing was added."),
    ExchangeCode.FINGERPRINT_MISMATCH: N_(
        "The fingerprint does not match the card. Read it back with the card's owner, by phone or"
        " in person, and type it again; nothing was added."),
    ExchangeCode.OWN_CARD: N_(
        "That card belongs to you or to a member of this vault. Import the cards of people who "
        "work in other vaults."),
    ExchangeCode.KEY_CONFLICT: N_(
        "This card's keys differ from the ones already known for this person. Ask them whether "
        "their keys changed before going on; nothing was added."),
    ExchangeCode.ROLE_CONFLICT: N_(
        "This card names a different role than the one already known for this person; nothing was"
        " added."),
    ExchangeCode.CONTACT_REMOVED: N_(
        "That contact was removed: Triad refuses their packets until you import their identity "
        "card again."),
    ExchangeCode.NOT_A_CONTACT: N_(
        "That person is not a confirmed contact yet. Import their identity card first."),
    ExchangeCode.AMBIGUOUS_CONTACT: N_(
        "More than one contact has that name. Choose the contact from the list."),
    ExchangeCode.THERAPIST_CONTACT: N_(
        "A therapist cannot join a case's triad as a contact: each case has one therapist."),
    ExchangeCode.NOT_ON_CASE: N_(
        "That contact is not in this case's triad. The case's therapist can share the case with "
        "them first."),
    ExchangeCode.NOTHING_SHARED: N_(
        "You share no case with this contact yet, so there is nothing to send."),
}

# PacketRejected: why a case packet was refused (a reason that the case-file checks also give reads as in CASE_FILE).
PACKET: dict[str, str] = {
    PacketReason.TOO_LARGE: N_("it is larger than any packet Triad writes"),
    PacketReason.NOT_DECRYPTABLE: N_("it cannot be decrypted (damaged, or not a packet)"),
    PacketReason.NOT_FOR_YOU: N_("it was sealed for someone else"),
    PacketReason.WRONG_RECIPIENT: N_("it is addressed to someone else"),
    PacketReason.NOT_A_PACKET: N_("it is not a Triad case packet"),
    PacketReason.PACKET_VERSION: N_("it was written by a newer Triad; update Triad"),
    PacketReason.UNKNOWN_SENDER: N_(
        "its sender is not one of your contacts; import their identity card first"),
    PacketReason.SENDER_REMOVED: N_("its sender was removed from your contacts"),
    PacketReason.MEMBER_NOT_VOUCHED: N_(
        "it introduces a member, which only the case's therapist may do"),
    PacketReason.NOT_SENDERS_OWN: N_("it carries entries its sender did not write"),
    PacketReason.INCOMPLETE_FOR_ROLE: N_(
        "it carries partial entries meant for a surrogate partner"),
    PacketReason.SENDER_NOT_ON_CASE: N_("its sender is not in the case's triad"),
    PacketReason.RECIPIENT_NOT_ON_CASE: N_("you are not in the case's triad"),
    PacketReason.AUTHOR_NOT_ON_CASE: N_("an entry's author is not in the case's triad"),
    PacketReason.NOT_YOUR_SESSION: N_(
        "a debrief was written by someone other than the session's surrogate partner"),
}

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
    "code": N_("client code"),
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


CASE_FILE_SCHEMA = N_("it does not follow the case file format ({reason})")

# One sentence per exception class whose detail is not a code (or which has one sentence),
# and the lines for what is not an error of the core.
SINGLE: dict[str, str] = {
    "wrong-passphrase": N_("Wrong passphrase. Check Caps Lock and try again."),
    "unknown-member": N_("No current member of this vault has that name. Check the spelling."),
    "vault-exists": N_(
        "Something already exists there. Choose a new name; nothing was changed."),
    "vault-missing": N_(
        "There is no vault or file at that place. Choose another, or create a new vault."),
    "invalid-input": N_("The {field} is not valid. Please check it."),
    "permission-denied": N_("Your role does not allow this."),
    "not-found": N_("That record was not found. Refresh and try again."),
    "quick-unlock-unavailable": N_("Quick unlock is unavailable. Your passphrase always works."),
    "exchange": N_("The exchange could not be done. Nothing was changed."),
    "packet-rejected": N_("This case packet was refused and nothing changed: {reason}{where}."),
    "packet-reason": N_("it did not pass Triad's checks"),
    "packet-where": N_(" (at {item})"),
    "consent-violation": N_(
        "The consent in force at {at} does not cover: {activities}. Record the client's "
        "consent to these on the Consent tab first."),
    "error": N_("Triad could not do that. Nothing was changed."),
    "os-error": N_("The file could not be read or written ({reason}). Choose another file."),
    "os-error-reason": N_("unknown reason"),
    "unexpected": N_("Something unexpected went wrong. Nothing further was changed."),
    # words that fill a placeholder when the data names nothing known
    "value": N_("value"),
    "another-activity": N_("another activity"),
    "these-activities": N_("these activities"),
    "party": N_("party"),
    "another-party": N_("another party"),
    "a-member": N_("a member"),
}

# The command line's own wording, where it must differ: it names the path it was given, a
# command to run, or prints a short frame around a reason (and tests and scripts read these).
CLI: dict[str, str] = {
    "wrong-passphrase": N_("wrong passphrase"),
    "vault-missing": N_("no vault at {path}: check the path, or create one with 'triad-cli init'"),
    "vault-exists": N_("{path} already exists; choose a new path (nothing was changed)"),
    "not-found": N_("no such {what} (or you are not on that case)"),
    "case-file": N_("invalid case file at {path}: {reason} (nothing was imported)"),
    "quick-unlock-unavailable": N_("quick unlock is unavailable: {reason}"),
    "quick-unlock-status": N_("unavailable: {reason}"),
    "quick-unlock-available": N_("available"),
    "packet-rejected": N_("packet rejected: {reason}{where}; nothing was changed"),
    f"packet-rejected:{PacketReason.NOT_FOR_YOU}": N_(
        "it is not encrypted to your key (meant for someone else, or damaged)"),
    f"exchange:{ExchangeCode.NOT_A_CONTACT}": N_(
        "no contact of yours has that name (import their identity card first); nothing was "
        "changed"),
    f"exchange:{ExchangeCode.CARD_ALTERED}": N_(
        "that identity card was altered after its owner signed it; nothing was changed"),
    # where the app's sentence names a control of the app: the command to run instead, or
    # plainly that the step is done in the Triad app ("family:code" over the family's table)
    f"invalid:{InvalidCode.CONFLICT}": N_(
        "someone else changed this at the same moment; run the command again"),
    f"invalid:{InvalidCode.AMBIGUOUS}": N_(
        "more than one session matches; give --session its date and time (YYYY-MM-DD HH:MM) or "
        "its id ('triad-cli show VAULT CASE' lists the recent ones)"),
    f"invalid:{InvalidCode.CONCERN}": N_(
        "choose the presenting concerns from the list in the Triad app"),
    f"invalid:{InvalidCode.TRANSITION}": N_(
        "a case cannot go from {current} to {to}; 'triad-cli show VAULT CASE' lists the statuses "
        "it can go to next (the status is changed in the Triad app, on the Overview tab)"),
    "invalid:transition-plain": N_(
        "the case cannot move to that status from where it is now; 'triad-cli show VAULT CASE' "
        "lists the statuses it can go to next (the status is changed in the Triad app, on the "
        "Overview tab)"),
    f"invalid:{InvalidCode.SURROGATE_NOT_ON_CASE}": N_(
        "that surrogate partner is not in this case's triad; add them in the Triad app, on the "
        "Overview tab (a contact from another vault: 'triad-cli case share VAULT CASE --with "
        "NAME')"),
    f"invalid:{InvalidCode.DRAWING}": N_(
        "the drawn signature could not be read; clear it and sign again in the Triad app"),
    f"vault:{VaultCode.NO_RECOVERY_SLOT}": N_(
        "this vault has no recovery code; a therapist can create one with 'triad-cli "
        "recovery-code VAULT'"),
    f"exchange:{ExchangeCode.AMBIGUOUS_CONTACT}": N_(
        "more than one contact has that name; nothing was changed (choose the contact in the "
        "Triad app, under Exchange)"),
    f"exchange:{ExchangeCode.NOT_ON_CASE}": N_(
        "that contact is not in this case's triad; the case's therapist can add them with "
        "'triad-cli case share VAULT CASE --with NAME' first"),
    "consent-violation": N_(
        "the consent in force at {at} does not cover: {activities}; record the client's consent "
        "to these first, in the Triad app, on the Consent tab"),
    "interrupted": N_("interrupted; nothing further was changed"),
    "internal-error": N_("unexpected internal error ({kind})"),
}
# Why quick unlock is unavailable, as the command line's frame above reads it.
CLI_QUICK: dict[str, str] = {
    QuickUnlockReason.NO_KEYRING: N_("no keyring service is running on this computer"),
    QuickUnlockReason.PLAINTEXT_KEYRING: N_(
        "the keyring here stores secrets in plain text, which Triad refuses"),
    QuickUnlockReason.KEYRING_ERROR: N_("the keyring refused the request"),
    QuickUnlockReason.NOT_ENABLED: N_("quick unlock is not enabled for this member"),
    QuickUnlockReason.KEY_MISSING: N_(
        "the keyring no longer holds this vault's key; unlock with the passphrase"),
}

# The Plan tab's own wording: the plan's refusals, naming the phase and the next step there.
PLAN: dict[str, str] = {
    "consent-violation": N_(
        "This phase cannot start: no consent is in force for {activities}. Record the "
        "client's consent to these activities on the Consent tab, then start the phase again."),
    InvalidCode.PHASE_ACTIVE: N_(
        "Another phase ({active}) is still active. Complete it before starting the next one."),
    InvalidCode.CASE_STATUS: N_(
        "A phase can start only while the case is in assessment or active; it is {status} "
        "now. Change the case status on the Overview tab first."),
    InvalidCode.PHASE_COMPLETED: N_(
        "This phase is already completed. To work on it again, add a new phase in a revision "
        "of the plan."),
    InvalidCode.PHASE_NOT_ACTIVE: N_("Only the active phase can be completed."),
    InvalidCode.ACTIVE_PHASE_REMOVED: N_(
        "The active phase cannot be removed from the plan. Complete it first, or keep it in "
        "this revision."),
    InvalidCode.NO_PHASES: N_("A plan needs at least one phase. Add a phase."),
    InvalidCode.EMPTY: N_("Every phase needs a title."),
    InvalidCode.RANGE: N_("Planned sessions must be a whole number from 0 to 200."),
    InvalidCode.NUMBER: N_("Planned sessions must be a whole number from 0 to 200."),
    InvalidCode.PHASE_ID: N_(
        "Two phases share an identifier. Remove the copy and add the phase again."),
    "not-found": N_(
        "The plan or phase was not found; it may have changed meanwhile. The view now shows "
        "the record as it is."),
}
# The Sessions & debriefs tab's own wording: {name} is the form's label of the field.
SESSIONS: dict[str, str] = {
    "consent-violation": N_(
        "Consent in force at {at} does not cover: {activities}. Record consent for these "
        "activities first, or plan the session without them."),
    "range-between": N_("{name} must be between {minimum} and {maximum}."),
    InvalidCode.RANGE: N_("{name} cannot be negative."),
    InvalidCode.NUMBER: N_("{name} must be a number."),
    InvalidCode.WHOLE_NUMBER: N_("{name} must be a whole number."),
    InvalidCode.DATE: N_("{name} is not a valid date."),
    InvalidCode.COMMENT_REQUIRED: N_("Write a comment: the review acknowledges the debrief."),
    InvalidCode.REASON_REQUIRED: N_("Give the reason for the amendment."),
    InvalidCode.NO_CHANGES: N_("Nothing was changed. Change a field, or cancel."),
    InvalidCode.ALREADY_DEBRIEFED: N_(
        "This session already has a debrief. To correct it, amend it."),
    InvalidCode.NO_DEBRIEF: N_("There is no debrief to review yet."),
    InvalidCode.SURROGATE_NOT_ON_CASE: N_("Choose a surrogate partner of this case."),
    InvalidCode.CASE_STATUS: N_("A closed case takes no new sessions."),
    InvalidCode.ACTIVITY: N_("Choose activities from the consent ladder."),
    f"permission:{PermissionCode.NOT_YOUR_SESSION}": N_(
        "Only the session's surrogate partner writes its debrief."),
    f"permission:{PermissionCode.NOT_AUTHOR}": N_(
        "Only the author of an entry or the case's therapist can amend it."),
    "not-found": N_(
        "That phase is not in the case's current plan. Choose another phase, or none."),
}

# Consent record statuses (triad.casefile.consent) and debrief flags, for printouts.
CONSENT_STATUS: dict[str, str] = {
    "in-force": N_("in force"),
    "partly-revoked": N_("partly revoked"),
    "revoked": N_("revoked"),
    "expired": N_("expired"),
    "pending": N_("not yet valid"),
}
FLAGS: dict[str, str] = {
    "activity-not-consented": N_("activity outside consent ({activity})"),
    "activity-not-planned": N_("activity not planned ({activity})"),
    "stop-signal-used": N_("stop signal used"),
    "pause-signal-used": N_("pause signal used"),
    "boundary-not-kept": N_("boundary not kept"),
}

# Every code family and the table that holds its sentences (tests/core/test_messages.py).
FAMILIES: dict[type[StrEnum], dict[str, str]] = {
    InvalidCode: INVALID,
    CaseFileReason: CASE_FILE,
    RecoveryCodeProblem: RECOVERY,
    PermissionCode: PERMISSION,
    NotFoundCode: NOT_FOUND,
    VaultCode: VAULT,
    DamagedCode: DAMAGED,
    TooNewCode: TOO_NEW,
    StorageCode: STORAGE,
    QuickUnlockReason: QUICK,
    ExchangeCode: EXCHANGE,
    PacketReason: PACKET,
}


def field_words(field: object, tr: Translate = same) -> str:
    """``signatures.client.signed_on`` → "signing date"; ``phases[2].title`` → "title"."""
    text = str(field or "")
    last = text.rsplit(".", 1)[-1].split("[", 1)[0]
    if last in FIELDS:
        return tr(FIELDS[last])
    return text.replace("_", " ").replace(".", " ") or tr(SINGLE["value"])


def activity_words(codes: Iterable[object], tr: Translate = same) -> str:
    """Activity codes in the ladder's words, e.g. "Genital touch, Sexual intercourse"."""
    labels = []
    for code in codes:
        text = str(code)
        known = text in Activity._value2member_map_
        labels.append(tr(ACTIVITY_LABELS[Activity(text)]) if known
                      else tr(SINGLE["another-activity"]))
    return ", ".join(labels) or tr(SINGLE["these-activities"])


def flag_words(flag: str, tr: Translate = same) -> str:
    """A debrief flag in words, e.g. 'activity-not-consented:genital_touch'."""
    code, _, activity = flag.partition(":")
    label = (tr(ACTIVITY_LABELS[Activity(activity)]) if activity in Activity._value2member_map_
             else activity)
    return tr(FLAGS[code]).format(activity=label) if code in FLAGS else flag


def _words(table: dict[str, str], codes: Iterable[object], fallback: str, tr: Translate) -> str:
    return ", ".join(tr(table[str(c)]) if str(c) in table else tr(fallback) for c in codes)


def _seq(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _in(context: Context, family: str, table: dict[str, str]) -> dict[str, str]:
    """``table``, with the command line's own entries (``CLI["family:code"]``) over it there."""
    if context is not Context.CLI:
        return table
    prefix = f"{family}:"
    return {**table, **{k[len(prefix):]: v for k, v in CLI.items() if k.startswith(prefix)}}


def _pick(table: dict[str, str], detail: str, fallback: str, tr: Translate) -> str:
    if detail in table:
        return tr(table[detail])
    log.warning("no sentence for error detail %s", detail)
    return tr(fallback)


def case_file_reason(reason: object, tr: Translate = same) -> str:
    """Why a case file (or the case content of a packet) was refused, in words."""
    text = str(reason or "")
    if text in CASE_FILE:
        return tr(CASE_FILE[text])
    return tr(CASE_FILE_SCHEMA).format(reason=tr(SCHEMA_KEYWORDS.get(text, text)) or "?")


_MINIMUM: dict[str, object] = {InvalidCode.PASSPHRASE_TOO_SHORT: MIN_PASSPHRASE}


def _invalid(exc: InvalidInput, tr: Translate, context: Context) -> str:
    d, data = str(exc.detail), exc.data
    field = field_words(data.get("field"), tr)
    if d == InvalidCode.RANGE and "minimum" in data and "maximum" in data:
        d = "range-between"
    elif d == InvalidCode.TRANSITION and not (data.get("current") in STATUS_WORDS
                                              and data.get("to") in STATUS_WORDS):
        d = "transition-plain"
    elif d == InvalidCode.CASE_STATUS and data.get("status") not in STATUS_WORDS:
        d = "case-status-plain"
    elif d == InvalidCode.NOT_AMENDABLE and data.get("field") == "kind":
        d = "not-amendable-kind"
    elif d == InvalidCode.CASE_FILE:
        words = case_file_reason(data.get("reason", ""), tr)
        path = str(data.get("path", "$"))
        if context is Context.CLI:
            return tr(CLI["case-file"]).format(path=path, reason=words)
        return tr(INVALID[d]).format(reason=words, path=path)
    text = _in(context, "invalid", INVALID).get(d)
    if text is None:
        log.warning("no sentence for invalid input %s", d)
        return tr(SINGLE["invalid-input"]).format(field=field)
    return tr(text).format(
        field=field, minimum=data.get("minimum", _MINIMUM.get(d, "")),
        maximum=data.get("maximum", ""),
        status=tr(STATUS_WORDS.get(str(data.get("status")), "")),
        current=tr(STATUS_WORDS.get(str(data.get("current")), "")),
        to=tr(STATUS_WORDS.get(str(data.get("to")), "")),
        activities=activity_words(_seq(data.get("activities")), tr),
        party=_words(PARTY_WORDS, [data.get("value")], SINGLE["party"], tr),
        parties=_words(PARTY_WORDS, _seq(data.get("parties")), SINGLE["another-party"], tr),
    )


def packet_sentence(exc: PacketRejected, tr: Translate = same,
                    context: Context = Context.APP) -> str:
    """Why a case packet was refused, and where in it (an item path names no content)."""
    reason = str(exc.detail)
    cli_own = f"packet-rejected:{reason}"
    if context is Context.CLI and cli_own in CLI:
        words = tr(CLI[cli_own])
    elif reason in PACKET:
        words = tr(PACKET[reason])
    elif reason in CASE_FILE:
        words = tr(CASE_FILE[reason])
    else:
        log.warning("no sentence for packet reason %s", reason)
        words = tr(SINGLE["packet-reason"])
    item = exc.data.get("item")
    where = tr(SINGLE["packet-where"]).format(item=item) if item else ""
    frame = CLI["packet-rejected"] if context is Context.CLI else SINGLE["packet-rejected"]
    return tr(frame).format(reason=words, where=where)


def consent_sentence(exc: ConsentViolation, tr: Translate = same,
                     context: Context = Context.APP) -> str:
    """Which activities the consent in force at that time does not cover, and what to do."""
    frame = CLI["consent-violation"] if context is Context.CLI else SINGLE["consent-violation"]
    return tr(frame).format(
        at=str(exc.at).replace("T", " ")[:16], activities=activity_words(exc.missing, tr))


def quick_unlock_reason(reason: str, tr: Translate = same,
                        context: Context = Context.APP) -> str:
    """Why quick unlock cannot be used (the command line reads it inside its frame)."""
    if context is Context.CLI:
        return tr(CLI_QUICK[reason]) if reason in CLI_QUICK else reason
    return _pick(QUICK, reason, SINGLE["quick-unlock-unavailable"], tr)


def _cli_only(exc: TriadError, tr: Translate) -> str | None:
    """The command line's own sentence for ``exc``, where it has one."""
    if isinstance(exc, WrongPassphrase):
        return tr(CLI["wrong-passphrase"])
    if isinstance(exc, VaultExists):
        return tr(CLI["vault-exists"]).format(path=exc.detail)
    if isinstance(exc, VaultMissing):
        return tr(CLI["vault-missing"]).format(path=exc.detail)
    if isinstance(exc, NotFound):
        return tr(CLI["not-found"]).format(what=exc.detail)
    if isinstance(exc, QuickUnlockUnavailable):
        return tr(CLI["quick-unlock-unavailable"]).format(
            reason=quick_unlock_reason(exc.reason, tr, Context.CLI))
    return None


def sentence(exc: BaseException, tr: Translate = same, context: Context = Context.APP) -> str:
    """A clear sentence for ``exc`` and, where there is one, the next step."""
    if context is Context.CLI and isinstance(exc, TriadError):
        own = _cli_only(exc, tr)
        if own is not None:
            return own
    if isinstance(exc, WrongPassphrase):
        return tr(SINGLE["wrong-passphrase"])
    if isinstance(exc, UnknownMember):
        return tr(SINGLE["unknown-member"])
    if isinstance(exc, InvalidRecoveryCode):
        return _pick(RECOVERY, exc.detail, RECOVERY[RecoveryCodeProblem.CHECKSUM], tr)
    if isinstance(exc, VaultExists):
        return tr(SINGLE["vault-exists"])
    if isinstance(exc, InvalidInput):
        return _invalid(exc, tr, context)
    if isinstance(exc, PermissionDenied):
        text = _pick(PERMISSION, exc.detail, SINGLE["permission-denied"], tr)
        return text.format(role=tr(ROLE_WORDS.get(str(exc.data.get("role")), SINGLE["a-member"])))
    if isinstance(exc, ConsentViolation):
        return consent_sentence(exc, tr, context)
    if isinstance(exc, NotFound):
        return _pick(NOT_FOUND, exc.detail, SINGLE["not-found"], tr)
    if isinstance(exc, VaultMissing):
        return tr(SINGLE["vault-missing"])
    if isinstance(exc, VaultDamaged):
        return _pick(DAMAGED, exc.detail, DAMAGED[DamagedCode.DATABASE], tr)
    if isinstance(exc, VaultTooNew):
        return _pick(TOO_NEW, exc.detail, TOO_NEW[TooNewCode.SCHEMA], tr)
    if isinstance(exc, StorageFailed):
        return _pick(STORAGE, exc.detail, STORAGE[StorageCode.SQLITE], tr)
    if isinstance(exc, VaultError):
        return _pick(_in(context, "vault", VAULT), exc.detail, VAULT[VaultCode.IN_USE], tr)
    if isinstance(exc, QuickUnlockUnavailable):
        return quick_unlock_reason(exc.reason, tr)
    if isinstance(exc, PacketRejected):
        return packet_sentence(exc, tr, context)
    if isinstance(exc, ExchangeError):
        return _pick(_in(context, "exchange", EXCHANGE), exc.detail, SINGLE["exchange"], tr)
    if isinstance(exc, TriadError):
        log.error("no sentence for error %s", exc.code)
        return tr(SINGLE["error"])
    if isinstance(exc, OSError):
        # A file the person chose could not be read or written; strerror names no content.
        reason = os.strerror(exc.errno) if exc.errno else tr(SINGLE["os-error-reason"])
        return tr(SINGLE["os-error"]).format(reason=reason)
    # Unknown: log the type only -- a message could carry record text.
    log.error("unexpected error: %s", type(exc).__name__)
    return tr(SINGLE["unexpected"])
