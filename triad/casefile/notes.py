"""The therapist's side of a session (issue 16): the **progress note** on a therapist session
and the **minutes** of a three-way meeting. Both are signed entries by the case's therapist
(``note.progress``, ``meeting.minutes``), one per session, never edited: a correction is an
amendment (``triad.casefile.amendments``).

- A progress note is structured -- the session's focus, the interventions used, the client's
  response, the plan -- plus free text. The therapist and the case's supervisor read it (the
  supervisor reviews the concurrent therapy the codes of practice require); a surrogate
  partner does not (she does not see therapist sessions at all).
- Minutes name the attendees (client, therapist, surrogate partner), the agreements, the
  changes to the plan and the next steps, plus free text, and whether this was the case's
  **closing** meeting. The therapist, the supervisor and the meeting's surrogate partner read
  them.

The therapist's *private* note is apart from both: ``triad.casefile.private_notes``. What a
note means for the session's outcome is :func:`held_by_notes`; the meetings the case needs
(start, stall, closing) are ``triad.casefile.meetings``.
"""

from __future__ import annotations

import builtins
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad.casefile.cases import Change
from triad.casefile.outcomes import HELD
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
)
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile.sessions import Session
    from triad.vault.database import Database
    from triad.workspace import Workspace

THERAPIST_SESSION = "therapist_session"
MEETING = "three_way_meeting"
PROGRESS_FIELDS = ("focus", "interventions", "response", "plan", "text")
MINUTES_FIELDS = ("agreements", "plan_changes", "next_steps", "text")
ATTENDEES = ("client", "therapist", "surrogate")


@dataclass(frozen=True)
class ProgressNoteForm:
    """What the therapist writes after a therapist session."""

    focus: str = ""
    interventions: str = ""
    response: str = ""
    plan: str = ""
    text: str = ""


@dataclass(frozen=True)
class MinutesForm:
    """What the therapist records of a three-way meeting."""

    attendees: tuple[str, ...] = ATTENDEES
    agreements: str = ""
    plan_changes: str = ""
    next_steps: str = ""
    text: str = ""
    closing: bool = False


@dataclass(frozen=True)
class ProgressNote:
    note_id: str
    session_id: str
    author: str
    recorded_at: str
    entry_id: str
    focus: str
    interventions: str
    response: str
    plan: str
    text: str
    amended: bool = False
    conflicted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Minutes:
    note_id: str
    session_id: str
    author: str
    recorded_at: str
    entry_id: str
    attendees: tuple[str, ...]
    agreements: str
    plan_changes: str
    next_steps: str
    text: str
    closing: bool
    amended: bool = False
    conflicted: tuple[str, ...] = ()


def held_by_notes(db: Database, case_id: str) -> frozenset[str]:
    """The sessions of ``case_id`` that a progress note or minutes say were held: a note is
    written about a session that took place (the service refuses one before its time). For
    the session outcomes (``outcome_of``) to count such a session as held."""
    return frozenset(str(r[0]) for r in db.rows(
        "SELECT session_id FROM session_notes WHERE case_id=?", (case_id,)))


def not_held(session: Session) -> bool:
    """Whether ``session`` is recorded as not held (cancelled, a no-show): it takes no note
    or minutes until its outcome is corrected (a note implies held, ``outcomes.IMPLIES_HELD``;
    the outcome service refuses the other way round, ``outcome-noted``)."""
    record = session.outcome_record
    return record is not None and record.outcome != HELD


def clean_attendees(value: Any) -> builtins.list[str]:
    """The attendees in the fixed order; InvalidInput unless they are known parties and
    include the therapist (who writes the minutes)."""
    chosen = {str(a).strip() for a in (value or [])}
    if not chosen or chosen - set(ATTENDEES) or "therapist" not in chosen:
        raise InvalidInput(InvalidCode.ATTENDEES, field="attendees")
    return [a for a in ATTENDEES if a in chosen]


def clean_text(value: Any) -> str:
    return str(value or "").strip()


def _progress_from(row: tuple[Any, ...]) -> ProgressNote:
    data, entry_id, author, at = row
    d = json.loads(data)
    text = {f: str(d.get(f, "")) for f in PROGRESS_FIELDS}
    return ProgressNote(d["note_id"], d["session_id"], author, at, entry_id,
                        focus=text["focus"], interventions=text["interventions"],
                        response=text["response"], plan=text["plan"], text=text["text"],
                        amended=bool(d.get("amendments")),
                        conflicted=tuple(sorted(d.get("conflicts", {}))))


def _minutes_from(row: tuple[Any, ...]) -> Minutes:
    data, entry_id, author, at = row
    d = json.loads(data)
    text = {f: str(d.get(f, "")) for f in MINUTES_FIELDS}
    return Minutes(d["note_id"], d["session_id"], author, at, entry_id,
                   attendees=tuple(str(a) for a in d.get("attendees", [])),
                   agreements=text["agreements"], plan_changes=text["plan_changes"],
                   next_steps=text["next_steps"], text=text["text"],
                   closing=bool(d.get("closing", False)), amended=bool(d.get("amendments")),
                   conflicted=tuple(sorted(d.get("conflicts", {}))))


class NoteService:
    """Progress notes and meeting minutes: the case's therapist writes them; see the module
    docstring for who reads them."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- why not? (the UI's tooltips ask these too) --
    def why_not_progress(self, session: Session) -> InvalidInput | None:
        """Why no progress note can be written on ``session`` now, or None (who may write --
        the case's therapist -- is checked by the call)."""
        if session.kind != THERAPIST_SESSION:
            return InvalidInput(InvalidCode.NOT_THERAPIST_SESSION, field="session_id")
        if not_held(session):
            return InvalidInput(InvalidCode.NOTE_NOT_HELD, field="session_id")
        if session.starts_at > self._ws.local_now():
            return InvalidInput(InvalidCode.SESSION_NOT_YET, field="session_id")
        if self.progress(session.session_id) is not None:
            return InvalidInput(InvalidCode.ALREADY_NOTED, field="session_id")
        return None

    def why_not_minutes(self, session: Session) -> InvalidInput | None:
        """Why no minutes can be recorded for ``session`` now, or None."""
        if session.kind != MEETING:
            return InvalidInput(InvalidCode.NOT_A_MEETING, field="session_id")
        if not_held(session):
            return InvalidInput(InvalidCode.NOTE_NOT_HELD, field="session_id")
        if session.starts_at > self._ws.local_now():
            return InvalidInput(InvalidCode.SESSION_NOT_YET, field="session_id")
        if self.minutes(session.session_id) is not None:
            return InvalidInput(InvalidCode.ALREADY_MINUTED, field="session_id")
        return None

    # -- writing --
    def write_progress(self, session_id: str, form: ProgressNoteForm) -> Change:
        """The therapist's progress note on a therapist session that has taken place."""
        session = self._ws.sessions.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.THERAPIST)
        problem = self.why_not_progress(session)
        if problem is not None:
            raise problem
        body: dict[str, Any] = {"note_id": str(uuid.uuid4()), "session_id": session_id}
        for name in PROGRESS_FIELDS:
            body[name] = clean_text(getattr(form, name))
        if not any(body[f] for f in PROGRESS_FIELDS):
            raise InvalidInput(InvalidCode.NOTE_EMPTY, field="focus")
        entry = self._ws.append(Kind.NOTE_PROGRESS, body, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, body["note_id"])

    def write_minutes(self, session_id: str, form: MinutesForm) -> Change:
        """The minutes of a three-way meeting that has taken place."""
        session = self._ws.sessions.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.THERAPIST)
        problem = self.why_not_minutes(session)
        if problem is not None:
            raise problem
        body: dict[str, Any] = {"note_id": str(uuid.uuid4()), "session_id": session_id,
                                "attendees": clean_attendees(form.attendees),
                                "closing": bool(form.closing)}
        for name in MINUTES_FIELDS:
            body[name] = clean_text(getattr(form, name))
        if not any(body[f] for f in MINUTES_FIELDS):
            raise InvalidInput(InvalidCode.NOTE_EMPTY, field="agreements")
        entry = self._ws.append(Kind.MEETING_MINUTES, body, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, body["note_id"])

    # -- reading --
    def _may_read_progress(self, case_id: str) -> bool:
        return self._ws.cases.access.role(case_id) in (Role.THERAPIST, Role.SUPERVISOR)

    def progress(self, session_id: str) -> ProgressNote | None:
        """The progress note of ``session_id`` (None: none yet). PermissionDenied for a
        surrogate partner."""
        row = self._ws.vault.db.one(
            "SELECT case_id FROM session_notes WHERE session_id=? AND kind=?",
            (session_id, Kind.NOTE_PROGRESS.value))
        if row is None:
            self._ws.sessions.get(session_id)  # NotFound / not on the case, as for the session
            return None
        case_id = self._ws.cases.access.require(row[0])
        if not self._may_read_progress(case_id):
            raise PermissionDenied(PermissionCode.ROLE,
                                   role=str(self._ws.cases.access.role(case_id)))
        found = self._rows(case_id, Kind.NOTE_PROGRESS, session_id)
        return _progress_from(found[0]) if found else None

    def minutes(self, session_id: str) -> Minutes | None:
        """The minutes of the three-way meeting ``session_id`` (None: none yet), for a member
        who may see the session."""
        session = self._ws.sessions.get(session_id)
        found = self._rows(session.case_id, Kind.MEETING_MINUTES, session_id)
        return _minutes_from(found[0]) if found else None

    def progress_notes(self, case_key: str) -> builtins.list[ProgressNote]:
        """The case's progress notes in the order of their sessions (empty for a surrogate
        partner, who does not read them)."""
        case_id = self._ws.cases.access.require(case_key)
        if not self._may_read_progress(case_id):
            return []
        return [_progress_from(r) for r in self._rows(case_id, Kind.NOTE_PROGRESS)]

    def all_minutes(self, case_key: str) -> builtins.list[Minutes]:
        """The minutes of the case's meetings the acting member may see, in session order."""
        case_id = self._ws.cases.access.require(case_key)
        rows = self._rows(case_id, Kind.MEETING_MINUTES)
        if self._ws.cases.access.role(case_id) is Role.SURROGATE:
            mine = {s.session_id for s in self._ws.sessions.list(case_id)}
            return [m for m in map(_minutes_from, rows) if m.session_id in mine]
        return [_minutes_from(r) for r in rows]

    def _rows(self, case_id: str, kind: Kind, session_id: str | None = None
              ) -> builtins.list[tuple[Any, ...]]:
        sql = ("SELECT n.data, n.entry_id, n.author, n.recorded_at FROM session_notes n"
               " JOIN sessions s ON s.session_id=n.session_id AND s.case_id=n.case_id"
               " WHERE n.case_id=? AND n.kind=?")
        params: tuple[Any, ...] = (case_id, kind.value)
        if session_id is not None:
            sql += " AND n.session_id=?"
            params += (session_id,)
        return builtins.list(self._ws.vault.db.rows(
            sql + " ORDER BY s.starts_at, n.recorded_at, n.entry_id", params))

    def get_by_note(self, note_id: str) -> ProgressNote | Minutes:
        """A progress note or minutes by note id, as the acting member may read it."""
        row = self._ws.vault.db.one("SELECT session_id, kind FROM session_notes WHERE note_id=?",
                                    (note_id,))
        if row is None:
            raise NotFound(NotFoundCode.NOTE)
        if row[1] == Kind.NOTE_PROGRESS.value:
            note: ProgressNote | Minutes | None = self.progress(str(row[0]))
        else:
            note = self.minutes(str(row[0]))
        if note is None:
            raise NotFound(NotFoundCode.NOTE)
        return note
