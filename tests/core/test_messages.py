"""The one catalogue (triad/messages.py): every member of every code enum has a sentence, in
plain English and in the command line's context. No Qt here."""

from __future__ import annotations

import inspect
import logging
import re
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import pytest

from triad import errors, messages
from triad.messages import Context, sentence

ENUMS = [obj for _, obj in inspect.getmembers(errors, inspect.isclass)
         if issubclass(obj, StrEnum) and obj.__module__ == errors.__name__]
# the exception each family is raised with (PacketRejected also takes every CaseFileReason)
RAISED_WITH: dict[type[StrEnum], type[errors.TriadError]] = {
    errors.InvalidCode: errors.InvalidInput, errors.RecoveryCodeProblem: errors.InvalidRecoveryCode,
    errors.PermissionCode: errors.PermissionDenied, errors.NotFoundCode: errors.NotFound,
    errors.VaultCode: errors.VaultError, errors.DamagedCode: errors.VaultDamaged,
    errors.TooNewCode: errors.VaultTooNew, errors.StorageCode: errors.StorageFailed,
    errors.QuickUnlockReason: errors.QuickUnlockUnavailable,
    errors.ExchangeCode: errors.ExchangeError, errors.PacketReason: errors.PacketRejected,
    errors.CaseFileReason: errors.PacketRejected,
}


def _every_error() -> list[errors.TriadError]:
    out: list[errors.TriadError] = []
    for family, kind in RAISED_WITH.items():
        for code in family:
            if kind is errors.QuickUnlockUnavailable:
                out.append(errors.QuickUnlockUnavailable(errors.QuickUnlockReason(code)))
            else:
                out.append(kind(code, field="value"))  # type: ignore[arg-type]
    for reason in errors.CaseFileReason:
        out.append(errors.InvalidInput(errors.InvalidCode.CASE_FILE, path="$.entries[3]",
                                       reason=reason))
    out += [errors.VaultMissing("/somewhere"), errors.VaultExists("/somewhere"),
            errors.WrongPassphrase(), errors.UnknownMember(), errors.RemovedMember(),
            errors.VaultOlder(3, "2026-11-20"), errors.VaultOlder(0, "2026-11-20"),
            errors.ConsentViolation(["genital_touch"], "2026-01-02T09:30"),
            errors.ConsentViolation(["genital_touch"], "2026-01-02T09:30",
                                    ["informed-consent", "release-of-information"]),
            errors.ConsentViolation([], "2026-01-02T09:30", ["informed-consent"])]
    return out


def test_the_enums_are_found_and_each_is_raised_with_its_class() -> None:
    assert len(ENUMS) >= 12
    assert set(ENUMS) == set(RAISED_WITH)


@pytest.mark.parametrize("family", ENUMS, ids=lambda e: e.__name__)
def test_every_member_of_every_code_enum_has_a_sentence(family: type[StrEnum]) -> None:
    table = messages.FAMILIES.get(family)
    assert table is not None, f"add a table for {family.__name__} to triad/messages.py FAMILIES"
    missing = sorted(str(m) for m in family if m not in table)
    assert not missing, f"add a sentence to triad/messages.py for {family.__name__}: {missing}"


@pytest.mark.parametrize("context", list(Context))
def test_every_error_renders_without_placeholders(context: Context,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    for exc in _every_error():
        text = sentence(exc, context=context)
        assert text and "{" not in text and "}" not in text, (exc, text)
        if context is Context.APP:
            assert text.endswith("."), (exc, text)
    assert "no sentence" not in caplog.text


def test_the_command_line_keeps_its_own_wording() -> None:
    cli = Context.CLI
    assert sentence(errors.WrongPassphrase(), context=cli) == "wrong passphrase"
    assert sentence(errors.NotFound(errors.NotFoundCode.CASE), context=cli).startswith(
        "no such case")
    assert sentence(errors.QuickUnlockUnavailable(errors.QuickUnlockReason.NO_KEYRING),
                    context=cli).startswith("quick unlock is unavailable: no keyring service")
    assert sentence(errors.PacketRejected(errors.PacketReason.NOT_FOR_YOU), context=cli) \
        .startswith("packet rejected: it is not encrypted to your key")
    # elsewhere it says what the app says
    exc = errors.InvalidInput(errors.InvalidCode.PASSPHRASE_TOO_SHORT, field="passphrase")
    assert sentence(exc, context=cli) == sentence(exc) == \
        "The passphrase must have at least 8 characters."


# What only the desktop app has: a tab, a button, a list to choose from, a refresh, a menu. The
# command line may name one only where it says the step is done in the app.
APP_ONLY = re.compile(r"\b(refresh|tabs?|click|button|dialog|menu|offered|clear it|from the list)\b"
                      r"|Practice…|Ctrl\+|\bwindow\b(?! or command)", re.IGNORECASE)
IN_THE_APP = "in the Triad app"


def _with_data() -> list[errors.TriadError]:
    """The codes whose sentence differs with its data (a status, a transition, a range)."""
    code = errors.InvalidCode
    return [errors.InvalidInput(code.TRANSITION, field="status", current="active", to="referral"),
            errors.InvalidInput(code.CASE_STATUS, status="closed"),
            errors.InvalidInput(code.RANGE, field="value", minimum=0, maximum=10),
            errors.InvalidInput(code.NOT_AMENDABLE, field="kind"),
            errors.InvalidInput("no-such-code", field="value"),
            errors.NotFound("no-such-thing"), errors.PermissionDenied("no-such-reason")]


def test_the_command_line_names_no_control_of_the_app() -> None:
    """A sentence the command line prints names a command to run, or says plainly that the next
    step is done in the Triad app -- never a tab, a button or Refresh as if the user had them."""
    wrong = []
    for exc in [*_every_error(), *_with_data()]:
        text = sentence(exc, context=Context.CLI)
        if APP_ONLY.search(text) and IN_THE_APP not in text:
            wrong.append(f"{type(exc).__name__}({exc.detail!r}): {text}")
    assert not wrong, "add a CLI wording to triad/messages.py for:\n" + "\n".join(wrong)


def test_the_app_words_are_found() -> None:
    """The check above finds what the app's sentences name (or it would pass on nothing)."""
    app = [sentence(exc) for exc in [*_every_error(), *_with_data()]]
    named = [t for t in app if APP_ONLY.search(t)]
    assert len(named) >= 6, named
    assert not APP_ONLY.search("The vault is busy in another Triad window or command.")


def test_every_sentence_is_marked_and_a_plain_string() -> None:
    catalogue = Path(messages.__file__).with_name("catalogue")
    source = "".join(f.read_text(encoding="utf-8")
                     for f in (Path(messages.__file__), *sorted(catalogue.glob("*.py"))))
    for table in (*messages.FAMILIES.values(), messages.SINGLE, messages.CLI, messages.CLI_QUICK,
                  messages.PLAN, messages.SESSIONS):
        for text in table.values():
            assert isinstance(text, str) and text
    assert source.count("N_(") > 250


def test_the_catalogue_loads_no_heavy_module() -> None:
    """The unlock window shows these sentences before the case file's modules load."""
    script = ("import sys\nimport triad.messages\n"
              "heavy = ('PySide6', 'reportlab', 'keyring', 'cryptography', 'argon2', 'sqlcipher3',"
              " 'pyrage', 'jsonschema', 'triad.casefile.cases', 'triad.log.entries')\n"
              "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=Path(messages.__file__).parents[1], timeout=60, check=True)
    assert out.stdout.strip() == "[]"
