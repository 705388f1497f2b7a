"""The Practice dialog's "Printed documents" page (issue 19): the practice's language for
printed documents (``vault.report_language``, ``triad.casefile.report_language``).

One choice -- the program's language (each member's own), English or Deutsch -- for every
report and client document the practice prints: the Reports tab, the client's copies, the
disposal register. A therapist sets it; the others see it, with the reason they cannot change
it as the choice's tooltip. The page only asks: the dialog records the choice on the worker
thread (``chosen``) and calls :meth:`PrintingPage.show_setting` when it is recorded."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.workspace import Workspace
from ui.messages import message_for

# (value, the words shown); the languages named in their own language, as Preferences does
CHOICES: tuple[tuple[str, str], ...] = (
    ("system", str(QT_TRANSLATE_NOOP("PrintingPage", "System language (each member's own)"))),
    ("en", "English"), ("de", "Deutsch"))


class PrintingPage(QWidget):
    """The language for printed documents: shown to all, set by a therapist."""

    chosen = Signal(str)  # the language a therapist picked ("system", "en" or "de")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._busy = False
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Language for printed documents"))
        inner = QVBoxLayout(box)
        intro = QLabel(self.tr(
            "Progress summaries, audit reports, debriefs, the client's copies and card, and the "
            "registers print in this language, whoever prints them; consent forms to sign are "
            "offered in it first. “System language” prints in the language each member's "
            "program speaks. On the command line, ‑‑language overrides it for one document."))  # noqa: RUF001
        intro.setWordWrap(True)  # (non-breaking hyphens: the option never splits at a line end)
        inner.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox()
        for value, words in CHOICES:
            self.language.addItem(self.tr(words) if value == "system" else words, value)
        self.language.setAccessibleName(self.tr("Language for printed documents"))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        # one signed entry per decision, not one per arrow key through the list
        self.apply = QPushButton(self.tr("&Use this language"))
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.apply)
        row.addStretch(1)
        form.addRow(label, row)
        inner.addLayout(form)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setAccessibleName(self.tr("Who sets it"))
        inner.addWidget(self.why_not)
        layout.addWidget(box)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(lambda _i: self._update())
        self.apply.clicked.connect(self._picked)
        self.refresh()

    def refresh(self, busy: bool = False) -> None:
        """Show the practice's setting; enabled for a therapist while nothing else runs."""
        if not busy:
            self.show_setting(self.ws.report_language.setting())
        problem = self.ws.report_language.why_not_set()
        why = message_for(problem) if problem is not None else ""
        self.language.setEnabled(problem is None and not busy)
        self.language.setToolTip(why)
        self.why_not.setText(why)
        self.why_not.setVisible(bool(why))
        self._busy = busy
        self._update()

    def _update(self) -> None:
        """"Use this language" only for a choice that differs from the setting."""
        value = self.language.currentData()
        self.apply.setEnabled(self.language.isEnabled() and not self._busy
                              and value != self.ws.report_language.setting())
        self.apply.setToolTip(self.language.toolTip())

    def show_setting(self, value: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(value)))

    def words(self, value: str) -> str:
        """The choice's words as the list shows them."""
        return self.language.itemText(max(0, self.language.findData(value)))

    def _picked(self) -> None:
        value = str(self.language.currentData())
        if value != self.ws.report_language.setting():
            self.chosen.emit(value)
