"""The case file's projection: the current state of every case, kept in ordinary tables in
the same transaction as each entry and rebuildable by replaying the log.

Rows keep the entry's body as JSON (``data``). An amendment merges its ``changes`` into the
row it corrects and records itself in ``data["amendments"]``; the original entry is untouched
in the log and stays readable.

Whatever order entries arrive in, a row ends the same: an amended field takes the value that
stands by causal precedence (``triad.log.precedence``: a correction that saw an earlier one
wins, whatever the clocks; versions written apart are a conflict the row names in
``data["conflicts"]`` until one supersedes them), and a debrief awaits review
(``awaiting_review``) until every amendment that raised a new flag (``reflagging``, the flags
compared in (time, entry id) order) is covered by a review that saw it (``amendments_seen``;
an older review without it covers what came before it by (time, entry id)).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from triad.log import disposal
from triad.log.custody import apply_custody, apply_records_custodian
from triad.log.entries import Entry
from triad.log.kinds import Kind, kind_of
from triad.log.precedence import fields_of, resolve, value_of
from triad.roles import Role
from triad.vault.database import Database

Handler = Callable[[Database, Entry, dict[str, Any]], None]
# The receiver's own computation of a debrief's flags (``triad.casefile.derived.derive_flags``,
# passed in by the workspace: the log layer knows no consent rules).
DeriveFlags = Callable[[Database, "str | None", dict[str, Any]], list[str]]

TABLES = (
    "cases", "case_surrogates", "goals", "consents", "plan_revisions", "phase_status",
    "sessions", "debriefs", "measures", "amendments", "capacity_assessments",
    "aids", "session_outcomes", "session_notes", "private_notes", "disclosures",
    "disposed_cases",
    "requests",
)

# What an amendment may change, per kind of entry it corrects.
AMENDABLE: dict[Kind, frozenset[str]] = {
    Kind.CASE_OPENED: frozenset({"client"}),
    Kind.SESSION_SCHEDULED: frozenset({"starts_at", "duration_min", "location", "phase_id"}),
    Kind.SESSION_DEBRIEFED: frozenset({
        "held_at", "duration_min", "location", "activities_done", "suds_before", "suds_after",
        "went_well", "was_hard", "arousal_anxiety", "boundaries_kept", "boundaries_note",
        "stop_signals", "pause_signals", "safer_sex", "safer_sex_kept", "aids_used", "aid_ids",
        "reactions", "questions",
        "proposal", "process_recording",
    }),
    Kind.DEBRIEF_REVIEWED: frozenset({"comment"}),
    Kind.MEASURE_RECORDED: frozenset({"value", "on", "label"}),
    Kind.GOAL_SET: frozenset({"description", "baseline", "target", "unit"}),
    Kind.CONSENT_GIVEN: frozenset({"note"}),
    Kind.SESSION_OUTCOME_RECORDED: frozenset({"outcome", "notice_hours", "note"}),
    Kind.NOTE_PROGRESS: frozenset({"focus", "interventions", "response", "plan", "text"}),
    Kind.MEETING_MINUTES: frozenset({"attendees", "agreements", "plan_changes", "next_steps",
                                     "text", "closing"}),
    # the client's requests (issue 17): what was asked and when it arrived; of an outcome its
    # words -- the reason, the client's statement of disagreement (often given after the
    # refusal), the rebuttal, the note -- never the outcome itself
    Kind.REQUEST_RECEIVED: frozenset({"received_on", "text", "about_field"}),
    Kind.REQUEST_CLOSED: frozenset({"reason", "statement", "rebuttal", "note"}),
}

# Kinds this projection leaves alone, and why (every other Kind has a handler in
# ``CaseFileProjection.handlers``; tests/core/log/test_kinds.py holds the two together).
NOT_PROJECTED: dict[Kind, str] = {
    Kind.MEMBER_ADDED: "the members projection (triad.casefile.members) keeps members",
    Kind.MEMBER_IMPORTED: "the members projection (triad.casefile.members) keeps members",
    Kind.MEMBER_REMOVED: "the members projection (triad.casefile.members) keeps members",
    Kind.MEMBER_CREDENTIAL_RECORDED: "the members projection (triad.casefile.members) keeps "
                                     "credentials",
    Kind.MEMBER_PASSPHRASE_CHANGED: "a record of the change; the key slots hold the passphrase",
    Kind.MEMBER_PASSPHRASE_RECOVERED: "a record of the change; the key slots hold the passphrase",
    Kind.CASE_IMPORTED: "the members projection (triad.casefile.members) keeps custodians",
    Kind.AUDIT_SIGNOFF: "the audit reads sign-offs from the log itself",
    Kind.AUDIT_REMEDIATION: "the audit reads remediations from the log itself",
    Kind.ENTRY_COSIGNED: "the audit and the co-signature queue read co-signatures from the log "
                         "itself (triad.audit.cosign)",
    Kind.VAULT_RECOVERY_CODE_REPLACED: "a record that the code changed; the key slots hold it",
    Kind.CASE_DISPOSAL_AUTHORISED: "the disposal service reads authorisations from the log "
                                   "itself (triad.casefile.disposal)",
    Kind.VAULT_OLDER_ACCEPTED: "a record of why an older vault was opened; the position lives "
                               "in this computer's state file (triad.vault.seen)",
}


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _load(db: Database, sql: str, params: tuple[Any, ...]) -> Any:
    row = db.one(sql, params)
    return json.loads(row[0]) if row else None


def _append(db: Database, table: str, column: str, key: str, key_value: str, case_id: str | None,
            item: dict[str, Any]) -> None:
    """Append ``item`` to the JSON list in ``table.column`` of one row of the case (no row: the
    entry refers to something outside this case, and changes nothing)."""
    items = _load(db, f"SELECT {column} FROM {table} WHERE {key}=? AND case_id=?",
                  (key_value, case_id))
    if items is None:
        return
    items.append(item)
    db.execute(f"UPDATE {table} SET {column}=? WHERE {key}=? AND case_id=?",
               (_dump(items), key_value, case_id))


def _reflagging(db: Database, case_id: str | None, debrief_entry_id: str) -> list[list[str]]:
    """[time, entry id] of each amendment of a debrief that raised a flag the debrief did not
    carry just before it, taking the debrief and its amendments in (time, entry id) order --
    not in the order this vault learnt of them."""
    row = db.one("SELECT body FROM entries WHERE id=? AND case_id=?", (debrief_entry_id, case_id))
    before = set(json.loads(row[0]).get("flags", [])) if row else set()
    amendments = sorted(
        (a for a in (json.loads(r[0]) for r in db.rows(
            "SELECT data FROM amendments WHERE target_id=? AND case_id=?",
            (debrief_entry_id, case_id))) if "flags" in a),
        key=lambda a: (a["at"], a["entry_id"]))
    raised: list[list[str]] = []
    for a in amendments:
        if set(a["flags"]) - before:
            raised.append([a["at"], a["entry_id"]])
        before = set(a["flags"])
    return raised


def _covers(review: dict[str, Any], amendment: list[str]) -> bool:
    """Whether ``review`` reviewed the flag ``amendment`` ([time, entry id]) raised: a review
    that names the amendments it saw (``amendments_seen``) covers those and no other, whatever
    the clocks; an older review covers what came before it by (time, entry id)."""
    if "amendments_seen" in review:
        return amendment[1] in review["amendments_seen"]
    return (review["at"], review["entry_id"]) > tuple(amendment)


def _awaiting_review(reviews: list[dict[str, Any]], reflagging: list[list[str]]) -> bool:
    """A debrief awaits review until every amendment that raised a new flag is covered by a
    review (``_covers``); with none, until its first review."""
    if not reflagging:
        return not reviews
    return not all(any(_covers(r, a) for r in reviews) for a in reflagging)


def _set_reflagging(data: dict[str, Any], reflagging: list[list[str]]) -> None:
    data["reflagging"] = sorted(reflagging)
    data["reflagged_at"] = max(reflagging, key=tuple) if reflagging else None


class CaseFileProjection:
    """Keeps the case file's tables (``TABLES``) equal to the log: one handler per kind."""

    tables: tuple[str, ...] = TABLES

    def __init__(self, derive_flags: DeriveFlags | None = None) -> None:
        # With ``derive_flags``, a debrief's ``flags`` in the row are this vault's computation,
        # never the packet's (the signed entry keeps the author's list).
        self.derive_flags = derive_flags
        self.handlers: dict[Kind, Handler] = {
            Kind.CASE_OPENED: self._case_opened,
            Kind.CASE_CLIENT_UPDATED: self._case_client_updated,
            Kind.CASE_TEAM_CHANGED: self._case_team_changed,
            Kind.CASE_STATUS_CHANGED: self._case_status_changed,
            Kind.GOAL_SET: self._goal_set,
            Kind.GOAL_PROGRESS: self._goal_progress,
            Kind.CONSENT_GIVEN: self._consent_given,
            Kind.CONSENT_SIGNED: self._consent_signed,
            Kind.CONSENT_REVOKED: self._consent_revoked,
            Kind.CLIENT_CAPACITY_ASSESSED: self._capacity_assessed,
            Kind.AID_ADDED: self._aid_added,
            Kind.AID_RETIRED: self._aid_retired,
            Kind.PLAN_REVISED: self._plan_revised,
            Kind.PHASE_STARTED: self._phase_started,
            Kind.PHASE_COMPLETED: self._phase_completed,
            Kind.SESSION_SCHEDULED: self._session_scheduled,
            Kind.SESSION_DEBRIEFED: self._session_debriefed,
            Kind.DEBRIEF_REVIEWED: self._debrief_reviewed,
            Kind.SESSION_OUTCOME_RECORDED: self._session_outcome_recorded,
            Kind.SESSION_RESCHEDULED: self._session_rescheduled,
            Kind.MEASURE_RECORDED: self._measure_recorded,
            Kind.CONTACT_CONFIRMED: self._contact_confirmed,
            Kind.VAULT_AUDIT_SETTINGS: self._vault_audit_settings,
            Kind.ENTRY_AMENDED: self._entry_amended,
            Kind.NOTE_PROGRESS: self._session_note,
            Kind.MEETING_MINUTES: self._session_note,
            Kind.NOTE_PRIVATE: self._note_private,
            Kind.DISCLOSURE_RECORDED: self._disclosure_recorded,
            Kind.CASE_DISPOSED: disposal.case_disposed,  # issue 17: triad/log/disposal.py
            Kind.VAULT_RETENTION_SETTINGS: disposal.retention_settings,
            Kind.REQUEST_RECEIVED: self._request_received,
            Kind.REQUEST_CLOSED: self._request_closed,
            Kind.VAULT_REQUEST_SETTINGS: self._vault_request_settings,
            Kind.VAULT_REPORT_LANGUAGE: self._vault_report_language,  # issue 19
            # who holds the case (issue 17): triad.log.custody
            Kind.CASE_TRANSFERRED: apply_custody,
            Kind.CASE_CUSTODY_REQUESTED: apply_custody,
            Kind.CASE_CUSTODY_COUNTERSIGNED: apply_custody,
            Kind.PRACTICE_RECORDS_CUSTODIAN: apply_records_custodian,
        }

    def apply(self, db: Database, entry: Entry) -> None:
        kind = kind_of(entry.kind)
        handler = self.handlers.get(kind) if kind is not None else None
        if handler is not None:
            handler(db, entry, entry.body)

    # -- cases --
    def _case_opened(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        history = [{"to": b["status"], "at": b["opened_at"], "reason": "", "entry_id": e.id}]
        db.execute(
            "INSERT INTO cases (case_id, code, status, therapist_id, supervisor_id, client,"
            " opened_at, status_changed_at, status_history) VALUES (?,?,?,?,?,?,?,?,?)",
            (e.case_id, b["client"]["code"], b["status"], b["therapist_id"], b.get("supervisor_id"),
             _dump(b["client"]), b["opened_at"], b["opened_at"], _dump(history)),
        )
        self._set_surrogates(db, e.case_id, b.get("surrogate_ids", []))

    def _set_surrogates(self, db: Database, case_id: str | None, ids: list[str]) -> None:
        db.execute("DELETE FROM case_surrogates WHERE case_id=?", (case_id,))
        for member_id in ids:
            db.execute("INSERT INTO case_surrogates (case_id, member_id) VALUES (?,?)",
                       (case_id, member_id))

    def _case_client_updated(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        client = _load(db, "SELECT client FROM cases WHERE case_id=?", (e.case_id,))
        client.update(b["changes"])
        db.execute("UPDATE cases SET client=?, code=? WHERE case_id=?",
                   (_dump(client), client["code"], e.case_id))

    def _case_team_changed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute("UPDATE cases SET supervisor_id=? WHERE case_id=?",
                   (b.get("supervisor_id"), e.case_id))
        self._set_surrogates(db, e.case_id, b.get("surrogate_ids", []))

    def _case_status_changed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        history = _load(db, "SELECT status_history FROM cases WHERE case_id=?", (e.case_id,))
        history.append({"to": b["to"], "at": b["at"], "reason": b.get("reason", ""), "entry_id": e.id})
        db.execute("UPDATE cases SET status=?, status_changed_at=?, status_history=? WHERE case_id=?",
                   (b["to"], b["at"], _dump(history), e.case_id))

    # -- goals --
    def _goal_set(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # A goal id belongs to one case for good: an entry of another case cannot move it.
        db.execute("INSERT INTO goals (goal_id, case_id, data, entry_id) VALUES (?,?,?,?)"
                   " ON CONFLICT (goal_id) DO UPDATE SET data=excluded.data, entry_id=excluded.entry_id"
                   " WHERE goals.case_id=excluded.case_id", (b["goal_id"], e.case_id, _dump(b), e.id))

    def _goal_progress(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        _append(db, "goals", "progress", "goal_id", b["goal_id"], e.case_id,
                {**b, "entry_id": e.id})

    # -- consent --
    def _capacity_assessed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # An assessment id belongs to one case for good (as a goal's).
        db.execute(
            "INSERT OR IGNORE INTO capacity_assessments (assessment_id, case_id, data, entry_id,"
            " recorded_at, recorded_by) VALUES (?,?,?,?,?,?)",
            (b["assessment_id"], e.case_id, _dump(b), e.id, e.created_at, e.author))

    def _aid_added(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # An aid id belongs to one case for good (as a goal's).
        db.execute(
            "INSERT OR IGNORE INTO aids (aid_id, case_id, data, entry_id, recorded_at,"
            " recorded_by) VALUES (?,?,?,?,?,?)",
            (b["aid_id"], e.case_id, _dump(b), e.id, e.created_at, e.author))

    def _aid_retired(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        data = _load(db, "SELECT data FROM aids WHERE aid_id=? AND case_id=?",
                     (b["aid_id"], e.case_id))
        if data is None or "retired" in data:
            return  # not this case's aid, or retired already (the first retirement stands)
        data["retired"] = {"at": e.created_at, "by": e.author, "reason": b.get("reason", ""),
                           "entry_id": e.id}
        db.execute("UPDATE aids SET data=? WHERE aid_id=? AND case_id=?",
                   (_dump(data), b["aid_id"], e.case_id))

    def _consent_given(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute(
            "INSERT INTO consents (consent_id, case_id, data, entry_id, recorded_at, recorded_by)"
            " VALUES (?,?,?,?,?,?)",
            (b["consent_id"], e.case_id, _dump(b), e.id, e.created_at, e.author),
        )

    def _consent_signed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # A countersignature joins the record's signatures (one per party: should two arrive,
        # the earlier by (time, entry id) stands, whatever the order they were applied in).
        data = _load(db, "SELECT data FROM consents WHERE consent_id=? AND case_id=?",
                     (b["consent_id"], e.case_id))
        if data is None or b.get("form_hash") != data.get("form_hash"):
            return
        # Only the party herself signs (the service checks it; this guards other writers: a
        # file or packet): the author's role is the party's, and a triad agreement made with a
        # named surrogate partner is countersigned by her alone.
        row = db.one("SELECT role FROM members WHERE member_id=?", (e.author,))
        if row is None or row[0] != b.get("party") or (
                b["party"] == "surrogate" and data.get("surrogate_id") not in (None, e.author)):
            return
        sig = {"party": b["party"], "name": b["name"], "signed_on": b["signed_on"],
               "form_hash": b["form_hash"], "drawing": b.get("drawing"), "member_id": e.author,
               "entry_id": e.id, "at": e.created_at}
        sigs = [s for s in data["signatures"] if s.get("party") != b["party"]]
        old = next((s for s in data["signatures"] if s.get("party") == b["party"]), None)
        if old is not None and (old.get("entry_id") is None
                                or (old.get("at", ""), old["entry_id"]) <= (e.created_at, e.id)):
            return
        order = ("client", "therapist", "surrogate")
        data["signatures"] = sorted([*sigs, sig], key=lambda s: order.index(s["party"])
                                    if s.get("party") in order else len(order))
        db.execute("UPDATE consents SET data=? WHERE consent_id=? AND case_id=?",
                   (_dump(data), b["consent_id"], e.case_id))

    def _consent_revoked(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        _append(db, "consents", "revocations", "consent_id", b["consent_id"], e.case_id,
                {**b, "by": e.author, "entry_id": e.id})

    # -- plans --
    def _plan_revised(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute(
            "INSERT OR REPLACE INTO plan_revisions (case_id, revision, data, entry_id, revised_at,"
            " revised_by) VALUES (?,?,?,?,?,?)",
            (e.case_id, b["revision"], _dump(b), e.id, e.created_at, e.author),
        )
        for phase in b["phases"]:
            db.execute("INSERT OR IGNORE INTO phase_status (case_id, phase_id, status)"
                       " VALUES (?,?,'planned')", (e.case_id, phase["phase_id"]))

    def _phase_started(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute("UPDATE phase_status SET status='active', started_at=?, completed_at=NULL"
                   " WHERE case_id=? AND phase_id=?", (b["at"], e.case_id, b["phase_id"]))

    def _phase_completed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute("UPDATE phase_status SET status='completed', completed_at=?"
                   " WHERE case_id=? AND phase_id=?", (b["at"], e.case_id, b["phase_id"]))

    # -- sessions, debriefs, measures --
    def _session_scheduled(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute(
            "INSERT INTO sessions (session_id, case_id, kind, starts_at, surrogate_id, data,"
            " entry_id, scheduled_by) VALUES (?,?,?,?,?,?,?,?)",
            (b["session_id"], e.case_id, b["kind"], b["starts_at"], b.get("surrogate_id"),
             _dump(b), e.id, e.author),
        )

    def _session_debriefed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        data = {**b, "reflagged_at": None, "reflagging": [], "awaiting_review": True}
        if self.derive_flags is not None:
            data["flags"] = self.derive_flags(db, e.case_id, b)
        db.execute(
            "INSERT INTO debriefs (session_id, case_id, data, entry_id, author, submitted_at)"
            " VALUES (?,?,?,?,?,?)",
            (b["session_id"], e.case_id, _dump(data), e.id, e.author, e.created_at),
        )

    def _session_outcome_recorded(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # One outcome per session: should two be written apart (therapist and surrogate
        # partner in their own vaults), the first by (time, entry id) stands whatever the order
        # they arrive in; a correction is an amendment of it.
        if db.one("SELECT 1 FROM sessions WHERE session_id=? AND case_id=?",
                  (b["session_id"], e.case_id)) is None:
            return  # a session outside this case: changes nothing
        row = db.one("SELECT recorded_at, entry_id FROM session_outcomes WHERE session_id=?",
                     (b["session_id"],))
        if row is not None and (row[0], row[1]) <= (e.created_at, e.id):
            return
        db.execute("DELETE FROM session_outcomes WHERE session_id=?", (b["session_id"],))
        db.execute(
            "INSERT INTO session_outcomes (session_id, case_id, data, entry_id, author,"
            " recorded_at) VALUES (?,?,?,?,?,?)",
            (b["session_id"], e.case_id, _dump(b), e.id, e.author, e.created_at))

    def _session_rescheduled(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # Every move is kept (``moves``, in (time, entry id) order); the session stands at the
        # time of the latest move, whatever order the moves arrive in.
        data = _load(db, "SELECT data FROM sessions WHERE session_id=? AND case_id=?",
                     (b["session_id"], e.case_id))
        if data is None:
            return
        moves = data.setdefault("moves", [])
        moves.append({"from": b["from"], "to": b["starts_at"], "reason": b.get("reason", ""),
                      "by": e.author, "at": e.created_at, "entry_id": e.id})
        moves.sort(key=lambda m: (m["at"], m["entry_id"]))
        _follow_moves(data)
        db.execute("UPDATE sessions SET data=?, starts_at=? WHERE session_id=? AND case_id=?",
                   (_dump(data), data["starts_at"], b["session_id"], e.case_id))

    def _debrief_reviewed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        row = db.one("SELECT data, reviews, entry_id FROM debriefs WHERE session_id=? AND case_id=?",
                     (b["session_id"], e.case_id))
        if row is None:  # a debrief outside this case: changes nothing
            return
        data, reviews = json.loads(row[0]), json.loads(row[1])
        reviews.append({**b, "by": e.author, "at": e.created_at, "entry_id": e.id})
        if "reflagging" not in data or "reflagged_at" not in data:
            # a row written before issue 14 (or schema 5): work it out from the log
            found = _reflagging(db, e.case_id, row[2])
            if data.get("reflagged_at") and data["reflagged_at"] not in found:
                found.append(list(data["reflagged_at"]))
            _set_reflagging(data, found)
            data.pop("reviews_before_reflag", None)
        data["awaiting_review"] = _awaiting_review(reviews, data["reflagging"])
        db.execute("UPDATE debriefs SET data=?, reviews=? WHERE session_id=? AND case_id=?",
                   (_dump(data), _dump(reviews), b["session_id"], e.case_id))

    def _measure_recorded(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        db.execute("INSERT INTO measures (measure_id, case_id, kind, data, entry_id) VALUES (?,?,?,?,?)",
                   (b["measure_id"], e.case_id, b["kind"], _dump(b), e.id))

    # -- therapist notes and meeting minutes (issue 16) --
    def _session_note(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # A note id belongs to one case for good (as a goal's); one note of a kind per session
        # is the service's rule (a second from elsewhere is kept, listed by time).
        db.execute(
            "INSERT OR IGNORE INTO session_notes (note_id, case_id, session_id, kind, data,"
            " entry_id, author, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
            (b["note_id"], e.case_id, b["session_id"], e.kind, _dump(b), e.id, e.author,
             e.created_at))

    # -- the client's requests (issue 17, triad.casefile.requests) --
    def _request_received(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # A request id belongs to one case for good (as a goal's).
        db.execute(
            "INSERT OR IGNORE INTO requests (request_id, case_id, data, entry_id, author,"
            " recorded_at) VALUES (?,?,?,?,?,?)",
            (b["request_id"], e.case_id, _dump(b), e.id, e.author, e.created_at))

    def _request_closed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # One closing per request: should two be written apart, the first by (time, entry id)
        # stands whatever the order they arrive in; a correction is an amendment of it.
        row = db.one("SELECT closed FROM requests WHERE request_id=? AND case_id=?",
                     (b["request_id"], e.case_id))
        if row is None:
            return  # a request outside this case: changes nothing
        if row[0] is not None:
            old = json.loads(row[0])
            if (old["at"], old["entry_id"]) <= (e.created_at, e.id):
                return
        closed = {**b, "by": e.author, "at": e.created_at, "entry_id": e.id}
        db.execute("UPDATE requests SET closed=? WHERE request_id=? AND case_id=?",
                   (_dump(closed), b["request_id"], e.case_id))

    def _vault_request_settings(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        if e.case_id is None:  # vault level only: a file or packet cannot set it
            db.set_meta("request_settings", _dump(b))

    def _vault_report_language(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        if e.case_id is not None:  # vault level only, as the other practice settings
            return
        row = db.one("SELECT role FROM members WHERE member_id=?", (e.author,))
        if row is not None and row[0] == "therapist":  # a therapist's setting
            db.set_meta("report_language", _dump(b))

    def _disclosure_recorded(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # Vault level (triad.casefile.disclosures): one row per case the disclosure carried,
        # so a case's accounting is one indexed query.
        if e.case_id is not None:
            return  # never a case entry: a file or packet cannot make one
        for case_id in b["case_ids"]:
            db.execute("INSERT OR IGNORE INTO disclosures (entry_id, case_id, what, at, author)"
                       " VALUES (?,?,?,?,?)", (e.id, case_id, b["what"], e.created_at, e.author))

    def _note_private(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # Vault level and sealed (triad.casefile.private_notes): the row keeps the sealed
        # versions, the first and each amendment (``amends``), in log order.
        if e.case_id is not None:
            return  # never a case entry: a file or packet cannot make one
        version = {"sealed": b["sealed"], "to": b["to"], "entry_id": e.id, "at": e.created_at}
        target = b.get("amends")
        if target:
            data = _load(db, "SELECT data FROM private_notes WHERE note_id=? AND author=?",
                         (target, e.author))
            if data is None:
                return
            data["versions"].append(version)
            db.execute("UPDATE private_notes SET data=? WHERE note_id=? AND author=?",
                       (_dump(data), target, e.author))
            return
        db.execute(
            "INSERT OR IGNORE INTO private_notes (note_id, author, case_id, session_id, data,"
            " entry_id, recorded_at) VALUES (?,?,?,?,?,?,?)",
            (b["note_id"], e.author, b["case_id"], b["session_id"],
             _dump({"versions": [version]}), e.id, e.created_at))

    # -- contacts (vault level) --
    def _contact_confirmed(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # A removed contact whose card was imported and confirmed again is active again
        # (triad/exchange/contacts.py). Only external members, only from this vault's own
        # vault-level entries (packets and case files carry case entries only). Replay keeps
        # the log's order, so a later removal wins again.
        if e.case_id is None:
            db.execute("UPDATE members SET removed_at=NULL, removed_by=NULL"
                       " WHERE member_id=? AND external=1", (b.get("member_id"),))

    # -- vault settings --
    def _vault_audit_settings(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        # The audit settings are the supervisor's (issue 13). A vault's older entries by a
        # therapist stay in effect until a supervisor first changes them; after that only a
        # supervisor's entry does (the service refuses others; this guards other writers).
        row = db.one("SELECT role FROM members WHERE member_id=?", (e.author,))
        by_supervisor = row is not None and row[0] == Role.SUPERVISOR.value
        if not by_supervisor and db.get_meta("audit_settings_by") == "supervisor":
            return
        db.set_meta("audit_settings", _dump(b))
        db.set_meta("audit_settings_by", "supervisor" if by_supervisor else "other")

    # -- amendments --
    def _entry_amended(self, db: Database, e: Entry, b: dict[str, Any]) -> None:
        record = {**b, "by": e.author, "at": e.created_at, "entry_id": e.id}
        db.execute("INSERT INTO amendments (entry_id, target_id, case_id, data) VALUES (?,?,?,?)",
                   (e.id, b["target_id"], e.case_id, _dump(record)))
        row = db.one("SELECT kind, body FROM entries WHERE id=? AND case_id=?",
                     (b["target_id"], e.case_id))
        if row is None:
            return
        kind, target = row[0], json.loads(row[1])
        # Amendments can arrive in any order (two machines amending before they exchange):
        # each field this one touches takes the value that stands by causal precedence
        # (triad.log.precedence) over every amendment of the target this vault holds, so
        # every machine ends with the same row, whatever the order and whatever the clocks.
        records = [json.loads(r[0]) for r in db.rows(
            "SELECT data FROM amendments WHERE target_id=? AND case_id=?", (b["target_id"], e.case_id))]
        standing = _standing(records, b["changes"])
        note = {"entry_id": e.id, "by": e.author, "at": e.created_at, "reason": b["reason"],
                "fields": sorted(b["changes"])}
        if kind == "case.opened":
            client = _load(db, "SELECT client FROM cases WHERE case_id=?", (e.case_id,))
            for f, (value, heads) in standing.items():
                client[f.removeprefix("client.")] = value
                _mark_conflict(client, f, heads)
            client.setdefault("amendments", []).append(note)
            db.execute("UPDATE cases SET client=?, code=? WHERE case_id=?",
                       (_dump(client), client["code"], e.case_id))
            return
        if kind == "debrief.reviewed":
            reviews = _load(db, "SELECT reviews FROM debriefs WHERE session_id=? AND case_id=?",
                            (target["session_id"], e.case_id))
            for r in reviews or []:
                if r["entry_id"] == b["target_id"]:
                    for f, (value, heads) in standing.items():
                        r[f] = value
                        _mark_conflict(r, f, heads)
                    r.setdefault("amendments", []).append(note)
            db.execute("UPDATE debriefs SET reviews=? WHERE session_id=? AND case_id=?",
                       (_dump(reviews), target["session_id"], e.case_id))
            return
        if kind == "request.closed":
            row = db.one("SELECT closed FROM requests WHERE request_id=? AND case_id=?",
                         (target.get("request_id"), e.case_id))
            closed = json.loads(row[0]) if row and row[0] else None
            if closed is None or closed["entry_id"] != b["target_id"]:
                return  # an amendment of a closing that did not stand
            for f, (value, heads) in standing.items():
                closed[f] = value
                _mark_conflict(closed, f, heads)
            closed.setdefault("amendments", []).append(note)
            db.execute("UPDATE requests SET closed=? WHERE request_id=? AND case_id=?",
                       (_dump(closed), target["request_id"], e.case_id))
            return
        table, key, key_value = {
            "session.scheduled": ("sessions", "session_id", target.get("session_id")),
            "session.debriefed": ("debriefs", "session_id", target.get("session_id")),
            "measure.recorded": ("measures", "measure_id", target.get("measure_id")),
            "goal.set": ("goals", "goal_id", target.get("goal_id")),
            "consent.given": ("consents", "consent_id", target.get("consent_id")),
            "session.outcome_recorded": ("session_outcomes", "session_id",
                                         target.get("session_id")),
            "note.progress": ("session_notes", "note_id", target.get("note_id")),
            "meeting.minutes": ("session_notes", "note_id", target.get("note_id")),
            "request.received": ("requests", "request_id", target.get("request_id")),
        }[kind]
        data = _load(db, f"SELECT data FROM {table} WHERE {key}=? AND case_id=?",
                     (key_value, e.case_id))
        if data is None:
            return
        if table == "session_outcomes" and db.one(
                "SELECT 1 FROM session_outcomes WHERE session_id=? AND entry_id=?",
                (key_value, b["target_id"])) is None:
            return  # an amendment of an outcome that did not stand: the one standing is shown
        for f, (value, heads) in standing.items():
            data[f] = value
            _mark_conflict(data, f, heads)
        if table == "sessions":
            _follow_moves(data)
        notes = data.setdefault("amendments", [])
        notes.append(note)
        notes.sort(key=lambda n: (n["at"], n["entry_id"]))  # the order they are listed in
        if kind == "session.debriefed" and ("flags" in b or self.derive_flags is not None):
            before = set(data.get("flags", []))
            if self.derive_flags is not None:
                # This vault computes the flags again from the amended row.
                data["flags"] = self.derive_flags(db, e.case_id, data)
            else:
                # The authors' own computations: the one that stands by the same precedence.
                flagged = [{**r, "changes": {"flags": r["flags"]}} for r in records if "flags" in r]
                won = resolve(flagged, "flags")
                if won is not None:
                    data["flags"] = list(next(r["flags"] for r in flagged
                                              if r["entry_id"] == won.value_from))
            reviews = _load(db, "SELECT reviews FROM debriefs WHERE session_id=? AND case_id=?",
                            (key_value, e.case_id))
            found = _reflagging(db, e.case_id, b["target_id"])
            # Amendments after which this vault's own computation found a new flag that the
            # authors' computations did not (and, in a row written before issue 14, its
            # latest re-flagging moment).
            anew = [list(x) for x in data.get("anew", [])]
            if "reflagging" not in data and data.get("reflagged_at"):
                anew.append(list(data["reflagged_at"]))
            if set(data.get("flags", [])) - before:
                anew.append([e.created_at, e.id])
            anew = [x for n, x in enumerate(anew) if x not in found and x not in anew[:n]]
            if anew:
                data["anew"] = anew
            _set_reflagging(data, found + [x for x in anew if x not in found])
            data.pop("reviews_before_reflag", None)
            data["awaiting_review"] = _awaiting_review(reviews or [], data["reflagging"])
        db.execute(f"UPDATE {table} SET data=? WHERE {key}=? AND case_id=?",
                   (_dump(data), key_value, e.case_id))
        if table == "sessions" and "starts_at" in standing:
            db.execute("UPDATE sessions SET starts_at=? WHERE session_id=? AND case_id=?",
                       (data["starts_at"], key_value, e.case_id))


def _follow_moves(data: dict[str, Any]) -> None:
    """A rescheduled session stands at its latest move's time (an amendment of ``starts_at``
    corrects the time it was first booked for, and shows only while it was never moved)."""
    if data.get("moves"):
        data["starts_at"] = data["moves"][-1]["to"]


def _standing(records: list[dict[str, Any]], changes: dict[str, Any]
              ) -> dict[str, tuple[Any, tuple[str, ...]]]:
    """For each field ``changes`` touch: (the standing value, the heads) over ``records``."""
    by_id = {str(r["entry_id"]): r for r in records}
    out: dict[str, tuple[Any, tuple[str, ...]]] = {}
    for f in fields_of(changes):
        r = resolve(records, f)
        assert r is not None  # the new amendment itself touches f
        out[f] = (value_of(by_id[r.value_from]["changes"], f), r.heads)
    return out


def _mark_conflict(holder: dict[str, Any], field: str, heads: tuple[str, ...]) -> None:
    """Record in ``holder["conflicts"]`` the heads of ``field`` while it has two or more
    (the versions the case file shows side by side), and forget it once one stands."""
    conflicts = holder.setdefault("conflicts", {})
    if len(heads) > 1:
        conflicts[field] = list(heads)
    else:
        conflicts.pop(field, None)
    if not conflicts:
        holder.pop("conflicts")
