"""Codes the core uses, in plain English words, for printouts and the command line.
(The desktop app translates these through Qt.)"""

from __future__ import annotations

from triad.casefile.ladder import ACTIVITY_LABELS, Activity

STATUS_WORDS = {"in-force": "in force", "partly-revoked": "partly revoked", "revoked": "revoked",
                "expired": "expired", "pending": "not yet valid"}


def flag_words(flag: str) -> str:
    """A debrief flag in words, e.g. 'activity-not-consented:genital_touch'."""
    code, _, activity = flag.partition(":")
    label = ACTIVITY_LABELS.get(Activity(activity), activity) if activity in Activity._value2member_map_ else activity
    return {
        "activity-not-consented": f"activity outside consent ({label})",
        "activity-not-planned": f"activity not planned ({label})",
        "stop-signal-used": "stop signal used",
        "pause-signal-used": "pause signal used",
        "boundary-not-kept": "boundary not kept",
    }.get(code, flag)

__all__ = ["STATUS_WORDS", "flag_words"]
