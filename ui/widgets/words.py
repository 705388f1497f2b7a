"""The words for the core's codes that several views put into sentences and tables: a
member's role and a signing party ("therapist", "client", ...), each translated in its own
context as a noun (German: "Therapeut:in", "Klient:in"), never the English code inside a German
line (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["in_sentence", "party_word", "role_word"]

ROLES = {
    "therapist": QT_TRANSLATE_NOOP("Roles", "therapist"),
    "surrogate": QT_TRANSLATE_NOOP("Roles", "surrogate partner"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor"),
    "custodian": QT_TRANSLATE_NOOP("Roles", "records custodian"),
}
PARTIES = {
    "client": QT_TRANSLATE_NOOP("Roles", "client"),
    "therapist": QT_TRANSLATE_NOOP("Roles", "therapist"),
    "surrogate": QT_TRANSLATE_NOOP("Roles", "surrogate partner"),
}


def role_word(role: object) -> str:
    """A member's role (a ``Role`` or its code) as a noun in the app's language; a code this
    version does not know comes back as it is."""
    code = str(getattr(role, "value", role))
    return QCoreApplication.translate("Roles", str(ROLES[code])) if code in ROLES else code


def in_sentence(title: str) -> str:
    """A title ("Informed consent") inside a sentence: lower-cased at its start in English
    ("…: informed consent, release of information"); German keeps its capital, for a noun
    ("Einwilligung nach Aufklärung") is written so everywhere."""
    from triad import i18n

    return title if i18n.chosen() == i18n.GERMAN else title[:1].lower() + title[1:]


def party_word(party: object) -> str:
    """A party of a consent form (client, therapist, surrogate) as a noun, as ``role_word``."""
    code = str(getattr(party, "value", party))
    return QCoreApplication.translate("Roles", str(PARTIES[code])) if code in PARTIES else code
