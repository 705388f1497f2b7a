"""The whole window as each role sees it: things a new user trips over across tabs
(mnemonic clashes with the case tabs, views that must follow a change made elsewhere)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_PASS
from triad import demo
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def _window(qtbot: QtBot, path: Path, ops: Ops, settings: Settings, who: str) -> StartWindow:
    w = StartWindow(ops, settings, str(path))
    qtbot.addWidget(w)
    w.resize(1360, 860)
    w.show()
    w.unlock_page.member.setText(who)
    w.unlock_page.passphrase.setText(DEMO_PASS)
    w.unlock_page.unlock_button.click()
    assert w.workspace is not None, w.unlock_page.error.text()
    return w


def _pick(w: StartWindow, code: str) -> None:
    panel = w.main.cases
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data() == code:
            panel.table.setCurrentIndex(panel.proxy.index(row, 0))
            return
    raise AssertionError(f"{code} is not in the case list")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter mnemonics used more than once among the visible widgets of ``root``."""
    seen: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        for text in texts:
            key = _mnemonic(text)
            if key:
                seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_mnemonic_clashes_on_any_tab(qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings,
                                        who: str) -> None:
    w = _window(qtbot, demo_path, ops, settings, who)
    found = {}
    for code in ("C-2026-001", "C-2026-004"):  # 004 has an audit finding: sign-off buttons show
        _pick(w, code)
        for i in range(w.main.tabs.count()):
            w.main.tabs.setCurrentIndex(i)
            inner = w.main.tabs.widget(i).findChild(QTabWidget)
            for j in range(inner.count() if inner is not None else 1):
                if inner is not None:
                    inner.setCurrentIndex(j)
                problem = clashes(w)
                if problem:
                    found[(code, w.main.tabs.tabText(i), j)] = problem
    assert found == {}
    w.close()


def test_audit_findings_name_their_rule_in_words_and_fit_a_small_window(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    from triad.audit.rules import RULES
    from ui.casefile.audit.tab import AuditTab, rule_words

    for r in RULES:  # every rule the core knows has words, not its id
        assert rule_words(r.rule_id) != r.rule_id and "." not in rule_words(r.rule_id)
    w = _window(qtbot, demo_path, ops, settings, demo.SUPERVISOR)
    _pick(w, "C-2026-004")
    audit = next(t for t in w.main.tabs.tabs if isinstance(t, AuditTab))
    w.main.tabs.setCurrentWidget(audit)
    model = audit.findings_model
    assert model.index(0, 1).data() == "Release of information before the first session"
    assert "consent.release" not in audit.finding_view.toPlainText()
    # No tab is wider than a 1024-pixel screen leaves beside a readable case list.
    assert max(t.minimumSizeHint().width() for t in w.main.tabs.tabs) <= 760
    w.close()


def test_case_list_says_a_new_plan_has_not_started(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                   settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings, demo.THERAPIST)
    ws = w.workspace
    assert ws is not None
    case_id = ws.cases.open({"code": "C-2026-950", "presenting_concerns": ["anxiety"]}, (), None).case_id
    ws.plans.from_template(case_id, "default-spt")
    w.main.reload_cases()
    _pick(w, "C-2026-950")
    row = w.main.cases.table.currentIndex().row()
    assert w.main.cases.proxy.index(row, 2).data() == "Plan not started"  # not "Between phases"
    w.close()


def test_status_choice_is_not_clipped_after_switching_cases(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                            settings: Settings) -> None:
    from ui.casefile.overview.tab import OverviewTab

    w = _window(qtbot, demo_copy, ops, settings, demo.THERAPIST)
    assert w.workspace is not None
    w.workspace.cases.open({"code": "C-2026-950", "presenting_concerns": ["anxiety"]}, (), None)
    w.main.reload_cases()
    overview = next(t for t in w.main.tabs.tabs if isinstance(t, OverviewTab))
    _pick(w, "C-2026-001")  # active: short choices (Paused, Closing…)
    qtbot.wait(10)
    _pick(w, "C-2026-950")  # referral: "Assessment" is longer
    qtbot.wait(10)
    combo = overview.next_status
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= widest + 20
    w.close()


def test_scheduling_warns_which_documents_a_surrogate_session_still_needs(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from triad.workspace import Workspace
    from ui.casefile.sessions.debrief_form import ScheduleDialog
    from ui.casefile.sessions.tab import SessionsTab

    w = _window(qtbot, demo_copy, ops, settings, demo.THERAPIST)
    ws = w.workspace
    assert isinstance(ws, Workspace)
    case_id = ws.cases.open({"code": "C-2026-951", "legal_name": "A Client",
                             "presenting_concerns": ["anxiety"]},
                            (ws.members.list()[1].member_id,), None).case_id
    ws.capacity.record(case_id, ws.local_now()[:10], "has-capacity", "")
    ws.consent.give(case_id, "informed-consent",
                    [{"party": p, "name": n, "signed_on": ws.local_now()[:10]}
                     for p, n in (("client", "A Client"), ("therapist", demo.THERAPIST))],
                    grants=("conversation",))
    w.main.reload_cases()
    _pick(w, "C-2026-951")
    tab = next(t for t in w.main.tabs.tabs if isinstance(t, SessionsTab))
    w.main.tabs.setCurrentWidget(tab)
    seen: dict[str, str] = {}

    def look(dialog: ScheduleDialog) -> int:
        dialog.show()
        seen["surrogate"] = dialog.documents.text() if dialog.documents.isVisible() else ""
        dialog.kind.setCurrentIndex(dialog.kind.findData("therapist_session"))
        seen["therapist"] = dialog.documents.text() if dialog.documents.isVisible() else ""
        return 0

    monkeypatch.setattr(ScheduleDialog, "exec", look)
    tab.schedule_button.click()
    assert seen["surrogate"].startswith("⚠ Not signed and in force at that time: release of "
                                        "information, triad agreement.")
    assert "informed consent" not in seen["surrogate"].lower()
    assert seen["therapist"] == ""  # a therapist session needs none of them
    w.close()


def test_a_revocation_by_the_surrogate_shows_on_the_overview_at_once(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.casefile.consent.tab import ConsentTab, RevokeDialog
    from ui.casefile.overview.tab import OverviewTab
    from ui.widgets import dialogs

    w = _window(qtbot, demo_copy, ops, settings, demo.SURROGATES[0])
    _pick(w, "C-2026-001")
    overview = next(t for t in w.main.tabs.tabs if isinstance(t, OverviewTab))
    consent = next(t for t in w.main.tabs.tabs if isinstance(t, ConsentTab))

    def shown() -> list[str]:
        return [overview.alerts.item(i).text() for i in range(overview.alerts.count())]

    assert shown() == ["Nothing needs attention."]
    w.main.tabs.setCurrentWidget(consent)
    latest = consent.model.rowCount() - 1  # the triad agreement re-consented before sensate focus II
    consent.select_row(latest)

    def revoke(dialog: RevokeDialog) -> int:
        dialog.whole.setChecked(True)
        dialog.reason.setPlainText("Client asked to stop.")
        dialog.revoke_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RevokeDialog, "exec", revoke)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    with qtbot.waitSignal(consent.changed):
        consent.revoke_button.click()
    w.main.tabs.setCurrentWidget(overview)
    (alert,) = shown()
    assert alert.startswith("No consent is in force now for ") and "Genital touch" in alert
    assert alert.endswith("which the active phase (Sensate focus II) plans. Do not use these "
                          "activities; the therapist talks with the client first.")
    qtbot.wait(20)
    item = overview.alerts.item(0)  # the whole alert is readable, not cut after two lines
    needed = overview.alerts.fontMetrics().boundingRect(
        0, 0, overview.alerts.viewport().width() - 40, 10000, Qt.TextFlag.TextWordWrap, alert).height()
    assert overview.alerts.visualItemRect(item).height() >= needed
    assert overview.alerts.viewport().height() >= overview.alerts.visualItemRect(item).bottom()
    ws = w.workspace
    assert ws is not None and "genital_touch" not in {a.value for a in ws.consent.in_force(overview.case_id)}
    w.close()


@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SURROGATES[0], demo.SUPERVISOR])
def test_no_mnemonic_clashes_on_the_sessions_tab_whatever_session_is_selected(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    """The Sessions tab's buttons change their words with the session selected (Meeting
    minutes… on a three-way meeting, Amend outcome…): no Alt letter is taken twice, for any
    role and any kind of session (issue 16)."""
    from ui.casefile.sessions.tab import SessionsTab

    w = _window(qtbot, demo_path, ops, settings, who)
    _pick(w, "C-2026-001")
    tab = next(t for t in w.main.tabs.tabs if isinstance(t, SessionsTab))
    w.main.tabs.setCurrentWidget(tab)
    kinds = {s.kind: s.session_id for s in tab.sessions}  # the last of each kind
    assert who == demo.SURROGATES[0] or {"therapist_session", "three_way_meeting"} <= set(kinds)
    found = {}
    for kind, session_id in kinds.items():
        tab.select_record(session_id)
        problem = clashes(w)
        if problem:
            found[kind] = problem
    assert found == {}
    w.close()
