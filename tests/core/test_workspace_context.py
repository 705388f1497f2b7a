"""``Workspace`` is a context manager: ``with Workspace.open(...) as ws:`` locks it (closes the
database, drops the keys, lets go of the folder's lock) when the block ends, also by an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from triad.roles import Role
from triad.vault.folder import VaultLock
from triad.workspace import Workspace

PASS = "context passphrase"


def _closed(path: Path) -> bool:
    """Nobody has the vault open: its lock can be taken exclusively."""
    lock = VaultLock(path)
    try:
        with lock.exclusive():
            return True
    except Exception:
        return False
    finally:
        lock.release()


def test_with_closes_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "v.triad"
    with Workspace.create(path, name="Dr Context", role=Role.THERAPIST,
                          passphrase=PASS).workspace as ws:
        assert ws.actor.name == "Dr Context" and not _closed(path)
    assert _closed(path) and ws.slot_private == b""
    with Workspace.open(path, PASS) as ws:
        assert ws.verify().ok and not _closed(path)
    assert _closed(path)
    with pytest.raises(RuntimeError, match="inside"), Workspace.open(path, PASS) as ws:
        raise RuntimeError("inside")
    assert _closed(path)
    ws.close()  # closing again does no harm
