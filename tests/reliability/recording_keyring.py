"""A keyring backend for tests that keeps (and logs) what it is given in a JSON file named by
``TRIAD_TEST_KEYRING_FILE``, so that separate processes share it and a test can scan it.
Use with ``PYTHON_KEYRING_BACKEND=tests.reliability.recording_keyring.RecordingKeyring``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend


class RecordingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["TRIAD_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, Any]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {"items": {}, "log": []}

    def _save(self, data: dict[str, Any]) -> None:
        self._path().write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        value = self._load()["items"].get(f"{service}\n{username}")
        return str(value) if value is not None else None

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data["items"][f"{service}\n{username}"] = password
        data["log"].append(["set", service, username, password])
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data["items"].pop(f"{service}\n{username}", None)
        data["log"].append(["delete", service, username])
        self._save(data)


class _Raises:
    """A class attribute whose every read raises, as EncryptedKeyring's ``priority`` does."""

    def __get__(self, obj: object, owner: type) -> float:
        raise RuntimeError("PyCryptodome required")


class BrokenKeyring(KeyringBackend):
    """What keyrings.alt's EncryptedKeyring does without pycryptodome: loading it raises.
    Use with ``PYTHON_KEYRING_BACKEND=tests.reliability.recording_keyring.BrokenKeyring``."""

    priority = _Raises()  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("PyCryptodome required")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("PyCryptodome required")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("PyCryptodome required")
