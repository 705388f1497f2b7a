"""How a release of information ends, and what goes after it (issue 13's open promises
RELEASE_AT_CLOSE and TO_THE_THERAPIST).

The release "ends when therapy with the surrogate closes, unless you withdraw it earlier": the
closing of the case ends it, as a revocation does. The entry that ended it still goes to the
surrogate partner and the supervisor -- their copies learn the release ended and show it not
in force -- and nothing written after it. What a surrogate partner writes herself (debriefs, a
withdrawal the client told her of) still reaches the therapist, the clinical lead, whatever
became of the release; the audit flags a session held after the revocation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.conftest import cli
from tests.core.exchange.test_exchange import LEGAL_NAME, PASS, Machines, debrief, machines, send
from tests.core.practice import sigs
from triad.casefile.consent import release_in_force
from triad.casefile.notes import MinutesForm
from triad.casefile.release import case_release
from triad.errors import ExchangeCode, ExchangeError
from triad.log.kinds import Kind
from triad.messages import Context, sentence
from triad.workspace import Workspace

__all__ = ["machines"]  # the fixture

NOTE = "Client note written after the release ended"
GOAL = "Goal set after the release ended"


def _onboard(m: Machines) -> None:
    for other in (m.s, m.v):
        other.exchange.import_packet(send(m.t, other))


def _write(t: Workspace, case: str) -> None:
    t.cases.update_client(case, concerns_note=NOTE)
    t.cases.add_goal(case, GOAL, "2", "6", "SUDS")


def _learns_it_ended(m: Machines, state: str) -> None:
    """Each copy gets the entry that ended the release, and nothing after it; the next
    packet is refused, naming the case and the release."""
    for other in (m.s, m.v):
        other.exchange.import_packet(send(m.t, other))
        assert case_release(other, m.case).state == state
        assert NOTE not in other.cases.get(m.case).client.concerns_note
        assert GOAL not in [g.description for g in other.cases.goals(m.case)]
        with pytest.raises(ExchangeError) as caught:
            m.t.exchange.build_packet(other.actor.member_id, m.case)
        assert caught.value.detail == ExchangeCode.NO_RELEASE
        assert caught.value.data["case"] == m.t.cases.get(m.case).code
        assert not m.t.exchange.pending(other.actor.member_id)


def _release_id(ws: Workspace, case: str) -> str:
    return [r.consent_id for r in ws.consent.records(case)
            if r.form_id == "release-of-information"][-1]


def _close(t: Workspace, case: str) -> None:
    t.cases.change_status(case, "closing", "Closure phase done")
    # issue 16: a case with surrogate sessions closes after its closing meeting, recorded
    surrogate = t.cases.get(case).surrogate_ids[0]
    meeting = t.sessions.schedule(case, "three_way_meeting", t.local_now(), 60,
                                  surrogate_id=surrogate).subject_id
    t.notes.write_minutes(meeting, MinutesForm(agreements="Goals met; closure agreed",
                                               closing=True))
    t.cases.change_status(case, "closed", "Goals met; closing meeting held")


# -- RELEASE_AT_CLOSE ------------------------------------------------------------------------

def test_closing_the_case_ends_the_release(machines: Machines) -> None:
    m = machines
    _onboard(m)
    assert case_release(m.t, m.case).in_force
    _close(m.t, m.case)
    _write(m.t, m.case)
    state = case_release(m.t, m.case)
    assert state.state == "closed" and not state.in_force
    _learns_it_ended(m, "closed")
    assert m.s.cases.get(m.case).status == "closed"  # her copy learned the case closed
    with pytest.raises(ExchangeError) as caught:
        m.t.exchange.build_packet(m.s.actor.member_id, m.case)
    words = sentence(caught.value)
    assert "it ended when the case was closed on" in words and "release of information" in words


def test_a_reopened_case_needs_a_new_release(machines: Machines) -> None:
    m = machines
    _onboard(m)
    _close(m.t, m.case)
    m.s.exchange.import_packet(send(m.t, m.s))
    # A re-opening (none is offered in the app today; it may arrive from an older or another
    # program): the release signed before the closing does not cover it.
    reopened = m.t.local_now()
    m.t.append(Kind.CASE_STATUS_CHANGED, {"from": "closed", "to": "active",
                                          "reason": "Client returns", "at": reopened},
               m.t.cases.get(m.case).case_id)
    _write(m.t, m.case)
    state = case_release(m.t, m.case)
    assert state.state == "reopened" and not state.in_force
    with pytest.raises(ExchangeError) as caught:
        m.t.exchange.build_packet(m.s.actor.member_id, m.case)
    assert "re-opened on" in sentence(caught.value)
    m.t.consent.give(m.case, "release-of-information",
                     sigs(reopened[:10], "client", "therapist", client=LEGAL_NAME),
                     valid_from=reopened)
    assert case_release(m.t, m.case).in_force
    m.s.exchange.import_packet(send(m.t, m.s))
    assert m.s.cases.get(m.case).client.concerns_note == NOTE


def test_a_surrogate_taken_off_the_team_gets_nothing_more(machines: Machines) -> None:
    m = machines
    _onboard(m)
    m.t.cases.set_team(m.case, (m.sky.actor.member_id,), m.v.actor.member_id)
    _write(m.t, m.case)
    with pytest.raises(ExchangeError) as caught:
        m.t.exchange.build_packet(m.s.actor.member_id)
    assert caught.value.detail == ExchangeCode.NOTHING_SHARED
    with pytest.raises(ExchangeError) as caught:
        m.t.exchange.build_packet(m.s.actor.member_id, m.case)
    assert caught.value.detail == ExchangeCode.NOT_ON_CASE
    assert NOTE not in m.s.cases.get(m.case).client.concerns_note


# -- TO_THE_THERAPIST ------------------------------------------------------------------------

def test_the_revocation_reaches_her_copy_and_nothing_after_it(machines: Machines) -> None:
    m = machines
    _onboard(m)
    m.t.consent.revoke(m.case, _release_id(m.t, m.case), "The client withdrew the release.")
    _write(m.t, m.case)
    _learns_it_ended(m, "revoked")
    for other in (m.s, m.v):  # their copies show the release not in force
        assert not release_in_force(other.consent.records(m.case), other.local_now())


def test_her_reports_reach_the_therapist_after_the_release_ended(machines: Machines,
                                                                 tmp_path: Path) -> None:
    """The release gates what goes to the surrogate partner and the supervisor; what she
    writes herself -- a session's debrief, a withdrawal the client tells her of -- reaches the
    therapist, the clinical lead, whatever became of the release (release form v2)."""
    m = machines
    t, s, case = m.t, m.s, m.case
    _onboard(m)
    # the client withdraws the release the day before Sam's second session ...
    t.consent.revoke(case, _release_id(t, case), "Withdrawn by phone.", at="2026-02-08T09:00")
    revocation = send(t, s)
    # ... Sam, not knowing yet, holds it and debriefs: her packet crosses the therapist's
    debrief(s, m.sam_sessions[1], "Session notes written before she knew")
    crossing = send(s, t)
    s.exchange.import_packet(revocation)  # now her copy knows
    assert case_release(s, case).state == "revoked"
    # her late report of the first session, and a withdrawal the client told her of, still go
    debrief(s, m.sam_sessions[0], "Late notes written after she knew")
    informed = next(r for r in s.consent.records(case) if r.form_id == "informed-consent")
    s.consent.revoke(case, informed.consent_id, "Told me she stops.", party="client")
    # ... through the command line too
    s.close()
    out = tmp_path / "packet.age"
    done = cli("packet", "export", str(tmp_path / "surrogate.triad"), "--case", case, "--to",
               "Dr Tess", "-o", str(out), env={"TRIAD_PASSPHRASE": PASS})
    m.s = Workspace.open(tmp_path / "surrogate.triad", PASS)
    assert done.code == 0, done
    # nothing new goes the other way
    with pytest.raises(ExchangeError) as caught:
        t.exchange.build_packet(m.s.actor.member_id, case)
    assert caught.value.detail == ExchangeCode.NO_RELEASE
    t.exchange.import_packet(crossing)
    t.exchange.import_packet(out.read_bytes())
    assert t.sessions.get(m.sam_sessions[1]).debrief is not None
    assert t.sessions.get(m.sam_sessions[0]).debrief is not None
    assert t.consent.get(case, informed.consent_id).wholly_revoked_at(t.local_now())
    found = [f for f in t.audit.run(case).findings if f.rule_id == "consent.session-without-release"]
    assert [f.detail["release"] for f in found] == ["revoked"]




def test_the_refusal_reads_the_same_on_the_command_line() -> None:
    exc = ExchangeError(ExchangeCode.NO_RELEASE, case="C-1", release="closed",
                        since="2026-03-01")
    for words in (sentence(exc), sentence(exc, context=Context.CLI)):
        assert "C-1" in words and "closed on 2026-03-01" in words
