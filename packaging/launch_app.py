"""The bundle's ``triad`` (the desktop app): PyInstaller's entry script (packaging/triad.spec)."""

import sys

from ui.app import main

sys.exit(main())
