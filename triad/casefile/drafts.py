"""Drafts: what a member typed into a form that was not saved yet (issue 15, "nothing typed
is ever lost").

    ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"field-0": "text", ...})
    for draft in ws.drafts.list():      # the acting member's own, newest first
        fields = ws.drafts.take(draft.kind, draft.case_id, draft.subject_id)  # read and removed
    ws.drafts.discard(kind, case_id, subject_id)

A draft is kept in the vault's ``drafts`` table (schema 9), which SQLCipher encrypts with the
rest of the vault: never a file, never a setting, never a log line. It is **not** a record:
not an entry of the signed log, not in the projection, never in a packet or a case file, and
it grants or proves nothing. One draft per member, kind, case and subject (a session, a
goal...): saving again replaces it. A member sees, takes and discards only her own drafts --
the shared vault's other members never read them (the service filters on the acting member;
the case check applies when the draft is saved).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from triad.clock import utc_stamp
from triad.errors import InvalidCode, InvalidInput

if TYPE_CHECKING:
    from triad.workspace import Workspace

MAX_DRAFT_CHARS = 1_000_000  # a debrief is a few pages; a megabyte is far beyond any form


class DraftKind(StrEnum):
    """Which form a draft belongs to (the UI reopens the same form for it)."""

    DEBRIEF = "debrief"
    DEBRIEF_AMENDMENT = "debrief-amendment"
    REVIEW = "review"
    REVIEW_AMENDMENT = "review-amendment"
    SESSION_AMENDMENT = "session-amendment"
    GOAL = "goal"
    CONSENT = "consent"
    NEW_CASE = "new-case"
    SCHEDULE = "schedule"
    # The remaining forms (issue 15: every form keeps drafts). The subject, where there is
    # one, is the record the form is about, so a draft is never filled into another's form.
    CLIENT = "client-details"
    TEAM = "team"
    CASE_STATUS = "case-status"  # subject: the status the case moves to
    GOAL_PROGRESS = "goal-progress"  # subject: the goal
    CAPACITY = "capacity"
    MEASURE = "measure"
    MEASURE_AMENDMENT = "measure-amendment"  # subject: the measure's entry
    SETTLEMENT = "settlement"  # subject: the record in conflict
    AID = "aid"
    AID_RETIREMENT = "aid-retirement"  # subject: the aid
    REVOCATION = "revocation"  # subject: the consent record
    COUNTERSIGNATURE = "countersignature"  # subject: the consent record
    PLAN = "plan"  # subject: the plan revision the edit started from
    SIGN_OFF = "sign-off"  # subject: the audit finding
    REMEDIATION = "remediation"  # subject: the audit finding
    CREDENTIAL = "credential"  # the acting member's own credential; no case
    MEMBER = "member"  # a new member of the practice; no case
    PROGRESS_NOTE = "progress-note"  # issue 16 (a private note keeps no draft: it is sealed)
    MINUTES = "minutes"
    OUTCOME = "outcome"  # subject: the session (recording or correcting what happened)
    RESCHEDULE = "reschedule"  # subject: the session moved
    COSIGNATURE = "cosignature"  # subject: the review co-signed
    REQUEST = "request"  # issue 17: a client's request being recorded
    REQUEST_CLOSING = "request-closing"  # subject: the request closed
    HANDOVER = "handover"  # issue 17: handing the case over to another therapist
    CUSTODY_REQUEST = "custody-request"  # the records custodian's take-over (subject: case)
    CUSTODY_COUNTERSIGN = "custody-countersign"  # the supervisor's (subject: the request)


FieldValue = str | int | float | bool | None


@dataclass(frozen=True)
class Draft:
    """One kept draft, without its fields (``take`` reads them)."""

    kind: DraftKind
    case_id: str  # empty for a form outside a case (a new case)
    subject_id: str  # the session, goal... the form is about; empty when none
    saved_at: str  # UTC, as stored


def _check(fields: dict[str, Any]) -> str:
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str | int | float | bool))
        for k, v in fields.items()
    ):
        raise InvalidInput(InvalidCode.DRAFT)
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_CHARS:
        raise InvalidInput(InvalidCode.DRAFT)
    return text


class DraftService:
    """The acting member's unfinished forms, kept encrypted in the vault."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    @property
    def _me(self) -> str:
        return str(self._ws.actor.member_id)

    def save(self, kind: DraftKind | str, case_id: str = "", subject_id: str = "",
             fields: dict[str, FieldValue] | None = None) -> Draft:
        """Keep (or replace) the draft of one form. A form on a case needs the acting member
        on the case (any role); the fields are plain values under string keys."""
        kind = DraftKind(kind)
        if case_id:
            case_id = str(self._ws.cases.access.require(case_id))
        text = _check(fields or {})
        saved_at = utc_stamp(self._ws.clock())
        self._ws.vault.db.execute(
            "INSERT OR REPLACE INTO drafts (member_id, kind, case_id, subject_id, fields, saved_at)"
            " VALUES (?,?,?,?,?,?)", (self._me, kind.value, case_id, subject_id, text, saved_at))
        return Draft(kind, case_id, subject_id, saved_at)

    def list(self) -> list[Draft]:
        """The acting member's drafts, newest first (another member's are never listed)."""
        rows = self._ws.vault.db.rows(
            "SELECT kind, case_id, subject_id, saved_at FROM drafts WHERE member_id=?"
            " ORDER BY saved_at DESC, kind", (self._me,))
        known = {k.value for k in DraftKind}
        return [Draft(DraftKind(r[0]), r[1], r[2], r[3]) for r in rows if r[0] in known]

    def get(self, kind: DraftKind | str, case_id: str = "", subject_id: str = ""
            ) -> dict[str, FieldValue] | None:
        """The fields of the acting member's draft, or None; the draft stays kept."""
        row = self._ws.vault.db.one(
            "SELECT fields FROM drafts WHERE member_id=? AND kind=? AND case_id=? AND subject_id=?",
            (self._me, DraftKind(kind).value, case_id, subject_id))
        if row is None:
            return None
        fields: dict[str, FieldValue] = json.loads(row[0])
        return fields

    def take(self, kind: DraftKind | str, case_id: str = "", subject_id: str = ""
             ) -> dict[str, FieldValue] | None:
        """The fields of the acting member's draft, removed from the vault; None if none."""
        fields = self.get(kind, case_id, subject_id)
        if fields is not None:
            self.discard(kind, case_id, subject_id)
        return fields

    def discard(self, kind: DraftKind | str, case_id: str = "", subject_id: str = "") -> None:
        """Forget the acting member's draft (nothing happens when there is none)."""
        self._ws.vault.db.execute(
            "DELETE FROM drafts WHERE member_id=? AND kind=? AND case_id=? AND subject_id=?",
            (self._me, DraftKind(kind).value, case_id, subject_id))
