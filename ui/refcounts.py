"""Keep ``True``, ``False`` and ``None`` alive whatever PySide6 does to their reference counts.

PySide6 6.12.0 on Python 3.11 drops one reference to ``True`` at every ``Signal.emit`` made
from Python and one to ``None`` at every ``processEvents``: the app's worker emits once per job
(ui/ops.py), so after a few thousand jobs the interpreter aborts ("bool_dealloc: deallocating
True or False") and the person loses what the window held. 6.11.3 does not do it, but QtPdf
(report previews) comes as its own small wheel only from 6.12 on; pinning below would mean the
~300 MB Addons wheel. So, until a PySide6 release without the bug is checked
(tests/ui/test_pyside_refcounts.py), the three constants get a reference count no app session
can use up -- what Python 3.12 does for them anyway ("immortal" objects: nothing to do there).
They are static objects of the interpreter, never freed: a higher count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # a trillion emits


def keep_constants_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # immortal there
    for constant in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt, the first field
        if count.value < _MARGIN:
            count.value += _MARGIN


keep_constants_alive()
