"""Every form keeps its drafts (issue 15, "nothing typed is ever lost"): each form dialog where
a person types, typed into and locked (``keep_and_close``), comes back filled in; Esc on it
asks once it changed; and a form dialog that is not a ``DraftDialog`` fails here unless it is
exempt, with its reason, in ``EXEMPT`` (so the rule holds for dialogs written later)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

import ui
from tests.conftest import DEMO_PASS
from tests.core.conftest import ROOT
from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.drafts import DraftKind
from triad.log.kinds import Kind
from triad.workspace import Workspace
from ui.ops import Ops
from ui.settings import Settings
from ui.widgets import drafts
from ui.widgets.drafts import DraftDialog

# A dialog that is not a DraftDialog, and why nothing typed in it needs keeping.
EXEMPT: dict[str, str] = {
    "ui.casefile.consent.printing.PrintFormDialog": "three choices (language, form, page size); nothing typed",
    "ui.casefile.consent.signing.ScanDialog": "shows a scan; nothing typed",
    "ui.casefile.reports.client_copy.ClientCopyDialog": "a preview of the client's copy; at "
                                                        "most one line (who to call) typed at "
                                                        "print time, no clinical text",
    "ui.casefile.plan.edit.TemplateDialog": "one choice from a list; nothing typed",
    "ui.exchange.dialog.CardDialog": "shows an identity card and asks one yes/no question",
    "ui.exchange.dialog.ExchangeDialog": "shows contacts and packets; its forms are their own "
                                         "dialogs",
    "ui.exchange.dialog.FoldersDialog": "two folder paths picked with Browse…, machine settings; "
                                        "no clinical text, nothing a lock costs",
    "ui.main.help.DataDialog": "shows where the data lives; nothing typed",
    "ui.main.help.ShortcutsDialog": "shows the keyboard shortcuts; nothing typed",
    "ui.main.preferences.PreferencesDialog": "two machine preferences (idle minutes, colours), "
                                             "kept in QSettings, and (issue 17) the practice's "
                                             "retention figures with a few words of "
                                             "jurisdiction, saved on OK",
    "ui.records.dialog.RecordsDialog": "lists closed cases and the disposal register; the "
                                       "reason it asks is its own dialog",
    "ui.records.dialog.ReasonDialog": "one reason for an act done at once (a disposal, an "
                                      "authorisation), confirmed right after: not a form left "
                                      "half done",
    "ui.practice.dialog.PracticeDialog": "a window of pages; its forms are their own dialogs",
    "ui.practice.restore.RestoreDialog": "paths, a member name and the backup's passphrase; a "
                                         "passphrase is never kept and the rest takes seconds",
    "ui.start.countdown.LockCountdown": "shows the countdown before the idle lock",
    "ui.start.create.DemoDialog": "only a passphrase (never kept), asked before any vault is open",
    "ui.start.older.OlderVaultDialog": "one reason for opening an older vault, asked at "
                                       "unlock before any vault is open, used at once",
    "ui.start.recover.RecoverDialog": "a recovery code and new passphrases (secrets, never "
                                      "kept), before any vault is open",
    "ui.widgets.recovery_code.RecoveryCodeDialog": "shows the recovery code once; one tick",
    "ui.casefile.sessions.notes.PrivateNoteDialog": "the note is sealed to its author's key; a "
                                                    "draft would lie in the vault unsealed, "
                                                    "readable by any member opening the vault",
}

# Widgets a person types into (their editable uses): a dialog that builds one, or builds a
# widget of ui/ that does, is a form.
TYPED = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QSpinBox", "QDoubleSpinBox", "QDateEdit",
         "QDateTimeEdit", "QTimeEdit")


def _ui_classes() -> dict[str, tuple[type, ast.ClassDef]]:
    """Every class defined in ui/, by its dotted name, with its syntax tree."""
    found: dict[str, tuple[type, ast.ClassDef]] = {}
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        path = Path(str(module.__file__))
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and isinstance(getattr(module, node.name, None), type):
                found[f"{info.name}.{node.name}"] = (getattr(module, node.name), node)
    return found


def _builds(node: ast.ClassDef) -> set[str]:
    """The names a class calls (``QLineEdit(...)``, ``ClientForm(...)``, ``_password(...)``)."""
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            f = call.func
            names.add(f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else "")
    return names


def _forms() -> dict[str, type]:
    """The dialogs of ui/ that build a field a person types into (directly, or through a widget
    or helper of ui/ that does), by dotted name."""
    classes = _ui_classes()
    typed = set(TYPED)
    helpers = {}  # module-level functions of ui/ that make a typed field (reason_edit, _password)
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        path = Path(str(importlib.import_module(info.name).__file__))
        if path.suffix == ".py":
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.FunctionDef):
                    helpers[node.name] = node
    changed = True
    while changed:  # a widget built of a widget built of a line edit is a typed field too
        changed = False
        for name, node in [*helpers.items(), *((n.rsplit(".", 1)[1], c[1]) for n, c in classes.items())]:
            if name not in typed and _builds(node) & typed:  # type: ignore[arg-type]
                typed.add(name)
                changed = True
    return {name: cls for name, (cls, node) in classes.items()
            if issubclass(cls, QDialog) and cls is not DraftDialog
            and not issubclass(cls, QMessageBox)
            and (_builds(node) & typed or any(
                base.__name__ in typed for base in cls.__mro__[1:] if base.__module__.startswith("ui.")))}


def test_every_form_dialog_keeps_drafts_or_says_why_not() -> None:
    forms = _forms()
    missing = sorted(name for name, cls in forms.items()
                     if not issubclass(cls, DraftDialog) and name not in EXEMPT)
    assert missing == [], ("a form dialog that is not a DraftDialog: make it one (base class and "
                           "a keep_drafts line) or add it to EXEMPT with the reason")
    assert "ui.casefile.sessions.forms.MeasureDialog" in forms  # the check sees the forms
    assert "ui.casefile.overview.dialogs.EditClientDialog" in forms  # through ClientForm
    assert "ui.practice.members.PassphraseDialog" in forms  # through _password


def test_every_exemption_names_a_dialog_that_is_not_a_draft_dialog() -> None:
    classes = _ui_classes()
    for name, reason in EXEMPT.items():
        assert name in classes, f"{name} is gone: remove it from EXEMPT"
        assert issubclass(classes[name][0], QDialog) and not issubclass(classes[name][0], DraftDialog)
        assert reason


def test_no_bare_input_dialog_asks_for_text() -> None:
    """QInputDialog.getText and friends lose their text at a lock: a form is a DraftDialog."""
    used = [p.relative_to(ROOT) for p in (ROOT / "ui").rglob("*.py")
            if re.search(r"QInputDialog\.get(Text|MultiLineText|Int|Double)", p.read_text("utf-8"))]
    assert used == []


def test_every_draft_kind_has_words_for_the_offer_at_unlock() -> None:
    words = [drafts.draft_words(k) for k in DraftKind]
    assert "an unfinished form" not in words
    assert len(set(words)) == len(words)


# -- each form: typed, locked, opened again -------------------------------------------------

C1 = "C-2026-001"


def _case(ws: Workspace, code: str = C1) -> str:
    return str(ws.cases.access.resolve(code))


def _with_aid(ws: Workspace) -> tuple[str, object]:
    case_id = next(str(c.case_id) for c in ws.cases.list() if ws.aids.list(c.case_id, False))
    return case_id, ws.aids.list(case_id, include_retired=False)[0]


def _consent(ws: Workspace) -> tuple[str, object]:
    for c in ws.cases.list():
        for r in ws.consent.records(c.case_id):
            if r.grants and not r.revocations and r.status(ws.local_now()) == "in-force":
                return str(c.case_id), r
    raise AssertionError("no consent in force in the demo")


def _awaiting_jonas(ws: Workspace) -> tuple[str, object]:
    me = str(ws.actor.member_id)
    for c in ws.cases.list():
        for r in ws.consent.records(c.case_id):
            if r.surrogate_id == me and r.awaiting:
                return str(c.case_id), r
    raise AssertionError("the demo has no record awaiting Jonas's signature")


def _conflict(ws: Workspace, path: Path) -> list[object]:
    """A debrief field amended apart by Jonas and the therapist (as tests/ui/casefile/
    test_sessions_conflict.py makes one)."""
    case_id = _case(ws)
    session = next(s for s in reversed(ws.sessions.list(case_id)) if s.debrief is not None)
    assert session.debrief is not None
    entry = session.debrief.entry_id
    with open_as(path, demo.SURROGATES[0]) as jonas:
        jonas.amendments.amend(entry, "my wording", {"went_well": "Talked about the pace"})
    ws.append(Kind.ENTRY_AMENDED, {  # written apart: it supersedes nothing
        "target_id": entry, "target_kind": "session.debriefed", "reason": "from the phone call",
        "changes": {"went_well": "Talked; the client asked to slow down"}, "supersedes": []},
        case_id)  # type: ignore[arg-type]
    return list(ws.amendments.conflicts(entry))


def _custody_form(name: str, ws: Workspace, path: Path, case_id: str
                  ) -> Callable[[], DraftDialog]:
    """Issue 17's forms: a second therapist (Dr Keeper) to hand over to; the therapist as
    the records custodian with a case of Dr Keeper's to take; a take-over to countersign."""
    from triad.roles import Role
    from ui.casefile.overview.handover import HandoverDialog
    from ui.practice.custody import CountersignCustodyDialog, TakeCustodyDialog

    with open_as(path) as therapist:
        keeper = therapist.members.add("Dr Keeper", Role.THERAPIST, DEMO_PASS).member_id
        if name == "handover":
            return lambda: HandoverDialog(ws, ws.cases.get(case_id))
        if name == "custody-request":
            therapist.custody.name_custodian(therapist.actor.member_id)
            therapist.handover.transfer(case_id, keeper, "cover")
            return lambda: TakeCustodyDialog(ws)
        therapist.custody.name_custodian(keeper)
    with open_as(path, "Dr Keeper") as custodian:
        custodian.custody.request(case_id, "Dr Holt is ill.")
    return lambda: CountersignCustodyDialog(ws)


def _form(name: str, ws: Workspace, path: Path) -> Callable[[], DraftDialog]:
    """How to open the form ``name`` (a DraftKind value) on the demo, as its member would."""
    from ui.casefile.audit.findings import NoteDialog
    from ui.casefile.consent.aids import AddAidDialog, RetireAidDialog
    from ui.casefile.consent.dialogs import RevokeDialog
    from ui.casefile.consent.signing import CountersignDialog
    from ui.casefile.overview.capacity import CapacityDialog
    from ui.casefile.overview.dialogs import (
        EditClientDialog,
        ProgressDialog,
        StatusDialog,
        TeamDialog,
    )
    from ui.casefile.plan.edit import PlanEditDialog
    from ui.casefile.sessions.forms import MeasureDialog
    from ui.casefile.sessions.settle import SettleDialog
    from ui.ops import Ops
    from ui.practice.credential import CredentialDialog
    from ui.practice.members import AddMemberDialog

    case_id = _case(ws)
    case = ws.cases.get(case_id)
    now = ws.local_now()

    def note(kind: DraftKind) -> DraftDialog:
        finding = ws.audit.run().findings[0]  # the demo's seeded gap
        d = NoteDialog(None, "Note", "a finding", "&Note (required):", "Add note",  # type: ignore[arg-type]
                       "Write the note.")
        d.keep_drafts(ws, kind, finding.case_id, finding.finding_id)  # as FindingsPage._note does
        return d

    if name in ("handover", "custody-request", "custody-countersign"):
        return _custody_form(name, ws, path, case_id)
    if name == "client-details":
        return lambda: EditClientDialog(ws, case)
    if name == "team":
        return lambda: TeamDialog(ws, case)
    if name == "case-status":
        return lambda: StatusDialog(ws, case, "paused")
    if name == "goal-progress":
        goal = ws.cases.goals(case_id)[0]
        return lambda: ProgressDialog(ws, case_id, goal, now)
    if name == "capacity":
        return lambda: CapacityDialog(ws, case_id, case.code, now)
    if name == "measure":
        return lambda: MeasureDialog(ws, case_id)
    if name == "measure-amendment":
        measure = ws.measures.list(case_id)[-1]
        return lambda: MeasureDialog(ws, case_id, measure=measure)
    if name == "settlement":
        conflicts = _conflict(ws, path)
        return lambda: SettleDialog(ws, conflicts, {}, lambda _f, v: str(v),  # type: ignore[arg-type]
                                    case_id=case_id)
    if name == "aid":
        return lambda: AddAidDialog(ws, case_id)
    if name == "aid-retirement":
        aid_case, aid = _with_aid(ws)
        return lambda: RetireAidDialog(ws, aid_case, aid)  # type: ignore[arg-type]
    if name == "revocation":
        consent_case, record = _consent(ws)
        return lambda: RevokeDialog(ws, consent_case, record, "Informed consent")  # type: ignore[arg-type]
    if name == "countersignature":
        from triad.casefile import forms

        signed_case, awaiting = _awaiting_jonas(ws)
        form = forms.form(awaiting.form_id, awaiting.form_version)  # type: ignore[attr-defined]
        return lambda: CountersignDialog(ws, signed_case, awaiting, form)  # type: ignore[arg-type]
    if name == "plan":
        plan = ws.plans.current(case_id)
        assert plan is not None
        return lambda: PlanEditDialog(ws, case_id, plan)
    if name == "sign-off":
        return lambda: note(DraftKind.SIGN_OFF)
    if name == "remediation":
        return lambda: note(DraftKind.REMEDIATION)
    if name == "credential":
        return lambda: CredentialDialog(ws)
    if name == "member":
        return lambda: AddMemberDialog(ws, Ops(synchronous=True))
    if name == "request":  # issue 17
        from ui.casefile.overview.request_dialogs import RecordRequestDialog

        return lambda: RecordRequestDialog(ws, case_id, case.code, case.opened_at)
    if name == "request-closing":  # a request the client made today
        from ui.casefile.overview.request_dialogs import CloseRequestDialog

        asked = ws.requests.get(ws.requests.record(
            case_id, "amendment", ws.local_now()[:10], "Correct my pronouns").subject_id or "")
        return lambda: CloseRequestDialog(ws, asked)
    if name in ("progress-note", "minutes", "outcome", "reschedule", "cosignature"):
        return _session_form(name, ws, path)
    raise AssertionError(name)


def _session_form(name: str, ws: Workspace, path: Path) -> Callable[[], DraftDialog]:
    """Issue 16's forms on a session, each on a record of the demo as its member finds it."""
    from tests.conftest import DEMO_NOW
    from ui.casefile.sessions.cosign import CosignDialog
    from ui.casefile.sessions.notes import MinutesDialog, ProgressNoteDialog
    from ui.casefile.sessions.outcome import OutcomeDialog, RescheduleDialog

    sessions = ws.sessions.list(_case(ws))
    if name == "progress-note":  # its amendment: every past therapist session has its note
        s = [x for x in sessions if x.kind == "therapist_session"][-1]
        return lambda: ProgressNoteDialog(ws, s, note=ws.notes.progress(s.session_id))
    if name == "minutes":
        s = [x for x in sessions if x.kind == "three_way_meeting"][-1]
        return lambda: MinutesDialog(ws, s, minutes=ws.notes.minutes(s.session_id))
    if name == "outcome":  # the no-show Jonas recorded: the therapist corrects it
        s = next(x for x in sessions if x.outcome_record is not None)
        return lambda: OutcomeDialog(ws, s)
    if name == "reschedule":  # a coming session of any case
        coming = next(x for c in ws.cases.list() for x in ws.sessions.list(c.case_id)
                      if x.starts_at > ws.local_now()
                      and ws.scheduling.why_not_reschedule(x) is None)
        return lambda: RescheduleDialog(ws, coming)
    # cosignature: the practice requires it; the therapist reviews a debrief (test_cosign.py)
    ws.audit.update_settings(cosign_from=DEMO_NOW.date().isoformat())
    waiting = next(x for x in sessions if x.debrief is not None and not x.debrief.reviewed)
    with open_as(path, None) as therapist:
        therapist.sessions.review(waiting.session_id, "Discussed pacing; repeat the exercise.")
    s = ws.sessions.get(waiting.session_id)
    assert s.debrief is not None
    review = s.debrief.reviews[0].entry_id
    return lambda: CosignDialog(ws, s, review, "<p>The debrief</p>")


# The member who fills each form in (the therapist unless named).
WHO = {"countersignature": demo.SURROGATES[0], "sign-off": demo.SUPERVISOR,
       "cosignature": demo.SUPERVISOR, "custody-countersign": demo.SUPERVISOR}
NEW = ["client-details", "team", "case-status", "goal-progress", "capacity", "measure",
       "measure-amendment", "settlement", "aid", "aid-retirement", "revocation",
       "countersignature", "plan", "sign-off", "remediation", "credential", "member",
       # issue 16
       "progress-note", "minutes", "outcome", "reschedule", "cosignature",
       # issue 17
       "request", "request-closing", "handover", "custody-request", "custody-countersign"]


def test_the_table_covers_every_new_kind() -> None:
    old = {"debrief", "debrief-amendment", "review", "review-amendment", "session-amendment",
           "schedule", "goal", "consent", "new-case"}  # tests/ui/test_drafts.py
    assert sorted(set(NEW) | old) == sorted(k.value for k in DraftKind)


def _type_into(qtbot: QtBot, dialog: DraftDialog) -> None:
    """Type a few words into the form's last text field (or move its date back a day)."""
    fields = [f for f in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QLineEdit)
              + dialog.findChildren(QTextEdit)
              if f.isVisible() and f.isEnabled() and not f.isReadOnly()
              and (not isinstance(f, QLineEdit) or f.echoMode() == QLineEdit.EchoMode.Normal)
              and not isinstance(f.parentWidget(), QAbstractSpinBox | QComboBox)]
    if fields:
        fields[-1].setFocus()
        qtbot.keyClicks(fields[-1], " kept words")
        return
    dates = [d for d in dialog.findChildren(QDateEdit) if d.isEnabled()]
    if dates:  # a signature: only its day is typed
        dates[0].setDate(dates[0].date().addDays(-1))
        return
    ticks = next(w for w in dialog.findChildren(QListWidget) if w.count())  # the triad
    item = ticks.item(ticks.count() - 1)
    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                       else Qt.CheckState.Checked)


def _open(qtbot: QtBot, make: Callable[[], DraftDialog]) -> DraftDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("name", NEW)
def test_each_form_keeps_its_draft_through_a_lock(qtbot: QtBot, demo_copy: Path, name: str) -> None:
    with open_as(demo_copy, WHO.get(name)) as ws:
        make = _form(name, ws, demo_copy)
        dialog = _open(qtbot, make)
        assert isinstance(dialog, DraftDialog) and not dialog.has_changes()
        _type_into(qtbot, dialog)
        typed = dialog.draft_fields()
        assert dialog.has_changes()
        dialog.keep_and_close()  # what the lock and the window closing do
        assert [d.kind.value for d in ws.drafts.list()] == [name]
        again = _open(qtbot, make)
        assert again.draft_fields() == typed and again.has_changes()
        assert again.findChild(QLabel, "draft-restored") is not None and again.restored_from
        again.done(QDialog.DialogCode.Accepted)  # saved: the draft goes
        assert ws.drafts.list() == []


@pytest.mark.parametrize("name", NEW)
def test_esc_on_each_changed_form_asks(qtbot: QtBot, demo_copy: Path, name: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [drafts.Unsaved.KEEP_EDITING, drafts.Unsaved.KEEP_DRAFT]
    monkeypatch.setattr(drafts, "ask_unsaved", lambda _parent: answers.pop(0))
    with open_as(demo_copy, WHO.get(name)) as ws:
        dialog = _open(qtbot, _form(name, ws, demo_copy))
        _type_into(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert answers == [drafts.Unsaved.KEEP_DRAFT] and dialog.isVisible()  # asked; kept open
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert answers == [] and not dialog.isVisible()
        assert [d.kind.value for d in ws.drafts.list()] == [name]


# -- offered back at unlock: Continue opens the same form, filled in ------------------------

@pytest.mark.parametrize("name", NEW)
def test_continue_at_unlock_opens_each_form_filled_in(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, name: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.start.window import StartWindow

    who = WHO.get(name) or demo.THERAPIST
    with open_as(demo_copy, who) as ws:
        dialog = _open(qtbot, _form(name, ws, demo_copy))
        _type_into(qtbot, dialog)
        typed, form = dialog.draft_fields(), type(dialog)
        dialog.keep_and_close()
    offered: list[str] = []
    opened: list[tuple[type, bool]] = []

    def shown(d: DraftDialog) -> int:
        opened.append((type(d), d.draft_fields() == typed))
        d.keep_and_close()
        return 0

    monkeypatch.setattr(DraftDialog, "exec", shown)
    monkeypatch.setattr(drafts, "offer_draft", lambda _p, sentence: offered.append(sentence)
                        or drafts.Offer.CONTINUE)
    monkeypatch.setattr("ui.widgets.dialogs.info", lambda _p, text: pytest.fail(text))
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.member.setText(who)
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert offered[0].startswith("You have " + drafts.draft_words(DraftKind(name)))
    assert opened == [(form, True)]  # the same form, filled in from the draft
    w.close()


def test_a_debrief_killed_mid_typing_is_continued_filled_in_at_the_next_unlock(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's test: the app process killed mid-debrief (SIGKILL: no lock, no close); at
    the next unlock the debrief is offered, and Continue opens it with what was typed."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from ui.casefile.sessions.debrief_form import DebriefDialog
    from ui.start.window import StartWindow

    text = "Slow start; the breathing helped after ten minutes"
    with open_as(demo_copy) as ws:  # a session held this morning, awaiting Jonas's debrief
        jonas = ws.members.find(demo.SURROGATES[0]).member_id
        awaiting = ws.sessions.schedule(C1, "surrogate_session", "2026-11-23T09:00", 60,
                                        planned_activities=("conversation",),
                                        surrogate_id=jonas).subject_id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRIAD_INSECURE_TEST_KDF": "1",
           "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.draft_child", str(demo_copy), text,
                              awaiting], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split()[0] == awaiting
        time.sleep(2.0)  # typed; autosave (every 0.2 s there) has run
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    opened: list[tuple[str, str]] = []

    def shown(d: DebriefDialog) -> int:
        opened.append((d.session.session_id, d.went_well.toPlainText()))
        d.keep_and_close()
        return 0

    monkeypatch.setattr(DebriefDialog, "exec", shown)
    monkeypatch.setattr(drafts, "offer_draft", lambda _p, _s: drafts.Offer.CONTINUE)
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.member.setText(demo.SURROGATES[0])
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [(awaiting, text)]
    w.close()
