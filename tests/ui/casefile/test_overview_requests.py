"""The Overview's *Client requests* (issue 17) on a real vault with a stopped clock: an empty
state that explains, Record request… (its due day shown as the day is chosen), the request on
the to-do list ("Needs attention") leading to it, Close request… with a refusal keeping the
client's statement of disagreement, a refusal shown in the form, and who sees what."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.core.practice import Practice, make_practice
from tests.ui.casefile.test_overview_tab import alert_item, alerts, cells, make_tab, press_enter_on
from ui.casefile.overview.request_dialogs import CloseRequestDialog, RecordRequestDialog

DUE_ALERT = "The client's access request received 2026-02-27 is due 2026-03-29."


def _at(text: str):  # type: ignore[no-untyped-def]
    moment = datetime.fromisoformat(text).astimezone()
    return lambda: moment


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    for ws in practice.all():
        ws.clock = _at("2026-03-02T09:00")
    yield practice
    practice.close()


def _record(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    def exec_(self: RecordRequestDialog) -> int:
        self.received.setDate(QDate(2026, 2, 27))
        seen.append(self.due.text())
        self.text.setPlainText("A copy of my consent forms")
        self.save()
        return self.result()

    monkeypatch.setattr(RecordRequestDialog, "exec", exec_)


def test_record_a_request_see_it_due_and_close_it_refused(
        qtbot: QtBot, p: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = make_tab(qtbot, p.t, p.case)
    panel = tab.requests_panel
    assert "No requests from the client" in panel.empty.text()
    assert "due within 30 days" in panel.empty.text()
    assert not panel.close_request.isEnabled()
    seen: list[str] = []
    _record(monkeypatch, seen)
    panel.record.click()
    assert seen == ["2026-03-29 (30 days after it was received)"]
    assert cells(panel.model, 0) == ["2026-02-27", "access", "A copy of my consent forms",
                                     "2026-03-29", "open"]
    assert tab.lower_tabs.tabText(1) == "Client requests (1 open)"
    # the to-do list: the request, with its due day, leading to it
    assert any(a.startswith(DUE_ALERT) for a in alerts(tab))
    tab.lower_tabs.setCurrentIndex(0)
    press_enter_on(qtbot, tab, alert_item(tab, DUE_ALERT))
    assert tab.lower_tabs.currentWidget() is panel and panel.current() is not None

    def refuse(self: CloseRequestDialog) -> int:
        self.outcome.setCurrentIndex(self.outcome.findData("fulfilled"))
        self.copy.setCurrentIndex(self.copy.findData("other-form"))
        self.save()  # the near miss: another form needs a note saying how
        assert "another form with a note" in self.error.text() and self.change is None
        self.outcome.setCurrentIndex(self.outcome.findData("refused"))
        self.reason.setPlainText("These are the practice's own working copies")
        self.statement.setPlainText("I signed them; I want them.")
        self.save()
        return self.result()

    monkeypatch.setattr(CloseRequestDialog, "exec", refuse)
    assert panel.close_request.isEnabled(), panel.close_request.toolTip()
    panel.close_request.click()
    assert cells(panel.model, 0)[4] == "refused 2026-03-02"
    assert "The client's statement of disagreement: I signed them; I want them." in \
        panel.detail.text()
    assert not panel.close_request.isEnabled() and "closed" in panel.close_request.toolTip()
    assert not any(a.startswith("The client's access request") for a in alerts(tab))
    assert tab.lower_tabs.tabText(1) == "Client requests"
    tab.clear()


def test_an_overdue_request_warns_and_the_roles_see_what_they_may(
        qtbot: QtBot, p: Practice) -> None:
    p.t.requests.record(p.case, "amendment", "2026-01-20", "Correct my pronouns",
                        about_field="pronouns")
    tab = make_tab(qtbot, p.t, p.case)
    assert cells(tab.requests_panel.model, 0)[3] == "2026-02-19, overdue"
    assert any("was due 2026-02-19 and is still open" in a for a in alerts(tab))
    tab.clear()
    supervisor = make_tab(qtbot, p.v, p.case)
    assert cells(supervisor.requests_panel.model, 0)[2] == "Correct my pronouns"
    assert not supervisor.requests_panel.record.isEnabled()
    assert "therapist" in supervisor.requests_panel.record.toolTip()
    supervisor.clear()
    surrogate = make_tab(qtbot, p.s, p.case)
    panel = surrogate.requests_panel
    assert panel.model.rowCount() == 0 and "made to the practice" in panel.empty.text()
    assert not panel.record.isEnabled()
    surrogate.clear()


def test_preferences_show_the_practices_request_days(qtbot: QtBot, p: Practice) -> None:
    from ui.main.preferences import PreferencesDialog

    d = PreferencesDialog(15, "system", None, p.t)
    qtbot.addWidget(d)
    spin: Any = d.request_days
    assert spin is not None and spin.value() == 30 and spin.isEnabled()
    spin.setValue(21)
    assert d.request_days_value() == 21
    readonly = PreferencesDialog(15, "system", None, p.s)  # a surrogate partner reads it
    qtbot.addWidget(readonly)
    assert readonly.request_days is not None and not readonly.request_days.isEnabled()
    assert PreferencesDialog(15, "system").request_days_value() is None  # no vault open
