"""The exchange panel: identity cards, contacts, sharing a case, case packets by file or by
exchange folders (a USB stick, a share, a Syncthing folder). Nothing here opens a network
connection; packets are files, encrypted to their recipient.

``InboxWatcher`` watches the contacts' inbox folders while the vault is open and runs a sync
when a file arrives (and once a minute, for folders whose changes are not signalled)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad import messages as catalogue
from triad.exchange.held import HELD_DAYS
from triad.roles import Role
from triad.workspace import Workspace
from ui.messages import counted_tr, message_for, tr
from ui.messages import tr as message_tr  # the catalogue's context, where tr is shadowed
from ui.ops import Op, Ops
from ui.widgets import dialogs
from ui.widgets.fit import open_at
from ui.widgets.form import clinical_day, clinical_minutes
from ui.widgets.table_model import RowsModel, table_view
from ui.widgets.words import role_word

T = TypeVar("T")

open_file = dialogs.open_file  # here, so tests replace it for this panel only


def _mono(label: QLabel, bigger: int = 3) -> None:
    label.setFont(dialogs.mono_font(bigger))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class ContactModel(RowsModel):
    """One row per contact: (member id, the cells shown)."""

    HEADERS = ("Name", "Role", "Fingerprint", "Confirmed", "To send", "Waiting",
               "Exchange folders")

    def member_id(self, row: int) -> str:
        return str(self.row_at(row)[0])

    def cell(self, row: tuple[str, tuple[str, ...]], column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[1][column]
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None


class CardDialog(QDialog):
    """Shows a card's owner and fingerprint; adding needs the person's word that it matches."""

    def __init__(self, name: str, role: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a contact"))
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("<b>%1</b>, %2").replace("%1", name).replace("%2", role))
        layout.addWidget(who)
        intro = QLabel(self.tr(
            "Before you add them, compare this fingerprint with the one they read to you by phone "
            "or in person (not by e-mail or chat, which the card itself may have travelled by). "
            "Their app shows it under Exchange → My identity card."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fingerprint = QLabel(fingerprint)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        _mono(self.fingerprint, 5)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignCenter)
        self.matches = QCheckBox(self.tr("It &matches what they read to me"))
        layout.addWidget(self.matches)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = buttons.addButton(self.tr("Add contact"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add.setEnabled(False)
        self.matches.toggled.connect(self.add.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class FoldersDialog(QDialog):
    def __init__(self, name: str, outbox: str, inbox: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange folders"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Triad writes packets for %s to the outbox and picks up theirs from the inbox while "
            "the vault is open. Use folders both of you reach: a USB stick, a network share or a "
            "folder kept in sync by Syncthing. Packets are encrypted; leave a field empty to stop.")
            % name)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.outbox, self.inbox = QLineEdit(outbox), QLineEdit(inbox)
        for label, field in ((self.tr("&Outbox"), self.outbox), (self.tr("&Inbox"), self.inbox)):
            field.setAccessibleName(label.replace("&", ""))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            browse = QPushButton(self.tr("Choose…"))
            browse.clicked.connect(lambda _=False, f=field: self._browse(f))
            row.addWidget(browse)
            form.addRow(label, row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self, field: QLineEdit) -> None:
        path = dialogs.choose_folder(self, self.tr("Choose a folder"))
        if path:
            field.setText(path)

    def values(self) -> tuple[str | None, str | None]:
        return self.outbox.text().strip() or None, self.inbox.text().strip() or None


class ExchangeDialog(QDialog):
    """Everything about exchange in one place; ``changed`` after anything was imported."""

    changed = Signal()

    def __init__(self, ws: Workspace, ops: Ops, case_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.ops, self.case_id = ws, ops, case_id
        self.setWindowTitle(self.tr("Exchange"))
        open_at(self, 900, 660)
        layout = QVBoxLayout(self)
        from ui.exchange.guide import ExchangeGuide

        self.guide = ExchangeGuide()  # shown while there is no contact (issue 15)
        layout.addWidget(self.guide)
        me = QGroupBox(self.tr("My identity card"))
        me_row = QHBoxLayout(me)
        card = ws.exchange.my_card()
        self.my_fingerprint = QLabel(card.fingerprint)
        self.my_fingerprint.setAccessibleName(self.tr("My fingerprint"))
        _mono(self.my_fingerprint)
        explain = QLabel(self.tr("Give your card file to the others in your triad and read them "
                                 "this fingerprint by phone or in person:"))
        explain.setWordWrap(True)
        self.save_card = QPushButton(self.tr("&Save my card…"))
        me_row.addWidget(explain, 1)
        me_row.addWidget(self.my_fingerprint)
        me_row.addWidget(self.save_card)
        layout.addWidget(me)
        contacts = QGroupBox(self.tr("Contacts"))
        box = QVBoxLayout(contacts)
        self.model = ContactModel()
        self.table = table_view(self.model, self.tr("Contacts"), alternate=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        self.empty = QLabel(self.tr(
            "No contacts yet. Ask the others in your triad for their identity card file, then "
            "Add contact from card… and compare fingerprints."))
        self.empty.setWordWrap(True)
        box.addWidget(self.empty)
        row = QHBoxLayout()
        self.import_card = QPushButton(self.tr("&Add contact from card…"))
        self.share = QPushButton(self.tr("S&hare this case"))
        self.folders_button = QPushButton(self.tr("&Folders…"))
        self.write = QPushButton(self.tr("&Write packet…"))
        self.guide_button = QPushButton(self.tr("How e&xchange works"))
        self.guide_button.setCheckable(True)
        self.guide_button.toggled.connect(self.guide.setVisible)
        for b in (self.import_card, self.share, self.folders_button, self.write):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(contacts, 1)
        incoming = QHBoxLayout()
        self.read = QPushButton(self.tr("&Import packet…"))
        self.sync_button = QPushButton(self.tr("S&ync folders now"))
        incoming.addWidget(self.read)
        incoming.addWidget(self.sync_button)
        incoming.addStretch(1)
        incoming.addWidget(self.guide_button)
        layout.addLayout(incoming)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        layout.addWidget(self.busy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.save_card.clicked.connect(self._save_card)
        self.import_card.clicked.connect(self._import_card)
        self.share.clicked.connect(self._share)
        self.folders_button.clicked.connect(self._folders)
        self.write.clicked.connect(self._write)
        self.read.clicked.connect(self._read)
        self.sync_button.clicked.connect(self._sync)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    # -- state --
    def reload(self) -> None:
        rows = []
        waits = self.ws.exchange.held_from()
        for c in self.ws.exchange.contacts():
            w = waits.get(c.member_id)
            held_note = self.tr("%1 (since %2)").replace("%1", str(w.items)).replace(
                "%2", clinical_day(w.oldest)) if w else "—"
            folders = " · ".join(x for x in (c.outbox and self.tr("out: %s") % c.outbox,
                                              c.inbox and self.tr("in: %s") % c.inbox) if x)
            pending = self.tr("something new") if self.ws.exchange.pending(c.member_id) else "—"
            rows.append((c.member_id, (c.name, role_word(c.role), c.fingerprint,
                                       clinical_minutes(c.confirmed_at), pending, held_note,
                                       folders or self.tr("none"))))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.guide_button.setChecked(not rows)  # first use: explained; later on request
        self.guide.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        held = self.ws.exchange.held()
        if held:
            waiting = sum(len(h.seqs) for h in held)
            self.outcome.setText(self.tr(
                "%n entries are held until the packets before them arrive.", "", waiting) + " "
                + self.tr("An entry that waits %1 days is dropped; its sender's next packet "
                          "carries it again.").replace("%1", str(HELD_DAYS)))
        self._enable()

    def _selected(self) -> str:
        index = self.table.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else ""

    def _enable(self) -> None:
        chosen = bool(self._selected())
        therapist = self.ws.actor.role is Role.THERAPIST
        for b in (self.folders_button, self.write):
            b.setEnabled(chosen)
            b.setToolTip("" if chosen else self.tr("Choose a contact first."))
        self.share.setEnabled(chosen and therapist and bool(self.case_id))
        self.share.setToolTip(
            self.tr("Only a therapist shares a case.") if not therapist else
            self.tr("Open a case first.") if not self.case_id else
            self.tr("Choose a contact first.") if not chosen else
            self.tr("Add the contact to this case's triad in their role."))

    def _run(self, work: Callable[[], T], done: Callable[[T], object]) -> None:
        def working(on: bool) -> None:
            self.busy.setVisible(on)
            for b in self.findChildren(QPushButton):
                b.setEnabled(not on)
            if not on:
                self._enable()

        Op(self.ops, self, work).busy(working).success(done).failure(
            lambda exc: self.outcome.setText(message_for(exc))).run()

    # -- actions --
    def _save_card(self) -> None:
        from triad.vault.files import atomic_write

        path = dialogs.save_file(self, self.tr("Save my identity card"), "triad-card.triadcard",
                                 self.tr("Identity card (*.triadcard)"))
        if not path:
            return
        try:
            atomic_write(Path(path), self.ws.exchange.my_card().to_bytes(), 0o644)
        except Exception as exc:
            dialogs.error(self, message_for(exc))
            return
        self.outcome.setText(self.tr("Card saved. Read them your fingerprint: %s")
                            % self.my_fingerprint.text())

    def import_path(self, path: Path) -> None:
        """A packet or card given at start (a double-click, ui/app.py): a card goes through
        the fingerprint comparison, a packet is imported once the person says yes."""
        from ui.exchange.open_with import ask_packet, missing

        if not path.is_file():
            dialogs.error(self, missing(path))
        elif path.suffix.lower() == ".triadcard":
            self.import_card_file(path)
        elif ask_packet(self, path):
            self.read_packet(path)
        else:
            self.outcome.setText(self.tr("Nothing was imported from %s.") % path.name)

    def _import_card(self) -> None:
        path = open_file(self, self.tr("Choose an identity card"),
                         self.tr("Identity card (*.triadcard *.json)"))
        if path:
            self.import_card_file(Path(path))

    def import_card_file(self, path: Path) -> None:
        try:
            card = self.ws.exchange.read_card(path.read_bytes())
        except Exception as exc:
            dialogs.error(self, message_for(exc))
            return
        dialog = CardDialog(card.name, role_word(card.role), card.fingerprint, self)
        if not dialog.exec():
            return
        try:
            contact = self.ws.exchange.import_card(card, card.fingerprint)
        except Exception as exc:
            dialogs.error(self, message_for(exc))
            return
        self.outcome.setText(self.tr("%s is now a contact.") % contact.name)
        self.reload()
        self.changed.emit()

    def _share(self) -> None:
        member_id = self._selected()
        try:
            change = self.ws.exchange.share(self.case_id, member_id)
        except Exception as exc:
            dialogs.error(self, message_for(exc))
            return
        name = self.ws.exchange.contact(member_id).name
        self.outcome.setText(self.tr("%s is now in this case's triad. Write them a packet to "
                                    "send the case.") % name if change else
                            self.tr("%s is already in this case's triad.") % name)
        self.reload()
        self.changed.emit()

    def _folders(self) -> None:
        member_id = self._selected()
        contact = self.ws.exchange.contact(member_id)
        dialog = FoldersDialog(contact.name, contact.outbox or "", contact.inbox or "", self)
        if not dialog.exec():
            return
        try:
            self.ws.exchange.set_folders(member_id, *dialog.values())
        except Exception as exc:
            dialogs.error(self, message_for(exc))
            return
        self.reload()
        self.changed.emit()

    def _write(self) -> None:
        member_id = self._selected()
        path = dialogs.save_file(self, self.tr("Save the packet"), "triad-packet.triadpacket",
                                 self.tr("Triad packet (*.triadpacket)"))
        if not path:
            return
        ws = self.ws

        def done(packet: Any) -> None:
            text = self.tr(
                "Packet %1 written: %2 entries for %n case(s). Give the file to them; only they "
                "can open it.", "", len(packet.case_ids)).replace("%1", str(packet.number)).replace(
                "%2", str(packet.entries + packet.views + packet.headers))
            if packet.withheld:
                text += " " + left_out_note(ws, packet.withheld)
            self.outcome.setText(text)
            self.reload()

        self._run(lambda: ws.exchange.write_packet(member_id, Path(path)), done)

    def _read(self) -> None:
        path = open_file(self, self.tr("Choose a packet"),
                         self.tr("Triad packet (*.triadpacket *.age);;All files (*)"))
        if path:
            self.read_packet(Path(path))

    def read_packet(self, path: Path) -> None:
        ws = self.ws

        def done(result: Any) -> None:
            if result.duplicate:
                self.outcome.setText(self.tr("This packet was imported before; nothing changed."))
            else:
                text = self.tr(
                    "Packet imported: %1 new entries, %2 held until earlier packets arrive.")
                text = text.replace("%1", str(result.added + result.released)).replace(
                    "%2", str(result.held))
                if result.expired:
                    text += " " + self.tr(
                        "%1 entries that waited more than %2 days for earlier packets were "
                        "dropped; their senders' next packets carry them again.").replace(
                        "%1", str(result.expired)).replace("%2", str(HELD_DAYS))
                if result.older is not None:  # the contact saw a newer state of this vault
                    text += " " + catalogue.older_by_peer(result.older.packets,
                                                          result.older.entries, tr,
                                                          counted_tr)
                self.outcome.setText(text)
            self.reload()
            self.changed.emit()

        self._run(lambda: ws.exchange.import_packet(path.read_bytes()), done)

    def _sync(self) -> None:
        ws = self.ws

        def done(report: Any) -> None:
            self.outcome.setText(describe_sync(report, ws))
            self.reload()
            self.changed.emit()

        self._run(lambda: ws.exchange.sync(retry_rejected=True), done)


def left_out_note(ws: Workspace, case_ids: Any) -> str:
    """The note for cases a packet left out because no release of information is in force."""
    codes = []
    for case_id in dict.fromkeys(case_ids):
        try:
            state = ws.exchange.release(case_id)
            why = catalogue.release_lapse(state.state, clinical_day(state.since), tr)
            codes.append(f"{ws.cases.get(case_id).code} ({why})")
        except Exception:  # a case no longer readable here: its code is not needed
            continue
    if ws.actor.role is Role.SURROGATE:
        text = QCoreApplication.translate(
            "ExchangeDialog",
            "Left out: %1. No release of information is in force for it, so nothing new about it "
            "was sent; what you wrote stays in your vault until a new release from the client "
            "reaches you.")
    else:
        text = QCoreApplication.translate(
            "ExchangeDialog",
            "Left out: %1. No release of information is in force for it, so nothing written "
            "since it ended was sent; record the client's new release on the Consent tab first.")
    return text.replace("%1", ", ".join(codes) or "?")


def describe_sync(report: Any, ws: Workspace | None = None) -> str:
    parts = [QCoreApplication.translate("ExchangeDialog", "%n packet(s) imported", "",
                                        len(report.imported)),
             QCoreApplication.translate("ExchangeDialog", "%n written", "", len(report.written))]
    if report.rejected:
        parts.append(QCoreApplication.translate(
            "ExchangeDialog", "%n refused (damaged, or not for you)", "", len(report.rejected)))
    if report.unavailable:
        parts.append(QCoreApplication.translate(
            "ExchangeDialog", "%n folder(s) not reachable", "", len(report.unavailable)))
    text = ", ".join(parts) + "."
    older = [r.older for r in report.imported if getattr(r, "older", None) is not None]
    if older:  # a contact saw a newer state of this vault (issue 18, triad/exchange/rollback.py)
        text += " " + catalogue.older_by_peer(max(o.packets for o in older),
                                              max(o.entries for o in older), message_tr,
                                              counted_tr)
    withheld = getattr(report, "withheld", ())
    if withheld and ws is not None:
        text += " " + left_out_note(ws, [c for _peer, c in withheld])
    return text


class InboxWatcher(QObject):
    """While the vault is open: sync when a file lands in an inbox, and once a minute."""

    synced = Signal(object)  # SyncReport

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.ws: Workspace | None = None
        self._withheld: set[tuple[str, str]] = set()  # last pass's cases left out
        self.watcher = QFileSystemWatcher(self)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(1500)  # let a copy finish
        self.watcher.directoryChanged.connect(lambda _p: self.soon.start())
        self.soon.timeout.connect(self.sync)
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.sync)

    def start(self, ws: Workspace) -> None:
        self.ws = ws
        self.rewatch()
        self.minute.start()

    def rewatch(self) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self.ws is None:
            return
        inboxes = [c.inbox for c in self.ws.exchange.contacts() if c.inbox and Path(c.inbox).is_dir()]
        if inboxes:
            self.watcher.addPaths(inboxes)

    def has_folders(self) -> bool:
        return self.ws is not None and any(c.inbox or c.outbox for c in self.ws.exchange.contacts())

    def sync(self) -> None:
        """A pass over the folders, on the GUI thread (a packet imports in milliseconds;
        the database is never shared with a half-done worker job)."""
        if self.ws is None or not self.has_folders():
            return
        if self.ops.busy:  # the worker has the database; come back shortly
            self.soon.start()
            return
        try:
            report = self.ws.exchange.sync()
        except Exception:  # a vanished folder, a full disk: try again next time
            return
        self.rewatch()
        withheld = {(str(p), str(c)) for p, c in report.withheld}
        if report.imported or report.written or report.rejected or withheld != self._withheld:
            self.synced.emit(report)  # a case newly left out (or let through) is news too
        self._withheld = withheld

    def stop(self) -> None:
        self.ws = None
        self.soon.stop()
        self.minute.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
