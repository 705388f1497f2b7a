"""Every dialog of the app fits a 1366x768 laptop with a title bar and a taskbar (issue 15):
its minimum size and the size it opens at both fit in 1366x668 (768 minus 100 px).

The dialogs are found by walking ``ui/``: every ``QDialog`` subclass the app defines must have a
way to be built here (``FACTORIES``), so a new dialog is measured as soon as it exists."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

import ui
from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.amendments import FieldConflict, Version
from triad.casefile.signatures import Scan
from triad.errors import VaultOlder
from triad.workspace import Workspace
from ui.ops import Ops

LAPTOP = QSize(1366, 768)
ROOM = QSize(1366, 768 - 100)  # a title bar and a taskbar taken off
BASES = {"DraftDialog", "_WriteDialog", "WriteDialog", "_FormDialog", "_CustodyForm"}  # never shown themselves
CASE = "C-2026-001"  # the demo's active case with sessions, debriefs and consent records
AIDS = "C-2026-002"  # a case with aids
LONG = "A long answer that wraps over several lines. " * 12


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in ``ui/``, by class name."""
    found: dict[str, type[QDialog]] = {}
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if (isinstance(value, type) and issubclass(value, QDialog)
                    and value.__module__.startswith("ui.")):
                found[value.__name__] = value
    return found


@dataclass
class Practice:
    """The demo practice as each role opens it, and a parent window."""

    therapist: Workspace
    surrogate: Workspace
    supervisor: Workspace
    parent: QWidget
    ops: Ops

    @property
    def case_id(self) -> str:
        return self.therapist.cases.get(CASE).case_id


def _held(p: Practice) -> Any:
    return next(s for s in p.therapist.sessions.list(p.case_id)
                if s.debrief is not None and s.debrief.reviews)


def _kind(p: Practice, kind: str) -> Any:
    """The case's last session of ``kind`` with its note or minutes."""
    return [s for s in p.therapist.sessions.list(p.case_id) if s.kind == kind][-1]


def _recorded(p: Practice) -> Any:
    """A session whose outcome is recorded: the dialog corrects it (its fullest form)."""
    return next(s for s in p.therapist.sessions.list(p.case_id) if s.outcome_record is not None)


def _request(p: Practice) -> Any:
    """An open amendment request of the case with long words (nothing written)."""
    from triad.casefile.requests import ClientRequest

    return ClientRequest("r-1", p.case_id, "amendment", "2026-11-20", "2026-12-20", 30, LONG,
                         "", "pronouns", "", p.therapist.actor.member_id, "2026-11-20T10:00:00Z")


def _record(p: Practice) -> object:
    return p.therapist.consent.records(p.case_id)[0]


def _png() -> bytes:
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)  # an A4 page at 150 dpi
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _conflict(p: Practice) -> list[FieldConflict]:
    held = _held(p)
    versions = tuple(Version(f"e{n}", LONG, p.therapist.actor.member_id, "2026-11-20T10:00:00Z",
                             "from the phone call") for n in range(2))
    return [FieldConflict(held.debrief.entry_id, "went_well", versions)]  # type: ignore[attr-defined]


def _scan() -> Scan:
    data = _png()
    return Scan(data, "image/png", sha256(data).hexdigest())


def _build(name: str, p: Practice) -> QDialog:
    from triad.casefile import forms
    from ui.casefile.audit.findings import NoteDialog
    from ui.casefile.consent.aids import AddAidDialog, RetireAidDialog
    from ui.casefile.consent.dialogs import GiveConsentDialog, PrintFormDialog, RevokeDialog
    from ui.casefile.consent.signing import CountersignDialog, ScanDialog
    from ui.casefile.overview.capacity import CapacityDialog
    from ui.casefile.overview.dialogs import (
        EditClientDialog,
        GoalDialog,
        ProgressDialog,
        StatusDialog,
        TeamDialog,
    )
    from ui.casefile.overview.handover import HandoverDialog
    from ui.casefile.overview.request_dialogs import CloseRequestDialog, RecordRequestDialog
    from ui.casefile.plan.edit import PlanEditDialog, TemplateDialog
    from ui.casefile.reports.client_copy import ClientCopyDialog
    from ui.casefile.sessions.cosign import CosignDialog
    from ui.casefile.sessions.debrief_form import DebriefDialog, ReviewDialog
    from ui.casefile.sessions.forms import MeasureDialog, ScheduleDialog
    from ui.casefile.sessions.notes import MinutesDialog, PrivateNoteDialog, ProgressNoteDialog
    from ui.casefile.sessions.outcome import OutcomeDialog, RescheduleDialog
    from ui.casefile.sessions.settle import SettleDialog
    from ui.cases.new_case import NewCaseDialog
    from ui.exchange.dialog import CardDialog, ExchangeDialog, FoldersDialog
    from ui.main.help import DataDialog, ShortcutsDialog
    from ui.main.preferences import PreferencesDialog
    from ui.practice.credential import CredentialDialog
    from ui.practice.custody import CountersignCustodyDialog, TakeCustodyDialog
    from ui.practice.dialog import PracticeDialog
    from ui.practice.members import AddMemberDialog, PassphraseDialog
    from ui.practice.restore import RestoreDialog
    from ui.records.dialog import ReasonDialog, RecordsDialog
    from ui.start.countdown import LockCountdown
    from ui.start.create import DemoDialog
    from ui.start.older import OlderVaultDialog
    from ui.start.recover import RecoverDialog
    from ui.supervision.queue import FindingsQueueDialog
    from ui.widgets.recovery_code import RecoveryCodeDialog

    t, s, parent, case_id = p.therapist, p.surrogate, p.parent, p.case_id
    case = t.cases.get(case_id)
    record = t.consent.records(case_id)[0]
    builders: dict[str, Callable[[], QDialog]] = {
        "CapacityDialog": lambda: CapacityDialog(t, case_id, CASE, t.local_now(), parent),
        "EditClientDialog": lambda: EditClientDialog(t, case, True, parent),
        "TeamDialog": lambda: TeamDialog(t, case, parent),
        "StatusDialog": lambda: StatusDialog(t, case, "paused", parent),
        "GoalDialog": lambda: GoalDialog(t, case_id, parent),
        "ProgressDialog": lambda: ProgressDialog(t, case_id, t.cases.goals(case_id)[0],
                                                 t.local_now(), parent),
        "TemplateDialog": lambda: TemplateDialog(t.plans.templates(), parent),
        "PlanEditDialog": lambda: PlanEditDialog(t, case_id, t.plans.current(case_id), parent),
        "NoteDialog": lambda: NoteDialog(parent, "Sign off F-1", LONG, "&Comment (required)",
                                         "&Sign off", "Write a comment first."),
        "DebriefDialog": lambda: DebriefDialog(s, s.sessions.get(_held(p).session_id),  # type: ignore[attr-defined]
                                               parent, amend=True),
        "ReviewDialog": lambda: ReviewDialog(t, _held(p), parent, details=f"<p>{LONG}</p>" * 6),  # type: ignore[arg-type]
        "SettleDialog": lambda: SettleDialog(t, _conflict(p), {}, lambda _f, v: str(v), parent),
        "ScheduleDialog": lambda: ScheduleDialog(t, case_id, parent),
        "MeasureDialog": lambda: MeasureDialog(t, case_id, parent),
        "AddAidDialog": lambda: AddAidDialog(t, case_id, parent),
        "RetireAidDialog": lambda: RetireAidDialog(
            t, AIDS, t.aids.list(AIDS)[0], parent),
        "CountersignDialog": lambda: CountersignDialog(
            t, case_id, record, forms.form(record.form_id, record.form_version), parent),
        "ScanDialog": lambda: ScanDialog(_scan(), "C-2026-001-signed.png", parent),
        "GiveConsentDialog": lambda: GiveConsentDialog(t, case_id, parent),
        "RevokeDialog": lambda: RevokeDialog(t, case_id, record, "Consent to surrogate partner work",
                                             parent),
        "PrintFormDialog": lambda: PrintFormDialog(t.consent.forms(), parent),
        "ClientCopyDialog": lambda: ClientCopyDialog(t, case_id, "client-copy", parent=parent),
        "NewCaseDialog": lambda: NewCaseDialog(t, parent),
        "RecoverDialog": lambda: RecoverDialog(demo.THERAPIST, parent),
        "OlderVaultDialog": lambda: OlderVaultDialog(VaultOlder(1234, "2026-11-20"), parent),
        "LockCountdown": lambda: LockCountdown(parent),
        "DemoDialog": lambda: DemoDialog(parent),
        "CardDialog": lambda: CardDialog(demo.SURROGATES[0], "surrogate", "ABCD " * 12, parent),
        "FoldersDialog": lambda: FoldersDialog(demo.SURROGATES[0], "/home/maren/outbox",
                                               "/home/maren/inbox", parent),
        "ExchangeDialog": lambda: ExchangeDialog(t, p.ops, case_id, parent),
        "PreferencesDialog": lambda: PreferencesDialog(15, "system", parent, t),  # + retention
        "ShortcutsDialog": lambda: ShortcutsDialog(parent, parent),
        "DataDialog": lambda: DataDialog("/home/maren/Documents/practice.triad",
                                         "/home/maren/.config/triad/triad.ini", parent),
        "AddMemberDialog": lambda: AddMemberDialog(t, p.ops, parent),
        "PassphraseDialog": lambda: PassphraseDialog(t, p.ops, parent),
        "PracticeDialog": lambda: PracticeDialog(t, p.ops, "/home/maren/practice.triad", parent),
        "CredentialDialog": lambda: CredentialDialog(t, parent),
        "RestoreDialog": lambda: RestoreDialog(p.ops, demo.THERAPIST, "practice.triad", parent),
        # issue 16: the therapist's notes, what happened to a session, moving one, co-signing
        # (each on the record it amends, the fullest form), the supervisor's findings queue
        "ProgressNoteDialog": lambda: ProgressNoteDialog(
            t, _kind(p, "therapist_session"), parent,
            note=t.notes.progress(_kind(p, "therapist_session").session_id)),
        "MinutesDialog": lambda: MinutesDialog(
            t, _kind(p, "three_way_meeting"), parent,
            minutes=t.notes.minutes(_kind(p, "three_way_meeting").session_id)),
        "PrivateNoteDialog": lambda: PrivateNoteDialog(t, _kind(p, "therapist_session"), parent),
        "OutcomeDialog": lambda: OutcomeDialog(t, _recorded(p), parent),
        "RescheduleDialog": lambda: RescheduleDialog(t, _kind(p, "therapist_session"), parent),
        "CosignDialog": lambda: CosignDialog(
            p.supervisor, _held(p), _held(p).debrief.reviews[0].entry_id,  # type: ignore[attr-defined]
            f"<p>{LONG}</p>" * 6, parent),
        "FindingsQueueDialog": lambda: FindingsQueueDialog(p.supervisor, parent),
        # issue 17: retention and disposal, and the reason each disposal asks for
        "RecordsDialog": lambda: RecordsDialog(t, parent),
        "ReasonDialog": lambda: ReasonDialog("Dispose of C-2026-001", LONG, "Continue", parent),
        # issue 17: the client's requests (closing an amendment request refused: its fullest)
        "RecordRequestDialog": lambda: RecordRequestDialog(t, case_id, CASE, case.opened_at,
                                                           parent),
        "CloseRequestDialog": lambda: CloseRequestDialog(t, _request(p), parent),
        # issue 17: the hand-over, the custodian's request, the supervisor's countersignature
        "HandoverDialog": lambda: HandoverDialog(t, case, parent),
        "TakeCustodyDialog": lambda: TakeCustodyDialog(t, parent),
        "CountersignCustodyDialog": lambda: CountersignCustodyDialog(p.supervisor, parent),
        "RecoveryCodeDialog": lambda: RecoveryCodeDialog(
            "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH", "practice.triad", parent),
    }
    return builders[name]()


@pytest.fixture(scope="module")
def practice(demo_path: Path, qapp: object) -> Iterator[Practice]:
    opened = [open_as(demo_path, who) for who in (None, demo.SURROGATES[0], demo.SUPERVISOR)]
    parent = QWidget()
    try:
        yield Practice(*opened, parent, Ops(synchronous=True))
    finally:
        for ws in opened:
            ws.close()
        parent.deleteLater()


@pytest.fixture(autouse=True)
def a_laptop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialogs open as on a 1366x768 laptop (the offscreen screen is 800x600)."""
    from ui.widgets import fit

    monkeypatch.setattr(fit, "screen_size", lambda _widget: QSize(LAPTOP))


def opening_size(d: QDialog) -> QSize:
    """The size ``d`` opens at on a 1366x768 screen: the size its code asked for, or else Qt's
    own choice (its size hint, at most two thirds of the screen); never below its minimum."""
    layout = d.layout()
    if layout is not None:
        layout.activate()
    if d.testAttribute(Qt.WidgetAttribute.WA_Resized):
        size = d.size()
    else:
        size = d.sizeHint().boundedTo(QSize(LAPTOP.width() * 2 // 3, LAPTOP.height() * 2 // 3))
    return size.expandedTo(minimum_size(d))


def minimum_size(d: QDialog) -> QSize:
    layout = d.layout()
    if layout is not None:
        layout.activate()
    return d.minimumSize().expandedTo(d.minimumSizeHint())


def test_every_dialog_of_the_app_is_measured() -> None:
    assert set(dialog_classes()) - BASES == set(NAMES), (
        "a dialog was added or renamed: give it a builder in _build")


NAMES = (
    "CapacityDialog", "EditClientDialog", "TeamDialog", "StatusDialog", "GoalDialog",
    "ProgressDialog", "TemplateDialog", "PlanEditDialog", "NoteDialog", "DebriefDialog",
    "ReviewDialog", "SettleDialog", "ScheduleDialog", "MeasureDialog", "AddAidDialog",
    "RetireAidDialog", "CountersignDialog", "ScanDialog", "GiveConsentDialog", "RevokeDialog",
    "PrintFormDialog", "NewCaseDialog", "RecoverDialog", "LockCountdown", "DemoDialog",
    "CardDialog", "FoldersDialog", "ExchangeDialog", "PreferencesDialog", "ShortcutsDialog",
    "DataDialog", "AddMemberDialog", "PassphraseDialog", "PracticeDialog", "CredentialDialog",
    "RestoreDialog", "RecoveryCodeDialog", "ProgressNoteDialog", "MinutesDialog",
    "PrivateNoteDialog", "OutcomeDialog", "RescheduleDialog", "CosignDialog",
    "FindingsQueueDialog", "ClientCopyDialog", "RecordsDialog", "ReasonDialog",
    "RecordRequestDialog", "CloseRequestDialog",
    "HandoverDialog", "TakeCustodyDialog", "CountersignCustodyDialog",
    "OlderVaultDialog",  # issue 18
)


@pytest.mark.parametrize("name", NAMES)
def test_the_dialog_fits_a_1366x768_laptop(qtbot: QtBot, practice: Practice, name: str) -> None:
    d = _build(name, practice)
    qtbot.addWidget(d)
    least, opens = minimum_size(d), opening_size(d)
    assert least.width() <= ROOM.width() and least.height() <= ROOM.height(), (
        f"{name} needs at least {least.width()}x{least.height()}")
    assert opens.width() <= ROOM.width() and opens.height() <= ROOM.height(), (
        f"{name} opens at {opens.width()}x{opens.height()}")
