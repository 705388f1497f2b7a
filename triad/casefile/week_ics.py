"""The Agenda as an iCalendar file (RFC 5545), written with the ``icalendar`` library, so a
therapist can subscribe to her week from a calendar app.

What goes in, and what never does:
- one VEVENT per session, its UID the session's id (``<session id>@triad``): the same in every
  export and in every vault holding the case, so re-importing or a subscription *updates* the
  event instead of adding a second one;
- DTSTART/DTEND in UTC (sessions are the practice's local wall-clock minutes, converted on
  this computer), LOCATION as the therapist recorded it, STATUS from
  ``triad.casefile.week.calendar_status`` (a cancelled session is ``STATUS:CANCELLED``);
- a pseudonymised SUMMARY: the case code and the kind of session. Never a client's legal
  name, date of birth or any note -- whatever the reader asked the agenda for;
- a DESCRIPTION saying what is due on the session for the reader (``Due``: a debrief or note
  to write, a review, consent to sign, open findings...), in fixed words only: no name (not
  even a surrogate partner's), no record text; absent when nothing is due;
- PRODID, and DTSTAMP from the workspace clock (the moment of the export).

``icalendar`` is imported when a file is written, not at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime

from triad import __version__
from triad.casefile import week
from triad.casefile.week import CalendarSession, Due, Span
from triad.roles import Role

PRODID = f"-//Triad//Triad {__version__}//EN"
KIND_WORDS = {"therapist_session": "therapist session", "surrogate_session": "surrogate session",
              "three_way_meeting": "three-way meeting"}


# What is due, for the one who does it and for the others (fixed words: nothing from a record)
_DUE_WORDS = {
    week.DEBRIEF_TO_WRITE: ("debrief to write", "debrief not written yet", Role.SURROGATE),
    week.DEBRIEF_TO_REVIEW: ("debrief to review", "debrief awaits review", Role.THERAPIST),
    week.CONSENT_TO_SIGN: ("consent to sign before it", "consent to sign before it", None),
    week.OUTCOME_MISSING: ("record what happened", "outcome not recorded", Role.THERAPIST),
    week.NOTE_TO_WRITE: ("note to write", "progress note not written yet", Role.THERAPIST),
    week.MINUTES_TO_WRITE: ("minutes to write", "minutes not written yet", Role.THERAPIST),
    week.COSIGN_AWAITED: ("to co-sign", "awaits the supervisor's co-signature", Role.SUPERVISOR),
}


def due_words(item: Due, role: Role) -> str:
    """One due item in the calendar file's fixed words, for the reader's ``role``."""
    if item.code == week.OPEN_FINDINGS:
        return f"{item.count} open finding" + ("s" if item.count != 1 else "")
    if item.code == week.COSIGN_AWAITED and role is Role.SUPERVISOR:
        return {"debrief.reviewed": "review to co-sign",
                "note.progress": "progress note to co-sign"}.get(item.detail, "to co-sign")
    mine, theirs, doer = _DUE_WORDS.get(item.code, (item.code, item.code, None))
    return mine if doer is None or doer is role else theirs


def description(session: CalendarSession, role: Role) -> str:
    """What is due on the session, or "" (no DESCRIPTION then)."""
    if not session.due:
        return ""
    return "Due: " + "; ".join(due_words(d, role) for d in session.due)


def uid(session_id: str) -> str:
    """The event's UID: stable for a session across exports and vaults."""
    return f"{session_id}@triad"


def summary(session: CalendarSession) -> str:
    """Case code and kind: pseudonymous (RFC 5545 SUMMARY)."""
    return f"{session.case_code} · {KIND_WORDS.get(session.kind, 'session')}"


def _utc(minutes: str) -> datetime:
    """Clinical local minutes as a UTC moment (this computer's time zone is the practice's)."""
    return datetime.fromisoformat(minutes).astimezone(UTC)


def to_ics(span: Span, stamp: datetime) -> bytes:
    """``span``'s sessions as an iCalendar file; ``stamp`` (the workspace clock) is every
    event's DTSTAMP."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Triad agenda")
    moment = stamp.astimezone(UTC)
    for s in span.sessions:
        event = Event()
        event.add("uid", uid(s.session_id))
        event.add("dtstamp", moment)
        event.add("dtstart", _utc(s.starts_at))
        event.add("dtend", _utc(s.ends_at))
        event.add("summary", summary(s))
        due = description(s, span.role)
        if due:
            event.add("description", due)
        if s.location:
            event.add("location", s.location)
        event.add("status", s.status.upper())
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    return bytes(cal.to_ical())
