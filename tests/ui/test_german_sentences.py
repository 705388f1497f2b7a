"""German sentences the code builds (issue 19, the reviewer's notes): no English phrase, raw
code or lower-cased noun inside a German sentence, each read off the widget with the German
translators installed."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from tests.ui.main.test_german import catalogue, german  # noqa: F401 (fixtures)
from triad import demo, i18n
from triad.casefile.drafts import DraftKind
from triad.roles import Role
from ui.ops import Ops
from ui.settings import Settings
from ui.widgets import drafts


def test_every_phrase_of_the_draft_offer_is_in_the_catalogue(qapp: QApplication) -> None:
    """The phrases were translated through an alias lupdate cannot read: none reached the
    catalogue, and German showed „Sie haben an unfinished debrief …“."""
    english = {drafts.draft_words(kind) for kind in DraftKind} | {drafts.draft_words(None)}
    assert len(english) == len(DraftKind) + 1
    missing = [w for w in english if i18n.translate("DraftDialog", w, language="de") == w]
    assert missing == []


@pytest.mark.usefixtures("german")
def test_the_draft_offer_names_every_kind_of_form_in_german() -> None:
    words = {kind: drafts.draft_words(kind) for kind in DraftKind}
    english = [w for w in words.values() if "unfinished" in w]
    assert english == []
    assert words[DraftKind.DEBRIEF] == "eine unfertige Nachbesprechung"  # accusative, article
    sentence = drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", "2026-11-23T13:05:00Z",
                                     "2026-11-23")
    assert sentence.startswith("Sie haben eine unfertige Nachbesprechung für C-2026-001")


@pytest.mark.usefixtures("german")
def test_the_first_run_offers_the_roles_in_german(qtbot: QtBot) -> None:
    from ui.start.create import CreatePage

    page = CreatePage()
    qtbot.addWidget(page)
    shown = {page.role.itemData(i): page.role.itemText(i) for i in range(page.role.count())}
    assert shown == {Role.THERAPIST.value: "Therapeut:in",
                     Role.SURROGATE.value: "Surrogatpartner:in",
                     Role.SUPERVISOR.value: "Supervisor:in"}


@pytest.mark.usefixtures("german")
def test_the_plan_tab_names_the_case_status_in_german(qtbot: QtBot, demo_copy: Path) -> None:
    from tests.ui.casefile.test_plan_tab import make_tab, new_case

    ws = open_as(demo_copy)
    try:
        case_id = new_case(ws)  # a referral
        ws.plans.from_template(case_id, "default-spt")
        tab = make_tab(qtbot, ws, case_id)
        word = QCoreApplication.translate("Overview", "Referral")
        assert word != "Referral" and f"„{word}“" in tab.note.text()
        assert "referral" not in tab.note.text()
    finally:
        ws.close()




@pytest.mark.usefixtures("german")
def test_the_next_session_and_an_audit_finding_keep_german_words(
        qtbot: QtBot, demo_copy: Path) -> None:
    from tests.ui.casefile.test_overview_tab import alerts, case_no, make_tab

    ws = open_as(demo_copy)
    try:
        case_id = case_no(ws, 2)
        ilse = next(m.member_id for m in ws.members.list() if m.name == "Ilse Nowak")
        later = (date.fromisoformat(ws.local_now()[:10]) + timedelta(days=3)).isoformat()
        ws.sessions.schedule(case_id, "surrogate_session", f"{later}T10:00", 60, None,
                             ("conversation",), "Room 1", ilse)
        tab = make_tab(qtbot, ws, case_id)
        nxt = [a for a in alerts(tab) if a.startswith("Nächste Sitzung")]
        assert len(nxt) == 1 and nxt[0].endswith(", Surrogatsitzung.")  # a noun keeps its capital
        tab.show_case(ws, case_no(ws, 4))  # the demo's seeded audit gap
        found = [a for a in alerts(tab) if "(erheblich)" in a or "(kritisch)" in a
                 or "(gering)" in a]
        assert found and not [a for a in alerts(tab) if "(major)" in a or "(minor)" in a]
    finally:
        ws.close()


@pytest.mark.usefixtures("german")
def test_a_client_request_is_one_german_noun(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.core.practice import make_practice
    from tests.ui.casefile.test_overview_tab import alerts, make_tab

    p = make_practice(tmp_path / "v.triad")
    try:
        p.t.requests.record(p.case, "access", p.t.local_now()[:10], "A copy of my forms")
        p.t.requests.record(p.case, "amendment", p.t.local_now()[:10], "My date of birth")
        tab = make_tab(qtbot, p.t, p.case)
        said = " ".join(alerts(tab))
        assert "Der Auskunftsantrag der Klient:in" in said
        assert "Der Berichtigungsantrag der Klient:in" in said
        panel = tab.requests_panel
        details = set()
        for row in range(panel.model.rowCount()):
            panel.table.selectRow(row)
            details.add(panel.detail.text().split(",")[0])
        assert details == {"Auskunftsantrag", "Berichtigungsantrag"}
    finally:
        p.close()


@pytest.mark.usefixtures("german")
def test_the_agenda_buttons_name_their_keys_as_the_keyboard_does(qtbot: QtBot) -> None:
    from ui.agenda.view import AgendaView

    view = AgendaView()
    qtbot.addWidget(view)
    tips = [b.toolTip() for b in view.nav_buttons]
    assert tips == ["Vorheriger Tag, vorherige Woche oder vorheriger Monat (Alt+Links)",
                    "Zurück zu heute (Alt+Pos1)",
                    "Nächster Tag, nächste Woche oder nächster Monat (Alt+Rechts)"]
    for button in view.mode_buttons.values():  # the German mnemonic, not the English one
        key = QKeySequence.mnemonic(button.text()).toString(
            QKeySequence.SequenceFormat.NativeText)
        assert button.toolTip().endswith(f"({key})") and button.toolTip()[0].isupper()


@pytest.mark.usefixtures("german")
def test_the_audit_summary_counts_each_severity_in_its_own_words() -> None:
    from ui.casefile.audit.findings import open_count

    assert [open_count(s, 2) for s in ("critical", "major", "minor")] == [
        "2 kritische", "2 erhebliche", "2 geringe"]


@pytest.mark.usefixtures("german")
def test_each_party_of_a_consent_has_its_own_german_sentence(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from ui.casefile.consent import parties
    from ui.casefile.consent.dialogs import _Signer
    from ui.casefile.consent.parties import party_sentence, revoke_sentence

    signer = _Signer("client", QDate(2026, 11, 23))
    qtbot.addWidget(signer.box)
    assert signer.box.title() == "Unterschrift der Klient:in"
    assert signer.name.accessibleName() == "Getippter Name der Klient:in"
    assert signer.pad.accessibleName() == "Gezeichnete Unterschrift der Klient:in (optional)"
    assert party_sentence(parties.REVOKED, "surrogate") % (
        "23.11.2026 10:00", "Genitalberührung", "Zu schnell", "Dr. Maren Holt") == (
        "23.11.2026 10:00: Die Surrogatpartner:in hat Genitalberührung widerrufen. "
        "Begründung: „Zu schnell“ (erfasst von Dr. Maren Holt)")
    assert revoke_sentence(parties.REVOKE_QUESTION, "therapist").startswith(
        "%s jetzt im Namen der Therapeut:in widerrufen?")
    assert revoke_sentence(parties.REVOKER, "client") == "Klient:in"


@pytest.mark.usefixtures("german")
def test_a_goal_value_refused_on_its_scale_names_the_value_with_its_article(
        demo_copy: Path) -> None:
    from ui.casefile.overview.scales import scale_sentence

    ws = open_as(demo_copy)
    try:
        refusal = ws.cases.why_not_goal("3", "12", "SUDS")
        assert refusal is not None
        assert scale_sentence(refusal, "SUDS", str(refusal.data.get("field"))) == (
            "Der Zielwert muss auf der Skala SUDS zwischen 0 und 10 liegen.")
        refusal = ws.cases.why_not_goal("viel", "2", "SUDS")
        assert refusal is not None
        assert scale_sentence(refusal, "SUDS", str(refusal.data.get("field"))).startswith(
            "Der Ausgangswert muss eine Zahl auf der Skala SUDS sein")
    finally:
        ws.close()


def test_counted_sentences_read_english_singular_and_plural(qapp: QApplication) -> None:
    from ui.agenda.words import counted as agenda_counted
    from ui.casefile.audit.words import counted as audit_counted

    assert agenda_counted(1, "1 open finding", "%n open findings") == "1 open finding"
    assert agenda_counted(3, "1 open finding", "%n open findings") == "3 open findings"
    assert audit_counted(1, "1 day", "%n days") == "1 day"
    assert audit_counted(30, "1 day", "%n days") == "30 days"


@pytest.mark.usefixtures("german")
def test_counted_sentences_take_the_catalogue_plural_form() -> None:
    from ui.agenda.words import counted as agenda_counted
    from ui.casefile.audit.words import counted as audit_counted

    assert agenda_counted(1, "1 open finding", "%n open findings") == "1 offene Feststellung"
    assert agenda_counted(3, "1 open finding", "%n open findings") == "3 offene Feststellungen"
    assert audit_counted(1, "1 day", "%n days") == "1 Tag"
    note = "Note: %n key slot(s) use the insecure test key profile; change those passphrases."
    one = QCoreApplication.translate("PracticeDialog", note, "", 1)
    two = QCoreApplication.translate("PracticeDialog", note, "", 2)
    assert one.startswith("Hinweis: 1 Schlüsselplatz verwendet")
    assert two.startswith("Hinweis: 2 Schlüsselplätze verwenden")


# Qt's German keyboard names: Strg, Umschalt, Links, Pos1 (Return stays Return in qtbase_de)
ENGLISH_KEYS = re.compile(r"\b(Ctrl|Shift)\+|\+(Left|Right|Home)\b")
KEY_IN_PARENS = re.compile(r"\(((?:Strg|Alt|Umschalt)\+[^)]+)\)")


def _texts(root: QWidget) -> list[str]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        out.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
    return [t for t in out if t]


@pytest.mark.usefixtures("german")
def test_keys_named_in_sentences_are_the_real_shortcuts_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    """A sentence that names a key names it as the keyboard does („Strg+Umschalt+V“), from the
    same shortcut the action or the button's mnemonic has: never an English key name, never a
    copy that drifted from the German mnemonic."""
    from tests.ui.main.test_walkthrough import _pick, _window
    from ui.casefile.consent.tab import ConsentTab
    from ui.casefile.reports.tab import ReportsTab
    from ui.casefile.sessions.tab import SessionsTab

    w = _window(qtbot, demo_path, ops, settings, demo.THERAPIST)
    _pick(w, "C-2026-001")
    found: dict[str, list[str]] = {}
    for i in range(w.main.tabs.count()):
        w.main.tabs.setCurrentIndex(i)
        tab = w.main.tabs.widget(i)
        english = [t for t in _texts(tab) if ENGLISH_KEYS.search(t)]
        if english:
            found[w.main.tabs.tabText(i)] = english
    assert found == {}
    consent = next(t for t in w.main.tabs.tabs if isinstance(t, ConsentTab))
    w.main.tabs.setCurrentWidget(consent)
    consent.table.selectRow(0)
    for button in (consent.give_button, consent.copy_button, consent.print_button):
        key = QKeySequence.mnemonic(button.text()).toString(
            QKeySequence.SequenceFormat.NativeText)
        assert key and button.toolTip().endswith(f"({key})"), (button.text(), button.toolTip())
    reports = next(t for t in w.main.tabs.tabs if isinstance(t, ReportsTab))
    keys = {s.key().toString(QKeySequence.SequenceFormat.NativeText)
            for s in reports.findChildren(QShortcut)}
    reports_tip = KEY_IN_PARENS.search(reports.generate.toolTip())
    assert reports_tip is not None and reports_tip.group(1) in keys
    sessions = next(t for t in w.main.tabs.tabs if isinstance(t, SessionsTab))
    w.main.tabs.setCurrentWidget(sessions)
    for row in range(sessions.table.model().rowCount()):  # one whose outcome can be recorded
        sessions.table.selectRow(row)
        if sessions.outcome_button.isEnabled():
            break
    actions = {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
               for a in sessions.actions() if not a.shortcut().isEmpty()}
    tip = KEY_IN_PARENS.search(sessions.outcome_button.toolTip())
    assert tip is not None, sessions.outcome_button.toolTip()
    assert tip.group(1) in actions and tip.group(1).startswith("Strg+")
    # the main window's own sentences: the toolbar's tooltips and the case list's search box
    tips = [a.toolTip() for a in w.main.toolbar.actions()] + [w.main.cases.search.placeholderText()]
    assert [t for t in tips if ENGLISH_KEYS.search(t)] == []
    assert "(Strg+L)" in w.main.lock_action.toolTip()
    assert "(Strg+Umschalt+F)" in w.main.findings_action.toolTip()
    assert w.main.cases.search.placeholderText() == "Suchen (Strg+F)"
    w.close()


def test_no_sentence_of_the_app_copies_a_key_name() -> None:
    """A key named inside a translatable sentence is a copy that drifts from the shortcut and
    stays English in German ("Ctrl" for „Strg“): sentences carry %1 and ``ui.widgets.keys``
    writes the key in from the shortcut itself."""
    import xml.etree.ElementTree as ET

    copied = re.compile(r"\b(Ctrl|Alt|Shift)\+")
    root = ET.parse(Path(__file__).parents[2] / "ui/data/i18n/triad_de.ts").getroot()
    found = [f"{ctx.findtext('name')}: {m.findtext('source')}"
             for ctx in root.iter("context") for m in ctx.iter("message")
             if m.find("translation") is not None
             and m.find("translation").get("type") != "vanished"  # type: ignore[union-attr]
             and copied.search(m.findtext("source") or "")]
    assert found == []


@pytest.mark.usefixtures("german")
def test_message_boxes_are_titled_with_the_apps_name(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.widgets import dialogs

    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, _m: titles.append(title))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _m: titles.append(title))
    dialogs.error(None, "x")  # type: ignore[arg-type]
    dialogs.info(None, "x")  # type: ignore[arg-type]
    assert titles == ["Triad", "Triad"]  # a name, not „Triade“


@pytest.mark.usefixtures("german")
def test_no_two_controls_share_an_accelerator_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    """The German letters moved (Einwilligungs&formular, Seiten&format): every tab, its inner
    tabs, and the main dialogs, as tests/ui/main/test_walkthrough.py checks the English."""
    from PySide6.QtWidgets import QTabWidget

    from tests.ui.main.test_walkthrough import _pick, _window, clashes
    from ui.cases.new_case import NewCaseDialog
    from ui.main.preferences import PreferencesDialog
    from ui.practice.dialog import PracticeDialog

    w = _window(qtbot, demo_path, ops, settings, demo.THERAPIST)
    found = {}
    for code in ("C-2026-001", "C-2026-004"):
        _pick(w, code)
        for i in range(w.main.tabs.count()):
            w.main.tabs.setCurrentIndex(i)
            inner = w.main.tabs.widget(i).findChild(QTabWidget)
            for j in range(inner.count() if inner is not None else 1):
                if inner is not None:
                    inner.setCurrentIndex(j)
                if problem := clashes(w):
                    found[(code, w.main.tabs.tabText(i), j)] = problem
    assert w.workspace is not None
    for name, dialog in {
            "Einstellungen": PreferencesDialog(5, "system", w, w.workspace, "daily", "system"),
            "Praxis": PracticeDialog(w.workspace, ops, str(demo_path), w),
            "Neuer Fall": NewCaseDialog(w.workspace, w)}.items():
        dialog.show()
        qtbot.wait(10)
        pages = dialog.findChild(QTabWidget)
        for j in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(j)
            if problem := clashes(dialog):
                found[(name, "", j)] = problem
        dialog.close()
    assert found == {}
    w.close()


@pytest.mark.usefixtures("german")
def test_the_plan_templates_are_offered_in_german(
        qtbot: QtBot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.casefile.test_plan_tab import make_tab, new_case
    from ui.casefile.plan.tab import TemplateDialog

    ws = open_as(demo_copy)
    try:
        tab = make_tab(qtbot, ws, new_case(ws))
        seen: list[str] = []

        def choose(dialog: TemplateDialog) -> int:
            seen.extend(dialog.templates.item(i).text() for i in range(dialog.templates.count()))
            dialog.templates.setCurrentRow(seen.index("SPT-Standardplan"))
            dialog.start_button.click()
            return int(dialog.result())

        monkeypatch.setattr(TemplateDialog, "exec", choose)
        tab.from_template.click()
        assert set(seen) == {"SPT-Standardplan", "Plan mit sozialem Rollenvorbild",
                             "Rehabilitationsplan mit therapeutischen Hilfsmitteln"}
        plan = ws.plans.current(tab.case_id)
        assert plan is not None and plan.phase("intake").title == "Erstgespräch und Abklärung"
    finally:
        ws.close()
