"""Saving loads the member's signing key once per unlock, not once per entry (loading an
Ed25519 key costs as much as signing: ~35 us of a ~0.7 ms save), and locking drops it."""

from __future__ import annotations

from pathlib import Path

import pytest

from triad import crypto
from triad.roles import Role
from triad.workspace import Workspace


def test_signing_key_is_loaded_once_and_dropped_on_lock(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace.create(scratch / "v.triad", name="Dr Sign", role=Role.THERAPIST,
                          passphrase="signer passphrase").workspace
    loads: list[bytes] = []
    real = crypto.signer
    monkeypatch.setattr(crypto, "signer", lambda private: loads.append(private) or real(private))
    for i in range(10):
        ws.append("note.test", {"n": i})
    assert loads == []
    assert ws.verify().ok
    ws.close()
    assert ws._signer == b"" and ws._signing_key == b""
