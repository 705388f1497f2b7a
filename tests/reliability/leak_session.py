"""The core part of the leak scan's scripted session (run by test_leaks.py in a private
HOME/TMPDIR/XDG_CONFIG_HOME with the recording keyring):

    python -m tests.reliability.leak_session VAULT SAVED_DIR

Fills the vault created by ``triad-cli init`` with a case for the canary client, consent, a
plan, sessions, debriefs carrying the canary text, a review, an amendment and measures; turns
quick unlock on; scans the vault folder *while it is open* (the -wal holds the newest pages);
generates reports and saves them only into SAVED_DIR, as a user would; locks. Prints JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.reliability import canary
from triad.casefile.sessions import DebriefForm
from triad.vault.files import atomic_write
from triad.workspace import Workspace


def main() -> None:
    vault, saved = Path(sys.argv[1]), Path(sys.argv[2])
    t = Workspace.open(vault, canary.PASSPHRASE, canary.THERAPIST)
    s = Workspace.open(vault, canary.PASSPHRASE, canary.SURROGATE)
    case = t.cases.open({"legal_name": canary.CLIENT, "date_of_birth": "1988-04-02",
                         "concerns_note": f"Referred by {canary.CLIENT}'s GP.",
                         "presenting_concerns": ["anxiety"]},
                        (s.actor.member_id,), opened_at="2026-01-05T09:00").case_id or ""
    t.cases.change_status(case, "assessment", at="2026-01-06T09:00")
    t.capacity.record(case, "2026-01-08", "has-capacity", f"{canary.CLIENT} understands SPT.")
    for form_id in ("informed-consent", "release-of-information", "triad-agreement"):
        names = {"client": canary.CLIENT, "therapist": canary.THERAPIST}
        given = t.consent.give(case, form_id, [{"party": p, "name": names[p],
                                                "signed_on": "2026-01-10"} for p in names],
                               grants=("conversation", "relaxation_breathing")
                               if form_id != "release-of-information" else ())
        if form_id == "triad-agreement":  # she countersigns in her own session (issue 13)
            s.signatures.countersign(case, given.subject_id or "", name=canary.SURROGATE,
                                     signed_on="2026-01-10")
    t.cases.change_status(case, "active", at="2026-01-12T09:00")
    t.plans.from_template(case, "default-spt")
    t.measures.record(case, "suds", 7, on="2026-01-12", label=f"{canary.CLIENT} at a party")
    debriefs = []
    for day in (2, 9, 16):
        sid = t.sessions.schedule(case, "surrogate_session", f"2026-02-{day:02d}T10:00", 60,
                                  planned_activities=("conversation",)).subject_id
        change = s.sessions.submit_debrief(sid, DebriefForm(
            activities_done=("conversation",), suds_before=6, suds_after=4,
            went_well=f"{canary.DEBRIEF} went well", process_recording=f"{canary.DEBRIEF} " * 50))
        t.sessions.review(sid, f"Read. {canary.DEBRIEF}")
        debriefs.append((sid, change.entry_id))
    s.amendments.amend(debriefs[0][1], canary.NOTE, {"was_hard": f"{canary.DEBRIEF} was hard"})
    quick = "enabled"
    try:
        t.enable_quick_unlock()
    except Exception as exc:  # reported, not hidden: the test expects it to work
        quick = type(exc).__name__
    open_hits = canary.scan(vault)  # while open: -wal and -shm are on disk
    reports = t.reports
    atomic_write(saved / "progress-with-names.pdf", reports.progress(case, show_names=True))
    atomic_write(saved / "progress.pdf", reports.progress(case))
    atomic_write(saved / "debrief.pdf", reports.debrief(debriefs[1][0], show_names=True))
    atomic_write(saved / "consent.pdf", reports.consent_form(case, "triad-agreement", True))
    atomic_write(saved / "audit.pdf", reports.audit(case))
    s.close()
    t.close()  # lock
    again = Workspace.open_quick(vault, canary.THERAPIST)  # the keyring key works
    code = again.cases.list()[0].code
    again.close()
    print(json.dumps({"open_hits": open_hits, "quick_unlock": quick, "code": code}))


if __name__ == "__main__":
    main()
