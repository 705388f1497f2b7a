"""How long a closed case is kept (issue 17): the practice's retention settings and the one
function that says when a case's retention period ends.

**The rule** (:func:`retention_end`): a closed case is kept ``years`` after the *last service*
-- the later of the case's closing and its last held session (only held sessions count:
``triad.casefile.outcomes``); for a client who was a minor at any service (under the
practice's age of majority, the audit setting ``age_of_majority``, at the case's first
service, its opening), also until ``minor_years`` after they came of age, whichever ends later.
An open case has no retention end: its period has not started.

**The defaults** (7 and 3) follow the APA Record Keeping Guidelines: "7 years after the last
date of service" for adults, and for minors "3 years after the age of majority", whichever is
later. They are a starting point, not the law of any place: HIPAA keeps documentation 6 years,
Germany (§630f BGB) 10 years, some NHS mental-health records about 20 years. The practice sets
its own jurisdiction's figures (``vault.retention_settings``, a therapist's signed entry, with
a note saying which law they follow); Preferences and ``triad-cli retention`` show them.

**The forms' floor** (issue 19, ``triad.casefile.form_retention``): the period never ends
before what a form the client signed promises (the English texts 7 years after the last
service, the German ones 10, § 630f Abs. 3 BGB). When that promise ends it later than the
practice's figures, :attr:`Retention.promised_by` names the form, and every place that shows
the end says why.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from triad.casefile.form_retention import FormPromise, longest
from triad.casefile.outcomes import held_evidence_sql
from triad.casefile.validate import majority_setting, minor_on
from triad.errors import InvalidCode, InvalidInput
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile.cases import Case
    from triad.workspace import Workspace

DEFAULT_YEARS = 7
DEFAULT_MINOR_YEARS = 3
YEARS_RANGE = (1, 100)
MINOR_YEARS_RANGE = (0, 100)
NOTE_MAX = 500


@dataclass(frozen=True)
class RetentionSettings:
    """The practice's retention periods: ``years`` after the last service; for a client who
    was a minor at any service, ``minor_years`` after the age of majority if that ends later;
    ``note`` says which jurisdiction's rule these follow (shown with them)."""

    years: int = DEFAULT_YEARS
    minor_years: int = DEFAULT_MINOR_YEARS
    note: str = ""
    recorded: bool = False  # False: the defaults, never set on record


@dataclass(frozen=True)
class Retention:
    """One closed case's retention: the dates the rule used and the day its period ends."""

    case_id: str
    code: str
    opened_on: str
    closed_on: str
    last_service_on: str  # the later of the closing and the last held session
    minor: bool  # a minor at the first service
    ends_on: str  # YYYY-MM-DD: the first day the record may be disposed of
    # the signed form whose promise ends it later than the practice's figures would (issue 19)
    promised_by: FormPromise | None = None
    practice_ends_on: str = ""  # the end under the practice's figures alone

    def ended(self, today: str) -> bool:
        return today[:10] >= self.ends_on


def add_years(day: str, years: int) -> str:
    """``day`` (YYYY-MM-DD) plus whole ``years``; 29 February becomes 28 February."""
    d = date.fromisoformat(day[:10])
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:
        return d.replace(year=d.year + years, day=28).isoformat()


def retention_end(last_service_on: str, date_of_birth: str, first_service_on: str,
                  settings: RetentionSettings, majority: int) -> tuple[str, bool]:
    """The day a closed case's retention ends, and whether the minors' rule applied
    (module docstring). Dates are ``YYYY-MM-DD``; ``date_of_birth`` may be ""."""
    ends = add_years(last_service_on, settings.years)
    minor = minor_on(date_of_birth, first_service_on, majority)
    if minor:
        ends = max(ends, add_years(date_of_birth, majority + settings.minor_years))
    return ends, minor


def check_settings(years: int, minor_years: int, note: str) -> None:
    for value, field, (low, high) in ((years, "years", YEARS_RANGE),
                                      (minor_years, "minor_years", MINOR_YEARS_RANGE)):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(InvalidCode.RETENTION_SETTING, field=field, minimum=low,
                               maximum=high)
    if len(note) > NOTE_MAX:
        raise InvalidInput(InvalidCode.TOO_LONG, field="note")


class RetentionService:
    """The practice's retention settings, and each closed case's retention end."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def settings(self) -> RetentionSettings:
        raw = self._ws.vault.db.get_meta("retention_settings")
        if not raw:
            return RetentionSettings()
        try:
            d = json.loads(raw)
            return RetentionSettings(int(d["years"]), int(d["minor_years"]), str(d.get("note", "")),
                                     True)
        except (ValueError, KeyError, TypeError):
            return RetentionSettings()

    def set(self, years: int, minor_years: int, note: str = "") -> RetentionSettings:
        """Put the practice's retention periods on record (a therapist)."""
        self._ws.require(Role.THERAPIST)
        note = note.strip()
        check_settings(years, minor_years, note)
        self._ws.append(Kind.VAULT_RETENTION_SETTINGS,
                        {"years": years, "minor_years": minor_years, "note": note})
        return self.settings()

    def age_of_majority(self) -> int:
        return majority_setting(self._ws.vault.db.get_meta("audit_settings"))

    def of(self, case: Case, settings: RetentionSettings | None = None) -> Retention | None:
        """The retention of ``case`` (None while it is not closed), under the practice's
        settings or ``settings`` (a preview)."""
        if case.status != "closed":
            return None
        closings = [h.at for h in case.history if h.to == "closed"]
        closed_on = (closings[-1] if closings else case.opened_at)[:10]
        row = self._ws.vault.db.one(
            "SELECT max(s.starts_at) FROM sessions s WHERE s.case_id=? AND ("
            + held_evidence_sql() + " OR EXISTS (SELECT 1 FROM session_outcomes o WHERE"
            " o.session_id=s.session_id AND json_extract(o.data, '$.outcome')='held'))",
            (case.case_id,))
        last_held = str(row[0])[:10] if row and row[0] else ""
        last_service = max(closed_on, last_held)
        ends, minor = retention_end(last_service, self._date_of_birth(case.case_id),
                                    case.opened_at[:10], settings or self.settings(),
                                    self.age_of_majority())
        promise = longest(self.signed_forms(case.case_id))
        floor = add_years(last_service, promise.years) if promise is not None else ""
        return Retention(case.case_id, case.code, case.opened_at[:10], closed_on, last_service,
                         minor, max(ends, floor), promise if floor > ends else None, ends)

    def signed_forms(self, case_id: str) -> builtins.list[tuple[str, int]]:
        """The ``(form_id, version)`` of every consent record of the case the client has
        signed, whatever became of it since (``triad.casefile.form_retention``)."""
        return [(str(f), int(v)) for f, v in self._ws.vault.db.rows(
            "SELECT json_extract(data, '$.form_id'), json_extract(data, '$.form_version')"
            " FROM consents WHERE case_id=? AND EXISTS (SELECT 1 FROM"
            " json_each(consents.data, '$.signatures') WHERE"
            " json_extract(value, '$.party')='client')", (case_id,))
            if f is not None and v is not None]

    def _date_of_birth(self, case_id: str) -> str:
        # read here, not from the Case: a supervisor's Case hides it, the rule still needs it
        row = self._ws.vault.db.one(
            "SELECT json_extract(client, '$.date_of_birth') FROM cases WHERE case_id=?", (case_id,))
        return str(row[0]) if row and row[0] else ""

    def closed(self, settings: RetentionSettings | None = None) -> builtins.list[Retention]:
        """Every closed case the acting member is on, with its retention, soonest end first."""
        out = [r for c in self._ws.cases.list(status="closed")
               if (r := self.of(c, settings)) is not None]
        return sorted(out, key=lambda r: (r.ends_on, r.code))

    def due(self, today: str | None = None,
            settings: RetentionSettings | None = None) -> builtins.list[Retention]:
        """The closed cases whose retention period has ended by ``today`` (default: the
        workspace's today), oldest end first."""
        day = (today or self._ws.local_now())[:10]
        return [r for r in self.closed(settings) if r.ended(day)]
