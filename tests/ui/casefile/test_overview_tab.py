"""The Overview tab: editing the client, changing the triad, goals with progress, status changes
with confirmation and history, alerts with their next step, read-only roles, and lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_TODAY
from tests.ui.conftest import open_as
from triad.casefile.sessions import DebriefForm
from triad.workspace import Workspace
from ui.casefile.overview import dialogs as od
from ui.casefile.overview.tab import OverviewTab

ONLY_THERAPIST = "Only the case's therapist can do this."


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def case_no(ws: Workspace, number: int) -> str:
    return next(c.case_id for c in ws.cases.list() if c.code.endswith(f"-{number:03d}"))


def make_tab(qtbot: QtBot, ws: Workspace, case_id: str) -> OverviewTab:
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(ws, case_id)
    return tab


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fake_exec(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> dict[str, Any]:
    """Replace ``cls.exec``: show the dialog, let ``fill`` drive it, return its result."""
    seen: dict[str, Any] = {}

    def run(dialog: QDialog) -> int:
        dialog.show()
        fill(dialog, seen)
        seen["result"] = dialog.result()
        dialog.hide()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def alerts(tab: OverviewTab) -> list[str]:
    return [tab.alerts.item(i).text() for i in range(tab.alerts.count())]


def cells(model: Any, row: int) -> list[str]:
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_edit_client_code_and_pronouns_sends_only_changes(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = case_no(therapist, 1)
    before = therapist.cases.get(case_id).client
    tab = make_tab(qtbot, therapist, case_id)
    sent: list[dict[str, Any]] = []
    real = therapist.cases.update_client

    def spy(case_key: str, **changes: Any) -> Any:
        sent.append(changes)
        return real(case_key, **changes)

    monkeypatch.setattr(therapist.cases, "update_client", spy)

    def fill(d: od.EditClientDialog, seen: dict[str, Any]) -> None:
        seen["enabled_at_start"] = d.save_button.isEnabled()
        seen["name_masked"] = d.form.legal_name.echoMode()
        d.form.code.selectAll()
        qtbot.keyClicks(d.form.code, "c-2099-777")
        d.form.pronouns.selectAll()
        qtbot.keyClicks(d.form.pronouns, "they/them")
        click(qtbot, d.save_button)

    seen = fake_exec(monkeypatch, od.EditClientDialog, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.edit_client)
    assert seen["enabled_at_start"] is False  # nothing changed yet
    assert seen["name_masked"] == od.QLineEdit.EchoMode.Password  # names hidden by default
    assert seen["result"] == QDialog.DialogCode.Accepted
    assert sent == [{"code": "C-2099-777", "pronouns": "they/them"}]
    assert tab.title.text() == "<h2>C-2099-777</h2>"
    assert tab.fields["pronouns"].text() == "they/them"
    after = therapist.cases.get(case_id).client
    assert (after.code, after.pronouns) == ("C-2099-777", "they/them")
    assert after.legal_name == before.legal_name and after.contraindications == before.contraindications


def test_taken_code_is_refused_in_the_dialog_and_nothing_is_written(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, other = case_no(therapist, 1), therapist.cases.get(case_no(therapist, 2)).code
    before = therapist.cases.get(case_id).client
    entries = therapist.vault.db.one("SELECT COUNT(*) FROM entries")
    tab = make_tab(qtbot, therapist, case_id)

    def fill(d: od.EditClientDialog, seen: dict[str, Any]) -> None:
        d.form.code.selectAll()
        qtbot.keyClicks(d.form.code, other)
        click(qtbot, d.save_button)
        seen["error"] = d.error.text()
        seen["visible"] = d.isVisible()

    seen = fake_exec(monkeypatch, od.EditClientDialog, fill)
    click(qtbot, tab.edit_client)
    assert seen["error"] == "Another case already uses that client code. Choose another code."
    assert seen["visible"] and seen["result"] != QDialog.DialogCode.Accepted
    assert therapist.cases.get(case_id).client == before
    assert therapist.vault.db.one("SELECT COUNT(*) FROM entries") == entries
    assert tab.title.text() == f"<h2>{before.code}</h2>"


def test_edit_client_checks_the_date_of_birth_and_concerns(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = case_no(therapist, 5)
    tab = make_tab(qtbot, therapist, case_id)
    future = (date.today() + timedelta(days=3)).isoformat()

    def fill(d: od.EditClientDialog, seen: dict[str, Any]) -> None:
        d.form.dob.clear()  # the demo's client has one on record
        qtbot.keyClicks(d.form.dob, future)
        click(qtbot, d.save_button)
        seen["error"] = d.error.text()
        d.form.dob.setText("1990-02-03")
        shame = next(i for i in range(d.form.concerns.count())
                     if d.form.concerns.item(i).data(Qt.ItemDataRole.UserRole) == "shame")
        seen["label"] = d.form.concerns.item(shame).text()
        d.form.concerns.item(shame).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClicks(d.form.medical_context, "No medical concerns.")
        click(qtbot, d.save_button)

    seen = fake_exec(monkeypatch, od.EditClientDialog, fill)
    click(qtbot, tab.edit_client)
    assert seen["error"] == "The date of birth is in the future. Check the year."
    assert seen["label"] == "Shame"
    client = therapist.cases.get(case_id).client
    assert client.date_of_birth == "1990-02-03" and "shame" in client.presenting_concerns
    assert client.medical_context == "No medical concerns."
    assert "Shame" in tab.fields["concerns"].text()
    assert tab.fields["medical_context"].text() == "No medical concerns."
    assert tab.fields["date_of_birth"].text().startswith("recorded (hidden")


def test_names_are_hidden_until_asked_for(qtbot: QtBot, therapist: Workspace) -> None:
    case_id = case_no(therapist, 1)
    legal = therapist.cases.get(case_id).client.legal_name
    tab = make_tab(qtbot, therapist, case_id)
    assert legal and legal not in tab.fields["legal_name"].text()
    assert tab.fields["legal_name"].text() == "recorded (hidden)"
    click(qtbot, tab.show_names)
    assert tab.fields["legal_name"].text() == legal
    assert tab.fields["date_of_birth"].text() == "1988-04-12"
    tab.show_case(therapist, case_no(therapist, 2))  # another case starts pseudonymised
    assert not tab.show_names.isChecked()
    assert tab.fields["legal_name"].text() == "recorded (hidden)"


def test_change_triad(qtbot: QtBot, therapist: Workspace, demo_copy: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = case_no(therapist, 5)
    members = {m.name: m.member_id for m in therapist.members.list()}
    tab = make_tab(qtbot, therapist, case_id)
    assert tab.fields["surrogates"].text() == "Jonas Berg"

    def fill(d: od.TeamDialog, seen: dict[str, Any]) -> None:
        seen["start"] = (d.save_button.isEnabled(), d.summary.text())
        box = d.form.surrogates
        items = {box.item(i).text(): box.item(i) for i in range(box.count())}
        seen["listed"] = sorted(items)
        items["Jonas Berg"].setCheckState(Qt.CheckState.Unchecked)
        items["Ilse Nowak"].setCheckState(Qt.CheckState.Checked)
        d.form.supervisor.setCurrentIndex(0)
        seen["summary"] = d.summary.text()
        click(qtbot, d.save_button)

    seen = fake_exec(monkeypatch, od.TeamDialog, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.change_triad)
    assert seen["start"] == (False, "No changes yet.")
    assert seen["listed"] == ["Ilse Nowak", "Jonas Berg"]
    assert seen["summary"].splitlines() == [
        "Ilse Nowak joins as surrogate partner.", "Jonas Berg leaves the triad.",
        "Supervisor: Dr Amara Okafor → none."]
    case = therapist.cases.get(case_id)
    assert case.surrogate_ids == (members["Ilse Nowak"],) and case.supervisor_id is None
    assert tab.fields["surrogates"].text() == "Ilse Nowak"
    assert tab.fields["supervisor"].text() == "—"
    jonas = open_as(demo_copy, "Jonas Berg")
    try:
        assert case_id not in [c.case_id for c in jonas.cases.list()]
    finally:
        jonas.close()


def test_add_goal_and_record_progress(qtbot: QtBot, therapist: Workspace,
                                      monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    case_id = case_no(therapist, 5)
    tab = make_tab(qtbot, therapist, case_id)
    assert tab.goal_stack.currentIndex() == 0
    assert tab.goals_empty.text().startswith("No goals yet. Add goal…")
    assert not tab.record_progress.isEnabled() and tab.record_progress.toolTip() == "Add a goal first."

    def add(d: od.GoalDialog, seen: dict[str, Any]) -> None:
        click(qtbot, d.add_button)
        seen["empty"] = d.error.text()
        qtbot.keyClicks(d.description, "Distress starting a conversation with a stranger")
        qtbot.keyClicks(d.baseline, "7")
        qtbot.keyClicks(d.target, "12")
        d.unit.setCurrentText("SUDS")
        click(qtbot, d.add_button)
        seen["range"] = d.error.text()
        d.target.setText("3")
        click(qtbot, d.add_button)

    seen = fake_exec(monkeypatch, od.GoalDialog, add)
    click(qtbot, tab.add_goal)
    assert seen["empty"] == "Please fill in the goal."
    assert seen["range"] == "The target must be between 0 and 10 on the SUDS scale."
    assert tab.goal_model.rowCount() == 1
    assert cells(tab.goal_model, 0) == ["Distress starting a conversation with a stranger", "7", "7",
                                        "3", "SUDS", "none yet"]
    assert tab.progress_empty.text() == "No progress recorded yet. Record progress… adds a value."
    qtmodeltester.check(tab.goal_model)

    day = (DEMO_TODAY - timedelta(days=1)).isoformat()

    def record(d: od.ProgressDialog, seen: dict[str, Any]) -> None:
        seen["about"] = d.about.text()
        seen["max"] = d.on.maximumDate().toString("yyyy-MM-dd")
        click(qtbot, d.record_button)
        seen["empty"] = d.error.text()
        qtbot.keyClicks(d.value, "5")
        qtbot.keyClicks(d.note, "Started two conversations at the cafe")
        d.on.setDate(d.on.date().addDays(-1))
        click(qtbot, d.record_button)

    seen = fake_exec(monkeypatch, od.ProgressDialog, record)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.record_progress)
    assert seen["about"].endswith("Baseline 7, latest 7, target 3 SUDS.")
    assert seen["max"] == therapist.local_now()[:10]
    assert seen["empty"] == "Please fill in the value."
    assert cells(tab.goal_model, 0)[1:] == ["7", "5", "3", "SUDS", day]
    assert cells(tab.progress_model, 0) == [day, "5", "Started two conversations at the cafe"]
    qtmodeltester.check(tab.progress_model)
    goal = therapist.cases.goals(case_id)[0]
    assert goal.latest == "5" and goal.progress[-1].on == day
    assert goal.progress[-1].note == "Started two conversations at the cafe"


def test_status_change_is_confirmed_and_shows_in_the_history(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    case_id = case_no(therapist, 5)
    code = therapist.cases.get(case_id).code
    tab = make_tab(qtbot, therapist, case_id)
    assert [tab.next_status.itemText(i) for i in range(tab.next_status.count())] == ["Active", "Closed"]
    assert cells(tab.history_model, 0)[1:3] == ["Referral", "Assessment"]

    def cancel(d: od.StatusDialog, seen: dict[str, Any]) -> None:
        seen["question"] = d.question.text()
        seen["consequence"] = d.consequence.isVisibleTo(d) and d.consequence.text()
        seen["default_is_cancel"] = d.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel).isDefault()
        d.reject()

    tab.next_status.setCurrentIndex(tab.next_status.findData("closed"))
    seen = fake_exec(monkeypatch, od.StatusDialog, cancel)
    click(qtbot, tab.change)
    assert seen["question"] == f"Move case {code} from Assessment to Closed?"
    assert "cannot be reopened" in seen["consequence"]
    assert seen["default_is_cancel"]  # Enter does not close a case
    assert therapist.cases.get(case_id).status == "assessment"

    def confirm(d: od.StatusDialog, seen: dict[str, Any]) -> None:
        seen["question"] = d.question.text()
        qtbot.keyClicks(d.reason, "Triad agreement signed")
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)

    tab.next_status.setCurrentIndex(tab.next_status.findData("active"))
    seen = fake_exec(monkeypatch, od.StatusDialog, confirm)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.change)
    assert seen["question"] == f"Move case {code} from Assessment to Active?"
    assert tab.status.text().startswith("<b>Active</b> since ")
    newest = cells(tab.history_model, 0)
    assert newest[1:] == ["Assessment", "Active", "Triad agreement signed"]
    assert newest[0] == therapist.local_now().replace("T", " ")
    assert cells(tab.history_model, tab.history_model.rowCount() - 1)[1:3] == ["(case opened)", "Referral"]
    qtmodeltester.check(tab.history_model)
    case = therapist.cases.get(case_id)
    assert case.status == "active" and case.history[-1].reason == "Triad agreement signed"
    assert [tab.next_status.itemText(i) for i in range(tab.next_status.count())] == ["Paused", "Closing"]


def test_a_closed_case_offers_no_status_change(qtbot: QtBot, therapist: Workspace) -> None:
    case_id = therapist.cases.open({"code": "C-2099-950"}).subject_id
    therapist.cases.change_status(case_id, "closed", "Referred elsewhere")
    tab = make_tab(qtbot, therapist, case_id)
    assert not tab.change.isEnabled() and not tab.next_status.isEnabled()
    assert tab.change.toolTip() == "A closed case does not change status."
    assert tab.fields["surrogates"].text() == "None yet. Change triad… adds one."


@pytest.mark.parametrize("who", ["Jonas Berg", "Dr Amara Okafor"])
def test_surrogate_and_supervisor_read_only(qtbot: QtBot, demo_path: Path, who: str) -> None:
    ws = open_as(demo_path, who)
    try:
        tab = make_tab(qtbot, ws, case_no(ws, 1))
        for button in (tab.edit_client, tab.change_triad, tab.change, tab.add_goal,
                       tab.record_progress):
            assert not button.isEnabled()
            assert button.toolTip() == ONLY_THERAPIST
        assert not tab.next_status.isEnabled()
        assert tab.note.isVisibleTo(tab) and tab.note.text().startswith("Read-only")
        assert tab.goal_model.rowCount() == 1  # goals are for the whole triad to read
        assert tab.fields["pronouns"].text() == "he/him"
        if who == "Jonas Berg":
            # The core never gives a surrogate partner the legal name or date of birth.
            assert not tab.fields["legal_name"].isVisibleTo(tab)
            assert not tab.fields["date_of_birth"].isVisibleTo(tab)
            assert not tab.show_names.isEnabled()
            assert "does not see the client's legal name" in tab.show_names.toolTip()
        else:
            # issue 13: nor a supervisor -- the release shows them the client code
            assert not tab.fields["legal_name"].isVisibleTo(tab)
            assert not tab.fields["date_of_birth"].isVisibleTo(tab)
            assert not tab.show_names.isEnabled()
            assert "A supervisor sees the client code" in tab.show_names.toolTip()
            assert "1988-04-12" not in tab.fields["date_of_birth"].text()
    finally:
        tab.clear()
        ws.close()


def test_alerts_say_what_to_do(qtbot: QtBot, therapist: Workspace, demo_copy: Path) -> None:
    case_id = case_no(therapist, 1)
    jonas = open_as(demo_copy, "Jonas Berg")
    try:
        yesterday = (DEMO_TODAY - timedelta(days=1)).isoformat()
        session = therapist.sessions.schedule(
            case_id, "surrogate_session", f"{yesterday}T10:00", 60, "sensate-focus-2",
            ("conversation",), "Practice room 2", jonas.actor.member_id).subject_id
        jonas.sessions.submit_debrief(session, DebriefForm(("conversation",), stop_signals=1))
        until = (DEMO_TODAY + timedelta(days=10)).isoformat()
        legal = therapist.cases.get(case_id).client.legal_name  # typed by the client (issue 13)
        therapist.consent.give(case_id, "release-of-information", [
            {"party": "client", "name": legal, "signed_on": DEMO_TODAY.isoformat()},
            {"party": "therapist", "name": "Dr Maren Holt", "signed_on": DEMO_TODAY.isoformat()}],
            valid_from=DEMO_TODAY.isoformat(), valid_until=until)
        tab = make_tab(qtbot, therapist, case_id)
        shown = alerts(tab)
        assert f"Debrief of {yesterday} flagged for review: stop signal used. Review it on the " \
               "Sessions & debriefs tab." in shown
        assert any(a.startswith("Consent “") and a.endswith(
            f"” expires {until}. Renew it with the client on the Consent tab.") for a in shown)
        surrogate_tab = make_tab(qtbot, jonas, case_id)
        assert f"Debrief of {yesterday} flagged for review: stop signal used. The therapist has " \
               "not reviewed it yet." in alerts(surrogate_tab)
        surrogate_tab.clear()
    finally:
        jonas.close()


def test_audit_findings_name_the_next_step_per_role(qtbot: QtBot, demo_path: Path) -> None:
    for who, step in (("Dr Maren Holt", "Remediate it on the Audit tab."),
                      ("Dr Amara Okafor", "Review and sign it off on the Audit tab.")):
        ws = open_as(demo_path, who)
        try:
            tab = make_tab(qtbot, ws, case_no(ws, 4))
            finding = [a for a in alerts(tab) if a.startswith("Audit finding (major)")]
            assert finding and finding[0].endswith(step)
            tab.clear()
        finally:
            ws.close()
    ws = open_as(demo_path)
    try:
        tab = make_tab(qtbot, ws, case_no(ws, 2))
        assert alerts(tab) == ["Nothing needs attention."]
    finally:
        tab.clear()
        ws.close()


def test_clear_empties_everything(qtbot: QtBot, therapist: Workspace) -> None:
    case_id = case_no(therapist, 1)
    tab = make_tab(qtbot, therapist, case_id)
    click(qtbot, tab.show_names)
    legal = therapist.cases.get(case_id).client.legal_name
    assert tab.fields["legal_name"].text() == legal
    tab.clear()
    assert tab.ws is None and tab.case_id == ""
    texts = [tab.title, tab.status, tab.note, tab.progress_title, tab.goals_empty,
             tab.progress_empty, *tab.fields.values()]
    assert all(label.text() == "" for label in texts)
    assert tab.alerts.count() == 0 and tab.next_status.count() == 0
    for model in (tab.goal_model, tab.progress_model, tab.history_model):
        assert model.rowCount() == 0
    assert not tab.show_names.isChecked()
    for button in (tab.edit_client, tab.change_triad, tab.change, tab.add_goal, tab.record_progress):
        assert not button.isEnabled()
    shown = [w.text() for w in tab.findChildren(od.QLabel) if w.text()]
    assert not any(legal in t or "C-20" in t for t in shown)


def test_alerts_for_credentials_and_a_triad_without_surrogate(qtbot: QtBot, therapist: Workspace) -> None:
    from triad.casefile.members import Credential
    from triad.roles import Role

    soon = (DEMO_TODAY + timedelta(days=10)).isoformat()
    new = therapist.members.add("Noor Haddad", Role.SURROGATE, "a long enough passphrase",
                                (Credential("IPSA", "IPSA-0999", soon),)).member_id
    case_id = case_no(therapist, 5)
    therapist.cases.set_team(case_id, (new,), None)
    tab = make_tab(qtbot, therapist, case_id)
    assert (f"The credential of Noor Haddad (IPSA IPSA-0999) expires on {soon}. Ask for the "
            "renewed credential before then.") in alerts(tab)
    therapist.cases.set_team(case_id, (), None)
    therapist.cases.change_status(case_id, "active")
    tab.refresh()
    assert ("The case is active but has no surrogate partner. Add one with Change triad…"
            in alerts(tab))
    assert not any("Noor Haddad" in a for a in alerts(tab))


# -- alerts lead to the record they concern --

def tabs_for(qtbot: QtBot, ws: Workspace, case_id: str) -> Any:
    from ui.casefile.tabs import CaseTabs

    tabs = CaseTabs()
    qtbot.addWidget(tabs)
    tabs.resize(1100, 760)
    tabs.show()
    tabs.show_case(ws, case_id)
    return tabs


def alert_item(tab: OverviewTab, start: str) -> Any:
    found = [tab.alerts.item(i) for i in range(tab.alerts.count())
             if tab.alerts.item(i).text().startswith(start)]
    assert len(found) == 1, alerts(tab)
    return found[0]


def press_enter_on(qtbot: QtBot, tab: OverviewTab, item: Any) -> None:
    tab.alerts.setCurrentItem(item)
    tab.alerts.setFocus()
    qtbot.keyClick(tab.alerts, Qt.Key.Key_Return)


def double_click(qtbot: QtBot, tab: OverviewTab, item: Any) -> None:
    pos = tab.alerts.visualItemRect(item).center()
    qtbot.mouseClick(tab.alerts.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # as a hand does
    qtbot.mouseDClick(tab.alerts.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_debrief_to_review_opens_the_session_on_the_sessions_tab(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.casefile.sessions.tab import SessionsTab

    case_id = case_no(therapist, 1)
    waiting = [s for s in therapist.sessions.list(case_id) if s.debrief and not s.debrief.reviewed]
    assert len(waiting) == 1  # the demo's one debrief awaiting review
    tabs = tabs_for(qtbot, therapist, case_id)
    overview, sessions = tabs.tabs[0], tabs.tabs[3]
    assert isinstance(sessions, SessionsTab)
    sessions.show_mode.setCurrentIndex(sessions.show_mode.findData(sessions.SHOW_DUE))  # hides it
    item = alert_item(overview, f"Debrief of {waiting[0].starts_at[:10]} awaits your review.")
    assert "Double-click or press Enter" in item.toolTip()
    assert "Nothing needs attention." not in alerts(overview)
    press_enter_on(qtbot, overview, item)
    assert tabs.currentWidget() is sessions
    assert sessions.show_mode.currentData() == sessions.SHOW_ALL
    chosen = sessions.selected_session()
    assert chosen is not None and chosen.session_id == waiting[0].session_id
    assert tabs.focusWidget() is sessions.table
    # the next step is one key away: Enter on the session opens its review
    from ui.casefile.sessions.debrief_form import ReviewDialog

    opened: list[str] = []

    def review(dialog: ReviewDialog) -> int:
        opened.append(dialog.session.session_id)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReviewDialog, "exec", review)
    qtbot.keyClick(sessions.table, Qt.Key.Key_Return)
    assert opened == [waiting[0].session_id]
    tabs.clear()


@pytest.mark.parametrize("who", ["Dr Maren Holt", "Dr Amara Okafor"])
def test_an_open_finding_opens_it_on_the_audit_tab(qtbot: QtBot, demo_path: Path, who: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.casefile.audit.tab import AuditTab

    ws = open_as(demo_path, who)
    try:
        case_id = case_no(ws, 4)
        finding = next(f for f in ws.audit.run(case_id).findings if f.status == "open")
        tabs = tabs_for(qtbot, ws, case_id)
        overview, audit = tabs.tabs[0], tabs.tabs[5]
        assert isinstance(audit, AuditTab)
        audit.pages.setCurrentIndex(1)  # the audit trail was showing
        double_click(qtbot, overview, alert_item(overview, "Audit finding (major)"))
        assert tabs.currentWidget() is audit and audit.pages.currentIndex() == 0
        assert audit._current_finding() == finding.finding_id
        assert finding.finding_id in audit.finding_view.toPlainText()
        # Enter on it: what this member does with a finding (sign off, or a remediation note)
        from ui.casefile.audit.tab import NoteDialog

        titles: list[str] = []

        def note(dialog: NoteDialog) -> int:
            titles.append(dialog.windowTitle())
            return int(QDialog.DialogCode.Rejected)

        monkeypatch.setattr(NoteDialog, "exec", note)
        qtbot.keyClick(audit.findings, Qt.Key.Key_Return)
        step = "Sign off " if who == "Dr Amara Okafor" else "Remediation note for "
        assert titles == [step + finding.finding_id]
        tabs.clear()
    finally:
        ws.close()


def test_phase_consent_and_signing_alerts_open_the_plan_and_consent_tabs(
        qtbot: QtBot, therapist: Workspace) -> None:
    from ui.casefile.consent.tab import ConsentTab
    from ui.casefile.plan.tab import PlanTab

    tabs = tabs_for(qtbot, therapist, case_no(therapist, 3))  # paused: consent revoked
    overview, consent, plan = tabs.tabs[0], tabs.tabs[1], tabs.tabs[2]
    assert isinstance(plan, PlanTab) and isinstance(consent, ConsentTab)
    press_enter_on(qtbot, overview, alert_item(overview, "No consent is in force now for"))
    assert tabs.currentWidget() is plan
    row = plan._current_row()
    assert row is not None and row.phase.title == "Sensate focus I" and row.missing

    # assessment: the triad agreement awaits Jonas's countersignature (issue 13)
    case_id = case_no(therapist, 5)
    tabs.setCurrentWidget(overview)
    tabs.show_case(therapist, case_id)
    item = alert_item(overview, "“Triad agreement” awaits Jonas Berg's signature")
    press_enter_on(qtbot, overview, item)
    assert tabs.currentWidget() is consent
    chosen = consent.selected_record()
    assert chosen is not None and chosen.awaiting == ("surrogate",)
    tabs.clear()


def test_information_alone_still_says_nothing_needs_attention(qtbot: QtBot, therapist: Workspace,
                                                              demo_copy: Path) -> None:
    case_id = case_no(therapist, 2)
    tab = make_tab(qtbot, therapist, case_id)
    assert alerts(tab) == ["Nothing needs attention."]
    item = tab.alerts.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) is None  # leads nowhere
    with qtbot.assertNotEmitted(tab.alert_activated):
        press_enter_on(qtbot, tab, item)
    ilse = next(m.member_id for m in therapist.members.list() if m.name == "Ilse Nowak")
    later = (date.fromisoformat(therapist.local_now()[:10]) + timedelta(days=3)).isoformat()
    session = therapist.sessions.schedule(case_id, "surrogate_session", f"{later}T10:00", 60,
                                          None, ("conversation",), "Room 1", ilse).subject_id
    tab.refresh()
    assert alerts(tab) == ["Nothing needs attention.", f"Next session: {later} 10:00, surrogate session."]
    with qtbot.waitSignal(tab.alert_activated) as sent:
        press_enter_on(qtbot, tab, tab.alerts.item(1))
    assert sent.args == ["sessions", session]
    tab.clear()


def test_edit_client_masks_name_and_birth_date_until_shown_and_shows_notes_from_the_start(
        qtbot: QtBot, therapist: Workspace) -> None:
    case = therapist.cases.get(case_no(therapist, 1))
    assert case.client.date_of_birth and len(case.client.concerns_note) > 40
    dialog = od.EditClientDialog(therapist, case, show_names=False)
    qtbot.addWidget(dialog)
    dialog.resize(560, 620)
    dialog.show()
    shown = od.QLineEdit.EchoMode.Normal
    assert dialog.form.legal_name.echoMode() != shown and dialog.form.dob.echoMode() != shown
    assert dialog.form.concerns_note.cursorPosition() == 0  # its first words, not its last
    dialog.form.show_name.setChecked(True)
    assert dialog.form.legal_name.echoMode() == shown and dialog.form.dob.echoMode() == shown
    dialog.close()


def test_status_reason_example_fits_the_move(qtbot: QtBot, therapist: Workspace) -> None:
    case = therapist.cases.get(case_no(therapist, 1))  # active
    examples = set()
    for target in case.allowed_transitions:
        dialog = od.StatusDialog(therapist, case, target)
        qtbot.addWidget(dialog)
        examples.add(dialog.reason.placeholderText())
        assert "Triad agreement signed" not in dialog.reason.placeholderText()
    assert len(examples) == len(case.allowed_transitions)


def test_the_date_of_birth_rule_is_the_cores_by_the_workspace_clock(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog asks the core (``why_not_client``), which reads the workspace's clock: a day
    after the demo's today is in the future there, whatever the computer's date."""
    case_id = case_no(therapist, 5)
    tab = make_tab(qtbot, therapist, case_id)
    tomorrow = (DEMO_TODAY + timedelta(days=1)).isoformat()

    def fill(d: od.EditClientDialog, seen: dict[str, Any]) -> None:
        d.form.dob.setText(tomorrow)
        click(qtbot, d.save_button)
        seen["error"] = d.error.text()

    seen = fake_exec(monkeypatch, od.EditClientDialog, fill)
    click(qtbot, tab.edit_client)
    assert seen["error"] == "The date of birth is in the future. Check the year."
    assert therapist.cases.why_not_client({"date_of_birth": tomorrow}) is not None
    assert therapist.cases.get(case_id).client.date_of_birth != tomorrow


def test_a_wholly_revoked_informed_consent_offers_to_pause_the_case(
        qtbot: QtBot, therapist: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: the client withdraws from therapy on an active case; "Needs attention" says
    all surrogate work has ended and offers to pause the case."""
    case_id = case_no(therapist, 1)
    informed = [r for r in therapist.consent.records(case_id) if r.form_id == "informed-consent"]
    therapist.consent.revoke(case_id, informed[-1].consent_id, "Client withdraws.",
                             at=f"{DEMO_TODAY.isoformat()}T09:00")
    tab = make_tab(qtbot, therapist, case_id)
    item = alert_item(tab, "The client revoked the whole informed consent on ")
    assert "Pause the case" in item.text()

    def confirm(d: od.StatusDialog, seen: dict[str, Any]) -> None:
        seen["question"] = d.question.text()
        qtbot.keyClicks(d.reason, "Client withdrew informed consent.")
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)

    seen = fake_exec(monkeypatch, od.StatusDialog, confirm)
    with qtbot.waitSignal(tab.changed):
        press_enter_on(qtbot, tab, item)
    assert seen["question"].endswith("from Active to Paused?")
    assert therapist.cases.get(case_id).status == "paused"
    assert not any(a.startswith("The client revoked the whole informed consent") for a in alerts(tab))
