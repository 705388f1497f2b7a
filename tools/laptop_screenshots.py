"""The app on a 1366x768 laptop (issue 15): the screenshots the issue asks for, and a
walk-through of each role's tabs and main dialogs to look at. Run under Xvfb at that size:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python tools/laptop_screenshots.py [--sessions] [WALK_FOLDER]

Writes docs/screenshots/laptop-*.png: the first run, the recovery sheet (the PDF the first run
saves, page 1 rendered by pdftoppm), an unfinished debrief offered back at unlock and restored,
a client found by name, and the Sessions tab of issue 16 (the therapist's note, the surrogate
partner's outcome column, the supervisor's co-signature; ``--sessions``: only those). With
WALK_FOLDER, also every case tab as the therapist, the
surrogate partner and the supervisor, and the main dialogs over the window, into that folder
(for looking at, not kept). Each picture is the whole screen, windows as they open on it: the
main window 1366x668, the room a laptop leaves with a title bar and a taskbar (the black strip
below it; there is no window manager to draw them). Reuses
tools/screenshots.py's set-up (the demo practice, unlocking, picking a case)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, PASS, pick_case, tab_slug, unlock

from triad import demo
from ui import theme
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.widgets import dialogs

WINDOW = (1366, 668)  # 768 less 100 px for a title bar and a taskbar (ui/widgets/fit.py)


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds  # layouts, and QPdfView's own rendering threads
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, folder: Path, name: str) -> None:
    """The whole screen, as the person sees it."""
    settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(folder / f"{name}.png"))
    print(f"wrote {folder.name}/{name}.png")


def on_modal(app: QApplication, folder: Path, name: str, then: Callable[[QDialog], None],
             kind: type[QDialog] = QDialog) -> None:
    """Once a modal dialog of ``kind`` is up: shoot the screen, then ``then(dialog)`` (which
    closes it)."""

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(100, check)
            return
        shoot(app, folder, name)
        then(modal)

    QTimer.singleShot(300, check)


def window(app: QApplication, settings: Settings, vault: Path, who: str | None) -> StartWindow:
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.move(0, 0)
    w.resize(*WINDOW)
    w.show()
    if who is not None:
        unlock(app, w, who)
    return w


def first_run(app: QApplication, settings: Settings, tmp: Path) -> None:
    """The first-run page at the laptop's size; then the recovery sheet it offers to save."""
    w = StartWindow(Ops(synchronous=True), settings, None)
    w.move(0, 0)
    w.resize(*WINDOW)
    w.show()
    page = w.create_page
    page.location.setText(str(tmp / "riverside.triad"))
    page.practice.setText("Riverside Therapy")
    page.name.setText("Dr Łucja Wiśniewska")
    page.passphrase.setText("correct horse battery staple")
    page.credential_body.setText("State Board of Psychology")
    page.credential_number.setText("PSY-20417")
    page.credential_until.setText("2028-06-30")
    shoot(app, OUT, "laptop-first-run")
    w.close()

    from triad import clock
    from triad.reports.service import recovery_sheet

    sheet = tmp / "riverside-recovery-sheet.pdf"
    sheet.write_bytes(recovery_sheet("riverside.triad", "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH",
                                     clock.local_now()))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(sheet),
                    str(OUT / "laptop-recovery-sheet")], check=True)
    print("wrote screenshots/laptop-recovery-sheet.png")


def a_debrief_due(vault: Path) -> tuple[str, str]:
    """A surrogate session of Jonas's held this morning, awaiting his debrief: (case, session)."""
    from triad.workspace import Workspace

    with Workspace.open(vault, PASS, demo.THERAPIST) as ws:
        jonas = ws.members.find(demo.SURROGATES[0]).member_id
        today = ws.local_now()[:10]
        change = ws.sessions.schedule("C-2026-001", "surrogate_session", f"{today}T08:00", 60,
                                      planned_activities=("conversation",), surrogate_id=jonas)
        return str(ws.cases.get("C-2026-001").case_id), str(change.subject_id)


def restored_draft(app: QApplication, settings: Settings, vault: Path) -> None:
    """Jonas starts his debrief, the app closes; at his next unlock it is offered back and
    Continue opens it filled in."""
    from ui.casefile.sessions.debrief_form import DebriefDialog

    _case, session_id = a_debrief_due(vault)
    w = window(app, settings, vault, demo.SURROGATES[0])
    assert w.workspace is not None
    d = DebriefDialog(w.workspace, w.workspace.sessions.get(session_id), w)
    d.location.setText("Studio 2, Riverside practice")
    fields = [name for name, _ in d.draft_fields().items()]
    assert fields
    d.save_draft()
    d._draft_closing = True  # the app "closed": the draft stays kept
    d.close()
    w.close()

    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.move(0, 0)
    w.resize(*WINDOW)
    w.show()

    def restored(form: QDialog) -> None:
        form.keep_and_close()  # type: ignore[attr-defined]

    def continue_(box: QDialog) -> None:
        on_modal(app, OUT, "laptop-draft-restored", restored, DebriefDialog)
        next(b for b in box.findChildren(QPushButton) if "Continue" in b.text()).click()

    on_modal(app, OUT, "laptop-draft-offer", continue_)
    unlock(app, w, demo.SURROGATES[0])
    settle(app, 3.0)
    assert w.workspace is not None
    for draft in w.workspace.drafts.list():  # not offered again in the walk-through
        w.workspace.drafts.discard(draft.kind, draft.case_id, draft.subject_id)
    w.close()


def search_by_name(app: QApplication, settings: Settings, vault: Path) -> None:
    w = window(app, settings, vault, demo.THERAPIST)
    panel = w.main.cases
    panel.show_names.setChecked(True)
    panel.search.setFocus()
    panel.search.setText(demo.CLIENT_NAMES[1].split()[0])
    pick_case(w, 0)
    shoot(app, OUT, "laptop-search-by-name")
    panel.show_names.setChecked(False)  # off again (a setting): the walk-through shows codes
    w.close()


def walk(app: QApplication, settings: Settings, vault: Path, folder: Path) -> None:
    """Every case tab for each role, and the main dialogs over the window."""
    for who, role in ((demo.THERAPIST, "therapist"), (demo.SURROGATES[0], "surrogate"),
                      (demo.SUPERVISOR, "supervisor")):
        w = window(app, settings, vault, who)
        for case in ("-001", "-004"):
            try:
                pick_case(w, case)
            except StopIteration:  # not on this case
                continue
            for i in range(w.main.tabs.count()):
                w.main.tabs.setCurrentIndex(i)
                if tab_slug(w, i) == "reports":
                    w.main.tabs.widget(i).generate.click()
                shoot(app, folder, f"{role}{case}-{tab_slug(w, i)}")
        for name, build in dialogs_of(w, role):
            d = build()
            d.show()
            shoot(app, folder, f"{role}-dialog-{name}")
            d.done(0)
        w.close()


def dialogs_of(w: StartWindow, role: str) -> list[tuple[str, Callable[[], QWidget]]]:
    """The main dialogs a role opens, built over the window."""
    from ui.casefile.consent.dialogs import GiveConsentDialog
    from ui.casefile.plan.edit import PlanEditDialog
    from ui.casefile.sessions.debrief_form import DebriefDialog, ReviewDialog
    from ui.casefile.sessions.forms import ScheduleDialog
    from ui.cases.new_case import NewCaseDialog
    from ui.exchange.dialog import ExchangeDialog
    from ui.practice.dialog import PracticeDialog

    ws, parent = w.workspace, w.main
    assert ws is not None
    case_id = str(ws.cases.access.resolve("C-2026-001"))
    held = [s for s in ws.sessions.list(case_id) if s.debrief is not None]
    if role == "therapist":
        return [("new-case", lambda: NewCaseDialog(ws, parent)),
                ("give-consent", lambda: GiveConsentDialog(ws, case_id, parent)),
                ("schedule", lambda: ScheduleDialog(ws, case_id, parent)),
                ("review", lambda: ReviewDialog(ws, held[-1], parent, details="<p>…</p>")),
                ("plan", lambda: PlanEditDialog(ws, case_id, ws.plans.current(case_id), parent)),  # type: ignore[arg-type]
                ("practice", lambda: PracticeDialog(ws, Ops(synchronous=True), "demo.triad", parent)),
                ("exchange", lambda: ExchangeDialog(ws, Ops(synchronous=True), case_id, parent))]
    if role == "surrogate":
        return [("debrief-amend", lambda: DebriefDialog(ws, held[-1], parent, amend=True))]
    return []


def sessions_tab(w: StartWindow, case: str = "-001") -> Any:
    """The Sessions tab of ``case``, shown."""
    from ui.casefile.sessions.tab import SessionsTab

    pick_case(w, case)
    tab = next(t for t in w.main.tabs.tabs if isinstance(t, SessionsTab))
    w.main.tabs.setCurrentWidget(tab)
    return tab


def sessions_walk(app: QApplication, settings: Settings, vault: Path, folder: Path) -> None:
    """The Sessions tab of issue 16 for each role: the therapist on a therapist session with
    its note, a meeting with its minutes, the outcome and reschedule dialogs; the surrogate
    partner on her no-show (the Outcome column); the supervisor co-signing a review (the
    practice requires co-signature from today). Three are kept in docs/screenshots/."""
    from triad.workspace import Workspace
    from ui.casefile.sessions.cosign import CosignDialog
    from ui.casefile.sessions.outcome import OutcomeDialog, RescheduleDialog

    with Workspace.open(vault, PASS, demo.SUPERVISOR) as sup:
        sup.audit.update_settings(cosign_from=sup.local_now()[:10])
    with Workspace.open(vault, PASS, demo.THERAPIST) as ws:
        case_id = str(ws.cases.access.resolve("C-2026-001"))
        waiting = next(s for s in ws.sessions.list(case_id)
                       if s.debrief is not None and not s.debrief.reviewed)
        ws.sessions.review(waiting.session_id, "Read; the pace suits him. Discussed the stop "
                                               "signal he used; repeat the exercise next time.")
    w = window(app, settings, vault, demo.THERAPIST)
    tab = sessions_tab(w)
    sessions = tab.sessions
    noted = [s for s in sessions if s.kind == "therapist_session"][-1]
    meeting = next(s for s in sessions if s.kind == "three_way_meeting")
    missed = next(s for s in sessions if s.outcome == "no-show")
    tab.select_record(noted.session_id)
    shoot(app, OUT, "laptop-sessions-therapist-note")
    tab.select_record(meeting.session_id)
    shoot(app, folder, "therapist-sessions-minutes")
    for name, build in (("outcome", lambda: OutcomeDialog(tab.ws, missed, w)),
                        ("reschedule", lambda: RescheduleDialog(
                            tab.ws, next(s for c in tab.ws.cases.list()
                                         for s in tab.ws.sessions.list(c.case_id)
                                         if s.starts_at > tab.ws.local_now()
                                         and tab.ws.scheduling.why_not_reschedule(s) is None),
                            w))):
        d = build()
        d.show()
        shoot(app, folder, f"therapist-dialog-{name}")
        d.done(0)
    w.close()
    w = window(app, settings, vault, demo.SURROGATES[0])
    tab = sessions_tab(w)
    tab.select_record(missed.session_id)
    shoot(app, OUT, "laptop-sessions-surrogate-outcome")
    w.close()
    w = window(app, settings, vault, demo.SUPERVISOR)
    tab = sessions_tab(w)
    tab.select_record(waiting.session_id)
    shoot(app, folder, "supervisor-sessions-cosign")
    d = CosignDialog(tab.ws, tab.selected_session(), tab.cosign_target_id,
                     tab.details.html(tab.selected_session()), w)
    d.show()
    shoot(app, OUT, "laptop-sessions-supervisor-cosign")
    d.done(0)
    w.close()


def main() -> None:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    args = [a for a in sys.argv[1:] if a != "--sessions"]
    folder = Path(args[0]) if args else None
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    dialogs.show_recovery_code = lambda *_args: None
    theme.apply(app, "light")
    vault = tmp / "demo.triad"
    if "--sessions" in sys.argv:  # only the Sessions tab's walk-through (issue 16)
        demo.build(vault, PASS).close()
        settings.last_vault = str(vault)
        sessions_walk(app, settings, vault, folder or tmp)
        return
    first_run(app, settings, tmp)
    demo.build(vault, PASS).close()
    settings.last_vault = str(vault)
    search_by_name(app, settings, vault)
    restored_draft(app, settings, vault)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        walk(app, settings, vault, folder)
    sessions_walk(app, settings, vault, folder or tmp)


if __name__ == "__main__":
    main()
