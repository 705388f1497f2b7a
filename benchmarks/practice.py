"""A benchmark practice written through the real services."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from triad.roles import Role
from triad.workspace import Workspace

PASS = "benchmark passphrase"
# Issue 16 refuses overlapping sessions of one surrogate partner across cases: each case has
# its own weekly hour (61 minutes apart), and a surrogate partner takes SLOTS cases (a week
# holds 165 such hours).
SLOTS = 160


def surrogate_name(n: int) -> str:
    """The surrogate partner of case ``n``: "Bench Surrogate", then "Bench Surrogate 2"..."""
    return "Bench Surrogate" + (f" {n // SLOTS + 1}" if n >= SLOTS else "")


def build_practice(path: Path, cases: int, sessions: int) -> Workspace:
    """A vault with ``cases`` cases of ``sessions`` debriefed and reviewed surrogate sessions,
    written through the real services (one transaction per batch); a surrogate partner per
    ``SLOTS`` cases, each case at its own weekly hour (no two of hers overlap)."""
    from triad.casefile.members import Credential
    from triad.casefile.sessions import DebriefForm

    valid = (Credential("Board", "1", "2030-01-01"),)
    t = Workspace.create(path, name="Bench Therapist", role=Role.THERAPIST,
                         passphrase="benchmark passphrase", credentials=valid).workspace
    names = sorted({surrogate_name(n) for n in range(max(cases, 1))})
    for name in names:
        t.members.add(name, Role.SURROGATE, "benchmark passphrase", valid)
    t.members.add("Bench Supervisor", Role.SUPERVISOR, "benchmark passphrase", valid)
    surrogates = {name: Workspace.open(path, "benchmark passphrase", name) for name in names}
    ids = {m.name: m.member_id for m in t.members.list()}
    scope = ("conversation", "relaxation_breathing", "clothed_touch")
    for n in range(cases):
        client = f"Bench Client {n}"
        s, surrogate = surrogates[surrogate_name(n)], ids[surrogate_name(n)]
        # consent.give runs its own transaction (they do not nest)
        case = t.cases.open({"code": f"B-{n:04d}", "legal_name": client,
                             "date_of_birth": "1990-01-02"},
                            (surrogate,), ids["Bench Supervisor"],
                            opened_at="2025-01-02").case_id or ""
        t.capacity.record(case, "2025-01-04", "has-capacity", "")
        # issue 13: the client signs with the case's legal name, the therapist as herself,
        # the surrogate partner countersigns the triad agreement in her own session
        signed = [{"party": "client", "name": client, "signed_on": "2025-01-05"},
                  {"party": "therapist", "signed_on": "2025-01-05"}]
        t.consent.give(case, "informed-consent", signed, grants=scope)
        t.consent.give(case, "release-of-information", signed)
        triad = t.consent.give(case, "triad-agreement", signed, grants=scope,
                               surrogate_id=surrogate,
                               signals={"stop": "red", "pause": "amber"}).subject_id or ""
        s.signatures.countersign(case, triad, signed_on="2025-01-05")
        with t.vault.db.transaction():
            first = datetime(2025, 2, 1, 0, 0) + timedelta(minutes=61 * (n % SLOTS))
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
    for s in surrogates.values():
        s.close()
    return t
