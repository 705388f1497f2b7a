"""Issue 14 from the outside: what an attacker, a broken disk or a careless path tried through
``triad-cli``, run as a subprocess the way a person would. Each test gives the exact exit code,
and where a vault was touched, that nothing changed: ``verify`` and an export of a case compare
equal before and after. The figures are in docs/reliability.md ("Hostile input").
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import CliResult, cli
from triad import crypto
from triad.casefile import members
from triad.casefile.members import Member
from triad.exchange.cards import make_card
from triad.log.entries import MemberId
from triad.roles import Role
from triad.workspace import Workspace

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "TRIAD_NEW_PASSPHRASE": DEMO_PASS}
CASE = "C-2026-001"
ESC_NAME = "Sam Lee (surrogate).\x1bEFingerprint: AAAA-BBBB-CCCC-DDDD-EEEE\x1b[8m"
HOSTILE = ("\x1b[8m", "\x9b8m", "\b", "\x07", "\u202e", "\u202a", "\u2066", "\u2069", "\x7f")
SCRIPTS = ("سلمى الحداد", "שרה לוי", "Ελένη Παπαδοπούλου", "Ольга Смирнова")


def run(*args: str, env: dict[str, str] | None = None) -> CliResult:
    return cli(*args, env={**ENV, **(env or {})}, now=DEMO_NOW)


def state(vault: Path) -> tuple[str, str]:
    """What "nothing changed" compares: the verify report and a whole case's export."""
    verified = run("verify", str(vault))
    assert verified.code == 0, verified.err
    # read in place: an export-json would itself add a disclosure entry (issue 17)
    with Workspace.open(vault, DEMO_PASS) as ws:
        exported = ws.interchange.dumps(ws.interchange.export_case(CASE)).decode()
    return verified.out, exported


def one_line(result: CliResult) -> str:
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("triad-cli: "), result.err
    assert "internal error" not in lines[0]
    return lines[0]


# -- Major 1: a name cannot fake the fingerprint check on a terminal --
def test_names_with_control_characters_or_direction_overrides_are_refused_at_entry(
        demo_copy: Path, tmp_path: Path) -> None:
    before = state(demo_copy)
    for bad in HOSTILE:
        added = run("member", "add", str(demo_copy), "--name", f"Sam{bad}Lee", "--role", "surrogate")
        assert added.code == 2 and "control character" in one_line(added), repr(bad)
    creds = run("member", "add", str(demo_copy), "--name", "Sam Lee", "--role", "surrogate",
                "--credential-body", "Board\x1b[8m", "--credential-number", "1")
    assert creds.code == 2 and "control character" in one_line(creds)
    assert state(demo_copy) == before
    new = tmp_path / "evil.triad"
    made = run("init", str(new), "--name", ESC_NAME, "--role", "surrogate")
    assert made.code == 2 and not new.exists()


def test_names_in_every_script_stay_allowed_and_print_as_they_are(demo_copy: Path) -> None:
    for name in SCRIPTS:
        added = run("member", "add", str(demo_copy), "--name", name, "--role", "surrogate")
        assert added.code == 0, added.err
    listed = run("member", "list", str(demo_copy))
    assert listed.code == 0 and all(name in listed.out for name in SCRIPTS)


def _attacker_card(name: str) -> bytes:
    import pyrage

    signing_private, signing_public = crypto.ed25519_generate()
    member = Member(MemberId(str(uuid.uuid4())), name, Role.SURROGATE, (),
                    crypto.b64e(signing_public), str(pyrage.x25519.Identity.generate().to_public()),
                    "", None, True)
    return make_card(member, signing_private, "2026-11-01T00:00:00.000000Z").to_bytes()


def test_a_card_whose_name_hides_the_fingerprint_is_refused(demo_copy: Path,
                                                             tmp_path: Path) -> None:
    before = state(demo_copy)
    for bad in (ESC_NAME, "Sam Lee\u202e"):
        card = tmp_path / "evil.card"
        card.write_bytes(_attacker_card(bad))
        fp = json.loads(card.read_text())["fingerprint"]
        imported = run("identity", "import", str(demo_copy), str(card),
                       "--confirm-fingerprint", fp)
        assert imported.code == 1 and "\x1b" not in imported.out + imported.err
        assert "not an identity card" in one_line(imported).lower() or "card" in imported.err
    assert state(demo_copy) == before


def test_a_case_file_with_a_hostile_name_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    exported = json.loads(run("export-json", str(demo_copy), CASE).out)
    exported["members"][0]["name"] = ESC_NAME
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(exported), encoding="utf-8")
    target = tmp_path / "other.triad"
    Workspace.create(target, name="Dr Other", role=Role.THERAPIST, passphrase=DEMO_PASS).workspace.close()
    before = run("verify", str(target)).out
    imported = run("import-json", str(target), str(bad))
    assert imported.code == 2 and "\x1b" not in imported.err
    one_line(imported)
    assert run("verify", str(target)).out == before
    assert run("cases", str(target)).out.startswith("No cases")


# -- Major 2: a clock running ahead does not get in --
def test_a_case_file_stamped_ahead_of_this_computer_is_refused(demo_copy: Path,
                                                              tmp_path: Path) -> None:
    """The demo's case, written up to its last day, imported by a computer whose clock reads
    30 days earlier: its last month is more than a day ahead, and refused as a whole."""
    exported = run("export-json", str(demo_copy), CASE)
    case_file = tmp_path / "case.json"
    case_file.write_text(exported.out, encoding="utf-8")
    target = tmp_path / "behind.triad"
    Workspace.create(target, name="Dr Behind", role=Role.THERAPIST, passphrase=DEMO_PASS).workspace.close()
    before = run("verify", str(target)).out
    earlier = DEMO_NOW - timedelta(days=30)
    imported = cli("import-json", str(target), str(case_file), env=ENV, now=earlier)
    assert imported.code == 2
    assert "more than a day ahead of this computer's clock" in one_line(imported)
    assert "created_at" in imported.err
    assert run("verify", str(target)).out == before
    assert run("cases", str(target)).out.startswith("No cases")
    assert run("import-json", str(target), str(case_file)).code == 0  # on the right day


def test_record_text_is_printed_through_one_escaper(demo_copy: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault written before the rule (or text where control characters are allowed, such as
    a note) still prints safely: every control character shows as an escape."""
    monkeypatch.setattr(members, "check_name", lambda name: name)  # an old vault's name
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        ws.members.add(ESC_NAME, Role.THERAPIST, DEMO_PASS)
        ws.cases.update_client(CASE, concerns_note="before\x1b[2J\u202eafter\nnext")
    with Workspace.open(demo_copy, DEMO_PASS, ESC_NAME) as ws:  # an entry of theirs
        ws.members.add("Ilse Nowak\x1b[8m", Role.SUPERVISOR, DEMO_PASS)
    outputs = {
        "member list": run("member", "list", str(demo_copy)),
        "show": run("show", str(demo_copy), CASE),
        "audit-trail": run("audit-trail", str(demo_copy)),
        "audit-trail json": run("audit-trail", str(demo_copy), "--format", "json"),
        "audit": run("audit", str(demo_copy)),
    }
    for what, result in outputs.items():
        assert result.code in (0, 1), (what, result.err)
        assert not set(result.out) & set("\x1b\x9b\u202e\u2066"), what
    assert "Sam Lee (surrogate).\\x1bEFingerprint" in outputs["member list"].out
    assert "Sam Lee (surrogate).\\x1bEFingerprint" in outputs["audit-trail"].out
    assert "before\\x1b[2J\\u202eafter\\nnext" in outputs["show"].out
    trail = json.loads(outputs["audit-trail json"].out)
    assert ESC_NAME in {item["member"] for item in trail["items"]}  # JSON keeps the value


# -- Minor 16: the docs and messages say what the code does --
def test_a_too_long_name_is_called_too_long(tmp_path: Path) -> None:
    made = run("init", str(tmp_path / "v.triad"), "--name", "x" * 201, "--role", "therapist")
    assert made.code == 2 and "name is too long: at most 200 characters" in one_line(made)
    assert not (tmp_path / "v.triad").exists()


# -- Minor 5: an empty or missing data file is damage, and nothing writes into it --
def test_an_emptied_or_missing_database_is_damage_and_stays_untouched(demo_copy: Path) -> None:
    database = next(demo_copy.glob("data-*.db"))
    database.write_bytes(b"")
    for command in (("cases",), ("member", "list"), ("verify",), ("audit",)):
        opened = run(*command, str(demo_copy))
        assert opened.code == 4 and "database file is empty" in one_line(opened), command
        assert database.stat().st_size == 0  # no fresh database written into it
    database.unlink()
    opened = run("cases", str(demo_copy))
    assert opened.code == 4 and "missing" in one_line(opened)
    assert not database.exists()


# -- Minor 6: sizes are checked before reading; devices are read with a cap --
@pytest.mark.parametrize("command", [("import-json",), ("packet", "import"),
                                     ("identity", "import")])
def test_an_endless_input_is_refused_before_it_is_read_whole(demo_copy: Path,
                                                             command: tuple[str, ...]) -> None:
    before = state(demo_copy)
    refused = run(*command, str(demo_copy), "/dev/zero",
                  *(("--confirm-fingerprint", "AAAA") if command[0] == "identity" else ()))
    assert refused.code == 2 and "is larger than" in one_line(refused)
    assert state(demo_copy) == before


def test_an_oversized_packet_in_the_inbox_is_refused_by_its_size(demo_copy: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    from triad.exchange import folders
    from triad.vault import files

    reads: list[int] = []
    real = files.read_limited

    def counted(path: Path, limit: int) -> bytes | None:
        data = real(path, limit)
        reads.append(-1 if data is None else len(data))
        return data

    monkeypatch.setattr(folders, "read_limited", counted)
    monkeypatch.setattr(folders, "MAX_PACKET_BYTES", 1024)
    big = tmp_path / "inbox" / "big.triadpacket"
    big.parent.mkdir()
    big.write_bytes(b"\0" * 4096)
    rejected: list[tuple[str, str]] = []
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        folders._read_inbox(ws, "peer", big.parent, False, [], rejected)
    assert rejected == [("big.triadpacket", "too-large")] and reads == [-1]


# -- Minor 7: output paths are checked before anything is created --
def test_a_bad_recovery_sheet_path_creates_nothing(tmp_path: Path, demo_copy: Path) -> None:
    vault = tmp_path / "new.triad"
    made = run("init", str(vault), "--name", "Dr A", "--role", "therapist",
               "--recovery-sheet", "/nonexistent/dir/x.pdf")
    assert made.code == 2 and "cannot write a file there" in one_line(made)
    assert not vault.exists() and "Recovery code" not in made.out
    before = state(demo_copy)
    for command in (("recovery-code", str(demo_copy), "--recovery-sheet", "/nonexistent/x.pdf"),
                    ("backup", str(demo_copy), "/nonexistent/dir/b.triadbak"),
                    ("report", "progress", str(demo_copy), CASE, "-o", "/nonexistent/p.pdf"),
                    ("identity", "export", str(demo_copy), "-o", "/nonexistent/me.card")):
        refused = run(*command)
        assert refused.code == 2 and "Nothing was written" in one_line(refused), command
    assert state(demo_copy) == before
    # the old recovery code still works: recovery-code changed nothing
    assert "The old recovery code no longer works" not in refused.out


# -- Minor 8: init and demo on a full disk leave no half-built vault --
FULL_DISK = r'''
M="$0"; PY="$1"
mount -t tmpfs -o size=2m tmpfs "$M" || exit 77
"$PY" -m triad demo "$M/demo.triad" >/dev/null 2>"$M/../demo.err"; echo "demo $?"
ls -A "$M" | tr '\n' ' '; echo
head -c 1900000 /dev/zero > "$M/filler"
"$PY" -m triad init "$M/v.triad" --name "Dr A" --role therapist >/dev/null 2>"$M/../init.err"
echo "init $?"
ls -A "$M" | tr '\n' ' '; echo
rm "$M/filler"
"$PY" -m triad init "$M/v.triad" --name "Dr A" --role therapist >/dev/null 2>&1; echo "again $?"
ls -A "$M" | tr '\n' ' '; echo
'''


def test_a_full_disk_leaves_no_half_built_vault(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from tests.reliability.helpers import ROOT

    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux)")
    mount = tmp_path / "mnt"
    mount.mkdir()
    done = subprocess.run(["unshare", "-rm", "sh", "-c", FULL_DISK, str(mount), sys.executable],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, **ENV})
    if done.returncode == 77 or "Operation not permitted" in done.stderr:
        pytest.skip("no private mount namespace here")
    lines = done.stdout.splitlines()
    assert lines[0] == "demo 4" and lines[1].strip() == "", done.stdout
    assert lines[2] == "init 4" and lines[3].strip() == "filler", done.stdout
    assert lines[4] == "again 0" and lines[5].strip() == "v.triad", done.stdout
    for err in ("demo.err", "init.err"):
        assert "disk refused to save" in (tmp_path / err).read_text()


# -- Minor 9: export-json -o writes through a symlink and refuses special files --
def test_export_writes_through_a_symlink_and_refuses_special_files(demo_copy: Path,
                                                                   tmp_path: Path) -> None:
    import os

    target, link = tmp_path / "target.json", tmp_path / "link.json"
    target.write_text("old")
    link.symlink_to(target)
    written = run("export-json", str(demo_copy), CASE, "-o", str(link))
    assert written.code == 0 and link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text())["code"] == CASE
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for bad in (str(fifo), "/dev/null", "/dev/full", str(tmp_path)):
        refused = run("export-json", str(demo_copy), CASE, "-o", bad)
        assert refused.code == 2 and "Nothing was written" in one_line(refused), bad
    assert Path("/dev/null").is_char_device() and Path("/dev/full").is_char_device()
    assert fifo.is_fifo() and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(
        ".triad-")) == []


# -- Minor 10: output and input problems are usage errors, exit 2, one line --
def test_broken_output_and_unreadable_input_are_usage_errors(demo_copy: Path,
                                                             tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.core.conftest import ROOT
    from tests.stopped_clock import CLI_AT

    before = state(demo_copy)
    for command in (("show", str(demo_copy), CASE), ("member", "list", str(demo_copy)),
                    ("audit", str(demo_copy), "--format", "json"),
                    ("export-json", str(demo_copy), CASE), ("cases", str(demo_copy))):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-c", CLI_AT, DEMO_NOW.isoformat(), *command],
                                  stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                  env={**__import__("os").environ, **ENV,
                                       "PYTHONPATH": str(ROOT)}, timeout=120)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stderr.strip() == ("triad-cli: cannot write the output (No space left on "
                                       "device); check the disk or where the output goes")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Good start \xff\xfe then bad bytes")
    for narrative, words in ((bad, "is not UTF-8 text"), (tmp_path / "missing.txt", "cannot read")):
        refused = run("report", "progress", str(demo_copy), CASE, "-o", str(tmp_path / "p.pdf"),
                      "--narrative-file", str(narrative))
        assert refused.code == 2 and words in one_line(refused)
        assert not (tmp_path / "p.pdf").exists()
    assert state(demo_copy) == before


# -- Minor 11: the narrative is capped, and long paragraphs stay linear --
def test_a_narrative_over_the_limit_is_refused_with_the_limit(demo_copy: Path,
                                                              tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("word " * 200_000, encoding="utf-8")  # 1 MB
    refused = run("report", "progress", str(demo_copy), CASE, "-o", str(tmp_path / "p.pdf"),
                  "--narrative-file", str(long))
    assert refused.code == 2 and "at most 20,000" in one_line(refused)
    fits = tmp_path / "fits.txt"
    fits.write_text(("A sentence of the narrative that goes on. " * 470)[:20_000], encoding="utf-8")
    made = run("report", "progress", str(demo_copy), CASE, "-o", str(tmp_path / "p.pdf"),
               "--narrative-file", str(fits))
    assert made.code == 0, made.err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


# -- Minor 12: a day is a day --
def test_a_time_or_offset_where_a_day_is_asked_is_refused(demo_copy: Path,
                                                          tmp_path: Path) -> None:
    for value in ("2026-01-01T00:00+05:00", "2026-01-01 10:00", "20260101"):
        refused = run("report", "progress", str(demo_copy), CASE, "-o", str(tmp_path / "p.pdf"),
                      "--from", value)
        assert refused.code == 2 and "YYYY-MM-DD" in one_line(refused), value
        trail = run("audit-trail", str(demo_copy), "--since", value)
        assert trail.code == 2 and "YYYY-MM-DD" in one_line(trail), value
    assert not (tmp_path / "p.pdf").exists()
    assert run("audit-trail", str(demo_copy), "--since", "2026-11-01").code == 0


# -- Minor 15: a broken keyring falls back to the passphrase --
def test_a_broken_keyring_falls_back_to_the_passphrase(demo_copy: Path, tmp_path: Path) -> None:
    store = {"TRIAD_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
             "PYTHON_KEYRING_BACKEND": "tests.reliability.recording_keyring.RecordingKeyring"}
    assert run("quick-unlock", str(demo_copy), "on", env=store).code == 0
    broken = {"PYTHON_KEYRING_BACKEND": "tests.reliability.recording_keyring.BrokenKeyring"}
    no_passphrase = cli("cases", str(demo_copy), now=DEMO_NOW, env=broken)
    lines = no_passphrase.err.strip().splitlines()
    assert no_passphrase.code == 2 and len(lines) == 2, no_passphrase.err
    assert lines[0] == ("triad-cli: quick unlock did not work (the keyring refused the "
                        "request); using the passphrase")
    assert "TRIAD_PASSPHRASE" in lines[1] and "internal error" not in no_passphrase.err
    with_passphrase = run("cases", str(demo_copy), env=broken)
    assert with_passphrase.code == 0 and CASE in with_passphrase.out
    status = cli("quick-unlock", str(demo_copy), "status", env=broken)
    assert status.code == 0 and "unavailable" in status.out
