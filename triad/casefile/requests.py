"""The client's **requests** about their record (issue 17): to see and copy it (HIPAA
§164.524, GDPR Art. 15) and to amend it (HIPAA §164.526, GDPR Art. 16).

A request is recorded by the case's therapist as a signed ``request.received`` entry: what
kind (``access`` or ``amendment``), the day it reached the practice (not in the future, not
before the case opened), what the client asks in their words, and for an amendment which
record (an entry of the case) and field it concerns when known. It is **due** a set number of
days after it was received: the practice's setting (``vault.request_settings``, default 30,
HIPAA's limit), copied into the request when it is recorded, so a later change of the setting
moves no deadline already running. An open request is on the therapist's to-do list
(``triad.casefile.todo.request_gaps``) and the case list (``triad.casefile.agenda``) from the
day it arrives; one open past its due day is the audit's ``request.overdue``.

It is closed once (``request.closed``), with its outcome:

- ``fulfilled`` (an access request): the copy given -- a client copy or consent copy the vault
  recorded as a disclosure to the client (``triad.casefile.disclosures``; its id and what it
  was are kept in the entry, since the disclosure itself never leaves this vault) -- or a copy
  given in another form (``other-form``, a note says how);
- ``amended`` (an amendment request): the ``entry.amended`` entry of the case that made it;
- ``refused`` (either): the reason, required; the client's statement of disagreement, kept
  with the record (HIPAA §164.526(d)), and the therapist's rebuttal, both optional when the
  request is closed and added later by an amendment of the closing.

Who reads: the case's therapist and supervisor (the supervisor audits that requests are
answered in time; packets carry the entries to her whole). A surrogate partner does not: the
request is between the client and the practice that holds the record, and its words -- what
the client wants to see or have corrected, their statement of disagreement -- are often about
the therapist's own notes or the client's identity, which she does not read either. Packets
carry them to her as bare signed headers (``triad.exchange.scope``).
"""

from __future__ import annotations

import builtins
import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.disclosures import To, What
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
    from triad.vault.database import Database
    from triad.workspace import Workspace

ACCESS, AMENDMENT = "access", "amendment"
TYPES = (ACCESS, AMENDMENT)
FULFILLED, AMENDED, REFUSED = "fulfilled", "amended", "refused"
OUTCOMES = (FULFILLED, AMENDED, REFUSED)
OUTCOMES_FOR = {ACCESS: (FULFILLED, REFUSED), AMENDMENT: (AMENDED, REFUSED)}
OTHER_FORM = "other-form"  # an access request answered without a recorded copy
COPIES = (What.CLIENT_COPY.value, What.CONSENT_COPY.value)  # what a fulfilled request gave
DEFAULT_DUE_DAYS = 30  # HIPAA §164.524(b)(2): within 30 days of receipt
DUE_DAYS_RANGE = (1, 90)
TEXT_CHARS = 5000


@dataclass(frozen=True)
class Closing:
    """How a request was closed (``request.closed``), with its amendments applied."""

    outcome: str
    closed_on: str
    entry_id: str
    by: str
    at: str
    disclosure_id: str = ""  # fulfilled: the disclosure of the copy given ("" in another form)
    copy: str = ""  # fulfilled: client-copy, consent-copy or other-form
    amendment_id: str = ""  # amended: the entry.amended entry
    reason: str = ""  # refused: why
    statement: str = ""  # refused: the client's statement of disagreement
    rebuttal: str = ""  # refused: the therapist's rebuttal
    note: str = ""
    amended: bool = False


@dataclass(frozen=True)
class ClientRequest:
    """One request as its readers see it. ``due_on``: the day it must be answered by."""

    request_id: str
    case_id: str
    type: str
    received_on: str
    due_on: str
    due_days: int
    text: str
    about_entry: str
    about_field: str
    entry_id: str
    author: str
    recorded_at: str
    closing: Closing | None = None
    amended: bool = False

    @property
    def open(self) -> bool:
        return self.closing is None

    def overdue(self, today: str) -> bool:
        """Open after its due day (``today``: a day or local minutes)."""
        return self.open and today[:10] > self.due_on

    def answered_late(self) -> bool:
        """Closed after its due day."""
        return self.closing is not None and self.closing.closed_on > self.due_on


def due_on(received_on: str, due_days: int) -> str:
    """The day a request received on ``received_on`` is due: ``due_days`` days later."""
    return (date.fromisoformat(received_on[:10]) + timedelta(days=due_days)).isoformat()


def request_from_row(row: tuple[Any, ...]) -> ClientRequest:
    """A request from its ``requests`` row (case_id, data, entry_id, author, recorded_at,
    closed); a row of a request recorded without ``due_days`` takes the default."""
    case_id, data, entry_id, author, recorded_at, closed = row
    d = json.loads(data)
    days = int(d.get("due_days", DEFAULT_DUE_DAYS))
    closing = None
    if closed:
        c = json.loads(closed)
        closing = Closing(
            outcome=str(c["outcome"]), closed_on=str(c["closed_on"]), entry_id=str(c["entry_id"]),
            by=str(c["by"]), at=str(c["at"]), disclosure_id=str(c.get("disclosure_id", "")),
            copy=str(c.get("copy", "")), amendment_id=str(c.get("amendment_id", "")),
            reason=str(c.get("reason", "")), statement=str(c.get("statement", "")),
            rebuttal=str(c.get("rebuttal", "")), note=str(c.get("note", "")),
            amended=bool(c.get("amendments")))
    return ClientRequest(
        request_id=str(d["request_id"]), case_id=str(case_id), type=str(d["type"]),
        received_on=str(d["received_on"]), due_on=due_on(str(d["received_on"]), days),
        due_days=days, text=str(d.get("text", "")), about_entry=str(d.get("about_entry", "")),
        about_field=str(d.get("about_field", "")), entry_id=str(entry_id), author=str(author),
        recorded_at=str(recorded_at), closing=closing, amended=bool(d.get("amendments")))


_COLUMNS = "case_id, data, entry_id, author, recorded_at, closed"


def case_requests(db: Database, case_ids: builtins.list[str]) -> dict[str, builtins.list[ClientRequest]]:
    """The requests of each of ``case_ids`` in the order received (the audit and the case list
    read them together)."""
    if not case_ids:
        return {}
    out: dict[str, builtins.list[ClientRequest]] = {}
    for row in db.rows(
            f"SELECT {_COLUMNS} FROM requests WHERE case_id IN (SELECT value FROM json_each(?))"
            " ORDER BY case_id, json_extract(data, '$.received_on'), recorded_at, entry_id",
            (json.dumps(case_ids),)):
        out.setdefault(str(row[0]), []).append(request_from_row(row))
    return out


def _text(value: Any, field: str, required: bool = False) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise InvalidInput(InvalidCode.REQUEST_EMPTY, field=field)
    if len(text) > TEXT_CHARS:
        raise InvalidInput(InvalidCode.TOO_LONG, field=field)
    return text


class RequestService:
    """The client's requests: the case's therapist records and closes them; the therapist
    and the supervisor read them (see the module docstring)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- the practice's setting --
    def due_days(self) -> int:
        """How many days the practice gives itself to answer a request (default 30)."""
        raw = self._ws.vault.db.get_meta("request_settings")
        try:
            return int(json.loads(raw)["due_days"]) if raw else DEFAULT_DUE_DAYS
        except (ValueError, KeyError, TypeError):
            return DEFAULT_DUE_DAYS

    def why_not_change_settings(self) -> PermissionDenied | None:
        """Therapists set it: they answer the requests."""
        if self._ws.actor.role is not Role.THERAPIST:
            return PermissionDenied(PermissionCode.ROLE, role=self._ws.actor.role.value)
        return None

    def set_due_days(self, days: int) -> int:
        """A signed vault-level ``vault.request_settings`` entry; requests already recorded
        keep the due day they were given."""
        problem = self.why_not_change_settings()
        if problem is not None:
            raise problem
        low, high = DUE_DAYS_RANGE
        if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
            raise InvalidInput(InvalidCode.RANGE, field="due_days", minimum=low, maximum=high)
        self._ws.append(Kind.VAULT_REQUEST_SETTINGS, {"due_days": days})
        return days

    # -- why not? --
    def why_not_received_on(self, case_id: str, received_on: str) -> InvalidInput | None:
        """Why ``received_on`` (a day) cannot be the day a request of ``case_id`` arrived."""
        if received_on > self._ws.local_now()[:10]:
            return InvalidInput(InvalidCode.REQUEST_RECEIVED_FUTURE, field="received_on")
        row = self._ws.vault.db.one(
            "SELECT json_extract(body, '$.opened_at') FROM entries WHERE case_id=? AND kind=?",
            (case_id, Kind.CASE_OPENED.value))
        if row is not None and row[0] and received_on < str(row[0])[:10]:
            return InvalidInput(InvalidCode.REQUEST_RECEIVED_BEFORE_CASE, field="received_on")
        return None

    def why_not_close(self, request: ClientRequest) -> InvalidInput | None:
        """Why ``request`` cannot be closed now (who may -- the case's therapist -- is checked
        by the call)."""
        if not request.open:
            return InvalidInput(InvalidCode.REQUEST_ALREADY_CLOSED, field="request_id")
        return None

    # -- writing --
    def record(self, case_key: str, type: str, received_on: str, text: str, *,
               about_entry: str = "", about_field: str = "") -> Change:
        """Record a request the client made; due ``due_days()`` days after ``received_on``."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        if type not in TYPES:
            raise InvalidInput(InvalidCode.REQUEST_TYPE, field="type")
        day = clock.day(received_on, "received_on")
        problem = self.why_not_received_on(case_id, day)
        if problem is not None:
            raise problem
        about_entry = str(about_entry or "").strip()
        if about_entry:
            target = self._ws.log.get(about_entry)
            if type != AMENDMENT or target is None or target.case_id != case_id:
                raise InvalidInput(InvalidCode.REQUEST_ABOUT, field="about_entry")
        body: dict[str, Any] = {
            "request_id": str(uuid.uuid4()), "type": type, "received_on": day,
            "text": _text(text, "text", required=True), "about_entry": about_entry,
            "about_field": _text(about_field, "about_field") if type == AMENDMENT else "",
            "due_days": self.due_days()}
        entry = self._ws.append(Kind.REQUEST_RECEIVED, body, case_id)
        return Change(entry.id, case_id, entry.kind, body["request_id"])

    def close(self, request_id: str, outcome: str, closed_on: str, *, disclosure_id: str = "",
              other_form: bool = False, amendment_id: str = "", reason: str = "",
              statement: str = "", rebuttal: str = "", note: str = "") -> Change:
        """Close a request once with its outcome (module docstring)."""
        request = self.get(request_id)
        case_id = self._ws.cases.access.require(request.case_id, Role.THERAPIST)
        problem = self.why_not_close(request)
        if problem is not None:
            raise problem
        if outcome not in OUTCOMES_FOR[request.type]:
            raise InvalidInput(InvalidCode.REQUEST_OUTCOME, field="outcome")
        day = clock.day(closed_on, "closed_on")
        if not request.received_on <= day <= self._ws.local_now()[:10]:
            raise InvalidInput(InvalidCode.REQUEST_CLOSED_ON, field="closed_on")
        body: dict[str, Any] = {
            "request_id": request.request_id, "outcome": outcome, "closed_on": day,
            "disclosure_id": "", "copy": "", "amendment_id": "", "reason": "", "statement": "",
            "rebuttal": "", "note": _text(note, "note")}
        if outcome == FULFILLED:
            if other_form or not disclosure_id:
                if not other_form or not body["note"]:
                    raise InvalidInput(InvalidCode.REQUEST_COPY, field="disclosure_id")
                body["copy"] = OTHER_FORM
            else:
                copies = {d.disclosure_id: d for d in self.copies(case_id)}
                if disclosure_id not in copies:
                    raise InvalidInput(InvalidCode.REQUEST_COPY, field="disclosure_id")
                body["disclosure_id"], body["copy"] = disclosure_id, copies[disclosure_id].what.value
        elif outcome == AMENDED:
            target = self._ws.log.get(str(amendment_id or ""))
            if target is None or target.case_id != case_id or target.kind != Kind.ENTRY_AMENDED:
                raise InvalidInput(InvalidCode.REQUEST_AMENDMENT, field="amendment_id")
            body["amendment_id"] = target.id
        else:
            body["reason"] = _text(reason, "reason")
            if not body["reason"]:
                raise InvalidInput(InvalidCode.REQUEST_REFUSAL_REASON, field="reason")
            body["statement"] = _text(statement, "statement")
            body["rebuttal"] = _text(rebuttal, "rebuttal")
        entry = self._ws.append(Kind.REQUEST_CLOSED, body, case_id)
        return Change(entry.id, case_id, entry.kind, request.request_id)

    # -- reading --
    def _require_reader(self, case_key: str) -> str:
        return self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)

    def list(self, case_key: str) -> builtins.list[ClientRequest]:
        """The case's requests in the order received (PermissionDenied for a surrogate
        partner: module docstring)."""
        case_id = self._require_reader(case_key)
        return case_requests(self._ws.vault.db, [case_id]).get(case_id, [])

    def open(self, case_key: str) -> builtins.list[ClientRequest]:
        """The case's open requests, the first due first."""
        return sorted((r for r in self.list(case_key) if r.open),
                      key=lambda r: (r.due_on, r.received_on, r.recorded_at))

    def get(self, request_id: str) -> ClientRequest:
        """One request by id, for a member who reads the case's requests."""
        row = self._ws.vault.db.one(f"SELECT {_COLUMNS} FROM requests WHERE request_id=?",
                                    (request_id,))
        if row is None:
            raise NotFound(NotFoundCode.REQUEST)
        self._require_reader(str(row[0]))
        return request_from_row(row)

    def find(self, case_key: str, key: str) -> ClientRequest:
        """The case's request whose id starts with ``key`` (the command line's short ids)."""
        found = [r for r in self.list(case_key) if r.request_id.startswith(key.strip())]
        if len(found) != 1 or not key.strip():
            raise NotFound(NotFoundCode.REQUEST)
        return found[0]

    def copies(self, case_key: str) -> builtins.list[Any]:
        """The copies given to the client that a fulfilled access request may name: the
        case's disclosures of a client copy or consent copy to the client (or to a file or a
        printer: the client was handed what was printed), newest first."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        found = [d for d in self._ws.disclosures.list(case_id)
                 if d.what.value in COPIES and d.to in (To.CLIENT, To.FILE, To.PRINTER)]
        return sorted(found, key=lambda d: d.at, reverse=True)
