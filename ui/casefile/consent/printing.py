"""Consent tab: the form's language (issue 19) and the dialog choosing a blank form to print.

Each form is shipped in English and German, each language's text a version of its own with its
own hash (``triad.casefile.forms``); the therapist chooses the language the client reads and
signs, and the printed blank form's activity list, headings and footer follow the form's
language, not the app's (``triad.casefile.form_words``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from triad import i18n
from triad.casefile import forms as form_texts
from triad.casefile.forms import Form
from triad.workspace import Workspace
from ui.widgets.form import action_buttons


def default_form_language(ws: Workspace | None = None) -> str:
    """The language a form is offered in first: with ``ws``, the practice's language for
    printed documents (issue 19, ``ws.report_language``), which defers to the app's; else
    the app's language (ui/language.py), else the environment's; English when neither is a
    language the forms are shipped in."""
    spoken = ws.report_language.for_report() if ws is not None else i18n.chosen()
    return spoken if spoken in form_texts.LANGUAGES else form_texts.ENGLISH


def form_language_combo(accessible_name: str, tooltip: str,
                        default: str | None = None) -> QComboBox:
    """A choice of the languages every form is shipped in, each named in its own language (a
    German speaker looks for "Deutsch", whatever the app's language), the default chosen."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.setToolTip(tooltip)
    for code in form_texts.languages():
        combo.addItem(form_texts.LANGUAGES.get(code, code), code)
    combo.setCurrentIndex(max(combo.findData(default or default_form_language()), 0))
    return combo


class PrintFormDialog(QDialog):
    """Choose a form (the current version in the chosen language) and a page size for a blank
    form to sign on paper."""

    def __init__(self, forms: list[Form], parent: QWidget | None = None,
                 load: Callable[[str], list[Form]] = form_texts.forms,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.forms = forms
        self._load = load
        self.setWindowTitle(self.tr("Print a blank form"))
        self.language = form_language_combo(
            self.tr("Form language"),
            self.tr("The language of the form text the client reads and signs. Each language's "
                    "text is a form version of its own, with its own content hash."), language)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        self._fill(forms)
        self.page = QComboBox()
        self.page.setAccessibleName(self.tr("Page size"))
        self.page.addItem("A4", "A4")
        self.page.addItem(self.tr("US Letter"), "letter")
        if QLocale().measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem:
            self.page.setCurrentIndex(1)
        note = QLabel(self.tr("The form shows the client's code, not their name. The client, "
                              "and each party the form names, sign it on paper."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Form &language"), self.language)
        form.addRow(self.tr("&Form"), self.form)
        form.addRow(self.tr("&Page size"), self.page)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        buttons, self.create_button = action_buttons(self, layout, self.tr("&Create PDF…"))
        buttons.accepted.connect(self.accept)
        if self.language.currentData() != (forms[0].language if forms else None):
            self._language_chosen()
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _fill(self, forms: list[Form]) -> None:
        self.form.clear()
        for f in forms:
            self.form.addItem(self.tr("%s (version %d)") % (f.title, f.version), f.form_id)

    def _language_chosen(self) -> None:
        """The same form in the chosen language (its current version there)."""
        chosen = self.form.currentData()
        self.forms = self._load(str(self.language.currentData()))
        self._fill(self.forms)
        self.form.setCurrentIndex(max(self.form.findData(chosen), 0))

    def chosen(self) -> tuple[Form, str]:
        return self.forms[max(self.form.currentIndex(), 0)], str(self.page.currentData())
