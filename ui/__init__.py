"""The PySide6 desktop app. It reaches the core only through ``triad.workspace.Workspace``."""
