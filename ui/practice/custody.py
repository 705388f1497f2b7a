"""The records custodian in the Practice dialog (issue 17, the "professional will"): who it is,
naming one (a therapist), the custodian's request for custody of a departed or incapacitated
therapist's case, and the supervisor's countersignature. The core decides (``ws.custody``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.errors import PermissionDenied, UnknownMember
from triad.roles import Role
from triad.workspace import Workspace
from ui.messages import message_for
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, error_label


def _name(ws: Workspace, member_id: str) -> str:
    try:
        return ws.members.get(member_id).name
    except UnknownMember:
        return member_id[:8]


class _CustodyForm(DraftDialog):
    """A choice, one typed line, an error line and the action."""

    change: Change | None = None

    def __init__(self, ws: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = ws

    def build(self, title: str, intro: str, choice_label: str, line_label: str,
              ok: str) -> None:
        self.setWindowTitle(title)
        open_at(self, 540, 320)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(choice_label.replace("&", "").rstrip(":"))
        form.addRow(choice_label, self.choice)
        self.line = QLineEdit()
        self.line.setMaxLength(2000)
        self.line.setAccessibleName(line_label.replace("&", "").rstrip(":"))
        form.addRow(line_label, self.line)
        layout.addLayout(form)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = action_buttons(self, layout, ok)
        buttons.accepted.connect(self.save)
        self.line.textChanged.connect(lambda _t: self.error.clear())

    def offer(self, items: list[tuple[str, str]], empty: str) -> None:
        for text, data in items:
            self.choice.addItem(text, data)
        self.empty.setText("" if items else empty)
        self.empty.setVisible(not items)
        for w in (self.choice, self.line, self.ok_button):
            w.setEnabled(bool(items))

    def save(self) -> None:
        raise NotImplementedError

    def write(self, call: object) -> None:
        try:
            self.change = call()  # type: ignore[operator]
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()


class TakeCustodyDialog(_CustodyForm):
    """The records custodian asks for custody of another therapist's case, with the reason."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.build(self.tr("Take custody of a case"), self.tr(
            "As the practice's records custodian you may take custody of the cases of a "
            "therapist who left the practice or can no longer practise. Custody moves once the "
            "case's supervisor countersigns your request; until then nothing changes."),
            self.tr("&Case:"), self.tr("&Reason (required):"), self.tr("&Ask for custody"))
        items: list[tuple[str, str]] = []
        empty = self.tr("No other therapist holds a case: there is nothing to take custody of.")
        departed = {m.member_id for m in ws.custody.departed_holders()}
        try:
            for member in ws.members.list(include_removed=True):
                if member.role is not Role.THERAPIST or member.member_id == ws.actor.member_id:
                    continue
                state = self.tr("left the practice") if member.member_id in departed else \
                    self.tr("a member")
                for case in ws.custody.held_cases(member.member_id):
                    items.append((f"{case.code} — {member.name} ({state})", str(case.case_id)))
        except PermissionDenied as exc:  # not (or no longer) the custodian: say why
            empty = message_for(exc)
        self.offer(items, empty)
        self.keep_drafts(ws, DraftKind.CUSTODY_REQUEST)

    def save(self) -> None:
        case_id = self.choice.currentData()
        if case_id:
            self.write(lambda: self.ws.custody.request(str(case_id), self.line.text()))


class CountersignCustodyDialog(_CustodyForm):
    """The supervisor countersigns a take-over: custody moves to the records custodian."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.build(self.tr("Countersign a take-over"), self.tr(
            "The records custodian asks for custody of a case you supervise. Countersign when "
            "the therapist who holds it has left or can no longer practise: the custodian then "
            "holds the case."), self.tr("&Request:"), self.tr("&Comment:"),
            self.tr("&Countersign"))
        items = [(self.tr("%1 — %2 asks: %3").replace("%1", r.code).replace(
                      "%2", _name(ws, r.custodian_id)).replace("%3", r.reason),
                  f"{r.case_id} {r.request_id}") for r in ws.custody.awaiting_me()]
        self.offer(items, self.tr("No take-over awaits your countersignature."))
        self.keep_drafts(ws, DraftKind.CUSTODY_COUNTERSIGN)

    def save(self) -> None:
        data = self.choice.currentData()
        if data:
            case_id, request_id = str(data).split(" ", 1)
            self.write(lambda: self.ws.custody.countersign(case_id, self.line.text(), request_id))


class CustodianBox(QGroupBox):
    """The records custodian: shown to everyone; named by a therapist; the custodian's and the
    supervisor's actions."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Records custodian"), parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Records custodian"))
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Therapist to name as records custodian"))
        self.name_button = QPushButton(self.tr("&Name custodian"))
        self.take_button = QPushButton(self.tr("Take c&ustody…"))
        self.countersign_button = QPushButton(self.tr("Countersign ta&ke-over…"))
        row.addWidget(self.choice, 1)
        row.addWidget(self.name_button)
        row.addWidget(self.take_button)
        row.addWidget(self.countersign_button)
        layout.addLayout(row)
        self.name_button.clicked.connect(self._name)
        self.take_button.clicked.connect(self._take)
        self.countersign_button.clicked.connect(self._countersign)
        self.refresh()

    def refresh(self) -> None:
        ws, me = self.ws, self.ws.actor
        current = ws.custody.records_custodian()
        self.state.setText(self.tr(
            "%s may take custody of the cases of a therapist who leaves or can no longer "
            "practise, with the supervisor's countersignature.") % current.name
            if current is not None else self.tr(
            "No records custodian is named. Name a therapist who will take custody of the "
            "cases of a therapist who leaves or can no longer practise (the professional "
            "will)."))
        self.choice.clear()
        self.choice.addItem(self.tr("No custodian"), "")
        for m in ws.members.list():
            if m.role is Role.THERAPIST:
                self.choice.addItem(m.name, m.member_id)
        if current is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(current.member_id)))
        therapist = me.role is Role.THERAPIST
        self.choice.setVisible(therapist)
        self.name_button.setVisible(therapist)
        self.choice.setEnabled(therapist)
        is_custodian = current is not None and current.member_id == me.member_id
        self.take_button.setVisible(is_custodian)
        awaiting = ws.custody.awaiting_me()
        self.countersign_button.setVisible(me.role is Role.SUPERVISOR)
        self.countersign_button.setEnabled(bool(awaiting))
        self.countersign_button.setToolTip("" if awaiting else self.tr(
            "No take-over awaits your countersignature."))

    def _say(self, text: str) -> None:
        self.state.setText(text)

    def _name(self) -> None:
        member_id = self.choice.currentData()
        try:
            self.ws.custody.name_custodian(str(member_id) if member_id else None)
        except Exception as exc:
            self._say(message_for(exc))
            return
        self.refresh()
        self.changed.emit()

    def _take(self) -> None:
        dialog = TakeCustodyDialog(self.ws, self)
        if dialog.exec() and dialog.change is not None:
            self.refresh()
            self.changed.emit()  # the dialog reads everything again, then this says what happened
            self._say(self.tr("Custody asked for. It moves to you when the case's supervisor "
                              "countersigns."))

    def _countersign(self) -> None:
        dialog = CountersignCustodyDialog(self.ws, self)
        if dialog.exec() and dialog.change is not None:
            self.refresh()
            self.changed.emit()
            self._say(self.tr("Countersigned: the records custodian holds the case now."))
