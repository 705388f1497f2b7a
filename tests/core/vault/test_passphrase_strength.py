"""Issue 15: a new passphrase is refused when zxcvbn rates it below 3, in every place one is
set (vault creation, a new member, a passphrase change, recovery; the CLI too), with zxcvbn's
feedback in words; a typo in a recovery code names its group."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.conftest import cli
from triad.errors import InvalidCode, InvalidInput, InvalidRecoveryCode, RecoveryCodeProblem
from triad.messages import sentence as message_for
from triad.roles import Role
from triad.strength import MIN_SCORE, rate
from triad.vault import recovery
from triad.workspace import Workspace

GOOD = "therapist passphrase"
WEAK = ("password", "password1", "12345678", "qwertyuiop")


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_rate_below_the_minimum(weak: str) -> None:
    assert rate(weak).score < MIN_SCORE


def test_test_and_demo_passphrases_are_strong_enough() -> None:
    from tests.conftest import DEMO_PASS
    from tests.core.practice import PASS

    for p in (DEMO_PASS, PASS, GOOD, "correct horse battery staple"):
        assert rate(p).enough, p


def test_create_refuses_password1_with_feedback(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as err:
        Workspace.create(tmp_path / "v", name="Dr Ada", role=Role.THERAPIST, passphrase="password1")
    assert err.value.detail == InvalidCode.PASSPHRASE_WEAK
    text = message_for(err.value)
    assert "too easy to guess" in text and "very common password" in text
    assert "password1" not in text and "password1" not in repr(err.value.data)
    assert not (tmp_path / "v").exists()


def test_add_change_and_recover_refuse_weak(tmp_path: Path) -> None:
    made = Workspace.create(tmp_path / "v", name="Dr Ada", role=Role.THERAPIST, passphrase=GOOD)
    ws = made.workspace
    with pytest.raises(InvalidInput, match="passphrase-weak"):
        ws.members.add("Sam", Role.SURROGATE, "password")
    with pytest.raises(InvalidInput, match="passphrase-weak"):
        ws.change_passphrase("password1")
    ws.close()
    with pytest.raises(InvalidInput, match="passphrase-weak"):
        Workspace.recover(tmp_path / "v", made.recovery_code, "password1")
    Workspace.open(tmp_path / "v", GOOD).close()  # nothing changed


def test_cli_init_refuses_weak(tmp_path: Path) -> None:
    r = cli("init", str(tmp_path / "v"), "--name", "Dr Ada", "--role", "therapist",
            env={"TRIAD_NEW_PASSPHRASE": "password1"})
    assert r.code == 2 and "too easy to guess" in r.err and "password1" not in r.err
    assert not (tmp_path / "v").exists()


def test_a_typo_names_its_group() -> None:
    code = recovery.new_code()
    groups = code.split("-")
    for g in range(6):
        for pos in range(5):
            wrong = "0" if groups[g][pos] != "0" else "1"
            typed = groups[:]
            typed[g] = typed[g][:pos] + wrong + typed[g][pos + 1:]
            with pytest.raises(InvalidRecoveryCode) as err:
                recovery.normalise("-".join(typed))
            assert err.value.detail == RecoveryCodeProblem.GROUP
            assert err.value.data["group"] == g + 1
            assert f"group {g + 1}" in message_for(err.value)
    short = groups[:]
    short[4] = short[4][:4]
    with pytest.raises(InvalidRecoveryCode) as err:
        recovery.normalise(" ".join(short))
    assert err.value.data == {"group": 5}


def test_cli_credential_at_init_and_later(tmp_path: Path) -> None:
    v = str(tmp_path / "v")
    env = {"TRIAD_NEW_PASSPHRASE": GOOD}
    made = cli("init", v, "--name", "Ilse Nowak", "--role", "therapist",
               "--credential-body", "State Board", "--credential-number", "PSY-1", env=env)
    assert made.code == 0, made.err
    add = cli("member", "add", v, "--name", "Sam", "--role", "surrogate",
              env={"TRIAD_PASSPHRASE": GOOD, "TRIAD_NEW_PASSPHRASE": "surrogate passphrase"})
    assert add.code == 0, add.err
    rec = cli("member", "credential", v, "--name", "Sam", "--credential-body", "IPSA",
              "--credential-number", "S-1", "--credential-valid-until", "2031-01-31",
              env={"TRIAD_PASSPHRASE": GOOD})
    assert rec.code == 0 and "Credential recorded" in rec.out, rec.err
    listing = cli("member", "list", v, env={"TRIAD_PASSPHRASE": GOOD}).out
    assert "State Board PSY-1" in listing and "IPSA S-1 until 2031-01-31" in listing
