"""Take the README's screenshots from the real window. Run under Xvfb:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py

Uses a throw-away vault in a temp folder and made-up names; writes docs/screenshots/*.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triad.members import Credential, Role  # noqa: E402
from ui import dialogs  # noqa: E402
from ui.ops import Ops  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.start import StartWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def snap(app: QApplication, window: StartWindow, name: str) -> None:
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def main() -> None:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    dialogs.show_recovery_code = lambda _parent, _code: None
    vault = tmp / "riverside.triad"

    w = StartWindow(Ops(synchronous=True), settings, None)
    w.resize(760, 540)
    w.show()
    w.create_page.location.setText(str(vault))
    w.create_page.practice.setText("Riverside Therapy")
    w.create_page.name.setText("Dr Łucja Wiśniewska")
    w.create_page.passphrase.setText("correct horse battery")
    snap(app, w, "first-run")
    w.create_page.confirm.setText("correct horse battery")
    w.create_page.create_button.click()
    ws = w.workspace
    assert ws is not None
    ws.members.add("Sam Okafor", Role.SURROGATE, "surrogate passphrase",
                   (Credential("IPSA", "S-1042", "2027-09-30"),))
    ws.members.add("Prof. Henrik Ødegaard", Role.SUPERVISOR, "supervisor passphrase")
    w.open_page.show_workspace(ws, str(vault))
    snap(app, w, "vault-open")
    w.lock()
    w.unlock_page.passphrase.setText("wrong one!")
    w.unlock_page.unlock_button.click()
    snap(app, w, "unlock-wrong-passphrase")
    w.close()


if __name__ == "__main__":
    main()
