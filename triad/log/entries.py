"""The case file's signed, append-only entry log.

Every clinical or administrative change is an :class:`Entry`. An author's entries *in one
case* form a hash chain (``prev`` is the hash of the author's previous entry in that case,
``seq`` counts from 1); vault-level entries (no case) form one more chain per author. Chains per
(author, case) let one case be exported or exchanged with whole, verifiable chains and nothing
of other cases. Each entry is signed with the author's Ed25519 key. Current state lives in *projection* tables, updated by
:class:`Projection` objects in the same transaction as the entry and rebuildable from the log.

Verification re-hashes every chain, checks every signature against the key published in the
author's ``member.added`` entry, and compares that key with the members projection.

A vault that receives a case by exchange (``triad.exchange``) may hold some entries of a chain
only as a signed *header* (``withheld_entries``: the content stayed with members who may read
it) or as a *redacted view* (``redacted_entries``: a few fields left out, the view signed by the
author). Both keep the chain whole: verification checks the header's signature over its hash,
and the view's own signature instead of the hash of the body.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, NewType, Protocol

from triad import clock, crypto
from triad.errors import TriadError, VaultDamaged
from triad.log.checkpoint import FORGED, Checkpoint, Mark
from triad.vault.database import Database, check_row, converted

MemberId = NewType("MemberId", str)
CaseId = NewType("CaseId", str)
EntryId = NewType("EntryId", str)

GENESIS = ""
VAULT_CHAIN = "vault"
_COLUMNS = "id, case_id, author, seq, kind, body, created_at, prev, hash, signature"


def view_content(entry: Entry, redacted: Sequence[str]) -> bytes:
    """What an author signs to hand out ``entry`` with the ``redacted`` fields left out of its
    body (docs/exchange-format.md): the original hash, the header, and the body as shown."""
    return crypto.canonical_json({
        "v": 1, "view_of": entry.hash, "id": entry.id, "case_id": entry.case_id,
        "author": entry.author, "seq": entry.seq, "kind": entry.kind,
        "created_at": entry.created_at, "prev": entry.prev, "body": entry.body,
        "redacted": list(redacted),
    })


def utc_now() -> str:
    return clock.utc_stamp()


@dataclass(frozen=True)
class Entry:
    id: EntryId
    case_id: CaseId | None
    author: MemberId
    seq: int
    kind: str
    body: dict[str, Any]
    created_at: str
    prev: str
    hash: str
    signature: str

    def signed_content(self) -> bytes:
        return crypto.canonical_json(
            {
                "v": 1,
                "id": self.id,
                "case_id": self.case_id,
                "author": self.author,
                "seq": self.seq,
                "kind": self.kind,
                "body": self.body,
                "created_at": self.created_at,
                "prev": self.prev,
            }
        )

    @property
    def chain(self) -> str:
        return self.case_id or VAULT_CHAIN

    def computed_hash(self) -> str:
        return crypto.sha256_hex(self.signed_content())

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Entry:
        return cls(
            id=EntryId(row[0]),
            case_id=CaseId(row[1]) if row[1] is not None else None,
            author=MemberId(row[2]),
            seq=int(row[3]),
            kind=str(row[4]),
            body=json.loads(row[5]),
            created_at=str(row[6]),
            prev=str(row[7]),
            hash=str(row[8]),
            signature=str(row[9]),
        )


@dataclass(frozen=True)
class _Header(Entry):
    """A withheld entry's signed header as verification reads it (no kind, no body): its own
    type, so that nothing but a row of ``withheld_entries`` is ever checked as a header."""

    stored_chain: str = ""

    @property
    def chain(self) -> str:
        return self.stored_chain

    @classmethod
    def from_header_row(cls, r: Sequence[Any]) -> _Header:
        """(id, case_id, author, seq, prev, hash, signature, chain)."""
        return cls(EntryId(str(r[0])), CaseId(str(r[1])) if r[1] else None, MemberId(str(r[2])),
                   int(r[3]), "", {}, "", str(r[4]), str(r[5]), str(r[6]), str(r[7]))


class Projection(Protocol):
    """Keeps some tables equal to a function of the log."""

    tables: tuple[str, ...]

    def apply(self, db: Database, entry: Entry) -> None: ...


@dataclass(frozen=True)
class Problem:
    """One thing verification found. ``code``: hash-mismatch, bad-signature, chain-broken,
    seq-gap, unknown-author, key-mismatch, database."""

    code: str
    entry_id: str | None = None
    author: str | None = None
    seq: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class VerifyReport:
    """``entries`` and ``chains`` checked; ``recent``: the unlock's check of what is new since
    the checkpoint (``EntryLog.verify_recent``), not the whole log."""

    entries: int
    chains: int
    problems: tuple[Problem, ...]
    recent: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class VerifyCancelled(Exception):
    """The full verification was stopped (the vault locked, the app closing)."""


class EntryLog:
    """Append, read, verify and replay the entries of one vault."""

    def __init__(self, db: Database, projections: Iterable[Projection] = (),
                 checkpoint: Checkpoint | None = None) -> None:
        self.db = db
        self.projections = list(projections)
        self.checkpoint = checkpoint
        """Moved on as verified entries are stored (triad.log.checkpoint); None: not kept."""

    def append(
        self,
        author: MemberId,
        signing_key: crypto.SigningKey,
        kind: str,
        body: dict[str, Any],
        case_id: CaseId | None = None,
        created_at: str | None = None,
    ) -> Entry:
        """Sign and store a new entry at the end of ``author``'s chain and update the
        projections. Runs inside the caller's transaction if one is open."""

        def write() -> Entry:
            # The chain's last entry may be a header only (a disposal keeps headers).
            chain = case_id or VAULT_CHAIN
            last = self.db.one(
                "SELECT seq, hash FROM (SELECT seq, hash FROM entries WHERE author=? AND chain=?"
                " UNION ALL SELECT seq, hash FROM withheld_entries WHERE author=? AND chain=?)"
                " ORDER BY seq DESC LIMIT 1",
                (author, chain, author, chain),
            )
            seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
            # The body as stored; parsed back, it is the body as any reader will see it (JSON
            # types only), which is what is hashed and signed.
            text = _body_text(body)
            draft = Entry(
                EntryId(str(uuid.uuid4())), case_id, author, seq, kind,
                json.loads(text), created_at or utc_now(), prev, "", "",
            )
            digest = draft.computed_hash()
            signature = crypto.b64e(crypto.sign(signing_key, bytes.fromhex(digest)))
            entry = replace(draft, hash=digest, signature=signature)
            self._store(entry, text)
            return entry

        if self.db.conn.in_transaction:
            return write()
        return self.db.in_transaction(write)

    def insert_signed(self, entry: Entry, verified: bool = True) -> None:
        """Store an entry signed elsewhere (an import), updating projections. The caller holds
        the transaction and has verified it (``verified``: it then moves the checkpoint on;
        an entry released from the held store was checked when it arrived, not now, so it
        is verified again at the next unlock)."""
        self._store(entry, verified=verified)

    def insert_header(self, entry: Entry, verified: bool = True) -> None:
        """Store a withheld entry's signed header (an import that verified it: its content
        stayed with members who may read it); ``verified`` as for :meth:`insert_signed`."""
        cursor = self.db.execute(
            "INSERT INTO withheld_entries (id, case_id, chain, author, seq, prev, hash,"
            " signature) VALUES (?,?,?,?,?,?,?,?)",
            (entry.id, entry.case_id, entry.chain, entry.author, entry.seq, entry.prev,
             entry.hash, entry.signature))
        if verified and self.checkpoint is not None and cursor.lastrowid is not None:
            self.checkpoint.stored(entry.author, entry.chain, entry.seq, entry.prev, entry.hash,
                                   int(cursor.lastrowid), header=True)

    def _store(self, entry: Entry, text: str | None = None, verified: bool = True) -> None:
        cursor = self.db.execute(
            f"INSERT INTO entries ({_COLUMNS}, chain) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.id, entry.case_id, entry.author, entry.seq, entry.kind,
                _body_text(entry.body) if text is None else text,
                entry.created_at, entry.prev, entry.hash, entry.signature, entry.chain,
            ),
        )
        for projection in self.projections:
            projection.apply(self.db, entry)
        if verified and self.checkpoint is not None and cursor.lastrowid is not None:
            self.checkpoint.stored(entry.author, entry.chain, entry.seq, entry.prev, entry.hash,
                                   int(cursor.lastrowid))

    def entries(
        self, where: str = "", params: tuple[Any, ...] = (), order: str = "local_order"
    ) -> list[Entry]:
        sql = f"SELECT {_COLUMNS} FROM entries {('WHERE ' + where) if where else ''} ORDER BY {order}"
        return [Entry.from_row(r) for r in self.db.rows(sql, params)]

    def get(self, entry_id: str) -> Entry | None:
        found = self.entries("id=?", (entry_id,))
        return found[0] if found else None

    def count(self) -> int:
        row = self.db.one("SELECT count(*) FROM entries")
        return int(row[0]) if row else 0

    def rebuild(self) -> None:
        """Empty every projection table and replay the whole log into them."""
        with self.db.transaction():
            for projection in self.projections:
                for table in projection.tables:
                    self.db.execute(f"DELETE FROM {table}")
            for entry in self.entries():
                for projection in self.projections:
                    projection.apply(self.db, entry)

    def verify(self, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               found: Callable[[int], None] | None = None,
               beside_writes: bool = False) -> VerifyReport:
        """Re-hash every chain and check every signature, and the database's pages
        (``cipher_integrity_check``, ``integrity_check``). ``progress(done, total)`` is called
        now and then; ``cancelled()`` is asked as often, and True stops with
        :class:`VerifyCancelled`; ``found(n)`` hears the number of problems found so far each
        time it grows (the app says "all good so far" only while it is 0). Reads one chain at
        a time (memory stays flat at any size). When nothing is wrong, the checkpoint moves to
        every chain's head. ``beside_writes`` (the background check, on a connection of its
        own while the app saves): the pages are checked through SQLite in the check's own
        snapshot (``integrity_check``; every page read has its HMAC checked) instead of
        ``cipher_integrity_check``, which reads the data file itself and sees pages another
        connection's WAL checkpoint has not finished writing as failing."""
        try:
            with _snapshot(self.db):
                members = self.db.rows("SELECT member_id, signing_public FROM members")
                keys = self._published_keys(self.entries(
                    "kind IN ('member.added', 'member.imported')"))
                headers, views = self._partial()
                total_row = self.db.one("SELECT count(*), max(local_order) FROM entries")
                total, top = (int(total_row[0]), int(total_row[1] or 0)) if total_row else (0, 0)
                top_header = self._top_header()
                by_chain: dict[tuple[str, str], list[Entry]] = {}
                for h in headers.values():
                    by_chain.setdefault((h.author, h.chain), []).append(h)
                walk = _Walk(keys, views, set())
                cp = self.checkpoint
                rows, forged = cp.rows() if cp is not None and cp.usable else ({}, [])
                walk.rows = rows
                twice = [str(r[0]) for r in self.db.rows(
                    "SELECT w.id FROM withheld_entries w JOIN entries e ON e.id = w.id")]
                done = told = 0
                for chain in self._chains(by_chain):
                    walk.chain(chain)
                    done += len(chain)
                    if found is not None and len(walk.problems) > told:
                        told = len(walk.problems)
                        found(told)
                    if cancelled is not None and cancelled():
                        raise VerifyCancelled()
                    if progress is not None:
                        progress(min(done, total), total)
        except VaultDamaged:
            # A page the log lives on does not decrypt: report what the checks can name.
            return VerifyReport(0, 0, (Problem("database", detail="entries unreadable"),
                                       *self._integrity()))
        problems = list(walk.problems)
        problems += [Problem("duplicate", entry_id) for entry_id in twice]
        problems += [Problem("checkpoint", author=a, detail="row") for a, _ in forged]
        problems += [Problem("chain-broken", author=a, seq=seq, detail="checkpoint")
                     for (a, _), (seq, _) in walk.rows.items()]  # rows of chains not found
        for member_id, signing_public in members:
            if keys.get(member_id) != signing_public:
                problems.append(Problem("key-mismatch", author=member_id))
        if cancelled is not None and cancelled():
            raise VerifyCancelled()
        if beside_writes:
            with _snapshot(self.db):
                problems.extend(self._integrity(file_pages=False))
        else:
            problems.extend(self._integrity())
        if cp is not None and not cp.usable:
            problems.append(Problem("checkpoint", detail="secret"))
        elif cp is not None and cp.mark() is None:
            problems.append(Problem("checkpoint", detail="mark"))
        if cp is not None and cp.usable and not problems:
            # Damage is never repaired here: a forged row or a chain cut short below its row
            # stays reported until the vault is restored from a backup.
            with contextlib.suppress(TriadError):  # the next unlock checks more, nothing worse
                self.db.in_transaction(lambda: cp.set_heads(walk.heads, Mark(top, top_header)))
        return VerifyReport(done - len(headers), walk.count, tuple(problems))

    def verify_recent(self) -> VerifyReport:
        """The unlock's check (issue 18): the mark's MAC, and for every chain with entries
        stored since the mark, its row's MAC, that the chain still holds the entry the row
        names and nothing new below it, and every entry after it against the key its author
        published. Costs what is new, not the history nor the number of chains; the full
        :meth:`verify` (every row and chain) runs in the background. Moves the checkpoint on
        when all is well."""
        if self.checkpoint is None:
            return self.verify()
        cp = self.checkpoint
        problems: list[Problem] = []
        if not cp.usable:
            problems.append(Problem("checkpoint", detail="secret"))
        try:
            with _snapshot(self.db):  # one view: a writer between two reads changes nothing
                top_row = self.db.one("SELECT max(local_order) FROM entries")
                top = int(top_row[0] or 0) if top_row else 0
                top_header = self._top_header()
                mark = cp.mark()
                if mark is None:
                    if cp.usable:
                        problems.append(Problem("checkpoint", detail="mark"))
                    mark = Mark()
                # (not DISTINCT: SQLite would then walk the whole (author, chain, seq) index)
                touched = {(str(r[0]), str(r[1])) for r in self.db.rows(
                    "SELECT author, chain FROM entries WHERE local_order > ? AND local_order <= ?",
                    (mark.entries, top))}
                touched |= {(str(r[0]), str(r[1])) for r in self.db.rows(
                    "SELECT author, chain FROM withheld_entries WHERE rowid > ? AND rowid <= ?",
                    (mark.headers, top_header))}
                keys = self._published_keys(self.entries(
                    "kind IN ('member.added', 'member.imported')"))
                for member_id, signing_public in self.db.rows(
                        "SELECT member_id, signing_public FROM members"):
                    if keys.get(member_id) != signing_public:
                        problems.append(Problem("key-mismatch", author=member_id))
                walk = _Walk(keys, {})
                checked = 0
                for author, chain in sorted(touched):
                    row = cp.row(author, chain)
                    if row is FORGED:
                        problems.append(Problem("checkpoint", author=author, detail="row"))
                    seq, hash_ = row if isinstance(row, tuple) else (0, GENESIS)
                    items = self._chain_from(author, chain, max(seq - 1, 0))
                    if seq:
                        below = self.db.one(
                            "SELECT id FROM entries WHERE author=? AND chain=? AND seq<=?"
                            " AND local_order>? LIMIT 1", (author, chain, seq, mark.entries))
                        if below is not None:  # stored since, yet below what was verified
                            problems.append(Problem("chain-broken", str(below[0]), author,
                                                    detail="checkpoint"))
                        if not items or items[0].seq != seq or items[0].hash != hash_:
                            problems.append(Problem("chain-broken", author=author, seq=seq,
                                                    detail="checkpoint"))
                            continue
                        items = items[1:]
                    walk.views = self._views_for(author, chain, seq)
                    walk.chain(items, seq, hash_)
                    checked += len(items)
        except VaultDamaged:
            return VerifyReport(0, 0, (Problem("database", detail="entries unreadable"),))
        problems += walk.problems
        if not problems and (walk.heads or (top, top_header) != (mark.entries, mark.headers)):
            with contextlib.suppress(TriadError):  # verified again at the next unlock
                self.db.in_transaction(lambda: cp.set_heads(walk.heads, Mark(top, top_header)))
        return VerifyReport(checked, walk.count, tuple(problems), recent=True)

    def _top_header(self) -> int:
        row = self.db.one("SELECT max(rowid) FROM withheld_entries")
        return int(row[0] or 0) if row else 0

    def _chains(self, headers: dict[tuple[str, str], list[Entry]]) -> Iterator[list[Entry]]:
        """Every chain, entries and headers merged in ``seq`` order, one at a time."""
        cursor = self.db.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY author, chain, seq")
        current: list[Entry] = []
        key: tuple[str, str] | None = None
        while True:
            with converted():
                batch = cursor.fetchmany(500)
            if not batch:
                break
            for row in batch:
                check_row(row)
                e = Entry.from_row(row)
                if (e.author, e.chain) != key:
                    if current and key is not None:
                        yield _merged(current, headers.pop(key, []))
                    key, current = (e.author, e.chain), []
                current.append(e)
        if current and key is not None:
            yield _merged(current, headers.pop(key, []))
        for rest in headers.values():  # chains of headers only (a disposed case)
            yield sorted(rest, key=lambda h: h.seq)

    def _chain_from(self, author: str, chain: str, after: int) -> list[Entry]:
        entries = self.entries("author=? AND chain=? AND seq>?", (author, chain, after), "seq")
        headers: list[Entry] = [_Header.from_header_row(r) for r in self.db.rows(
            "SELECT id, case_id, author, seq, prev, hash, signature, chain FROM withheld_entries"
            " WHERE author=? AND chain=? AND seq>?", (author, chain, after))]
        return _merged(entries, headers)

    def _views_for(self, author: str, chain: str, after: int
                   ) -> dict[str, tuple[list[str], str]]:
        return {str(r[0]): (_fields(r[1]), str(r[2])) for r in self.db.rows(
            "SELECT v.entry_id, v.fields, v.signature FROM redacted_entries v JOIN entries e"
            " ON e.id = v.entry_id WHERE e.author=? AND e.chain=? AND e.seq>?",
            (author, chain, after))}

    def _partial(self) -> tuple[dict[str, _Header], dict[str, tuple[list[str], str]]]:
        """Withheld headers (as entries without kind or body) and redacted views."""
        if not self.db.one("SELECT 1 FROM sqlite_master WHERE name='withheld_entries'"):
            return {}, {}
        headers = {str(r[0]): _Header.from_header_row(r) for r in self.db.rows(
            "SELECT id, case_id, author, seq, prev, hash, signature, chain FROM withheld_entries")}
        views = {str(r[0]): (_fields(r[1]), str(r[2]))
                 for r in self.db.rows("SELECT entry_id, fields, signature FROM redacted_entries")}
        return headers, views

    def _integrity(self, file_pages: bool = True) -> list[Problem]:
        """The pages' HMACs and the structure. ``cipher_integrity_check`` reads the data file
        itself, not the write-ahead log: while another connection writes (the background
        check runs beside the app's saves), a WAL checkpoint that stopped part-way can leave
        pages of the file whose current content is still only in the log -- holes that read
        as failing pages. So a failure is looked at again after a complete checkpoint (all of
        the log written into the file), and only what still fails is reported."""
        try:
            found = self.db.integrity_problems(file_pages)
            if found and file_pages and not self.db.conn.in_transaction:
                for _ in range(3):
                    row = self.db.one("PRAGMA wal_checkpoint(TRUNCATE)")
                    if row is not None and int(row[0]) == 0:  # not busy: the file is whole
                        found = self.db.integrity_problems()
                        break
            return [Problem("database", detail=p) for p in found]
        except VaultDamaged:
            return [Problem("database", detail="integrity check could not run")]

    @staticmethod
    def _published_keys(entries: Iterable[Entry]) -> dict[str, str]:
        keys: dict[str, str] = {}
        for e in entries:
            if e.kind in ("member.added", "member.imported"):
                member_id, public = e.body.get("member_id"), e.body.get("signing_public")
                if isinstance(member_id, str) and isinstance(public, str):
                    keys.setdefault(member_id, public)
        return keys


def _body_text(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


def _view_ok(public_b64: str, entry: Entry, redacted: list[str], signature: str) -> bool:
    try:
        return crypto.signature_valid(crypto.b64d(public_b64), crypto.b64d(signature),
                                      view_content(entry, redacted))
    except ValueError:
        return False


def _signature_ok(public_b64: str, entry: Entry) -> bool:
    try:
        return crypto.signature_valid(
            crypto.b64d(public_b64), crypto.b64d(entry.signature), bytes.fromhex(entry.hash)
        )
    except ValueError:
        return False


def _fields(text: object) -> list[str]:
    """A redacted view's field list; one that does not parse lists nothing, so its
    signature fails (never an exception out of verification)."""
    try:
        fields = json.loads(str(text))
    except ValueError:
        return ["\x00unreadable"]
    return [str(f) for f in fields] if isinstance(fields, list) else ["\x00unreadable"]


def _merged(entries: list[Entry], headers: list[Entry]) -> list[Entry]:
    if not headers:
        return entries
    return sorted([*entries, *headers], key=lambda e: e.seq)


@contextlib.contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction (a consistent view while others write), unless one is open."""
    if db.conn.in_transaction:
        yield
        return
    with converted():
        db.conn.execute("BEGIN")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            db.conn.execute("COMMIT")


class _Walk:
    """Checks chains one after another: sequence, links, hashes, signatures; keeps each
    chain's head for the checkpoint."""

    def __init__(self, keys: dict[str, str], views: dict[str, tuple[list[str], str]],
                 hashes: set[str] | None = None) -> None:
        self.keys, self.views = keys, views
        self.hashes = hashes
        """Every hash seen so far (the full verification): a hash twice is a copied entry."""
        self.problems: list[Problem] = []
        self.heads: list[tuple[str, str, int, str]] = []
        self.count = 0
        self.rows: dict[tuple[str, str], tuple[int, str]] = {}
        """The checkpoint's rows not yet matched to a chain walked (the full verification)."""

    def chain(self, chain: list[Entry], start: int = 0, prev: str = GENESIS) -> None:
        if not chain:
            return
        self.count += 1
        author = chain[0].author
        expected_seq = start + 1
        key = self.keys.get(author)
        if key is None:
            self.problems.append(Problem("unknown-author", chain[0].id, author))
        for e in chain:
            if e.seq != expected_seq:
                self.problems.append(Problem("seq-gap", e.id, author, e.seq))
            if e.prev != prev:
                self.problems.append(Problem("chain-broken", e.id, author, e.seq))
            if self.hashes is not None:
                if e.hash in self.hashes:
                    self.problems.append(Problem("duplicate", e.id, author, e.seq))
                self.hashes.add(e.hash)
            view = None if isinstance(e, _Header) else self.views.get(e.id)
            if isinstance(e, _Header) or view is not None:
                if key is not None and not (_signature_ok(key, e) and (
                        view is None or _view_ok(key, e, *view))):
                    self.problems.append(Problem("bad-signature", e.id, author, e.seq))
            elif e.computed_hash() != e.hash:
                self.problems.append(Problem("hash-mismatch", e.id, author, e.seq))
            elif key is not None and not _signature_ok(key, e):
                self.problems.append(Problem("bad-signature", e.id, author, e.seq))
            prev, expected_seq = e.hash, e.seq + 1
        last = chain[-1]
        self.heads.append((author, last.chain, last.seq, last.hash))
        row = self.rows.pop((author, last.chain), None)
        if row is not None and not any(e.seq == row[0] and e.hash == row[1] for e in chain):
            # the chain no longer holds the entry its checkpoint row names: cut short or rewritten
            self.problems.append(Problem("chain-broken", author=author, seq=row[0],
                                         detail="checkpoint"))
