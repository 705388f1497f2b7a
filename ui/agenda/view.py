"""AgendaView: the practice's sessions across every case the member may see -- a day, a week
(a list) or a month (a grid) -- with what is due on each (``ws.week``, issue 16).

Previous / Today / Next move the period (Alt+Left, Alt+Home, Alt+Right); Day, Week and Month
switch the view (Alt+D, Alt+W, Alt+M). Double-click or Enter on a session opens it in its case
(``session_opened``); on a day of the month grid, that day's list. A therapist sees clients'
legal names only with the case list's "Names in list" on; everyone else reads case codes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile import week
from triad.casefile.week import Span
from triad.i18n import hours
from triad.roles import Role
from triad.workspace import Workspace
from ui.agenda.model import CASE_ID, SESSION_ID, AgendaModel
from ui.agenda.words import (
    NEXT_KEY,
    PREVIOUS_KEY,
    TODAY_KEY,
    counted,
    empty_words,
    kind_words,
    period_title,
    session_due,
    tr,
)
from ui.messages import message_for
from ui.ops import Op, Ops
from ui.widgets import dialogs
from ui.widgets.keys import with_key
from ui.widgets.table_model import table_view

DAY = Qt.ItemDataRole.UserRole  # a month cell's day (YYYY-MM-DD)


class AgendaView(QWidget):
    session_opened = Signal(str, str)  # (case id, session id): double-click or Enter on a session
    saved = Signal(str)  # a calendar file was written (its path)

    MODES = ("day", "week", "month")

    def __init__(self, ops: Ops | None = None) -> None:
        super().__init__()
        self.ops = ops or Ops(synchronous=True)
        self._wanted: tuple[str, str, str, bool] | None = None
        self.ws: Workspace | None = None
        self.names = False
        self.mode = "week"
        self.anchor = ""  # a day inside the period shown
        self.span: Span | None = None
        bar = QHBoxLayout()
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for mode, text, tip in (
                ("day", tr("&Day"), tr("Show one day (%1)")),
                ("week", tr("&Week"), tr("Show one week (%1)")),
                ("month", tr("&Month"), tr("Show one month as a grid (%1)"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setToolTip(with_key(tip, QKeySequence.mnemonic(text)))
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        bar.addSpacing(16)
        # the actions carry the words the Keyboard shortcuts list shows; the buttons are short
        self.previous_action = self._nav(tr("Agenda: the previous day, week or month"),
                                         PREVIOUS_KEY, lambda: self.step(-1))
        self.today_action = self._nav(tr("Agenda: back to today"), TODAY_KEY, self.go_today)
        self.next_action = self._nav(tr("Agenda: the next day, week or month"), NEXT_KEY,
                                     lambda: self.step(1))
        self.nav_buttons: list[QToolButton] = []
        for action, text, tip in (
                (self.previous_action, tr("Previous"), tr("The previous day, week or month (%1)")),
                (self.today_action, tr("Today"), tr("Back to today (%1)")),
                (self.next_action, tr("Next"), tr("The next day, week or month (%1)"))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(with_key(tip, action.shortcut()))
            button.clicked.connect(action.trigger)
            self.nav_buttons.append(button)
            bar.addWidget(button)
        bar.addStretch(1)
        self.title = QLabel()  # on its own line: a long week's title never widens the view
        self.title.setAccessibleName(tr("Period shown"))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.export_button = QToolButton()
        self.export_button.setText(tr("Save as calendar file…"))
        self.export_button.setToolTip(tr(
            "Save the period shown as an iCalendar file (.ics) for a calendar app: case codes "
            "and kinds of session only, never a client's name. Saving again updates the same "
            "events."))
        self.export_button.clicked.connect(self.export_calendar)
        bar.addWidget(self.export_button)
        self.model = AgendaModel()
        self.table = table_view(self.model, tr("Sessions in the agenda"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.grid = QTableWidget(6, 7)
        self.grid.setAccessibleName(tr("Month"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalHeaderLabels([
            self.locale().dayName(d, self.locale().FormatType.ShortFormat) for d in range(1, 8)])
        self.grid.cellActivated.connect(self._day_activated)
        self.grid.cellDoubleClicked.connect(self._day_activated)
        self.empty = QLabel()  # an empty day or week: why, and where sessions come from
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(tr("Agenda empty"))
        self.empty.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.grid)
        self.pages.addWidget(self.empty)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the keys when the list empties
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(link);")
        self.error.hide()
        self.loading = QLabel(tr("Reading the agenda…"))
        self.loading.hide()
        self.note = QLabel()  # what was saved, and where
        self.note.setAccessibleName(tr("Agenda note"))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(self.loading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        self.mode_buttons[self.mode].setChecked(True)

    def _nav(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- the period --
    def period(self) -> tuple[str, str]:
        if self.mode == "day":
            return self.anchor, self.anchor
        if self.mode == "month":
            return week.month_of(self.anchor)
        return week.week_of(self.anchor)

    def show_for(self, ws: Workspace, names: bool = False) -> None:
        """Show the agenda of ``ws``'s member (from today, the first time); ``names``: the
        case list's toggle (a therapist's clients' legal names)."""
        if self.ws is not ws:
            self.anchor = ""
        self.ws, self.names = ws, names
        if not self.anchor:
            self.anchor = ws.local_now()[:10]
        self.refresh()

    def set_names(self, names: bool) -> None:
        if names != self.names:
            self.names = names
            self.refresh()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.refresh()

    def step(self, delta: int) -> None:
        if not self.anchor:
            return
        d = date.fromisoformat(self.anchor)
        if self.mode == "day":
            d += timedelta(days=delta)
        elif self.mode == "week":
            d += timedelta(days=7 * delta)
        else:
            month = d.year * 12 + d.month - 1 + delta
            d = date(month // 12, month % 12 + 1, 1)
        self.anchor = d.isoformat()
        self.refresh()

    def go_today(self) -> None:
        if self.ws is not None:
            self.anchor = self.ws.local_now()[:10]
            self.refresh()

    def refresh(self) -> None:
        """Read the period on the worker and show it when it comes, unless the member moved on
        meanwhile or the vault locked. Every view counts open findings: the audit is the kept
        one (``AuditService.run``), so only the first read of a large practice, or one after
        its cases changed, audits them afresh (docs/performance.md)."""
        ws = self.ws
        if ws is None or not self.anchor:
            return
        first, last = self.period()
        self.title.setText(period_title(self.mode, first, last))
        wanted = (first, last, self.mode, self.names)
        self._wanted = wanted
        names = self.names
        Op(self.ops, self, lambda: ws.week.between(first, last, names=names)) \
            .busy(self.loading.setVisible).success(self._show).failure(self._failed) \
            .unless_stale(lambda: self.ws is not ws or self._wanted != wanted).run()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show(self, span: Span) -> None:
        ws = self.ws
        if ws is None:
            return
        self.error.hide()
        self.span = span
        role = ws.actor.role
        self.model.show(span.sessions, role, ws, week_view=self.mode != "day")
        self.table.resizeColumnsToContents()
        self._fill_grid(span, role)
        focus = QApplication.focusWidget()
        focused = focus is not None and (focus is self or self.isAncestorOf(focus))
        self.empty.setText(empty_words(self.mode, role) if not span.sessions else "")
        self.pages.setCurrentWidget(self.grid if self.mode == "month" else
                                    self.table if span.sessions else self.empty)
        if focused:
            self.take_focus()

    def take_focus(self) -> None:
        """The keyboard to the list or the grid shown (to the view itself when empty, so that
        Alt+Left and Alt+Right still move the period)."""
        page = self.pages.currentWidget()
        (self if page is None or page is self.empty else page).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _fill_grid(self, span: Span, role: Role) -> None:
        """The month as weeks of seven days (Monday first), each cell its day's sessions."""
        self.grid.clearContents()
        if self.mode != "month":
            return
        first = date.fromisoformat(span.first)
        start = first - timedelta(days=first.weekday())
        today = self.ws.local_now()[:10] if self.ws is not None else ""
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for cell in range(42):
            d = start + timedelta(days=cell)
            day = d.isoformat()
            sessions = span.on(day)
            lines = [str(d.day)]
            tips = []
            for s in sessions:
                off = s.status == week.CANCELLED
                lines.append(f"{s.starts_at[11:]} {s.case_code} {kind_words(s.kind, short=True)}"
                             + (" " + tr("(cancelled)") if off else "")
                             + (" !" if s.due else ""))
                due = session_due(s, role, self.ws)
                tips.append(f"{hours(s.starts_at, s.ends_at)} {s.case_code} "
                            f"{kind_words(s.kind)}" + (" " + tr("(cancelled)") if off else "")
                            + (f": {due}" if due else ""))
            item = QTableWidgetItem("\n".join(lines))
            item.setData(DAY, day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setToolTip("\n".join([*tips, tr("Double-click or press Enter to see this day "
                                                  "as a list.")])
                            if tips else tr("No sessions. Double-click to see this day."))
            if day == today:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if not span.first <= day <= span.last:
                item.setForeground(muted)
            self.grid.setItem(cell // 7, cell % 7, item)

    def export_calendar(self) -> None:
        """The period shown as an .ics file where the member chooses (names never go in)."""
        ws, span = self.ws, self.span
        if ws is None or span is None:
            return
        from triad.casefile.disclosures import What
        from triad.casefile.week_ics import to_ics
        from ui.widgets import disclose

        path = dialogs.save_file(self, tr("Save as calendar file"),
                                 f"agenda-{span.first}-to-{span.last}.ics",
                                 tr("iCalendar files (*.ics)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        # case codes and session times leave the vault: recorded in the accounting of
        # disclosures (the cases with sessions in the period; none, nothing to record)
        cases = list(dict.fromkeys(s.case_id for s in span.sessions))
        if not disclose.save(self, ws, target, to_ics(span, ws.clock()), What.AGENDA, cases,
                             "ics"):
            return
        self.note.setText(counted(len(span.sessions), "Saved %2 in %3 (1 session).",
                                  "Saved %2 in %3 (%n sessions).")
                          .replace("%2", target.name).replace("%3", str(target.parent)))
        self.saved.emit(str(target))

    def _activated(self, index: QModelIndex) -> None:
        case_id, session_id = index.data(CASE_ID), index.data(SESSION_ID)
        if case_id and session_id:
            self.session_opened.emit(str(case_id), str(session_id))

    def _day_activated(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is not None and item.data(DAY):
            self.anchor = str(item.data(DAY))
            self.set_mode("day")

    def clear(self) -> None:
        """On lock: nothing of the record stays on screen."""
        self.ws, self.span, self.anchor, self._wanted = None, None, "", None
        self.model.show((), Role.THERAPIST, None, True)
        self.grid.clearContents()
        self.title.clear()
        self.empty.clear()
        self.note.clear()
