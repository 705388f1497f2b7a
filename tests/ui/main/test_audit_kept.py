"""Issue 18: the window's first read of the audit (the case list's Findings column) reads the
audit kept in the vault: no case is audited again at unlock when nothing changed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from tests.ui.main.test_main_window import _unlock
from triad import demo
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def test_the_window_reads_the_kept_audit(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                         settings: Settings) -> None:
    before = open_as(demo_copy, demo.SUPERVISOR)
    before.audit.forget(everywhere=True)  # whatever an audit of the shared demo left kept
    findings = {f.case_id for f in before.audit.run().findings if f.status == "open"}
    assert before.audit.evaluated == 5 and findings
    before.close()
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w, demo.SUPERVISOR)
    assert w.workspace is not None
    assert w.main.cases.proxy.rowCount() == 5
    # every case's kept audit came from the vault (the open case's own tabs audit it afresh)
    assert w.workspace.audit.evaluated == 0
    assert set(w.workspace.findings.counts()) == findings
    w.close()
