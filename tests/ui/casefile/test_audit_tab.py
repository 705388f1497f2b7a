"""The Audit tab: findings and the records they point to, sign-off and remediation, the audit
trail with its verification, and the audit settings, on the demo practice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.audit.context import AuditSettings
from triad.workspace import Workspace
from ui.casefile.audit import tab as audit
from ui.casefile.audit.tab import AuditTab, NoteDialog

SUPERVISOR, THERAPIST, SURROGATE = "Dr Amara Okafor", "Dr Maren Holt", "Ilse Nowak"
SEEDED_RULE = "consent.release-before-first-session"


@pytest.fixture
def opened() -> Iterator[Callable[[Path, str], Workspace]]:
    """Open the demo as a member; every workspace is closed after the test."""
    spaces: list[Workspace] = []

    def open_(path: Path, who: str) -> Workspace:
        ws = open_as(path, who)
        spaces.append(ws)
        return ws

    yield open_
    for ws in spaces:
        ws.close()


def case4(ws: Workspace) -> str:
    return next(c.case_id for c in ws.cases.list() if c.code.endswith("-004"))


def make_tab(qtbot: QtBot, ws: Workspace, case_id: str) -> AuditTab:
    tab = AuditTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(ws, case_id)
    return tab


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def open_page(qtbot: QtBot, tab: AuditTab, index: int) -> None:
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.pages.currentIndex() == index


def answer_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, text: str,
                  seen: dict[str, str]) -> None:
    """Replace NoteDialog.exec: first try to accept it empty, then type ``text`` and accept."""

    def exec_(dialog: NoteDialog) -> int:
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error.text()
        seen["refused"] = str(dialog.result())
        qtbot.keyClicks(dialog.text, text)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(NoteDialog, "exec", exec_)


def test_the_seeded_finding_and_the_record_it_points_to(qtbot: QtBot, qtmodeltester, demo_path: Path,
                                                       opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    qtmodeltester.check(tab.findings_model)
    # issue 16: C-2026-004 is also the demo's stalled case (a minor finding, second)
    assert tab.findings_model.rowCount() == 2
    severity, rule, explanation, concerns, status = cells(tab.findings_model, 0)
    finding, stalled = ws.audit.run(case_id).findings
    assert cells(tab.findings_model, 1)[:2] == ["Minor", "Active case without a session (stalled)"]
    assert stalled.rule_id == "case.stalled"
    assert (severity, rule, status) == ("Major", "Release of information before the first session", "Open")
    assert explanation == finding.explanation and concerns == finding.at.replace("T", " ")
    assert tab.summary.text().startswith("2 findings · open: 1 major, 1 minor · signed off: 0")
    assert tab.findings.currentIndex().row() == 0  # selected, so the panes below are filled
    text = tab.finding_view.toPlainText()
    assert finding.finding_id in text and "Release of information" in text and "Not signed off yet." in text
    record = tab.record_view.toPlainText()
    entry = ws.log.get(finding.record_id)
    assert entry is not None and entry.kind == "session.scheduled"
    assert "Session scheduled" in record and "by Dr Maren Holt (therapist)" in record
    assert "Surrogate partner" in record and SURROGATE in record and "Surrogate session" in record
    assert entry.body["starts_at"].replace("T", " ") in record
    assert "None: the record stands as signed." in record


def test_supervisor_signs_off_with_a_required_comment(qtbot: QtBot, demo_copy: Path, opened,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    assert tab.sign_off.isEnabled() and not tab.remediate.isEnabled()
    assert tab.remediate.toolTip() == "Only the case's therapist can do this."
    seen: dict[str, str] = {}
    comment = "ROI signed six days late; no notes were shared before it. Acknowledged."
    answer_dialog(monkeypatch, qtbot, comment, seen)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.sign_off, Qt.MouseButton.LeftButton)
    assert seen["refused"] == "0" and seen["error"].startswith("Write a comment")
    finding = ws.audit.run(case_id).findings[0]  # the core holds it (the stalled one stays open)
    assert finding.status == "signed-off" and [n.text for n in finding.signoffs] == [comment]
    status = cells(tab.findings_model, 0)[4]
    assert status == f"Signed off {finding.signoffs[0].at.replace('T', ' ')} by {SUPERVISOR}"
    assert comment in tab.finding_view.toPlainText()
    assert "open: 1 minor · signed off: 1" in tab.summary.text()
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("open"))
    assert tab.findings_model.rowCount() == 1  # the stalled case (issue 16)
    assert cells(tab.findings_model, 0)[0] == "Minor"


def test_cancelled_sign_off_writes_nothing(qtbot: QtBot, demo_copy: Path, opened,
                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)

    def cancel(dialog: NoteDialog) -> int:
        qtbot.keyClicks(dialog.text, "not sent")
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(NoteDialog, "exec", cancel)
    qtbot.mouseClick(tab.sign_off, Qt.MouseButton.LeftButton)
    assert ws.audit.run(case_id).findings[0].signoffs == ()
    assert cells(tab.findings_model, 0)[4] == "Open"


def test_therapist_cannot_sign_off_but_adds_a_remediation_note(qtbot: QtBot, demo_copy: Path, opened,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_copy, THERAPIST)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    assert not tab.sign_off.isEnabled()
    assert tab.sign_off.toolTip() == "Only the case's supervisor can do this."
    assert tab.remediate.isEnabled()
    seen: dict[str, str] = {}
    note = "ROI now part of the intake checklist before scheduling."
    answer_dialog(monkeypatch, qtbot, note, seen)
    qtbot.mouseClick(tab.remediate, Qt.MouseButton.LeftButton)
    assert seen["title"].startswith("Remediation note for F-") and seen["error"]
    finding = ws.audit.run(case_id).findings[0]
    assert finding.status == "open" and [n.text for n in finding.remediations] == [note]
    assert cells(tab.findings_model, 0)[4] == (
        f"Remediated {finding.remediations[0].at.replace('T', ' ')} by {THERAPIST} (open)")
    assert note in tab.finding_view.toPlainText()
    # The supervisor then sees the note beside the finding.
    sup = opened(demo_copy, SUPERVISOR)
    assert note in make_tab(qtbot, sup, case_id).finding_view.toPlainText()


def test_record_pane_shows_amendments(qtbot: QtBot, demo_copy: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_copy, THERAPIST)
    case_id = case4(ws)
    record_id = ws.audit.run(case_id).findings[0].record_id
    ws.amendments.amend(record_id, "Room was changed on the day.", {"location": "Practice room 3"})
    tab = make_tab(qtbot, opened(demo_copy, SUPERVISOR), case_id)
    record = tab.record_view.toPlainText()
    assert "Amendments" in record and "Room was changed on the day." in record
    assert "Practice room 3" in record and "Practice room 2" in record  # the original stays readable


def test_trail_lists_entries_beside_the_verification(qtbot: QtBot, qtmodeltester, demo_path: Path,
                                                     opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    # issue 18: the line tells of the whole-record check, which runs in the background (once a
    # day, and when asked: Verify again), never on the worker when the trail is looked at
    assert tab.verify_line.text().startswith("The whole record was last checked on 2026-11-23 ")
    open_page(qtbot, tab, 1)
    qtbot.mouseClick(tab.verify_again, Qt.MouseButton.LeftButton)
    report = ws.audit.verification()
    assert report.ok
    assert tab.verify_line.text() == (f"All {report.entries} entries of this vault verified: "
                                      f"{report.chains} hash chains intact, signatures valid.")
    assert not tab.verify_busy.isVisible()
    qtmodeltester.check(tab.trail_model)
    items = ws.audit.trail(case_id)
    assert tab.trail_model.rowCount() == len(items) > 10
    assert tab.trail_count.text() == f"{len(items)} entries in this case's trail."
    first = cells(tab.trail_model, 0)
    assert first[1:4] == [THERAPIST, "therapist", "Case opened"] and first[4] == items[0].entry_id[:8]
    assert len(first[0]) == 16 and first[0][10] == " "  # YYYY-MM-DD HH:MM
    assert tab.trail_record.toPlainText() == "Choose an entry to read it here."
    row = next(r for r in range(len(items)) if items[r].kind == "session.debriefed")
    tab.trail.scrollTo(tab.trail_model.index(row, 3))
    rect = tab.trail.visualRect(tab.trail_model.index(row, 3))
    qtbot.mouseClick(tab.trail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = tab.trail_record.toPlainText()
    assert "Debrief submitted" in shown and f"by {SURROGATE} (surrogate partner)" in shown and "SUDS before" in shown


def test_filtering_the_trail_narrows_it(qtbot: QtBot, demo_path: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    open_page(qtbot, tab, 1)
    total = tab.trail_model.rowCount()
    assert [tab.trail_member.itemText(i) for i in range(tab.trail_member.count())] == [
        "Everyone", THERAPIST, SURROGATE]
    tab.trail_member.setCurrentIndex(tab.trail_member.findData(SURROGATE))
    rows = tab.trail_model.rowCount()
    assert 0 < rows < total and rows == len(ws.audit.trail(case_id, SURROGATE))
    assert {cells(tab.trail_model, r)[1] for r in range(rows)} == {SURROGATE}
    assert tab.trail_count.text() == f"{rows} of {total} entries match the filters."
    tab.trail_member.setCurrentIndex(0)
    tab.trail_kind.setCurrentIndex(tab.trail_kind.findData("consent.given"))
    # three forms and three re-confirmations of the informed consent at phase changes (issue 13)
    assert tab.trail_model.rowCount() == len(ws.audit.trail(case_id, kinds=("consent.given",))) == 6
    tab.trail_kind.setCurrentIndex(0)
    qtbot.mouseClick(tab.trail_since_on, Qt.MouseButton.LeftButton, pos=QPoint(4, tab.trail_since_on.height() // 2))
    assert tab.trail_since.isEnabled()
    items = ws.audit.trail(case_id)
    middle = items[len(items) // 2].at[:10]
    tab.trail_since.setDate(QDate.fromString(middle, "yyyy-MM-dd"))
    since = ws.audit.trail(case_id, since=middle)
    assert tab.trail_model.rowCount() == len(since) < total
    assert all(cells(tab.trail_model, r)[4] in {i.entry_id[:8] for i in since} for r in range(len(since)))
    tab.trail_since.setDate(QDate(2099, 1, 1))
    assert tab.trail_model.rowCount() == 0
    assert tab.trail_count.text().startswith("No entries match these filters.")
    qtbot.mouseClick(tab.trail_clear, Qt.MouseButton.LeftButton)
    assert tab.trail_model.rowCount() == total and not tab.trail_since_on.isChecked()


def test_a_tampered_entry_log_is_reported(qtbot: QtBot, demo_copy: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    target = ws.audit.trail(case_id, kinds=("session.debriefed",))[0]
    ws.vault.db.execute("UPDATE entries SET body=replace(body, 'Practice room', 'Hotel room') WHERE id=?",
                        (target.entry_id,))
    tab = make_tab(qtbot, ws, case_id)
    open_page(qtbot, tab, 1)
    qtbot.mouseClick(tab.verify_again, Qt.MouseButton.LeftButton)  # issue 18: when asked
    text = tab.verify_line.text()
    assert "Verification found a problem in the entry log." in text
    assert "an entry&#x27;s content does not match its hash" in text and target.entry_id[:8] in text
    assert SURROGATE in text and "restore the vault from a backup" in text
    assert "#b94a48" in tab.verify_line.styleSheet()
    # Verify again after a repair of the log gives the good line back.
    ws.vault.db.execute("UPDATE entries SET body=replace(body, 'Hotel room', 'Practice room') WHERE id=?",
                        (target.entry_id,))
    qtbot.mouseClick(tab.verify_again, Qt.MouseButton.LeftButton)
    assert tab.verify_line.text().startswith("All ") and tab.verify_line.styleSheet() == ""


def test_supervisor_changes_the_audit_settings(qtbot: QtBot, demo_copy: Path, opened) -> None:  # type: ignore[no-untyped-def]
    """The audit settings are the supervisor's (issue 13): she changes them; the therapist
    being audited sees them read-only. Re-consent at phase change is on by default."""
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    open_page(qtbot, tab, 2)
    assert (tab.review_days.value(), tab.reconsent.isChecked(), tab.warning_days.value()) == (7, True, 60)
    assert tab.settings_changed_by.text() == "The defaults: never changed in this vault."
    assert not tab.save_settings.isEnabled() and tab.save_settings.toolTip() == "Nothing changed yet."
    tab.review_days.selectAll()
    qtbot.keyClicks(tab.review_days, "14")
    qtbot.mouseClick(tab.reconsent, Qt.MouseButton.LeftButton, pos=QPoint(4, tab.reconsent.height() // 2))
    assert tab.save_settings.isEnabled() and tab.undo_settings.isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.save_settings, Qt.MouseButton.LeftButton)
    assert ws.audit.settings() == AuditSettings(14, False, 60)
    assert tab.review_days.value() == 14 and not tab.reconsent.isChecked()
    assert tab.settings_changed_by.text().startswith("Last changed ") and tab.settings_changed_by.text().endswith(
        f"by {SUPERVISOR}.")
    assert not tab.save_settings.isEnabled()
    # Undo puts back what is saved.
    tab.warning_days.setValue(0)
    assert tab.warning_days.text() == "off"
    qtbot.mouseClick(tab.undo_settings, Qt.MouseButton.LeftButton)
    assert tab.warning_days.value() == 60 and not tab.undo_settings.isEnabled()
    # The therapist sees the new values, read-only.
    mine = make_tab(qtbot, opened(demo_copy, THERAPIST), case_id)
    assert mine.review_days.value() == 14 and mine.review_days.isReadOnly() and not mine.reconsent.isEnabled()
    assert not mine.save_settings.isEnabled()
    assert mine.save_settings.toolTip() == "Only a supervisor changes the audit settings."
    assert mine.settings_note.text().startswith("The audit settings are your supervisor's")


def test_surrogate_sees_no_audit_and_may_not_act(qtbot: QtBot, demo_path: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SURROGATE)
    tab = make_tab(qtbot, ws, case4(ws))
    assert tab.findings_model.rowCount() == 0
    assert tab.findings_empty.text().startswith("The consent audit is for the case's therapist and supervisor.")
    assert not tab.show_filter.isVisible()
    assert not tab.sign_off.isEnabled() and tab.sign_off.toolTip() == "Only the case's supervisor can do this."
    assert not tab.remediate.isEnabled() and tab.remediate.toolTip() == "Only the case's therapist can do this."
    open_page(qtbot, tab, 1)
    assert tab.trail_stack.currentWidget() is tab.trail_denied and tab.trail_model.rowCount() == 0
    open_page(qtbot, tab, 2)
    assert tab.review_days.value() == 7 and tab.review_days.isReadOnly() and not tab.save_settings.isEnabled()


def test_a_case_without_findings_says_so(qtbot: QtBot, demo_path: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SUPERVISOR)
    case_id = next(c.case_id for c in ws.cases.list() if c.code.endswith("-001"))
    assert ws.audit.run(case_id).findings == ()
    tab = make_tab(qtbot, ws, case_id)
    assert tab.findings_stack.currentWidget() is tab.findings_empty
    assert tab.findings_empty.text() == "No findings: the consent documentation of this case passes every rule."
    assert tab.summary.text().startswith("No findings · audit run ")  # not "0 findings · open: none"


def test_lock_clears_everything(qtbot: QtBot, demo_path: Path, opened) -> None:  # type: ignore[no-untyped-def]
    ws = opened(demo_path, SUPERVISOR)
    tab = make_tab(qtbot, ws, case4(ws))
    open_page(qtbot, tab, 1)
    tab.trail.selectRow(0)
    tab.trail_since_on.setChecked(True)
    tab.clear()
    assert tab.ws is None and tab.findings_model.rowCount() == 0 and tab.trail_model.rowCount() == 0
    for browser in (tab.finding_view, tab.record_view, tab.trail_record):
        assert browser.toPlainText() == ""
    for label in (tab.summary, tab.verify_line, tab.trail_count, tab.settings_changed_by):
        assert label.text() == ""
    assert tab.trail_member.count() == 0 and tab.trail_kind.count() == 0
    assert tab.trail_since.date() == QDate.currentDate() and not tab.trail_since_on.isChecked()


def test_words_for_finding_details() -> None:
    words = audit.Words({"m1": "Jonas Berg"}, {"body-image": "Body image"})
    assert words.value("missing", ["genital_touch", "therapeutic_aids"]) == "Genital touch, Use of therapeutic aids"
    assert words.value("member_id", "m1") == "Jonas Berg"
    assert words.value("phase_id", "body-image") == "Body image"
    assert words.value("days", 7) == "7 days" and words.value("days", 1) == "1 day"
    assert words.value("signed_later", None) == "—"
    assert words.value("flags", ["stop-signal-used"]) == "stop signal used"


def test_note_dialog_accepts_with_ctrl_return_only_when_written(qtbot: QtBot) -> None:
    parent = AuditTab()
    qtbot.addWidget(parent)
    dialog = NoteDialog(parent, "Sign off F-1", "intro", "&Comment (required):", "Sign off",
                        "Write a comment.")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.text() == "Write a comment."
    qtbot.keyClicks(dialog.text, "  Checked. ")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == 1 and dialog.note() == "Checked."


def test_supervisor_sets_the_alerts_and_requires_cosignature(qtbot: QtBot, demo_copy: Path, opened) -> None:  # type: ignore[no-untyped-def]
    """Issue 16's settings on the same page: stalled case, phase overrun, co-signature (from the
    day it is turned on); the therapist reads them."""
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    open_page(qtbot, tab, 2)
    page = tab.settings_page
    assert (page.stalled_days.value(), page.overrun_percent.value(), page.cosign.isChecked(),
            page.cosign_days.value()) == (28, 50, False, 14)
    assert page.cosign_since.text() == "Not required." and not page.cosign_days.isEnabled()
    page.stalled_days.setValue(120)  # C-2026-004 has had no session for 92 days
    qtbot.mouseClick(page.cosign, Qt.MouseButton.LeftButton, pos=QPoint(4, page.cosign.height() // 2))
    today = ws.local_now()[:10]
    assert page.cosign_since.text() == f"Reviews written since {today} await co-signature."
    assert page.cosign_days.isEnabled()
    page.cosign_days.setValue(10)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.save_settings, Qt.MouseButton.LeftButton)
    s = ws.audit.settings()
    assert (s.stalled_days, s.overrun_percent, s.cosign_from, s.cosign_days) == (120, 50, today, 10)
    assert [f.rule_id for f in ws.audit.run(case_id).findings] == ["consent.release-before-first-session"]
    mine = make_tab(qtbot, opened(demo_copy, THERAPIST), case_id)
    other = mine.settings_page
    assert other.stalled_days.value() == 120 and other.stalled_days.isReadOnly()
    assert other.cosign.isChecked() and not other.cosign.isEnabled()


def test_a_note_the_core_refuses_stays_in_the_form_with_its_draft(
        qtbot: QtBot, demo_copy: Path, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, nothing typed is lost: the sign-off comment is written before the dialog
    closes; when the write fails, the dialog stays open with the text and the reason, and its
    draft is still in the vault (the old dialog closed first and lost both)."""
    from triad.errors import InvalidCode, InvalidInput

    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    comment = "Checked the release; acknowledged."

    def refuse(fid: str, text: str) -> object:
        raise InvalidInput(InvalidCode.NOTE_EMPTY)

    monkeypatch.setattr(ws.audit, "sign_off", refuse)
    seen: dict[str, object] = {}

    def exec_(dialog: NoteDialog) -> int:
        qtbot.keyClicks(dialog.text, comment)
        dialog.save_draft()  # as the autosave does a few seconds after typing
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        seen.update(result=dialog.result(), visible_text=dialog.note(), error=dialog.error.text(),
                    drafts=[d.kind for d in ws.drafts.list()])
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(NoteDialog, "exec", exec_)
    qtbot.mouseClick(tab.sign_off, Qt.MouseButton.LeftButton)
    assert seen["result"] == 0 and seen["visible_text"] == comment
    assert seen["error"]  # the reason, in words
    assert "sign-off" in [str(k) for k in seen["drafts"]]  # type: ignore[union-attr]
    assert all(s.status != "signed-off" for s in ws.audit.run(case_id).findings)
