"""Debrief flags are typed values that are still their stored codes."""

from __future__ import annotations

import json

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
