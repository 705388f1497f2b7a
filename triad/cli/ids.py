"""Shortened ids, one rule for every command (issue 19): an id may be given whole or by its
first :data:`MIN_PREFIX` or more characters, as long as exactly one id of the kind asked for
starts with them (``show``, ``sessions`` and the lists print the first eight).

Before, a session took 6 characters, an aid 8, a consent record 6, a private note or a
request any number, and ``cosign`` only the whole id; the help said "the first characters
will do" without the minimum."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from triad.cli._common import CliError, safe, tr_cli
from triad.i18n import T_

if TYPE_CHECKING:
    from triad.workspace import Workspace

__all__ = ["MIN_PREFIX", "aid_id", "id_help", "session_id", "unique_prefix"]

MIN_PREFIX = 4

# the help of an id argument, each with the minimum ({n})
ID_HELP = T_("cli", "its id, or its first {n} or more characters")
SESSION_HELP = T_("cli", "its id (or its first {n} or more characters) or its date and time")


def id_help(text: str = ID_HELP) -> str:
    """``text`` (:data:`ID_HELP`, :data:`SESSION_HELP` or a sentence of the same kind with
    ``{n}``) translated, the minimum filled in."""
    return tr_cli(text).format(n=MIN_PREFIX)


def unique_prefix(given: str, ids: Iterable[str]) -> str | None:
    """The one id of ``ids`` that is ``given`` or starts with it (at least :data:`MIN_PREFIX`
    characters, case ignored); None when none does. More than one: a refusal that asks for
    more characters."""
    wanted = given.strip().lower()
    known = list(ids)
    if wanted in known:
        return wanted
    if len(wanted) < MIN_PREFIX:
        return None
    found = [i for i in known if i.lower().startswith(wanted)]
    if len(found) > 1:
        raise CliError(tr_cli("more than one id starts with {key}: give more of its "
                              "characters").format(key=safe(given.strip())))
    return found[0] if found else None


def session_id(ws: Workspace, case: str, key: str) -> str:
    """A session of ``case`` by its id, the first characters of it, or its date and time
    (``ReportService.find_session`` reads the date; it refuses what matches nothing)."""
    found = unique_prefix(key, (s.session_id for s in ws.sessions.list(case)))
    return found if found is not None else ws.reports.find_session(case, key)


def aid_id(ws: Workspace, case: str, key: str) -> str:
    """An aid of ``case``'s inventory by its id or the first characters of it (the inventory
    refuses what matches nothing)."""
    found = unique_prefix(key, (a.aid_id for a in ws.aids.list(case)))
    return found if found is not None else key.strip()
