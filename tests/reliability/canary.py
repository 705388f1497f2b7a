"""Canary values for the leak scan, and the raw-byte scanner."""

from __future__ import annotations

from pathlib import Path

CLIENT = "Zephyrine Canarywood"  # the client's legal name
THERAPIST = "Dr Octavia Canaryfield"
SURROGATE = "Lysander Canarybrook"
DEBRIEF = "canary-debrief-text-7731"  # inside a debrief's process recording
NOTE = "canary-amendment-reason-5521"
PRACTICE = "Canarytown Practice"
PASSPHRASE = "canary-passphrase-4711"
ALL = (CLIENT, THERAPIST, SURROGATE, DEBRIEF, NOTE, PRACTICE, PASSPHRASE)


def encodings(text: str) -> list[bytes]:
    """The ways a string can sit in a file: UTF-8 (any case), UTF-16 both ways, and the
    distinctive word alone."""
    word = max(text.replace("-", " ").split(), key=len)
    forms = {text, text.lower(), text.upper(), word, word.lower()}
    out = []
    for form in forms:
        out += [form.encode(), form.encode("utf-16-le"), form.encode("utf-16-be")]
    return out


def scan_bytes(data: bytes, where: str) -> list[str]:
    return [f"{where}: {c!r}" for c in ALL if any(e in data for e in encodings(c))]


def scan(folder: Path) -> list[str]:
    """Every canary found in the raw bytes of any file under ``folder`` (named by path)."""
    hits: list[str] = []
    if not folder.exists():
        return hits
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            hits += scan_bytes(data, str(path.relative_to(folder)))
    return hits
