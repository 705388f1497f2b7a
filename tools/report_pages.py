"""Render one page of each printed document from the demo practice to docs/screenshots/.

    TRIAD_INSECURE_TEST_KDF=1 .venv/bin/python tools/report_pages.py     (needs pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triad import demo
from triad.reports.service import recovery_sheet
from triad.vault import recovery
from triad.workspace import Workspace

OUT = ROOT / "docs" / "screenshots"


def page(pdf: bytes, name: str, number: int = 1) -> None:
    with tempfile.TemporaryDirectory() as d:
        source = Path(d) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number),
                        "-singlefile", str(source), str(OUT / name)], check=True)
    print(f"wrote docs/screenshots/{name}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        ws = demo.build(Path(d) / "demo.triad", "demo passphrase")
        cases = ws.cases.list()
        page(ws.reports.progress(cases[0].case_id,
                                 narrative="Steady progress through sensate focus."), "report-progress")
        page(ws.reports.consent_form(cases[1].case_id, "therapeutic-aids"), "report-consent-form")
        session = [s for s in ws.sessions.list(cases[2].case_id) if s.debrief][-1]
        page(ws.reports.debrief(session.session_id), "report-debrief")
        ws.close()
        supervisor = Workspace.open(Path(d) / "demo.triad", "demo passphrase", demo.SUPERVISOR)
        page(supervisor.reports.audit(), "report-audit")
        supervisor.close()
    page(recovery_sheet("practice.triad", recovery.new_code(), "2026-11-23T10:00"), "report-recovery-sheet")


if __name__ == "__main__":
    main()
