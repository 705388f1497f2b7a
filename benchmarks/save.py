"""Saving a debrief, against a plain SQLite insert with fsync, in the same run.

The baseline, made explicit: Python's sqlite3 (no encryption), WAL, synchronous=FULL (an fsync
per commit, as ours), one table ``(id INTEGER PRIMARY KEY, body TEXT)``, one INSERT of the same
debrief JSON (~1.2 KB) in its own BEGIN IMMEDIATE ... COMMIT. Ours, three ways:

* **save a debrief**: what the issue names -- sign, chain, store, update the debrief
  projection, commit with fsync (``ws.append("session.debriefed", body, case)``);
* **the same tables on plain SQLite**: our schema and our rows (entries with its indexes, the
  debriefs projection, the chain-head query), unencrypted and unsigned -- what the schema
  costs, apart from the crypto;
* **submit a debrief (the service)**: ``sessions.submit_debrief``, which also checks the
  session, the author's place on the case and the consent in force at the session's time.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.log.entries import utc_now
from triad.roles import Role
from triad.vault.database import MIGRATIONS
from triad.workspace import Workspace

from .common import Row, interleaved, per_op

PASS = "benchmark passphrase"
FORM = DebriefForm(
    activities_done=("conversation", "relaxation_breathing"), suds_before=6, suds_after=4,
    went_well="Talked through the stop and pause signals; breathing exercise went well.",
    was_hard="Eye contact for longer than a few seconds.",
    arousal_anxiety="Anxiety rose at the start; slowed the breathing, it settled.",
    reactions="Felt protective; noted it.", questions="Move to clothed touch next time?",
    proposal="Repeat the breathing, then hand-on-hand if the client wants.",
    process_recording="The client arrived early and was quiet. " * 12,
)


def plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def practice(path: Path, sessions: int) -> tuple[Workspace, Workspace, str, Iterator[str]]:
    valid = (Credential("Board", "1", "2035-01-01"),)
    t = Workspace.create(path, name="Bench Therapist", role=Role.THERAPIST, passphrase=PASS,
                         credentials=valid).workspace
    t.members.add("Bench Surrogate", Role.SURROGATE, PASS, valid)
    s = Workspace.open(path, PASS, "Bench Surrogate")
    case = t.cases.open({"code": "B-0001", "date_of_birth": "1990-01-02"}, (s.actor.member_id,),
                        opened_at="2025-01-02").case_id or ""
    t.capacity.record(case, "2025-01-04", "has-capacity", "")
    for form_id, parties in (("informed-consent", ("client", "therapist")),
                             ("release-of-information", ("client", "therapist")),
                             ("triad-agreement", ("client", "therapist", "surrogate"))):
        t.consent.give(case, form_id, [{"party": p, "name": p, "signed_on": "2025-01-05"}
                                       for p in parties],
                       grants=("conversation", "relaxation_breathing")
                       if form_id != "release-of-information" else ())
    start = datetime(2025, 2, 1, 9, 0)
    with t.vault.db.transaction():
        ids = [t.sessions.schedule(case, "surrogate_session",
                                   (start + timedelta(hours=k)).strftime("%Y-%m-%dT%H:%M"), 60,
                                   planned_activities=("conversation",)).subject_id
               for k in range(sessions)]
    return t, s, case, iter(ids)


def bench_debrief_save(tmp: Path) -> list[Row]:
    t, s, case, free = practice(tmp / "save.triad", 6000)
    first = s.sessions.submit_debrief(next(free), FORM)
    entry = s.log.get(first.entry_id)
    assert entry is not None
    body = entry.body
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)

    def ours() -> None:
        s.append("session.debriefed", {**body, "session_id": next(free)}, case)

    def service() -> None:
        s.sessions.submit_debrief(next(free), FORM)

    base = plain(tmp / "plain.db")
    base.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")

    def baseline() -> None:
        base.execute("BEGIN IMMEDIATE")
        base.execute("INSERT INTO t (body) VALUES (?)", (text,))
        base.execute("COMMIT")

    same = plain(tmp / "same-schema.db")
    for script in MIGRATIONS:
        for statement in script.split(";"):
            if statement.strip():
                same.execute(statement)
    author, seq = s.actor.member_id, [0]

    def same_schema() -> None:
        same.execute("BEGIN IMMEDIATE")
        same.execute("SELECT seq, hash FROM entries WHERE author=? AND chain=? ORDER BY seq DESC"
                     " LIMIT 1", (author, case)).fetchone()
        seq[0] += 1
        entry_id, session_id = str(uuid.uuid4()), str(uuid.uuid4())
        same.execute("INSERT INTO entries (id, case_id, author, seq, kind, body, created_at, prev,"
                     " hash, signature, chain) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (entry_id, case, author, seq[0], "session.debriefed", text, utc_now(),
                      "0" * 64, "1" * 64, "s" * 88, case))
        same.execute("INSERT INTO debriefs (session_id, case_id, data, entry_id, author,"
                     " submitted_at) VALUES (?,?,?,?,?,?)",
                     (session_id, case, text, entry_id, author, utc_now()))
        same.execute("COMMIT")

    ours_s, base_s = interleaved(ours, baseline)
    same_s = per_op(same_schema, 1.0)
    service_s = per_op(service, 1.5)
    s.close()
    t.close()
    base.close()
    same.close()
    return [
        # issue 18: information (was <= 1.3x): sub-millisecond, against a 0.15 ms fsync, below
        # what a person can notice
        Row("save a debrief (sign, chain, projection, commit+fsync)", ours_s, base_s, "info"),
        Row("  same tables and rows on plain SQLite (no crypto)", same_s, base_s, "info"),
        Row("  submit a debrief (service: checks + consent + save)", service_s, base_s, "info"),
    ]
