"""The accounting of disclosures from the command line (issue 17): every case file exported,
report written, packet written and backup taken adds exactly one signed
``disclosure.recorded`` entry, shown in the audit trail (with ``--case`` too) and in
``triad-cli report disclosures``. On the demo practice, as the outside finding tried it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.exchange.test_exchange import PASS, new_machine
from triad.cli import main
from triad.roles import Role
from triad.workspace import Workspace

DEMO_PASS = "demo passphrase"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def trail(capsys: pytest.CaptureFixture[str], vault: str, *extra: str) -> list[dict[str, str]]:
    code, out, err = run(capsys, "audit-trail", vault, "--format", "json", *extra)
    assert code == 0, err
    return [i for i in json.loads(out)["items"] if i["kind"] == "disclosure.recorded"]


def disclosures(vault: Path) -> list[dict[str, object]]:
    ws = Workspace.open(vault, DEMO_PASS)
    try:
        return [dict(e.body) for e in ws.log.entries("kind=?", ("disclosure.recorded",),
                                                       order="created_at, local_order")]
    finally:
        ws.close()


def contact(capsys: pytest.CaptureFixture[str], demo: str, tmp: Path,
            monkeypatch: pytest.MonkeyPatch) -> None:
    """A surrogate partner on her own machine becomes the demo therapist's contact and joins
    cases C-2026-001 and C-2026-002, so packets can be written for her."""
    new_machine(tmp / "kai.triad", "Kai Lind", Role.SURROGATE).close()
    monkeypatch.setenv("TRIAD_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "identity", "export", str(tmp / "kai.triad"), "-o",
                       str(tmp / "kai.card"))
    assert code == 0
    fingerprint = out.strip().splitlines()[-1]
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    code, _, err = run(capsys, "identity", "import", demo, str(tmp / "kai.card"),
                       "--confirm-fingerprint", fingerprint)
    assert code == 0, err
    for code in ("C-2026-001", "C-2026-002"):
        assert run(capsys, "case", "share", demo, code, "--with", "Kai Lind")[0] == 0


def test_exports_reports_and_packets_each_leave_one_entry_in_the_trail(
        capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    demo = str(demo_copy)
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    contact(capsys, demo, tmp_path, monkeypatch)
    before = len(disclosures(demo_copy))
    case_before = len(trail(capsys, demo, "--case", "C-2026-001"))
    for n, code in enumerate(("C-2026-001", "C-2026-002", "C-2026-003", "C-2026-004",
                              "C-2026-001")):
        assert run(capsys, "export-json", demo, code, "-o", str(tmp_path / f"e{n}.json"))[0] == 0
    for n, args in enumerate((("progress", demo, "C-2026-001"), ("audit", demo),
                              ("consent-form", demo, "C-2026-002", "--form", "informed-consent"),
                              ("progress", demo, "C-2026-004", "--show-names"))):
        code, _, err = run(capsys, "report", *args, "-o", str(tmp_path / f"r{n}.pdf"))
        assert code == 0, err
    for n, code in enumerate(("C-2026-001", "C-2026-002")):
        code, _, err = run(capsys, "packet", "export", demo, "--case", code, "--to", "Kai Lind",
                           "-o", str(tmp_path / f"p{n}.age"))
        assert code == 0, err
    made = disclosures(demo_copy)[before:]
    assert [(d["what"], d["report"], d["to"]) for d in made] == [
        *[("case-export", "", "file")] * 5, ("report", "progress", "file"),
        ("report", "audit", "file"), ("report", "consent-form", "file"),
        ("report", "progress", "file"), *[("packet", "", "contact")] * 2]
    assert len(trail(capsys, demo)) == len(made) + before
    # with --case, the vault-level disclosures that name the case are in its trail
    case_trail = trail(capsys, demo, "--case", "C-2026-001")
    # two exports, a progress summary, the practice's audit report and a packet
    assert len(case_trail) == case_before + 5
    assert all(i["case"] == "C-2026-001" for i in case_trail)


def test_a_backup_a_debrief_the_agenda_and_a_case_file_on_standard_output_each_count_once(
        capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    demo = str(demo_copy)
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    before = len(disclosures(demo_copy))
    assert run(capsys, "backup", demo, str(tmp_path / "b.triad-backup"))[0] == 0
    code, out, _ = run(capsys, "export-json", demo, "C-2026-002")
    assert code == 0 and json.loads(out)["code"] == "C-2026-002"
    ws = Workspace.open(demo_copy, DEMO_PASS)
    session = next(s.session_id for s in ws.sessions.list("C-2026-001") if s.debrief)
    ws.close()
    code, _, err = run(capsys, "report", "debrief", demo, "C-2026-001", "--session", session,
                       "--member", "Jonas Berg", "-o", str(tmp_path / "d.pdf"))
    assert code == 0, err
    assert run(capsys, "agenda", demo, "--from", "2026-11-16", "--to", "2026-11-29",
               "--format", "ics", "-o", str(tmp_path / "a.ics"))[0] == 0
    assert run(capsys, "agenda", demo, "--from", "2026-11-16", "--to", "2026-11-29")[0] == 0
    made = disclosures(demo_copy)[before:]
    assert [(d["what"], d["report"]) for d in made] == [
        ("backup", ""), ("case-export", ""), ("report", "debrief"), ("agenda", "ics")]
    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        assert len(made[0]["case_ids"]) == len(ws.cases.list()) == 5  # a backup holds them all
        assert made[2]["case_ids"] == [ws.cases.access.resolve("C-2026-001")]
    finally:
        ws.close()
    # never a path or a file name: not in the bodies, nor anywhere in the entries' JSON
    text = json.dumps(made)
    for name in ("b.triad-backup", "d.pdf", "a.ics", str(tmp_path)):
        assert name not in text


def test_the_accounting_report_lists_each_disclosure_and_is_one_itself(
        capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    demo = str(demo_copy)
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    assert run(capsys, "export-json", demo, "C-2026-003", "-o", str(tmp_path / "e.json"))[0] == 0
    assert run(capsys, "report", "progress", demo, "C-2026-003", "-o",
               str(tmp_path / "p.pdf"))[0] == 0
    # the supervisor's own report of the case's accounting
    code, _, err = run(capsys, "report", "disclosures", demo, "--case", "C-2026-003",
                       "--member", "Dr Amara Okafor", "-o", str(tmp_path / "acc.pdf"))
    assert code == 0, err
    pdf = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "acc.pdf").pages)
    assert "Accounting of disclosures" in pdf and "Case C-2026-003" in pdf
    assert "Case file exported" in pdf and "Progress summary (printed report)" in pdf
    assert "Dr Maren Holt" in pdf and "recipient not" in pdf
    assert "e.json" not in pdf and "p.pdf" not in pdf
    made = disclosures(demo_copy)[-1]
    assert (made["what"], made["report"]) == ("report", "disclosures")
    # a surrogate partner keeps no accounting of the case: refused, nothing written
    code, _, err = run(capsys, "report", "disclosures", demo, "--case", "C-2026-003",
                       "--member", "Jonas Berg", "-o", str(tmp_path / "no.pdf"))
    assert code == 2 and not (tmp_path / "no.pdf").exists()


def test_a_disclosure_that_cannot_be_recorded_takes_its_file_back(
        demo_copy: Path, tmp_path: Path) -> None:
    from triad.casefile.disclosures import What
    from triad.errors import StorageCode, StorageFailed

    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        def refuse(*_a: object, **_k: object) -> None:
            raise StorageFailed(StorageCode.WRITE)

        ws.disclosures.record = refuse  # type: ignore[method-assign]  # a full disk
        out = tmp_path / "out"
        out.mkdir()
        target = out / "C-2026-001.json"
        with pytest.raises(StorageFailed):
            ws.disclosures.save(target, b"{}", What.CASE_EXPORT, ["C-2026-001"])
        assert not target.exists()
        with pytest.raises(StorageFailed):
            ws.backup(out / "b.triad-backup")
        assert list(out.iterdir()) == []
    finally:
        ws.close()


def test_a_saved_scan_and_the_private_notes_export_each_count_once(
        capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    demo = str(demo_copy)
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    paper = tmp_path / "signed.pdf"
    paper.write_bytes(b"%PDF-1.4\n% the signed paper form, scanned\n%%EOF\n")
    assert run(capsys, "consent", "give", demo, "C-2026-005", "release-of-information",
               "--scan", str(paper))[0] == 0
    ws = Workspace.open(demo_copy, DEMO_PASS)
    consent_id = next(r.consent_id for r in ws.consent.records("C-2026-005")
                      if any(sig.scan for sig in r.signatures))
    session = next(s.session_id for s in ws.sessions.list("C-2026-002")
                   if s.kind == "therapist_session")
    ws.close()
    before = len(disclosures(demo_copy))
    code, _, err = run(capsys, "consent", "scan", demo, "C-2026-005", consent_id, "-o",
                       str(tmp_path / "copy.pdf"))
    assert code == 0, err
    assert run(capsys, "note", "private", demo, "C-2026-002", "--session", session, "--text",
               "My own thoughts on this session.")[0] == 0
    code, _, err = run(capsys, "note", "private-export", demo, "-o", str(tmp_path / "mine.json"))
    assert code == 0, err
    made = disclosures(demo_copy)[before:]
    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        assert [d["what"] for d in made] == ["attachment", "private-notes"]
        assert made[0]["case_ids"] == [ws.cases.access.resolve("C-2026-005")]
        assert ws.cases.access.resolve("C-2026-002") in made[1]["case_ids"]  # type: ignore[operator]
    finally:
        ws.close()
