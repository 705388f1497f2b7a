"""At most two malloc arenas for the whole app (issue 18: memory at 1,000 cases).

glibc gives each thread that allocates an arena of its own: the Ops worker reading a big case
list, the background full check and SQLite's page caches on their threads each grew one, and
what was freed in one could not serve another. With the 1,000-case practice open that was
~75 MB of the 277 MB peak (benchmarks ``bigmemory``; 202 MB with two arenas). The same as
setting ``MALLOC_ARENA_MAX=2``, done at the start of the process before any thread is made;
an explicit ``MALLOC_ARENA_MAX`` in the environment is left to glibc. Elsewhere (macOS,
Windows, musl) nothing is done.
"""

from __future__ import annotations

import ctypes
import os
import sys

ARENAS = 2
M_ARENA_MAX = -8  # glibc's malloc.h


def limit_arenas(count: int = ARENAS) -> bool:
    """True when glibc took the limit."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, count))


limited = limit_arenas()
