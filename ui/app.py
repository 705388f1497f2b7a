"""``triad [VAULT | FILE.triadpacket | FILE.triadcard]``: start the desktop app.

Opens the unlock window for VAULT, or for the last vault used, or the first-run page when
there is none. Given a packet or an identity card (a double-click in the file manager: the
desktop entry runs ``triad %f``), it opens the last vault's unlock window and, once unlocked,
the Exchange dialog with that file, after the usual confirmation (``ui/exchange/open_with``).
``--version`` prints the version; ``--self-test`` (hidden: the packaged app's proof on a clean
root, tests/packaging) builds the start window, processes events once, checks the Qt modules,
the icons and the fonts, prints one JSON line and exits.

Heavy modules (ReportLab, keyring) are not imported here, and the window comes up before the
``Qt`` namespace, QtSvg, the message boxes or the worker thread load (``benchmarks/app.py``
times exactly :func:`start`, as a person's start-up).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import language, theme
from ui.icons import ICONS
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow

OPENED_SUFFIXES = (".triadpacket", ".triadcard", ".age")
"""Files the app opens for import (the desktop entry's MIME types; ``.age``: packets saved
by earlier versions)."""


def _to_import(arg: str) -> Path | None:
    path = Path(arg)
    return path if path.suffix.lower() in OPENED_SUFFIXES and not path.is_dir() else None


def start(args: Sequence[str], settings: Settings | None = None,
          ops: Ops | None = None) -> tuple[QApplication, StartWindow, Ops]:
    """The application, its settings and theme, and the start window, shown."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(args))
    app.setApplicationName("Triad")
    app.setOrganizationName("Triad")
    app.setWindowIcon(QIcon(str(ICONS / "triad.svg")))
    settings = settings or Settings()
    language.install(app, settings.language)  # before any window builds its words
    theme.apply(app, settings.scheme)
    given = [a for a in args[1:] if not a.startswith("--")]
    to_import = _to_import(given[0]) if given else None
    vault = given[0] if given and to_import is None else settings.last_vault or None
    ops = ops or Ops()
    window = StartWindow(ops, settings, vault)
    if to_import is not None:
        window.import_after_unlock(str(to_import.absolute()))
    if sys.platform == "darwin":  # a double-click arrives as an event there (Launch Services)
        from ui.exchange.open_with import FileOpenFilter

        app.installEventFilter(FileOpenFilter(window))
    window.show()
    return app, window, ops


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--version" in args[1:]:
        from triad import __version__

        print(f"triad {__version__}")
        return 0
    app, window, ops = start(args)  # kept until exit
    if "--self-test" in args[1:]:
        from ui.selftest import self_test

        code = self_test(app, window)
    else:
        code = int(app.exec())
    ops.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
