"""What a disposal does to the tables (issue 17; ``case.disposed``, triad.casefile.disposal).

:func:`purge_case` removes everything the vault holds of one case but the chain headers: every
entry of the case becomes a signed header in ``withheld_entries`` (id, author, sequence,
previous hash, hash, signature -- the mechanism that already holds entries a role may not
read), so ``verify`` still checks every chain; its bodies, every projection row, drafts, scans
(attachments), items held for a gap, redacted and relay views, and the author's sealed private
notes on the case go. What stays: the ``case.disposed`` entry itself (no client text: code,
dates, counts, reason, who), the supervisor's authorisation it names, and a row in
``disposed_cases`` for the register. The disclosures table keeps its rows (they name the case
id only): the register needs the backups made before the disposal.

The purge runs in the projection, in the transaction of the entry, so a vault that receives
the disposal in a packet, or rebuilds its projections, disposes the same way. Deleted rows are
not yet gone from the file: the handler marks the vault (meta ``disposal_scrub``) and the
workspace then writes the next data-file generation (``Workspace.finish_disposals``), also at
the next unlock if the process ended first.
"""

from __future__ import annotations

import json
import re
from typing import Any

from triad.log.entries import VAULT_CHAIN, Entry
from triad.vault.database import Database

SCRUB_META = "disposal_scrub"

# Tables keyed by ``case_id`` whose rows a disposal deletes (the case row last).
CASE_TABLES = (
    "case_surrogates", "goals", "consents", "plan_revisions", "phase_status", "sessions",
    "debriefs", "measures", "amendments", "custodians", "capacity_assessments", "aids",
    "session_outcomes", "session_notes", "private_notes", "requests", "drafts", "audit_kept",
    "cases",
)
_SHA = re.compile(r'"sha256": ?"([0-9a-f]{64})"')


def _exists(db: Database, table: str) -> bool:
    return db.one("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)) is not None


def purge_case(db: Database, case_id: str, keep: set[str]) -> int:
    """Remove the case's content (module docstring), keeping the entries ``keep``. Returns how
    many entries became headers."""
    rows = db.rows("SELECT id, body FROM entries WHERE case_id=?", (case_id,))
    private = db.rows("SELECT id, body FROM entries WHERE case_id IS NULL AND kind='note.private'"
                      " AND json_extract(body, '$.case_id')=?", (case_id,))
    gone = [str(r[0]) for r in [*rows, *private] if r[0] not in keep]
    scans = {m for r in rows for m in _SHA.findall(str(r[1]))}
    for entry_id in gone:
        db.execute("INSERT OR IGNORE INTO withheld_entries (id, case_id, chain, author, seq, prev,"
                   " hash, signature) SELECT id, case_id, chain, author, seq, prev, hash, signature"
                   " FROM entries WHERE id=?", (entry_id,))
        db.execute("DELETE FROM entries WHERE id=?", (entry_id,))
        db.execute("DELETE FROM redacted_entries WHERE entry_id=?", (entry_id,))
    if _exists(db, "exchange_relay_views"):
        for entry_id in gone:
            db.execute("DELETE FROM exchange_relay_views WHERE entry_id=?", (entry_id,))
    db.execute("DELETE FROM exchange_held WHERE chain=?", (case_id,))
    for table in CASE_TABLES:
        db.execute(f"DELETE FROM {table} WHERE case_id=?", (case_id,))
    for sha in scans:
        # a scan another case's record also names stays (the same paper in two cases)
        if db.one("SELECT 1 FROM entries WHERE instr(body, ?) > 0 LIMIT 1", (sha,)) is None:
            db.execute("DELETE FROM attachments WHERE sha256=?", (sha,))
    db.set_meta(SCRUB_META, "1")
    return len(gone)


def case_disposed(db: Database, e: Entry, b: dict[str, Any]) -> None:
    """The projection of ``case.disposed``: purge, then the register's row."""
    if e.case_id is None or e.chain == VAULT_CHAIN:
        return  # always a case entry
    holder = db.one("SELECT therapist_id FROM cases WHERE case_id=?", (e.case_id,))
    if holder is not None and holder[0] != e.author:
        # Only the therapist who holds the case disposes of it (the service checks it; this
        # guards a case file or packet signed by another therapist: it changes nothing). No
        # row: a replay of a disposed case, whose entries are headers now.
        return
    keep: set[str] = {e.id}
    if b.get("authorisation_id"):
        keep.add(str(b["authorisation_id"]))
    purge_case(db, e.case_id, keep)
    data = {**b, "by": e.author, "at": e.created_at, "entry_id": e.id}
    db.execute("INSERT OR REPLACE INTO disposed_cases (case_id, code, data, entry_id, disposed_at)"
               " VALUES (?,?,?,?,?)", (e.case_id, b["code"], json.dumps(data, sort_keys=True),
                                       e.id, e.created_at))


def retention_settings(db: Database, e: Entry, b: dict[str, Any]) -> None:
    """The projection of ``vault.retention_settings``: a therapist's entry sets them."""
    if e.case_id is not None:
        return
    row = db.one("SELECT role FROM members WHERE member_id=?", (e.author,))
    if row is not None and row[0] == "therapist":
        db.set_meta("retention_settings", json.dumps(b, sort_keys=True))
