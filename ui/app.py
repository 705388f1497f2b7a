"""``triad [VAULT]``: start the desktop app.

Opens the unlock window for VAULT, or for the last vault used, or the first-run page when
there is none. Heavy modules (ReportLab, keyring) are not imported here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import theme
from .icons import ICONS
from .ops import Ops
from .settings import Settings
from .start import StartWindow


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName("Triad")
    app.setOrganizationName("Triad")
    app.setWindowIcon(QIcon(str(ICONS / "triad.svg")))
    settings = Settings()
    theme.apply(app, settings.scheme)
    vault = args[1] if len(args) > 1 else settings.last_vault or None
    ops = Ops()
    window = StartWindow(ops, settings, vault)
    window.show()
    code = app.exec()
    ops.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
