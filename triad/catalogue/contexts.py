"""Where one place must say something other than the app's sentence: the command line (``CLI``,
``CLI_QUICK``), the Plan tab (``PLAN``) and the Sessions & debriefs tab (``SESSIONS``), each
keyed like the tables of :mod:`triad.catalogue.codes` (or ``family:code``)."""

from __future__ import annotations

from triad.catalogue import N_
from triad.errors import (
    ExchangeCode,
    InvalidCode,
    NotFoundCode,
    PacketReason,
    PermissionCode,
    QuickUnlockReason,
    VaultCode,
)

# The command line's own wording, where it must differ: it names the path it was given, a
# command to run, or prints a short frame around a reason (and tests and scripts read these).
CLI: dict[str, str] = {
    "wrong-passphrase": N_("wrong passphrase"),
    "vault-missing": N_("no vault at {path}: check the path, or create one with 'triad-cli init'"),
    "vault-exists": N_("{path} already exists; choose a new path (nothing was changed)"),
    # what was not found, one whole sentence each (a word spliced into one frame read
    # "nicht gefunden: session" in German); "not-found" for a code this table lacks
    "not-found": N_("no such record (or you are not on that case)"),
    f"not-found:{NotFoundCode.AID}": N_("no such aid in this case's inventory (or you are not "
                                        "on that case)"),
    f"not-found:{NotFoundCode.CASE}": N_("no such case (or you are not on that case)"),
    f"not-found:{NotFoundCode.CUSTODY_REQUEST}": N_(
        "no take-over of that case awaits a countersignature"),
    f"not-found:{NotFoundCode.CONSENT}": N_("no such consent record (or you are not on that "
                                            "case)"),
    f"not-found:{NotFoundCode.DEBRIEF}": N_("that session has no debrief yet"),
    f"not-found:{NotFoundCode.ENTRY}": N_("no such entry (or you are not on that case)"),
    f"not-found:{NotFoundCode.FINDING}": N_(
        "no such finding on the cases you audit; run 'triad-cli audit' again"),
    f"not-found:{NotFoundCode.FORM}": N_("no such consent form"),
    f"not-found:{NotFoundCode.GOAL}": N_("no such goal (or you are not on that case)"),
    f"not-found:{NotFoundCode.MEMBER}": N_("no such member of the practice"),
    f"not-found:{NotFoundCode.NOTE}": N_("no such note (or you are not on that case)"),
    f"not-found:{NotFoundCode.PHASE}": N_("no such phase in the case's phase plan"),
    f"not-found:{NotFoundCode.PLAN}": N_("this case has no phase plan yet"),
    f"not-found:{NotFoundCode.REQUEST}": N_(
        "no such client request in this case; 'triad-cli requests VAULT CASE' lists them"),
    f"not-found:{NotFoundCode.RULE}": N_(
        "no such rule: the audit's rules are listed in docs/audit-format.md"),
    f"not-found:{NotFoundCode.SCAN}": N_(
        "this record has no scan of a paper form in this vault (scans stay in the "
        "therapist's vault)"),
    f"not-found:{NotFoundCode.SESSION}": N_("no such session (or you are not on that case)"),
    f"not-found:{NotFoundCode.TEMPLATE}": N_("no such plan template"),
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
    f"invalid:{InvalidCode.RETENTION_RUNNING}": N_(
        "the case's retention period has not ended ('triad-cli retention VAULT --all' shows when "
        "it does); to dispose of it sooner, the case supervisor first runs 'triad-cli dispose "
        "VAULT CASE --authorise --reason TEXT'"),
    f"invalid:{InvalidCode.DISPOSAL_NO_SUPERVISOR}": N_(
        "the case has no supervisor who could authorise disposing of it before its retention "
        "period ends; add one to the triad (in the Triad app, on the Overview tab) or wait until "
        "the period ends"),
    f"invalid:{InvalidCode.CONCERN}": N_(
        "choose the presenting concerns from the list in the Triad app"),
    f"invalid:{InvalidCode.TRANSITION}": N_(
        "a case cannot go from {current} to {to}; 'triad-cli show VAULT CASE' lists the statuses "
        "it can go to next; 'triad-cli case status VAULT CASE --to STATUS' changes it"),
    "invalid:transition-plain": N_(
        "the case cannot move to that status from where it is now; 'triad-cli show VAULT CASE' "
        "lists the statuses it can go to next; 'triad-cli case status VAULT CASE --to STATUS' "
        "changes it"),
    f"invalid:{InvalidCode.CLOSING_MEETING_REQUIRED}": N_(
        "this case had surrogate sessions, so it closes after a closing three-way meeting: record "
        "its minutes as the closing meeting ('triad-cli note minutes VAULT CASE --session SESSION --closing'), or give the "
        "reason there was none with --no-closing-meeting TEXT"),
    f"invalid:{InvalidCode.SURROGATE_REQUIRED}": N_(
        "this case has more than one surrogate partner: name the one the session is with, "
        "--surrogate NAME"),
    f"invalid:{InvalidCode.ACTIVITY}": N_(
        "that activity is not on the consent ladder; write one of: {ladder}"),
    f"invalid:{InvalidCode.SAFER_SEX_KEPT_REQUIRED}": N_(
        "this session included genital touch or intercourse: say whether the safer-sex "
        "agreement was kept, --safer-sex-kept yes or --safer-sex-kept no"),
    f"invalid:{InvalidCode.SURROGATE_NOT_ON_CASE}": N_(
        "that surrogate partner is not in this case's triad; add them in the Triad app, on the "
        "Overview tab (a contact from another vault: 'triad-cli case share VAULT CASE --with "
        "NAME')"),
    f"invalid:{InvalidCode.COSIGN_NOT_REQUIRED}": N_(
        "the practice does not require co-signature; a supervisor turns it on with "
        "'triad-cli audit-settings VAULT --cosign-from YYYY-MM-DD'"),
    f"invalid:{InvalidCode.SIGNALS_NOT_AGREED}": N_(
        "no stop and pause signals are agreed with this surrogate partner, so no session with "
        "touch can be scheduled: record the signals, in words, in the triad agreement, in the "
        "Triad app, on the Consent tab, then schedule the session"),
    f"invalid:{InvalidCode.HOLDS_CASES}": N_(
        "this therapist still holds these cases: {cases}; hand each one over first "
        "('triad-cli case transfer VAULT CASE --to NAME'), or let the records custodian take "
        "custody of them, then remove the member (nothing was changed)"),
    f"invalid:{InvalidCode.DATE_OF_BIRTH_REQUIRED}": N_(
        "a consent beyond conversation needs the client's date of birth; record it in the Triad "
        "app (Edit client, on the Overview tab), then record the consent"),
    f"invalid:{InvalidCode.CAPACITY_REQUIRED}": N_(
        "informed consent needs a capacity assessment finding that the client has capacity, on "
        "or before the consent's date; record it in the Triad app (Record capacity…, on the "
        "Overview tab), then record the informed consent"),
    f"invalid:{InvalidCode.CAPACITY_OUTCOME}": N_(
        "the outcome must be has-capacity, lacks-capacity or needs-review"),
    f"invalid:{InvalidCode.CLIENT_NAME_MISMATCH}": N_(
        "the client's typed name does not match the client's legal name on this case; the "
        "client types their own full legal name (if the name on the case is wrong or not "
        "recorded, correct it in the Triad app, Edit client… on the Overview tab)"),
    f"invalid:{InvalidCode.DRAWING}": N_(
        "the drawn signature could not be read; clear it and sign again in the Triad app"),
    f"vault:{VaultCode.OLDER}": N_(
        "this vault is older than the one last opened on this computer (as it stood on {day}; "
        "entries seen here are missing: at least {missing}) -- put back from a copy? Nothing was "
        "changed. Check the path, or restore your newest backup file with 'triad-cli restore'; "
        "to open this older state on purpose, run the command again with --accept-older REASON "
        "(the reason is recorded in the vault)"),
    "vault:older-diverged": N_(
        "this vault is not the one last opened on this computer (as it stood on {day}): put "
        "back from an older copy and written to since? Entries seen here are missing. Nothing "
        "was changed. Check the path, or restore your newest backup file with 'triad-cli "
        "restore'; to open this older state on purpose, run the command again with "
        "--accept-older REASON (the reason is recorded in the vault)"),
    f"vault:{VaultCode.NO_RECOVERY_SLOT}": N_(
        "this vault has no recovery code; a therapist can create one with 'triad-cli "
        "recovery-code VAULT'"),
    f"exchange:{ExchangeCode.AMBIGUOUS_CONTACT}": N_(
        "more than one contact has that name; nothing was changed (choose the contact in the "
        "Triad app, under Exchange)"),
    f"exchange:{ExchangeCode.NOT_ON_CASE}": N_(
        "that contact is not in this case's triad; the case's therapist can add them with "
        "'triad-cli case share VAULT CASE --with NAME' first"),
    f"exchange:{ExchangeCode.NO_RELEASE}": N_(
        "nothing was sent about case {case}: no release of information is in force ({release});"
        " the client's release is what allows notes to go to the surrogate partner and the "
        "supervisor. Tell them in person that surrogate sessions are paused; when the client "
        "signs a new release, record it in the Triad app, on the Consent tab, and export the "
        "packet again"),
    "consent-violation": N_(
        "the consent in force at {at} does not cover: {activities}; record the client's consent "
        "to these first, in the Triad app, on the Consent tab"),
    "consent-violation-forms": N_(
        "a surrogate session at {at} cannot include {activities}; not in force for it: {forms} "
        "(a surrogate session needs the informed consent, the triad agreement with its surrogate "
        "partner and a release of information, all at once); record what is missing with the "
        "client first, in the Triad app, on the Consent tab"),
    "consent-withdrawn": N_(
        "the client revoked the whole informed consent: no surrogate work can go on at {at}; "
        "talk with the client, and record a new informed consent (in the Triad app, on the "
        "Consent tab) before any further surrogate session"),
    "interrupted": N_("interrupted; nothing further was changed"),
    "internal-error": N_("unexpected internal error ({kind})"),
    "quick-unlock-fallback": N_("quick unlock did not work ({reason}); using the passphrase"),
    "output-failed": N_(
        "cannot write the output ({reason}); check the disk or where the output goes"),
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
    "consent-violation-forms": N_(
        "This phase cannot start: not in force for {activities}: {forms} (a phase of surrogate "
        "sessions needs the informed consent and a triad agreement with a surrogate partner "
        "of the case, all granting its activities). Record what is missing on the Consent "
        "tab, then start the phase again."),
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
