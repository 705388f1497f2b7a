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
- PRODID, and DTSTAMP from the workspace clock (the moment of the export).

``icalendar`` is imported when a file is written, not at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime

from triad import __version__
from triad.casefile.week import CalendarSession, Span

PRODID = f"-//Triad//Triad {__version__}//EN"
KIND_WORDS = {"therapist_session": "therapist session", "surrogate_session": "surrogate session",
              "three_way_meeting": "three-way meeting"}


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
        if s.location:
            event.add("location", s.location)
        event.add("status", s.status.upper())
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    return bytes(cal.to_ical())
