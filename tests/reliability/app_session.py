"""Drive the real app window offscreen: ``python -m tests.reliability.app_session VAULT
PASSPHRASE [MEMBER]``. Builds the StartWindow as ``ui.app`` does (default QSettings, so the
settings land under $XDG_CONFIG_HOME), unlocks, selects every case and every tab of each,
locks and closes. Prints JSON: cases and tabs visited, and the peak resident memory."""

from __future__ import annotations

import json
import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def main() -> None:
    vault, passphrase = sys.argv[1], sys.argv[2]
    member = sys.argv[3] if len(sys.argv) > 3 else ""
    app = QApplication(["triad"])
    app.setApplicationName("Triad")
    app.setOrganizationName("Triad")
    from ui.ops import Ops
    from ui.settings import Settings
    from ui.start.window import StartWindow

    window = StartWindow(Ops(synchronous=True), Settings(), vault)
    window.show()
    app.processEvents()
    window.unlock_page.unlock_requested.emit(member, passphrase)
    app.processEvents()
    if window.workspace is None:
        print(json.dumps({"error": window.unlock_page.error.text()}))
        sys.exit(1)
    main_view = window.main
    panel = main_view.cases
    cases = [panel.proxy.index(r, 0).data(256) for r in range(panel.proxy.rowCount())]
    tabs_seen = 0
    for case_id in cases:
        panel.select(case_id)
        app.processEvents()
        for i in range(main_view.tabs.count()):
            main_view.tabs.setCurrentIndex(i)
            app.processEvents()
            tabs_seen += 1
    window.lock()
    app.processEvents()
    window.close()
    app.processEvents()
    window.settings.sync()
    print(json.dumps({"cases": len(cases), "tabs": tabs_seen, "peak_mib": peak_kib() / 1024}))


def peak_kib() -> int:
    """This process's peak resident memory. VmHWM belongs to the process's own address space;
    ru_maxrss would also count the parent's memory at the moment it forked this process."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
