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
        # consent.give keeps its own transaction (it cannot nest in a batch)
        case = t.cases.open({"code": f"B-{n:04d}", "legal_name": "Bench Client",
                             "date_of_birth": "1990-01-02"},
                            (ids["Bench Surrogate"],), ids["Bench Supervisor"],
                            opened_at="2025-01-02").case_id or ""
        t.capacity.record(case, "2025-01-04", "has-capacity", "")
        names = {"client": "Bench Client", "therapist": "Bench Therapist"}
        triad = ""
        for form_id in ("informed-consent", "release-of-information", "triad-agreement"):
            # each party signs for themselves (issue 13): the surrogate countersigns below
            triad = t.consent.give(
                case, form_id, [{"party": p, "name": names[p], "signed_on": "2025-01-05"}
                                for p in ("client", "therapist")],
                grants=scope if form_id != "release-of-information" else (),
                surrogate_id=ids["Bench Surrogate"] if form_id == "triad-agreement" else None,
                signals={"stop": "red", "pause": "amber"} if form_id == "triad-agreement"
                else None).subject_id or ""
        with s.vault.db.transaction():
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
