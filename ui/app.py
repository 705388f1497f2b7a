"""``triad [VAULT]``: start the desktop app.

Opens the unlock window for VAULT, or for the last vault used, or the first-run page when
there is none. Heavy modules (ReportLab, keyring) are not imported here, and the window
comes up before the ``Qt`` namespace, QtSvg, the message boxes or the worker thread load
(``benchmarks/app.py`` times exactly :func:`start`, as a person's start-up).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import language, theme
from ui.icons import ICONS
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def start(args: Sequence[str]) -> tuple[QApplication, StartWindow, Ops]:
    """The application, its settings and theme, and the start window, shown."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(args))
    app.setApplicationName("Triad")
    app.setOrganizationName("Triad")
    app.setWindowIcon(QIcon(str(ICONS / "triad.svg")))
    settings = Settings()
    language.install(app, settings.language)  # before any window builds its words
    theme.apply(app, settings.scheme)
    vault = args[1] if len(args) > 1 else settings.last_vault or None
    ops = Ops()
    window = StartWindow(ops, settings, vault)
    window.show()
    return app, window, ops


def main(argv: Sequence[str] | None = None) -> int:
    app, _window, ops = start(list(sys.argv if argv is None else argv))  # kept until exit
    code = app.exec()
    ops.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
