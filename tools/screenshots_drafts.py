"""Screenshots of drafts (issue 15) on a 1366x768 screen. Run under Xvfb:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python tools/screenshots_drafts.py

A throw-away demo practice: the therapist schedules a session held this morning; Jonas Berg
starts its debrief; the idle countdown shows (docs/screenshots/lock-countdown.png); the app
locks; at his next unlock the draft is offered (docs/screenshots/draft-restored.png) and
Continue reopens the debrief filled in (docs/screenshots/draft-continued.png). Then the
therapist's revocation of a consent, kept at a lock and continued at her next unlock
(docs/screenshots/draft-continued-revocation.png): every form keeps its drafts.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triad import demo
from triad.casefile.ladder import Activity
from ui import theme
from ui.casefile.sessions.debrief_form import DebriefDialog
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow

OUT = ROOT / "docs" / "screenshots"
PASS = "demo passphrase"


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def screen(name: str) -> None:
    shot = QApplication.primaryScreen().grabWindow(0)
    shot.save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png ({shot.width()}x{shot.height()})")


def unlock(app: QApplication, w: StartWindow, who: str) -> None:
    w.unlock_page.member.setText(who)
    w.unlock_page.passphrase.setText(PASS)
    w.unlock_page.unlock_button.click()


def main() -> None:
    app = QApplication(sys.argv)
    theme.apply(app, "light")
    tmp = Path(tempfile.mkdtemp())
    vault = tmp / "practice.triad"
    ws = demo.build(vault, PASS)
    jonas = ws.members.find(demo.SURROGATES[0]).member_id
    morning = (datetime.now() - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    session_id = ws.sessions.schedule("C-2026-001", "surrogate_session", morning, 60,
                                      planned_activities=("conversation",),
                                      surrogate_id=jonas).subject_id
    ws.close()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.setGeometry(0, 0, 1366, 730)
    w.show()
    unlock(app, w, demo.SURROGATES[0])
    pump(app, 0.3)
    assert w.workspace is not None
    case_id = w.workspace.cases.access.resolve("C-2026-001")
    w.main.cases.select(case_id)
    w.main.tabs.go_to("sessions", session_id)
    session = next(s for s in w.workspace.sessions.list(case_id) if s.session_id == session_id)
    form = DebriefDialog(w.workspace, session, w.main)
    form.show()
    form.activities.boxes[Activity.CONVERSATION].setChecked(True)
    form.suds_before.slider.setValue(6)
    form.went_well.setPlainText("We talked through the week; the breathing exercise helped "
                                "after about ten minutes, and the pace felt right")
    form.went_well.setFocus()
    pump(app, 0.5)
    w.idle.timer.setInterval(200)  # the idle time, shortened
    w.idle.start()
    pump(app, 3.5)
    assert w._countdown is not None
    screen("lock-countdown")
    w.idle.set_minutes(5)
    w.lock()
    pump(app, 0.3)

    def offered() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        screen("draft-restored")
        box.defaultButton().click()  # Continue

    def continued() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, DebriefDialog), box
        screen("draft-continued")
        box.keep_and_close()

    QTimer.singleShot(1500, offered)
    QTimer.singleShot(3500, continued)
    unlock(app, w, demo.SURROGATES[0])
    pump(app, 4.5)
    w.lock()
    pump(app, 0.3)
    revocation(app, w)
    w.close()


def revocation(app: QApplication, w: StartWindow) -> None:
    """Every form keeps drafts: the therapist starts a revocation, the app locks, and at her
    next unlock Continue reopens it filled in (docs/screenshots/draft-continued-revocation.png)."""
    from ui.casefile.consent.dialogs import RevokeDialog

    unlock(app, w, demo.THERAPIST)
    pump(app, 0.5)
    ws = w.workspace
    assert ws is not None
    case_id = ws.cases.access.resolve("C-2026-002")
    record = next(r for r in ws.consent.records(case_id) if r.form_id == "therapeutic-aids")
    w.main.cases.select(case_id)
    w.main.tabs.go_to("consent", record.consent_id)
    form = RevokeDialog(ws, case_id, record, "Consent to the use of therapeutic aids", w.main)
    form.show()
    form.party.setCurrentIndex(0)
    form.reason.setPlainText("The client said on the phone that she no longer wants the doll "
                             "at home; we will talk it through on Thursday")
    pump(app, 0.5)
    w.lock()
    pump(app, 0.3)

    def offered() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.defaultButton().click()  # Continue

    def continued() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, RevokeDialog), box
        screen("draft-continued-revocation")
        box.keep_and_close()

    QTimer.singleShot(1500, offered)
    QTimer.singleShot(3500, continued)
    unlock(app, w, demo.THERAPIST)
    pump(app, 4.5)


if __name__ == "__main__":
    main()
