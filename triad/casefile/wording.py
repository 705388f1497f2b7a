"""Codes the core uses, in plain English words, for printouts and the command line.
(The sentences live in the one catalogue, :mod:`triad.messages`; the desktop app translates
them through Qt.)"""

from __future__ import annotations

from triad.messages import CONSENT_STATUS, flag_words

STATUS_WORDS = CONSENT_STATUS

__all__ = ["STATUS_WORDS", "flag_words"]
