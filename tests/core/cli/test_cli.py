"""triad-cli as a user runs it: exit codes, one-line errors, the README's walk-through."""

from __future__ import annotations

from pathlib import Path

from tests.core.conftest import cli, flip_byte
from triad.vault import recovery

T = {"TRIAD_PASSPHRASE": "therapist passphrase"}
NEW_T = {"TRIAD_NEW_PASSPHRASE": "therapist passphrase"}


def init(path: Path) -> str:
    r = cli("init", str(path), "--name", "Dr Ada Therapist", "--role", "therapist", env=NEW_T)
    assert r.code == 0, r.err
    return next(line.strip() for line in r.out.splitlines() if line.startswith("    "))


def assert_one_line_error(err: str) -> None:
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_readme_walk_through(tmp_path: Path) -> None:
    v = str(tmp_path / "practice.triad")
    init(tmp_path / "practice.triad")
    add = cli("member", "add", v, "--name", "Sam Surrogate", "--role", "surrogate",
              "--credential-body", "IPSA", "--credential-number", "S-1",
              "--credential-valid-until", "2027-01-31",
              env={**T, "TRIAD_NEW_PASSPHRASE": "surrogate passphrase"})
    assert add.code == 0, add.err
    listing = cli("member", "list", v, "--member", "Sam Surrogate",
                  env={"TRIAD_PASSPHRASE": "surrogate passphrase"})
    assert listing.code == 0 and "Sam Surrogate (you)" in listing.out
    assert "IPSA S-1 until 2027-01-31" in listing.out
    assert cli("member", "remove", v, "--name", "Sam Surrogate", env=T).code == 0
    locked_out = cli("member", "list", v, "--member", "Sam Surrogate",
                     env={"TRIAD_PASSPHRASE": "surrogate passphrase"})
    assert locked_out.code == 3
    assert_one_line_error(locked_out.err)
    verify = cli("verify", v, env=T)
    assert verify.code == 0 and "result: OK" in verify.out and "entries: 3" in verify.out
    assert cli("backup", v, str(tmp_path / "b.backup"), env=T).code == 0
    restore = cli("restore", str(tmp_path / "b.backup"), str(tmp_path / "r.triad"), env=T)
    assert restore.code == 0 and "result: OK" in restore.out
    everyone = cli("member", "list", str(tmp_path / "r.triad"), "--all", env=T)
    assert "removed" in everyone.out


def test_exit_codes(tmp_path: Path) -> None:
    v = tmp_path / "practice.triad"
    init(v)
    wrong = cli("verify", str(v), env={"TRIAD_PASSPHRASE": "nope nope nope"})
    assert (wrong.code, wrong.err.strip()) == (3, "triad-cli: wrong passphrase")
    missing = cli("verify", str(tmp_path / "nothing"), env=T)
    assert missing.code == 4 and "no vault" in missing.err
    again = cli("init", str(v), "--name", "X", "--role", "therapist", env=NEW_T)
    assert again.code == 2 and "already exists" in again.err
    bad_role = cli("init", str(tmp_path / "x"), "--name", "X", "--role", "doctor", env=NEW_T)
    assert bad_role.code == 2 and not (tmp_path / "x").exists()
    no_pass = cli("verify", str(v))
    assert no_pass.code == 2 and "TRIAD_PASSPHRASE" in no_pass.err
    usage = cli("member", "frobnicate", str(v))
    assert usage.code == 2
    flip_byte(v / "keyslots", 200)
    damaged = cli("verify", str(v), env=T)
    assert damaged.code == 4 and "damaged" in damaged.err
    for r in (wrong, missing, again, bad_role, no_pass, damaged):
        assert_one_line_error(r.err)


def test_verify_names_a_tampered_entry(tmp_path: Path) -> None:
    v = tmp_path / "practice.triad"
    init(v)
    from triad.workspace import Workspace

    ws = Workspace.open(v, T["TRIAD_PASSPHRASE"])
    entry = ws.log.entries()[0]
    ws.vault.db.execute("UPDATE entries SET created_at='2020-01-01T00:00:00.000000Z' WHERE id=?",
                        (entry.id,))
    ws.close()
    r = cli("verify", str(v), env=T)
    assert r.code == 1
    assert f"hash-mismatch: entry {entry.id}" in r.out and "PROBLEMS FOUND" in r.out


def test_recover_and_replace_code(tmp_path: Path) -> None:
    v = tmp_path / "practice.triad"
    code = init(v)
    compact = recovery.normalise(code)
    typo = compact[:3] + ("Z" if compact[3] != "Z" else "Y") + compact[4:]
    bad = cli("recover", str(v), env={"TRIAD_RECOVERY_CODE": typo, **NEW_T})
    assert bad.code == 2 and "typo" in bad.err
    ok = cli("recover", str(v), env={"TRIAD_RECOVERY_CODE": code,
                                     "TRIAD_NEW_PASSPHRASE": "recovered passphrase"})
    assert ok.code == 0, ok.err
    assert cli("verify", str(v), env=T).code == 3
    new = cli("recovery-code", str(v), env={"TRIAD_PASSPHRASE": "recovered passphrase"})
    assert new.code == 0 and "old recovery code no longer works" in new.out
    old = cli("recover", str(v), env={"TRIAD_RECOVERY_CODE": code, **NEW_T})
    assert old.code == 3


def test_passwd(tmp_path: Path) -> None:
    v = tmp_path / "practice.triad"
    init(v)
    r = cli("passwd", str(v), env={**T, "TRIAD_NEW_PASSPHRASE": "second passphrase"})
    assert r.code == 0
    assert cli("verify", str(v), env=T).code == 3
    assert cli("verify", str(v), env={"TRIAD_PASSPHRASE": "second passphrase"}).code == 0


def test_quick_unlock_without_keyring_service(tmp_path: Path) -> None:
    v = tmp_path / "practice.triad"
    init(v)
    r = cli("quick-unlock", str(v), "on", env=T)
    assert r.code == 2 and "quick unlock is unavailable: no keyring service" in r.err
    assert cli("quick-unlock", str(v), "status").out.startswith("unavailable")


def test_version() -> None:
    r = cli("--version")
    assert r.code == 0 and r.out.startswith("triad-cli ")
