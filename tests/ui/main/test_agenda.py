"""The Agenda (issue 16): the practice's week across cases in the main window, for every role --
a day, a week, a month grid; Previous / Today / Next (Alt+Left, Alt+Home, Alt+Right); a
surrogate partner sees her own sessions only; client names only for a therapist with "Names
in list" on; double-click a session opens it in its case on the Sessions tab. On the demo
practice, its clock stopped at 2026-11-23 (a Monday)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.main.test_main_window import _unlock
from triad import demo
from ui.agenda.model import SESSION_ID
from ui.agenda.view import AgendaView
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def _window(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings,
            who: str = "") -> StartWindow:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    _unlock(qtbot, w, who)
    return w


def _agenda(qtbot: QtBot, w: StartWindow) -> AgendaView:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.main.cases.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert w.main.right.currentWidget() is w.main.agenda
    return w.main.agenda


def _rows(view: AgendaView) -> list[tuple[str, ...]]:
    m = view.model
    return [tuple(str(m.index(r, c).data() or "") for c in range(m.columnCount()))
            for r in range(m.rowCount())]


def test_navigation_day_week_month(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                   settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    assert view.mode == "week" and view.period() == ("2026-11-23", "2026-11-29")
    assert "23" in view.title.text() and "29" in view.title.text()
    rows = _rows(view)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("C-2026-003", "Therapist session", "", "Room 1"),  # the weekly series
        ("C-2026-005", "Three-way meeting", "Jonas Berg", "Room 1")]
    assert [r[5] for r in rows] == ["", "Before it: Awaiting Jonas Berg's signature"]
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(view.table, Qt.Key.Key_Left, alt)
    assert view.period() == ("2026-11-16", "2026-11-22")
    rows = _rows(view)
    assert [(r[1], r[2]) for r in rows] == [
        ("C-2026-001", "Therapist session"), ("C-2026-005", "Therapist session"),
        ("C-2026-003", "Therapist session"), ("C-2026-002", "Surrogate session"),
        ("C-2026-005", "Three-way meeting"), ("C-2026-001", "Surrogate session"),
        ("C-2026-002", "Surrogate session")]
    # the weekly series' session of the 17th awaits its progress note (issue 16)
    assert [r[5] for r in rows] == ["", "", "Note to write", "", "", "Debrief to review", ""]
    cancelled = view.model.index(6, 0)  # the demo's one cancellation: said and struck through
    assert cancelled.data().endswith("(cancelled)") and cancelled.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not view.model.index(5, 0).data().endswith("(cancelled)")
    assert not any(name in " ".join(sum(rows, ())) for name in demo.CLIENT_NAMES)
    qtbot.keyClick(view.table, Qt.Key.Key_Right, alt)
    for _ in range(4):  # past the weekly series' last session (15 December)
        qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    assert view.period() == ("2026-12-21", "2026-12-27") and view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.empty
    assert "No sessions this week" in view.empty.text()
    assert "Sessions tab" in view.empty.text()  # where sessions come from
    qtbot.keyClick(view, Qt.Key.Key_Home, alt)
    assert view.period() == ("2026-11-23", "2026-11-29") and view.model.rowCount() == 2
    assert view.pages.currentWidget() is view.table
    # a day: today has no session, and says so
    qtbot.keyClick(view, Qt.Key.Key_D, alt)
    qtbot.waitUntil(lambda: view.mode == "day")  # a mnemonic clicks after a short animation
    assert view.period() == ("2026-11-23", "2026-11-23") and view.model.rowCount() == 0
    assert "No sessions on this day" in view.empty.text()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    assert view.period() == ("2026-11-27", "2026-11-27") and len(_rows(view)) == 1
    # the month grid: weeks from Monday, each day's sessions in its cell ("!": something due)
    view.mode_buttons["month"].click()
    assert view.period() == ("2026-11-01", "2026-11-30")
    assert view.pages.currentWidget() is view.grid
    cells = {str(view.grid.item(r, c).data(Qt.ItemDataRole.UserRole)):
             view.grid.item(r, c).text() for r in range(6) for c in range(7)}
    assert cells["2026-11-21"] == ("21\n10:00 C-2026-001 surrogate !"
                                   "\n14:00 C-2026-002 surrogate (cancelled)")
    assert cells["2026-11-27"] == "27\n17:00 C-2026-005 three-way !"
    assert cells["2026-11-19"] == ("19\n10:00 C-2026-002 surrogate"
                                   "\n16:00 C-2026-005 three-way")
    assert cells["2026-11-17"] == "17\n16:00 C-2026-003 therapist !"  # its note to write
    assert cells["2026-11-23"] == "23" and "2026-10-26" in cells  # the grid starts on Monday
    qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    assert view.period() == ("2026-12-01", "2026-12-31")
    qtbot.keyClick(view, Qt.Key.Key_Left, alt)
    # a day of the grid opens that day's list
    row, column = next((r, c) for r in range(6) for c in range(7)
                       if view.grid.item(r, c).data(Qt.ItemDataRole.UserRole) == "2026-11-19")
    view.grid.cellDoubleClicked.emit(row, column)
    assert view.mode == "day" and view.period() == ("2026-11-19", "2026-11-19")
    assert [r[1] for r in _rows(view)] == ["C-2026-002", "C-2026-005"]
    w.close()


def test_each_role_sees_what_it_should(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                       settings: Settings) -> None:
    alt = Qt.KeyboardModifier.AltModifier
    w = _window(qtbot, demo_copy, ops, settings, demo.SURROGATES[0])
    view = _agenda(qtbot, w)
    assert [(r[1], r[3], r[5]) for r in _rows(view)] == [
        ("C-2026-005", "Jonas Berg", "Before it: Triad agreement to sign")]
    qtbot.keyClick(view, Qt.Key.Key_Left, alt)
    assert [(r[1], r[3], r[5]) for r in _rows(view)] == [("C-2026-005", "Jonas Berg", ""),
                                                         ("C-2026-001", "Jonas Berg", "")]
    w.close()
    w = _window(qtbot, demo_copy, ops, settings, demo.SURROGATES[1])
    view = _agenda(qtbot, w)
    assert view.model.rowCount() == 0 and "Your own sessions appear here" in view.empty.text()
    qtbot.keyClick(view, Qt.Key.Key_Left, alt)
    assert [(r[1], r[3]) for r in _rows(view)] == [("C-2026-002", "Ilse Nowak")] * 2
    w.close()
    w = _window(qtbot, demo_copy, ops, settings, demo.SUPERVISOR)
    view = _agenda(qtbot, w)
    qtbot.keyClick(view, Qt.Key.Key_Left, alt)
    rows = _rows(view)
    assert [r[1] for r in rows] == ["C-2026-001", "C-2026-005", "C-2026-003", "C-2026-002",
                                    "C-2026-005", "C-2026-001", "C-2026-002"]
    assert rows[5][5] == "Debrief awaits review"
    assert rows[2][5] == "Progress note not written yet"
    assert not any(n in " ".join(sum(rows, ())) for n in demo.CLIENT_NAMES)
    assert not w.main.cases.show_names.isVisible()
    w.close()
    # a therapist with "Names in list" on reads her clients' names in the Agenda too
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    w.main.cases.show_names.setChecked(True)
    assert _rows(view)[1][1] == f"C-2026-005 · {demo.CLIENT_NAMES[4]}"
    w.main.cases.show_names.setChecked(False)
    assert _rows(view)[1][1] == "C-2026-005"
    w.close()


def test_double_click_opens_the_session_in_its_case(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                    settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    assert w.main.cases.current_case() == ""  # nothing selected: any case click goes back
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    row = next(r for r, cells in enumerate(_rows(view)) if cells[1] == "C-2026-001")
    session_id = view.model.index(row, 0).data(SESSION_ID)
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    main = w.main
    assert main.right.currentWidget() is main.tabs
    assert str(main.cases.proxy.data(main.cases.table.currentIndex())).startswith("C-2026-001")
    assert main.tabs.icon_names[main.tabs.currentIndex()] == "sessions"
    selected = main.tabs.currentWidget().selected_session()  # type: ignore[attr-defined]
    assert selected is not None and selected.session_id == session_id
    # back to the Agenda: it keeps its period; Enter opens a session too
    main.agenda_action.trigger()
    assert main.right.currentWidget() is main.agenda and view.period()[0] == "2026-11-16"
    view.table.setCurrentIndex(view.model.index(3, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert main.right.currentWidget() is main.tabs
    assert str(main.cases.proxy.data(main.cases.table.currentIndex())).startswith("C-2026-002")
    selected = main.tabs.currentWidget().selected_session()  # type: ignore[attr-defined]
    assert selected is not None and selected.starts_at == "2026-11-19T10:00"
    w.close()


def test_the_agenda_empties_on_lock(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                    settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    assert view.model.rowCount() == 2
    w.main.lock_requested.emit()
    assert view.model.rowCount() == 0 and view.title.text() == "" and view.ws is None
    w.close()


def test_the_model_passes_qt_model_checks(qtbot: QtBot, qtmodeltester, demo_copy: Path,  # type: ignore[no-untyped-def]
                                          ops: Ops, settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    view.set_mode("month")
    view.set_mode("week")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtmodeltester.check(view.model)
    w.close()


def test_save_as_calendar_file(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings,
                               tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The period shown, as an .ics file where the member chooses: no client's name in it even
    with "Names in list" on; the same UIDs as the command line's."""
    import icalendar

    from ui.widgets import dialogs

    target = tmp_path / "week"  # the extension is added
    monkeypatch.setattr(dialogs, "save_file", lambda *_args: str(target))
    w = _window(qtbot, demo_copy, ops, settings)
    view = _agenda(qtbot, w)
    w.main.cases.show_names.setChecked(True)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    ids = [view.model.index(r, 0).data(SESSION_ID) for r in range(view.model.rowCount())]
    with qtbot.waitSignal(view.saved):
        view.export_button.click()
    raw = (tmp_path / "week.ics").read_bytes()
    events = list(icalendar.Calendar.from_ical(raw).walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [f"{i}@triad" for i in ids] and len(ids) == 7
    assert not any(name.encode() in raw.replace(b"\r\n ", b"") for name in demo.CLIENT_NAMES)
    assert "Saved week.ics" in view.note.text() and "7 sessions" in view.note.text()
    w.close()


def test_the_shortcuts_list_names_the_agenda_keys(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                  settings: Settings) -> None:
    from ui.main.help import shortcut_rows

    w = _window(qtbot, demo_copy, ops, settings)
    rows = dict(shortcut_rows(w))
    assert rows["Ctrl+G"] == "Agenda"
    assert rows["Alt+Left"] == "Agenda: the previous day, week or month"
    assert rows["Alt+Home"] == "Agenda: back to today"
    assert rows["Alt+Right"] == "Agenda: the next day, week or month"
    assert w.main.agenda.nav_buttons[0].text() == "Previous"
    assert w.main.agenda.nav_buttons[0].toolTip() == "The previous day, week or month (Alt+Left)"
    w.close()


def test_read_on_the_worker_and_only_the_last_period_shown(qtbot: QtBot, demo_copy: Path) -> None:
    """With a real worker thread: the agenda is read off the GUI thread; moving on before a
    read comes back drops it (the period shown is the last one asked for)."""
    from tests.conftest import DEMO_PASS
    from triad.workspace import Workspace

    ops = Ops()
    ws = Workspace.open(demo_copy, DEMO_PASS)
    view = AgendaView(ops)
    qtbot.addWidget(view)
    try:
        view.show_for(ws)
        qtbot.waitUntil(lambda: view.span is not None and ops.busy == 0)
        assert [r[1] for r in _rows(view)] == ["C-2026-003", "C-2026-005"]
        view.step(-1)
        view.step(1)
        view.step(-1)  # three reads queued; only the last one's result is shown
        qtbot.waitUntil(lambda: ops.busy == 0)
        qtbot.waitUntil(lambda: view.span is not None and view.span.first == "2026-11-16")
        assert [r[1] for r in _rows(view)] == ["C-2026-001", "C-2026-005", "C-2026-003",
                                               "C-2026-002", "C-2026-005", "C-2026-001",
                                               "C-2026-002"]
        assert not view.loading.isVisible()
    finally:
        ops.shutdown()
        ws.close()


def test_the_month_grid_shows_open_findings(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                            settings: Settings) -> None:
    """The month grid counts open findings like the lists (the kept audit makes it cheap):
    the demo's seeded finding on C-2026-004's session of 25 August is marked and said in the
    day's tooltip, for the therapist and the supervisor; near miss: the surrogate partner's
    grid of that month says nothing of findings."""
    for who in ("", demo.SUPERVISOR):
        w = _window(qtbot, demo_copy, ops, settings, who)
        view = _agenda(qtbot, w)
        view.anchor = "2026-08-01"
        view.set_mode("month")
        item = next(view.grid.item(r, c) for r in range(6) for c in range(7)
                    if view.grid.item(r, c).data(Qt.ItemDataRole.UserRole) == "2026-08-25")
        assert item.text() == "25\n17:00 C-2026-004 therapist !"
        assert "C-2026-004 Therapist session: 1 open finding" in item.toolTip()
        w.close()
    w = _window(qtbot, demo_copy, ops, settings, demo.SURROGATES[1])
    view = _agenda(qtbot, w)
    view.anchor = "2026-08-01"
    view.set_mode("month")
    tips = " ".join(view.grid.item(r, c).toolTip() for r in range(6) for c in range(7))
    assert "finding" not in tips
    w.close()
