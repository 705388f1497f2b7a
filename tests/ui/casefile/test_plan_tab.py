"""The Plan tab: a plan from a template, revisions, starting and completing phases under the
consent rules, and read-only roles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.plan import tab as plan_ui
from ui.casefile.plan.tab import PlanEditDialog, PlanTab, TemplateDialog
from ui.widgets import dialogs

MINUTES = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$")


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def new_case(ws: Workspace, status: str = "referral") -> str:
    """A case without a plan, with Jonas as surrogate and the demo supervisor."""
    members = {m.name: m for m in ws.members.list()}
    case_id = ws.cases.open({"code": "C-2099-901"}, (members["Jonas Berg"].member_id,),
                            members["Dr Amara Okafor"].member_id).subject_id
    if status != "referral":
        ws.cases.change_status(case_id, status)
    return case_id


def demo_case(ws: Workspace, number: int) -> str:
    return next(c.case_id for c in ws.cases.list() if c.code.endswith(f"-{number:03d}"))


def make_tab(qtbot: QtBot, ws: Workspace, case_id: str) -> PlanTab:
    tab = PlanTab()
    qtbot.addWidget(tab)
    tab.show_case(ws, case_id)
    return tab


def cell(tab: PlanTab, row: int, col: int) -> str:
    return str(tab.model.index(row, col).data())


def select(tab: PlanTab, phase_id: str) -> None:
    row = [r.phase.phase_id for r in tab.model.rows].index(phase_id)
    tab.table.setCurrentIndex(tab.model.index(row, 0))


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_from_template_on_a_new_case(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(therapist)
    tab = make_tab(qtbot, therapist, case_id)
    assert tab.stack.currentIndex() == 0
    assert "No plan yet" in tab.empty_label.text() and "template" in tab.empty_label.text()
    seen: dict[str, Any] = {}

    def choose(dialog: TemplateDialog) -> int:
        titles = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
        seen["titles"] = titles
        dialog.templates.setCurrentRow(titles.index("Social role model plan"))
        seen["description"] = dialog.description.toPlainText()
        dialog.start_button.click()
        return int(dialog.result())

    monkeypatch.setattr(TemplateDialog, "exec", choose)
    changes: list[object] = []
    tab.changed.connect(changes.append)
    click(qtbot, tab.from_template)

    assert set(seen["titles"]) == {"Default SPT plan", "Social role model plan",
                                   "Rehabilitation plan with therapeutic aids"}
    assert "stops before any touch phase" in seen["description"]
    assert tab.stack.currentIndex() == 1 and len(changes) == 1
    assert tab.revision.currentText() == "Revision 1 of 1 (current)"
    assert cell(tab, 0, 0) == "Intake and assessment" and cell(tab, 0, 1) == "Planned"
    assert cell(tab, 1, 2) == "0 / 2"
    plan = therapist.plans.current(case_id)
    assert plan is not None and plan.template_id == "social-role-model"
    assert tab.model.rowCount() == len(plan.phases) == 6
    # The case is still in referral: starting waits for assessment, and the tab says so.
    assert not tab.start.isEnabled() and "assessment" in tab.start.toolTip()
    assert tab.note.isVisibleTo(tab) and "Overview tab" in tab.note.text()


def test_edit_adds_a_phase_as_revision_2_and_shows_revision_1_read_only(
        qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(therapist, "assessment")
    therapist.plans.from_template(case_id, "default-spt")
    tab = make_tab(qtbot, therapist, case_id)
    seen: dict[str, Any] = {}

    def edit(dialog: PlanEditDialog) -> int:
        dialog.list.setCurrentRow(0)
        click(qtbot, dialog.add_button)
        assert dialog.list.currentRow() == 1
        dialog.title.clear()
        click(qtbot, dialog.save_button)  # the core refuses a phase without a title
        seen["error"] = dialog.error.text()
        seen["still_one"] = therapist.plans.revisions(case_id)
        qtbot.keyClicks(dialog.title, "Check-in after intake")
        dialog.planned.setValue(1)
        dialog.activities.item(1).setCheckState(Qt.CheckState.Checked)  # relaxation
        qtbot.keyClicks(dialog.objectives, "Review goals together")
        click(qtbot, dialog.save_button)
        return int(dialog.result())

    monkeypatch.setattr(PlanEditDialog, "exec", edit)
    click(qtbot, tab.edit)

    assert seen["error"] == "Every phase needs a title." and seen["still_one"] == [1]
    assert tab.revision.currentText() == "Revision 2 of 2 (current)"
    assert tab.model.rowCount() == 10 and cell(tab, 1, 0) == "Check-in after intake"
    assert cell(tab, 1, 2) == "0 / 1"
    plan = therapist.plans.current(case_id)
    assert plan is not None and plan.revision == 2
    added = plan.phases[1]
    assert (added.phase_id, added.planned_sessions, [a.value for a in added.activities],
            added.objectives) == ("check-in-after-intake", 1,
                                  ["conversation", "relaxation_breathing"], ("Review goals together",))

    # An earlier revision is shown read-only.
    tab.revision.setCurrentIndex(1)
    tab.revision.activated.emit(1)
    assert tab.model.rowCount() == 9 and "earlier revision" in tab.note.text()
    for b in (tab.edit, tab.start, tab.complete):
        assert not b.isEnabled() and "current revision" in b.toolTip()
    tab.revision.setCurrentIndex(0)
    tab.revision.activated.emit(0)
    assert tab.model.rowCount() == 10 and tab.edit.isEnabled()


def test_edit_dialog_keeps_the_active_phase_and_reports_no_change(
        qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = demo_case(therapist, 1)  # sensate focus II is active
    tab = make_tab(qtbot, therapist, case_id)
    before = therapist.plans.revisions(case_id)
    seen: dict[str, Any] = {}

    def edit(dialog: PlanEditDialog) -> int:
        active = [p["phase_id"] for p in dialog.phases].index("sensate-focus-2")
        dialog.list.setCurrentRow(active)
        seen["remove"] = (dialog.remove_button.isEnabled(), dialog.remove_button.toolTip())
        seen["state"] = dialog.state.text()
        click(qtbot, dialog.save_button)
        seen["unchanged"] = dialog.error.text()
        dialog.list.setCurrentRow(active - 1)
        click(qtbot, dialog.down_button)  # moving is fine; the status travels with the phase
        assert dialog.list.currentItem().text().startswith(f"{active + 1}. Sensate focus I")
        dialog.list.setCurrentRow(0)
        click(qtbot, dialog.remove_button)
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(PlanEditDialog, "exec", edit)
    click(qtbot, tab.edit)
    assert seen["remove"] == (False, "The active phase cannot be removed; complete it first.")
    assert "active" in seen["state"]
    assert seen["unchanged"] == "Nothing has changed, so no new revision was made."
    assert therapist.plans.revisions(case_id) == before  # cancelled: nothing written


def test_removing_the_active_phase_is_refused_in_the_dialog(qtbot: QtBot, therapist: Workspace) -> None:
    case_id = demo_case(therapist, 1)
    plan = therapist.plans.current(case_id)
    assert plan is not None
    before = therapist.plans.revisions(case_id)  # the demo extended a phase (issue 16): two
    dialog = PlanEditDialog(therapist, case_id, plan)
    qtbot.addWidget(dialog)
    # The button is disabled for the active phase; should the copy lose it anyway, the core's
    # refusal is shown in the dialog and nothing is written.
    dialog.phases = [p for p in dialog.phases if p["status"] != "active"]
    dialog._fill_list(0)
    click(qtbot, dialog.save_button)
    assert dialog.error.text().startswith("The active phase cannot be removed")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert therapist.plans.revisions(case_id) == before


def test_starting_without_consent_is_refused_naming_the_activity(
        qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(therapist, "assessment")
    therapist.plans.from_template(case_id, "default-spt")
    tab = make_tab(qtbot, therapist, case_id)
    select(tab, "getting-to-know")
    assert cell(tab, 1, 3) == "Not in force: Conversation"
    assert "✗ Conversation: no consent in force" in tab.detail.toPlainText()
    assert "Conversation" in tab.start.toolTip()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, message: errors.append(message))
    monkeypatch.setattr(dialogs, "confirm", lambda *a: pytest.fail("the refusal needs no question"))
    click(qtbot, tab.start)
    assert len(errors) == 1
    # the refusal names the forms not in force (issue 13)
    assert errors[0].startswith("This phase cannot start: not in force for Conversation")
    assert "“Informed consent to surrogate partner therapy”" in errors[0] and "Consent tab" in errors[0]
    assert cell(tab, 1, 1) == "Planned"
    plan = therapist.plans.current(case_id)
    assert plan is not None and plan.phase("getting-to-know").status == "planned"


def test_start_with_consent_then_complete(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(therapist, "assessment")
    therapist.plans.from_template(case_id, "default-spt")
    today = therapist.local_now()[:10]
    therapist.capacity.record(case_id, today, "has-capacity", "")
    # the client types their own legal name; Jonas countersigns in his session (issue 13)
    therapist.cases.update_client(case_id, legal_name="Client Nine")
    therapist.consent.give(case_id, "informed-consent",
                           [{"party": "client", "name": "Client Nine", "signed_on": today},
                            {"party": "therapist", "name": "Dr Maren Holt", "signed_on": today}],
                           grants=("conversation",), valid_from=f"{today}T00:00")
    # every required form at once (issue 13): the triad agreement with Jonas, and a release
    triad = therapist.consent.give(
        case_id, "triad-agreement",
        [{"party": "client", "name": "Client Nine", "signed_on": today},
         {"party": "therapist", "name": "Dr Maren Holt", "signed_on": today}],
        grants=("conversation",), valid_from=f"{today}T00:00").subject_id or ""
    jonas = open_as(therapist.vault.folder, "Jonas Berg")
    jonas.clock = therapist.clock
    jonas.signatures.countersign(case_id, triad, signed_on=today)
    jonas.close()
    therapist.consent.give(case_id, "release-of-information",
                           [{"party": "client", "name": "Client Nine", "signed_on": today},
                            {"party": "therapist", "name": "Dr Maren Holt", "signed_on": today}],
                           valid_from=f"{today}T00:00")
    tab = make_tab(qtbot, therapist, case_id)
    select(tab, "getting-to-know")
    assert cell(tab, 1, 3) == "1 of 1 in force"
    assert "✓ Conversation: consent in force" in tab.detail.toPlainText()
    assert not tab.complete.isEnabled() and "active phase" in tab.complete.toolTip()
    questions: list[str] = []
    answer = {"ok": False}

    def confirm(parent: object, question: str, action: str) -> bool:
        questions.append(question)
        return answer["ok"]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    click(qtbot, tab.start)  # declined: nothing happens
    assert cell(tab, 1, 1) == "Planned" and "Getting to know each other" in questions[0]
    answer["ok"] = True
    click(qtbot, tab.start)
    assert cell(tab, 1, 1) == "Active" and MINUTES.match(cell(tab, 1, 4))
    assert "Active since" in tab.detail.toPlainText()
    plan = therapist.plans.current(case_id)
    assert plan is not None and plan.phase("getting-to-know").status == "active"
    # Only one phase is active at a time.
    select(tab, "relaxation-breathing")
    assert not tab.start.isEnabled() and "Getting to know each other" in tab.start.toolTip()

    select(tab, "getting-to-know")
    click(qtbot, tab.complete)
    assert "0 of 2 planned surrogate sessions were held" in questions[-1]
    assert cell(tab, 1, 1) == "Completed" and MINUTES.match(cell(tab, 1, 5))
    assert not tab.start.isEnabled() and tab.start.toolTip() == "This phase is completed."
    plan = therapist.plans.current(case_id)
    assert plan is not None and plan.phase("getting-to-know").status == "completed"


@pytest.mark.parametrize("who", ["Jonas Berg", "Dr Amara Okafor"])
def test_surrogate_and_supervisor_read_only(qtbot: QtBot, demo_copy: Path, who: str) -> None:
    t = open_as(demo_copy)
    bare = new_case(t)
    t.close()
    ws = open_as(demo_copy, who)
    try:
        tab = make_tab(qtbot, ws, demo_case(ws, 1))
        assert tab.role in (Role.SURROGATE, Role.SUPERVISOR)
        assert tab.model.rowCount() == 9
        assert cell(tab, 6, 1) == "Active"  # sensate focus II, selected as the active phase
        assert "Sensate focus II" in tab.detail.toPlainText()
        held, planned = (int(x) for x in cell(tab, 6, 2).split(" / "))
        assert held > 0 and planned == 16  # extended by a plan revision in the demo (issue 16)
        for b in (tab.start, tab.complete, tab.edit):
            assert not b.isEnabled() and b.toolTip() == "Only the case's therapist can do this."
        tab.show_case(ws, bare)
        assert tab.stack.currentIndex() == 0 and "therapist starts one" in tab.empty_label.text()
        assert not tab.from_template.isEnabled()
        assert tab.from_template.toolTip() == "Only the case's therapist can do this."
    finally:
        ws.close()


def test_phase_model(qtmodeltester, qtbot: QtBot, therapist: Workspace) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, therapist, demo_case(therapist, 2))
    assert tab.model.rowCount() > 0
    qtmodeltester.check(tab.model)
    empty = plan_ui.PhaseTableModel()
    qtmodeltester.check(empty)


def test_lock_clears_everything(qtbot: QtBot, therapist: Workspace) -> None:
    tab = make_tab(qtbot, therapist, demo_case(therapist, 1))
    assert tab.model.rowCount() and tab.detail.toPlainText() and tab.heading.text()
    tab.clear()
    assert tab.model.rowCount() == 0 and tab.detail.toPlainText() == ""
    assert tab.heading.text() == "" and tab.revision.count() == 0 and tab.empty_label.text() == ""
    assert not any(b.isEnabled() for b in (tab.start, tab.complete, tab.edit, tab.from_template))
    assert tab.ws is None
