"""A case's GDPR Art. 9 legal basis and jurisdiction (issue 17): set when the case opens,
changed later as a signed client update, "not recorded" for cases opened before."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.core.conftest import NewVault, cli
from triad.clock import utc_stamp
from triad.errors import InvalidInput
from triad.log.entries import CaseId
from triad.log.kinds import Kind


def test_a_case_opens_with_explicit_consent_by_default(vault: NewVault) -> None:
    ws = vault.ws
    case = ws.cases.get(ws.cases.open({}).case_id or "")
    assert case.client.legal_basis == "explicit-consent"
    assert case.client.jurisdiction == ""
    other = ws.cases.get(ws.cases.open({"legal_basis": "health-care",
                                        "jurisdiction": "Germany (GDPR)"}).case_id or "")
    assert (other.client.legal_basis, other.client.jurisdiction) == ("health-care",
                                                                     "Germany (GDPR)")
    assert ws.cases.usual_jurisdiction() == "Germany (GDPR)"


def test_the_legal_basis_changes_as_a_signed_entry_and_is_checked(vault: NewVault) -> None:
    ws = vault.ws
    case_id = ws.cases.open({}).case_id or ""
    change = ws.cases.update_client(case_id, legal_basis="health-care", jurisdiction="UK")
    assert change.kind == "case.client_updated"
    entry = ws.log.get(change.entry_id)
    assert entry is not None and entry.body["changes"] == {"legal_basis": "health-care",
                                                           "jurisdiction": "UK"}
    assert ws.cases.get(case_id).client.legal_basis == "health-care"
    with pytest.raises(InvalidInput) as exc:
        ws.cases.update_client(case_id, legal_basis="legitimate-interest")
    assert exc.value.data["field"] == "client.legal_basis"
    assert ws.cases.why_not_client({"jurisdiction": "x" * 81}) is not None
    assert ws.cases.why_not_client({"jurisdiction": "two\nlines"}) is not None


def test_a_case_opened_before_reads_not_recorded(vault: NewVault) -> None:
    """An old case.opened body has neither field: it still opens, and reads "" (not recorded)."""
    ws = vault.ws
    key = bytes(ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                (ws.actor.member_id,))[0])
    case_id = str(uuid.uuid4())
    client = {k: "" for k in ("code", "legal_name", "pronouns", "date_of_birth", "concerns_note",
                              "contraindications", "medical_context")}
    client.update(code="C-OLD-1", presenting_concerns=[])  # type: ignore[arg-type]
    ws.log.append(ws.actor.member_id, key, Kind.CASE_OPENED, {
        "client": client, "therapist_id": ws.actor.member_id, "surrogate_ids": [],
        "supervisor_id": None, "status": "referral", "opened_at": "2026-01-05T09:00"},
        CaseId(case_id), utc_stamp(ws.clock()))
    case = ws.cases.get(case_id)
    assert (case.client.legal_basis, case.client.jurisdiction) == ("", "")
    assert ws.verify().ok


def test_cli_case_open_and_legal_basis(vault: NewVault, tmp_path: Path) -> None:
    path = str(vault.path)
    vault.ws.close()
    from tests.core.conftest import THERAPIST_PASS

    env = {"TRIAD_PASSPHRASE": THERAPIST_PASS}
    r = cli("case", "open", path, "--code", "C-2026-101", "--jurisdiction", "Germany (GDPR)",
            env=env)
    assert r.code == 0, r.err
    assert "C-2026-101" in r.out and "explicit-consent" in r.out and "Germany (GDPR)" in r.out
    r = cli("case", "open", path, "--legal-basis", "health-care", env=env)
    assert r.code == 0, r.err
    assert "health-care" in r.out and "Germany (GDPR)" in r.out  # the last case's jurisdiction
    r = cli("case", "legal-basis", path, "C-2026-101", "--basis", "health-care",
            "--jurisdiction", "Austria", env=env)
    assert r.code == 0, r.err
    assert "Legal basis: health-care; jurisdiction: Austria." in r.out
    r = cli("show", path, "C-2026-101", env=env)
    assert "Legal basis (GDPR Art. 9): health care, 9(2)(h)   Jurisdiction: Austria" in r.out
    r = cli("case", "legal-basis", path, "C-2026-101", "--jurisdiction", "a\tb", env=env)
    assert r.code == 2
