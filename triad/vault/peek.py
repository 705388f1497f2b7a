"""What the unlock page may know before anything is unlocked, read from the key-slot file's
plain JSON without loading the cryptography (the unlock window must appear at once)."""

from __future__ import annotations

import json
from pathlib import Path


def quick_unlock_set_up(folder: Path) -> bool:
    """Whether any member of the vault in ``folder`` turned quick unlock on. False when the
    file is missing or unreadable (unlocking then says why)."""
    try:
        data = (Path(folder) / "keyslots").read_bytes()
        body = json.loads(data.partition(b"\n")[2])
        return any(s.get("quick") for s in body.get("slots", ()) if isinstance(s, dict))
    except (OSError, ValueError, AttributeError):
        return False
