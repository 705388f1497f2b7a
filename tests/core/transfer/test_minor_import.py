"""SPT with a minor cannot be recorded as permitted through a case file or a packet either: a
consent that grants touch or aid activities to a client under the age of majority on its
``valid_from`` is refused whole (issue 13, point 4), as a date of birth in the future is."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from tests.conftest import DEMO_PASS
from tests.core.casefile.test_rules import refused
from tests.core.exchange.test_exchange import Machines, machines, send
from tests.core.exchange.test_exchange_rejects import onboarded
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace

__all__ = ["machines", "onboarded"]  # the fixtures, re-used


def _touch_consent(ws: Workspace, case_id: str, valid_from: str) -> dict[str, object]:
    """A copy of the case's informed consent, granting touch from ``valid_from``: what the
    service would have refused for a minor, signed by the therapist all the same."""
    (body,) = ws.vault.db.one("SELECT body FROM entries WHERE kind='consent.given' AND case_id=?"
                              " ORDER BY local_order", (case_id,)) or ("{}",)
    b = json.loads(body)
    b.update(consent_id=str(uuid.uuid4()), valid_from=valid_from, valid_until=None,
             grants=["conversation", "genital_touch", "intercourse"], declines=[])
    return dict(b)


def test_a_case_file_granting_touch_to_a_minor_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    case = next(c for c in ws.cases.list() if c.code.endswith("-001"))
    # a client born 14 years before the consent
    ws.append(Kind.CASE_CLIENT_UPDATED, {"changes": {"date_of_birth": "2012-01-01"}}, case.case_id)
    data = ws.interchange.export_case(case.case_id)
    ws.close()
    fresh = Workspace.create(tmp_path / "fresh.triad", name="New Therapist", role=Role.THERAPIST,
                             passphrase="fresh passphrase").workspace
    try:
        exc = refused(lambda: fresh.interchange.import_case(data), fresh, "case-file")
        assert exc.data["reason"] == "minor"
        assert fresh.cases.list() == []
    finally:
        fresh.close()


def test_a_case_file_with_a_touch_consent_from_before_the_18th_birthday_is_refused(
        demo_copy: Path, tmp_path: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    case = next(c for c in ws.cases.list() if c.code.endswith("-001"))
    born = ws.cases.get(case.case_id).client.date_of_birth  # 1988-04-12
    ws.append(Kind.CONSENT_GIVEN, _touch_consent(ws, case.case_id, "2006-04-11T10:00"),
              case.case_id)
    data = ws.interchange.export_case(case.case_id)
    ws.close()
    assert born == "1988-04-12"
    fresh = Workspace.create(tmp_path / "fresh.triad", name="New Therapist", role=Role.THERAPIST,
                             passphrase="fresh passphrase").workspace
    try:
        exc = refused(lambda: fresh.interchange.import_case(data), fresh, "case-file")
        assert exc.data["reason"] == "minor"
        assert str(exc.data["path"]).endswith(".body.grants")
    finally:
        fresh.close()


def test_a_capacity_assessment_travels_without_its_note_to_the_surrogate(onboarded: Machines) -> None:
    m = onboarded
    note = "Discussed the trauma history; understands the stop signal."
    m.t.capacity.record(m.case, "2026-01-09", "has-capacity", note)
    m.s.exchange.import_packet(send(m.t, m.s))
    m.v.exchange.import_packet(send(m.t, m.v))
    seen = {a.on: (a.outcome, a.note) for a in m.s.capacity.assessments(m.case)}
    assert seen["2026-01-09"] == ("has-capacity", "")
    rows = m.s.vault.db.rows("SELECT data FROM capacity_assessments")
    assert rows and not any(note in r[0] for r in rows)  # not stored in the surrogate's vault
    assert any(a.note == note for a in m.v.capacity.assessments(m.case))
