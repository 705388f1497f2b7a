"""Role scoping: what of a case a packet may carry to a recipient.

Entries are signed whole, so scoping works entry by entry. For each entry the sender decides:

- ``FULL``: the entry as signed;
- ``VIEW``: a *redacted view* -- the entry with what the recipient's role may not read blanked
  or left out (``triad.casefile.visibility``), signed again by its author (``log.view_content``); the original hash and signature travel
  with it, so the chain still verifies;
- ``HEADER``: only the signed header (id, author, seq, prev, hash, signature): the recipient's
  copy of the chain stays whole and verifiable, and learns nothing of the content.

A therapist reads everything of their cases, so they get every entry whole. The other roles get
what ``triad.casefile.visibility`` and the services let them read in a shared vault:

- a supervisor: every entry whole, except debriefs with a process recording and amendments
  that change one, which go as views with the recording blanked;
- a surrogate partner: the case without the client's legal name and date of birth (views), the
  team and status, goals, measures, consent (a view when a signature carries the client's typed
  name or a drawing), capacity assessments (a view without the therapist's note), the aid inventory, the plan and phases, *their own* sessions and the reviews of their
  debriefs, the minutes of their own three-way meetings, and amendments of what they can see.
  The therapist's progress notes reach them as headers. Other surrogates' sessions, debriefs (with
  their process recordings), supervisor sign-offs and remediation notes reach them as headers at
  most; chains with nothing they may read (a supervisor's, another surrogate's debriefs only)
  not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from triad.casefile.visibility import withhold
from triad.log.entries import Entry
from triad.roles import Role


class Scope(StrEnum):
    FULL = "full"
    VIEW = "view"
    HEADER = "header"


# Kinds a surrogate reads whole, whoever wrote them (sessions, reviews and amendments depend).
_OPEN_TO_SURROGATES = frozenset({
    "case.team_changed", "case.status_changed", "goal.set", "goal.progress", "consent.given",
    "consent.revoked", "consent.signed", "plan.revised", "phase.started", "phase.completed",
    "measure.recorded",
    "client.capacity_assessed",  # the day and outcome; the therapist's note is withheld (a view)
    "aid.added", "aid.retired",  # the aid inventory: the surrogate partner uses the aids
    # who holds the case (issue 17): every copy must agree on whom packets go to
    "case.transferred", "case.custody_requested", "case.custody_countersigned",
})


def redact(kind: str, body: dict[str, Any], role: Role = Role.SURROGATE) -> tuple[
        dict[str, Any], list[str]]:
    """``body`` without what ``role`` may not read, and the dotted paths left out (empty when
    nothing was); see ``triad.casefile.visibility.withhold``."""
    return withhold(kind, body, role)


def scope_case(entries: Iterable[Entry], recipient: str, role: Role) -> dict[str, Scope]:
    """How each entry of one case (in local order) may travel to ``recipient`` in ``role``.
    Entries the recipient wrote themselves are left out: they have them."""
    out: dict[str, Scope] = {}
    sessions: set[str] = set()  # the recipient's own sessions
    for e in entries:
        if e.author == recipient:
            out[e.id] = Scope.FULL
            if e.kind == "session.debriefed":
                sessions.add(str(e.body.get("session_id")))
            continue
        if role is not Role.SURROGATE:
            out[e.id] = Scope.VIEW if redact(e.kind, e.body, role)[1] else Scope.FULL
            continue
        b = e.body
        scope = Scope.HEADER
        if e.kind in _OPEN_TO_SURROGATES or e.kind in ("case.opened", "case.client_updated"):
            scope = Scope.VIEW if redact(e.kind, b)[1] else Scope.FULL
        elif e.kind == "session.scheduled" and b.get("surrogate_id") == recipient:
            scope = Scope.FULL
            sessions.add(str(b.get("session_id")))
        elif e.kind in ("debrief.reviewed", "session.outcome_recorded", "session.rescheduled",
                        "meeting.minutes") and str(b.get("session_id")) in sessions:
            scope = Scope.FULL  # reviews of her debriefs; minutes of the meetings she attends
        elif e.kind == "entry.amended" and out.get(str(b.get("target_id")), Scope.HEADER) \
                is not Scope.HEADER:
            scope = Scope.VIEW if redact(e.kind, b)[1] else Scope.FULL
        out[e.id] = scope
    return out
