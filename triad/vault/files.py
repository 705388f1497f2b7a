"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.
A crash leaves either the old file or the new one, never a mix. Also the checks on a file the
user names for output (:func:`output_target`) and reading a file the user names with a cap
(:func:`read_limited`)."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from triad.errors import InvalidCode, InvalidInput, StorageCode, StorageFailed


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def output_target(path: Path, check_folder: bool = True) -> Path:
    """The regular file that writing to ``path`` replaces: ``path`` itself, or the file a
    symbolic link at ``path`` points to (so that the link stays a link). InvalidInput
    ``output-path`` for a folder, a device node, a FIFO or a socket, or when the folder it
    would go in does not exist or cannot be written (unless ``check_folder`` is false): checked
    before anything is created."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InvalidInput(InvalidCode.OUTPUT_PATH, field="output") from exc
    if mode is not None and not stat.S_ISREG(mode):
        raise InvalidInput(InvalidCode.OUTPUT_PATH, field="output")
    folder = target.parent
    if check_folder and (not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK)):
        raise InvalidInput(InvalidCode.OUTPUT_PATH, field="output")
    return target


def read_limited(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path``, or None when it holds more than ``limit`` bytes: a regular
    file's size is checked before anything is read; anything else (a device such as
    /dev/zero, a FIFO) is read only up to ``limit`` + 1 bytes. OSError as reading raises it."""
    with open(path, "rb") as f:
        info = os.fstat(f.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            return None
        data = f.read(limit + 1)
    return None if len(data) > limit else data


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; through a symbolic link, its target is
    replaced (see :func:`output_target`, which also refuses devices, FIFOs and folders). On
    any OS error (a full disk, a read-only folder) the old file is untouched, the temp file
    is removed and StorageFailed is raised."""
    path = output_target(path, check_folder=False)
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
