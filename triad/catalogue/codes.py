"""A sentence for every code of every error family (:mod:`triad.errors`), keyed by the code:
what went wrong and what to do next, in the desktop app's words (the command line's own, where
they differ, are in :mod:`triad.catalogue.contexts`). ``SINGLE`` has the sentence of each error
whose detail is not a code; ``FAMILIES`` maps each family to its table."""

from __future__ import annotations

from enum import StrEnum

from triad.catalogue import N_
from triad.errors import (
    CaseFileReason,
    DamagedCode,
    ExchangeCode,
    InvalidCode,
    NotFoundCode,
    PacketReason,
    PermissionCode,
    QuickUnlockReason,
    RecoveryCodeProblem,
    StorageCode,
    TooNewCode,
    VaultCode,
)

# InvalidInput: {field} is the field in words; other placeholders come from exc.data
INVALID: dict[str, str] = {
    InvalidCode.NAME: N_("Please enter a name (at most 200 characters)."),
    InvalidCode.NAME_TAKEN: N_(
        "A member with that name already exists in this vault. Choose another name."),
    InvalidCode.ROLE: N_("Please choose a role: therapist, surrogate partner or supervisor."),
    InvalidCode.PASSPHRASE_TOO_SHORT: N_(
        "The passphrase must have at least {minimum} characters."),
    InvalidCode.CREDENTIAL: N_(
        "A credential needs the body that issued it and its number."),
    InvalidCode.PASSPHRASE_WEAK: N_(
        "This passphrase is too easy to guess. {feedback} Four or more unrelated words, or a "
        "longer sentence of your own, make a strong passphrase."),
    InvalidCode.CANNOT_REMOVE_SELF: N_(
        "You cannot remove yourself. Another therapist of the practice can."),
    InvalidCode.LAST_THERAPIST: N_(
        "The last therapist cannot be removed. Add another therapist first."),
    InvalidCode.HOLDS_CASES: N_(
        "This therapist still holds these cases: {cases}. Hand each one over to another "
        "therapist first (open the case, Overview, Change triad, Hand over), or let the "
        "records custodian take custody of them; then remove the member."),
    InvalidCode.HANDOVER_TARGET: N_(
        "Choose another therapist of the practice, still a member, to hand the case over to."),
    InvalidCode.RECORDS_CUSTODIAN: N_(
        "The records custodian must be a therapist who is a member of this practice."),
    InvalidCode.CUSTODY_HELD: N_("You hold this case already: there is nothing to take over."),
    InvalidCode.CUSTODY_PENDING: N_(
        "A take-over of this case already awaits the supervisor's countersignature."),
    InvalidCode.CUSTODY_ANSWERED: N_("This take-over is countersigned already."),
    InvalidCode.NUMBER: N_("The {field} must be a number."),
    InvalidCode.WHOLE_NUMBER: N_("The {field} must be a whole number."),
    InvalidCode.RANGE: N_("The {field} is outside the allowed range."),
    "range-between": N_("The {field} must be between {minimum} and {maximum}."),
    InvalidCode.DATE: N_("Write the {field} as YYYY-MM-DD (a time as YYYY-MM-DD HH:MM)."),
    InvalidCode.EMPTY: N_("Please fill in the {field}."),
    InvalidCode.TOO_LONG: N_("The {field} is too long. Shorten it and try again."),
    "too-long-at-most": N_(
        "The {field} is too long: at most {maximum} characters. Shorten it and try again."),
    InvalidCode.NUL_CHARACTER: N_(
        "The text contains a NUL character (often from pasting binary data). Remove it and try "
        "again."),
    InvalidCode.CONTROL_CHARACTER: N_(
        "The {field} contains a control character or a text-direction override (often from "
        "pasting). Type it again without them; letters of every script are fine."),
    InvalidCode.UNSUPPORTED_VALUE: N_(
        "A value there cannot be stored (a number too large, or data of the wrong kind). Nothing "
        "was saved."),
    InvalidCode.REPORT_LANGUAGE: N_(
        "Printed documents can be in English (en) or German (de), or follow the language of "
        "the program (system). Nothing was saved."),
    InvalidCode.UNKNOWN_FIELD: N_("Triad does not know the field “{field}”. Nothing was saved."),
    InvalidCode.PERIOD: N_("The end of the period is before its start. Check the dates."),
    InvalidCode.AGENDA_SPAN: N_(
        "An agenda covers at most {limit} days. Choose a shorter period."),
    InvalidCode.DRAFT: N_(
        "Triad cannot keep this unfinished form as a draft (it is too long or not a form). "
        "Save the form itself before you close it or lock."),
    InvalidCode.PAGE_SIZE: N_("Choose a page size: A4 or Letter."),
    InvalidCode.OUTPUT_PATH: N_(
        "Triad cannot write a file there: the folder does not exist or cannot be written, or "
        "the name is a folder, a device or a pipe. Choose a file name in a folder you can "
        "write to. Nothing was written."),
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
    InvalidCode.STATUS_TIME: N_(
        "A status change is dated on or after the case's last status change (or its opening), "
        "and not after today. Give a time in that span."),
    InvalidCode.CODE_TAKEN: N_("Another case already uses that client code. Choose another code."),
    InvalidCode.CONCERN: N_("Choose the presenting concerns from the list."),
    InvalidCode.LEGAL_BASIS: N_(
        "The legal basis is either the client's explicit consent (GDPR Art. 9(2)(a)) or health "
        "care (Art. 9(2)(h)). Give one of the two."),
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
    InvalidCode.DATE_OF_BIRTH_FUTURE: N_("The date of birth is in the future. Check the year."),
    # age and capacity (triad.casefile.capacity)
    InvalidCode.DATE_OF_BIRTH_REQUIRED: N_(
        "A consent beyond conversation needs the client's date of birth. Record it on the "
        "Overview tab (Edit client), then record the consent."),
    InvalidCode.MINOR: N_(
        "The client is under {age_of_majority} on that date: no consent to {activities} can be "
        "recorded, and no session or phase with them can take place. Only conversation and "
        "relaxation and breathing are possible until the client is an adult."),
    InvalidCode.CAPACITY_REQUIRED: N_(
        "Informed consent needs a capacity assessment finding that the client has capacity, on "
        "or before the consent's date. Record the assessment on the Overview tab (Record "
        "capacity…), then record the informed consent."),
    InvalidCode.CAPACITY_FUTURE: N_(
        "A capacity assessment cannot be dated in the future. Give the day it took place."),
    InvalidCode.CAPACITY_OUTCOME: N_(
        "Choose the outcome of the assessment: has capacity, lacks capacity or needs review."),
    # goals on a scale (SUDS, IIEF-5, FSFI): the Add goal and Record progress dialogs' words
    InvalidCode.SCALE_NUMBER: N_(
        "The {field} must be a number on the {scale} scale ({minimum} to {maximum})."),
    InvalidCode.SCALE_RANGE: N_(
        "The {field} must be between {minimum} and {maximum} on the {scale} scale."),
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
    InvalidCode.SURROGATE_REQUIRED: N_(
        "This case has more than one surrogate partner. Choose the one the session is with."),
    InvalidCode.ALREADY_DEBRIEFED: N_(
        "This session already has a debrief. Correct it with an amendment."),
    InvalidCode.NO_DEBRIEF: N_("This session has no debrief yet, so there is nothing to review."),
    InvalidCode.NOT_HELD: N_(
        "This session is recorded as not held, so it takes no debrief. If it was held after "
        "all, correct its outcome with an amendment first."),
    InvalidCode.OUTCOME: N_(
        "Choose what happened: held, cancelled by the client, cancelled by the practice, late "
        "cancellation or no-show."),
    InvalidCode.OUTCOME_RECORDED: N_(
        "This session's outcome is already recorded. Correct it with an amendment."),
    InvalidCode.OUTCOME_DEBRIEFED: N_(
        "This session has a debrief, so it was held. If the debrief is wrong, amend it; the "
        "outcome stays held."),
    InvalidCode.OUTCOME_TOO_EARLY: N_(
        "A session can be recorded as held or as a no-show only once its start time has "
        "passed. A cancellation can be recorded now."),
    InvalidCode.NOTICE_REQUIRED: N_(
        "Say how many hours' notice the practice gave when it cancelled (0 if none)."),
    InvalidCode.SCHEDULE_CONFLICT: N_(
        "The {party} already has a session in {case} from {at} to {until}. Choose a time that "
        "does not overlap it (back to back is fine), or move that session first."),
    InvalidCode.SCHEDULE_CONFLICT_ELSEWHERE: N_(
        "The {party} already has a session in another case from {at} to {until}. Choose a "
        "time that does not overlap it (back to back is fine)."),
    InvalidCode.SERIES_EVERY: N_("Choose how often the series repeats: weekly or fortnightly."),
    InvalidCode.SERIES_LENGTH: N_(
        "Give a series either a number of sessions (2 or more) or an end date at least one "
        "repeat after the first session, not both."),
    InvalidCode.RESCHEDULE_HAPPENED: N_(
        "This session already has an outcome or a debrief, so it cannot be moved. Schedule a "
        "new session instead."),
    InvalidCode.ALREADY_NOTED: N_(
        "This session already has a progress note. Correct it with an amendment."),
    InvalidCode.ALREADY_MINUTED: N_(
        "This meeting already has minutes. Correct them with an amendment."),
    InvalidCode.NOT_THERAPIST_SESSION: N_(
        "A progress note belongs to a therapist session. Choose one, or write the meeting's "
        "minutes for a three-way meeting."),
    InvalidCode.NOT_A_MEETING: N_(
        "Minutes belong to a three-way meeting. Choose a three-way meeting."),
    InvalidCode.SESSION_NOT_YET: N_(
        "This session has not taken place yet. Write its note after it has been held."),
    InvalidCode.REQUEST_TYPE: N_(
        "Choose the kind of request: access (to see or copy the record) or amendment."),
    InvalidCode.REQUEST_EMPTY: N_(
        "Write what the client asks for, in a few words: it is kept with the request."),
    InvalidCode.REQUEST_RECEIVED_FUTURE: N_(
        "The day the request was received cannot be in the future. Use the day it reached "
        "the practice."),
    InvalidCode.REQUEST_RECEIVED_BEFORE_CASE: N_(
        "The day the request was received is before the case was opened. Check the day."),
    InvalidCode.REQUEST_ABOUT: N_(
        "The entry the amendment request concerns is not a record of this case. Leave it "
        "empty when it is not known."),
    InvalidCode.REQUEST_ALREADY_CLOSED: N_(
        "This request is already closed. Correct its outcome with an amendment."),
    InvalidCode.REQUEST_OUTCOME: N_(
        "That outcome does not fit the request: an access request is fulfilled or refused, "
        "an amendment request is amended or refused."),
    InvalidCode.REQUEST_CLOSED_ON: N_(
        "The day the request was closed must be between the day it was received and today."),
    InvalidCode.REQUEST_COPY: N_(
        "Name the copy given to the client: a client copy or consent copy recorded for this "
        "case, or a copy given in another form with a note saying how."),
    InvalidCode.REQUEST_AMENDMENT: N_(
        "Name the amendment made for the client: an amendment recorded in this case. Amend "
        "the record first, then close the request."),
    InvalidCode.REQUEST_REFUSAL_REASON: N_(
        "Give the reason for the refusal: the client is told it, and it is kept with the "
        "record."),
    InvalidCode.NOTE_EMPTY: N_(
        "The note is empty. Write at least the session's focus or a few words of free text."),
    InvalidCode.ATTENDEES: N_(
        "Choose who attended the meeting: the client, the therapist and the surrogate partner "
        "(the therapist at least)."),
    InvalidCode.CLOSING_MEETING_REQUIRED: N_(
        "This case had surrogate sessions, so it closes after a closing three-way meeting. "
        "Record that meeting's minutes as the closing meeting, or give the reason there was "
        "none."),
    InvalidCode.NOTE_NOT_HELD: N_(
        "This session is recorded as not held (cancelled or a no-show), so it takes no progress "
        "note or minutes. If it was held after all, correct its outcome with an amendment "
        "first."),
    InvalidCode.OUTCOME_NOTED: N_(
        "This session has a progress note or minutes, so it was held. If the note is wrong, "
        "amend it; the outcome stays held."),
    InvalidCode.RETENTION_SETTING: N_(
        "Retention periods are whole years: 1 to 100 after the last service, and 0 to 100 after "
        "a minor client comes of age."),
    InvalidCode.DISPOSAL_OPEN_REQUEST: N_(
        "The client has an open request to see or correct this record. Answer it and close the "
        "request first: the record cannot be disposed of while it is asked for."),
    InvalidCode.DISPOSAL_NOT_CLOSED: N_(
        "Only a closed case can be disposed of. Close the case first: its retention period "
        "counts from the closing."),
    InvalidCode.RETENTION_RUNNING: N_(
        "This case's retention period has not ended yet (the Records window shows when it "
        "does). To dispose of it sooner, the case supervisor must first authorise the disposal "
        "with a reason."),
    InvalidCode.DISPOSAL_NO_SUPERVISOR: N_(
        "This case has no supervisor who could authorise disposing of it before its retention "
        "period ends. Add a supervisor to the triad, or wait until the period ends."),
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
    InvalidCode.CLIENT_NAME_MISMATCH: N_(
        "The client's typed name does not match the client's legal name on this case. The client "
        "types their own full legal name; if the name on the case is wrong or not recorded, "
        "correct it first with Edit client… on the Overview tab."),
    InvalidCode.SIGNATURE_NOT_OWN: N_(
        "Each member signs in their own name: the {party}'s signature is the name of the member "
        "signed in. Leave the name as it is shown."),
    InvalidCode.SURROGATE_COUNTERSIGNS: N_(
        "The surrogate partner signs the triad agreement themselves, in their own session (or "
        "their own vault). Record it with the client's and your signature: it awaits theirs."),
    InvalidCode.TRIAD_SURROGATE: N_(
        "Choose the surrogate partner this triad agreement is made with (one of the case's "
        "triad)."),
    InvalidCode.SIGNED_IN_FUTURE: N_(
        "A signature cannot be dated after today. Give the day it was actually signed."),
    InvalidCode.SIGNED_BEFORE_CASE: N_(
        "A signature cannot be dated before the case was opened ({opened}). Give the day it was "
        "actually signed."),
    InvalidCode.NOT_AWAITING_YOU: N_(
        "This record does not await your signature: each party signs only for themselves, in "
        "their own session."),
    InvalidCode.ALREADY_SIGNED: N_(
        "The {party} has already signed this record. A signature is given once."),
    InvalidCode.SCAN_TYPE: N_(
        "The scan of the signed paper form must be a PDF, PNG or JPEG file. Scan it again in one "
        "of these formats."),
    InvalidCode.SCAN_TOO_LARGE: N_(
        "The scan is larger than {limit} MB. Scan it again at a lower resolution and attach it."),
    InvalidCode.NOT_GRANTED: N_("Only activities this consent granted can be revoked."),
    InvalidCode.SEVERITY: N_("Choose a severity: critical, major or minor."),
    InvalidCode.COSIGN_NOT_REQUIRED: N_(
        "The practice does not require co-signature. A supervisor turns it on in the audit "
        "settings (the Audit tab, Settings page)."),
    InvalidCode.NOT_COSIGNABLE: N_(
        "Only a therapist's debrief review or note is co-signed. Choose the review to co-sign."),
    InvalidCode.ALREADY_COSIGNED: N_(
        "This entry is already co-signed. A co-signature is given once; add a comment in an "
        "audit sign-off instead."),
    InvalidCode.AID_NOT_GRANTED: N_("Only aids this consent granted can be withdrawn one by one."),
    InvalidCode.AID_KIND: N_("Choose the kind of aid: full-body, partial or customised."),
    InvalidCode.AID_CONSENT_REQUIRED: N_(
        "No aid has a consent of its own in force at that time, so a session with aids cannot "
        "be planned. Record the client's consent to each aid on the therapeutic-aids form (an "
        "older aids consent names no particular aid), then schedule the session."),
    InvalidCode.AID_DESCRIPTION: N_(
        "Describe the aid in a few words (at most 80 characters), e.g. \"pelvic model\"."),
    InvalidCode.AID_WHERE: N_(
        "Say where the aid may be used: in session, at home, or both."),
    InvalidCode.AID_UNKNOWN: N_(
        "That aid is not in this case's aid inventory. Add it to the inventory first."),
    InvalidCode.AID_RETIRED: N_(
        "That aid was retired from this case's inventory and cannot be consented to. Add it "
        "to the inventory again if it is to be used."),
    InvalidCode.AID_USES: N_(
        "Choose how the aid may be used (in session, at home), among the uses its inventory "
        "entry allows."),
    InvalidCode.AIDS_FORM: N_(
        "Aids are consented to one by one on the therapeutic-aids consent. Record them there."),
    InvalidCode.AIDS_REQUIRED: N_(
        "A consent to therapeutic aids names each aid it covers and each way of using it. Add "
        "the aid to the case's aid inventory first, then record the consent for it."),
    InvalidCode.AIDS_ACTIVITY: N_(
        "The aids listed need the consent to grant the use of therapeutic aids. Grant it, or "
        "list no aid."),
    InvalidCode.AID_USED_REQUIRED: N_(
        "This session included therapeutic aids: name each aid used, from the case's aid "
        "inventory."),
    InvalidCode.AIDS_WITHOUT_ACTIVITY: N_(
        "Aids were named as used, but the use of therapeutic aids is not among the activities "
        "done. Add the activity, or name no aid."),
    InvalidCode.AIDS_FREE_TEXT: N_(
        "Name the aids used from the case's aid inventory rather than in free text."),
    InvalidCode.SIGNALS_FORM: N_(
        "Stop and pause signals and the safer-sex agreement are recorded on the triad "
        "agreement. Record them there."),
    InvalidCode.SIGNAL_WORDS: N_(
        "Name both signals in words: the one that means stop and the one that means pause."),
    InvalidCode.SIGNALS_NOT_AGREED: N_(
        "No stop and pause signals are agreed with this surrogate partner, so no session with "
        "touch can be scheduled: record the signals, in words, in the triad agreement with "
        "the client and the surrogate partner on the Consent tab (Give consent…), then "
        "schedule the session."),
    InvalidCode.SIGNALS_SAME: N_(
        "The stop signal and the pause signal must differ, so that neither can be mistaken "
        "for the other. Agree two different signals."),
    InvalidCode.SAFER_SEX_KEPT_REQUIRED: N_(
        "This session included genital touch or intercourse: say whether the safer-sex "
        "agreement was kept (yes or no)."),
    InvalidCode.NOT_AMENDABLE: N_(
        "That cannot be amended ({field}). Only the fields of a signed entry that the record "
        "allows can be corrected."),
    "not-amendable-kind": N_("This kind of entry cannot be amended."),
    InvalidCode.NO_CHANGES: N_("The amendment changes nothing. Change at least one field."),
    InvalidCode.NOT_IN_CONFLICT: N_(
        "That field ({field}) is not in conflict any more: someone settled it meanwhile. "
        "Amend it if it still needs a correction."),
    InvalidCode.CASE_FILE: N_(
        "This case file cannot be imported: {reason} (at {path}). Nothing was imported."),
}

# Why an imported case file was refused (InvalidInput case-file, data reason and path).
CASE_FILE: dict[str, str] = {
    CaseFileReason.NOT_JSON: N_("it is not a JSON file"),
    CaseFileReason.CODE_TAKEN: N_("another case in this vault already uses its client code"),
    CaseFileReason.DISPOSED: N_("this vault disposed of that case: its record is gone for good "
                                "and an older copy does not bring it back"),
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
    CaseFileReason.GOAL_SCALE: N_(
        "a goal's baseline, target or progress is not a number within its scale "
        "(SUDS 0 to 10, IIEF-5 5 to 25, FSFI 2 to 36)"),
    CaseFileReason.DATE_OF_BIRTH_FUTURE: N_("the client's date of birth is in the future"),
    CaseFileReason.MINOR: N_(
        "a consent grants touch or aid activities to a client under the practice's age of "
        "majority on its date"),
    CaseFileReason.STAMPED_AHEAD: N_(
        "an entry is stamped more than a day ahead of this computer's clock. If this "
        "computer's date is right, the clock of the computer that wrote it runs ahead: tell "
        "its author, since the entry cannot be accepted before its date"),
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
    RecoveryCodeProblem.GROUP: N_(
        "The recovery code has a typo, most likely in group {group} (counting from the "
        "left). Check that group of five against your sheet."),
}

# PermissionDenied: {role} is the acting member's role in words.
PERMISSION: dict[str, str] = {
    PermissionCode.ROLE: N_("As {role} you may not do this."),
    PermissionCode.AUDIT_SETTINGS: N_(
        "Only a supervisor changes the audit settings: they are the supervisor's, and the "
        "therapist being audited sees them read-only. Ask your supervisor to change them."),
    PermissionCode.REPORT_LANGUAGE: N_(
        "Only a therapist sets the practice's language for printed documents: therapists "
        "give the consent forms, copies and summaries to clients and colleagues. Ask a "
        "therapist of the practice to change it."),
    PermissionCode.NOT_ON_CASE: N_(
        "You are not in this case's triad, so you cannot do this here."),
    PermissionCode.COSIGN: N_(
        "Only the case's supervisor co-signs a therapist's review. Ask the supervisor to "
        "co-sign it in their own session."),
    PermissionCode.NOT_YOUR_SESSION: N_(
        "This is another surrogate partner's session. Only they can write its debrief."),
    PermissionCode.MEMBER_REMOVED: N_(
        "That member was removed from the practice and can no longer act."),
    PermissionCode.NOT_AUTHOR: N_("Only the entry's author or the case's therapist can amend it."),
    PermissionCode.NOT_RECORDS_CUSTODIAN: N_(
        "Only the practice's records custodian may take custody of another therapist's cases. "
        "Any therapist of the practice can name the custodian."),
    PermissionCode.CUSTODY_COUNTERSIGN: N_(
        "Only the case's supervisor (or, when the case has none, a supervisor of the practice) "
        "countersigns a take-over."),
}

# NotFound: what was not found.
NOT_FOUND: dict[str, str] = {
    NotFoundCode.CASE: N_("That case was not found, or you are not in its triad."),
    NotFoundCode.PLAN: N_("This case has no phase plan yet. Draft one on the Plan tab first."),
    NotFoundCode.PHASE: N_("That phase is not in the case's phase plan."),
    NotFoundCode.TEMPLATE: N_("That plan template was not found. Choose one from the list."),
    NotFoundCode.CUSTODY_REQUEST: N_(
        "No take-over of that case awaits a countersignature. Refresh and choose it again."),
    NotFoundCode.SESSION: N_("That session was not found. Refresh and choose it again."),
    NotFoundCode.REQUEST: N_("That client request is not in this case. List the case's "
                             "requests and choose one of them."),
    NotFoundCode.NOTE: N_("That note was not found. Refresh and choose it again."),
    NotFoundCode.DEBRIEF: N_("That session has no debrief yet."),
    NotFoundCode.CONSENT: N_("That consent record was not found. Refresh and choose it again."),
    NotFoundCode.AID: N_("That aid is not in this case's aid inventory."),
    NotFoundCode.GOAL: N_("That goal was not found. Refresh and choose it again."),
    NotFoundCode.FORM: N_("That consent form was not found. Choose a form from the list."),
    NotFoundCode.FINDING: N_("That audit finding no longer exists. Run the audit again."),
    NotFoundCode.RULE: N_("No audit rule has that id. The audit's rules are listed in its "
                          "documentation (docs/audit-format.md)."),
    NotFoundCode.MEMBER: N_("That member was not found. Refresh the list."),
    NotFoundCode.ENTRY: N_("That entry was not found in this case. Refresh and choose it again."),
    NotFoundCode.SCAN: N_(
        "This record has no scan of a paper form in this vault (scans stay in the therapist's "
        "vault)."),
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
    VaultCode.OLDER: N_(
        "This vault is older than the one last opened on this computer (as it stood on {day}): "
        "it may have been put back from a copy, and entries seen here are missing (at least "
        "{missing}); a member's removal or a consent withdrawal among them would be undone. "
        "Nothing was changed. Open the right folder or restore your newest backup file; to go "
        "back to this older state on purpose, open it anyway and record why."),
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
    DamagedCode.DATABASE_EMPTY: N_(
        "The vault's database file is empty: it was emptied or replaced. Nothing was written "
        "to it. Restore the vault from a backup."),
    DamagedCode.SCAN: N_(
        "The stored scan of this paper form does not match its fingerprint in the signed "
        "record: it was damaged. Restore the vault from a backup."),
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
    ExchangeCode.NO_RELEASE: N_(
        "Nothing was sent about case {case}: no release of information is in force ({release})."
        " The client's release is what allows notes to go to the surrogate partner and the "
        "supervisor. Tell them in person that surrogate sessions are paused; when the client "
        "signs a new release, record it on the Consent tab and write the packet again."),
}

# Why no release of information is in force, inside the sentence above (``release``).
RELEASE_LAPSE: dict[str, str] = {
    "revoked": N_("the client revoked it on {since}"),
    "expired": N_("it expired on {since}"),
    "pending": N_("the next one starts on {since}"),
    "none": N_("none was recorded"),
    "closed": N_("it ended when the case was closed on {since}"),
    "reopened": N_("the case was re-opened on {since} and no new release was signed since"),
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
    PacketReason.CASE_NOT_SHARED: N_(
        "it carries entries for a case that is not in this vault, and only the case's "
        "therapist can send a case you do not hold yet; import the therapist's packet for "
        "it first, or ask the sender which case this is"),
    PacketReason.HELD_LIMIT: N_(
        "it would leave more of this contact's entries waiting for earlier ones than Triad "
        "keeps (20,000 entries or 64 MB from one contact); import their earlier packets first, "
        "or ask them to send everything again"),
}

CASE_FILE_SCHEMA = N_("it does not follow the case file format ({reason})")

# One sentence per exception class whose detail is not a code (or which has one sentence),
# and the lines for what is not an error of the core.
SINGLE: dict[str, str] = {
    "wrong-passphrase": N_("Wrong passphrase. Check Caps Lock and try again."),
    "unknown-member": N_("No current member of this vault has that name. Check the spelling."),
    # A vault older than the one last opened on this computer (VaultOlder, issue 18): the
    # refusal when it went on from an older state (missing 0; VaultCode.OLDER has the other),
    # and the notice once the member opened it on record.
    "vault-older-diverged": N_(
        "This vault is not the one last opened on this computer (as it stood on {day}): it may "
        "have been put back from an older copy and written to since, and entries seen here are "
        "missing; a member's removal or a consent withdrawal among them would be undone. Nothing "
        "was changed. Open the right folder or restore your newest backup file; to go back to "
        "this older state on purpose, open it anyway and record why."),
    "vault-older-accepted": N_(
        "This vault is older than the one last opened on this computer (as it stood on {day}; "
        "entries seen here are missing: at least {missing}). It was opened on purpose and the "
        "reason is recorded in its log; this computer now expects this state."),
    "removed-member": N_(
        "You were removed from this practice, so your passphrase no longer opens its vault. "
        "Nothing was changed. If this is a mistake, ask the practice's therapist to add you again."),
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
    "consent-violation-forms": N_(
        "A surrogate session at {at} cannot include {activities}. Not in force for it: {forms} "
        "(a surrogate session needs the informed consent, the triad agreement with its "
        "surrogate partner and a release of information, all at once). Record what is missing "
        "with the client on the Consent tab first."),
    "consent-withdrawn": N_(
        "The client revoked the whole informed consent: no surrogate work can go on at {at}. "
        "Talk with the client, and record a new informed consent on the Consent tab before "
        "any further surrogate session."),
    "form-and": N_(", "),
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
