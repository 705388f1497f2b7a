"""A benchmark practice written through the real services."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from triad.roles import Role
from triad.workspace import Workspace

PASS = "benchmark passphrase"


def build_practice(path: Path, cases: int, sessions: int) -> Workspace:
    """A vault with ``cases`` cases of ``sessions`` debriefed and reviewed surrogate sessions,
    written through the real services (one transaction per batch)."""
    from triad.casefile.members import Credential
    from triad.casefile.sessions import DebriefForm

    valid = (Credential("Board", "1", "2030-01-01"),)
    t = Workspace.create(path, name="Bench Therapist", role=Role.THERAPIST,
                         passphrase="benchmark passphrase", credentials=valid).workspace
    t.members.add("Bench Surrogate", Role.SURROGATE, "benchmark passphrase", valid)
    t.members.add("Bench Supervisor", Role.SUPERVISOR, "benchmark passphrase", valid)
    s = Workspace.open(path, "benchmark passphrase", "Bench Surrogate")
    ids = {m.name: m.member_id for m in t.members.list()}
    scope = ("conversation", "relaxation_breathing", "clothed_touch")
    for n in range(cases):
        client = f"Bench Client {n}"
        # consent.give runs its own transaction (they do not nest)
        case = t.cases.open({"code": f"B-{n:04d}", "legal_name": client,
                             "date_of_birth": "1990-01-02"},
                            (ids["Bench Surrogate"],), ids["Bench Supervisor"],
                            opened_at="2025-01-02").case_id or ""
        t.capacity.record(case, "2025-01-04", "has-capacity", "")
        # issue 13: the client signs with the case's legal name, the therapist as herself,
        # the surrogate partner countersigns the triad agreement in her own session
        signed = [{"party": "client", "name": client, "signed_on": "2025-01-05"},
                  {"party": "therapist", "signed_on": "2025-01-05"}]
        t.consent.give(case, "informed-consent", signed, grants=scope)
        t.consent.give(case, "release-of-information", signed)
        triad = t.consent.give(case, "triad-agreement", signed, grants=scope,
                               surrogate_id=ids["Bench Surrogate"],
                               signals={"stop": "red", "pause": "amber"}).subject_id or ""
        s.signatures.countersign(case, triad, signed_on="2025-01-05")
        with t.vault.db.transaction():
            first = datetime(2025, 2, 1, 10, 0)
            session_ids = [
                t.sessions.schedule(case, "surrogate_session",
                                    (first + timedelta(days=k * 7 * 40 // max(sessions, 40)))
                                    .strftime("%Y-%m-%dT%H:%M"), 60,
                                    planned_activities=scope).subject_id
                for k in range(sessions)
            ]
        with s.vault.db.transaction():
            for k, sid in enumerate(session_ids):
                s.sessions.submit_debrief(sid, DebriefForm(activities_done=scope,
                                                           suds_before=8 - k * 5 // sessions,
                                                           suds_after=6 - k * 5 // sessions))
        with t.vault.db.transaction():
            for sid in session_ids:
                t.sessions.review(sid, "Read.")
    s.close()
    return t
