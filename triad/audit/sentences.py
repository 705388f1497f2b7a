"""A finding's sentence in the language spoken, the same in the app, the command line and the
reports (issue 19).

Most findings say their rule's sentence, which the catalogue translates (context
``AuditTab``). A credential finding says a sentence of its own that names the member, their
place in the case and the day: "Anna Keller's credential was not valid on the session date
2026-11-24 (the case's therapist)." That sentence is made here from one of
:data:`CREDENTIAL_SENTENCES` (English, as the finding and the audit kept in the vault hold
it), and :func:`said` reads the name, the day and the place back out of it and fills the same
sentence in the language asked for: "Der Qualifikationsnachweis von Anna Keller (Therapeut:in
des Falls) war am Sitzungstag 24.11.2026 nicht gültig."
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from triad import i18n
from triad.i18n import T_, translate

__all__ = ["CREDENTIAL_SENTENCES", "PARTY_WORDS", "credential_sentence", "said"]

CONTEXT = "AuditTab"
# The member's place in the case, inside a credential finding's sentence.
PARTY_WORDS = {
    "therapist": T_("AuditTab", "the case's therapist"),
    "surrogate": T_("AuditTab", "the session's surrogate partner"),
}
UNNAMED = T_("AuditTab", "A member")  # a member whose name this vault does not hold
CREDENTIAL_SENTENCES = {
    "not-valid": T_("AuditTab", "{name}'s credential was not valid on the session date {day} "
                    "({party})."),
    "never-recorded": T_("AuditTab", "{name}'s credential was never recorded on the session "
                         "date {day} ({party})."),
    "expires": T_("AuditTab", "{name}'s credential expires on {day}."),
}


class _Said(Protocol):
    @property
    def explanation(self) -> str: ...


def credential_sentence(which: str, name: str, day: str, party: str = "") -> str:
    """The English sentence a credential finding holds (``which``: a key of
    :data:`CREDENTIAL_SENTENCES`; ``day``: YYYY-MM-DD; ``party``: a key of
    :data:`PARTY_WORDS`)."""
    return CREDENTIAL_SENTENCES[which].format(name=name or UNNAMED, day=day,
                                              party=PARTY_WORDS.get(party, party))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for which, template in CREDENTIAL_SENTENCES.items():
        pattern = re.escape(template)
        for key, group in (("name", r"(?P<name>.+)"), ("day", r"(?P<day>\d{4}-\d{2}-\d{2})"),
                           ("party", r"(?P<party>[^()]+)")):
            pattern = pattern.replace(re.escape("{" + key + "}"), group)
        out.append((which, re.compile(f"^{pattern}$")))
    return tuple(out)


def said(finding: _Said, language: str | None = None) -> str:
    """``finding``'s sentence in ``language`` (None: the one chosen). A sentence that names a
    member is said again in the language's own words, the member named, the day written as
    the language writes it."""
    text = finding.explanation
    for which, pattern in _patterns():
        found = pattern.match(text)
        if found is None:
            continue
        values = found.groupdict()
        name = values["name"]
        if name == UNNAMED:
            name = translate(CONTEXT, UNNAMED, language=language)
        party = values.get("party")
        return translate(CONTEXT, CREDENTIAL_SENTENCES[which], language=language).format(
            name=name, day=i18n.short_date(values["day"], language),
            party=translate(CONTEXT, party, language=language) if party else "")
    return translate(CONTEXT, text, language=language)
