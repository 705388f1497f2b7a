"""Key names inside sentences: the shortcut as the keyboard in the user's language names it.

A tooltip that says "Search cases (Ctrl+F)" is a copy of the shortcut, and copies drift; in
German the keys are "Strg+F", "Alt+Links". The sentence carries ``%1`` (or another marker) and
the key is written in from the same ``QKeySequence`` the action uses, in Qt's native text
(translated by ``qtbase_de.qm``, which ``ui.language`` installs):

    button.setToolTip(with_key(self.tr("Search cases (%1)"), "Ctrl+F"))
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

KeyLike = QKeySequence | QKeySequence.StandardKey | str


def key_name(key: KeyLike) -> str:
    """``"Ctrl+Shift+V"`` as the keyboard in the user's language names it ("Strg+Umschalt+V")."""
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def with_key(sentence: str, key: KeyLike, marker: str = "%1") -> str:
    """``sentence`` with ``marker`` replaced by the key's name."""
    return sentence.replace(marker, key_name(key))


# The app's shortcuts that sentences elsewhere name (the actions use the same constants)
GENERATE_KEY = "Ctrl+Return"  # a document's Generate, a note's Save in its dialog
LOCK_KEY = "Ctrl+L"
EXCHANGE_KEY = "Ctrl+E"
VERIFY_KEY = "Ctrl+Shift+V"  # check the whole record now
NEW_CASE_KEY = "Ctrl+N"
AGENDA_KEY = "Ctrl+G"
FIND_KEY = "Ctrl+F"  # the case list's search box
FINDINGS_KEY = "Ctrl+Shift+F"  # the supervisor's queue of open findings
RECORDS_KEY = "Ctrl+Shift+R"


def with_mnemonic(sentence: str, button: QAbstractButton, marker: str = "%1") -> str:
    """``sentence`` naming the key of ``button``'s own mnemonic (``&Give`` -> Alt+G), which the
    translation moves with its letter (``Einwilligung &erteilen`` -> Alt+E)."""
    return with_key(sentence, QKeySequence.mnemonic(button.text()), marker)
