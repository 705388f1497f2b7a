"""``triad --self-test``: what the packaged app proves on a clean root (tests/packaging): the
start window comes up on the platform plugin in use, every Qt module the app uses imports
(the bundle leaves the others out), an SVG icon renders (QtSvg and its plugins), and the
report fonts are found inside the bundle. Prints one JSON line; exit 0 when nothing failed."""

from __future__ import annotations

import importlib
import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.start.window import StartWindow

QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets")
"""The Qt modules the app imports (packaging/triad.spec keeps these and no others)."""
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
         "DejaVuSansMono-Bold.ttf")


def self_test(app: QApplication, window: StartWindow) -> int:
    app.processEvents()
    failed: list[str] = []
    loaded = []
    for name in QT_USED:
        try:
            importlib.import_module(f"PySide6.{name}")
            loaded.append(name)
        except ImportError:
            failed.append(f"PySide6.{name}")
    from ui.icons import icon

    drawn = not icon("triad").pixmap(32, 32).toImage().isNull()
    if not drawn:
        failed.append("icon")
    from triad.data import DATA

    fonts = sum((DATA / "fonts" / f).is_file() for f in FONTS)
    if fonts != len(FONTS):
        failed.append("fonts")
    out = sys.stdout  # None in a Windows GUI program started without a redirected output
    if out is not None:
        out.write(json.dumps({
            "page": type(window.stack.currentWidget()).__name__,
            "platform": QApplication.platformName(),
            "qt": loaded, "icon": drawn, "fonts": fonts, "failed": failed,
            "frozen": bool(getattr(sys, "frozen", False)),
            # one word through the installed translators: "Sprache" when the app speaks German
            "word": QCoreApplication.translate("PreferencesDialog", "Language"),
        }) + "\n")
        out.flush()
    window.close()
    return 1 if failed else 0
