"""A case packet of 10,000 entries: the therapist builds it (export: plan, role scoping, sign,
age-encrypt) and the surrogate partner imports it on her own machine (decrypt, parse, schema,
every entry's hash and signature, chains, case rules, one transaction with the projections).

The source case is written through the real services in a few transactions: the case, its
consent and plan, then 5,000 measures and 5,000 sessions scheduled with the surrogate. The
packet is the surrogate's first (onboarding) packet for it, so it carries every entry. Each run
imports into a fresh copy of the surrogate's vault (a packet imports once). No baseline: the
goal is absolute (< 3 s for export + import)."""

from __future__ import annotations

import shutil
import time
from datetime import datetime, timedelta
from pathlib import Path

from triad.casefile.members import Credential
from triad.roles import Role
from triad.workspace import Workspace

from .bigpractice import forget_seen
from .common import Row

PASS = "benchmark passphrase"
ENTRIES = 10_000
CRED = (Credential("Board", "1", "2035-01-01"),)


def in_case(ws: Workspace, case: str) -> int:
    row = ws.vault.db.one("SELECT count(*) FROM entries WHERE case_id=?", (case,))
    return int(row[0]) if row else 0


def build_source(tmp: Path) -> tuple[Workspace, Path, str]:
    """The therapist's open workspace, the surrogate's closed vault, the surrogate's id."""
    t = Workspace.create(tmp / "therapist.triad", name="Bench Therapist", role=Role.THERAPIST,
                         passphrase=PASS, credentials=CRED).workspace
    s = Workspace.create(tmp / "surrogate.triad", name="Bench Surrogate", role=Role.SURROGATE,
                         passphrase=PASS, credentials=CRED).workspace
    for owner, to in ((t, s), (s, t)):
        card = owner.exchange.my_card()
        to.exchange.import_card(to.exchange.read_card(card.to_bytes()), card.fingerprint)
    sam = s.actor.member_id
    s.close()
    scope = ("conversation", "relaxation_breathing")
    with t.vault.db.transaction():
        case = t.cases.open({"code": "P-0001", "date_of_birth": "1990-01-02"}, (),
                            opened_at="2025-01-02").case_id or ""
        t.capacity.record(case, "2025-01-04", "has-capacity", "")
        t.exchange.share(case, sam)
        for form_id, parties in (("informed-consent", ("client", "therapist")),
                                 ("triad-agreement", ("client", "therapist", "surrogate"))):
            t.consent.give(case, form_id, [{"party": p, "name": p, "signed_on": "2025-01-05"}
                                           for p in parties], grants=scope)
        t.plans.from_template(case, "default-spt")
    left = ENTRIES - in_case(t, case)
    first = datetime(2025, 2, 1, 9, 0)
    for start in range(0, left, 1000):
        with t.vault.db.transaction():
            for k in range(start, min(left, start + 1000)):
                when = first + timedelta(hours=k)
                if k % 2:
                    t.measures.record(case, "suds", k % 11, on=when.strftime("%Y-%m-%d"))
                else:
                    t.sessions.schedule(case, "surrogate_session", when.strftime("%Y-%m-%dT%H:%M"),
                                        60, planned_activities=("conversation",), surrogate_id=sam)
    assert in_case(t, case) == ENTRIES
    return t, tmp / "surrogate.triad", sam


def export_import(t: Workspace, surrogate: Path, sam: str, trial: Path) -> tuple[float, float, int]:
    shutil.rmtree(trial, ignore_errors=True)
    shutil.copytree(surrogate, trial)
    forget_seen(trial)  # a fresh copy each trial, on purpose: not a rollback
    s = Workspace.open(trial, PASS)
    start = time.perf_counter()
    packet = t.exchange.build_packet(sam)
    built = time.perf_counter()
    result = s.exchange.import_packet(packet.data)
    done = time.perf_counter()
    s.close()
    assert result.added == ENTRIES, result
    return built - start, done - built, len(packet.data)


def bench_packets(tmp: Path, rounds: int = 3) -> list[Row]:
    t, surrogate, sam = build_source(tmp)
    runs = [export_import(t, surrogate, sam, tmp / "trial.triad") for _ in range(rounds)]
    t.close()
    best = min(runs, key=lambda r: r[0] + r[1])
    return [Row(f"packet export + import of {ENTRIES:,} entries", best[0] + best[1], None, "< 3 s"),
            Row(f"  export (plan, scope, sign, encrypt; {best[2] // 1024:,} KiB)", best[0], None,
                "info"),
            Row("  import (decrypt, check, chains, rules, write)", best[1], None, "info")]
