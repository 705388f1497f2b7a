"""Co-signature of a therapist's progress note in the Sessions tab (issue 16): the supervisor
selects the therapist session, reads its note and co-signs it (Review and co-sign note…); the note then
shows who co-signed it; the therapist cannot; a session with no note offers nothing to
co-sign (near miss)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_cosign import _tab, opened  # noqa: F401 (the fixture)
from triad import demo
from ui.casefile.sessions.cosign import CosignDialog
from ui.cases.model import load_rows


def test_the_supervisor_cosigns_a_progress_note(qtbot: QtBot, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sup, therapist = opened(demo.SUPERVISOR), opened()
    case_id = next(c.case_id for c in therapist.cases.list() if c.code == "C-2026-001")
    noted = [s for s in therapist.sessions.list(case_id) if s.kind == "therapist_session"]
    last = noted[-1]  # 2026-11-16, its note written that day
    sup.audit.update_settings(cosign_from=last.starts_at[:10])
    note = therapist.notes.progress(last.session_id)
    assert note is not None
    assert note.entry_id in {a.entry_id for a in sup.cosign.awaiting(case_id)}
    row = next(r for r in load_rows(sup) if r.case_id == case_id)  # the supervisor's next due
    first = sup.cosign.awaiting(case_id)[0]
    what = "progress note" if first.kind == "note.progress" else "review"
    assert row.due == f"Co-sign the {what} of {first.at[:10]}" and row.due_tab == "sessions"
    tab = _tab(qtbot, sup, case_id)
    # near miss: an earlier session's note was written before co-signature was required
    tab.select_record(noted[-2].session_id)
    assert tab.cosign_button.text().replace("&", "") == "Review and co-sign note…"
    assert "Awaiting the supervisor's co-signature." not in tab.detail.toPlainText()
    tab.select_record(last.session_id)
    assert tab.cosign_button.isEnabled(), tab.cosign_button.toolTip()
    assert "Awaiting the supervisor's co-signature." in tab.detail.toPlainText()
    seen: dict[str, str] = {}

    def exec_(dialog: CosignDialog) -> int:
        seen["title"], seen["what"] = dialog.windowTitle(), dialog.review.text()
        seen["details"] = dialog.details.toPlainText()
        qtbot.keyClicks(dialog.comment, "Good use of the hierarchy.")
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(CosignDialog, "exec", exec_)
    with qtbot.waitSignal(tab.changed):
        tab.cosign_button.click()
    assert seen["title"] == "Co-sign progress note"
    assert seen["what"].startswith(f"Progress note by {demo.THERAPIST}")
    assert note.focus in seen["details"]
    assert not tab.cosign_button.isEnabled()
    assert tab.cosign_button.toolTip() == "This progress note is co-signed."
    assert f"Co-signed by {demo.SUPERVISOR}" in tab.detail.toPlainText()
    assert sup.cosign.cosignatures(case_id)[note.entry_id].comment == "Good use of the hierarchy."
    # the therapist sees the co-signature under her note and cannot give one
    theirs = _tab(qtbot, therapist, case_id)
    theirs.select_record(last.session_id)
    assert f"Co-signed by {demo.SUPERVISOR}" in theirs.detail.toPlainText()
    assert not theirs.cosign_button.isEnabled()
    # a surrogate session keeps the review's words
    theirs.select_record(next(s.session_id for s in therapist.sessions.list(case_id)
                              if s.kind == "surrogate_session"))
    assert theirs.cosign_button.text().replace("&", "") == "Co-sign review…"
