"""The bundle's ``triad-cli``: PyInstaller's entry script (packaging/triad.spec)."""

import sys

from triad.cli import main

sys.exit(main())
