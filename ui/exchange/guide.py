"""The Exchange panel's first-use explanation (issue 15): when one shared vault is enough and
when separate vaults with packets are needed, with the steps of each as a checklist. Shown
while there is no contact; "How exchange works" shows it again later. The ticks are a reading
aid for this visit only: nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.fit import FormScroll
from ui.widgets.keys import LOCK_KEY, with_key

# Marked for Qt Linguist in the guide's own context (a literal: lupdate reads no variable),
# so that ``self.tr`` finds their translations when the steps are shown.
SHARED_STEPS = (
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "A therapist opens Practice… → Members and adds each member, in their "
                      "role, with their own passphrase."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "Each member signs in with their own name; Lock (%1) before handing the "
                      "computer over."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "Nothing else: everyone works in the same vault, and each reads only what "
                      "their role on the case allows."),
)
SEPARATE_STEPS = (
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "Each member: Save my card… and give the card file to the others (by "
                      "e-mail or a USB stick)."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "Add contact from card… for each card you receive, and compare its "
                      "fingerprint with its owner by phone or in person before you tick that "
                      "it matches."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "The therapist: open the case, choose the contact and Share this case (it "
                      "adds them to the triad in their role). A case travels only while the "
                      "client's release of information is in force."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "Write packet… for a contact, or set Folders… to a shared folder or USB "
                      "stick so that packets go out and come in by themselves."),
    QT_TRANSLATE_NOOP("ExchangeGuide",
                      "The other member: Import packet… (or Sync folders now). Repeat whenever "
                      "something new is recorded: a debrief goes back to the therapist the same "
                      "way."),
)


class ExchangeGuide(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("One shared vault, or separate vaults with packets?"))
        self.setAccessibleName(self.tr("How exchange works"))
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.checks: list[QCheckBox] = []

        def para(text: str, bold: bool = False) -> None:
            label = QLabel(f"<b>{text}</b>" if bold else text)
            label.setWordWrap(True)
            layout.addWidget(label)

        def steps(items: tuple[object, ...]) -> None:  # QT_TRANSLATE_NOOP gives objects
            for n, text in enumerate(items, 1):
                # the tick box holds the number; the sentence beside it wraps (a check box's
                # own text cannot, and would be cut short on a 1366-px screen)
                sentence = with_key(self.tr(str(text)), LOCK_KEY)  # where a step names it
                check = QCheckBox(f"{n}.")
                check.setAccessibleName(sentence)
                check.setToolTip(self.tr("A reading aid: ticks are not kept."))
                words = _StepLabel(sentence, check)
                row = QHBoxLayout()
                row.setContentsMargins(12, 0, 0, 0)
                row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(words, 1)
                self.checks.append(check)
                layout.addLayout(row)

        para(self.tr("Use one shared vault when every member of the triad works on the same "
                     "computer (the practice's, say). Nothing needs exchanging: no cards, no "
                     "packets."), bold=False)
        steps(SHARED_STEPS)
        para(self.tr("Use separate vaults with packets when members work on their own "
                     "computers: each keeps their own vault, and case records travel between "
                     "them as packets, files encrypted to their one recipient (no network "
                     "connection, no server)."))
        steps(SEPARATE_STEPS)
        layout.addStretch(1)
        scroll = FormScroll(inner)  # no sideways scrolling: the sentences wrap
        scroll.setMaximumHeight(230)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(scroll)

    def text(self) -> str:
        """Everything it says, for tests and screen readers' sake."""
        return "\n".join([*(label.text() for label in self.findChildren(QLabel)),
                          *(c.accessibleName() for c in self.checks)])


class _StepLabel(QLabel):
    """A step's sentence, word-wrapped beside its tick box; a click on it ticks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(check)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.check.toggle()
        event.accept()
