"""Take the README's screenshots from the real window. Run under Xvfb:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Uses throw-away vaults in a temp folder (the demo practice: made-up names); writes
docs/screenshots/*.png: the first-run and unlock pages, then every case tab in the light and
the dark palette, as the therapist, plus the surrogate's and the supervisor's view (the
supervisor on the case with an open finding), and the Agenda (issue 16): the therapist's week
and month, and the surrogate partner's own week (with ``--supervision`` only the supervisor's
case list, findings queue and a finding opened from it; with ``--full-check`` the status bar
and the Audit trail while the whole record is checked in the background, and after; with
``--forms`` Give consent and Print a blank form with the form's language chosen; with
``--language de`` the German app on the German demo practice, its records written in German:
docs/screenshots/de-*.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triad import demo
from ui import theme
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.widgets import dialogs

OUT = ROOT / "docs" / "screenshots"
PASS = "demo passphrase"


def snap(app: QApplication, window: StartWindow, name: str) -> None:
    import time

    end = time.monotonic() + 1.0  # QPdfView renders pages on its own threads
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def unlock(app: QApplication, w: StartWindow, who: str) -> None:
    w.unlock_page.member.setText(who)
    w.unlock_page.passphrase.setText(PASS)
    w.unlock_page.error.clear()  # (a lock's sentence from an earlier shot)
    w.unlock_page.unlock_button.click()
    import time

    end = time.monotonic() + 10  # the unlock runs on the worker: until it is done or refused
    while w.workspace is None and not w.unlock_page.error.text() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    assert w.workspace is not None, w.unlock_page.error.text()


def pick_case(w: StartWindow, code_index: int | str) -> None:
    """Select a case by its row, or by the end of its code (``"-005"``: the rows a surrogate
    partner sees are only hers)."""
    panel = w.main.cases
    if isinstance(code_index, str):
        code_index = next(r for r in range(panel.proxy.rowCount())
                          if str(panel.proxy.index(r, 0).data()).endswith(code_index))
    index = panel.proxy.index(code_index, 0)
    panel.table.setCurrentIndex(index)


def tab_slug(w: StartWindow, i: int) -> str:
    return w.main.tabs.tabText(i).replace("&", "").split()[0].lower()


def exchange_shot(app: QApplication, vault: Path, tmp: Path) -> None:
    """The exchange panel after adding a surrogate partner's card from another machine."""
    from triad.roles import Role
    from triad.workspace import Workspace
    from ui.exchange.dialog import ExchangeDialog

    therapist = Workspace.open(vault, PASS, demo.THERAPIST)
    other = Workspace.create(tmp / "other.triad", name="Mira Santos", role=Role.SURROGATE,
                             passphrase=PASS).workspace
    card = other.exchange.my_card()
    therapist.exchange.import_card(card, card.fingerprint)
    contact = therapist.exchange.contacts()[0].member_id
    therapist.exchange.set_folders(contact, tmp / "to-mira", tmp / "from-mira")
    dialog = ExchangeDialog(therapist, Ops(synchronous=True), therapist.cases.list()[0].case_id)
    dialog.resize(980, 560)
    dialog.show()
    dialog.outcome.setText("Mira Santos is now a contact.")
    snap(app, dialog, "exchange")  # type: ignore[arg-type]
    dialog.close()
    therapist.close()
    other.close()


def agenda_shots(app: QApplication, settings: Settings, vault: Path) -> None:
    """The Agenda across cases: the therapist's week and month grid, and Jonas's own week."""
    for who, modes in ((demo.THERAPIST, ("week", "month")), (demo.SURROGATES[0], ("week",))):
        w = StartWindow(Ops(synchronous=True), settings, str(vault))
        w.resize(1360, 860)
        w.show()
        unlock(app, w, who)
        w.main.show_agenda()
        for mode in modes:
            w.main.agenda.set_mode(mode)
            who_slug = "" if who == demo.THERAPIST else "surrogate-"
            snap(app, w, f"agenda-{who_slug}{mode}")
        w.close()


def main() -> None:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    dialogs.show_recovery_code = lambda _parent, _code: None
    theme.apply(app, "light")

    w = StartWindow(Ops(synchronous=True), settings, None)
    w.resize(860, 600)
    w.show()
    w.create_page.location.setText(str(tmp / "riverside.triad"))
    w.create_page.practice.setText("Riverside Therapy")
    w.create_page.name.setText("Dr Łucja Wiśniewska")
    w.create_page.passphrase.setText("correct horse battery")
    snap(app, w, "first-run")
    w.close()

    vault = tmp / "demo.triad"
    demo.build(vault, PASS).close()
    settings.last_vault = str(vault)
    for scheme in ("light", "dark"):
        theme.apply(app, scheme)
        w = StartWindow(Ops(synchronous=True), settings, str(vault))
        w.resize(1360, 860)
        w.show()
        if scheme == "light":
            w.unlock_page.passphrase.setText("wrong one!")
            w.unlock_page.unlock_button.click()
            snap(app, w, "unlock-wrong-passphrase")
        unlock(app, w, demo.THERAPIST)
        w.main.retint()
        pick_case(w, 3)  # case 4 carries the demo's one audit finding
        for i in range(w.main.tabs.count()):
            w.main.tabs.setCurrentIndex(i)
            if tab_slug(w, i) == "reports":
                w.main.tabs.widget(i).generate.click()  # a progress summary, previewed
            snap(app, w, f"{scheme}-{tab_slug(w, i)}")
        w.close()

    theme.apply(app, "light")
    exchange_shot(app, vault, tmp)
    agenda_shots(app, settings, vault)
    # the surrogate partner on their first case; the supervisor on the case with the demo's open
    # finding, which they sign off; the Consent tab where a triad agreement awaits the surrogate
    # partner's countersignature (case 5), seen by the therapist and by him in his own session,
    # and the case with an aid inventory and its per-aid consent (case 2)
    shots: tuple[tuple[str, str, int | str, str], ...] = (
            (demo.SURROGATES[0], "sessions", 0, "surrogate-sessions"),
            # issue 16: each session's outcome, a weekly series, a no-show, Record outcome…
            (demo.THERAPIST, "sessions", 0, "sessions-outcomes"),
            (demo.SUPERVISOR, "audit", 3, "supervisor-audit"),
            (demo.THERAPIST, "consent", "-005", "consent-awaiting-countersignature"),
            (demo.SURROGATES[0], "consent", "-005", "surrogate-consent-countersign"),
            (demo.THERAPIST, "consent", "-002", "consent-aids"))
    for who, tab, case, name in shots:
        w = StartWindow(Ops(synchronous=True), settings, str(vault))
        w.resize(1360, 860)
        w.show()
        unlock(app, w, who)
        pick_case(w, case)
        for i in range(w.main.tabs.count()):
            if tab_slug(w, i).startswith(tab[:5]):
                w.main.tabs.setCurrentIndex(i)
        snap(app, w, name)
        w.close()
    therapist_note_shots(app, vault, settings)
    client_copy_shots(app, vault, settings)


def therapist_note_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 16: the Sessions tab on a therapist session with its progress note (case 1), and
    the Progress note form for yesterday's session, filled in."""
    from datetime import datetime, timedelta

    from ui.casefile.sessions.notes import ProgressNoteDialog
    from ui.casefile.sessions.tab import SessionsTab

    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.THERAPIST)
    ws = w.workspace
    assert ws is not None
    pick_case(w, 0)
    case_id = ws.cases.list()[0].case_id
    for i in range(w.main.tabs.count()):
        if tab_slug(w, i).startswith("sessi"):
            w.main.tabs.setCurrentIndex(i)
            tab = w.main.tabs.widget(i)
    assert isinstance(tab, SessionsTab)
    noted = [s for s in ws.sessions.list(case_id) if s.kind == "therapist_session"][-1]
    tab.select_record(noted.session_id)
    snap(app, w, "therapist-note")
    yesterday = (datetime.fromisoformat(ws.local_now()) - timedelta(days=1)).strftime(
        "%Y-%m-%dT14:00")
    fresh = ws.sessions.schedule(case_id, "therapist_session", yesterday, 50,
                                 location="Consulting room").subject_id
    tab.refresh()
    tab.select_record(fresh)
    dialog = ProgressNoteDialog(ws, ws.sessions.get(fresh), w)
    for name, text in (("focus", "Anticipation before sensate focus II"),
                       ("interventions", "Cognitive restructuring; rehearsal of the pause signal"),
                       ("response", "Engaged; SUDS fell from 6 to 3 while rehearsing"),
                       ("plan", "Review readiness with Jonas at the planning meeting")):
        dialog.boxes[name].setPlainText(text)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(OUT / "therapist-note-dialog.png"))
    print("wrote docs/screenshots/therapist-note-dialog.png")
    dialog.forget_draft()
    dialog._draft_closing = True  # closed without asking about the unsaved note (a modal
    dialog.close()                # question nobody answers here)
    w.close()


    supervision_shots(app, vault, settings)


def supervision_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 16: the supervisor's window (the case list's Findings column, their own next due)
    with the findings queue open beside it, and the queue itself."""
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.SUPERVISOR)
    pick_case(w, "-004")
    w.main.findings_action.trigger()
    queue = w.main.findings_queue
    assert queue is not None
    snap(app, w, "supervisor-case-list")
    snap(app, queue, "supervisor-findings-queue")  # type: ignore[arg-type]
    queue.open_current()
    snap(app, w, "supervisor-finding-opened")
    w.close()


def client_copy_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 17: the client's copy of a consent with its withdrawal (Consent tab, case 3), the
    whole record's dialog with the process-recordings choice, the client card, and the
    Overview's legal basis."""
    from ui.casefile.reports.client_copy import (
        CLIENT_CARD,
        CLIENT_COPY,
        CONSENT_COPY,
        ClientCopyDialog,
    )

    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.THERAPIST)
    pick_case(w, "-003")
    snap(app, w, "overview-legal-basis")
    ws = w.workspace
    assert ws is not None
    case_id = ws.cases.access.resolve("C-2026-003")
    revoked = next(r for r in ws.consent.records(case_id) if r.revocations)
    for document, consent_id, name in ((CONSENT_COPY, revoked.consent_id, "client-consent-copy"),
                                       (CLIENT_COPY, "", "client-copy"),
                                       (CLIENT_CARD, "", "client-card")):
        dialog = ClientCopyDialog(ws, case_id, document, consent_id, w)
        if document == CLIENT_CARD:
            dialog.contact.setText("Practice phone 030 1234 5678, weekdays 9 to 17")
            dialog.make()
        dialog.show()
        snap(app, dialog, name)  # type: ignore[arg-type]
        dialog.close()
    w.close()


def records_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 17 (``--records``): on a copy of the demo moved to 2034, two cases closed in
    2026, one of them disposed of after a backup: the Records window's closed cases and its
    register, Preferences with the practice's retention, and a closed case's Overview."""
    from datetime import UTC, datetime

    from triad.casefile.disclosures import What
    from ui.main.preferences import PreferencesDialog
    from ui.records.dialog import RecordsDialog

    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.THERAPIST)
    ws = w.workspace
    assert ws is not None
    codes = [c for c in ws.cases.list() if c.status == "active"][:2]
    for case in codes:  # closed today, after their last sessions
        ws.cases.change_status(case.case_id, "closing")
        ws.cases.change_status(case.case_id, "closed", "Goals met",
                               no_closing_meeting="Closure agreed in the last therapist session")
    ws.disclosures.record(What.BACKUP, [c.case_id for c in ws.cases.list()])
    ws.clock = lambda: datetime(2034, 1, 10, 10, 0, tzinfo=UTC)
    w.main.cases.select(codes[0].case_id)
    ws.disposal.dispose(codes[0].case_id, "Retention period ended; no legal hold")
    w.main.case_disposed(codes[0].case_id)
    dialog = RecordsDialog(ws, w)
    dialog.show()
    snap(app, dialog, "records-closed-cases")  # type: ignore[arg-type]
    dialog.tabs.setCurrentIndex(1)
    snap(app, dialog, "records-disposal-register")  # type: ignore[arg-type]
    dialog.close()
    prefs = PreferencesDialog(5, "system", w, ws)
    prefs.show()
    snap(app, prefs, "preferences-retention")  # type: ignore[arg-type]
    prefs.close()
    w.main.cases.select(codes[1].case_id)
    snap(app, w, "overview-closed-retention")
    w.close()


def disclosure_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 17: the accounting of disclosures, after a case file export, a saved progress
    summary and a backup -- in the Reports tab, and a disclosure chosen in the Audit tab's
    trail."""
    from triad.casefile.disclosures import What
    from triad.workspace import Workspace

    out = Path(tempfile.mkdtemp())
    ws = Workspace.open(vault, PASS, demo.THERAPIST)
    ws.disclosures.save(out / "case.json", ws.interchange.dumps(
        ws.interchange.export_case("C-2026-004")), What.CASE_EXPORT, ["C-2026-004"])
    ws.disclosures.save(out / "summary.pdf", ws.reports.progress("C-2026-004"), What.REPORT,
                        ["C-2026-004"], report="progress")
    ws.backup(out / "practice.backup")
    ws.close()
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.SUPERVISOR)
    pick_case(w, "-004")
    for i in range(w.main.tabs.count()):
        if tab_slug(w, i) == "reports":
            w.main.tabs.setCurrentIndex(i)
            tab = w.main.tabs.widget(i)
            tab.choices["disclosures"].setChecked(True)  # type: ignore[attr-defined]
            tab.generate.click()  # type: ignore[attr-defined]
    snap(app, w, "report-disclosures")
    for i in range(w.main.tabs.count()):
        if tab_slug(w, i) == "audit":
            w.main.tabs.setCurrentIndex(i)
            audit = w.main.tabs.widget(i)
            audit.pages.setCurrentIndex(1)  # type: ignore[attr-defined]
            model = audit.trail_model  # type: ignore[attr-defined]
            rows = [r for r in range(model.rowCount())
                    if model.index(r, 3).data() == "Disclosed: left the vault"]
            audit.trail.setCurrentIndex(model.index(rows[0], 3))  # type: ignore[attr-defined]
    snap(app, w, "audit-trail-disclosure")
    w.close()


def handover_shots(app: QApplication, vault: Path) -> None:
    """Issue 17: Overview → Change triad → Hand over, and the supervisor's countersignature of
    the records custodian's take-over (Practice → Records custodian)."""
    from triad.roles import Role
    from triad.workspace import Workspace
    from ui.casefile.overview.handover import HandoverDialog
    from ui.practice.custody import CountersignCustodyDialog

    ws = Workspace.open(vault, PASS, demo.THERAPIST)
    ws.members.add("Dr Jonah Reyes", Role.THERAPIST, PASS)
    keeper = ws.members.add("Dr Priya Nair", Role.THERAPIST, PASS)
    case = ws.cases.list()[0]
    dialog = HandoverDialog(ws, case)
    dialog.to.setCurrentIndex(dialog.to.findText("Dr Priya Nair"))
    dialog.reason.setText("Retiring at the end of the year; the client met Dr Nair on 2 December")
    dialog.show()
    snap(app, dialog, "handover-dialog")  # type: ignore[arg-type]
    dialog.forget_draft()
    dialog.hide()  # not close(): a changed form would ask whether to keep it
    ws.custody.name_custodian(keeper.member_id)
    ws.close()
    with Workspace.open(vault, PASS, "Dr Priya Nair") as custodian:
        custodian.custody.request(case.case_id, "Dr Holt is in hospital and cannot practise")
    with Workspace.open(vault, PASS, demo.SUPERVISOR) as supervisor:
        countersign = CountersignCustodyDialog(supervisor)
        countersign.line.setText("Agreed at the practice meeting")
        countersign.show()
        snap(app, countersign, "custody-countersign-dialog")  # type: ignore[arg-type]
        countersign.forget_draft()
        countersign.hide()


def full_check_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 18: the status bar while the whole record is checked in the background (held at
    about 40 % for the picture), the Audit trail meanwhile, and the quiet line after."""
    import threading
    import time

    from triad.workspace import Workspace

    real, hold = Workspace.full_check, threading.Event()

    def held(ws: Workspace, progress=None, cancelled=None, found=None):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> None:
            progress(done, total)
            if done * 10 >= total * 4:
                while not hold.is_set() and not cancelled():
                    time.sleep(0.01)
        return real(ws, slow, cancelled, found)

    Workspace.full_check = held  # type: ignore[method-assign]
    settings.full_check = "unlock"
    ops = Ops()
    w = StartWindow(ops, settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.THERAPIST)
    end = time.monotonic() + 20
    while not w.main.check_line.text().startswith("Checking the record: ") or \
            w.main.check_line.text().startswith("Checking the record: 0 "):
        app.processEvents()
        time.sleep(0.02)  # a few hundred calls, not millions (each costs PySide6 6.12 a None)
        assert time.monotonic() < end, w.main.check_line.text()
    pick_case(w, 3)
    snap(app, w, "full-check-running")
    for i in range(w.main.tabs.count()):
        if tab_slug(w, i) == "audit":
            w.main.tabs.setCurrentIndex(i)
            w.main.tabs.widget(i).pages.setCurrentIndex(1)
    snap(app, w, "full-check-running-audit-trail")
    hold.set()
    while not w.main.check_line.text().startswith("Whole record checked"):
        app.processEvents()
        time.sleep(0.02)
        assert time.monotonic() < end + 40, w.main.check_line.text()
    snap(app, w, "full-check-done-audit-trail")
    w.close()
    ops.shutdown()
    Workspace.full_check = real  # type: ignore[method-assign]
    settings.full_check = "daily"


def form_language_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 19 (``--forms``): Give consent with the German informed consent chosen (Form
    language), and Print a blank form offering the German triad agreement."""
    from ui.casefile.consent.printing import PrintFormDialog
    from ui.casefile.consent.tab import GiveConsentDialog

    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1360, 860)
    w.show()
    unlock(app, w, demo.THERAPIST)
    ws = w.workspace
    assert ws is not None
    case_id = ws.cases.access.resolve("C-2026-001")
    give = GiveConsentDialog(ws, case_id, w)
    give.set_form("informed-consent")
    give.language.setCurrentIndex(give.language.findData("de"))
    give.show()
    snap(app, give, "consent-give-german")  # type: ignore[arg-type]
    give.close()
    printing = PrintFormDialog(ws.consent.forms(), w)
    printing.form.setCurrentIndex(printing.form.findData("triad-agreement"))
    printing.language.setCurrentIndex(printing.language.findData("de"))
    printing.show()
    snap(app, printing, "consent-print-form-language")  # type: ignore[arg-type]
    printing.close()


def german_shots(app: QApplication, vault: Path, settings: Settings) -> None:
    """Issue 19: the app in German (``--language de``) on the German demo practice: the
    unlock page, the Overview, Consent, Plan, Sessions and Audit tabs of a case (and its audit
    trail), the Agenda's week and Preferences, at the laptop size 1366x768."""
    from PySide6.QtCore import QTimer

    from ui import language
    from ui.main.preferences import PreferencesDialog

    assert language.install(app, "de") == "de", "build the catalogue first: python3 dev.py app"
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.resize(1366, 768)
    w.show()
    snap(app, w, "de-unlock")
    unlock(app, w, demo.texts("de").therapist)
    pick_case(w, 0)
    for i, name in ((0, "overview"), (1, "consent"), (2, "plan"), (3, "sessions"), (5, "audit")):
        w.main.tabs.setCurrentIndex(i)
        snap(app, w, f"de-{name}")
    from PySide6.QtWidgets import QTabWidget

    inner = w.main.tabs.widget(5).findChild(QTabWidget)  # the Audit tab's trail (issue 19)
    trail = next((j for j in range(inner.count()) if "Prüfpfad" in inner.tabText(j).replace("&", "")), -1) \
        if inner is not None else -1
    if inner is not None and trail >= 0:
        inner.setCurrentIndex(trail)
        snap(app, w, "de-audit-trail")
    w.main.show_agenda()
    w.main.agenda.set_mode("week")
    snap(app, w, "de-agenda-week")
    dialog = PreferencesDialog(5, "system", w, w.workspace, "daily", "de")
    dialog.language.setCurrentIndex(dialog.language.findData("system"))
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(OUT / "de-preferences.png"))
    print("wrote docs/screenshots/de-preferences.png")
    QTimer.singleShot(0, dialog.reject)
    dialog.close()
    practice_printing_shot(app, w)
    w.close()


def practice_printing_shot(app: QApplication, w: StartWindow) -> None:
    """Issue 19: Practice… → Printed documents, the practice's language for printed documents
    (German, chosen by the therapist)."""
    from ui.practice.dialog import PracticeDialog

    assert w.workspace is not None
    if w.workspace.report_language.setting() != "de":  # the German demo's own setting
        w.workspace.report_language.set("de")
    dialog = PracticeDialog(w.workspace, Ops(synchronous=True), str(w.workspace.vault.folder), w)
    dialog.tabs.setCurrentWidget(dialog.printing)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(OUT / "de-practice-printing.png"))
    print("wrote docs/screenshots/de-practice-printing.png")
    dialog.close()


if __name__ == "__main__":
    if sys.argv[1:] == ["--language", "de"]:  # issue 19: only the German shots
        application = QApplication(sys.argv)
        OUT.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp())
        kept = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        theme.apply(application, "light")
        demo.build(folder / "demo.triad", PASS, language="de").close()
        german_shots(application, folder / "demo.triad", kept)
    elif sys.argv[1:] in (["--supervision"], ["--client-copies"], ["--records"],
                       ["--disclosures"], ["--handover"], ["--full-check"],
                         ["--forms"]):  # only these shots
        application = QApplication(sys.argv)
        OUT.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp())
        kept = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        theme.apply(application, "light")
        demo.build(folder / "demo.triad", PASS).close()
        shots = {"--supervision": supervision_shots, "--client-copies": client_copy_shots,
                 "--records": records_shots, "--disclosures": disclosure_shots,
                 "--handover": lambda a, v, _k: handover_shots(a, v),
                 "--full-check": full_check_shots, "--forms": form_language_shots}[sys.argv[1]]
        shots(application, folder / "demo.triad", kept)
    else:
        main()
