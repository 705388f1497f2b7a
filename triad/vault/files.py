"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.
A crash leaves either the old file or the new one, never a mix."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from triad.errors import StorageCode, StorageFailed


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically. On any OS error (a full disk, a read-only
    folder) the old file is untouched, the temp file is removed and StorageFailed is raised."""
    tmp = path.with_name(f".triad-{secrets.token_hex(6)}.tmp")  # neutral: no part of the name
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailed(StorageCode.WRITE, errno=exc.errno) from exc
