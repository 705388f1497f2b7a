"""What the clock alone can change in a case's audit: the audit's "now", watched.

A case's audit, kept in the vault (``triad.audit.kept``), stands until an entry of the case, a
vault-level entry that matters or the rules change -- or until the clock reaches a moment that
a rule compared "now" with (a session's end, a review's due time, a consent's last day, the
next day for a count of days). The rules read now as ``CaseFacts.now`` (local minutes) and
``CaseFacts.now_utc``; ``load_cases`` makes each a :class:`Watched` string that notes, at every
comparison, the earliest value that lies ahead of it: from that moment on the comparison could
answer otherwise, and not before (time only moves forward; a clock set back audits afresh).
A prefix (``f.now[:10]``, today) is watched the same way.

The one rule for rule authors: compare ``f.now`` / ``f.now_utc`` (or a prefix of them) directly
with another value; never compute with them (``datetime.fromisoformat(f.now) - ...``). Move the
arithmetic to the other side (``later(s.starts_at, 2) < f.now``) or use
``CaseFacts.days_since``. ``tests/core/audit/test_kept_audit.py`` audits the demo at moments
across its horizons and checks the kept answer against a fresh one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import SupportsIndex

AHEAD = "\uffff"  # appended to a moment: every later moment of the same form sorts after it


class Horizon:
    """The earliest moment ahead of now at which a watched comparison may answer otherwise
    (``until``; None while none was seen: time alone changes nothing)."""

    def __init__(self) -> None:
        self.until: str | None = None

    def note(self, moment: str) -> None:
        if self.until is None or moment < self.until:
            self.until = moment


class Watched(str):
    """A moment (``YYYY-MM-DDTHH:MM``, a UTC stamp, or a day) that tells its :class:`Horizon`
    what it was compared with."""

    horizon: Horizon

    def __new__(cls, value: str, horizon: Horizon) -> Watched:
        self = super().__new__(cls, value)
        self.horizon = horizon
        return self

    def _look(self, other: object) -> None:
        if isinstance(other, str):
            if str.__lt__(self, other):  # ahead: the answer may change when now reaches it
                self.horizon.note(str.__str__(other))
            elif str.__eq__(self, other):  # now itself: it changes the moment now moves on
                self.horizon.note(str.__add__(self, AHEAD))

    def __lt__(self, other: str) -> bool:
        self._look(other)
        return str.__lt__(self, other)

    def __le__(self, other: str) -> bool:
        self._look(other)
        return str.__le__(self, other)

    def __gt__(self, other: str) -> bool:
        self._look(other)
        return str.__gt__(self, other)

    def __ge__(self, other: str) -> bool:
        self._look(other)
        return str.__ge__(self, other)

    def __eq__(self, other: object) -> bool:
        self._look(other)
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        self._look(other)
        return str.__ne__(self, other)

    __hash__ = str.__hash__

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = str.__getitem__(self, key)
        if isinstance(key, slice) and key.start in (None, 0) and key.step in (None, 1):
            return Watched(part, self.horizon)  # a prefix: today, this hour
        # anything else cannot be watched: the answer stands for this minute only
        self.horizon.note(str.__add__(self, AHEAD))
        return part

    def days_since(self, earlier: str) -> int:
        """Whole days from ``earlier``'s day to today's (a count that changes at midnight)."""
        today = date.fromisoformat(str.__getitem__(self, slice(0, 10)))
        self.horizon.note((today + timedelta(days=1)).isoformat())
        return (today - date.fromisoformat(earlier[:10])).days


def days_since(now: str, earlier: str) -> int:
    """Whole days from ``earlier``'s day to ``now``'s, watched when ``now`` is."""
    if isinstance(now, Watched):
        return now.days_since(earlier)
    return (date.fromisoformat(now[:10]) - date.fromisoformat(earlier[:10])).days


def later(at: str, days: int) -> str:
    """``days`` after a local moment (``YYYY-MM-DDTHH:MM``), in the same form."""
    return (datetime.fromisoformat(at) + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


class Watch:
    """One case's watched now (local minutes and UTC): ``until`` after its rules ran."""

    def __init__(self, now: str, now_utc: str) -> None:
        self._local, self._utc = Horizon(), Horizon()
        self.now = Watched(now, self._local)
        self.now_utc = Watched(now_utc, self._utc)

    def until(self) -> tuple[str | None, str | None]:
        """(local, UTC): the first moment each clock may change the case's findings."""
        return self._local.until, self._utc.until
