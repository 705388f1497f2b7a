"""The promises table (issue 13, "Tests"): every promise sentence of every form version in
``triad/data/forms``, and what keeps it.

Each sentence (as ``tests/core/test_promises.py`` reads it: Markdown markers dropped,
``{placeholders}`` kept) maps to one of:

- ``test(node ids...)``: the tests that enforce it today. ``partly=`` names what of the promise
  is still not enforced (an issue point), and such a promise is printed as open too;
- ``open_(point)``: not enforced yet; the issue point that will enforce it, or "not in issue 13"
  and what is missing;
- ``people(reason)``: a promise the people keep (what the therapist says in the room, what the
  surrogate does in a session, what happens outside Triad), which software cannot check;
- ``DESCRIBES``: the sentence promises nothing (what SPT is, a heading-like lead-in, a list of
  what *may* be shared, an invitation).

Changing a form's text means a new version (signatures bind to the content hash); the new
version's sentences need their own entries here, and the old version's stay.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    tests: tuple[str, ...] = ()
    open: str = ""  # with tests: what is still missing; alone: the whole promise is open
    people: str = ""
    describes: bool = False


def test(*node_ids: str, partly: str = "") -> Entry:
    return Entry(tests=node_ids, open=partly)


def open_(point: str) -> Entry:
    return Entry(open=point)


def people(reason: str) -> Entry:
    return Entry(people=reason)


DESCRIBES = Entry(describes=True)

# -- the issue points that will enforce what is open -------------------------------------------
# Issue 17: the retention period (7 years after the last service by default; the practice sets
# its jurisdiction's), the cases due, and disposal with no byte left in the file.
RETENTION = ("tests/core/casefile/test_retention.py::test_an_open_case_has_no_retention_end_and_a_"
             "closed_one_counts_from_its_last_service",
             "tests/core/cli/test_cli_records.py::test_retention_lists_the_cases_due_with_the_"
             "clock_moved",
             "tests/core/casefile/test_disposal.py::test_disposal_after_retention_removes_every_"
             "byte_from_the_file",
             # issue 19: the period the signed form names is a floor under the practice's figure
             "tests/core/casefile/test_form_retention.py::test_a_practice_below_the_english_"
             "promise_keeps_the_promised_7",
             "tests/core/casefile/test_form_retention.py::test_a_german_signed_case_at_the_"
             "default_7_years_is_kept_10")
OUTCOME_PARTS = ("not in issue 13: the outcome-data form has no scope, so which part (recording, "
                 "sharing) the client agreed to, or withdrew, is not recorded")
RECONSENT_AUDIT_ONLY = ("not in issue 13: a phase whose informed consent or triad agreement was not "
                        "re-confirmed since the previous phase is an audit finding (minor), not "
                        "refused when it starts")
TALK_AFTER = "not in issue 13: the talk-therapy session after each surrogate session is not checked"

# -- kept by people --------------------------------------------------------------------------------
CLINICIAN = "the therapist's conduct with the client; Triad records outcomes, not the conversation"
SESSION = "the surrogate partner's and client's conduct in and between sessions; the debrief reports it"
OUTSIDE = ("kept outside Triad: Triad stores no audio recordings and has no outcome-data export, "
           "so nothing of a recording or of shared outcome data passes through it")
SUPERVISOR_ABSENT = "the supervisor is never a party to a session in Triad; attendance is not recorded"

# -- the enforcing tests ---------------------------------------------------------------------------
_C = "tests/core/casefile/"
# issue 16: the therapist's private notes (psychotherapy notes) stay with her
PRIVATE_OTHERS = _C + "test_private_notes.py::test_no_other_member_of_the_vault_lists_or_reads_it"
PRIVATE_SEALED = (_C + "test_private_notes.py::"
                  "test_the_database_holds_only_ciphertext_that_another_members_key_cannot_open")
PRIVATE_FILES = _C + "test_private_notes.py::test_it_is_never_in_a_case_file_or_a_report"
PRIVATE_PACKETS = ("tests/core/exchange/test_notes_exchange.py::"
                   "test_notes_travel_by_role_and_private_notes_never")
_A = "tests/core/audit/test_audit_rules.py::"
REVOKE = _C + "test_consent.py::test_revocation_is_immediate_and_case_wide"
WHOLE_REVOKE = _C + "test_consent.py::test_whole_record_revocation_and_later_decline"
SCOPE = _C + "test_consent.py::test_scope_and_contradictions_are_refused"
PARTIES = _C + "test_consent.py::test_every_required_party_must_sign"
_S = _C + "test_signatures.py::"
SIGNS_HERSELF = _S + "test_a_triad_agreement_awaits_the_surrogate_and_grants_nothing_until_she_signs"
NOT_FOR_HER = _S + "test_the_therapist_cannot_sign_for_the_surrogate_partner"
AWAITING_GATE = _S + "test_a_session_held_while_the_triad_agreement_awaits_is_a_gate_finding"
SIGNS_IN_APP = ("tests/ui/casefile/test_consent_signing.py::"
                "test_the_surrogate_countersigns_from_her_own_session")
AID_SCOPE = _C + "test_consent.py::test_an_aid_consent_grants_no_other_activity"
SCHEDULE = _C + "test_casefile.py::test_scheduling_outside_consent_is_refused"
MOVE = _C + "test_casefile.py::test_moving_a_session_rechecks_consent_at_the_new_time"
DEBRIEF_FLAG = _C + "test_casefile.py::test_debrief_outside_consent_is_accepted_and_flagged"
PHASE = _C + "test_casefile.py::test_plan_revisions_and_phase_start_needs_consent"
AMEND = _C + "test_casefile.py::test_amendment_keeps_the_original"
SURROGATE_NAMES = _C + "test_casefile.py::test_surrogates_never_see_legal_name_or_birth_date"
GOAL_AMENDED = _C + "test_rules.py::test_an_amended_goal_keeps_to_its_scale"
PR_WHO = _C + "test_rules.py::test_who_reads_a_process_recording"
PR_ROLES = _C + "test_roles.py::test_process_recordings_per_role"
SUPERVISOR_EXPORT = _C + "test_roles.py::test_supervisor_does_not_export_the_case_file"
PERMISSIONS = _C + "test_permissions.py::test_permission_matrix"
FRESH_REVIEW = _C + "test_agenda.py::test_a_new_flag_asks_for_a_fresh_review"
AUDIT_PHASE = _A + "test_phase_started_without_consent"
NOT_COVERED = _A + "test_activity_not_covered"
AFTER_REVOKE = _A + "test_activity_after_revocation_or_expiry"
RECONSENT = _A + "test_reconsent_at_phase_change_setting"
OUTDATED = _A + "test_signature_on_an_outdated_form_version"
REVIEW_DEADLINE = _A + "test_debrief_review_deadline"
STOP_REVIEW = _A + "test_stop_signal_needs_a_review"
MISSING_DEBRIEF = _A + "test_missing_debrief"
TRIAD_BEFORE = _A + "test_triad_agreement_before_first_session"
_G = _C + "test_consent_gate.py::"
_P = _C + "test_consent_promises.py::"
_R = "tests/core/exchange/test_release_gate.py::"
GATE_DEMO = _G + "test_withdrawing_from_therapy_stops_surrogate_work_on_the_demo"
INTERSECTION = _G + "test_forms_combine_by_intersection"
THAT_SURROGATE = _G + "test_the_triad_agreement_must_be_that_surrogate_partners"
RELEASE_STOPS = _G + "test_a_revoked_release_stops_surrogate_sessions"
EVERY_SESSION = _G + "test_the_audit_checks_every_session_against_every_form"
LADDER = _G + "test_a_ladder_granted_above_a_declined_rung_is_a_finding"
DECLINE_HOLDS = _P + "test_what_the_informed_consent_declines_no_later_form_grants"
TRIAD_LIST = _P + "test_nothing_outside_the_triad_agreements_list_takes_place"
AIDS_WITHDRAWN = _P + "test_withdrawing_the_aids_consent_stops_aids_at_once_and_nothing_else"
TALK_GOES_ON = _P + "test_talk_therapy_goes_on_while_the_release_is_withdrawn"
RELEASE_FOLLOWS = _R + "test_release_in_force_follows_the_records"
NOTHING_NEW = _R + "test_nothing_new_goes_while_the_release_is_revoked"
ALREADY_SENT = _R + "test_entries_already_sent_stay_sent"
SYNC_SKIPS = _R + "test_the_folder_sync_skips_the_case_with_a_note"
LEFT_OUT = _R + "test_a_packet_with_other_cases_leaves_the_case_out"
EXPORT_REFUSES = _R + "test_packet_export_refuses_in_words"
_E = "tests/core/exchange/test_release_end.py::"
AT_CLOSE = _E + "test_closing_the_case_ends_the_release"
REOPENED = _E + "test_a_reopened_case_needs_a_new_release"
OFF_TEAM = _E + "test_a_surrogate_taken_off_the_team_gets_nothing_more"
REACHES_HER = _E + "test_the_revocation_reaches_her_copy_and_nothing_after_it"
HER_PACKETS = _E + "test_her_reports_reach_the_therapist_after_the_release_ended"
NEVER_SIGNED = ("tests/core/exchange/test_release_never_signed.py::"
                "test_nothing_goes_before_the_client_signs_a_release")
RELEASE_AUDIT = ("tests/core/audit/test_release_audit.py::"
                 "test_sessions_held_after_the_release_was_revoked_are_findings")
SUP_SHOW = _C + "test_supervisor_client_code.py::test_show_names_prints_the_code_to_a_supervisor"
SUP_SERVICES = _C + "test_supervisor_client_code.py::test_the_services_give_a_supervisor_the_code_only"
SUP_PACKET = "tests/core/exchange/test_exchange.py::test_three_machines_end_with_the_same_case"
SETTINGS = "tests/core/audit/test_audit.py::test_settings_are_validated_and_recorded"
_S = _C + "test_signals.py::"
SIGNALS = _S + "test_the_triad_agreement_records_signals_and_the_safer_sex_agreement"
SIGNALS_SHOWN = _S + "test_show_prints_the_agreed_signals_and_safer_sex"
SAFER_ASKED = _S + "test_a_genital_touch_debrief_must_say_whether_safer_sex_was_kept"
SAFER_AUDIT = _S + "test_a_genital_touch_session_without_a_safer_sex_agreement_is_a_finding"
SAFER_NOT_KEPT = _S + "test_safer_sex_not_kept_is_flagged_and_found_by_the_audit"
_SG = _C + "test_signals_gate.py::"
SIGNALS_REFUSED = _SG + "test_a_touch_session_is_refused_while_no_signals_are_agreed"
SIGNALS_AUDIT = _SG + "test_a_touch_session_held_without_signals_is_a_finding"
SIGNALS_TODO = _SG + "test_the_to_do_list_names_the_missing_signals"
SIGNALS_DIALOG = ("tests/ui/casefile/test_schedule_signals.py::"
                  "test_the_dialog_names_the_missing_signals")
_AID = _C + "test_aids.py::"
AID_EACH = _AID + "test_an_aids_consent_names_each_aid_and_each_use"
AID_GATE = _AID + "test_the_activity_gate_still_holds_for_each_aid"
AID_WITHDRAW = _AID + "test_one_aid_can_be_withdrawn_and_the_others_kept"
AID_WHOLE = _AID + "test_a_whole_revocation_ends_every_aid"
AID_DEBRIEF = _AID + "test_a_debrief_names_the_aids_used_and_flags_one_without_its_consent"
AID_AUDIT = _AID + "test_the_audit_finds_an_aid_used_without_its_own_consent"
AID_LEGACY = _AID + "test_old_aids_consents_and_debriefs_stay_readable_and_are_named"
LOG_EDIT = "tests/core/log/test_log.py::test_edited_body_is_named_by_verify"
LOG_DELETE = "tests/core/log/test_log.py::test_deleted_entry_breaks_the_chain"
NAMES = "tests/core/reports/test_reports.py::test_names_only_when_asked_and_every_script_prints"
PR_SUMMARY = "tests/core/reports/test_reports.py::test_progress_summary_figures_match_the_data"
PRINTED_FORM = "tests/core/reports/test_reports.py::test_consent_form"
DEBRIEF_PRINT = "tests/core/reports/test_reports.py::test_debrief_print"
PR_PACKET = ("tests/core/exchange/test_review_exchange.py::"
             "test_a_surrogates_packet_to_the_supervisor_is_accepted_and_carries_no_recording")
PR_RELAY = ("tests/core/exchange/test_review_exchange.py::"
            "test_without_the_authors_view_a_recording_never_goes_to_the_supervisor")
SHARING = "tests/core/exchange/test_exchange.py::test_contacts_and_sharing_rules"
WRONG_ADDRESS = "tests/core/exchange/test_exchange_rejects.py::test_wrongly_addressed_packets"
ENCRYPTED = "tests/core/vault/test_canary.py::test_no_plaintext_in_any_file"

PROMISES: dict[tuple[str, int], list[tuple[str, Entry]]] = {
    ('informed-consent', 1): [
        ('This form is for client {client_code} at {practice_name}.',
         DESCRIBES),
        ('Your therapist, {therapist_name}, will go through it with you and answer every question before you sign.',
         people(CLINICIAN)),
        ('You may take it home to think it over.',
         people(CLINICIAN)),
        ('Surrogate partner therapy (SPT) is a form of therapy for difficulties with intimacy, touch, closeness and sexuality.',
         DESCRIBES),
        ('It works as a triad of three people:',
         DESCRIBES),
        ('You, the client.',
         DESCRIBES),
        ('You set the pace.',
         people(CLINICIAN)),
        ('You give consent, and you can withdraw it.',
         test(REVOKE, WHOLE_REVOKE, GATE_DEMO)),
        ('Your therapist.',
         DESCRIBES),
        ('A licensed clinician who is the clinical lead.',
         DESCRIBES),
        ('Your therapist assesses whether SPT suits you, chooses the surrogate partner, writes the phase plan with you and the surrogate, runs your talk-therapy sessions and reviews every session report.',
         test(REVIEW_DEADLINE)),
        ('A surrogate partner.',
         DESCRIBES),
        ('A trained professional who leads the experiential sessions with you.',
         DESCRIBES),
        ("The surrogate works only inside this triad and under your therapist's direction, never privately outside it.",
         people(SESSION)),
        ('Talk therapy comes first.',
         people(CLINICIAN)),
        ("Surrogate sessions follow a regular cycle: a session with the surrogate (usually one to two hours, often weekly), the surrogate's debrief to the therapist, planning between therapist and surrogate, and then a session with your therapist to talk about how it went.",
         DESCRIBES),
        ('Many clients have 18 to 45 surrogate sessions over six months or more.',
         DESCRIBES),
        ('The work moves in small, graded steps: from conversation and relaxation, through communication and consent skills, body image, and non-genital touch (sensate focus), and only later, if you wish, to genital touch or sexual intercourse.',
         test(PHASE, AUDIT_PHASE, LADDER)),
        ('Some clients choose to work with a surrogate as a social role model only, and never go beyond conversation and social practice.',
         DESCRIBES),
        ('That is a complete and valid choice.',
         DESCRIBES),
        ('The next phase begins only when you are ready and have consented to the activities it involves.',
         test(PHASE, AUDIT_PHASE)),
        ('The activity list printed with this form shows what you are agreeing to now and what you are declining.',
         test(PRINTED_FORM)),
        ('Anything you decline will not happen.',
         test(SCHEDULE, MOVE, DEBRIEF_FLAG, NOT_COVERED, INTERSECTION, DECLINE_HOLDS)),
        ('Your consent must be:',
         DESCRIBES),
        ('Informed: you understand what each activity means, and its benefits and risks.',
         people(CLINICIAN)),
        ('Specific: it covers only the activities you name, not anything similar or "next".',
         test(SCOPE, SCHEDULE)),
        ('Ongoing: you will be asked again when a phase changes or this form changes.',
         test(RECONSENT, SETTINGS, OUTDATED, partly=RECONSENT_AUDIT_ONLY)),
        ('Revocable: you can withdraw consent at any moment, before or during a session, and it takes effect at once.',
         test(REVOKE, WHOLE_REVOKE, GATE_DEMO)),
        ('Withdrawing consent carries no penalty.',
         people(CLINICIAN)),
        ('You will not be criticised, charged extra or dropped from therapy for saying no or for stopping.',
         people(CLINICIAN)),
        ('Before any experiential work you will agree, with your therapist and surrogate, on a word or gesture that means stop and one that means pause.',
         test(SIGNALS, SIGNALS_SHOWN, SAFER_ASKED, SIGNALS_REFUSED, SIGNALS_AUDIT, SIGNALS_TODO,
              SIGNALS_DIALOG)),
        ('When you use either, the surrogate stops or pauses straight away.',
         people(SESSION)),
        ('Every use of a signal is recorded in the session debrief and reviewed by your therapist.',
         test(STOP_REVIEW, FRESH_REVIEW, DEBRIEF_PRINT)),
        ('Using a signal is never a failure; it is part of the work.',
         DESCRIBES),
        ('SPT can reduce anxiety, build confidence and help you learn new ways of being close to another person.',
         DESCRIBES),
        ('It can also bring up strong feelings, old memories or attachment to the surrogate; these are discussed openly with your therapist.',
         people(CLINICIAN)),
        ('Where physical intimacy is part of your plan, safer-sex practice is agreed in advance and the surrogate records it after each session.',
         test(SIGNALS, SAFER_ASKED, SAFER_AUDIT, SAFER_NOT_KEPT)),
        ('What you share is confidential.',
         test(ENCRYPTED)),
        ('Notes are shared between your therapist and surrogate only if you sign a separate release of information.',
         test(NEVER_SIGNED, NOTHING_NEW, REACHES_HER, HER_PACKETS)),
        ('Your therapist must break confidentiality if there is a serious risk of harm to you or someone else, or where the law requires it; your therapist will explain what this means where you live.',
         people(CLINICIAN)),
        ('Your record uses a client code ({client_code}) instead of your name.',
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Signed entries are never edited or deleted; corrections are added as amendments that point to the original.',
         test(AMEND, LOG_EDIT, LOG_DELETE)),
        ('Records are kept for seven years after your last service (for adults), then securely disposed of.',
         test(*RETENTION)),
        ('You may ask questions at any time, about anything in this form or in your therapy.',
         people(CLINICIAN)),
        ('If something is unclear, please say so before you sign.',
         DESCRIBES),
    ],
    ('outcome-data', 1): [
        ('This form is for client {client_code} at {practice_name}.',
         DESCRIBES),
        ('It asks two separate questions: whether some of your sessions may be recorded, and whether your outcome data may be shared in a form that does not identify you.',
         DESCRIBES),
        ('Your therapist, {therapist_name}, will explain both.',
         people(CLINICIAN)),
        ('Saying no to either has no effect on your therapy.',
         people(CLINICIAN)),
        ("Surrogate partner therapy (SPT) is a triad: you, your therapist as clinical lead, and a surrogate partner who works only inside the triad and under your therapist's direction.",
         DESCRIBES),
        ('Your care does not depend on this form in any way.',
         people(CLINICIAN)),
        ('It is entirely optional.',
         DESCRIBES),
        ('With your permission, your therapist may make an audio recording of some talk-therapy sessions or three-way meetings.',
         people(OUTSIDE)),
        ('Recordings are used only for:',
         people(OUTSIDE)),
        ('clinical supervision, so a senior clinician can help your therapist give you better care;',
         people(OUTSIDE)),
        ("your therapist's own review of the work.",
         DESCRIBES),
        ('What this does not cover:',
         DESCRIBES),
        ('Experiential sessions involving nudity or any touch are never recorded under this form.',
         people(OUTSIDE)),
        ("Recordings are not given to the surrogate, your family or anyone outside the practice's clinical and supervisory staff.",
         people(OUTSIDE)),
        ('Recordings are not used for teaching, publication or research unless you sign a separate, specific consent for that purpose.',
         people(OUTSIDE)),
        ("Recordings are stored encrypted, identified by your client code rather than your name, and deleted once they have served their purpose, and no later than the end of the record's retention period.",
         people(OUTSIDE)),
        ('You may ask for the recorder to be switched off at any point in a session, without giving a reason.',
         people(OUTSIDE)),
        ('Your therapist measures progress during therapy, for example with distress ratings (SUDS) and, where relevant, validated questionnaires.',
         DESCRIBES),
        ('With your permission, {practice_name} may share these results, without your name or any detail that could identify you, to:',
         people(OUTSIDE)),
        ('improve the quality of its own services;',
         DESCRIBES),
        ('contribute to professional audits or research on how surrogate partner therapy helps people.',
         DESCRIBES),
        ('De-identified means that your name, contact details, dates of birth and of sessions, places and any free-text notes are removed, and your client code is replaced by a new code that cannot be traced back to you.',
         people(OUTSIDE)),
        ("Your therapist's notes, the surrogate's debriefs and process recordings are never shared under this form.",
         people(OUTSIDE)),
        ('Where numbers are very small, results are grouped so that no one can be recognised.',
         people(OUTSIDE)),
        ('You may agree to Part 1, Part 2, both, or neither.',
         DESCRIBES),
        ('Your therapist will record which parts you agree to.',
         open_(OUTCOME_PARTS)),
        ('Your consent is informed, specific and ongoing: you will be asked again if this form changes.',
         test(OUTDATED)),
        ('You can withdraw your consent to either part at any moment, in writing or by telling your therapist, and it takes effect at once.',
         test(WHOLE_REVOKE, partly=OUTCOME_PARTS)),
        ('Withdrawal carries no penalty and does not affect your therapy.',
         people(CLINICIAN)),
        ('If you withdraw consent to recording, no further recordings are made, and existing recordings are deleted unless you agree otherwise.',
         people(OUTSIDE)),
        ('If you withdraw consent to sharing outcome data, no further data are shared.',
         people(OUTSIDE)),
        ('Data already shared in de-identified form cannot be traced back to you and so cannot be withdrawn.',
         people(OUTSIDE)),
        ('Your health and sex-life information is sensitive, and is handled with special care.',
         test(ENCRYPTED)),
        ('Your therapist will explain the limits of confidentiality, such as a serious risk of harm, and what they mean where you live.',
         people(CLINICIAN)),
        ('Records use your client code instead of your name.',
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Signed entries are never changed; corrections are added as amendments.',
         test(AMEND, LOG_EDIT, LOG_DELETE)),
        ('Your clinical record is kept for seven years after your last service (for adults).',
         test(*RETENTION)),
        ('You may ask at any time how your recordings or data are used, who has seen them, and where they are kept.',
         people(OUTSIDE)),
    ],
    ('release-of-information', 1): [
        ('This form is for client {client_code} at {practice_name}.',
         DESCRIBES),
        ('It asks your permission for the people in your therapy to share information about you with each other.',
         DESCRIBES),
        ('Your therapist, {therapist_name}, will explain it and answer your questions before you sign.',
         people(CLINICIAN)),
        ('Surrogate partner therapy (SPT) is a triad.',
         DESCRIBES),
        ("Your therapist is the clinical lead, and your surrogate partner, {surrogate_name}, works only inside the triad and under your therapist's direction.",
         DESCRIBES),
        ('For this to work safely, your therapist and surrogate need to talk about your sessions: what was planned, what happened, how you felt, and what comes next.',
         DESCRIBES),
        ('Without your written permission they may not share notes.',
         test(NEVER_SIGNED, NOTHING_NEW, REACHES_HER, HER_PACKETS)),
        ('This release gives that permission, within the limits below.',
         DESCRIBES),
        ('Your goals, the phase plan and the activities you have consented to or declined.',
         DESCRIBES),
        ('Your agreed boundaries, pace, and stop and pause signals.',
         DESCRIBES),
        ("The surrogate's debrief after each session: what was done, your distress ratings (SUDS) before and after, what went well, what was hard, whether signals were used, and safer-sex practice where relevant.",
         DESCRIBES),
        ('Information from your assessment and talk-therapy sessions that the surrogate needs to work safely with you, such as health conditions, trauma history that affects touch, or medication.',
         DESCRIBES),
        ('Planning notes for the next session.',
         DESCRIBES),
        ("Your therapist's own psychotherapy notes stay with your therapist.",
         test(PRIVATE_OTHERS, PRIVATE_SEALED, PRIVATE_FILES, PRIVATE_PACKETS)),  # issue 16
        ("The surrogate's detailed process recordings (their personal notes to your therapist about a session) stay with your therapist.",
         test(PR_WHO, PR_ROLES, PR_PACKET, PR_RELAY)),
        ('They are kept apart from your progress summary and are not passed on to anyone else.',
         test(PR_SUMMARY, PR_PACKET, PR_RELAY)),
        ('Anything you ask your therapist to keep private, unless your therapist explains that the surrogate needs it for your safety.',
         people(CLINICIAN)),
        ('In that case you will talk it through first, and you may decide to pause the work instead.',
         people(CLINICIAN)),
        ('Your name.',
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Records and printouts use your client code ({client_code}) unless you ask otherwise.',
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Good practice in SPT includes review by a senior clinician or mentor.',
         DESCRIBES),
        ('You permit your therapist and surrogate to show your record to the supervisor of {practice_name} so they can audit the documentation, check that consent was in place for every session, and review notes.',
         test(NOT_COVERED, AFTER_REVOKE, EVERY_SESSION, RELEASE_AUDIT, NOTHING_NEW)),
        ('The supervisor has read-only access, sees your client code rather than your name, and is bound by the same confidentiality as your therapist.',
         test(PERMISSIONS, SUPERVISOR_EXPORT, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('The supervisor does not take part in your sessions.',
         people(SUPERVISOR_ABSENT)),
        ('This release does not allow sharing with anyone outside the triad and the supervisor: not your family, partner, employer, doctor or insurer.',
         test(SHARING, WRONG_ADDRESS)),
        ('Any other disclosure needs a separate, specific release, except where your therapist must act to prevent serious harm or where the law requires it.',
         people(CLINICIAN)),
        ('Your therapist will explain what those limits mean where you live.',
         people(CLINICIAN)),
        ('This release stays in force while you are in surrogate partner therapy and ends when therapy with the surrogate closes, unless you withdraw it earlier.',
         test(AT_CLOSE, REOPENED, OFF_TEAM)),
        ('The record itself is kept for seven years after your last service (for adults).',
         test(*RETENTION)),
        ('Signed entries are never changed; corrections are added as amendments.',
         test(AMEND, LOG_EDIT, LOG_DELETE)),
        ('You can withdraw this release at any moment, in writing or by telling your therapist, and it takes effect at once.',
         test(WHOLE_REVOKE, RELEASE_FOLLOWS, NOTHING_NEW, RELEASE_STOPS)),
        ('Withdrawal carries no penalty.',
         people(CLINICIAN)),
        ('Information already shared cannot be unshared, but nothing further will be exchanged.',
         test(ALREADY_SENT, NOTHING_NEW, SYNC_SKIPS, LEFT_OUT, EXPORT_REFUSES, REACHES_HER,
              HER_PACKETS)),
        ('Because the triad depends on the therapist and surrogate talking to each other, surrogate sessions will pause while the release is withdrawn; your talk-therapy sessions with your therapist continue, and together you will decide what happens next.',
         test(RELEASE_STOPS, RELEASE_AUDIT, TALK_GOES_ON)),
        ('You may ask at any time what has been shared, with whom and why.',
         people(CLINICIAN)),
    ],
    ('therapeutic-aids', 1): [
        ('This form is for client {client_code} at {practice_name}.',
         DESCRIBES),
        ('It asks whether you agree to the use of therapeutic aids in your surrogate partner therapy.',
         DESCRIBES),
        ('Your therapist, {therapist_name}, will explain each aid, show it to you if you wish, and answer your questions before you sign.',
         people(CLINICIAN)),
        ("Surrogate partner therapy (SPT) is a triad: you, your therapist as clinical lead, and a surrogate partner who works only inside the triad and under your therapist's direction.",
         DESCRIBES),
        ('For some clients, especially after surgery, spinal cord injury, illness or a change to the body, practising with an aid is a gentler or more practical first step.',
         DESCRIBES),
        ('Aids can help you learn about your body, rehearse touch and positioning, explore what is physically possible, and build confidence before, alongside, or instead of some touch with the surrogate.',
         DESCRIBES),
        ('Your therapist uses the PLISSIT model to frame this part of the work:',
         DESCRIBES),
        ('Permission: reassurance that your questions and wishes about sex and intimacy are normal.',
         DESCRIBES),
        ('Limited information: clear facts about your body, your condition and what may change.',
         DESCRIBES),
        ('Specific suggestions: practical steps, which may include practising with an aid.',
         DESCRIBES),
        ('Intensive therapy: deeper therapeutic work where it is needed.',
         DESCRIBES),
        ("Full-body dolls, used to practise touch, positioning and movement without another person's body.",
         DESCRIBES),
        ('Partial models, such as a torso or pelvic model, used for learning anatomy or practising a specific skill.',
         DESCRIBES),
        ('Adjustable features, such as size, firmness or position, chosen by your therapist to suit your goals, your body and your stage of therapy.',
         DESCRIBES),
        ('Your therapist chooses which aids are suitable and why.',
         people(CLINICIAN)),
        ("The surrogate uses aids only as set out in your phase plan and under the therapist's direction.",
         test(SCHEDULE, DEBRIEF_FLAG, AID_DEBRIEF, AID_GATE)),
        ('You can say no to any aid, for any reason.',
         test(AID_EACH)),
        ('Agreeing to this form does not mean agreeing to every aid.',
         test(AID_EACH)),
        ('Each aid, and each way of using it, needs its own specific consent, recorded before it is used.',
         test(AID_EACH, AID_DEBRIEF, AID_AUDIT, AID_LEGACY)),
        ('If your therapist suggests a new aid or a new use, you will be asked again.',
         test(AID_EACH)),
        ('Consent to an aid does not include consent to any other activity, such as touch with the surrogate; those are covered separately.',
         test(AID_SCOPE)),
        ('You can withdraw consent to any aid, or to all aids, at any moment, including in the middle of a session.',
         test(REVOKE, AID_WITHDRAW, AID_WHOLE)),
        ('Withdrawal takes effect at once and carries no penalty.',
         test(REVOKE, AIDS_WITHDRAWN)),
        ('The stop and pause signals you agreed with your therapist and surrogate apply to work with aids exactly as they do to any other activity.',
         people(SESSION)),
        ('Any use of a signal is recorded and reviewed by your therapist.',
         test(STOP_REVIEW, FRESH_REVIEW)),
        ("Aids are cleaned before and after every use, following the maker's instructions and the practice's hygiene procedure.",
         people(CLINICIAN)),
        ('Barrier methods such as condoms or covers are used where an aid contacts intimate areas, and aids are not shared between clients without full cleaning.',
         people(CLINICIAN)),
        ('Tell your therapist about any allergy (for example to latex), skin condition, pain, or medical device, so a suitable aid and material can be chosen.',
         people(CLINICIAN)),
        ('If anything causes pain or discomfort, stop and say so.',
         DESCRIBES),
        ('Your therapist may check with your doctor or rehabilitation team first, with your permission.',
         people(CLINICIAN)),
        ('The surrogate records in each debrief which aids were used and how it went, and your therapist reviews it.',
         test(REVIEW_DEADLINE, AID_DEBRIEF)),
        ('Notes are shared between therapist and surrogate only under your signed release of information.',
         test(NEVER_SIGNED, NOTHING_NEW, REACHES_HER, HER_PACKETS)),
        ('Records use your client code instead of your name.',
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Signed entries are never changed; corrections are added as amendments.',
         test(AMEND, LOG_EDIT, LOG_DELETE)),
        ('Records are kept for seven years after your last service (for adults).',
         test(*RETENTION)),
        ('You may ask questions at any time: what an aid is for, how it is cleaned, or why your therapist suggests it.',
         people(CLINICIAN)),
        ('If anything is unclear, please ask before you sign.',
         DESCRIBES),
    ],
    ('triad-agreement', 1): [
        ('This agreement is made at {practice_name} between the client ({client_code}), the therapist ({therapist_name}) and the surrogate partner ({surrogate_name}).',
         DESCRIBES),
        ('It records what the three of us agreed at our three-way meeting.',
         DESCRIBES),
        ('All three of us sign it before the first surrogate session.',
         test(TRIAD_BEFORE, PARTIES, SIGNS_HERSELF, NOT_FOR_HER, AWAITING_GATE, SIGNS_IN_APP)),
        ('The client sets the pace, gives consent and may withdraw it at any moment.',
         test(REVOKE, WHOLE_REVOKE, GATE_DEMO)),
        ('The therapist is the clinical lead.',
         DESCRIBES),
        ('The therapist writes the phase plan with the client and surrogate, runs the talk-therapy sessions and reviews every debrief.',
         test(REVIEW_DEADLINE)),
        ("The surrogate partner works only inside this triad and under the therapist's direction, runs the experiential sessions, and reports to the therapist after every session.",
         test(MISSING_DEBRIEF)),
        ("The client's goals are discussed in the three-way meeting and written into the phase plan.",
         DESCRIBES),
        ("They are the client's own goals, in the client's own words.",
         DESCRIBES),
        ('Goals can change; a change is discussed by all three of us and recorded.',
         test(GOAL_AMENDED, AMEND)),
        ('Surrogate sessions usually last one to two hours and take place about once a week, at a place agreed in advance.',
         DESCRIBES),
        ("Each surrogate session is followed by the surrogate's debrief to the therapist and a talk-therapy session between client and therapist.",
         test(MISSING_DEBRIEF, partly=TALK_AFTER)),
        ('The activities the client consents to, and those the client declines, are listed with this agreement.',
         test(PRINTED_FORM)),
        ('Nothing outside that list will take place.',
         test(SCHEDULE, MOVE, DEBRIEF_FLAG, NOT_COVERED, TRIAD_LIST)),
        ('Where intimate touch is part of the plan, safer-sex practice is agreed before it begins and recorded after each session.',
         test(SIGNALS, SAFER_ASKED, SAFER_AUDIT, SAFER_NOT_KEPT)),
        ('The client may name boundaries at any time, and the surrogate respects them without argument.',
         people(SESSION)),
        ('The surrogate also has professional boundaries: the surrogate will not take part in anything outside the agreed activities, or outside the triad, even if asked.',
         test(SCHEDULE, DEBRIEF_FLAG, NOT_COVERED, TRIAD_LIST, THAT_SURROGATE)),
        ('A boundary named once stays in place until the person who named it lifts it.',
         people(SESSION)),
        ('Work moves through graded phases, one step at a time.',
         DESCRIBES),
        ('A new phase begins only when the client feels ready, the therapist agrees, and the client has consented to the activities that phase needs.',
         test(PHASE, AUDIT_PHASE)),
        ('Going back to an earlier step is normal and is not a setback.',
         DESCRIBES),
        ('Before the first experiential session we agree on a signal that means stop and one that means pause.',
         test(SIGNALS, SIGNALS_SHOWN, SAFER_ASKED, SIGNALS_REFUSED, SIGNALS_AUDIT, SIGNALS_TODO,
              SIGNALS_DIALOG)),
        ('The client may use them at any time; the surrogate may also pause or stop a session.',
         people(SESSION)),
        ('When the client uses a signal, the surrogate stops or pauses at once, checks in with the client, and does not resume unless the client clearly wishes to.',
         people(SESSION)),
        ('Every use of a signal is recorded in the debrief and reviewed by the therapist.',
         test(STOP_REVIEW, FRESH_REVIEW, DEBRIEF_PRINT)),
        ('Consent is informed, specific, ongoing and revocable.',
         test(SCOPE, REVOKE, GATE_DEMO, RECONSENT, SETTINGS, partly=RECONSENT_AUDIT_ONLY)),
        ('The client can withdraw consent to any activity, or to the whole therapy, at any moment, and the withdrawal takes effect immediately.',
         test(REVOKE, WHOLE_REVOKE, GATE_DEMO)),
        ('There is no penalty for withdrawing consent.',
         people(CLINICIAN)),
        ('Consent is confirmed again when a phase changes or when this agreement changes.',
         test(RECONSENT, SETTINGS, OUTDATED, partly=RECONSENT_AUDIT_ONLY)),
        ('Contact between client and surrogate outside sessions is limited to arranging appointments, unless all three of us agree otherwise and the therapist records it.',
         people(SESSION)),
        ('The client and surrogate do not meet socially, and do not contact each other on social media.',
         people(SESSION)),
        ('If the client needs support between sessions, the client contacts the therapist.',
         people(SESSION)),
        ("Notes are shared between therapist and surrogate under the client's signed release of information.",
         test(NEVER_SIGNED, NOTHING_NEW, REACHES_HER, HER_PACKETS)),
        ("Records use the client code instead of the client's name.",
         test(NAMES, SURROGATE_NAMES, SUP_SHOW, SUP_SERVICES, SUP_PACKET)),
        ('Signed entries are never changed; corrections are added as amendments.',
         test(AMEND, LOG_EDIT, LOG_DELETE)),
        ('The record is kept for seven years after the last service (for adults).',
         test(*RETENTION)),
        ('Closure is planned together, not abrupt.',
         people(CLINICIAN)),
        ("When the goals are met, or the client chooses to end, we agree a closure phase to review progress, transfer gains to the client's life, and say goodbye.",
         people(CLINICIAN)),
        ('The surrogate relationship ends when surrogate partner therapy ends; it does not continue as a friendship or relationship.',
         people(CLINICIAN)),
        ('The therapist continues to support the client afterwards.',
         people(CLINICIAN)),
        ('Any of us may ask questions, or ask for a three-way meeting, at any time, including when work starts, stalls or closes.',
         people(CLINICIAN)),
    ],
}

# Version 2 of the release (issue 13's RELEASE_AT_CLOSE and TO_THE_THERAPIST): v1's text, but
# for the two paragraphs that promised more than a file-based exchange can keep -- "ends when
# therapy with the surrogate closes" becomes the closing of the case (and a re-opened case
# needs a new release), and "nothing further will be exchanged" says what still travels.
_RELEASE_V1_ONLY = {
    'This release stays in force while you are in surrogate partner therapy and ends when therapy with the surrogate closes, unless you withdraw it earlier.',
    'Information already shared cannot be unshared, but nothing further will be exchanged.',
}
PROMISES[('release-of-information', 2)] = [
    *((s, e) for s, e in PROMISES[('release-of-information', 1)] if s not in _RELEASE_V1_ONLY),
    ('This release stays in force while you are in surrogate partner therapy and ends when your therapist closes your case, unless you withdraw it earlier.',
     test(AT_CLOSE, OFF_TEAM)),
    ('If your case is opened again later, nothing new is shared until you sign a new release.',
     test(REOPENED)),
    ('Information already shared cannot be unshared.',
     test(ALREADY_SENT)),
    ('Notes travel between the therapist and the surrogate as files, not instantly: notes your therapist wrote before you withdrew may still reach the surrogate and the supervisor, together with the notice that the release has ended; nothing your therapist writes after that is sent to them.',
     test(NOTHING_NEW, SYNC_SKIPS, LEFT_OUT, EXPORT_REFUSES, REACHES_HER)),
    ('What the surrogate reports to your therapist about sessions already held, and any withdrawal you tell the surrogate of, still reaches your therapist, who keeps it in your record.',
     test(HER_PACKETS)),
]

# The German versions (issue 19): each German sentence takes the entry of the English sentence it
# renders (tests/core/promises_de.py; imported last, since it reads the entries above).
from tests.core.promises_de import german  # noqa: E402

PROMISES.update(german(PROMISES))
