"""Issue 13, point 3: the release of information the client signs says the supervisor "sees
your client code rather than your name". What a supervisor reads follows the form text: the
client code, never the legal name or date of birth -- in the services, ``triad-cli show
--show-names``, reports and the audit trail (packets: tests/core/exchange)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli
from triad import demo
from triad.casefile.visibility import readable_body
from triad.workspace import Workspace

CASE = "C-2026-002"
NAME = demo.CLIENT_NAMES[1]
BIRTH = "1979-09-30"
ENV = {"TRIAD_PASSPHRASE": DEMO_PASS}


def _pdf(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_show_names_prints_the_code_to_a_supervisor(demo_copy: Path) -> None:
    v = str(demo_copy)
    supervisor = cli("show", v, CASE, "--show-names", "--member", demo.SUPERVISOR, env=ENV,
                     now=DEMO_NOW)
    assert supervisor.code == 0, supervisor.err
    assert NAME not in supervisor.out and BIRTH not in supervisor.out
    assert f"Client: {CASE} (the client code only" in supervisor.out
    therapist = cli("show", v, CASE, "--show-names", env=ENV, now=DEMO_NOW)
    assert f"Client: {NAME}" in therapist.out  # the therapist still may


def test_the_services_give_a_supervisor_the_code_only(demo_copy: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS, demo.SUPERVISOR)
    try:
        for case in (ws.cases.get(CASE), *[c for c in ws.cases.list() if c.code == CASE]):
            assert case.client.legal_name == "" and case.client.date_of_birth == ""
        for record in ws.consent.records(CASE):
            client = [s for s in record.signatures if s.party == "client"]
            assert all(s.name == CASE and s.drawing is None for s in client)
            assert "signatures.client.name" in record.withheld
            therapist = [s for s in record.signatures if s.party == "therapist"]
            assert all(s.name == demo.THERAPIST for s in therapist)  # audited as signed
        case_id = ws.cases.get(CASE).case_id
        for entry in ws.log.entries("case_id=?", (case_id,)):
            body = readable_body(ws, entry)
            assert body is not None and NAME not in str(body) and BIRTH not in str(body)
        for data in (ws.reports.progress(CASE, show_names=True),
                     ws.reports.consent_form(CASE, "release-of-information", show_names=True)):
            text = _pdf(data)
            assert NAME not in text and CASE in text
    finally:
        ws.close()


def test_the_therapist_still_reads_the_name(demo_copy: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        assert ws.cases.get(CASE).client.legal_name == NAME
        assert NAME in _pdf(ws.reports.progress(CASE, show_names=True))
    finally:
        ws.close()
