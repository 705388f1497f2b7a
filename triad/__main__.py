import sys

from triad.cli import main

sys.exit(main())
