"""The start window: first-run vault creation, unlock, then the case workspace (MainView).
Ctrl+L locks; so does idle time (default 5 minutes).

Start-up cost is measured (``benchmarks/app.py``, key ``startup``) and kept low: this module
imports only the Qt classes the unlock page shows. The ``Qt`` namespace (PySide6 builds its
~94 enums on import, ~14 ms here), ``QEvent``, the message boxes, the error sentences and the
worker thread pool load on first use; the first-run page is built only when it is shown.
``tests/reliability/test_startup_imports.py`` keeps it that way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
)

from ui.ops import Op, Ops
from ui.settings import Settings
from ui.start import warm
from ui.start.page import Page as _Page
from ui.start.page import password_field as _password_field
from ui.start.warm import AFTER_MS, WarmUp
from ui.widgets.fit import open_at
from ui.widgets.keys import LOCK_KEY, key_name

if TYPE_CHECKING:  # the vault, its cryptography and the case views load on first unlock
    from PySide6.QtCore import QEvent

    from triad.workspace import Created, VaultReport, Workspace
    from ui.main.view import MainView
    from ui.start.countdown import LockCountdown
    from ui.start.create import CreatePage

T = TypeVar("T")


GC_PAUSE_MS = 10_000


def _message_for(exc: BaseException) -> str:
    from ui.messages import message_for  # the sentences load with the first error

    return message_for(exc)


class _SelectingLineEdit(QLineEdit):
    """Selects its whole text when it takes the focus (a click included), so typing another
    member's name replaces the last one instead of appending to it."""

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor


class UnlockPage(_Page):
    unlock_requested = Signal(str, str)  # member name (may be empty), passphrase
    quick_requested = Signal(str)  # member name (may be empty)
    recover_requested = Signal(str)  # member name (may be empty)
    vault_chosen = Signal(str)
    open_requested = Signal()
    create_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Unlock"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.layout_.addWidget(self.where)
        form = QFormLayout()
        self.recent = QComboBox()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.activated.connect(lambda i: self.vault_chosen.emit(self.recent.itemData(i)))
        form.addRow(self.tr("&Vault"), self.recent)
        self.member = _SelectingLineEdit()
        self.member.setPlaceholderText(self.tr("Leave empty for the vault's first member"))
        self.member.setAccessibleName(self.tr("Member name"))
        self.passphrase = _password_field(self.tr("Passphrase"))
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.layout_.addLayout(form)
        extra = QHBoxLayout()
        self.quick_button = QPushButton(self.tr("Unlock with &keyring"))
        self.quick_button.setToolTip(self.tr(
            "Use the key kept in this computer's keyring, if you turned quick unlock on."))
        self.recover_button = QPushButton(self.tr("Forgot passphrase? Use the &recovery code…"))
        self.recover_button.setFlat(True)
        extra.addWidget(self.quick_button)
        extra.addStretch(1)
        extra.addWidget(self.recover_button)
        self.layout_.addLayout(extra)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open another vault…"))
        self.new_button = QPushButton(self.tr("&New vault…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.layout_.addLayout(buttons)
        self.finish()
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.create_requested)
        self.quick_button.clicked.connect(lambda: self.quick_requested.emit(self.member.text().strip()))
        self.recover_button.clicked.connect(
            lambda: self.recover_requested.emit(self.member.text().strip()))

    def update_quick(self, path: str) -> None:
        """Unlock with keyring is offered only when a member of this vault turned quick
        unlock on (read from the key-slot file, without loading the cryptography)."""
        from triad.vault.peek import quick_unlock_set_up

        on = bool(path) and quick_unlock_set_up(Path(path))
        self.quick_button.setEnabled(on)
        self.quick_button.setToolTip(self.tr(
            "Use the key kept in this computer's keyring.") if on else self.tr(
            "Quick unlock is not turned on for this vault. Unlock with your passphrase, then "
            "turn it on under Practice… → Security (it needs a desktop keyring)."))

    def show_vault(self, path: str, recent: list[str] | None = None) -> None:
        after = self.property("after_unlock")  # a file to import once unlocked (ui/app.py)
        words = self.tr("Unlock the vault in %s") % path
        self.where.setText(f"{words}\n{after}" if after else words)
        self.recent.clear()
        for p in [path, *[r for r in recent or [] if r != path]]:
            self.recent.addItem(Path(p).name + "  —  " + str(Path(p).parent), p)
        self.recent.setCurrentIndex(0)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.error.setText(self.tr("Enter your passphrase."))
            return
        self.error.clear()
        self.unlock_requested.emit(self.member.text().strip(), self.passphrase.text())


def _verified(ws: Workspace) -> tuple[Workspace, VaultReport]:
    """On the worker, right after unlocking: check what is new since the verified checkpoint
    (issue 18: the cost does not grow with the history; the full check of every chain,
    signature and page follows in the background once the window is up)."""
    try:
        return ws, ws.verify_recent()
    except BaseException:
        ws.close()
        raise


class IdleLock(QObject):
    """Locks after ``minutes`` without a key press, click or wheel turn anywhere in the app."""

    expired = Signal()
    interrupted = Signal()  # input while ``counting`` (the countdown before the lock)

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.counting = False
        self.input: frozenset[QEvent.Type] = frozenset()  # filled by the first start()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expired)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def watch(self) -> None:
        """Listen to the app's input (the timer not running, it changes nothing). Done while
        the passphrase is typed: the first events an app-wide filter meets make PySide set
        up the Python type of every kind of object they come to, ~20 ms once (issue 18)."""
        if not self.input:
            from PySide6.QtCore import QEvent  # ~2 ms: only once a vault is to be opened

            self.input = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                                    QEvent.Type.Wheel, QEvent.Type.MouseMove,
                                    QEvent.Type.HoverMove,
                                    QEvent.Type.TouchBegin})
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.watch()
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
        self.counting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.input:
            if self.counting:
                self.counting = False
                self.timer.start()
                self.interrupted.emit()
            elif self.timer.isActive():
                self.timer.start()
        return False


class StartWindow(QMainWindow):
    """Holds the workspace once unlocked; drops it (and every key) on lock, on idle time
    running out, or on close."""

    unlocked = Signal(object)
    locked = Signal()

    def __init__(self, ops: Ops, settings: Settings, vault: str | None) -> None:
        super().__init__()
        self.ops, self.settings = ops, settings
        self.workspace: Workspace | None = None
        self.vault_path = vault or ""
        self.setWindowTitle("Triad")
        open_at(self, 1180, 760)
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage()
        self.stack.addWidget(self.unlock_page)
        self._create_page: CreatePage | None = None
        self._main: MainView | None = None
        self._closing: Workspace | None = None
        self.pending_import = ""  # a packet or card given at start, opened after the unlock
        self.setCentralWidget(self.stack)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.quick_requested.connect(self._unlock_quick)
        self.unlock_page.recover_requested.connect(self._recover)
        self.unlock_page.vault_chosen.connect(self._switch_vault)
        self.unlock_page.open_requested.connect(self._choose_vault)
        self.unlock_page.create_requested.connect(lambda: self.stack.setCurrentWidget(self.create_page))
        # Ctrl+Q quits (locking first: closeEvent drops the keys), from the start pages too.
        # Set as a property: setShortcut() would build the Qt namespace at start-up (its
        # overloads name Qt's enums; tests/reliability/test_startup_imports.py).
        from PySide6.QtGui import QAction, QKeySequence

        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setProperty("shortcut", QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.idle = IdleLock(settings.idle_lock_minutes)
        self.idle.expired.connect(self._idle_expired)
        self.idle.interrupted.connect(self._stop_countdown)
        self._countdown: LockCountdown | None = None
        self.warm_up = WarmUp()  # the core and the case views, loaded while a passphrase is typed
        if self.vault_path and (Path(self.vault_path) / "keyslots").exists():
            self._show_unlock()
        else:
            if self.vault_path:
                self.create_page.location.setText(self.vault_path)
            self.stack.setCurrentWidget(self.create_page)

    def import_after_unlock(self, path: str) -> None:
        """A packet or identity card given at start (a double-click): once a vault is open,
        the Exchange dialog imports it after the usual confirmation (ui/exchange/open_with)."""
        from ui.exchange.open_with import waiting_note

        self.pending_import = path
        self.unlock_page.setProperty("after_unlock", waiting_note(path))
        if self.stack.currentWidget() is self.unlock_page:
            self.unlock_page.show_vault(self.vault_path, self.settings.recent_vaults)

    @property
    def create_page(self) -> CreatePage:
        """The first-run page, built when first shown (an existing vault opens at the unlock
        page without it)."""
        if self._create_page is None:
            from ui.start.create import CreatePage

            page = self._create_page = CreatePage()
            self.stack.addWidget(page)
            page.create_requested.connect(self._create)
            page.open_requested.connect(self._choose_vault)
            page.demo_requested.connect(self._demo)
        return self._create_page

    @property
    def main(self) -> MainView:
        """The case workspace, built on first unlock (start-up stays light)."""
        if self._main is None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeySequence, QShortcut

            from ui.main.view import MainView

            self._main = MainView(self.ops)
            self._main.lock_requested.connect(self.lock)
            self._main.preferences_changed.connect(self._set_preferences)
            self._main.full_check_changed.connect(self._set_full_check)
            self._main.language_changed.connect(self._set_language)
            self._main.restored_vault.connect(self._open_restored)
            self._main.cases.show_names_changed.connect(self._remember_show_names)
            self._main.settings_file = self.settings.file_name()
            self.stack.addWidget(self._main)
            # Ctrl+L from any window of the app. Made here, with the first workspace: before
            # that there is nothing to lock (and the Qt namespace stays unloaded at start-up).
            lock = QShortcut(QKeySequence(LOCK_KEY), self)
            lock.setWhatsThis(self.tr("Lock the vault"))  # Help → Keyboard shortcuts reads it
            lock.activated.connect(self.lock)
            lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        return self._main

    def _switch_vault(self, path: str) -> None:
        if path and path != self.vault_path:
            self.vault_path = path
            self.unlock_page.error.clear()
            self._show_unlock()

    def _show_unlock(self) -> None:
        self.unlock_page.show_vault(self.vault_path, self.settings.recent_vaults)
        self.unlock_page.update_quick(self.vault_path)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        QTimer.singleShot(AFTER_MS, self, self._warm)

    def _warm(self) -> None:
        """Load the core and the case views while the passphrase is typed, then build the
        case views (ui/start/warm.py)."""
        if self.workspace is not None or self._main is not None or not self.isVisible():
            return  # (a window closed before it was used builds nothing)
        self.warm_up.start()
        if not self.warm_up.done():
            QTimer.singleShot(50, self, self._warm)
            return
        # What PySide sets up on first use, now rather than in the unlock: the types behind
        # a scroll area's viewport (~10 ms) and those an app-wide event filter meets (~20 ms).
        self.main.cases.table.viewport()
        self.ops.prestart()
        self.idle.watch()
        from PySide6.QtWidgets import QStyle  # an enum PySide sets up on first use (~2 ms):

        self.main.cases.table.style().pixelMetric(  # the case list's first fit asks it
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.main.cases.table)
        # One paint of the (empty) case views into a pixmap that is thrown away: their
        # layout, style and icons are then ready, and the unlocked window's first paint
        # costs the records it shows (~30 ms then, ~8 ms less at unlock).
        self.main.resize(self.stack.size())
        self.main.grab()
        # The filter has met the case views' events; it listens again once the unlocked
        # window is painted (``_opened``), not to every event of the unlock.
        self.idle.stop()
        warm.settle()

    def _choose_vault(self) -> None:
        from ui.widgets import dialogs

        path = dialogs.choose_folder(self, self.tr("Choose a Triad vault folder"))
        if path:
            self.vault_path = path
            self._show_unlock()

    def _busy(self, page: _Page, busy: bool) -> None:
        page.set_busy(busy)
        for button in page.findChildren(QPushButton):
            button.setEnabled(not busy)
        if not busy:
            self.unlock_page.update_quick(self.vault_path)

    def _work(self, page: _Page, work: Callable[[], T], done: Callable[[T], object],
              doing: str = "", older: Callable[[str], None] | None = None) -> None:
        """Run ``work`` on the worker; on a vault older than the one last opened here,
        ``older`` (if given) is called with the reason the member typed to open it anyway."""
        page.busy_label.setText(doing)
        self._pause_gc()
        Op(self.ops, self, work).busy(lambda on: self._busy(page, on)).success(done).failure(
            lambda exc: self._failed(page, exc, older)).run()

    def _failed(self, page: _Page, exc: BaseException,
                older: Callable[[str], None] | None) -> None:
        warm.resume()
        if older is not None and getattr(exc, "code", "") == "vault-older":
            reason = self._ask_older(exc)
            if reason is not None:
                older(reason)  # the same unlock again, the older state accepted on record
                return
        page.error.setText(_message_for(exc))

    def _ask_older(self, exc: BaseException) -> str | None:
        """Issue 18: the vault is older than the one last opened here; open it anyway?"""
        from triad.errors import VaultOlder
        from ui.start.older import ask_reason

        return ask_reason(self, exc) if isinstance(exc, VaultOlder) else None

    def _create(self, form: dict[str, Any], quick: bool) -> None:
        from ui.widgets import dialogs

        def created(result: Created) -> None:
            self.vault_path = str(form["path"])
            dialogs.show_recovery_code(self, result.recovery_code, Path(self.vault_path).name)
            if quick:
                try:
                    result.workspace.enable_quick_unlock()
                except Exception as exc:  # the vault is made; only the convenience is missing
                    dialogs.error(self, _message_for(exc))
            self._opened(result.workspace)

        from triad.workspace import Workspace

        self._work(self.create_page, lambda: Workspace.create(**form), created,
                   self.tr("Creating the encrypted vault and its recovery code…"))

    def _unlock(self, member: str, passphrase: str, accept_older: str | None = None) -> None:
        self.warm_up.wait()
        from triad.workspace import Workspace

        path = Path(self.vault_path)
        self._work(self.unlock_page, lambda: _verified(Workspace.open(
            path, passphrase, member or None, accept_older=accept_older)),
            lambda result: self._opened(*result), self.tr("Unlocking…"),
            older=lambda reason: self._unlock(member, passphrase, reason))
        # The case views are built while the worker derives the key (issue 18: the unlock
        # costs the key derivation and little more); a wrong passphrase leaves them unused.
        _ = self.main

    def _demo(self, path: Path, passphrase: str) -> None:
        from triad import demo, i18n
        from ui.widgets import dialogs

        # The demo's records, forms and members in the language the app speaks (issue 19).
        language = i18n.chosen()
        words = demo.texts(language if language in demo.LANGUAGES else demo.ENGLISH)

        def built(ws: Workspace) -> None:
            self.vault_path = str(path)
            dialogs.info(self, self.tr(
                "The demo practice is ready, with five made-up cases. You are signed in as its "
                "therapist, %1. To see another role, lock (%5) and sign in as %2 or %3 "
                "(surrogate partners) or %4 (supervisor), with the same passphrase.")
                .replace("%5", key_name(LOCK_KEY)).replace("%1", words.therapist)
                .replace("%2", words.surrogates[0])
                .replace("%3", words.surrogates[1]).replace("%4", words.supervisor))
            self._opened(ws)

        self._work(self.create_page,
                   lambda: demo.build(path, passphrase, language=words.language), built, self.tr(
            "Building the demo practice: five made-up cases with their members, consent, "
            "phase plans, sessions, debriefs and one audit gap to find…"))

    def _unlock_quick(self, member: str, accept_older: str | None = None) -> None:
        from triad.workspace import Workspace

        path = Path(self.vault_path)
        self._work(self.unlock_page, lambda: _verified(Workspace.open_quick(
            path, member or None, accept_older=accept_older)),
            lambda result: self._opened(*result),
            older=lambda reason: self._unlock_quick(member, reason))

    def _recover(self, member: str, kept: tuple[str, str, str] | None = None,
                 error: str = "") -> None:
        """The recovery dialog; on a refusal after it closed (a code of another vault, an
        unknown member) it opens again with what was typed and the reason."""
        from ui.start.recover import RecoverDialog

        dialog = RecoverDialog(member, self)
        if kept is not None:
            dialog.restore(kept, error)
        if not dialog.exec():
            return
        self._recover_with(dialog.values())

    def _recover_with(self, values: tuple[str, str, str], accept_older: str | None = None) -> None:
        from triad.workspace import Workspace

        code, new, who = values
        path = Path(self.vault_path)
        page = self.unlock_page
        page.busy_label.setText(self.tr("Checking the recovery code and setting the new passphrase…"))
        self._pause_gc()
        Op(self.ops, self, lambda: _verified(Workspace.recover(
            path, code, new, who or None, accept_older=accept_older))).busy(
            lambda on: self._busy(page, on)).success(lambda result: self._recovered(*result)).failure(
            lambda exc: self._recover_failed(values, exc)).run()

    def _recover_failed(self, values: tuple[str, str, str], exc: BaseException) -> None:
        warm.resume()
        if getattr(exc, "code", "") == "vault-older":  # refused before the passphrase was set
            reason = self._ask_older(exc)
            if reason is not None:
                self._recover_with(values, reason)
            else:
                self.unlock_page.error.setText(_message_for(exc))
            return
        self._recover(values[2], values, _message_for(exc))

    def _recovered(self, ws: Workspace, report: VaultReport) -> None:
        from PySide6.QtWidgets import QMessageBox

        from triad.roles import Role
        from ui.widgets import dialogs

        self._opened(ws, report)
        therapist = ws.actor.role is Role.THERAPIST
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Passphrase changed"), self.tr(
            "Your passphrase was changed, %1: unlock with the new one from now on. The old "
            "passphrase no longer opens this vault.").replace("%1", ws.actor.name), parent=self)
        box.setInformativeText(self.tr(
            "The recovery code you typed has now been seen. Replace it with a new one and keep "
            "the new sheet locked away.") if therapist else self.tr(
            "The recovery code you typed has now been seen: ask a therapist of the practice to "
            "replace it (Practice… → Security)."))
        replace = box.addButton(self.tr("&Replace recovery code…"),
                                QMessageBox.ButtonRole.AcceptRole) if therapist else None
        box.addButton(self.tr("&Later") if therapist else self.tr("OK"),
                      QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if replace is not None and box.clickedButton() is replace and self.workspace is ws:
            code = ws.new_recovery_code()
            dialogs.show_recovery_code(self, code, Path(self.vault_path).name)

    def _pause_gc(self) -> None:
        """The collector waits from Enter until the unlocked window is painted (warm.py); at
        the latest it resumes after ``GC_PAUSE_MS``."""
        pause = warm.pause()
        QTimer.singleShot(GC_PAUSE_MS, lambda: warm.resume(pause))

    def _opened(self, ws: Workspace, report: VaultReport | None = None) -> None:
        if self.ops.synchronous:
            warm.resume()
        else:
            from ui.widgets.firstpaint import after_paint

            after_paint(self.main.cases.table.viewport(), warm.resume)
        self.workspace = ws
        self.settings.last_vault = self.vault_path
        self.unlock_page.passphrase.clear()
        self.unlock_page.error.clear()
        if self._create_page is not None:
            self._create_page.passphrase.clear()
            self._create_page.confirm.clear()
        self.main.idle_minutes = self.settings.idle_lock_minutes
        self.main.scheme = self.settings.scheme
        self.main.show_names = self.settings.show_names
        self.main.full_check_when = self.settings.full_check
        self.main.language = self.settings.language
        self.main.set_workspace(ws, self.vault_path, report)
        self.stack.setCurrentWidget(self.main)
        # The vault's folder name only: never a client's or member's name.
        self.setWindowTitle(f"Triad — {Path(self.vault_path).name}")
        if self.ops.synchronous:
            self.idle.start()
        else:  # its app-wide filter would meet every event of the first paint
            from ui.widgets.firstpaint import after_paint

            after_paint(self.main.cases.table.viewport(),
                        lambda: self.idle.start() if self.workspace is ws else None)
        self.unlocked.emit(ws)
        # Once the window shows: the forms this member left unfinished (issue 15).
        QTimer.singleShot(0, lambda: self._offer_drafts(ws))
        if self.pending_import:
            path, self.pending_import = self.pending_import, ""
            self.unlock_page.setProperty("after_unlock", "")
            QTimer.singleShot(0, lambda: self._import_given(ws, path))

    def _import_given(self, ws: Workspace, path: str) -> None:
        if self.workspace is ws and self._main is not None:
            self._main.open_exchange(path)

    def _offer_drafts(self, ws: Workspace) -> None:
        if self.workspace is ws and self._main is not None:
            self._main.offer_drafts()

    def _open_restored(self, ws: Workspace, report: VaultReport, path: str) -> None:
        """Practice → Backup → Restore… asked to open the restored vault: the one open now
        is locked (its keys dropped), then the restored one is shown."""
        self.lock()
        self.vault_path = path
        self._opened(ws, report)

    def _remember_show_names(self, on: bool) -> None:
        self.settings.show_names = on  # a boolean: never a name
        if self._main is not None:
            self._main.show_names = on

    def _set_language(self, value: str) -> None:
        self.settings.language = value

    def _set_preferences(self, minutes: int, scheme: str) -> None:
        from ui import theme

        if scheme != self.settings.scheme:
            self.settings.scheme = scheme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, scheme if scheme != "system" else "light")
        self.settings.idle_lock_minutes = minutes
        self.idle.set_minutes(minutes)
        if self.workspace is not None:
            self.idle.start()

    def _set_full_check(self, when: str) -> None:
        self.settings.full_check = when  # how often: never a name

    def _idle_expired(self) -> None:
        if self.workspace is not None and self.ops.busy:
            self.idle.start()  # never pull the keys from under a save; try again later
            return
        from ui.widgets.drafts import open_forms

        if self.workspace is not None and any(f.has_changes() for f in open_forms(self)):
            from ui.start.countdown import LockCountdown

            # Unsaved input: warn for 30 seconds first; any input cancels (IdleLock).
            self._stop_countdown()
            self._countdown = LockCountdown(self)
            self._countdown.ran_out.connect(self._idle_lock)
            self.idle.counting = True
            self._countdown.start()
            return
        self._idle_lock()

    def _stop_countdown(self) -> None:
        if self._countdown is not None:
            self._countdown.stop()
            self._countdown = None
        self.idle.counting = False

    def _idle_lock(self) -> None:
        self._stop_countdown()
        self.lock()
        if self.workspace is None:
            self.unlock_page.error.setText(self.tr("Locked after %n minute(s) without use.", "",
                                                   self.settings.idle_lock_minutes))

    def lock(self) -> None:
        """Clear every view, close the vault (dropping its keys) and show the unlock page."""
        if self.workspace is None:
            return
        from ui.widgets.drafts import open_forms

        self.idle.stop()
        self._stop_countdown()
        for form in open_forms(self):  # what was typed is kept, encrypted, for the next unlock
            form.keep_and_close()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        if self._main is not None:
            self._main.clear()
        ws, self.workspace = self.workspace, None
        self.setWindowTitle("Triad")
        self._show_unlock()
        self.unlock_page.member.selectAll()  # the next member's typing replaces the name
        self._close_when_idle(ws)
        self.locked.emit()

    def _close_when_idle(self, ws: Workspace) -> None:
        """The screen locks at once; the vault closes (and its keys go) as soon as work on
        the worker thread (a re-key, a save) has finished -- never under its feet."""
        if self.ops.busy:
            self._closing = ws
            QTimer.singleShot(100, lambda: self._close_when_idle(ws))
            return
        self._closing = None
        ws.close()

    def closeEvent(self, event: Any) -> None:
        self.lock()
        if self._closing is not None:
            self.ops.shutdown()  # wait for the worker, then drop the keys
            self._closing.close()
            self._closing = None
        super().closeEvent(event)
