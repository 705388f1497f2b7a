"""Screenshot of finding a client by name (issue 15) on a 1366x768 screen. Run under Xvfb:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python tools/screenshots_find.py

A throw-away demo practice, the therapist signed in; Ctrl+F, "Elif" typed, Show names on:
docs/screenshots/search-by-name.png.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triad import demo
from ui import theme
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow

OUT = ROOT / "docs" / "screenshots"
PASS = "demo passphrase"


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication(sys.argv)
    theme.apply(app, "light")
    tmp = Path(tempfile.mkdtemp())
    vault = tmp / "practice.triad"
    demo.build(vault, PASS).close()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    w = StartWindow(Ops(synchronous=True), settings, str(vault))
    w.setGeometry(0, 0, 1366, 730)
    w.show()
    w.unlock_page.passphrase.setText(PASS)
    w.unlock_page.unlock_button.click()
    pump(app, 0.5)
    assert w.workspace is not None
    w.activateWindow()
    pump(app, 0.3)
    QTest.keyClick(w.main.cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(w.main.cases.search, "Elif")
    w.main.cases.show_names.setChecked(True)
    w.main.cases.table.selectRow(0)
    w.main.cases.search.setFocus()
    pump(app, 0.8)
    shot = QApplication.primaryScreen().grabWindow(0)
    shot.save(str(OUT / "search-by-name.png"))
    print(f"wrote docs/screenshots/search-by-name.png ({shot.width()}x{shot.height()})")
    w.close()


if __name__ == "__main__":
    main()
