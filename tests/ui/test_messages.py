"""Every error code the core raises has a clear sentence, translated through Qt; a few
render with their data (the catalogue itself: tests/core/test_messages.py)."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from triad import errors
from triad import messages as catalogue
from ui import messages
from ui.messages import message_for

TRIAD = Path(__file__).resolve().parents[2] / "triad"
# Each exception class whose detail is a code, and the code family it raises.
FAMILIES = {
    "InvalidInput": errors.InvalidCode, "InvalidRecoveryCode": errors.RecoveryCodeProblem,
    "NotFound": errors.NotFoundCode, "PermissionDenied": errors.PermissionCode,
    "VaultError": errors.VaultCode, "VaultDamaged": errors.DamagedCode,
    "VaultTooNew": errors.TooNewCode, "StorageFailed": errors.StorageCode,
    "QuickUnlockUnavailable": errors.QuickUnlockReason, "ExchangeError": errors.ExchangeCode,
    "PacketRejected": errors.PacketReason,
}
TABLES = {
    "InvalidInput": catalogue.INVALID, "InvalidRecoveryCode": catalogue.RECOVERY,
    "NotFound": catalogue.NOT_FOUND, "PermissionDenied": catalogue.PERMISSION,
    "VaultError": catalogue.VAULT, "VaultDamaged": catalogue.DAMAGED,
    "VaultTooNew": catalogue.TOO_NEW, "StorageFailed": catalogue.STORAGE,
    "QuickUnlockUnavailable": catalogue.QUICK, "ExchangeError": catalogue.EXCHANGE,
    "PacketRejected": {**catalogue.PACKET, **catalogue.CASE_FILE},
}
BY_CLASS = ("VaultMissing", "VaultExists")  # their detail is a path the user chose


def _codes() -> tuple[set[tuple[str, str]], set[str]]:
    """Every code of every family (the enums of triad/errors.py), and every case-file reason."""
    raised = {(cls, str(code)) for cls, family in FAMILIES.items() for code in family}
    raised |= {("PacketRejected", str(r)) for r in errors.CaseFileReason}
    return raised, {str(r) for r in errors.CaseFileReason}


def test_every_detail_code_in_the_core_has_a_sentence() -> None:
    raised, rejected = _codes()
    assert len(raised) > 60 and len(rejected) > 20  # the grep itself still finds them
    missing = sorted(f"{cls}({code!r})" for cls, code in raised
                     if cls not in BY_CLASS and code not in TABLES[cls])
    assert not missing, f"add a sentence to triad/messages.py for: {missing}"
    assert not sorted(rejected - set(catalogue.CASE_FILE)), "add the case-file reason to CASE_FILE"


def test_every_sentence_renders_without_placeholders_left(qapp, caplog) -> None:  # type: ignore[no-untyped-def]
    raised, rejected = _codes()
    caplog.set_level(logging.WARNING)
    for cls, code in raised:
        kind = getattr(errors, cls)
        exc = kind(code) if cls == "QuickUnlockUnavailable" else kind(code, field="value")
        text = message_for(exc)
        assert text and "{" not in text and "}" not in text, (cls, code, text)
        assert text.endswith("."), (cls, code, text)
    for reason in rejected:
        text = message_for(errors.InvalidInput("case-file", path="$.entries[3]", reason=reason))
        assert messages.tr(catalogue.CASE_FILE[reason]) in text and "Nothing was imported" in text
    assert "no sentence" not in caplog.text  # no code fell through to a generic line


def test_consent_violation_names_activities_time_and_the_consent_tab(qapp, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_as

    ws = open_as(demo_path)
    try:
        case = ws.cases.list()[0]
        with pytest.raises(errors.ConsentViolation) as caught:
            ws.consent.require_covered(case.case_id, ("intercourse", "genital_touch"),
                                       "2020-01-02T09:30")
    finally:
        ws.close()
    # a surrogate session's refusal also names the forms not in force (issue 13)
    assert message_for(caught.value) == (
        "A surrogate session at 2020-01-02 09:30 cannot include Genital touch, Sexual "
        "intercourse. Not in force for it: “Informed consent to surrogate partner therapy”, "
        "“Triad agreement”, “Release of information” (a surrogate session needs the informed "
        "consent, the triad agreement with its surrogate partner and a release of information, "
        "all at once). Record what is missing with the client on the Consent tab first.")
    assert message_for(errors.ConsentViolation(["genital_touch"], "2020-01-02T09:30")) == (
        "The consent in force at 2020-01-02 09:30 does not cover: Genital touch. Record the "
        "client's consent to these on the Consent tab first.")


@pytest.mark.parametrize(("exc", "expected"), [
    (errors.InvalidInput("range", field="suds_before", minimum=0, maximum=10),
     "The SUDS before must be between 0 and 10."),
    (errors.InvalidInput("date", field="signatures.client.signed_on"),
     "Write the signing date as YYYY-MM-DD (a time as YYYY-MM-DD HH:MM)."),
    (errors.InvalidInput("empty", field="phases[2].title"), "Please fill in the title."),
    (errors.InvalidInput("signature-missing", field="signatures", parties=["therapist", "surrogate"]),
     "This form must also be signed by: therapist, surrogate partner."),
    (errors.InvalidInput("outside-form-scope", field="grants", activities=["therapeutic_aids"]),
     "This form does not cover Use of therapeutic aids. Record it on a form whose scope "
     "includes it."),
    (errors.InvalidInput("transition", field="status", current="active", to="closed"),
     "A case cannot go from active to closed. Choose one of the statuses offered."),
    (errors.InvalidInput("passphrase-too-short", field="passphrase", minimum=8),
     "The passphrase must have at least 8 characters."),
    (errors.PermissionDenied("role", role="surrogate"), "As a surrogate partner you may not do this."),
    (errors.InvalidInput("case-file", path="$.entries[4].signature", reason="bad-signature"),
     "This case file cannot be imported: a signature does not verify (at "
     "$.entries[4].signature). Nothing was imported."),
    (errors.InvalidInput("case-file", path="$.members[0]", reason="required"),
     "This case file cannot be imported: it does not follow the case file format (a required "
     "field is missing) (at $.members[0]). Nothing was imported."),
    (errors.InvalidInput("case-file", path="$.entries[7].body.changes", reason="anyOf"),
     "This case file cannot be imported: it does not follow the case file format (a value of "
     "none of the allowed shapes) (at $.entries[7].body.changes). Nothing was imported."),
    (errors.ExchangeError("contact-removed"),
     "That contact was removed: Triad refuses their packets until you import their identity "
     "card again."),
    (errors.QuickUnlockUnavailable("no-keyring"),
     "No keyring service runs on this computer, so quick unlock is off. Your passphrase always "
     "works."),
    (errors.VaultError("in-use"), "The vault is open in another Triad window or command. Close "
     "it there and try again."),
    (errors.NotFound("plan"), "This case has no phase plan yet. Draft one on the Plan tab first."),
    (errors.PacketRejected("hash-mismatch", item="entries[2]"),
     "This case packet was refused and nothing changed: an entry was altered after it was "
     "signed (at entries[2])."),
    (errors.PacketRejected("sender-removed"),
     "This case packet was refused and nothing changed: its sender was removed from your "
     "contacts."),
    (errors.ExchangeError("fingerprint-mismatch"),
     "The fingerprint does not match the card. Read it back with the card's owner, by phone or "
     "in person, and type it again; nothing was added."),
    (OSError(errno.EACCES, "denied"),
     "The file could not be read or written (Permission denied). Choose another file."),
])
def test_specific_sentences(qapp, exc: BaseException, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert message_for(exc) == expected


def test_values_typed_by_a_person_never_reach_the_message(qapp, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "Anna told me about her father"
    for exc in (errors.InvalidInput("concern", field="client.presenting_concerns", value=secret),
                errors.InvalidInput("party", field="signatures.party", value=secret),
                errors.InvalidInput("activity", field="activities", value=secret),
                errors.InvalidInput("outside-form-scope", field="grants", activities=[secret]),
                errors.InvalidInput("transition", field="status", current="active", to=secret),
                errors.InvalidInput("a-code-nobody-knows", field="value", value=secret)):
        assert secret not in message_for(exc)
    with caplog.at_level(logging.DEBUG):
        text = message_for(RuntimeError(secret))
    assert text == "Something unexpected went wrong. Nothing further was changed."
    assert secret not in caplog.text and "RuntimeError" in caplog.text


def test_status_words_cover_every_case_status() -> None:
    from triad.casefile.cases import STATUSES

    assert set(catalogue.STATUS_WORDS) == set(STATUSES)


def test_messages_load_no_heavy_module() -> None:
    """The unlock page shows these sentences before the case file's modules load."""
    import subprocess
    import sys

    script = ("import sys\nimport ui.messages\n"
              "heavy = ('reportlab', 'keyring', 'cryptography', 'argon2', 'sqlcipher3', 'pyrage',"
              " 'jsonschema', 'triad.casefile.cases', 'triad.log.entries')\n"
              "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=TRIAD.parent, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
