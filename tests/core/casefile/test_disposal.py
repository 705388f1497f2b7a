"""Disposal (issue 17): the therapist disposes of a closed case once its retention ended, or
sooner with the supervisor's authorisation; the content leaves the file for good, the chain
headers and the signed disposal entry stay, ``verify`` passes, and the register says what
went and which backups still hold it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.practice import PASS, Practice, make_practice, sigs
from tests.core.vaultpages import plaintext_of
from triad.casefile.disclosures import What
from triad.casefile.sessions import DebriefForm
from triad.errors import InvalidCode, InvalidInput, NotFound, PermissionDenied
from triad.workspace import Workspace

NAME = "Client Person"
DEBRIEF = "Quietly proud of the walk along the harbour wall"
SCAN = b"\x89PNG\r\n\x1a\n" + b"PAPER-FORM-SCAN-BYTES-7f3a" * 40


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v")
    yield practice
    practice.close()


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)


def held_and_closed(p: Practice) -> None:
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                                planned_activities=("conversation",)).subject_id
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",), suds_before=6,
                                                 suds_after=4, went_well=DEBRIEF,
                                                 process_recording="detail"))
    p.t.consent.give(p.case, "release-of-information",
                     [{"party": "client", "signed_on": "2026-02-03", "scan": SCAN},
                      *sigs("2026-02-03", "therapist")])
    p.t.cases.change_status(p.case, "closing", at="2026-03-19T09:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00",
                            no_closing_meeting="Closure agreed by letter")


def test_early_disposal_needs_the_supervisors_authorisation(p: Practice) -> None:
    held_and_closed(p)
    code = p.t.cases.get(p.case).code
    p.t.clock = p.v.clock = lambda: at("2027-01-10")
    refused = p.t.disposal.why_not(p.case)
    assert isinstance(refused, InvalidInput) and refused.detail == InvalidCode.RETENTION_RUNNING
    with pytest.raises(InvalidInput):
        p.t.disposal.dispose(p.case, "Client asked for erasure")
    before = p.t.log.count()
    for ws in (p.s, p.v, p.t2, p.s2):  # only the therapist holding the case disposes
        with pytest.raises(PermissionDenied):
            ws.disposal.dispose(p.case, "x")
    for ws in (p.t, p.s, p.t2, p.s2):  # only the case's supervisor authorises
        with pytest.raises(PermissionDenied):
            ws.disposal.authorise(p.case, "x")
    assert p.t.log.count() == before
    with pytest.raises(InvalidInput) as empty:
        p.v.disposal.authorise(p.case, "  ")
    assert empty.value.detail == InvalidCode.REASON_REQUIRED
    p.v.disposal.authorise(p.case, "GDPR Art. 17 request, no legal hold")
    assert p.t.disposal.why_not(p.case) is None
    line = p.t.disposal.dispose(p.case, "Client asked for erasure")
    assert (line.code, line.opened_on, line.closed_on, line.retention_ends_on) == (
        code, "2026-01-05", "2026-03-20", "2033-03-20")
    assert line.early and line.authorised_by == "Vera"
    assert line.authorisation_reason == "GDPR Art. 17 request, no legal hold"
    assert line.by_name == "Dr Tess" and line.reason == "Client asked for erasure"
    assert line.entry_count > 10
    for ws in p.all():
        with pytest.raises(NotFound):
            ws.cases.get(p.case)
        assert ws.verify().ok, ws.verify().log.problems
    assert [d.code for d in p.v.disposal.register()] == [code]
    trail = [(i.kind, i.case_code) for i in p.v.audit.trail()]  # the disposal in the trail
    assert ("case.disposed", code) in trail and ("case.disposal_authorised", code) in trail
    assert p.s2.disposal.register() == []  # not on the case, not a therapist
    assert code not in {c.code for c in p.t.cases.list()}
    assert p.t.cases.next_code(2026) != code


def test_a_case_not_closed_cannot_be_disposed_of(p: Practice) -> None:
    refused = p.t.disposal.why_not(p.case)
    assert isinstance(refused, InvalidInput) and refused.detail == InvalidCode.DISPOSAL_NOT_CLOSED
    with pytest.raises(InvalidInput):
        p.v.disposal.authorise(p.case, "x")


def test_disposal_after_retention_removes_every_byte_from_the_file(p: Practice) -> None:
    held_and_closed(p)
    p.t.drafts.save("debrief", p.case, fields={"went_well": DEBRIEF + " (draft)"})
    p.t.disclosures.record(What.BACKUP, [p.case])
    for ws in (p.s, p.v, p.t2, p.s2):
        ws.close()  # the vault alone: the next data-file generation is written at once
    t = p.t
    t.vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = plaintext_of(t)
    for text in (NAME.encode(), DEBRIEF.encode(), SCAN[8:40]):
        assert text in before  # the pages are read right
    generation = t.vault.slots.generation
    t.clock = lambda: at("2033-03-20")
    assert t.disposal.why_not(p.case) is None  # retention ended: no authorisation needed
    line = t.disposal.dispose(p.case, "Retention period ended")
    assert not line.early and line.authorised_by == ""
    assert len(line.backups) == 1  # the backup made before still holds the case
    assert t.vault.slots.generation == generation + 1
    after = plaintext_of(t)
    for text in (NAME.encode(), DEBRIEF.encode(), SCAN[8:40], b"Closure agreed by letter"):
        assert text not in after
    for f in t.vault.folder.iterdir():
        assert not f.name.startswith(f"data-{generation}.db")  # the old file is gone
    assert t.verify().ok
    assert t.vault.db.one("SELECT count(*) FROM attachments") == (0,)
    assert t.vault.db.one("SELECT count(*) FROM drafts WHERE case_id=?", (p.case,)) == (0,)
    folder = t.vault.folder
    t.close()
    with Workspace.open(folder, PASS, "Vera") as v:
        assert v.verify().ok
        assert [d.code for d in v.disposal.register()] == [line.code]
        v.log.rebuild()  # replaying the log disposes the same way
        assert [d.code for d in v.disposal.register()] == [line.code]
        assert v.cases.list() == []


def test_with_the_vault_open_elsewhere_the_next_unlock_finishes_it(p: Practice) -> None:
    """The next data-file generation needs the vault alone (the re-key's exclusive lock): with
    another member's session open, the content is already unreadable through the program and
    leaves the file at the next unlock (a crash between the two steps ends the same way)."""
    held_and_closed(p)
    t = p.t
    t.clock = lambda: at("2033-03-20")
    generation = t.vault.slots.generation
    t.disposal.dispose(p.case, "Retention period ended")
    assert t.vault.slots.generation == generation  # Sam, Vera, ... still have it open
    assert t.vault.db.get_meta("disposal_scrub") == "1"
    folder = t.vault.folder
    p.close()
    with Workspace.open(folder, PASS, "Sam") as s:  # any member's unlock finishes it
        assert s.vault.slots.generation == generation + 1
        assert s.vault.db.get_meta("disposal_scrub") == ""
        text = plaintext_of(s)
        assert DEBRIEF.encode() not in text and NAME.encode() not in text
        assert s.verify().ok


def test_a_disposal_signed_by_a_therapist_who_does_not_hold_the_case_changes_nothing(
        p: Practice) -> None:
    """A case file or packet could carry a ``case.disposed`` signed by another therapist of
    the practice: the projection ignores it, so the case and its content stay."""
    from triad.clock import utc_stamp
    from triad.log.kinds import Kind

    held_and_closed(p)
    other = p.t2
    key = other.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",
                             (other.actor.member_id,))
    assert key is not None
    from triad import crypto

    other.log.append(other.actor.member_id, crypto.signer(bytes(key[0])), Kind.CASE_DISPOSED,
                     {"code": p.t.cases.get(p.case).code, "reason": "not mine to dispose"},
                     p.case, utc_stamp(other.clock()))
    assert p.t.cases.get(p.case).client.legal_name == NAME
    assert p.t.disposal.register() == []


def test_every_table_keyed_by_a_case_is_purged_or_kept_for_a_reason(p: Practice) -> None:
    """A table added later with a ``case_id`` column must be purged by a disposal, or named
    here with the reason it stays (the client requests' table was once missed)."""
    from triad.log.disposal import CASE_TABLES

    kept = {
        "entries": "its entries become headers in withheld_entries (purge_case)",
        "withheld_entries": "the chain headers that keep verify whole",
        "disclosures": "the accounting names the case id only; the register needs its backups",
        "disposed_cases": "the register's row: no client text",
    }
    db = p.t.vault.db
    keyed = {name for (name,) in db.rows("SELECT name FROM sqlite_master WHERE type='table'")
             if any(r[1] == "case_id" for r in db.rows(f"PRAGMA table_info({name})"))}
    assert keyed - set(kept) == set(CASE_TABLES)


def test_an_older_case_file_does_not_bring_a_disposed_case_back(p: Practice) -> None:
    """Found by an outside attack: importing an export made before the disposal listed the
    case again and broke ``verify`` (its headers and the imported entries collided)."""
    held_and_closed(p)
    old_copy = p.t.interchange.export_case(p.case)
    p.t.clock = lambda: at("2033-03-20")
    p.t.disposal.dispose(p.case, "Retention period ended")
    with pytest.raises(InvalidInput) as refused:
        p.t.interchange.import_case(old_copy)
    assert refused.value.data.get("reason") == "disposed"
    with pytest.raises(NotFound):
        p.t.cases.get(p.case)
    assert p.t.verify().ok


def test_a_disposed_cases_code_is_never_given_again(p: Practice) -> None:
    held_and_closed(p)
    code = p.t.cases.get(p.case).code
    p.t.clock = lambda: at("2033-03-20")
    p.t.disposal.dispose(p.case, "Retention period ended")
    with pytest.raises(InvalidInput) as taken:
        p.t.cases.open({"code": code, "presenting_concerns": ["anxiety"]})
    assert taken.value.detail == InvalidCode.CODE_TAKEN
    assert p.t.cases.next_code(2026) != code


def test_a_closing_is_never_dated_before_the_case_opened(p: Practice) -> None:
    """Found by an outside attack: a case opened today, closed 'on 2020-01-01', had its
    retention period already ended, so it was disposed of at once without the supervisor."""
    case = p.t.cases.open({"presenting_concerns": ["anxiety"]}, opened_at="2026-01-05").case_id
    assert case
    p.t.cases.change_status(case, "assessment", at="2026-01-06T09:00")
    with pytest.raises(InvalidInput) as early:
        p.t.cases.change_status(case, "closed", "Never started", at="2020-01-01T10:00")
    assert early.value.detail == InvalidCode.STATUS_TIME
    with pytest.raises(InvalidInput):  # nor before its last status change
        p.t.cases.change_status(case, "closed", "Never started", at="2026-01-05T10:00")
    p.t.clock = lambda: at("2026-02-01")
    with pytest.raises(InvalidInput):  # nor after today
        p.t.cases.change_status(case, "closed", "Never started", at="2026-02-02T10:00")
    p.t.cases.change_status(case, "closed", "Never started", at="2026-02-01T10:00")
    assert p.t.cases.get(case).status == "closed"


def test_a_record_the_client_asked_for_is_not_disposed_of_until_answered(p: Practice) -> None:
    """Found by an outside attack: disposal went ahead while the client's access request on
    the case was open -- the record destroyed before the answer (HIPAA §164.524, GDPR Art. 15)."""
    held_and_closed(p)
    asked = p.t.requests.record(p.case, "access", "2026-03-25", "A copy of my record").subject_id
    assert asked
    p.t.clock = lambda: at("2033-03-20")
    problem = p.t.disposal.why_not(p.case)
    assert isinstance(problem, InvalidInput)
    assert problem.detail == InvalidCode.DISPOSAL_OPEN_REQUEST
    with pytest.raises(InvalidInput):
        p.t.disposal.dispose(p.case, "Retention period ended")
    assert p.t.cases.get(p.case).client.legal_name == NAME
    p.t.requests.close(asked, "fulfilled", "2026-04-01", other_form=True,
                       note="Copy handed over in person")
    assert p.t.disposal.why_not(p.case) is None
    p.t.disposal.dispose(p.case, "Retention period ended")
