"""Debrief flags: what the therapist must look at in a debrief (DOMAIN: activities outside
consent, stop/pause signals, a boundary not kept, the safer-sex agreement not kept, an aid used
without its own consent; also activities done but not planned).

A :class:`Flag` is stored as its code string in the debrief's ``flags`` list, e.g.
``activity-not-consented:genital_touch`` -- and *is* that string (a ``str`` subclass), so
stored bodies, hashes and every comparison with a stored code stay as they were. Read it
through ``kind`` and ``activity``; write it with :meth:`Flag.of`. Parsing happens here only.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class FlagKind(StrEnum):
    ACTIVITY_NOT_CONSENTED = "activity-not-consented"
    ACTIVITY_NOT_PLANNED = "activity-not-planned"
    STOP_SIGNAL_USED = "stop-signal-used"
    PAUSE_SIGNAL_USED = "pause-signal-used"
    BOUNDARY_NOT_KEPT = "boundary-not-kept"
    SAFER_SEX_NOT_KEPT = "safer-sex-not-kept"
    # an aid of the case's inventory used without its own grant in force for use in session
    # (``aid-without-consent:<aid id>``)
    AID_WITHOUT_CONSENT = "aid-without-consent"


# Flags that need the therapist's prompt attention (the audit's review-time rule); an
# activity done but not planned is worth a look, not an alarm.
ATTENTION = frozenset({FlagKind.ACTIVITY_NOT_CONSENTED, FlagKind.STOP_SIGNAL_USED,
                       FlagKind.PAUSE_SIGNAL_USED, FlagKind.BOUNDARY_NOT_KEPT,
                       FlagKind.SAFER_SEX_NOT_KEPT, FlagKind.AID_WITHOUT_CONSENT})
_KINDS: dict[str, FlagKind] = {k.value: k for k in FlagKind}


class Flag(str):
    """One debrief flag, equal to its stored code. ``kind`` is a :class:`FlagKind`, or the code
    itself for a kind this version does not know (a newer Triad wrote it); ``activity`` is the
    activity code the flag names ("" for the signal and boundary flags)."""

    __slots__ = ()

    @classmethod
    def of(cls, kind: FlagKind, activity: str = "") -> Flag:
        return cls(f"{kind.value}:{activity}" if activity else kind.value)

    @property
    def kind(self) -> FlagKind | str:
        code = self.partition(":")[0]
        return _KINDS.get(code, code)

    @property
    def activity(self) -> str:
        return self.partition(":")[2]

    @property
    def subject(self) -> str:
        """What the flag names after its kind: an activity code, or an aid id."""
        return self.partition(":")[2]

    @property
    def needs_attention(self) -> bool:
        return self.kind in ATTENTION


def debrief_flags(done: list[str], planned: list[str], not_consented: list[str], stop: int,
                  pause: int, boundaries_kept: bool, safer_sex_kept: bool | None,
                  unconsented_aids: Sequence[str] = ()) -> list[Flag]:
    """The rule: what the therapist must look at in a debrief (activity codes in; ``done`` and
    ``not_consented`` in ladder order): activities outside consent, activities outside the
    plan, stop/pause signals used, a boundary not kept, the safer-sex agreement not kept, each
    aid used without its own consent in force (``unconsented_aids``, aid ids).
    The surrogate's service writes these into the debrief; every receiving vault computes
    them again from the debrief's own fields (``triad.casefile.derived``)."""
    flags = [Flag.of(FlagKind.ACTIVITY_NOT_CONSENTED, a) for a in not_consented]
    flags += [Flag.of(FlagKind.ACTIVITY_NOT_PLANNED, a) for a in done
              if a not in planned and a not in not_consented]
    if stop:
        flags.append(Flag.of(FlagKind.STOP_SIGNAL_USED))
    if pause:
        flags.append(Flag.of(FlagKind.PAUSE_SIGNAL_USED))
    if not boundaries_kept:
        flags.append(Flag.of(FlagKind.BOUNDARY_NOT_KEPT))
    if safer_sex_kept is False:
        flags.append(Flag.of(FlagKind.SAFER_SEX_NOT_KEPT))
    flags += [Flag.of(FlagKind.AID_WITHOUT_CONSENT, a) for a in unconsented_aids]
    return flags


def parse_flags(stored: object) -> tuple[Flag, ...]:
    """The flags of a stored debrief body or projection row (a list of codes)."""
    return tuple(Flag(str(f)) for f in stored) if isinstance(stored, list | tuple) else ()
