"""The practice's language for printed documents (issue 19): ``vault.report_language``.

Which language a report speaks, first that decides:

1. the explicit choice for this document: ``triad-cli report … --language de`` (or the app's,
   were its print dialog to offer one -- today it does not);
2. the practice's setting: a therapist's signed **vault-level** ``vault.report_language`` entry,
   ``system``, ``en`` or ``de`` -- the latest stands;
3. the language the program speaks to the member printing (``triad.i18n.chosen()``: the
   command line's environment, the app's Preferences or the system's).

``system`` (and a vault with no such entry: every vault before issue 19) defers to 3. A
therapist sets it: therapists give the consent forms, client copies and summaries to clients
and colleagues, and one practice usually prints in one language whoever presses Print. Any
member reads it. Vault level like the retention and request settings: no case file or packet
carries it, and each vault (a surrogate partner's own, too) has its own. The consent *forms*
keep their own language (``forms.languages()``): a signed form is the text that was signed.

    ws.report_language.setting()          # "system", "en" or "de"
    ws.report_language.set("de")          # a therapist's signed entry
    ws.report_language.for_report(None)   # "de": the language a report is printed in
"""

from __future__ import annotations

import contextlib
import contextvars
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from triad import i18n
from triad.errors import InvalidCode, InvalidInput, PermissionCode, PermissionDenied
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

SYSTEM = "system"
CHOICES = (SYSTEM, *i18n.LANGUAGES)  # "system", "en", "de"

# The explicit choice of the command being run (``triad-cli report … --language``), for the
# reports built inside it that are not handed it by their caller (triad.cli.reports).
_asked: contextvars.ContextVar[str | None] = contextvars.ContextVar("report_language",
                                                                     default=None)


@contextlib.contextmanager
def asked(language: str | None) -> Iterator[None]:
    """Inside the block, ``language`` (None or ``system``: no choice) is the explicit choice
    of every report :meth:`ReportLanguageService.for_report` decides on."""
    token = _asked.set(language)
    try:
        yield
    finally:
        _asked.reset(token)


class ReportLanguageService:
    """The practice's setting and the language a report is printed in."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def setting(self) -> str:
        """The practice's setting: ``system`` (the default, and any vault without one),
        ``en`` or ``de``."""
        raw = self._ws.vault.db.get_meta("report_language")
        try:
            value = json.loads(raw)["language"] if raw else SYSTEM
        except (ValueError, KeyError, TypeError):
            return SYSTEM
        return value if value in CHOICES else SYSTEM

    def why_not_set(self) -> PermissionDenied | None:
        """Therapists set it: they hand the documents to clients and colleagues."""
        if self._ws.actor.role is not Role.THERAPIST:
            return PermissionDenied(PermissionCode.REPORT_LANGUAGE,
                                    role=self._ws.actor.role.value)
        return None

    def set(self, language: str) -> str:
        """A signed vault-level ``vault.report_language`` entry (nothing when unchanged)."""
        problem = self.why_not_set()
        if problem is not None:
            raise problem
        if language not in CHOICES:
            raise InvalidInput(InvalidCode.REPORT_LANGUAGE, field="language")
        if language != self.setting():
            self._ws.append(Kind.VAULT_REPORT_LANGUAGE, {"language": language})
        return language

    def for_report(self, explicit: str | None = None) -> str:
        """The language a report is printed in (module docstring): ``explicit`` (None or
        ``system``: no choice) > the practice's setting > the program's language."""
        for wish in (explicit, _asked.get(), self.setting()):
            found = i18n.normalise(wish) if wish and wish != SYSTEM else None
            if found:
                return found
        return i18n.chosen()

    @contextlib.contextmanager
    def speaking(self, explicit: str | None = None) -> Iterator[str]:
        """Build a report inside this block: it speaks :meth:`for_report`'s language."""
        with i18n.speaking(self.for_report(explicit)) as language:
            yield language
