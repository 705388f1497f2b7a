"""The client's own copies (issue 17): consent copy and revocation receipt, the whole record,
the client card; each written by the CLI records exactly one disclosure to the client."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from tests.core.conftest import cli
from tests.core.practice import Practice, hold_session, make_practice
from triad.casefile.disclosures import To, What
from triad.casefile.notes import ProgressNoteForm
from triad.errors import PermissionDenied
from triad.workspace import Workspace

PRIVATE = "PRIVATE-NOTE-TEXT wondering about transference"
RECORDING = "PROCESS-RECORDING-TEXT detailed notes"


def words(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = make_practice(tmp_path / "p.triad")
    yield p
    p.close()


def _with_history(p: Practice) -> tuple[str, str]:
    """A session with a process recording, a therapist session with a progress note and a
    private note, and a partial revocation of the informed consent; (consent id, session)."""
    from triad.casefile.sessions import DebriefForm

    sid = hold_session(p, debrief=False)
    p.s.sessions.submit_debrief(sid, DebriefForm(
        activities_done=("conversation",), suds_before=6, suds_after=3,
        went_well="Talked about the week", process_recording=RECORDING))
    tid = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T16:00", 50).subject_id
    p.t.notes.write_progress(tid, ProgressNoteForm(focus="Pacing", plan="Keep weekly"))
    p.t.private_notes.write(tid, PRIVATE)
    consent = next(r for r in p.t.consent.records(p.case) if r.form_id == "informed-consent")
    p.t.consent.revoke(p.case, consent.consent_id, "Wants to go slower.", party="client",
                       activities_=("non_genital_touch",), at="2026-02-10T09:00")
    return consent.consent_id, sid


def test_consent_copy_holds_the_text_signatures_scope_and_the_withdrawal(
        practice: Practice) -> None:
    p = practice
    consent_id, _ = _with_history(p)
    record = p.t.consent.get(p.case, consent_id)
    text = words(p.t.reports.consent_copy(p.case, consent_id))
    assert "Your copy: Informed consent" in text
    assert "typed name: Client Person" in text and "signed as Dr Tess" in text
    assert "2026-01-10" in text
    assert f"version {record.form_version}" in text and record.form_hash in text.replace(" ", "")
    # the form's whole text: a sentence from its last paragraph is there
    from triad.casefile import forms

    last = [line for line in forms.form("informed-consent").text.splitlines() if line.strip()][-1]
    assert " ".join(last.split()[:6]).strip("*_") in text
    assert "You agreed to Conversation" in text
    assert "2026-02-10 09:00: you withdrew consent to Non-genital touch. Reason given: Wants to go " \
           "slower. Recorded by Dr Tess" in text


def test_consent_copy_of_the_triad_agreement_has_the_surrogates_signature(
        practice: Practice) -> None:
    p = practice
    triad = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    text = words(p.t.reports.consent_copy(p.case, triad.consent_id))
    assert "Your surrogate partner signed as Sam 2026-01-12" in text
    assert "You did not agree to Genital touch, Sexual intercourse" in text
    assert "stop: “red”, pause: “amber”" in text
    assert "None: you have not withdrawn any part of this consent" in text


def test_client_copy_leaves_out_process_recordings_unless_asked_and_private_notes_always(
        practice: Practice) -> None:
    p = practice
    _with_history(p)
    p.t.cases.update_client(p.case, jurisdiction="Germany (GDPR)")
    plain = words(p.t.reports.client_copy(p.case))
    assert "Client Person (" in plain  # names shown: it is for the client
    assert "Talked about the week" in plain and "Pacing" in plain
    assert "Informed consent to surrogate partner therapy" in plain
    assert "you withdrew consent to Non-genital touch" in plain
    assert "your explicit consent (GDPR Article 9(2)(a))" in plain
    assert "Jurisdiction Germany (GDPR)" in plain
    assert "Capacity to consent, assessed 2026-01-06 able to consent" in plain
    assert RECORDING not in plain and "Process recordings (the surrogate partner's" in plain
    assert PRIVATE not in plain and "Private notes are not part of the record" in plain
    full = words(p.t.reports.client_copy(p.case, with_process_recordings=True))
    assert RECORDING in full
    assert PRIVATE not in full


def test_client_copy_shows_an_amendment_with_the_original(practice: Practice) -> None:
    p = practice
    _, sid = _with_history(p)
    entry = p.t.sessions.get(sid).debrief
    assert entry is not None
    p.s.amendments.amend(entry.entry_id, "Typo", {"went_well": "Talked about the month"})
    text = words(p.t.reports.client_copy(p.case))
    assert "Talked about the week" in text and "Talked about the month" in text
    assert "Reason: Typo" in text


def test_client_copy_lists_the_disclosures(practice: Practice) -> None:
    p = practice
    p.t.disclosures.record(What.REPORT, [p.case], To.PRINTER, report="progress")
    text = words(p.t.reports.client_copy(p.case))
    assert "a printed document (progress summary)" in text and "a printer" in text


def test_client_card_has_the_signals_consent_now_and_who_to_call(practice: Practice) -> None:
    p = practice
    data = p.t.reports.client_card(p.case, "Practice phone 030 1234 5678")
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = words(data)
    assert "to stop, say “red”; to pause, say “amber”" in text
    assert "conversation, relaxation and breathing" in text
    assert "How to withdraw consent" in text
    assert "Your therapist: Dr Tess" in text and "Practice phone 030 1234 5678" in text
    blank = words(p.t.reports.client_card(p.case))
    assert "Ask your therapist for the number to call" in blank  # nothing invented


def test_only_the_cases_therapist_makes_the_clients_copies(practice: Practice) -> None:
    p = practice
    for ws in (p.s, p.v, p.t2):
        with pytest.raises(PermissionDenied):
            ws.reports.client_copy(p.case)
        with pytest.raises(PermissionDenied):
            ws.reports.client_card(p.case)


def _disclosures(path: Path, case: str) -> list[tuple[str, str]]:
    with Workspace.open(path, PASS) as ws:
        return [(d.what.value, d.to.value) for d in ws.disclosures.list(case)]


def test_cli_writes_each_copy_and_records_one_disclosure(demo_copy: Path, tmp_path: Path) -> None:
    env = {"TRIAD_PASSPHRASE": PASS}
    with Workspace.open(demo_copy, PASS) as ws:
        case = ws.cases.list()[2]
        code = case.code
        revoked = next(r for r in ws.consent.records(case.case_id) if r.revocations)
        recording = next(s.debrief.process_recording for s in ws.sessions.list(case.case_id)
                         if s.debrief and s.debrief.process_recording)
    before = _disclosures(demo_copy, code)
    out = tmp_path / "consent.pdf"
    r = cli("report", "consent-copy", str(demo_copy), code, "--consent",
            revoked.consent_id[:8], "-o", str(out), env=env, now=DEMO_NOW)
    assert r.code == 0, r.err
    text = words(out.read_bytes())
    assert revoked.revocations[0].reason.rstrip(". ")[:30] in text
    r = cli("report", "client-copy", str(demo_copy), code, "-o", str(tmp_path / "copy.pdf"),
            env=env, now=DEMO_NOW)
    assert r.code == 0, r.err
    assert " ".join(recording.split()[:6]) not in words((tmp_path / "copy.pdf").read_bytes())
    r = cli("report", "client-copy", str(demo_copy), code, "--with-process-recordings",
            "-o", str(tmp_path / "full.pdf"), env=env, now=DEMO_NOW)
    assert r.code == 0, r.err
    assert " ".join(recording.split()[:6]) in words((tmp_path / "full.pdf").read_bytes())
    r = cli("report", "client-card", str(demo_copy), code, "--contact", "Call 030 555",
            "-o", str(tmp_path / "card.pdf"), env=env, now=DEMO_NOW)
    assert r.code == 0, r.err
    assert "Call 030 555" in words((tmp_path / "card.pdf").read_bytes())
    added = _disclosures(demo_copy, code)[len(before):]
    assert added == [("consent-copy", "client"), ("client-copy", "client"),
                     ("client-copy", "client"), ("client-card", "client")]


def test_cli_removes_the_copy_when_its_disclosure_cannot_be_recorded(
        demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from triad.casefile.disclosures import DisclosureService
    from triad.cli import main
    from triad.errors import StorageCode, StorageFailed

    def fail(*_a: object, **_k: object) -> None:
        raise StorageFailed(StorageCode.FSYNC)

    monkeypatch.setattr(DisclosureService, "record", fail)
    monkeypatch.setenv("TRIAD_PASSPHRASE", PASS)
    out = tmp_path / "card.pdf"
    with Workspace.open(demo_copy, PASS) as ws:
        code = ws.cases.list()[0].code
    assert main(["report", "client-card", str(demo_copy), code, "-o", str(out)]) == 4
    assert not out.exists()
    err = capsys.readouterr().err
    assert "could not be recorded" in err and "Traceback" not in err
