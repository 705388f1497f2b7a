"""Reading a vault's data file page by page, decrypted (issue 17: a disposal leaves no byte of
the case in the file, its free pages included). SQLCipher 4 with a raw key: each page is
AES-256-CBC under the data key itself, its IV in the reserved bytes at the page's end; page 1
starts with the 16-byte salt. Every page is decrypted, in use or free."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from triad.workspace import Workspace


def decrypted_pages(path: Path, key: bytes, page_size: int, reserve: int) -> list[bytes]:
    raw = path.read_bytes()
    pages = []
    for n in range(len(raw) // page_size):
        page = raw[n * page_size:(n + 1) * page_size]
        start = 16 if n == 0 else 0
        end = page_size - reserve
        iv = page[end:end + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(dec.update(page[start:end]) + dec.finalize())
    return pages


def wal_pages(path: Path, key: bytes, page_size: int, reserve: int) -> list[bytes]:
    """The pages of a WAL file's frames (32-byte header; each frame a 24-byte header and a
    page), decrypted as in the data file."""
    if not path.exists():
        return []
    raw = path.read_bytes()[32:]
    frame = 24 + page_size
    out = []
    for n in range(len(raw) // frame):
        number = int.from_bytes(raw[n * frame:n * frame + 4], "big")
        page = raw[n * frame + 24:(n + 1) * frame]
        start = 16 if number == 1 else 0
        end = page_size - reserve
        dec = Cipher(algorithms.AES(key), modes.CBC(page[end:end + 16])).decryptor()
        out.append(dec.update(page[start:end]) + dec.finalize())
    return out


def plaintext_of(ws: Workspace) -> bytes:
    """Every page of the open vault's data file and its WAL, decrypted, joined."""
    vault = ws.vault
    profile = vault.slots.cipher
    key = vault._data_key  # the test reads what only the vault holds
    data = vault.folder / vault.slots.db_file
    return b"".join([*decrypted_pages(data, key, profile.page_size, profile.reserve),
                     *wal_pages(Path(f"{data}-wal"), key, profile.page_size, profile.reserve)])
