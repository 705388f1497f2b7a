"""No English code inside the German app (issue 19): the audit trail's roles and the record's
parties, kinds, outcomes and statuses in German words; the session kind inside a German
sentence keeps its capital ("Surrogatsitzung", not "surrogatsitzung"); every entry kind has
words of its own in the trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.main.test_german import _laptop, catalogue, german  # noqa: F401 (fixtures)
from tests.ui.main.test_walkthrough import DEMO_PASS, _pick
from triad import demo
from triad.log.kinds import Kind
from triad.workspace import Workspace
from ui.casefile.audit.words import KIND_WORDS, Words, kind_words
from ui.ops import Ops
from ui.settings import Settings
from ui.widgets.words import in_sentence, party_word, role_word


def test_every_entry_kind_has_words_in_the_trail() -> None:
    assert [k.value for k in Kind if k.value not in KIND_WORDS] == []


@pytest.mark.usefixtures("german")
def test_codes_in_a_record_read_as_german_words() -> None:
    words = Words({}, {})
    assert words.value("party", "client") == "Klient:in"
    assert words.value("attendees", ["client", "therapist", "surrogate"]) == \
        "Klient:in, Therapeut:in, Surrogatpartner:in"
    assert words.value("kind", "surrogate_session") == "Surrogatsitzung"
    assert words.value("outcome", "no-show") == "Nicht erschienen"
    assert words.value("to", "active") == "Aktiv"
    assert words.value("where", ["in_session", "at_home"]) == "in der Sitzung, zu Hause"
    assert words.value("on", "2026-04-05") == "05.04.2026"
    assert words.label("closed_on") == "Abgeschlossen am"
    assert kind_words("note.progress") == "Verlaufsnotiz geschrieben"
    assert kind_words("request.closed") == "Antrag der Klient:in abgeschlossen"
    assert role_word("surrogate") == "Surrogatpartner:in" and party_word("client") == "Klient:in"
    assert in_sentence("Einwilligung nach Aufklärung") == "Einwilligung nach Aufklärung"


def test_english_keeps_its_words() -> None:
    words = Words({}, {})
    assert words.value("party", "client") == "client"
    assert words.value("kind", "surrogate_session") == "Surrogate session"
    assert words.label("closed_on") == "Closed on"
    assert role_word("surrogate") == "surrogate partner"
    assert in_sentence("Informed consent") == "informed consent"


@pytest.mark.usefixtures("german")
def test_the_german_trail_names_roles_and_parties_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    from ui.casefile.audit.tab import AuditTab

    w = _laptop(qtbot, demo_path, ops, settings, demo.THERAPIST)
    _pick(w, "C-2026-001")
    tab = next(t for t in w.main.tabs.tabs if isinstance(t, AuditTab))
    w.main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.trail_model.rowCount() > 10, timeout=5000)
    model = tab.trail_model
    roles = {str(model.index(r, 2).data()) for r in range(model.rowCount())}
    assert roles <= {"Therapeut:in", "Surrogatpartner:in", "Supervisor:in"}, roles
    signed = next(r for r in range(model.rowCount())
                  if model.item_at(r).kind == "consent.signed")
    tab.trail.selectRow(signed)
    qtbot.waitUntil(lambda: "Partei" in tab.trail_record.toPlainText(), timeout=3000)
    shown = tab.trail_record.toPlainText()
    party = next(line.strip() for line in shown.split("Partei", 1)[1].splitlines() if line.strip())
    assert party in ("Klient:in", "Therapeut:in", "Surrogatpartner:in"), shown
    assert "(therapist)" not in shown and "(surrogate)" not in shown
    w.close()


@pytest.mark.usefixtures("german")
def test_the_review_dialog_names_the_session_kind_as_a_german_noun(
        qtbot: QtBot, demo_path: Path) -> None:
    from ui.casefile.sessions.debrief_form import ReviewDialog

    ws = Workspace.open(demo_path, DEMO_PASS, demo.THERAPIST)
    case = next(c for c in ws.cases.list() if c.code == "C-2026-001")
    held = next(s for s in ws.sessions.list(case.case_id) if s.debrief is not None)
    dialog = ReviewDialog(ws, held)
    qtbot.addWidget(dialog)
    line = next(label.text() for label in dialog.findChildren(QLabel)
                if label.text().startswith("Nachbesprechung"))
    assert "Surrogatsitzung vom " in line and "surrogatsitzung" not in line, line
    assert "-" not in line.split(" vom ")[1][:10]  # the day as Germans write it
