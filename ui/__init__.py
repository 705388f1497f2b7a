"""The PySide6 desktop app. It reaches the core only through ``triad.workspace.Workspace``."""

from ui import arenas as arenas  # before any thread allocates: see its docstring
from ui import refcounts as refcounts  # before any PySide6 call: see its docstring
