"""The Help menu: About (the version), Keyboard shortcuts (read from the window's actual
QActions and QShortcuts, so the list cannot drift from what the keys do) and Where your data
lives (the vault folder, the state folder, the settings file: paths only, never a name)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triad.i18n import sort_key
from ui.widgets.fit import open_at


def shortcut_rows(window: QObject) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and shortcut of ``window`` that has keys, in the
    platform's words for the keys, sorted by what they do."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty():
                rows[keys.toString(QKeySequence.SequenceFormat.NativeText)] = \
                    action.text().replace("&", "").rstrip("…")
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key()
        if not keys.isEmpty() and shortcut.isEnabled():
            rows[keys.toString(QKeySequence.SequenceFormat.NativeText)] = shortcut.whatsThis()
    return sorted(rows.items(), key=lambda r: sort_key(r[1]))  # „Übersicht“ beside U, not after Z


class ShortcutsDialog(QDialog):
    def __init__(self, window: QObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        open_at(self, 440, 400)

    def keys(self) -> list[str]:
        items = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]


def about_text() -> str:
    from triad import __version__

    return (f"<b>Triad {__version__}</b><br>Case coordination for surrogate partner therapy: "
            "offline, encrypted, every change a signed entry.")


class DataDialog(QDialog):
    """Where your data lives: three paths, selectable to copy."""

    def __init__(self, vault_path: str, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from triad.vault.seen import state_folder

        self.setWindowTitle(self.tr("Where your data lives"))
        layout = QVBoxLayout(self)
        self.paths = {
            "vault": vault_path,
            "state": str(state_folder()),
            "settings": settings_file,
        }
        words = {
            "vault": self.tr("The vault (everything recorded, encrypted; back it up from "
                             "Practice… → Backup):"),
            "state": self.tr("This computer's state folder (what it last saw of each vault, to "
                             "notice one put back from an older copy; no record text):"),
            "settings": self.tr("The app's settings on this computer (recent vault folders, "
                                "lock time, colours, whether names show; never a name or "
                                "passphrase):"),
        }
        for key, sentence in words.items():
            label = QLabel(sentence)
            label.setWordWrap(True)
            path = QLabel(self.paths[key] or self.tr("(none)"))
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path.setWordWrap(True)
            path.setAccessibleName(sentence)
            layout.addWidget(label)
            layout.addWidget(path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        open_at(self, 560, 300)
