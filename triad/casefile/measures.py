"""Measures: SUDS ratings (0-10, per situation), IIEF-5 totals (5-25), FSFI totals (2-36),
recorded by the case's therapist and listed in the same order on every machine."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.validate import label as check_label
from triad.errors import InvalidCode, InvalidInput
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

MEASURE_RANGES: dict[str, tuple[float, float, bool]] = {
    # kind: (min, max, integer?)
    "suds": (0, 10, True),
    "iief5": (5, 25, True),
    "fsfi": (2.0, 36.0, False),
}
# How a measure's kind is written for a reader (the instrument's own spelling: "IIEF-5", not the
# code "iief5"); the same in every language.
MEASURE_NAMES: dict[str, str] = {"suds": "SUDS", "iief5": "IIEF-5", "fsfi": "FSFI"}


@dataclass(frozen=True)
class Measure:
    measure_id: str
    kind: str
    value: float
    on: str
    label: str
    entry_id: str
    amended: bool = False


def check_measure(kind: str, value: Any) -> float:
    if kind not in MEASURE_RANGES:
        raise InvalidInput(InvalidCode.MEASURE_KIND, field="kind")
    low, high, integer = MEASURE_RANGES[kind]
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(InvalidCode.NUMBER, field="value") from exc
    if integer and number != int(number):
        raise InvalidInput(InvalidCode.WHOLE_NUMBER, field="value")
    if not low <= number <= high:
        raise InvalidInput(InvalidCode.RANGE, field="value", minimum=low, maximum=high)
    return int(number) if integer else round(number, 2)


class MeasureService:
    """SUDS ratings (0-10, per situation), IIEF-5 totals (5-25), FSFI totals (2-36)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def record(self, case_key: str, kind: str, value: float, on: str | None = None,
               label: str = "") -> Change:
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        number = check_measure(kind, value)
        measure_id = str(uuid.uuid4())
        entry = self._ws.append(Kind.MEASURE_RECORDED, {
            "measure_id": measure_id, "kind": kind, "value": number,
            "on": clock.day(on, "on") if on else self._ws.local_now()[:10],
            "label": check_label(label.strip(), "label")}, case_id)
        return Change(entry.id, case_id, entry.kind, measure_id)

    def list(self, case_key: str, kind: str | None = None) -> list[Measure]:
        """By day, then when recorded, then entry id (the same on every machine)."""
        case_id = self._ws.cases.access.require(case_key)
        rows = self._ws.vault.db.rows(
            "SELECT m.data, m.entry_id FROM measures m LEFT JOIN entries e ON e.id = m.entry_id"
            " WHERE m.case_id=?" + (" AND m.kind=?" if kind else "")
            + " ORDER BY json_extract(m.data, '$.on'), e.created_at, m.entry_id",
            (case_id, kind) if kind else (case_id,))
        out = []
        for data, entry_id in rows:
            d = json.loads(data)
            out.append(Measure(d["measure_id"], d["kind"], d["value"], d["on"], d.get("label", ""),
                               entry_id, bool(d.get("amendments"))))
        return out
