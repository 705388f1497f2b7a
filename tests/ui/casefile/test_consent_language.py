"""Issue 19: the form's language is chosen where consent is given and where a blank form is
printed; the German text is a version of its own, read to its end and bound by its hash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_consent_signing import CLIENT, _dialog, _fresh_case
from tests.ui.casefile.test_consent_tab import _click_row, _tab
from tests.ui.conftest import open_as
from triad.casefile import forms
from triad.casefile.ladder import Activity
from triad.workspace import Workspace
from ui.casefile.consent import tab as consent
from ui.casefile.consent.printing import PrintFormDialog


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def test_consent_is_given_on_the_german_text_chosen_in_the_dialog(qtbot: QtBot,
                                                                  therapist: Workspace) -> None:
    case = _fresh_case(therapist)
    d = _dialog(qtbot, therapist, case, "informed-consent")
    languages = [d.language.itemText(i) for i in range(d.language.count())]
    assert languages == ["English", "Deutsch"] and d.language.currentText() == "English"
    assert d.language.accessibleName() == "Form language"
    qtbot.mouseClick(d.choices[Activity.CONVERSATION].button(consent.GRANT), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.signers["client"].name, CLIENT)
    d.text_panel.scroll_to_end()
    assert d.record_button.isEnabled()

    d.language.setCurrentIndex(d.language.findData("de"))
    german = forms.latest("informed-consent", "de")
    panel = d.text_panel
    # the same form, in German: its own version and hash, read from the start again
    assert d.current_form() is german and d.form.currentText().startswith(german.title)
    assert german.title in panel.heading.text() and german.content_hash in panel.hash.text()
    assert "Ihre Therapeut:in" in panel.text.toPlainText()
    assert not panel.read and not d.record_button.isEnabled()
    # what was ticked stays: the activities are the same in every language
    assert d.choices[Activity.CONVERSATION].checkedId() == consent.GRANT
    assert [f.language for f in d.forms] == ["de"] * len(d.forms)
    panel.scroll_to_end()
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    assert d.error.text() == "" and d.change is not None
    (record,) = therapist.consent.records(case)
    assert (record.form_version, record.form_hash) == (german.version, german.content_hash)
    assert record.grants == ("conversation",)

    # back to English: the English text again
    other = _dialog(qtbot, therapist, case, "release-of-information")
    other.language.setCurrentIndex(other.language.findData("de"))
    other.language.setCurrentIndex(other.language.findData("en"))
    assert other.current_form() is forms.latest("release-of-information")


def test_the_consent_tab_names_the_language_of_a_german_record(qtbot: QtBot,
                                                                therapist: Workspace) -> None:
    from tests.core.practice import sigs

    case = _fresh_case(therapist)
    therapist.consent.give(case, "release-of-information",
                           sigs(therapist.local_now()[:10], "client", "therapist", client=CLIENT),
                           language="de")
    tab = _tab(qtbot, therapist, "C-2026-977")
    _click_row(qtbot, tab, 0)
    detail = " ".join(tab.detail.toPlainText().split())
    assert "(the current version), in Deutsch" in detail  # not outdated by the English text


def test_the_print_dialog_offers_each_form_in_each_language(qtbot: QtBot) -> None:
    d = PrintFormDialog(forms.forms())
    qtbot.addWidget(d)
    assert d.language.currentData() == "en"
    d.form.setCurrentIndex(d.form.findData("triad-agreement"))
    d.language.setCurrentIndex(d.language.findData("de"))
    form, page = d.chosen()
    assert page in ("A4", "letter")
    assert form is forms.latest("triad-agreement", "de") and d.form.count() == 5
    assert d.form.currentText() == f"Triadenvereinbarung (version {form.version})"


def test_the_reports_tab_prints_the_german_form_chosen(qtbot: QtBot, therapist: Workspace) -> None:
    from tests.ui.casefile.test_reports_tab import _choose, _text
    from tests.ui.casefile.test_reports_tab import _tab as reports_tab

    tab = reports_tab(qtbot, therapist)
    _choose(qtbot, tab, "consent-form")
    german = forms.latest("triad-agreement", "de")
    titles = [tab.form.itemText(i) for i in range(tab.form.count())]
    assert f"Triadenvereinbarung (version {german.version})" in titles and len(titles) == 10
    tab.form.setCurrentIndex(titles.index(f"Triadenvereinbarung (version {german.version})"))
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    text = " ".join(_text(tab.preview.data()).split())
    assert german.title in text and "Berührung im Genitalbereich" in text
    assert f"triad-agreement v{german.version}" in text


def test_the_form_language_starts_as_the_apps_language() -> None:
    """The merge of issue 19's parts: Give consent and Print a blank form offer the form in
    the language the app speaks (ui/language.py sets triad.i18n's), else in English."""
    from triad import i18n
    from ui.casefile.consent.printing import default_form_language

    before = i18n.chosen()
    try:
        i18n.use("de")
        assert default_form_language() == "de"
        i18n.use("en")
        assert default_form_language() == "en"
    finally:
        i18n.use(before)
