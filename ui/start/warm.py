"""The vault's code and the case views, loaded while the passphrase is typed (issue 18).

Unlocking pays the key derivation (Argon2, calibrated to about 0.6 s) and, in a freshly started
app, the import of the core (the crypto stack, the services) and of the case views: ~0.3 s
more. Start-up leaves them out (``tests/reliability/test_startup_imports.py``); a moment after
the unlock page is shown a daemon thread imports them -- plain Python modules: the core never
touches Qt, and the case views' modules make no Qt object at import, only their classes -- so
that by the time a person has typed a passphrase they are in place. An unlock that comes
sooner waits for the thread (``wait``) rather than import beside it. Once they are loaded the
StartWindow builds the (empty) case views on the GUI thread -- ~0.1 s, once, early in the
typing -- so that the unlock itself pays the key derivation and what it reads.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading

AFTER_MS = 250
"""How long after the unlock page is shown the loading starts (its first paint comes first)."""
MODULES = ("triad.workspace", "ui.main.view",
           # what opening the vault imports on first use (the folder lock, the state folder,
           # OpenSSL's backend for the checkpoint's HKDF): ~0.1 s in a fresh process
           "portalocker", "platformdirs", "cryptography.hazmat.backends.openssl.backend")


class WarmUp:
    """Loads ``MODULES`` on a thread of its own, once."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None and not all(m in sys.modules for m in MODULES):
            self._thread = threading.Thread(target=_load, name="triad-warm-up", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """Until the modules are loaded (at once when the thread never started or is done)."""
        if self._thread is not None:
            self._thread.join()

    def done(self) -> bool:
        """Whether the modules are loaded (the thread ran and ended)."""
        if self._thread is not None:
            return not self._thread.is_alive()
        return all(m in sys.modules for m in MODULES)  # loaded before (never started)


def _load() -> None:
    for name in MODULES:
        # a module that fails to load fails again, with its error shown, where it is used
        with contextlib.suppress(Exception):
            importlib.import_module(name)


# -- the garbage collector around an unlock --
# CPython's cyclic collector walks every tracked object in its oldest generation: in a window
# with the case views built that is ~50,000 objects, 20-60 ms a pass, and the unlock's reads
# (a thousand case rows) set one or two passes off right in the unlock. So: what is loaded
# while the passphrase is typed the first time is frozen (``settle``, once: never walked
# again; it lives as long as the app), and from Enter until the unlocked window is painted the collector waits
# (``pause``/``resume``; reference counting still frees everything at once -- only cycles
# wait). A safety timer of the caller's resumes it whatever happens.
#
# The interpreter's switch interval is short meanwhile too (``SWITCH``): Enter hands the key
# derivation to the worker, but the worker waits for the interpreter while this thread draws
# the busy bar (~1.5 ms at the default 5 ms interval); the derivation itself runs without it.
_paused = False
_pauses = 0  # how many pauses so far: a safety timer resumes only its own
SWITCH = 0.0001  # seconds, from Enter to the first paint (Python's default: 0.005)
_switch = 0.0  # the interval before the pause


def settle() -> None:
    """The modules and views loaded so far stay: leave them out of every later collection."""
    gc.freeze()


def pause() -> int:
    """Hold the collector; returns this pause's number, for ``resume``."""
    global _paused, _pauses, _switch
    if not _paused and gc.isenabled():
        gc.disable()
        _paused = True
        _pauses += 1
        _switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH)
    return _pauses


def resume(pause: int | None = None) -> None:
    """After the unlock (or its failure). ``pause``: only if the collector is still held by
    that pause (a safety timer's). Nothing is frozen here: what an unlock read goes with its
    lock, and a freeze would keep the cycles among it for good, one more set at every unlock."""
    global _paused
    if _paused and (pause is None or pause == _pauses):
        _paused = False
        gc.enable()
        sys.setswitchinterval(_switch)


def paused() -> bool:
    return _paused
