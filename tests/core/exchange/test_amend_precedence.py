"""Issue 14, Major 2: a clock running ahead must not win every correction. An amendment names
the versions it corrects (``supersedes``); a correction that saw an earlier one wins whatever
the clocks say; amendments made apart are a conflict the therapist settles; old amendments
(no ``supersedes``) keep their old order; entries stamped more than a day ahead are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.exchange.test_exchange import (  # the three machines of the exchange tests
    Machines,
    debrief,
    machines,  # noqa: F401  (fixture)
    send,
    snapshot,
)
from triad.errors import CaseFileReason, InvalidCode, InvalidInput, PacketRejected, PermissionDenied
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace


def clock(hours: float) -> Callable[[], datetime]:
    """A clock ``hours`` ahead of (or behind) the real one."""
    return lambda: datetime.now(UTC) + timedelta(hours=hours)


def went_well(ws: Workspace, session_id: str) -> str:
    d = ws.sessions.get(session_id).debrief
    assert d is not None
    return d.went_well


def sams_debrief(m: Machines) -> str:
    """Sam debriefs her first session; both machines hold it. Its entry id."""
    m.s.exchange.import_packet(send(m.t, m.s))
    debrief(m.s, m.sam_sessions[0], "notes")
    m.t.exchange.import_packet(send(m.s, m.t))
    d = m.t.sessions.get(m.sam_sessions[0]).debrief
    assert d is not None
    return d.entry_id


def test_a_clock_in_2099_does_not_win_the_therapists_later_correction(
        machines: Machines) -> None:  # noqa: F811
    """Sky (sharing the therapist's machine, her session's clock set to 2099) amends her
    debrief; the therapist then corrects the same field: the correction shows."""
    m = machines
    entry = (m.t.sessions.get(m.sky_session).debrief or pytest.fail()).entry_id
    m.sky.clock = lambda: datetime(2099, 1, 1, 9, 0, tzinfo=UTC)
    m.sky.amendments.amend(entry, "my wording", {"went_well": "Sky's wording, stamped 2099"})
    m.t.amendments.amend(entry, "what was agreed", {"went_well": "The therapist's correction"})
    assert went_well(m.t, m.sky_session) == "The therapist's correction"
    assert m.t.amendments.conflicts(entry) == []
    _, history = m.t.amendments.history(entry)
    sky_amendment = next(a for a in history if a.by == m.sky.actor.member_id)
    correction = next(a for a in history if a.by == m.t.actor.member_id)
    assert sky_amendment.supersedes == () and correction.supersedes == (sky_amendment.entry_id,)
    m.t.log.rebuild()
    assert went_well(m.t, m.sky_session) == "The therapist's correction"
    assert m.t.verify().ok


def test_a_causal_chain_over_three_vaults_stands_whatever_the_clocks(
        machines: Machines) -> None:  # noqa: F811
    """Sam (clock 20 hours ahead) amends; the therapist corrects her; Sam, her clock now 10
    hours behind, corrects the correction. Each saw the one before: the last stands on Sam's,
    the therapist's and the supervisor's machines, though its stamp is the earliest."""
    m = machines
    t, s, v = m.t, m.s, m.v
    entry = sams_debrief(m)
    s.clock = clock(20)
    s.amendments.amend(entry, "first thoughts", {"went_well": "A (ahead)"})
    t.exchange.import_packet(send(s, t))
    t.amendments.amend(entry, "as discussed", {"went_well": "B (therapist)"})
    assert went_well(t, m.sam_sessions[0]) == "B (therapist)"
    s.exchange.import_packet(send(t, s))
    assert went_well(s, m.sam_sessions[0]) == "B (therapist)"
    s.clock = clock(-10)
    s.amendments.amend(entry, "after supervision", {"went_well": "C (behind)"})
    t.exchange.import_packet(send(s, t))
    v.exchange.import_packet(send(t, v))
    for ws in (s, t, v):
        assert went_well(ws, m.sam_sessions[0]) == "C (behind)", ws.actor.role
        assert ws.amendments.conflicts(entry) == []
        # the history lists each correction after what it corrected, whatever the stamps
        _, history = ws.amendments.history(entry)
        assert [a.changes["went_well"] for a in history] == ["A (ahead)", "B (therapist)",
                                                             "C (behind)"]
        ws.log.rebuild()
        assert went_well(ws, m.sam_sessions[0]) == "C (behind)", ws.actor.role


def test_amendments_made_apart_are_a_conflict_shown_and_settled(
        machines: Machines) -> None:  # noqa: F811
    m = machines
    t, s, v = m.t, m.s, m.v
    entry = sams_debrief(m)
    s.clock = clock(5)  # her clock ahead: it must not decide
    sam = s.amendments.amend(entry, "my words", {"went_well": "Sam's wording"}).entry_id
    tess = t.amendments.amend(entry, "clearer", {"went_well": "Tess's wording"}).entry_id
    t.exchange.import_packet(send(s, t))
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    shown = "Sam's wording" if sam > tess else "Tess's wording"  # the greater entry id
    for ws in (t, s, v):
        assert went_well(ws, m.sam_sessions[0]) == shown, ws.actor.role
        [conflict] = ws.amendments.conflicts(entry)
        assert conflict.field == "went_well"
        assert (ws.sessions.get(m.sam_sessions[0]).debrief or pytest.fail()).conflicted == (
            "went_well",)
        assert {(x.value, x.by) for x in conflict.versions} == {
            ("Sam's wording", s.actor.member_id), ("Tess's wording", t.actor.member_id)}
    with pytest.raises(PermissionDenied):
        s.amendments.settle(entry, "went_well", "Sam's wording", "mine")
    with pytest.raises(InvalidInput) as raised:
        t.amendments.settle(entry, "questions", "none", "nothing to settle")
    assert raised.value.detail == InvalidCode.NOT_IN_CONFLICT
    t.clock = clock(-30)  # the settling therapist's clock behind both: still settles
    t.amendments.settle(entry, "went_well", "Both: talked, and agreed the pace", "settled together")
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    for ws in (t, s, v):
        assert went_well(ws, m.sam_sessions[0]) == "Both: talked, and agreed the pace"
        assert ws.amendments.conflicts(entry) == []
        assert not (ws.sessions.get(m.sam_sessions[0]).debrief or pytest.fail()).conflicted


def _old_amendment(ws: Workspace, target: str, value: str, at: datetime) -> str:
    """An amendment as written before the rule: no ``supersedes``."""
    ws.clock = lambda: at
    entry = ws.append(Kind.ENTRY_AMENDED, {
        "target_id": target, "target_kind": "session.debriefed", "reason": "old",
        "changes": {"went_well": value}}, ws.log.get(target).case_id)  # type: ignore[union-attr]
    return entry.id


def test_old_amendments_keep_their_order(machines: Machines) -> None:  # noqa: F811
    """Without ``supersedes`` the later stamp still wins among old amendments, whatever the
    order they were written in; a new amendment supersedes the one that stands."""
    m = machines
    t = m.t
    entry = (t.sessions.get(m.sky_session).debrief or pytest.fail()).entry_id
    now = datetime.now(UTC)
    _old_amendment(t, entry, "later stamp", now + timedelta(minutes=2))
    _old_amendment(t, entry, "earlier stamp", now + timedelta(minutes=1))
    assert went_well(t, m.sky_session) == "later stamp"
    assert t.amendments.conflicts(entry) == []
    t.log.rebuild()
    assert went_well(t, m.sky_session) == "later stamp"
    t.clock = clock(0)
    change = t.amendments.amend(entry, "new", {"went_well": "new"})
    _, history = t.amendments.history(entry)
    assert [a.supersedes for a in history if a.entry_id == change.entry_id] == [
        tuple(a.entry_id for a in history if a.changes == {"went_well": "later stamp"})]
    assert went_well(t, m.sky_session) == "new"


def test_a_packet_stamped_far_ahead_is_refused_and_changes_nothing(
        machines: Machines) -> None:  # noqa: F811
    m = machines
    t, s = m.t, m.s
    entry = sams_debrief(m)
    s.clock = lambda: datetime(2099, 1, 1, 9, 0, tzinfo=UTC)
    s.amendments.amend(entry, "my words", {"went_well": "from 2099"})
    before = snapshot(t)
    with pytest.raises(PacketRejected) as raised:
        t.exchange.import_packet(send(s, t))
    assert raised.value.detail == CaseFileReason.STAMPED_AHEAD
    assert str(raised.value.data.get("item", "")).endswith(".created_at")
    assert snapshot(t) == before


def test_a_case_file_stamped_far_ahead_is_refused(tmp_path: Path) -> None:
    def vault(name: str, when: Callable[[], datetime]) -> Workspace:
        ws = Workspace.create(tmp_path / f"{name}.triad", name=name, role=Role.THERAPIST,
                              passphrase="clock passphrase").workspace
        ws.clock = when
        return ws

    ahead = vault("Ahead", lambda: datetime(2099, 1, 1, tzinfo=UTC))
    case = ahead.cases.open({"presenting_concerns": ["anxiety"]}, (), opened_at="2026-01-05")
    data = ahead.interchange.export_case(case.case_id or "")
    here = vault("Here", clock(0))
    with pytest.raises(InvalidInput) as raised:
        here.interchange.import_case(data)
    assert raised.value.data["reason"] == CaseFileReason.STAMPED_AHEAD
    assert str(raised.value.data["path"]).startswith("$.entries[")
    assert here.cases.list() == []
    # the same file is fine for a computer whose clock has reached its stamps
    later = vault("Later", lambda: datetime(2099, 1, 1, 12, tzinfo=UTC))
    assert later.interchange.import_case(data).added == len(data["entries"])
    for ws in (ahead, here, later):
        ws.close()


def _reviewed(ws: Workspace, session_id: str) -> bool:
    d = ws.sessions.get(session_id).debrief
    assert d is not None
    return d.reviewed


def test_a_review_stamped_ahead_does_not_cover_a_flag_raised_after_it(
        machines: Machines) -> None:  # noqa: F811
    """The therapist's clock reads 2099 when she reviews Sky's debrief; Sky then amends it with
    a stop signal (a new flag). The review never saw that flag: the debrief awaits review
    again, whatever the stamps say; the therapist's next review (which saw it) clears it."""
    m = machines
    t, sky = m.t, m.sky
    entry = (t.sessions.get(m.sky_session).debrief or pytest.fail()).entry_id
    t.clock = lambda: datetime(2099, 1, 1, 9, 0, tzinfo=UTC)
    t.sessions.review(m.sky_session, "Read.")
    assert _reviewed(t, m.sky_session)
    sky.amendments.amend(entry, "Forgot the stop signal", {"stop_signals": 1})
    assert not _reviewed(t, m.sky_session)
    t.log.rebuild()
    assert not _reviewed(t, m.sky_session)
    t.clock = clock(0)  # put right: earlier than the first review's stamp
    t.sessions.review(m.sky_session, "Read the stop signal; called Sky.")
    assert _reviewed(t, m.sky_session)
    t.log.rebuild()
    assert _reviewed(t, m.sky_session)


def test_a_review_that_saw_a_flag_stamped_ahead_clears_it_on_every_machine(
        machines: Machines) -> None:  # noqa: F811
    """Sam's clock runs 20 hours ahead when she adds a stop signal to her debrief; the
    therapist reviews it after it arrived: reviewed, on her machine and on Sam's and Vera's."""
    m = machines
    t, s, v = m.t, m.s, m.v
    entry = sams_debrief(m)
    s.clock = clock(20)
    s.amendments.amend(entry, "Forgot the stop signal", {"stop_signals": 1})
    t.exchange.import_packet(send(s, t))
    assert not _reviewed(t, m.sam_sessions[0])
    t.sessions.review(m.sam_sessions[0], "Read, with the stop signal.")
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    for ws in (t, s, v):
        assert _reviewed(ws, m.sam_sessions[0]), ws.actor.role
        ws.log.rebuild()
        assert _reviewed(ws, m.sam_sessions[0]), ws.actor.role


def test_client_details_amended_apart_are_a_conflict_per_detail(
        machines: Machines) -> None:  # noqa: F811
    """A client amendment changes some details: each is a field of its own (client.pronouns),
    so amending the pronouns apart is a conflict, the legal name amended alongside is not."""
    m = machines
    t = m.t
    opened = next(iter(t.log.entries("case_id=? AND kind='case.opened'", (m.case,))))
    t.amendments.amend(opened.id, "as the client asked", {"client": {"pronouns": "she/her"}})
    t.append(Kind.ENTRY_AMENDED, {  # as written on another machine, apart
        "target_id": opened.id, "target_kind": "case.opened", "reason": "intake form",
        "changes": {"client": {"pronouns": "they/them", "legal_name": "M. Kowalczyk"}},
        "supersedes": []}, m.case)
    [conflict] = t.amendments.conflicts(opened.id)
    assert conflict.field == "client.pronouns"
    assert {v.value for v in conflict.versions} == {"she/her", "they/them"}
    assert t.cases.get(m.case).client.legal_name == "M. Kowalczyk"
    t.amendments.settle(opened.id, "client.pronouns", "they/them", "asked again")
    assert t.cases.get(m.case).client.pronouns == "they/them"
    assert t.amendments.conflicts(opened.id) == []


def test_an_entry_stamped_far_ahead_is_not_held_either(machines: Machines) -> None:  # noqa: F811
    """An entry after a gap in its chain would wait in the held store; one stamped in 2099 is
    refused at once instead (it could only wait for decades, then block its chain)."""
    from dataclasses import replace

    from tests.core.exchange.test_held_store import _chain, _debriefs, _key, _packet
    from triad import crypto

    m = machines
    m.s.exchange.import_packet(send(m.t, m.s))
    [entry] = _chain(m.s, m.case, "session.debriefed", _debriefs(1), first_seq=5)
    ahead = replace(entry, created_at="2099-01-01T09:00:00.000000Z")
    digest = ahead.computed_hash()
    ahead = replace(ahead, hash=digest, signature=crypto.b64e(
        crypto.sign(_key(m.s), bytes.fromhex(digest))))
    before = snapshot(m.t)
    with pytest.raises(PacketRejected) as raised:
        m.t.exchange.import_packet(_packet(m.s, m.t, m.case, [ahead]))
    assert raised.value.detail == CaseFileReason.STAMPED_AHEAD
    assert snapshot(m.t) == before and not m.t.exchange.held()
