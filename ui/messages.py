"""The one place that turns core errors into sentences for a person (translatable).

    dialogs.error(self, message_for(exc))

The core raises codes (``exc.detail``) with data (field names, activity codes, parties, a JSON
path); each code has a sentence here that says what went wrong and what to do next. The
tables below are keyed by detail code per exception family; ``tests/ui/test_messages.py``
greps ``triad/`` so a new code without a sentence fails. Messages name fields, activities,
parties and statuses -- never record text, a client's or member's name, or a passphrase.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.errors import (
    ConsentViolation,
    ExchangeError,
    InvalidInput,
    InvalidRecoveryCode,
    NotFound,
    PacketRejected,
    PermissionDenied,
    QuickUnlockUnavailable,
    StorageFailed,
    TriadError,
    UnknownMember,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


# -- InvalidInput: {field} is the field in words; other placeholders come from exc.data --
INVALID = {
    # members and passphrases
    "name": "Please enter a name (at most 200 characters).",
    "name-taken": "A member with that name already exists in this vault. Choose another name.",
    "role": "Please choose a role: therapist, surrogate partner or supervisor.",
    "passphrase-too-short": "The passphrase must have at least {minimum} characters.",
    "cannot-remove-self": "You cannot remove yourself. Another therapist of the practice can.",
    "last-therapist": "The last therapist cannot be removed. Add another therapist first.",
    # values
    "number": "The {field} must be a number.",
    "whole-number": "The {field} must be a whole number.",
    "range": "The {field} is outside the allowed range.",
    "range-between": "The {field} must be between {minimum} and {maximum}.",
    "date": "Write the {field} as YYYY-MM-DD (a time as YYYY-MM-DD HH:MM).",
    "empty": "Please fill in the {field}.",
    "too-long": "The {field} is too long. Shorten it and try again.",
    "nul-character": "The text contains a NUL character (often from pasting binary data). Remove it and try again.",
    "unsupported-value": "A value there cannot be stored (a number too large, or data of the wrong kind). Nothing was saved.",
    "unknown-field": "Triad does not know the field “{field}”. Nothing was saved.",
    "period": "The end of the period is before its start. Check the dates.",
    "page-size": "Choose a page size: A4 or Letter.",
    "path": "That is not a usable place for a vault. Choose a folder you can write to.",
    "conflict": "Someone else changed this at the same moment. Refresh and try again.",
    "ambiguous": "More than one session matches. Choose the session from the list.",
    "comment-required": "Please write a comment.",
    "note-required": "Please write a note saying what was done.",
    "reason-required": "Please give a reason; it is kept with the record.",
    "audit-setting": "That audit setting is not valid. Check the audit settings.",
    # the case and its client
    "client-code": "A client code uses capital letters, digits and hyphens (2 to 32 characters), "
    "e.g. C-2026-014.",
    "code-taken": "Another case already uses that client code. Choose another code.",
    "concern": "Choose the presenting concerns from the list.",
    "transition": "A case cannot go from {current} to {to}. Choose one of the statuses offered.",
    "transition-plain": "The case cannot move to that status from where it is now. "
    "Choose one of the statuses offered.",
    "case-status": "This cannot be done while the case is {status}.",
    "case-status-plain": "This cannot be done in the case's current status.",
    "not-a-surrogate": "Only members with the surrogate partner role can join a triad as its "
    "surrogate partner.",
    "not-a-supervisor": "Only a member with the supervisor role can supervise a case.",
    "date-of-birth-future": "The date of birth is in the future. Check the year.",
    # goals on a scale (SUDS, IIEF-5, FSFI): the Add goal and Record progress dialogs' words
    "scale-number": "The {field} must be a number on the {scale} scale ({minimum} to {maximum}).",
    "scale-range": "The {field} must be between {minimum} and {maximum} on the {scale} scale.",
    # plans and phases
    "no-phases": "A phase plan needs at least one phase.",
    "phase-id": "Each phase needs its own short id (letters, digits, hyphens).",
    "active-phase-removed": "The phase under way cannot be removed from the plan. Complete it "
    "first.",
    "phase-active": "Another phase is still under way. Complete it before starting the next.",
    "phase-completed": "That phase is already completed. Start the next phase instead.",
    "phase-not-active": "That phase is not under way, so it cannot be completed.",
    # sessions, debriefs, measures
    "session-kind": "Choose what kind of session this is.",
    "surrogate-not-on-case": "That surrogate partner is not in this case's triad. Add them to "
    "the triad on the Overview tab first.",
    "already-debriefed": "This session already has a debrief. Correct it with an amendment.",
    "no-debrief": "This session has no debrief yet, so there is nothing to review.",
    "measure-kind": "Choose a measure: SUDS, IIEF-5 or FSFI.",
    # consent
    "activity": "Choose the activities from the ladder.",
    "grant-and-decline": "An activity cannot be both granted and declined on one form.",
    "outside-form-scope": "This form does not cover {activities}. Record it on a form whose "
    "scope includes it.",
    "until-before-from": "The consent would end before it begins. Check the valid-until date.",
    "party": "Choose who signs: client, therapist or surrogate partner.",
    "party-twice": "The {party} has signed twice. Keep one signature per party.",
    "signature-name": "Each signature needs the signer's typed name.",
    "signature-missing": "This form must also be signed by: {parties}.",
    "drawing": "The drawn signature could not be read. Clear it and sign again.",
    "not-granted": "Only activities this consent granted can be revoked.",
    # amendments
    "not-amendable": "That cannot be amended ({field}). Only the fields of a signed entry that "
    "the record allows can be corrected.",
    "not-amendable-kind": "This kind of entry cannot be amended.",
    "no-changes": "The amendment changes nothing. Change at least one field.",
    "case-file": "This case file cannot be imported: {reason} (at {path}). "
    "Nothing was imported.",
}
# Why an imported case file was refused (InvalidInput "case-file", data reason and path).
CASE_FILE = {
    "not-json": "it is not a JSON file",
    "code-taken": "another case in this vault already uses its client code",
    "key-conflict": "a member in it has a different signing key than the same member here",
    "conflicts-with-vault": "an entry in it conflicts with the record already in this vault",
    "malformed": "an entry's content is malformed",
    "other-case": "an entry belongs to another case",
    "unknown-author": "an entry's author is not listed among its members",
    "role-conflict": "a member's role differs from their role in this vault",
    "role-may-not-write": "an entry was written by a role that may not write it",
    "hash-mismatch": "an entry was altered after it was signed",
    "bad-signature": "a signature does not verify",
    "second-case-opened": "it opens the case a second time",
    "not-the-case-therapist": "the case was not opened by its therapist",
    "code-mismatch": "the client code inside does not match the file's",
    "before-case-opened": "an entry comes before the case was opened",
    "id-taken": "a record id in it is already used by another case here",
    "unknown-reference": "an entry refers to a record that is not in the case",
    "already-debriefed": "a session is debriefed twice",
    "not-the-author": "an amendment was not made by the entry's author or the therapist",
    "not-amendable": "an amendment changes what may not be changed",
    "duplicate": "an entry appears twice",
    "chain-gap": "an author's chain of entries has a gap",
    "chain-broken": "an author's chain of entries is broken",
    "no-case-opened": "it does not contain the opening of the case",
    "goal-scale": "a goal's baseline, target or progress is not a number within its scale "
    "(SUDS 0 to 10, IIEF-5 5 to 25, FSFI 2 to 36)",
    "date-of-birth-future": "the client's date of birth is in the future",
}
CASE_FILE_SCHEMA = "it does not follow the case file format ({reason})"
# the JSON Schema keyword a case file broke, in words
SCHEMA_KEYWORDS = {
    "additionalProperties": "a field that does not belong there",
    "required": "a required field is missing",
    "type": "a value of the wrong type",
    "enum": "a value that is not one of those allowed",
    "const": "a value that is not the one expected",
    "pattern": "a value in the wrong form",
    "format": "a date or time that is not valid",
    "anyOf": "a value of none of the allowed shapes",
    "oneOf": "a value of none of the allowed shapes",
    "minimum": "a number below its range",
    "maximum": "a number above its range",
    "minLength": "a text that is too short",
    "maxLength": "a text that is too long",
    "minItems": "a list that is too short",
    "maxItems": "a list that is too long",
    "uniqueItems": "a list with an item twice",
    "propertyNames": "a field name that is not allowed",
    "false": "a field that does not belong there",
}
RECOVERY = {
    "length": "A recovery code has 30 letters and digits in six groups of five. "
    "Check that you typed all of it.",
    "character": "The recovery code contains a character that is not in any code. "
    "Letters and digits only; O, I and L may be typed as 0, 1 and 1.",
    "checksum": "The recovery code has a typo: its check characters do not match. "
    "Check each group of five.",
}
PERMISSION = {
    "role": "As {role} you may not do this.",
    "not-on-case": "You are not in this case's triad, so you cannot do this here.",
    "not-your-session": "This is another surrogate partner's session. Only they can write its "
    "debrief.",
    "member-removed": "That member was removed from the practice and can no longer act.",
    "not-author": "Only the entry's author or the case's therapist can amend it.",
}
NOT_FOUND = {
    "case": "That case was not found, or you are not in its triad.",
    "plan": "This case has no phase plan yet. Draft one on the Plan tab first.",
    "phase": "That phase is not in the case's phase plan.",
    "template": "That plan template was not found. Choose one from the list.",
    "session": "That session was not found. Refresh and choose it again.",
    "debrief": "That session has no debrief yet.",
    "consent": "That consent record was not found. Refresh and choose it again.",
    "goal": "That goal was not found. Refresh and choose it again.",
    "form": "That consent form was not found. Choose a form from the list.",
    "finding": "That audit finding no longer exists. Run the audit again.",
    "member": "That member was not found. Refresh the list.",
    "entry": "That entry was not found in this case. Refresh and choose it again.",
}
VAULT = {
    "busy": "The vault is busy in another Triad window or command. Try again in a moment.",
    "in-use": "The vault is open in another Triad window or command. Close it there and try "
    "again.",
    "lock": "Triad could not lock the vault folder. Check that you may write to it.",
    "sqlcipher-version": "The encryption library on this computer is too old to open the "
    "vault. Update Triad.",
    "no-recovery-slot": "This vault has no recovery code. A therapist can create one under "
    "Practice… → Security.",
}
DAMAGED = {
    "keyslots": "The vault's key file is damaged. Nothing was changed; restore the vault from "
    "a backup.",
    "keyslots-unreadable": "The vault's key file cannot be read. Check the folder's "
    "permissions, or restore from a backup.",
    "database": "The vault's database is damaged. Nothing was changed; restore it from a "
    "backup.",
    "database-missing": "The vault's database file is missing. Restore the vault from a "
    "backup.",
    "backup": "That backup file is damaged or is not a Triad backup. Choose another backup.",
    "backup-unreadable": "That backup file cannot be read. Check the file and its "
    "permissions.",
}
TOO_NEW = {
    "schema": "This vault was written by a newer Triad. Update Triad to open it.",
    "keyslots": "This vault's key file was written by a newer Triad. Update Triad to open it.",
    "cipher": "This vault is encrypted with settings from a newer Triad. Update Triad to open "
    "it.",
}
STORAGE = {
    "write": "The file could not be saved (disk full or read-only?). Nothing was changed; "
    "choose another place.",
    "create": "The vault could not be created there (disk full or read-only?). Choose "
    "another folder.",
    "mkdir": "The folder could not be made (disk full or read-only?). Choose another place.",
    "sqlite": "The disk refused to save (full or read-only?). Nothing was changed.",
    "backup": "The backup could not be written (disk full or read-only?). Choose another "
    "place.",
    "fsync": "The disk did not confirm the write (full, removed or read-only?). Check the "
    "disk and try again.",
}
QUICK = {
    "no-keyring": "No keyring service runs on this computer, so quick unlock is off. "
    "Your passphrase always works.",
    "plaintext-keyring": "The keyring here stores secrets in plain text, so Triad will not "
    "use it. Your passphrase always works.",
    "keyring-error": "The keyring refused the request. Your passphrase always works.",
    "not-enabled": "Quick unlock is not enabled for this member. Unlock with your passphrase.",
    "key-missing": "The keyring no longer holds this vault's key. Unlock with your "
    "passphrase.",
}

# Offline exchange (triad.exchange): identity cards, contacts, packets.
EXCHANGE = {
    "not-a-card": "That file is not a Triad identity card. Ask its owner for the card file "
    "Triad wrote for them.",
    "card-version": "That identity card was made by a newer Triad. Update Triad, then import "
    "it again.",
    "card-altered": "That identity card was altered after it was made. Ask its owner for a "
    "fresh card; nothing was added.",
    "fingerprint-mismatch": "The fingerprint does not match the card. Read it back with the "
    "card's owner, by phone or in person, and type it again; nothing was added.",
    "own-card": "That card belongs to you or to a member of this vault. Import the cards of "
    "people who work in other vaults.",
    "key-conflict": "This card's keys differ from the ones already known for this person. Ask "
    "them whether their keys changed before going on; nothing was added.",
    "role-conflict": "This card names a different role than the one already known for this "
    "person; nothing was added.",
    "contact-removed": "That contact was removed: Triad refuses their packets until you import their identity card again.",
    "not-a-contact": "That person is not a confirmed contact yet. Import their identity card "
    "first.",
    "ambiguous-contact": "More than one contact has that name. Choose the contact from the list.",
    "therapist-contact": "A therapist cannot join a case's triad as a contact: each case has "
    "one therapist.",
    "not-on-case": "That contact is not in this case's triad. The case's therapist can share "
    "the case with them first.",
    "nothing-shared": "You share no case with this contact yet, so there is nothing to send.",
}
# Why a case packet was refused (PacketRejected; data may name an ``item``). Reasons from the
# case-file checks (CASE_FILE) are used as they are.
PACKET = {
    "too-large": "it is larger than any packet Triad writes",
    "not-decryptable": "it cannot be decrypted (damaged, or not a packet)",
    "not-for-you": "it was sealed for someone else",
    "wrong-recipient": "it is addressed to someone else",
    "not-a-packet": "it is not a Triad case packet",
    "packet-version": "it was written by a newer Triad; update Triad",
    "unknown-sender": "its sender is not one of your contacts; import their identity card first",
    "sender-removed": "its sender was removed from your contacts",
    "member-not-vouched": "it introduces a member, which only the case's therapist may do",
    "not-senders-own": "it carries entries its sender did not write",
    "incomplete-for-role": "it carries partial entries meant for a surrogate partner",
    "sender-not-on-case": "its sender is not in the case's triad",
    "recipient-not-on-case": "you are not in the case's triad",
    "author-not-on-case": "an entry's author is not in the case's triad",
    "not-your-session": "a debrief was written by someone other than the session's surrogate "
    "partner",
    "role-conflict": "a member's role differs from their role in this vault",
    "key-conflict": "a member in it has a different signing key than the same member here",
}

# Field codes in words (the last part of a dotted field name); anything else is shown as its
# code with spaces, which is a field name and never record text.
FIELDS = {
    "name": "name", "role": "role", "passphrase": "passphrase", "valid_until": "valid-until date",
    "valid_from": "valid-from date", "duration_min": "duration (minutes)", "value": "value",
    "suds_before": "SUDS before", "suds_after": "SUDS after", "stop_signals": "stop signals",
    "pause_signals": "pause signals", "planned_sessions": "number of planned sessions",
    "title": "title", "description": "description", "comment": "comment", "note": "note",
    "reason": "reason", "starts_at": "start time", "held_at": "time held", "at": "time",
    "on": "date", "when": "time", "date": "date", "since": "start date", "from": "start date",
    "to": "end date", "date_of_birth": "date of birth", "signed_on": "signing date",
    "opened_at": "opening date", "legal_name": "legal name", "pronouns": "pronouns",
    "concerns_note": "concerns in the client's words", "contraindications": "contraindications",
    "medical_context": "medical context", "code": "client code", "baseline": "baseline", "target": "target",
    "review_days": "review days", "credential_warning_days": "credential warning days",
    "reconsent_at_phase_change": "re-consent at phase change", "audit settings": "audit setting",
}
PARTY_WORDS = {"client": "client", "therapist": "therapist", "surrogate": "surrogate partner"}
ROLE_WORDS = {"therapist": "a therapist", "surrogate": "a surrogate partner",
              "supervisor": "a supervisor"}
# The case statuses (triad.casefile.cases.STATUSES; not imported here: the unlock window shows messages
# before the case file's modules load, see tests/ui/test_start.py).
STATUS_WORDS = {"referral": "referral", "assessment": "assessment", "active": "active",
                "paused": "paused", "closing": "closing", "closed": "closed"}


def field_words(field: object) -> str:
    """``signatures.client.signed_on`` → "signing date"; ``phases[2].title`` → "title"."""
    text = str(field or "")
    last = text.rsplit(".", 1)[-1].split("[", 1)[0]
    if last in FIELDS:
        return tr(FIELDS[last])
    return text.replace("_", " ").replace(".", " ") or tr("value")


def activity_words(codes: Iterable[object]) -> str:
    """Activity codes in the ladder's words, e.g. "Genital touch, Sexual intercourse"."""
    labels = []
    for code in codes:
        text = str(code)
        known = text in Activity._value2member_map_
        labels.append(tr(ACTIVITY_LABELS[Activity(text)]) if known else tr("another activity"))
    return ", ".join(labels) or tr("these activities")


def _words(table: dict[str, str], codes: Iterable[object], fallback: str) -> str:
    return ", ".join(tr(table[str(c)]) if str(c) in table else tr(fallback) for c in codes)


def _invalid(exc: InvalidInput) -> str:
    d, data = exc.detail, exc.data
    field = field_words(data.get("field"))
    if d == "range" and "minimum" in data and "maximum" in data:
        d = "range-between"
    elif d == "transition" and not (data.get("current") in STATUS_WORDS and data.get("to") in STATUS_WORDS):
        d = "transition-plain"
    elif d == "case-status" and data.get("status") not in STATUS_WORDS:
        d = "case-status-plain"
    elif d == "not-amendable" and data.get("field") == "kind":
        d = "not-amendable-kind"
    elif d == "case-file":
        reason = str(data.get("reason", ""))
        words = tr(CASE_FILE[reason]) if reason in CASE_FILE else tr(CASE_FILE_SCHEMA).format(
            reason=tr(SCHEMA_KEYWORDS.get(reason, reason)) or "?")
        return tr(INVALID[d]).format(reason=words, path=str(data.get("path", "$")))
    text = INVALID.get(d)
    if text is None:
        log.warning("no sentence for invalid input %s", d)
        return tr("The {field} is not valid. Please check it.").format(field=field)
    minimum, maximum = data.get("minimum", ""), data.get("maximum", "")
    if d in ("scale-number", "scale-range"):  # a scale's ends as people write them: 5, not 5.0
        minimum, maximum = _number(minimum), _number(maximum)
    return tr(text).format(
        field=field, minimum=minimum, maximum=maximum, scale=str(data.get("scale", "")),
        status=tr(STATUS_WORDS.get(str(data.get("status")), "")),
        current=tr(STATUS_WORDS.get(str(data.get("current")), "")),
        to=tr(STATUS_WORDS.get(str(data.get("to")), "")),
        activities=activity_words(_seq(data.get("activities"))),
        party=_words(PARTY_WORDS, [data.get("value")], "party"),
        parties=_words(PARTY_WORDS, _seq(data.get("parties")), "another party"),
    )


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _seq(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _pick(table: dict[str, str], detail: str, fallback: str) -> str:
    if detail in table:
        return tr(table[detail])
    log.warning("no sentence for error detail %s", detail)
    return tr(fallback)


def packet_sentence(exc: PacketRejected) -> str:
    """Why a case packet was refused, and where in it (an item path names no content)."""
    reason = exc.detail
    if reason in PACKET:
        words = tr(PACKET[reason])
    elif reason in CASE_FILE:
        words = tr(CASE_FILE[reason])
    else:
        log.warning("no sentence for packet reason %s", reason)
        words = tr("it did not pass Triad's checks")
    item = exc.data.get("item")
    where = tr(" (at {item})").format(item=item) if item else ""
    return tr("This case packet was refused and nothing changed: {reason}{where}.").format(
        reason=words, where=where)


def consent_sentence(exc: ConsentViolation) -> str:
    """Which activities the consent in force at that time does not cover, and what to do."""
    return tr("The consent in force at {at} does not cover: {activities}. Record the client's "
              "consent to these on the Consent tab first.").format(
        at=str(exc.at).replace("T", " ")[:16], activities=activity_words(exc.missing))


def message_for(exc: BaseException) -> str:
    """A clear sentence and, where there is one, the next step."""
    if isinstance(exc, WrongPassphrase):
        return tr("Wrong passphrase. Check Caps Lock and try again.")
    if isinstance(exc, UnknownMember):
        return tr("No current member of this vault has that name. Check the spelling.")
    if isinstance(exc, InvalidRecoveryCode):
        return _pick(RECOVERY, exc.detail, RECOVERY["checksum"])
    if isinstance(exc, VaultExists):
        return tr("Something already exists there. Choose a new name; nothing was changed.")
    if isinstance(exc, InvalidInput):
        return _invalid(exc)
    if isinstance(exc, PermissionDenied):
        text = _pick(PERMISSION, exc.detail, "Your role does not allow this.")
        return text.format(role=tr(ROLE_WORDS.get(str(exc.data.get("role")), "a member")))
    if isinstance(exc, ConsentViolation):
        return consent_sentence(exc)
    if isinstance(exc, NotFound):
        return _pick(NOT_FOUND, exc.detail, "That record was not found. Refresh and try again.")
    if isinstance(exc, VaultMissing):
        return tr("There is no vault or file at that place. Choose another, or create a new "
                  "vault.")
    if isinstance(exc, VaultDamaged):
        return _pick(DAMAGED, exc.detail, DAMAGED["database"])
    if isinstance(exc, VaultTooNew):
        return _pick(TOO_NEW, exc.detail, TOO_NEW["schema"])
    if isinstance(exc, StorageFailed):
        return _pick(STORAGE, exc.detail, STORAGE["sqlite"])
    if isinstance(exc, VaultError):
        return _pick(VAULT, exc.detail, VAULT["in-use"])
    if isinstance(exc, QuickUnlockUnavailable):
        return _pick(QUICK, exc.reason, "Quick unlock is unavailable. Your passphrase always "
                                        "works.")
    if isinstance(exc, PacketRejected):
        return packet_sentence(exc)
    if isinstance(exc, ExchangeError):
        return _pick(EXCHANGE, exc.detail, "The exchange could not be done. Nothing was "
                                           "changed.")
    if isinstance(exc, TriadError):
        log.error("no sentence for error %s", exc.code)
        return tr("Triad could not do that. Nothing was changed.")
    if isinstance(exc, OSError):
        # A file the person chose could not be read or written; strerror names no content.
        reason = os.strerror(exc.errno) if exc.errno else tr("unknown reason")
        return tr("The file could not be read or written ({reason}). Choose another file.") \
            .format(reason=reason)
    # Unknown: log the type only -- a message could carry record text.
    log.error("unexpected error: %s", type(exc).__name__)
    return tr("Something unexpected went wrong. Nothing further was changed.")
