"""Codes the core uses, in plain English words, for printouts and the command line.
(The desktop app translates these through Qt.)"""

from __future__ import annotations

from triad.casefile.flags import Flag, FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS, Activity

STATUS_WORDS = {"in-force": "in force", "partly-revoked": "partly revoked", "revoked": "revoked",
                "expired": "expired", "pending": "not yet valid"}


def flag_words(flag: str) -> str:
    """A debrief flag in words, e.g. 'activity-not-consented:genital_touch'."""
    parsed = Flag(flag)
    activity = parsed.activity
    label = ACTIVITY_LABELS.get(Activity(activity), activity) if activity in Activity._value2member_map_ else activity
    words: dict[str, str] = {
        FlagKind.ACTIVITY_NOT_CONSENTED: f"activity outside consent ({label})",
        FlagKind.ACTIVITY_NOT_PLANNED: f"activity not planned ({label})",
        FlagKind.STOP_SIGNAL_USED: "stop signal used",
        FlagKind.PAUSE_SIGNAL_USED: "pause signal used",
        FlagKind.BOUNDARY_NOT_KEPT: "boundary not kept",
    }
    return words.get(parsed.kind, flag)

__all__ = ["STATUS_WORDS", "flag_words"]
