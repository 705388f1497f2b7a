"""Sessions from the command line (issue 16): ``show`` counts held sessions only and says
what happened to each; ``session outcome`` records it; ``schedule`` refuses a conflict naming
the other case and time, and books a weekly series; ``reschedule`` keeps the old time."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.conftest import DEMO_NOW
from tests.core.conftest import cli
from triad import demo

ENV = {"TRIAD_PASSPHRASE": "demo passphrase"}


def _day(days: int) -> str:
    return (DEMO_NOW + timedelta(days=days)).strftime("%Y-%m-%d")


def test_show_counts_held_sessions_only_and_says_what_happened(demo_copy: Path) -> None:
    """Reproduced: `show C-2026-005` said "Sessions: 3 held, 0 scheduled" while listing all
    three as "scheduled" (past sessions counted as held)."""
    v = str(demo_copy)
    shown = cli("show", v, "C-2026-005", env=ENV, now=DEMO_NOW)
    assert shown.code == 0, shown.err
    assert "Sessions: 4 held, 1 scheduled" in shown.out  # the meetings: one held, one to come
    recent = shown.out.split("Recent (id · when · kind · status):", 1)[1].split("Coming")[0]
    assert recent.count("therapist session  held") == 3 and "scheduled" not in recent
    booked = cli("schedule", v, "C-2026-005", "--kind", "therapist", "--at",
                 f"{_day(-1)} 09:00", "--minutes", "50", env=ENV, now=DEMO_NOW)
    assert booked.code == 0, booked.err
    shown = cli("show", v, "C-2026-005", env=ENV, now=DEMO_NOW).out
    assert "Sessions: 4 held, 1 outcome missing, 1 scheduled" in shown
    assert "Next: outcome missing for" in shown
    recorded = cli("session", "outcome", v, "C-2026-005", "no-show", "--session",
                   f"{_day(-1)} 09:00", "--note", "No answer.", env=ENV, now=DEMO_NOW)
    assert recorded.code == 0, recorded.err
    assert "no-show" in recorded.out
    shown = cli("show", v, "C-2026-005", env=ENV, now=DEMO_NOW).out
    assert "Sessions: 4 held, 1 no-show, 1 scheduled" in shown
    again = cli("session", "outcome", v, "C-2026-005", "held", "--session", f"{_day(-1)} 09:00",
                env=ENV, now=DEMO_NOW)
    assert again.code == 2 and "already recorded" in again.err and "amendment" in again.err


def test_outcome_rules_and_roles_from_the_command_line(demo_copy: Path) -> None:
    v = str(demo_copy)
    at = f"{_day(2)} 09:00"
    assert cli("schedule", v, "C-2026-005", "--kind", "therapist", "--at", at, env=ENV,
               now=DEMO_NOW).code == 0
    early = cli("session", "outcome", v, "C-2026-005", "held", "--session", at, env=ENV,
                now=DEMO_NOW)
    assert early.code == 2 and "start time has passed" in early.err
    supervisor = cli("session", "outcome", v, "C-2026-005", "cancelled-by-client", "--session",
                     at, "--member", demo.SUPERVISOR, env=ENV, now=DEMO_NOW)
    assert supervisor.code != 0 and "Traceback" not in supervisor.err
    ok = cli("session", "outcome", v, "C-2026-005", "cancelled-by-client", "--session", at,
             env=ENV, now=DEMO_NOW)
    assert ok.code == 0 and "cancelled by the client (45 h notice)" in ok.out, ok.err


def test_a_conflict_is_refused_naming_the_case_and_time(demo_copy: Path) -> None:
    """Reproduced: Ilse Nowak booked at the same hour in two demo cases was accepted."""
    v = str(demo_copy)
    first = cli("schedule", v, "C-2026-002", "--at", f"{_day(3)} 10:00", "--surrogate",
                demo.SURROGATES[1], "--activity", "conversation", env=ENV, now=DEMO_NOW)
    assert first.code == 0, first.err
    second = cli("schedule", v, "C-2026-004", "--at", f"{_day(3)} 10:59", "--surrogate",
                 demo.SURROGATES[1], "--activity", "conversation", env=ENV, now=DEMO_NOW)
    assert second.code == 2
    assert f"surrogate partner already has a session in C-2026-002 from {_day(3)} 10:00 to " \
           "11:00" in second.err
    after = cli("schedule", v, "C-2026-004", "--at", f"{_day(3)} 11:00", "--surrogate",
                demo.SURROGATES[1], "--activity", "conversation", env=ENV, now=DEMO_NOW)
    assert after.code == 0, after.err  # back to back


def test_a_weekly_series_and_a_reschedule(demo_copy: Path) -> None:
    v = str(demo_copy)
    series = cli("schedule", v, "C-2026-003", "--kind", "therapist", "--at",
                 f"{_day(1)} 08:00", "--every", "weekly", "--count", "3", env=ENV, now=DEMO_NOW)
    assert series.code == 0, series.err
    assert "weekly series of 3 sessions" in series.out and series.out.count("(series)") == 3
    both = cli("schedule", v, "C-2026-003", "--kind", "therapist", "--at", f"{_day(1)} 07:00",
               "--every", "weekly", "--count", "3", "--until", _day(30), env=ENV, now=DEMO_NOW)
    assert both.code == 2 and "not both" in both.err
    moved = cli("reschedule", v, "C-2026-003", "--session", f"{_day(8)} 08:00", "--to",
                f"{_day(9)} 08:00", "--reason", "Holiday.", env=ENV, now=DEMO_NOW)
    assert moved.code == 0, moved.err
    assert f"moved from {_day(8)} 08:00" in moved.out
    listed = cli("sessions", v, "C-2026-003", env=ENV, now=DEMO_NOW)
    assert listed.code == 0 and f"moved from {_day(8)} 08:00" in listed.out
