"""The workspace clock stopped at one moment: ``triad.workspace.system_clock`` reads
``datetime.now`` at every call, so swapping the module's ``datetime`` stops the default clock of
every workspace, already open or not -- in the test process, or in a triad-cli subprocess
started through ``CLI_AT`` (``python -c CLI_AT MOMENT ARGS…``)."""

from __future__ import annotations

from datetime import datetime, tzinfo


def stopped_at(moment: datetime) -> type[datetime]:
    """A ``datetime`` whose ``now()`` is always ``moment`` (an aware datetime)."""

    class Stopped(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:
            return moment.astimezone(tz) if tz else moment.astimezone().replace(tzinfo=None)

    return Stopped


CLI_AT = (
    "import sys\n"
    "from datetime import datetime\n"
    "import triad.workspace\n"
    "from tests.stopped_clock import stopped_at\n"
    "triad.workspace.datetime = stopped_at(datetime.fromisoformat(sys.argv.pop(1)))\n"
    "from triad.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
