"""The client copy's words for its corrections section (issue 19): what kind of entry a
correction changed, and the name of each field it changed, addressed to the client. Every kind
a signed entry may be amended as (``triad.log.projection.AMENDABLE``) and every field it may
change has a word here (tests/core/reports/test_german_chrome.py holds them together), so no
code ("rebuttal", "an entry") reaches the client's page."""

from __future__ import annotations

from triad.i18n import T_

ENTRY_WORDS = {"case.opened": "your details", "case.client_updated": "a change to your details",
               "session.debriefed": "a surrogate partner's debrief",
               "debrief.reviewed": "the therapist's review of a debrief",
               "note.progress": "a progress note", "meeting.minutes": "the minutes of a meeting",
               "measure.recorded": "a measure", "goal.set": "a goal",
               "goal.progress": "progress on a goal", "session.scheduled": "a session booked",
               "client.capacity_assessed": "an assessment of capacity to consent",
               "session.outcome_recorded": "what happened to a session",
               "consent.given": "a consent you gave",
               "request.received": "a request you made",
               "request.closed": "the answer to a request you made"}
ANY_ENTRY = T_("reports", "an entry")  # a kind a newer program amends

FIELD_WORDS = {
    # the debrief
    "suds_before": "distress before (SUDS)", "suds_after": "distress after (SUDS)",
    "activities_done": "activities done", "activities_planned": "activities planned",
    "held_at": "time held", "duration_min": "length (minutes)",
    "stop_signals": "stop signals used", "pause_signals": "pause signals used",
    "location": "place", "went_well": "what went well", "was_hard": "what was hard",
    "arousal_anxiety": "arousal and anxiety", "boundaries_kept": "boundaries kept",
    "boundaries_note": "about the boundaries", "safer_sex": "safer sex",
    "safer_sex_kept": "safer-sex agreement kept", "aids_used": "aids used",
    "aid_ids": "aids used", "reactions": "the surrogate partner's reactions",
    "questions": "questions for the therapist", "proposal": "proposal for the next session",
    "process_recording": "process recording",
    # the session, its outcome, the review, a measure, a goal, a consent
    "starts_at": "time booked", "phase_id": "phase", "outcome": "what happened",
    "notice_hours": "notice given (hours)", "note": "note", "comment": "comment",
    "value": "value", "on": "date", "label": "note", "description": "goal",
    "baseline": "at the start", "target": "aim", "unit": "unit",
    # notes and minutes
    "focus": "focus", "interventions": "interventions", "response": "your response",
    "plan": "plan", "text": "text", "attendees": "who took part", "agreements": "agreements",
    "plan_changes": "changes to the plan", "next_steps": "next steps",
    "closing": "closing meeting",
    # your details
    "code": "client code", "legal_name": "name", "pronouns": "pronouns",
    "date_of_birth": "date of birth", "presenting_concerns": "what brought you",
    "concerns_note": "in your words", "contraindications": "contraindications",
    "medical_context": "medical or rehabilitation context",
    "legal_basis": "legal basis for keeping this record", "jurisdiction": "jurisdiction",
    # your requests
    "received_on": "date received", "about_field": "what the request was about",
    "reason": "reason", "statement": "your statement of disagreement",
    "rebuttal": "the practice's reply to your statement",
}
