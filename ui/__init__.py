"""The PySide6 desktop app. It reaches the core only through ``triad.workspace.Workspace``."""

from ui import _refcounts as _refcounts  # before any PySide6 call: see its docstring
