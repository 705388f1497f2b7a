"""The accounting of disclosures (issue 17): each disclosure is one signed, vault-level
``disclosure.recorded`` entry that names what left, which cases and the kind of recipient, and
never a path or a file name. Through the service on a real vault."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.practice import Practice, make_practice
from triad.casefile.disclosures import To, What
from triad.errors import InvalidInput, PermissionDenied


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    yield practice
    practice.close()


def test_a_disclosure_is_one_signed_vault_level_entry_with_no_path(p: Practice) -> None:
    before = p.t.log.count()
    code = p.t.cases.get(p.case).code
    d = p.t.disclosures.record(What.REPORT, [code], To.FILE, report="progress")
    assert p.t.log.count() == before + 1
    entry = p.t.log.get(d.entry_id)
    assert entry is not None and entry.kind == "disclosure.recorded" and entry.case_id is None
    assert set(entry.body) == {"disclosure_id", "what", "report", "to", "member_id", "case_ids"}
    assert entry.body["case_ids"] == [p.case]  # the code was resolved to the case's id
    assert (d.what, d.report, d.to, d.case_codes, d.author_name) == (
        What.REPORT, "progress", To.FILE, (code,), "Dr Tess")
    assert p.t.verify().ok


def test_the_accounting_of_a_case_lists_its_disclosures_for_its_therapist_and_supervisor(
        p: Practice) -> None:
    other = p.t.cases.open({"legal_name": "Other Person", "date_of_birth": "1980-03-04",
                            "presenting_concerns": ["anxiety"]}, (), None,
                           opened_at="2026-01-06").case_id or ""
    p.t.disclosures.record(What.CASE_EXPORT, [p.case], To.FILE)
    p.t.disclosures.record(What.PACKET, [p.case], To.CONTACT, member_id=p.ids["Sam"])
    p.t.disclosures.record(What.REPORT, [other], To.PRINTER, report="progress")
    backup = p.t.disclosures.record(What.BACKUP, [p.case, other], To.FILE)
    for ws in (p.t, p.v):
        listed = ws.disclosures.list(p.case)
        assert [d.what for d in listed] == [What.CASE_EXPORT, What.PACKET, What.BACKUP]
        assert listed[1].member_name == "Sam"
    # the supervisor is not on the other case: the backup shows her only the case she holds
    assert [d.case_codes for d in p.v.disclosures.list() if d.entry_id == backup.entry_id] == [
        (p.t.cases.get(p.case).code,)]
    assert len(p.t.disclosures.list()) == 4
    with pytest.raises(PermissionDenied):
        p.s.disclosures.list(p.case)  # a surrogate partner keeps no accounting of the case
    with pytest.raises(PermissionDenied):
        p.t2.disclosures.list(p.case)


def test_only_a_member_on_the_case_records_its_disclosure_except_a_backup(p: Practice) -> None:
    with pytest.raises(PermissionDenied):
        p.t2.disclosures.record(What.CASE_EXPORT, [p.case], To.FILE)
    p.s2.disclosures.record(What.BACKUP, [p.case], To.FILE)  # the whole vault, any member
    with pytest.raises(InvalidInput):
        p.t.disclosures.record(What.PACKET, [p.case], To.CONTACT)  # to whom?


def test_the_accounting_is_rebuilt_from_the_log(p: Practice) -> None:
    p.t.disclosures.record(What.CLIENT_COPY, [p.case], To.CLIENT)
    rows = p.t.vault.db.rows("SELECT * FROM disclosures")
    p.t.log.rebuild()
    assert p.t.vault.db.rows("SELECT * FROM disclosures") == rows and len(rows) == 1


def test_a_case_file_carries_no_disclosure(p: Practice) -> None:
    p.t.disclosures.record(What.CASE_EXPORT, [p.case], To.FILE)
    assert "disclosure.recorded" not in json.dumps(p.t.interchange.export_case(p.case))
