from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.conftest import THERAPIST_PASS, NewVault
from triad.crypto import KdfParams
from triad.errors import InvalidRecoveryCode, WrongPassphrase
from triad.vault import recovery
from triad.workspace import Workspace


def test_code_shape_and_forgiving_input() -> None:
    code = recovery.new_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    compact = recovery.normalise(code)
    assert recovery.normalise(code.lower().replace("-", " ")) == compact
    assert recovery.normalise(code.replace("0", "o").replace("1", "l")) == compact


def test_every_single_typo_is_caught() -> None:
    for _ in range(20):
        compact = recovery.normalise(recovery.new_code())
        for pos in range(len(compact)):
            for wrong in recovery.ALPHABET.replace(compact[pos], ""):
                with pytest.raises(InvalidRecoveryCode):
                    recovery.normalise(compact[:pos] + wrong + compact[pos + 1 :])


@given(st.data())
def test_any_two_typos_are_caught(data: st.DataObject) -> None:
    compact = list(recovery.normalise(recovery.new_code()))
    a, b = data.draw(st.lists(st.integers(0, 29), min_size=2, max_size=2, unique=True))
    for pos in (a, b):
        compact[pos] = data.draw(st.sampled_from(recovery.ALPHABET.replace(compact[pos], "")))
    with pytest.raises(InvalidRecoveryCode):
        recovery.normalise("".join(compact))


def test_swapped_neighbours_are_caught() -> None:
    for _ in range(200):
        compact = recovery.normalise(recovery.new_code())
        for i in range(len(compact) - 1):
            if compact[i] != compact[i + 1]:
                swapped = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :]
                with pytest.raises(InvalidRecoveryCode):
                    recovery.normalise(swapped)


def test_typo_is_reported_before_any_key_derivation(
    vault: NewVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.ws.close()
    compact = recovery.normalise(vault.recovery_code)
    typo = compact[:-1] + ("A" if compact[-1] != "A" else "B")

    def no_kdf(*_: object) -> bytes:
        raise AssertionError("KDF ran for a code with a typo")

    monkeypatch.setattr(KdfParams, "derive", no_kdf)
    with pytest.raises(InvalidRecoveryCode):
        Workspace.recover(vault.path, typo, "new passphrase here")


def test_recover_sets_a_new_passphrase(vault: NewVault) -> None:
    vault.ws.close()
    ws = Workspace.recover(vault.path, vault.recovery_code.lower(), "new passphrase here")
    assert ws.log.entries()[-1].kind == "member.passphrase_recovered"
    assert ws.verify().ok
    ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault.path, THERAPIST_PASS)
    Workspace.open(vault.path, "new passphrase here").close()


def test_replacing_the_code_retires_the_old_one(vault: NewVault) -> None:
    new = vault.ws.new_recovery_code()
    assert new != vault.recovery_code
    vault.ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.recover(vault.path, vault.recovery_code, "new passphrase here")
    Workspace.recover(vault.path, new, "new passphrase here").close()


def test_wrong_but_well_formed_code(vault: NewVault) -> None:
    vault.ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.recover(vault.path, recovery.new_code(), "new passphrase here")
    Workspace.open(vault.path, THERAPIST_PASS).close()
