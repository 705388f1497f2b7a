"""The vault database's schema, as the scripts that build it: script *n* takes a database
from schema version *n - 1* to *n* (``Database`` runs the missing ones forward in one
transaction and records the version in ``meta``). Scripts are never edited once released: a
change is a new script at the end."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the signed entry log, member keys, and the members projection
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE entries (
        local_order INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT,
        chain TEXT NOT NULL,
        author TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL,
        signature TEXT NOT NULL,
        UNIQUE (author, chain, seq)
    );
    CREATE INDEX entries_case ON entries (case_id, created_at);
    CREATE TABLE member_keys (
        member_id TEXT PRIMARY KEY,
        signing_private BLOB NOT NULL,
        age_identity TEXT NOT NULL
    );
    CREATE TABLE members (
        member_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        credentials TEXT NOT NULL,
        signing_public TEXT NOT NULL,
        age_public TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        removed_at TEXT,
        removed_by TEXT
    );
    """,
    # 2: the case file projections (all rebuildable from the log)
    """
    ALTER TABLE members ADD COLUMN external INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE cases (
        case_id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        therapist_id TEXT NOT NULL,
        supervisor_id TEXT,
        client TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        status_changed_at TEXT NOT NULL,
        status_history TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE case_surrogates (case_id TEXT NOT NULL, member_id TEXT NOT NULL,
                                  PRIMARY KEY (case_id, member_id));
    CREATE TABLE goals (goal_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, data TEXT NOT NULL,
                        progress TEXT NOT NULL DEFAULT '[]', entry_id TEXT NOT NULL);
    CREATE TABLE consents (
        consent_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, data TEXT NOT NULL,
        revocations TEXT NOT NULL DEFAULT '[]', entry_id TEXT NOT NULL, recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX consents_case ON consents (case_id);
    CREATE TABLE plan_revisions (case_id TEXT NOT NULL, revision INTEGER NOT NULL,
                                 data TEXT NOT NULL, entry_id TEXT NOT NULL, revised_at TEXT NOT NULL,
                                 revised_by TEXT NOT NULL, PRIMARY KEY (case_id, revision));
    CREATE TABLE phase_status (case_id TEXT NOT NULL, phase_id TEXT NOT NULL, status TEXT NOT NULL,
                               started_at TEXT, completed_at TEXT, PRIMARY KEY (case_id, phase_id));
    CREATE TABLE sessions (
        session_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL,
        starts_at TEXT NOT NULL, surrogate_id TEXT, data TEXT NOT NULL, entry_id TEXT NOT NULL,
        scheduled_by TEXT NOT NULL
    );
    CREATE INDEX sessions_case ON sessions (case_id, starts_at);
    CREATE TABLE debriefs (
        session_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, data TEXT NOT NULL,
        entry_id TEXT NOT NULL, author TEXT NOT NULL, submitted_at TEXT NOT NULL,
        reviews TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE measures (measure_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL,
                           data TEXT NOT NULL, entry_id TEXT NOT NULL);
    CREATE TABLE amendments (entry_id TEXT PRIMARY KEY, target_id TEXT NOT NULL,
                             case_id TEXT, data TEXT NOT NULL);
    CREATE INDEX amendments_target ON amendments (target_id);
    CREATE TABLE custodians (case_id TEXT NOT NULL, member_id TEXT NOT NULL,
                             PRIMARY KEY (case_id, member_id));
    """,
    # 3: offline exchange (triad/exchange, docs/exchange-format.md). Entries that reached this
    # vault only as a signed header or a redacted view (the log verifies them); per contact:
    # folders and packet counters; per (contact, author chain): what was sent and acknowledged;
    # entries held until a gap in their chain fills; packets and folder files already seen.
    """
    CREATE TABLE withheld_entries (
        id TEXT PRIMARY KEY, case_id TEXT, chain TEXT NOT NULL, author TEXT NOT NULL,
        seq INTEGER NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL, signature TEXT NOT NULL,
        UNIQUE (author, chain, seq)
    );
    CREATE TABLE redacted_entries (entry_id TEXT PRIMARY KEY, fields TEXT NOT NULL,
                                   signature TEXT NOT NULL);
    CREATE TABLE exchange_peers (
        me TEXT NOT NULL, peer TEXT NOT NULL,
        packets_sent INTEGER NOT NULL DEFAULT 0, seen_from_peer INTEGER NOT NULL DEFAULT 0,
        peer_saw INTEGER NOT NULL DEFAULT 0, last_state TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (me, peer)
    );
    CREATE TABLE exchange_folders (peer TEXT PRIMARY KEY, outbox TEXT, inbox TEXT);
    CREATE TABLE exchange_chains (
        me TEXT NOT NULL, peer TEXT NOT NULL, author TEXT NOT NULL, chain TEXT NOT NULL,
        sent INTEGER NOT NULL DEFAULT 0, sent_packet INTEGER NOT NULL DEFAULT 0,
        acked INTEGER NOT NULL DEFAULT 0, peer_held TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (me, peer, author, chain)
    );
    CREATE TABLE exchange_held (
        author TEXT NOT NULL, chain TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
        item TEXT NOT NULL, sender TEXT NOT NULL, received_at TEXT NOT NULL,
        PRIMARY KEY (author, chain, seq)
    );
    CREATE TABLE exchange_packets (packet_id TEXT PRIMARY KEY, me TEXT NOT NULL,
                                   sender TEXT NOT NULL, number INTEGER NOT NULL,
                                   imported_at TEXT NOT NULL);
    CREATE TABLE exchange_files (digest TEXT PRIMARY KEY, peer TEXT NOT NULL,
                                 outcome TEXT NOT NULL, at TEXT NOT NULL);
    """,
    # 4: indexes for the case list (agenda.case_lines), so that opening a vault does not
    # decrypt every session, debrief and consent page: covering indexes for cases and
    # sessions, and partial indexes holding only what can be due (a debrief awaiting review,
    # a consent with an end date, the informed-consent records).
    """
    CREATE INDEX cases_list ON cases (code, case_id, status, therapist_id, supervisor_id);
    DROP INDEX sessions_case;
    CREATE INDEX sessions_case ON sessions (case_id, starts_at, entry_id, kind, session_id,
                                           surrogate_id);
    CREATE INDEX debriefs_unreviewed ON debriefs (session_id) WHERE reviews = '[]'
        OR json_array_length(reviews) <= ifnull(json_extract(data, '$.reviews_before_reflag'), 0);
    CREATE INDEX consents_expiring ON consents (case_id)
        WHERE json_extract(data, '$.valid_until') IS NOT NULL;
    CREATE INDEX consents_informed ON consents (case_id)
        WHERE json_extract(data, '$.form_id') = 'informed-consent';
    """,
    # 5: whether a debrief awaits review is a function of the data, not of the order entries
    # arrived in: the projection keeps ``awaiting_review`` (no review later, by (time, entry
    # id), than the latest amendment that raised a new flag -- ``reflagged_at``). Rows written
    # before keep what they showed (the count of reviews against ``reviews_before_reflag``)
    # until an entry for the debrief or a rebuild recomputes them from the log.
    """
    DROP INDEX debriefs_unreviewed;
    UPDATE debriefs SET data = json_set(data, '$.awaiting_review', json(CASE
        WHEN reviews = '[]' OR json_array_length(reviews)
            <= ifnull(json_extract(data, '$.reviews_before_reflag'), 0) THEN 'true'
        ELSE 'false' END));
    CREATE INDEX debriefs_unreviewed ON debriefs (session_id)
        WHERE json_extract(data, '$.awaiting_review');
    """,
    # 6: capacity assessments (``client.capacity_assessed``, triad.casefile.capacity). A vault
    # written before holds no such entries: the table starts empty and stays rebuildable.
    """
    CREATE TABLE IF NOT EXISTS capacity_assessments (
        assessment_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS capacity_case ON capacity_assessments (case_id);
    """,
    # 7: scans of paper forms signed by hand (triad.casefile.signatures), keyed by SHA-256.
    # Not a projection: the bytes are not in the log (the signed consent.given carries their
    # SHA-256, media type and size), so a rebuild keeps them; SQLCipher encrypts them with the
    # rest of the vault -- never a temporary or plaintext file.
    """
    CREATE TABLE IF NOT EXISTS attachments (
        sha256 TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        added_at TEXT NOT NULL
    );
    """,
    # 8: a case's aid inventory (``aid.added``, ``aid.retired``, triad.casefile.aids). A vault
    # written before holds no such entries: the table starts empty and stays rebuildable.
    """
    CREATE TABLE IF NOT EXISTS aids (
        aid_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS aids_case ON aids (case_id);
    """,
    # 9: unfinished forms (triad.casefile.drafts): what a member typed into a dialog that was
    # not saved yet, kept when the idle lock strikes, the window closes or the app is killed.
    # Not a projection and not in the signed log: never rebuilt, never in a packet or a case
    # file; SQLCipher encrypts it with the rest of the vault (never a file or a setting).
    """
    CREATE TABLE IF NOT EXISTS drafts (
        member_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT NOT NULL DEFAULT '',
        subject_id TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (member_id, kind, case_id, subject_id)
    );
    """,
    # 10: what happened to each session (``session.outcome_recorded``,
    # triad.casefile.outcomes): one row per session whose outcome was recorded (the first by
    # (time, entry id) stands; amendments correct it). A vault written before holds no such
    # entries: the table starts empty, and a session with a debrief reads as held without one.
    """
    CREATE TABLE IF NOT EXISTS session_outcomes (
        session_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        author TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS session_outcomes_case ON session_outcomes (case_id);
    """,
    # 11: therapist notes and three-way meeting minutes (``note.progress``,
    # ``meeting.minutes``, triad.casefile.notes), and private notes (``note.private``, vault
    # level, their text sealed to the author's own slot key: triad.casefile.private_notes).
    # A vault written before holds no such entries: the tables start empty and stay
    # rebuildable.
    """
    CREATE TABLE IF NOT EXISTS session_notes (
        note_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        author TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS session_notes_case ON session_notes (case_id, session_id);
    CREATE TABLE IF NOT EXISTS private_notes (
        note_id TEXT PRIMARY KEY,
        author TEXT NOT NULL,
        case_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS private_notes_author ON private_notes (author, case_id);
    """,
    # 12: the accounting of disclosures (``disclosure.recorded``, vault level,
    # triad.casefile.disclosures): one row per (disclosure, case). A vault written before holds
    # no such entries: the table starts empty and stays rebuildable.
    """
    CREATE TABLE IF NOT EXISTS disclosures (
        entry_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        what TEXT NOT NULL,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        PRIMARY KEY (entry_id, case_id)
    );
    CREATE INDEX IF NOT EXISTS disclosures_case ON disclosures (case_id, at);
    """,
    # 13: disposal (issue 17, ``case.disposed``, triad.casefile.disposal): what is left of a
    # disposed case once its content is gone -- its code, dates, team (member ids) and the
    # disposal's facts, no client text. A projection of the log: rebuildable from the
    # ``case.disposed`` entries, which carry all of it.
    """
    CREATE TABLE IF NOT EXISTS disposed_cases (
        case_id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        disposed_at TEXT NOT NULL
    );
    """,
    # 14: the client's access and amendment requests (``request.received``, ``request.closed``,
    # triad.casefile.requests): one row per request, its closing in ``closed`` (NULL while
    # open). A vault written before holds no such entries: the table starts empty and stays
    # rebuildable.
    """
    CREATE TABLE IF NOT EXISTS requests (
        request_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        data TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        author TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        closed TEXT
    );
    CREATE INDEX IF NOT EXISTS requests_case ON requests (case_id);
    """,
    # 15: the verified checkpoint (issue 18, triad.log.checkpoint): how far each chain has been
    # verified, each row with an HMAC under a key from the vault's MAC secret, a random value
    # made here once and kept in the encrypted database (it survives re-keys and restores).
    # A vault written before starts with no rows: its first unlock verifies the whole log once.
    """
    CREATE TABLE IF NOT EXISTS checkpoints (
        author TEXT NOT NULL,
        chain TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT NOT NULL,
        PRIMARY KEY (author, chain)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO meta (key, value) VALUES ('mac_secret', lower(hex(randomblob(32))));
    """,
    # 16: entries by kind (issue 18): the unlock's check reads the keys members published
    # (``member.added``, ``member.imported``) without walking the whole log.
    """
    CREATE INDEX IF NOT EXISTS entries_kind ON entries (kind);
    """,
    # 17: the whole practice's audit kept per case (issue 18, triad.audit.kept): derived data,
    # rebuildable -- each row holds a case's findings and what they stand on (the case's last
    # entry, the last vault-level entry that matters, the rules' fingerprint, the clock span).
    # A vault written before starts with none: its first audit keeps them. The index finds
    # each case's last entry with one seek (a scan of 125,000 entries took 40-70 ms).
    """
    CREATE INDEX IF NOT EXISTS entries_case_order ON entries (case_id, local_order);
    CREATE TABLE IF NOT EXISTS audit_kept (
        case_id TEXT PRIMARY KEY,
        case_code TEXT NOT NULL,
        case_at INTEGER NOT NULL,
        vault_at INTEGER NOT NULL,
        rules TEXT NOT NULL,
        local_from TEXT NOT NULL,
        local_until TEXT,
        utc_from TEXT NOT NULL,
        utc_until TEXT,
        findings TEXT NOT NULL
    );
    """,
]
