"""Screenshots of a double-clicked packet (issue 19): the unlock page saying what follows, and
the question before the import. Run under Xvfb:

    TRIAD_INSECURE_TEST_KDF=1 xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_open_with.py

Writes docs/screenshots/open-packet-unlock.png and open-packet-confirm.png (the demo practice,
throw-away vault; the packet is declined, so its content is never read)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.screenshots import OUT, PASS, snap
from triad import demo
from ui.app import start
from ui.exchange.dialog import ExchangeDialog
from ui.ops import Ops
from ui.settings import Settings


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="triad-shots-"))
    vault = tmp / "riverside.triad"
    demo.build(vault, PASS).close()
    packet = tmp / "to-3f9a0c-7-c41d2e.triadpacket"  # neutral, as the exchange names them
    packet.write_bytes(b"not read: the import is declined")
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.last_vault = str(vault)
    app, window, _ops = start(["triad", str(packet)], settings=settings, ops=Ops(synchronous=True))
    window.resize(1100, 700)
    snap(app, window, "open-packet-unlock")

    def grab(box: QMessageBox) -> int:  # the real question of dialogs.confirm, declined
        box.show()
        for _ in range(20):
            app.processEvents()
        box.grab().save(str(OUT / "open-packet-confirm.png"))
        print("wrote docs/screenshots/open-packet-confirm.png")
        box.close()
        return 0

    QMessageBox.exec = grab  # type: ignore[method-assign,assignment]
    ExchangeDialog.exec = lambda self: self.show() or 0  # type: ignore[method-assign]
    window.unlock_page.passphrase.setText(PASS)
    window.unlock_page.unlock_button.click()
    for _ in range(50):
        app.processEvents()
    window.close()


if __name__ == "__main__":
    main()
