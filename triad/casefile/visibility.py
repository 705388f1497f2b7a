"""Who sees what of a case: the field rules every read path and every packet applies.

- **therapist** (the case's clinical lead, or its custodian): everything.
- **surrogate partner**: the case without the client's legal name and date of birth; of each
  consent record what is consented, by which form, whether it is in force, who signed and when
  -- not the client's typed name (it is the client's real name: the client code stands in for
  it) nor any drawn signature image, nor the scan of a paper form (``scan``; the therapist's
  only: neither its bytes nor its fingerprint travel); their own sessions and debriefs (with their own process
  recordings) and the reviews of them, and the minutes of the three-way meetings she attends
  -- not the therapist's progress notes, nor the client's access and amendment requests
  (``triad.casefile.requests`` says why). Pseudonymised by default: the surrogate works with the
  client code.
- **supervisor**: everything except process recordings and the client's identity (progress
  notes included: they document the concurrent therapy the codes of practice require). The release
  of information the client signs says the supervisor "sees your client code rather than your
  name": like a surrogate partner, the supervisor never reads the client's legal name or date
  of birth, nor the client's typed name or drawn signature on a consent record (the client code
  stands in for them) -- on screen, in reports and in packets, whatever is asked
  (``show_names``). The supervisor still audits every signature: its party, date and form
  hash, and the therapist's and surrogate partner's names and drawings. DOMAIN keeps the surrogate's detailed
  notes to the therapist apart from the clinical record, as HIPAA keeps psychotherapy notes
  apart: they are written for the therapist, and the supervisor audits the consent and the
  record (debriefs with their activities, signals, flags and reviews, consent, plans), which
  does not need them. The supervisor learns that a recording exists and when it was amended,
  not what it says.

Nobody but its author reads a therapist's private note: it is a vault-level entry sealed to
her own key (``triad.casefile.private_notes``); ``readable_body`` shows others only its sealed
body.

Rules work on entry bodies (``withhold``), so the services (consent, sessions), the exchange
(redacted views) and anything that shows a raw entry (``readable_body``) apply the same ones.
A withheld value is blanked (``""`` or ``None``; a signature's typed name, which may not be
empty, reads ``WITHHELD``), never removed from a fixed shape, except in ``changes`` maps, where
the key is dropped for surrogates as before.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from triad.casefile.cases import HIDDEN_FROM_SURROGATES
from triad.roles import Role

if TYPE_CHECKING:
    from triad.log.entries import Entry
    from triad.workspace import Workspace

PROCESS_RECORDING = "process_recording"
WITHHELD = "withheld"  # stands in for a signature's typed name, which is never empty


def may_read_process_recording(role: Role | None, author: str | None, reader: str) -> bool:
    """Whether ``reader``, in ``role`` on the case, reads the process recording of a debrief
    written by ``author`` (None: no debrief yet): the therapist does, and the surrogate partner
    who wrote it; a supervisor never does (see the module docstring)."""
    if role is Role.THERAPIST:
        return True
    return role is Role.SURROGATE and author is not None and author == reader


def withhold(kind: str, body: dict[str, Any], role: Role | None) -> tuple[dict[str, Any], list[str]]:
    """``body`` as ``role`` may read it, and the dotted paths of what was withheld (empty:
    nothing was). Case openings and consent signatures keep their fields, blanked; ``changes``
    maps drop the hidden client fields."""
    out = copy.deepcopy(body)
    removed: list[str] = []
    if role is Role.SURROGATE:
        _surrogate(kind, body, out, removed)
    elif role is Role.SUPERVISOR:
        _supervisor(kind, body, out, removed)
    return out, removed


def _surrogate(kind: str, body: dict[str, Any], out: dict[str, Any], removed: list[str]) -> None:
    _client_identity(kind, body, out, removed, every_drawing=True)
    if kind == "client.capacity_assessed" and out.get("note"):
        # the therapist's clinical reasoning; the outcome is the surrogate's to know (the
        # supervisor, who reviews the record, reads it whole)
        out["note"] = ""
        removed.append("note")


def _client_identity(kind: str, body: dict[str, Any], out: dict[str, Any], removed: list[str],
                     every_drawing: bool) -> None:
    """The client's legal name and date of birth, and their typed name and drawing on consent
    records, withheld; ``every_drawing``: the other parties' drawings too (a surrogate's view)."""
    if kind == "case.opened":
        client = out.get("client", {})
        for key in HIDDEN_FROM_SURROGATES:
            if isinstance(client, dict) and client.get(key):
                client[key] = ""
                removed.append(f"client.{key}")
    elif kind == "case.client_updated":
        changes = out.get("changes", {})
        for key in HIDDEN_FROM_SURROGATES:
            if isinstance(changes, dict) and key in changes:
                del changes[key]
                removed.append(f"changes.{key}")
    elif kind == "entry.amended" and body.get("target_kind") == "case.opened":
        client = out.get("changes", {}).get("client", {})
        for key in HIDDEN_FROM_SURROGATES:
            if isinstance(client, dict) and key in client:
                del client[key]
                removed.append(f"changes.client.{key}")
    elif kind == "consent.given":
        for s in out.get("signatures", []):
            if not isinstance(s, dict):
                continue
            party = str(s.get("party", ""))
            if party == "client" and s.get("name") and s["name"] != WITHHELD:
                s["name"] = WITHHELD
                removed.append("signatures.client.name")
            if s.get("drawing") and (every_drawing or party == "client"):
                s["drawing"] = None
                removed.append(f"signatures.{party}.drawing")
            if s.get("scan"):
                # the scan of the paper form carries the client's handwriting: the
                # therapist's only (its bytes never leave the therapist's vault either)
                s["scan"] = None
                removed.append(f"signatures.{party}.scan")
    elif kind == "consent.signed" and body.get("drawing") and every_drawing:
        out["drawing"] = None
        removed.append("drawing")


def _supervisor(kind: str, body: dict[str, Any], out: dict[str, Any], removed: list[str]) -> None:
    _client_identity(kind, body, out, removed, every_drawing=False)
    if kind == "session.debriefed" and out.get(PROCESS_RECORDING):
        out[PROCESS_RECORDING] = ""
        removed.append(PROCESS_RECORDING)
    elif kind == "entry.amended" and body.get("target_kind") == "session.debriefed":
        changes = out.get("changes", {})
        if isinstance(changes, dict) and changes.get(PROCESS_RECORDING):
            changes[PROCESS_RECORDING] = ""
            removed.append(f"changes.{PROCESS_RECORDING}")


def readable_body(ws: Workspace, entry: Entry) -> dict[str, Any] | None:
    """The body of one case entry as the acting member may read it, or None when they may not
    read it at all (not on the case; a surrogate and another surrogate's session, debrief or
    review, or an audit note). For read paths that show raw entries (amendment history,
    the audit trail)."""
    if entry.case_id is None:
        return entry.body
    role = ws.cases.access.role(entry.case_id)
    if role is None:
        return None
    if role is Role.SURROGATE and not _surrogate_may_read(ws, entry):
        return None
    return withhold(entry.kind, entry.body, role)[0]


def _surrogate_may_read(ws: Workspace, entry: Entry) -> bool:
    me = ws.actor.member_id
    if entry.author == me:
        return True
    if entry.kind in ("audit.signoff", "audit.remediation", "note.progress"):
        return False  # the therapist's progress notes document the talk therapy, not hers
    if entry.kind in ("request.received", "request.closed"):
        return False  # the client's requests are to the practice (triad.casefile.requests)
    session_id = None
    if entry.kind in ("session.scheduled", "session.debriefed", "debrief.reviewed",
                      "session.outcome_recorded", "session.rescheduled", "meeting.minutes"):
        session_id = entry.body.get("session_id")
    elif entry.kind in ("entry.amended", "entry.cosigned"):
        target = ws.log.get(str(entry.body.get("target_id")))
        return target is not None and target.case_id == entry.case_id \
            and _surrogate_may_read(ws, target)
    if session_id is None:
        return True
    row = ws.vault.db.one("SELECT surrogate_id FROM sessions WHERE session_id=? AND case_id=?",
                          (session_id, entry.case_id))
    return row is not None and row[0] == me
