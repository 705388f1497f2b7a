"""A finding of the consent audit and the notes on it (read models; ``triad.audit.engine``
makes them, ``triad.audit.kept`` keeps them in the vault)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triad.audit.sentences import said


@dataclass(frozen=True)
class Note:
    by: str
    at: str
    text: str
    entry_id: str


@dataclass(frozen=True)
class Finding:
    finding_id: str
    rule_id: str
    severity: str
    explanation: str
    case_id: str
    case_code: str
    record_id: str
    at: str
    detail: dict[str, Any]
    status: str
    resolved_by: str | None = None
    resolved_at: str | None = None
    signoffs: tuple[Note, ...] = ()
    remediations: tuple[Note, ...] = ()

    def said(self, language: str | None = None) -> str:
        """This finding's sentence in ``language`` (None: the one spoken), a credential
        finding's with the member named (``triad.audit.sentences.said``): for the reports,
        which do not import the audit package."""
        return said(self, language)
