"""Triad core: the encrypted vault, the signed entry log and the services over them.

This package never imports Qt; the desktop UI lives in ``ui/``.
"""

__version__ = "0.1.0"
