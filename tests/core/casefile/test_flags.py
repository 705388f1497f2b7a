"""Debrief flags are typed values that are still their stored codes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DEMO_PASS
from triad.casefile.flags import Flag, FlagKind, parse_flags
from triad.messages import flag_words


def test_a_flag_is_its_stored_code_read_through_kind_and_activity() -> None:
    flag = Flag.of(FlagKind.ACTIVITY_NOT_CONSENTED, "genital_touch")
    assert flag == "activity-not-consented:genital_touch"
    assert flag.kind is FlagKind.ACTIVITY_NOT_CONSENTED and flag.activity == "genital_touch"
    assert json.dumps([flag, Flag.of(FlagKind.STOP_SIGNAL_USED)]) == (
        '["activity-not-consented:genital_touch", "stop-signal-used"]')
    assert type(str(flag)) is str and str(flag) == flag
    parsed = parse_flags(["activity-not-planned:conversation", "boundary-not-kept"])
    assert [(f.kind, f.activity) for f in parsed] == [
        (FlagKind.ACTIVITY_NOT_PLANNED, "conversation"), (FlagKind.BOUNDARY_NOT_KEPT, "")]
    assert parse_flags(None) == ()


def test_which_flags_need_attention_and_unknown_ones() -> None:
    assert [Flag.of(k).needs_attention for k in FlagKind] == [True, False, True, True, True, True, True]
    newer = Flag("touch-log-missing:hand")  # written by a newer Triad
    assert newer.kind == "touch-log-missing" and newer.activity == "hand"
    assert not newer.needs_attention
    assert flag_words(newer) == "touch-log-missing:hand"
    assert flag_words(Flag.of(FlagKind.ACTIVITY_NOT_CONSENTED, "genital_touch")) == (
        "activity outside consent (Genital touch)")


def test_the_author_and_every_receiver_flag_a_debrief_by_one_rule(demo_copy: Path) -> None:
    """``SessionService.flags_for`` (the author's service) and ``derive_flags`` (what a vault
    computes for a debrief it receives) are one function, ``derived.flags_under``: on every
    debrief of the demo both give the flags the debrief holds, and the pure function gives
    them from the records alone; outside consent, an aid without its own consent and a stop
    signal are flagged alike."""
    from triad import demo
    from triad.casefile import derived, sessions
    from triad.workspace import Workspace

    assert sessions.flags_under is derived.flags_under  # the service's rule is the receivers'
    with Workspace.open(demo_copy, DEMO_PASS, demo.THERAPIST) as ws:
        seen = 0
        for case in ws.cases.list():
            for s in ws.sessions.list(case.case_id):
                d = s.debrief
                if d is None:
                    continue
                seen += 1
                args = (s, d.activities_done, d.held_at, d.stop_signals, d.pause_signals,
                        d.boundaries_kept, d.safer_sex_kept, d.aid_ids)
                body = {"session_id": s.session_id, "held_at": d.held_at,
                        "activities_done": [a.value for a in d.activities_done],
                        "stop_signals": d.stop_signals, "pause_signals": d.pause_signals,
                        "boundaries_kept": d.boundaries_kept,
                        "safer_sex_kept": d.safer_sex_kept, "aid_ids": list(d.aid_ids)}
                assert ws.sessions.flags_for(*args) == list(d.flags)
                assert derived.derive_flags(ws.vault.db, s.case_id, body) == list(d.flags)
        assert seen > 10
        records = ws.consent.records(ws.cases.access.resolve("C-2026-001"))
    first = min(r.valid_from for r in records)
    before = "2020-01-01T10:00"  # nothing in force yet: everything done is outside consent
    assert first > before
    for surrogate in (None, ("m-1", "Jonas Berg")):
        flags = derived.flags_under(records, before, surrogate, ["conversation"], [], 1, 0,
                                    True, None, ["aid-1"])
        assert flags == ["activity-not-consented:conversation", "stop-signal-used",
                         "aid-without-consent:aid-1"]
