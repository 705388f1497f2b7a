"""Big benchmark practices (issue 18: 100, 400 and 1,000 cases x 40 sessions), written once
through the real services (``build_practice``) and kept under ``benchmarks/.cache/`` (or
``TRIAD_BENCH_CACHE``) between runs: 1,000 cases take a few minutes to write.

    folder = practice_copy(1000, tmp)   # a fresh copy to open and change; the cache stays as built

The cache key names the builder's format (``FORMAT``: bump it when ``build_practice`` changes
what it writes); an older schema in a cached vault is migrated on the copy when it opens.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .practice import build_practice

FORMAT = 1
CACHE_ENV = "TRIAD_BENCH_CACHE"


def cache_folder() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path(__file__).parent / ".cache")


def cached_practice(cases: int, sessions: int = 40) -> Path:
    """The cached vault folder of ``cases`` x ``sessions`` (built now if missing). Never open
    it in place: copy it (``practice_copy``)."""
    folder = cache_folder() / f"practice-{cases}x{sessions}-f{FORMAT}.triad"
    if not (folder / "keyslots").exists():
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.parent.mkdir(parents=True, exist_ok=True)
        ws = build_practice(building, cases, sessions)
        ws.verify()  # the checkpoint at the head of every chain, as after a day's full check
        ws.close()
        shutil.rmtree(folder, ignore_errors=True)
        building.rename(folder)
    return folder


def practice_copy(cases: int, into: Path, sessions: int = 40) -> Path:
    """A fresh copy of the cached practice in ``into`` (the vault folder's path is returned)."""
    source = cached_practice(cases, sessions)
    target = into / f"practice-{cases}x{sessions}.triad"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    forget_seen(target)
    return target


def forget_seen(folder: Path) -> None:
    """A fresh copy put in place on purpose, again and again, is no rollback: this computer
    forgets what it saw of that vault (issue 18 refuses an older vault at open)."""
    from triad.vault import seen
    from triad.vault.folder import Vault

    seen.forget(Vault.read_slots(folder).vault_id)
