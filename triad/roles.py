"""The three roles of the triad, kept in a module of their own so the app's start window can
use them without loading the cryptography stack."""

from __future__ import annotations

from enum import StrEnum

from triad.errors import InvalidCode, InvalidInput

MIN_PASSPHRASE = 8


class Role(StrEnum):
    THERAPIST = "therapist"
    SURROGATE = "surrogate"
    SUPERVISOR = "supervisor"

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(text.strip().lower())
        except ValueError as exc:
            raise InvalidInput(InvalidCode.ROLE, field="role") from exc
