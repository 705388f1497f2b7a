"""What is due next on a case, for the case list: one item, the most pressing first.

Order: a debrief awaiting the therapist's review; a past surrogate session with no debrief;
the next scheduled session; a consent that expires within 30 days; for a case in referral or
assessment, the informed consent still to sign. Codes, not sentences: UIs word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .members import Role

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True)
class DueItem:
    code: str  # review-debrief, debrief-missing, session, consent-expires, sign-consent
    when: str
    subject_id: str = ""


def next_due(ws: Workspace, case_id: str) -> DueItem | None:
    now = ws.local_now()
    role = ws.cases.access.role(case_id)
    case = ws.cases.get(case_id)
    if case.status == "closed":
        return None
    sessions = ws.sessions.list(case_id)
    if role in (Role.THERAPIST, Role.SUPERVISOR):
        waiting = [s for s in sessions if s.debrief is not None and not s.debrief.reviewed]
        if waiting:
            s = waiting[0]
            return DueItem("review-debrief", s.starts_at, s.session_id)
    missing = [s for s in sessions if s.kind == "surrogate_session" and s.debrief is None
               and s.starts_at < now]
    if missing:
        return DueItem("debrief-missing", missing[0].starts_at, missing[0].session_id)
    upcoming = [s for s in sessions if s.starts_at >= now]
    if upcoming:
        return DueItem("session", upcoming[0].starts_at, upcoming[0].session_id)
    soon = (datetime.fromisoformat(now) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    records = ws.consent.records(case_id)
    for r in records:
        if r.status(now) in ("in-force", "partly-revoked") and r.ends and r.ends <= soon:
            return DueItem("consent-expires", r.valid_until or "", r.consent_id)
    if case.status in ("referral", "assessment") and not any(
        r.form_id == "informed-consent" for r in records
    ):
        return DueItem("sign-consent", "", "informed-consent")
    return None
