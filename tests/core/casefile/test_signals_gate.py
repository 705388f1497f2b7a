"""The stop and pause signals come before any touch (issue 13's open promise SIGNALS_BEFORE):
"Before any experiential work you will agree ... on a word or gesture that means stop and one
that means pause." A surrogate session with touch is refused while the triad agreement in force
with its surrogate partner records no signals; the audit flags a touch session held without
them (``consent.session-without-signals``, for sessions recorded before this rule or arriving
by packet); the to-do list names the missing signals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.conftest import cli
from tests.core.practice import (
    PASS,
    SCOPE,
    SIGNALS,
    Practice,
    make_practice,
    record_session,
    triad_agreement,
)
from triad.casefile import agenda, todo
from triad.errors import InvalidCode, InvalidInput
from triad.messages import Context, sentence

RULE = "consent.session-without-signals"


def _without_signals(p: Practice, day: str = "2026-01-20") -> str:
    """A new triad agreement with Sam that records no signals, and makes the earlier one's end
    (revoked whole): none in force records them."""
    old = next(r.consent_id for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    p.t.consent.revoke(p.case, old, "Replaced by the agreement of the new phase.",
                       at=f"{day}T08:00")
    return triad_agreement(p, day, grants=SCOPE, valid_from=f"{day}T09:00")


def test_a_touch_session_is_refused_while_no_signals_are_agreed(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _without_signals(p)
    when = "2026-02-02T10:00"
    with pytest.raises(InvalidInput) as caught:
        p.t.sessions.schedule(p.case, "surrogate_session", when, 60,
                              planned_activities=("conversation", "clothed_touch"))
    assert caught.value.detail == InvalidCode.SIGNALS_NOT_AGREED
    words = sentence(caught.value)
    assert "stop and pause signals" in words and "triad agreement" in words
    assert "Consent tab" in words and "Triad app" in sentence(caught.value, context=Context.CLI)
    # the schedule dialog's "why not?" says the same before the click
    assert p.t.sessions.why_no_signals(p.case, ("clothed_touch",), when, p.ids["Sam"]) is not None
    # conversation and relaxation are not touch: they go ahead
    assert p.t.sessions.why_no_signals(p.case, ("conversation", "relaxation_breathing"), when,
                                       p.ids["Sam"]) is None
    p.t.sessions.schedule(p.case, "surrogate_session", when, 60,
                          planned_activities=("conversation", "relaxation_breathing"))
    # once the triad agreement records the signals, touch may be scheduled
    triad_agreement(p, "2026-01-25", grants=SCOPE, valid_from="2026-01-25T09:00",
                    signals=SIGNALS)
    assert p.t.sessions.why_no_signals(p.case, ("clothed_touch",), when, p.ids["Sam"]) is None
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-03T10:00", 60,
                          planned_activities=("clothed_touch",))
    p.close()


def test_a_touch_session_held_without_signals_is_a_finding(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _without_signals(p)
    touch = record_session(p, "2026-02-02T10:00", ("conversation", "non_genital_touch"))
    record_session(p, "2026-02-09T10:00", ("conversation",))  # no touch: no finding
    found = [f for f in p.v.audit.run(p.case).findings if f.rule_id == RULE]
    assert len(found) == 1 and found[0].severity == "major"
    assert found[0].detail == {"activities": ["non_genital_touch"]}
    assert found[0].record_id == p.t.sessions.get(touch).debrief.entry_id  # type: ignore[union-attr]
    p.close()
    done = cli("audit", str(tmp_path / "v"), "--member", "Vera", env={"TRIAD_PASSPHRASE": PASS})
    assert RULE in done.out, done


def test_the_to_do_list_names_the_missing_signals(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    at = "2026-01-21T10:00"
    assert todo.AGREE_SIGNALS not in [g.code for g in todo.gaps(p.t, p.case, at)]
    _without_signals(p)
    assert todo.Gap(todo.AGREE_SIGNALS, p.ids["Sam"]) in todo.gaps(p.t, p.case, at)
    due = agenda.next_due(p.t, p.case)
    assert due is not None and due.code == todo.AGREE_SIGNALS
    p.close()
    done = cli("show", str(tmp_path / "v"), p.case, env={"TRIAD_PASSPHRASE": PASS})
    assert "agree the stop and pause signals with Sam" in done.out, done
