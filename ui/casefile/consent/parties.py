"""Sentences that name a party of a consent record: one whole sentence per party.

German inflects the article with the case ("der Unterschrift der Klient:in", "die Klient:in hat
widerrufen"), so "Signature of the %s" with the party's word glued in cannot be translated;
each party gets its own source here (context ``ConsentTab``; the revocation's question and
its "Revoked by" choice in ``RevokeDialog``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SIGNATURE = {"client": QT_TRANSLATE_NOOP("ConsentTab", "Signature of the client"),
             "therapist": QT_TRANSLATE_NOOP("ConsentTab", "Signature of the therapist"),
             "surrogate": QT_TRANSLATE_NOOP("ConsentTab", "Signature of the surrogate partner")}
TYPED_NAME = {"client": QT_TRANSLATE_NOOP("ConsentTab", "Typed name of the client"),
              "therapist": QT_TRANSLATE_NOOP("ConsentTab", "Typed name of the therapist"),
              "surrogate": QT_TRANSLATE_NOOP("ConsentTab",
                                             "Typed name of the surrogate partner")}
SIGNED_ON = {"client": QT_TRANSLATE_NOOP("ConsentTab", "Date the client signed"),
             "therapist": QT_TRANSLATE_NOOP("ConsentTab", "Date the therapist signed"),
             "surrogate": QT_TRANSLATE_NOOP("ConsentTab", "Date the surrogate partner signed")}
DRAWN = {"client": QT_TRANSLATE_NOOP("ConsentTab", "Drawn signature of the client (optional)"),
         "therapist": QT_TRANSLATE_NOOP("ConsentTab",
                                        "Drawn signature of the therapist (optional)"),
         "surrogate": QT_TRANSLATE_NOOP("ConsentTab",
                                        "Drawn signature of the surrogate partner (optional)")}
CLEAR_DRAWN = {
    "client": QT_TRANSLATE_NOOP("ConsentTab", "Clear the drawn signature of the client"),
    "therapist": QT_TRANSLATE_NOOP("ConsentTab", "Clear the drawn signature of the therapist"),
    "surrogate": QT_TRANSLATE_NOOP("ConsentTab",
                                   "Clear the drawn signature of the surrogate partner")}
# the table's Revoked column: when, and by whom
REVOKED_WHEN = {"client": QT_TRANSLATE_NOOP("ConsentTab", "%s by the client"),
                "therapist": QT_TRANSLATE_NOOP("ConsentTab", "%s by the therapist"),
                "surrogate": QT_TRANSLATE_NOOP("ConsentTab", "%s by the surrogate partner")}
# the record's details: when, what, the reason, who recorded it
REVOKED = {
    "client": QT_TRANSLATE_NOOP(
        "ConsentTab", "%s: the client revoked %s. Reason: “%s” (recorded by %s)"),
    "therapist": QT_TRANSLATE_NOOP(
        "ConsentTab", "%s: the therapist revoked %s. Reason: “%s” (recorded by %s)"),
    "surrogate": QT_TRANSLATE_NOOP(
        "ConsentTab", "%s: the surrogate partner revoked %s. Reason: “%s” (recorded by %s)")}
# RevokeDialog: who revokes (the choice after "Revoked by"), and the question before it is done
REVOKER = {"client": QT_TRANSLATE_NOOP("RevokeDialog", "the client"),
           "therapist": QT_TRANSLATE_NOOP("RevokeDialog", "the therapist"),
           "surrogate": QT_TRANSLATE_NOOP("RevokeDialog", "the surrogate partner")}
REVOKE_QUESTION = {
    "client": QT_TRANSLATE_NOOP(
        "RevokeDialog", "Revoke %s now, on behalf of the client? This takes effect at once "
        "and cannot be undone."),
    "therapist": QT_TRANSLATE_NOOP(
        "RevokeDialog", "Revoke %s now, on behalf of the therapist? This takes effect at once "
        "and cannot be undone."),
    "surrogate": QT_TRANSLATE_NOOP(
        "RevokeDialog", "Revoke %s now, on behalf of the surrogate partner? This takes effect "
        "at once and cannot be undone.")}


def party_sentence(table: Mapping[str, Any], party: str) -> str:
    """The party's own sentence from one of the Consent tab's tables, translated."""
    return QCoreApplication.translate("ConsentTab", str(table[party])) if party in table \
        else party


def revoke_sentence(table: Mapping[str, Any], party: str) -> str:
    """The party's own sentence from one of the revocation's tables, translated."""
    return QCoreApplication.translate("RevokeDialog", str(table[party])) if party in table \
        else party
