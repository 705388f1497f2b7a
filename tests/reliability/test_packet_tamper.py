"""Packet tamper sweep: flip sampled bits across a real case packet (the therapist's onboarding
packet to a surrogate partner on her own machine: entries, redacted views and signed headers)
-- every byte of the age header (version line, recipient stanzas, the header MAC), the payload
nonce, bytes spread over the encrypted body, and every byte of the final authentication tag --
and cut it at sampled lengths. Each must be refused with PacketRejected (never success, never
WrongPassphrase, never another exception), and the recipient's vault must be unchanged: the
same entry count, the same hash of the log and every projection and exchange table, and
``verify`` ok. At the end the intact packet imports, so the sweep is not blind."""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.helpers import projection_digest
from tests.reliability.packet_world import PASS, World, build_world
from triad.errors import PacketRejected, WrongPassphrase
from triad.workspace import Workspace

TAG = 16  # ChaCha20-Poly1305 tag at the end of every 64 KiB chunk of an age payload
EXCHANGE_TABLES = ("members", "withheld_entries", "redacted_entries", "exchange_held",
                   "exchange_packets", "exchange_chains", "exchange_peers")


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    root = Path(tempfile.mkdtemp(prefix="triad-packet-tamper-",
                                 dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    yield build_world(root)
    shutil.rmtree(root, ignore_errors=True)


def state(ws: Workspace) -> tuple[int, str, list[object]]:
    extra = [ws.vault.db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in EXCHANGE_TABLES]
    return ws.log.count(), projection_digest(ws), extra


def header_end(data: bytes) -> int:
    """Offset just after the age header's ``--- <mac>`` line: the binary payload starts here."""
    return data.index(b"\n", data.index(b"\n---") + 1) + 1


class Recipient:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.before = state(ws)
        self.reasons: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []

    def attempt(self, label: str, raw: bytes) -> None:
        try:
            result = self.ws.exchange.import_packet(raw)
        except PacketRejected as exc:
            self.reasons[exc.detail] += 1
        except WrongPassphrase:
            self.failures.append((label, "WRONG PASSPHRASE"))
        except Exception as exc:  # a crash is a failure of the test, not of the sweep
            self.failures.append((label, f"OTHER {type(exc).__name__}"))
        else:
            self.failures.append((label, f"ACCEPTED (added {result.added})"))
        if state(self.ws) != self.before or not self.ws.verify().ok:
            self.failures.append((label, "VAULT CHANGED"))


@pytest.fixture
def recipient(world: World, tmp_path: Path) -> Iterator[Recipient]:
    path = tmp_path / "sam.triad"
    shutil.copytree(world.surrogate, path)
    ws = Workspace.open(path, PASS)
    yield Recipient(ws)
    ws.close()


def test_every_packet_flip_is_refused(world: World, recipient: Recipient) -> None:
    data = world.packet
    body = header_end(data)
    rng = random.Random(21)
    offsets = list(range(body))  # every byte of the header: stanzas, grease, MAC line
    offsets += list(range(body, body + 16))  # the payload nonce
    offsets += sorted(rng.sample(range(body + 16, len(data) - TAG), 200))  # ciphertext
    offsets += list(range(len(data) - TAG, len(data)))  # the last chunk's tag
    for offset in offsets:
        flipped = bytearray(data)
        mask = 1 << rng.randrange(8)
        flipped[offset] ^= mask
        recipient.attempt(f"flip {offset}^{mask:#x}", bytes(flipped))
    assert not recipient.failures, recipient.failures[:20]
    # the sweep is not blind: the intact packet imports
    assert recipient.ws.exchange.import_packet(data).added > 0 and recipient.ws.verify().ok
    print(f"packet: {len(data)} bytes (header {body}), {len(offsets)} flips: "
          f"{dict(recipient.reasons)}")


def test_every_packet_truncation_is_refused(world: World, recipient: Recipient) -> None:
    data = world.packet
    body = header_end(data)
    rng = random.Random(22)
    lines = [i + 1 for i, b in enumerate(data[:body]) if b == 0x0A]
    lengths = {0, 1, 2, 10, body - 1, body, body + 1, body + 15, body + 16, body + 17,
               len(data) - TAG - 1, len(data) - TAG, len(data) - 1, *lines,
               *(ln - 1 for ln in lines), *rng.sample(range(body + 17, len(data) - TAG), 40),
               *rng.sample(range(3, body), 20)}
    for n in sorted(lengths):
        recipient.attempt(f"cut {n}", data[:n])
    for extra in (b"\x00", b"\n", rng.randbytes(16), rng.randbytes(200)):  # trailing bytes
        recipient.attempt(f"append {len(extra)}", data + extra)
    assert not recipient.failures, recipient.failures[:20]
    assert recipient.ws.exchange.import_packet(data).added > 0
    print(f"packet: {len(lengths)} truncations and 4 extensions: {dict(recipient.reasons)}")
