"""Tamper sweep: flip sampled bits across every file a vault consists of -- the database (every
page: its first bytes, a random byte, the IV and the HMAC in the page's reserved tail), the key
slot file (every byte), a backup file -- and open it the way a user would. Every flip must be
reported as damage (VaultDamaged, or a ``verify`` report with problems): never as a wrong
passphrase, never as silent success, never as another exception.

A crashed vault's -wal is a documented exception (see test_wal_flip_after_a_crash_...).
(Packets: see test_packet_tamper.py.)"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import forget_seen
from tests.core.practice import PASS, hold_session, make_practice
from tests.reliability.helpers import Zygote, flip
from triad.casefile.sessions import DebriefForm
from triad.errors import VaultDamaged, WrongPassphrase
from triad.vault.database import CURRENT_CIPHER
from triad.vault.keyslots import SlotFile
from triad.workspace import Workspace

# The page format new vaults are written in (test_cipher_profile.py covers the old one).
PAGE = CURRENT_CIPHER.page_size
RESERVE = CURRENT_CIPHER.reserve  # the 16-byte IV and the HMAC at the end of every page
HMAC = RESERVE - 16


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """A closed vault with five members, a case, consent, a plan, eight debriefed sessions
    (one with a 12 KB process recording, so some rows spill onto overflow pages), and a
    backup file beside it."""
    root = Path(tempfile.mkdtemp(prefix="triad-tamper-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    p = make_practice(root / "v.triad")
    for day in range(2, 9):
        hold_session(p, f"2026-02-{day:02d}T10:00")
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-20T10:00", 60,
                                planned_activities=("conversation",)).subject_id
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",),
                                                 process_recording="A long recording. " * 700))
    p.t.backup(root / "v.backup")
    p.close()
    assert SlotFile.read(root / "v.triad" / "keyslots").cipher == CURRENT_CIPHER
    yield root
    shutil.rmtree(root, ignore_errors=True)


def outcome(folder: Path) -> str:
    """How a user would meet the vault: open, then verify."""
    try:
        ws = Workspace.open(folder, PASS, "Dr Tess")
    except VaultDamaged:
        return "damaged"
    except WrongPassphrase:
        return "WRONG PASSPHRASE"
    except Exception as exc:
        return f"OTHER {type(exc).__name__}"
    try:
        return "damaged" if not ws.verify().ok else "SILENT"
    except VaultDamaged:
        return "damaged"
    except Exception as exc:
        return f"OTHER {type(exc).__name__} in verify"
    finally:
        ws.close()


def sweep(template: Path, scratch: Path, name: str, offsets: list[tuple[int, int]]) -> Counter[str]:
    results: Counter[str] = Counter()
    failures = []
    for offset, mask in offsets:
        trial = scratch / "trial.triad"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(template / "v.triad", trial)
        flip(trial / name, offset, mask)
        result = outcome(trial)
        results[result] += 1
        if result != "damaged":
            failures.append((offset, mask, result))
    assert not failures, failures[:20]
    return results


def test_every_database_flip_is_damage(template: Path, scratch: Path) -> None:
    db = template / "v.triad" / "data-1.db"
    rng = random.Random(8)
    size = db.stat().st_size
    offsets = [(o, 0x01) for o in range(64)]  # salt and the start of page 1
    for page in range(0, size, PAGE):
        offsets += [(page, 1 << rng.randrange(8)),
                    (page + rng.randrange(16, PAGE - RESERVE), 1 << rng.randrange(8)),
                    (page + PAGE - RESERVE + rng.randrange(16), 1 << rng.randrange(8)),  # IV
                    (page + PAGE - HMAC + rng.randrange(HMAC), 1 << rng.randrange(8))]  # HMAC
    results = sweep(template, scratch, "data-1.db", offsets)
    print(f"database: {size // PAGE} pages, {len(offsets)} flips: {dict(results)}")


def test_every_key_slot_flip_is_damage(template: Path) -> None:
    path = template / "v.triad" / "keyslots"
    original = path.read_bytes()
    rng = random.Random(9)
    results: Counter[str] = Counter()
    failures = []
    try:
        for offset in range(len(original)):
            for mask in (0x01, 1 << rng.randrange(1, 8)):
                data = bytearray(original)
                data[offset] ^= mask
                path.write_bytes(bytes(data))
                result = outcome(template / "v.triad")
                results[result] += 1
                if result != "damaged":
                    failures.append((offset, mask, result))
    finally:
        path.write_bytes(original)
    assert not failures, failures[:20]
    print(f"keyslots: {len(original)} bytes, {sum(results.values())} flips: {dict(results)}")


def test_every_backup_flip_is_damage(template: Path, scratch: Path) -> None:
    original = (template / "v.backup").read_bytes()
    rng = random.Random(10)
    offsets = list(range(64)) + list(range(len(original) - 64, len(original)))
    offsets += [o + rng.randrange(PAGE) for o in range(64, len(original) - PAGE, PAGE)]
    backup, target = scratch / "v.backup", scratch / "restored.triad"
    results: Counter[str] = Counter()
    for offset in offsets:
        data = bytearray(original)
        data[offset] ^= 1 << rng.randrange(8)
        backup.write_bytes(bytes(data))
        try:
            ws, report = Workspace.restore(backup, target, PASS, "Dr Tess")
        except VaultDamaged:
            results["damaged"] += 1
        except WrongPassphrase:
            pytest.fail(f"flip at {offset} reported as a wrong passphrase")
        else:
            ws.close()
            pytest.fail(f"flip at {offset} restored (report ok: {report.ok})")
        assert not target.exists()
    print(f"backup: {len(original)} bytes, {len(offsets)} flips: {dict(results)}")


@pytest.fixture
def crashed(template: Path, scratch: Path) -> tuple[Path, list[str]]:
    """The template after a child appended 25 entries and SIGKILLed itself: a -wal and -shm
    holding committed transactions that are not yet in the database file."""
    path = scratch / "crashed.triad"
    shutil.copytree(template / "v.triad", path)
    zygote = Zygote()
    try:
        zygote.start("crash_after_saves", path=str(path), member="Dr Tess", count=25, **{"pass": PASS})
        events = zygote.finish()
    finally:
        zygote.close()
    assert events[-1]["signal"] == 9 and (path / "data-1.db-wal").exists()
    copy = scratch / "copy.triad"
    shutil.copytree(path, copy)
    ws = Workspace.open(copy, PASS, "Dr Tess")
    order = [r[0] for r in ws.vault.db.rows("SELECT id FROM entries ORDER BY local_order")]
    ws.close()
    assert all(e["saved"] in order for e in events if "saved" in e)
    return path, order


def test_wal_flip_after_a_crash_loses_the_tail_but_never_alters(
    crashed: tuple[Path, list[str]], scratch: Path
) -> None:
    """Documented exception (docs/reliability.md): SQLite's WAL recovery checks each frame's
    cumulative checksum and treats the first bad frame as the end of the log. A flip in a -wal
    left by a crash therefore makes the vault open as it was at an earlier commit -- the
    transactions from the damaged frame on are dropped without an error. Never altered content
    (every page is still HMAC-checked), never a wrong passphrase, and the log still verifies."""
    path, order = crashed
    wal = path / "data-1.db-wal"
    frame = 24 + PAGE
    frames = (wal.stat().st_size - 32) // frame
    rng = random.Random(11)
    offsets = list(range(32)) + [32 + k * frame + d for k in range(frames)
                                 for d in (rng.randrange(24), 24 + rng.randrange(PAGE))]
    results: Counter[str] = Counter()
    for offset in offsets:
        trial = scratch / "trial.triad"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(path, trial)
        forget_seen()  # each trial is a fresh copy of the crashed vault, not a rollback
        flip(trial / "data-1.db-wal", offset, 1 << rng.randrange(8))
        try:
            ws = Workspace.open(trial, PASS, "Dr Tess")
        except VaultDamaged:
            results["damaged"] += 1
            continue
        try:
            ids = [r[0] for r in ws.vault.db.rows("SELECT id FROM entries ORDER BY local_order")]
            report = ws.verify()
        except VaultDamaged:
            results["damaged"] += 1
            continue
        finally:
            ws.close()
        assert report.ok and ids == order[:len(ids)], f"flip at {offset}: not a prefix"
        results["intact" if len(ids) == len(order) else "earlier commit"] += 1
    print(f"crashed -wal: {frames} frames, {len(offsets)} flips: {dict(results)}")


def test_shm_flip_after_a_crash_changes_nothing(crashed: tuple[Path, list[str]], scratch: Path) -> None:
    """The -shm index is rebuilt from the -wal by the first connection after a crash."""
    path, order = crashed
    shm = path / "data-1.db-shm"
    rng = random.Random(12)
    offsets = list(range(0, 136)) + [rng.randrange(shm.stat().st_size) for _ in range(40)]
    for offset in offsets:
        trial = scratch / "trial.triad"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(path, trial)
        forget_seen()  # each trial is a fresh copy of the crashed vault, not a rollback
        flip(trial / "data-1.db-shm", offset, 1 << rng.randrange(8))
        ws = Workspace.open(trial, PASS, "Dr Tess")
        try:
            ids = [r[0] for r in ws.vault.db.rows("SELECT id FROM entries ORDER BY local_order")]
            assert ids == order and ws.verify().ok, f"flip at {offset}"
        finally:
            ws.close()
