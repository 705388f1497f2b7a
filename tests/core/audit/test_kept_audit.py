"""Issue 18: the whole practice's audit kept in the vault per case (triad.audit.kept): a fresh
process reads it, a changed case is audited again alone, a vault-level change that matters,
the settings or the clock (triad.audit.horizon) audit again as designed, a disposal takes the
case's row, and what is kept always equals the audit afresh."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from tests.core.casefile.test_disposal import at, held_and_closed
from tests.core.conftest import cli
from tests.core.exchange.test_exchange import Machines, machines, send, sigs
from tests.core.practice import make_practice
from triad import demo
from triad.audit.engine import AuditReport
from triad.casefile.disclosures import What
from triad.casefile.members import Credential
from triad.workspace import Workspace

__all__ = ["machines"]  # the fixture


def kept_rows(path: Path) -> dict[str, tuple[str, ...]]:
    ws = Workspace.open(path, PASS)
    rows = {str(r[0]): tuple(r[1:]) for r in ws.vault.db.rows(
        "SELECT case_id, case_at, vault_at, rules, local_from, utc_from FROM audit_kept")}
    ws.close()
    return rows


def same(a: AuditReport, b: AuditReport) -> None:
    assert a.findings == b.findings and a.cases == b.cases


def nothing_kept(path: Path) -> Path:
    """``path`` with no kept audit: a test that audited the shared demo practice in place
    (``demo_path``) left its audit kept there, and so in every copy made after it."""
    ws = Workspace.open(path, PASS)
    ws.audit.forget(everywhere=True)
    ws.close()
    return path


def test_a_fresh_process_reads_the_kept_audit(demo_copy: Path) -> None:
    nothing_kept(demo_copy)
    ws = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    first = ws.audit.run()
    assert ws.audit.evaluated == 5 and first.cases == 5
    ws.close()
    again = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)  # as a new process would
    kept = again.audit.run()
    assert again.audit.evaluated == 0
    same(kept, again.audit.run(cached=False))
    same(kept, first)
    # the therapist's audit of the same cases reads the same rows (they are no one's own)
    t = Workspace.open(demo_copy, PASS)
    same(t.audit.run(), kept)
    assert t.audit.evaluated == 0
    t.close()
    again.close()


def test_the_command_line_reads_the_kept_audit(demo_copy: Path) -> None:
    nothing_kept(demo_copy)
    env = {"TRIAD_PASSPHRASE": PASS}
    first = cli("audit", str(demo_copy), "--member", demo.SUPERVISOR, env=env, now=DEMO_NOW)
    assert first.code == 0 and "1 major" in first.out, first.err
    rows = kept_rows(demo_copy)
    assert len(rows) == 5
    # half a minute later: no case is audited again (its row keeps the first audit's moment)
    later = cli("audit", str(demo_copy), "--member", demo.SUPERVISOR, env=env,
                now=DEMO_NOW + timedelta(seconds=30))
    assert later.out == first.out and kept_rows(demo_copy) == rows
    agenda = cli("agenda", str(demo_copy), "--member", demo.SUPERVISOR, env=env,
                 now=DEMO_NOW + timedelta(seconds=40))
    assert agenda.code == 0, agenda.err
    assert kept_rows(demo_copy) == rows


def test_one_changed_case_is_audited_again_alone(demo_copy: Path) -> None:
    nothing_kept(demo_copy)
    sup = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    before = sup.audit.run()
    t = Workspace.open(demo_copy, PASS)
    case = t.cases.list()[0].case_id
    t.measures.record(case, "suds", 5, "2026-11-20", "kept audit test")
    sup.audit.evaluated = 0
    same(sup.audit.run(), before)  # a measure changes no finding, but the case is audited again
    assert sup.audit.evaluated == 1
    fresh = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    fresh.audit.run()
    assert fresh.audit.evaluated == 0  # the audit of the changed case was kept too
    # a finding signed off: its case alone, and the new status shows at once
    gap = next(f for f in before.findings if f.rule_id == "consent.release-before-first-session")
    sup.audit.sign_off(gap.finding_id, "Seen.")
    sup.audit.evaluated = 0
    after = {f.finding_id: f.status for f in sup.audit.run().findings}
    assert after[gap.finding_id] == "signed-off" and sup.audit.evaluated == 1
    for ws in (sup, t, fresh):
        ws.close()


def test_vault_level_entries_and_settings_audit_every_case_again(demo_copy: Path) -> None:
    nothing_kept(demo_copy)
    sup = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    t = Workspace.open(demo_copy, PASS)
    sup.audit.run()
    # a disclosure (a printout) or a private note changes no finding: nothing is audited again
    t.disclosures.record(What.REPORT, [t.cases.list()[0].case_id], report="progress")
    sup.audit.evaluated = 0
    sup.audit.run()
    assert sup.audit.evaluated == 0
    # a credential can: every case
    t.members.record_credential(t.actor.member_id, Credential("Board", "77", "2031-01-01"))
    sup.audit.run()
    assert sup.audit.evaluated == 5
    sup.audit.evaluated = 0
    sup.audit.update_settings(review_days=10)
    report = sup.audit.run()
    assert sup.audit.evaluated == 5
    same(report, sup.audit.run(cached=False))
    t.close()
    sup.close()


def _moment(until: str) -> datetime:
    """The first minute at or after a kept audit's local ``until`` (a day or a minute)."""
    text = until.rstrip("\uffff")
    day = datetime.fromisoformat(text[:10])
    if len(text) <= 10:
        return day.astimezone()
    minute = datetime.fromisoformat(text[:16])
    return (minute + timedelta(minutes=1) if until.endswith("\uffff") else minute).astimezone()


def test_the_clock_audits_again_only_when_it_can_change_a_finding(demo_copy: Path) -> None:
    """Walk the clock forward through the demo's horizons (and just before each): the kept
    audit always equals the audit afresh; a new day audits the stalled case again (its count
    of days changes at midnight); a clock set back audits afresh."""
    nothing_kept(demo_copy)
    ws = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    moment = DEMO_NOW
    ws.clock = lambda: moment
    ws.audit.run()
    checked, end = 0, DEMO_NOW + timedelta(days=60)
    while moment < end:
        kept_now = ws.audit._by_case.values()
        ahead = [_moment(k.local_until) for k in kept_now if k.local_until]
        ahead += [datetime.fromisoformat(k.utc_until.rstrip("\uffff").replace("Z", "+00:00"))
                  for k in kept_now if k.utc_until]
        ahead = [a for a in ahead if a > moment]
        step = min([*ahead, moment + timedelta(days=3)])
        for moment in (step - timedelta(minutes=1), step):
            if moment <= DEMO_NOW:
                continue
            kept = ws.audit.run()
            same(kept, ws.audit.run(cached=False))
            checked += 1
    assert checked > 20
    # the next day: the stalled case is audited again, not the others
    tomorrow = DEMO_NOW + timedelta(days=1)
    fresh = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    fresh.clock = lambda: DEMO_NOW
    fresh.audit.forget(everywhere=True)
    fresh.audit.run()
    fresh.audit.evaluated = 0
    fresh.clock = lambda: tomorrow
    stalled = [f for f in fresh.audit.run().findings if f.rule_id == "case.stalled"]
    assert 1 <= fresh.audit.evaluated < 5 and stalled
    # set back: audited afresh
    fresh.evaluated = 0
    fresh.clock = lambda: DEMO_NOW - timedelta(hours=1)
    fresh.audit.evaluated = 0
    fresh.audit.run()
    assert fresh.audit.evaluated == 5
    fresh.close()
    ws.close()


def test_a_disposed_case_leaves_no_kept_audit(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    held_and_closed(p)
    p.t.clock = p.v.clock = lambda: at("2027-01-10")
    p.v.audit.run()
    db = p.t.vault.db
    assert db.one("SELECT 1 FROM audit_kept WHERE case_id=?", (p.case,))
    p.v.disposal.authorise(p.case, "GDPR Art. 17 request, no legal hold")
    p.t.disposal.dispose(p.case, "Client asked for erasure")
    for ws in (p.t, p.v):
        assert ws.vault.db.one("SELECT 1 FROM audit_kept WHERE case_id=?", (p.case,)) is None
    assert all(f.case_id != p.case for f in p.v.audit.run().findings)
    p.close()


def test_a_vault_that_cannot_keep_it_still_gets_its_audit(demo_copy: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    nothing_kept(demo_copy)
    from triad.audit import kept
    from triad.errors import VaultCode, VaultError

    def busy(*_: object) -> None:
        raise VaultError(VaultCode.BUSY)

    ws = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    monkeypatch.setattr(ws.vault.db, "transaction", busy)
    report = ws.audit.run()
    assert report.cases == 5 and report.findings
    assert ws.vault.db.one("SELECT count(*) FROM audit_kept") == (0,)
    monkeypatch.undo()
    assert kept.store(ws.vault.db, {}) is False
    ws.close()


def test_inside_a_transaction_nothing_is_kept(demo_copy: Path) -> None:
    """What is audited while a transaction is open may stand on entries that are rolled back
    (and whose numbers are then reused): it is neither kept in the vault nor remembered."""
    nothing_kept(demo_copy)
    ws = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    with ws.vault.db.transaction():
        assert ws.audit.run().cases == 5
    assert ws.vault.db.one("SELECT count(*) FROM audit_kept") == (0,)
    ws.audit.evaluated = 0
    ws.audit.run()
    assert ws.audit.evaluated == 5
    assert ws.vault.db.one("SELECT count(*) FROM audit_kept") == (5,)
    ws.close()


def test_an_entry_received_in_a_packet_audits_its_case_again(machines: Machines) -> None:
    t, v = machines.t, machines.v
    assert v.exchange.import_packet(send(t, v)).added
    first = v.audit.run()
    assert v.audit.evaluated == 1 and first.cases == 1
    v.audit.run()
    assert v.audit.evaluated == 1  # kept
    t.consent.give(machines.case, "release-of-information",
                   sigs("2026-02-06", "client", "therapist"), valid_from="2026-02-06")
    assert v.exchange.import_packet(send(t, v)).added == 1
    v.audit.evaluated = 0
    same(v.audit.run(), v.audit.run(cached=False))
    assert v.audit.evaluated == 1  # the received entry's case


def test_the_audit_from_cold_holds_a_chunk_of_cases_facts_at_a_time(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18's memory at 1,000 cases: the whole practice audited afresh a ``CHUNK`` of
    cases at a time, the same findings as all at once."""
    from triad.audit import engine

    nothing_kept(demo_copy)
    seen: list[int] = []
    load = engine.load_cases

    def counting(db, case_ids, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(case_ids))
        return load(db, case_ids, *args, **kwargs)

    monkeypatch.setattr(engine, "load_cases", counting)
    monkeypatch.setattr(engine, "CHUNK", 2)
    ws = Workspace.open(demo_copy, PASS, demo.SUPERVISOR)
    try:
        chunked = ws.audit.run()
        assert seen == [2, 2, 1] and ws.audit.evaluated == 5
        seen.clear()
        same(chunked, ws.audit.run(cached=False))
        assert seen == [5]  # all at once, for the comparison
        assert len(kept_rows_of(ws)) == 5
    finally:
        ws.close()


def kept_rows_of(ws: Workspace) -> list[str]:
    return [str(r[0]) for r in ws.vault.db.rows("SELECT case_id FROM audit_kept")]
