"""Importing a case packet: all or nothing, idempotent, order-independent.

1. Open: decrypt with the acting member's age identity, parse strictly, check the schema.
2. Who: the sender must be an active, confirmed contact whose key signed the payload, and the
   payload must be addressed to the acting member.
3. Every item: a known author (this vault, or a card a therapist vouches for in the packet),
   a kind the author's role may write, a hash and signatures that verify; surrogates' and
   supervisors' packets carry only their own entries; redacted views only go to surrogates
   and supervisors, headers only to surrogates; a therapist receives a surrogate's views of her
   own entries only to relay them to a supervisor (``relay.py``).
4. Chains: each item must fit its (author, case) chain -- same hash where this vault already
   has that seq, ``prev`` linking to its neighbours. Items follow the unbroken chain and whose
   references (a review's debrief, a revocation's consent) are here are applied; the rest are
   *held* (in the encrypted vault) until the gap fills, and applied by the packet that fills it.
   A new item stamped more than a day ahead of this workspace's clock is refused, never held
   (``stamped-ahead``).
5. The case rules of the JSON import (``InterchangeService.check_case_rules``), authors and the
   sender in the case's triad, a debrief by the session's surrogate.
6. One transaction: members vouched for, entries (projections updated), headers, views, held
   items, the packet id, and the acknowledgements the packet carries.

Anything wrong raises PacketRejected with a reason code and changes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any

from triad import crypto
from triad.casefile.handover import team_ids
from triad.casefile.members import added_body
from triad.errors import (
    CaseFileReason,
    Conflict,
    InvalidCode,
    InvalidInput,
    PacketReason,
    PacketRejected,
    TriadError,
    Unstorable,
)
from triad.exchange import held as held_store
from triad.exchange import packets, relay
from triad.exchange.contacts import contacts
from triad.exchange.rollback import PeerAhead, peer_ahead
from triad.log.entries import GENESIS, CaseId, Entry, EntryId, MemberId, utc_now, view_content
from triad.log.kinds import Kind, may_author
from triad.roles import Role
from triad.transfer.case_json import ENTRY_FIELDS, STAMP_TOLERANCE, stamped_at
from triad.transfer.ordering import defines, needs

if TYPE_CHECKING:
    from triad.workspace import Workspace

HEADER_FIELDS = ("id", "case_id", "author", "seq", "prev", "hash", "signature")
# Ids an entry defines or refers to: they must be strings, or the entry could wait forever
# for a reference that cannot exist.
ID_FIELDS = {
    "session.scheduled": "session_id", "session.debriefed": "session_id",
    "debrief.reviewed": "session_id", "consent.given": "consent_id",
    "consent.revoked": "consent_id", "consent.signed": "consent_id", "goal.set": "goal_id",
    "goal.progress": "goal_id",
    "measure.recorded": "measure_id", "entry.amended": "target_id",
    "entry.cosigned": "target_id",
    "aid.added": "aid_id", "aid.retired": "aid_id",
    "session.outcome_recorded": "session_id", "session.rescheduled": "session_id",
}


@dataclass(frozen=True)
class PacketImport:
    """What importing one packet did. ``duplicate``: this very packet was imported before and
    nothing changed. ``added``: entries (and views) now in the log; ``headers``: signed headers
    of entries withheld from this role; ``held``: items newly waiting for a gap to fill;
    ``released``: items held earlier and applied now; ``present``: already here."""

    packet_id: str
    sender: MemberId
    number: int
    duplicate: bool = False
    added: int = 0
    headers: int = 0
    held: int = 0
    released: int = 0
    present: int = 0
    members_added: int = 0
    case_ids: tuple[CaseId, ...] = ()
    expired: int = 0  # items that waited too long, dropped before this import (held.py)
    older: PeerAhead | None = None  # it acknowledges more than this vault has (rollback.py)


@dataclass(frozen=True)
class _Item:
    form: str  # entry, view, header
    entry: Entry
    where: str
    redacted: tuple[str, ...] = ()
    view_signature: str = ""

    def to_json(self) -> dict[str, Any]:
        fields = HEADER_FIELDS if self.form == "header" else ENTRY_FIELDS
        out: dict[str, Any] = {f: getattr(self.entry, f) for f in fields}
        if self.form == "view":
            out |= {"redacted": list(self.redacted), "view_signature": self.view_signature}
        return {"form": self.form, "item": out}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> _Item:
        form, raw = data["form"], data["item"]
        return cls(form, _entry(raw, header=form == "header"), where,
                   tuple(raw.get("redacted", ())), raw.get("view_signature", ""))

    @property
    def chain(self) -> tuple[str, str]:
        return (self.entry.author, self.entry.chain)


def _entry(raw: dict[str, Any], header: bool = False) -> Entry:
    if header:
        return Entry(EntryId(raw["id"]), CaseId(raw["case_id"]), MemberId(raw["author"]),
                     int(raw["seq"]), "", {}, "", raw["prev"], raw["hash"], raw["signature"])
    return Entry(**{f: raw[f] for f in ENTRY_FIELDS})


def _signed(key: str, e: Entry) -> bool:
    try:
        return crypto.signature_valid(crypto.b64d(key), crypto.b64d(e.signature),
                                      bytes.fromhex(e.hash))
    except ValueError:
        return False


def _all_signed(pairs: list[tuple[str, Entry]]) -> list[bool]:
    """``_signed`` for each (key, entry). Verifying an Ed25519 signature costs ~0.1 ms and
    releases the GIL, so a large packet (10,000 entries: 1.2 s on one core) is verified in
    threads, one contiguous share each."""
    workers = min(4, os.cpu_count() or 1)
    if len(pairs) < 1000 or workers < 2:
        return [_signed(k, e) for k, e in pairs]
    size = -(-len(pairs) // workers)
    shares = [pairs[n:n + size] for n in range(0, len(pairs), size)]
    with ThreadPoolExecutor(workers) as pool:
        return [ok for share in pool.map(lambda s: [_signed(k, e) for k, e in s], shares)
                for ok in share]


class _Importer:
    def __init__(self, ws: Workspace, payload: dict[str, Any], sender_id: str) -> None:
        self.ws = ws
        self.db = ws.vault.db
        self.p = payload
        self.sender = ws.members.get(sender_id)
        self.me = ws.actor
        self.roles: dict[str, Role] = {}
        self.keys: dict[str, str] = {}
        for member_id, role, key in self.db.rows("SELECT member_id, role, signing_public FROM members"):
            self.roles[member_id], self.keys[member_id] = Role(role), key
        self.new_members: list[dict[str, Any]] = []
        self.relay_views: list[_Item] = []
        self.signed: dict[int, bool] = {}
        self.disposing: set[CaseId | None] = set()
        # Cases disposed of here (issue 17): what a packet still carries of them is dropped.
        self.disposed = {r[0] for r in self.db.rows("SELECT case_id FROM disposed_cases")}

    # -- 3: members and items --
    def members(self) -> None:
        for i, m in enumerate(self.p["members"]):
            where = f"members[{i}]"
            row = self.db.one("SELECT signing_public, age_public, role FROM members WHERE member_id=?",
                              (m["member_id"],))
            if row is not None:
                if (row[0], row[1]) != (m["signing_public"], m["age_public"]):
                    raise PacketRejected(CaseFileReason.KEY_CONFLICT, item=where)
                if row[2] != m["role"]:
                    raise PacketRejected(CaseFileReason.ROLE_CONFLICT, item=where)
                continue
            if self.sender.role is not Role.THERAPIST:
                raise PacketRejected(PacketReason.MEMBER_NOT_VOUCHED, item=where)
            if m["member_id"] in self.roles:
                raise PacketRejected(CaseFileReason.DUPLICATE, item=where)
            self.roles[m["member_id"]] = Role(m["role"])
            self.keys[m["member_id"]] = m["signing_public"]
            self.new_members.append(m)

    def items(self) -> list[_Item]:
        out: list[_Item] = []
        for form, key in (("entry", "entries"), ("view", "views"), ("header", "headers")):
            for i, raw in enumerate(self.p[key]):
                if raw.get("case_id") in self.disposed:
                    continue  # a disposed case's content, written before its author knew
                item = _Item(form, _entry(raw, form == "header"), f"{key}[{i}]",
                             tuple(raw.get("redacted", ())), raw.get("view_signature", ""))
                if form == "view" and self.me.role is Role.THERAPIST:
                    self.relay_views.append(item)  # to relay, not to store (relay.py)
                else:
                    out.append(item)
        # issue 17: a case disposed of reaches every vault of the triad with the headers its
        # chain lacks up to the disposal, whatever the recipient's role (exchange/disposals.py)
        self.disposing = {i.entry.case_id for i in out
                          if i.form == "entry" and i.entry.kind == Kind.CASE_DISPOSED}
        # every signature at once (on every core for a large packet); checked in order below
        known = [i for i in out if i.entry.author in self.keys]
        self.signed = dict(zip((id(i) for i in known), _all_signed(
            [(self.keys[i.entry.author], i.entry) for i in known]), strict=True))
        for item in out:
            self.check(item)
        self.check_relay_views(out)
        ids: set[str] = set()
        places: set[tuple[str, str, int]] = set()
        for item in out:
            e = item.entry
            if e.id in ids or (e.author, e.chain, e.seq) in places:
                raise PacketRejected(CaseFileReason.DUPLICATE, item=item.where)
            ids.add(e.id)
            places.add((e.author, e.chain, e.seq))
        return out

    def check(self, item: _Item) -> None:
        e, where = item.entry, item.where
        if e.case_id not in self.p["cases"]:
            raise PacketRejected(CaseFileReason.OTHER_CASE, item=where)
        role, key = self.roles.get(e.author), self.keys.get(e.author)
        if role is None or key is None:
            raise PacketRejected(CaseFileReason.UNKNOWN_AUTHOR, item=where)
        if self.sender.role is not Role.THERAPIST and (
                e.author != self.sender.member_id or item.form != "entry"):
            raise PacketRejected(PacketReason.NOT_SENDERS_OWN, item=where)
        # Views go to surrogates and supervisors (without process recordings), headers to
        # surrogates only; a therapist's copy stays whole, so what they relay is whole.
        if (item.form == "header" and self.me.role is not Role.SURROGATE
                and e.case_id not in self.disposing) or (
                item.form == "view" and self.me.role is Role.THERAPIST):
            raise PacketRejected(PacketReason.INCOMPLETE_FOR_ROLE, item=where)
        if item.form != "header" and not may_author(role, e.kind):
            raise PacketRejected(CaseFileReason.ROLE_MAY_NOT_WRITE, item=where)
        field = ID_FIELDS.get(e.kind)
        if field and item.form != "header" and not isinstance(e.body.get(field), str):
            raise PacketRejected(CaseFileReason.MALFORMED, item=f"{where}.body.{field}")
        if item.form == "entry" and e.computed_hash() != e.hash:
            raise PacketRejected(CaseFileReason.HASH_MISMATCH, item=where)
        if item.form == "view":
            try:
                ok = crypto.signature_valid(crypto.b64d(key), crypto.b64d(item.view_signature),
                                            view_content(e, item.redacted))
            except ValueError:
                ok = False
            if not ok:
                raise PacketRejected(CaseFileReason.BAD_SIGNATURE, item=where)
        if not self.signed.get(id(item), False):
            raise PacketRejected(CaseFileReason.BAD_SIGNATURE, item=where)

    def check_relay_views(self, items: list[_Item]) -> None:
        """A view a therapist receives is the sender's own view of an entry in this packet,
        signed for the therapist to relay to a supervisor; anything else is refused."""
        whole = {i.entry.id: i.entry for i in items if i.form == "entry"}
        for item in self.relay_views:
            e = item.entry
            full = whole.get(e.id)
            if full is None or e.author != self.sender.member_id or full.hash != e.hash:
                raise PacketRejected(PacketReason.INCOMPLETE_FOR_ROLE, item=item.where)
            if not relay.valid(full, list(item.redacted), e, item.view_signature,
                               self.keys[e.author]):
                raise PacketRejected(CaseFileReason.BAD_SIGNATURE, item=item.where)

    # -- 4: chains --
    def merge(self, items: list[_Item]) -> tuple[list[_Item], list[_Item], list[_Item], int]:
        """(applied in order, newly held, released from held, already present)."""
        present = 0
        have: dict[tuple[str, str], dict[int, str]] = {}
        held: dict[tuple[str, str], dict[int, _Item]] = {}
        candidates: dict[tuple[str, str], dict[int, _Item]] = {}

        def load(chain: tuple[str, str]) -> None:
            if chain not in have:
                have[chain] = {int(s): h for s, h in self.db.rows(
                    "SELECT seq, hash FROM entries WHERE author=? AND chain=? UNION ALL"
                    " SELECT seq, hash FROM withheld_entries WHERE author=? AND chain=?",
                    (*chain, *chain))}
                held[chain], candidates[chain] = {}, {}

        # Everything held waits here: an item of any chain may be released by this packet.
        for author, chain, seq, raw in self.db.rows(
                "SELECT author, chain, seq, item FROM exchange_held ORDER BY author, chain, seq"):
            load((author, chain))
            item = _Item.from_json(json.loads(raw), f"held[{seq}]")
            held[(author, chain)][int(seq)] = candidates[(author, chain)][int(seq)] = item
        latest = self.ws.clock().astimezone(UTC) + STAMP_TOLERANCE
        for item in items:
            e = item.entry
            chain = item.chain
            load(chain)
            known = have[chain].get(e.seq) or (
                held[chain][e.seq].entry.hash if e.seq in held[chain] else None)
            if known is not None:
                if known != e.hash:
                    raise PacketRejected(CaseFileReason.CONFLICTS_WITH_VAULT, item=item.where)
                present += 1
                continue
            clash = self.db.one("SELECT 1 FROM entries WHERE id=? UNION ALL"
                                " SELECT 1 FROM withheld_entries WHERE id=?", (e.id, e.id))
            if clash is not None:
                raise PacketRejected(CaseFileReason.CONFLICTS_WITH_VAULT, item=item.where)
            if item.form != "header" and stamped_at(e.created_at) > latest:
                # Refused before it could wait in the held store for a day decades off (the
                # applied ones meet the same check in the case rules).
                raise PacketRejected(CaseFileReason.STAMPED_AHEAD, item=item.where + ".created_at")
            candidates[chain][e.seq] = item
        for chain, cands in candidates.items():  # neighbours must link, wherever they are
            for seq, item in cands.items():
                before = cands[seq - 1].entry.hash if seq - 1 in cands else have[chain].get(seq - 1)
                if seq == 1:
                    before = GENESIS
                if before is not None and item.entry.prev != before:
                    raise PacketRejected(CaseFileReason.CHAIN_BROKEN, item=item.where)
        applied: list[_Item] = []
        tops = {c: self._top(h) for c, h in have.items()}
        defined: set[tuple[str, str]] = set()
        progress = True
        while progress:
            progress = False
            for chain in sorted(candidates):
                while (nxt := candidates[chain].get(tops[chain] + 1)) is not None:
                    if nxt.form != "header" and not all(
                            k in defined or self._exists(k, nxt.entry) for k in needs(nxt.entry)):
                        break
                    applied.append(nxt)
                    tops[chain] += 1
                    if nxt.form != "header":
                        defined |= set(defines(nxt.entry))
                    progress = True
        done = {id(i) for i in applied}
        new_held = [i for c, cands in candidates.items() for s, i in cands.items()
                    if id(i) not in done and s not in held[c]]
        released = [i for c, h in held.items() for i in h.values() if id(i) in done]
        return applied, new_held, released, present

    @staticmethod
    def _top(seqs: dict[int, str]) -> int:
        top = 0
        while top + 1 in seqs:
            top += 1
        return top

    def _exists(self, key: tuple[str, str], e: Entry) -> bool:
        kind, value = key
        sql = {"case": "SELECT 1 FROM cases WHERE case_id=?",
               "session": "SELECT 1 FROM sessions WHERE session_id=? AND case_id=?",
               "debrief": "SELECT 1 FROM debriefs WHERE session_id=? AND case_id=?",
               "consent": "SELECT 1 FROM consents WHERE consent_id=? AND case_id=?",
               "goal": "SELECT 1 FROM goals WHERE goal_id=? AND case_id=?",
               "aid": "SELECT 1 FROM aids WHERE aid_id=? AND case_id=?",
               "entry": "SELECT 1 FROM entries WHERE id=? AND case_id=?"}.get(kind)
        if sql is None:
            return True
        params = (value,) if kind == "case" else (value, e.case_id)
        return self.db.one(sql, params) is not None

    # -- 5: case rules --
    def case_rules(self, applied: list[_Item]) -> None:
        entries = [i for i in applied if i.form != "header"]
        labels = [i.where for i in entries]
        index: dict[str, int] = {i.entry.id: n for n, i in enumerate(entries)}
        members = {m: {"role": r.value} for m, r in self.roles.items()}
        by_case: dict[str, list[Entry]] = {}
        for i in entries:
            by_case.setdefault(str(i.entry.case_id), []).append(i.entry)
        for case_id, ordered in by_case.items():
            opened = next((e for e in ordered if e.kind == "case.opened"), None)
            row = self.db.one("SELECT code FROM cases WHERE case_id=?", (case_id,))
            code = opened.body.get("client", {}).get("code") if opened else (row[0] if row else "")
            try:
                self.ws.interchange.check_case_rules(
                    ordered, {"case_id": case_id, "code": code}, members, index)
            except InvalidInput as exc:
                if exc.detail != InvalidCode.CASE_FILE:
                    raise
                path = str(exc.data.get("path", ""))
                where = path
                if path.startswith("$.entries["):
                    n = int(path[len("$.entries["):].split("]", 1)[0])
                    where = labels[n] + path.split("]", 1)[1]
                raise PacketRejected(str(exc.data.get("reason")), item=where) from exc
            self.triad_rules(case_id, ordered, labels, index)
        for case_id in self.p["cases"]:
            team = self.team_ever(case_id, by_case.get(case_id, []))
            if team and self.sender.member_id not in team:
                raise PacketRejected(PacketReason.SENDER_NOT_ON_CASE)
            if team and self.me.member_id not in team:
                raise PacketRejected(PacketReason.RECIPIENT_NOT_ON_CASE)

    def team_ever(self, case_id: str, new: list[Entry]) -> set[str]:
        team: set[str] = set()
        old = [Entry.from_row(r) for r in self.db.rows(
            "SELECT id, case_id, author, seq, kind, body, created_at, prev, hash, signature FROM"
            " entries WHERE case_id=? AND kind IN ('case.opened','case.team_changed',"
            "'case.transferred','case.custody_requested','case.custody_countersigned')",
            (case_id,))]
        for e in [*old, *new]:
            team |= team_ids(e)  # the triad, and whoever a hand-over or take-over named
        if team:
            team |= {r[0] for r in self.db.rows(
                "SELECT member_id FROM custodians WHERE case_id=?", (case_id,))}
        return team

    def triad_rules(self, case_id: str, ordered: list[Entry], labels: list[str],
                    index: dict[str, int]) -> None:
        team = self.team_ever(case_id, ordered)
        sessions = {r[0]: r[1] for r in self.db.rows(
            "SELECT session_id, surrogate_id FROM sessions WHERE case_id=?", (case_id,))}
        for e in ordered:
            where = labels[index[e.id]]
            if e.author not in team:
                raise PacketRejected(PacketReason.AUTHOR_NOT_ON_CASE, item=where)
            if e.kind == "session.scheduled":
                sessions[e.body.get("session_id")] = e.body.get("surrogate_id")
            if e.kind == "session.debriefed" and sessions.get(e.body.get("session_id")) != e.author:
                raise PacketRejected(PacketReason.NOT_YOUR_SESSION, item=where)
            if e.kind == "session.outcome_recorded" and sessions.get(
                    e.body.get("session_id")) != e.author and self.roles.get(e.author) is not Role.THERAPIST:
                raise PacketRejected(PacketReason.NOT_YOUR_SESSION, item=where)

    # -- 6: write --
    def write(self, applied: list[_Item], new_held: list[_Item], released: list[_Item]) -> int:
        for m in self.new_members:
            try:
                self.ws.append(Kind.MEMBER_IMPORTED, {
                    **added_body(m["member_id"], m["name"], Role(m["role"]), (),
                                 m["signing_public"], m["age_public"]),
                    "credentials": m["credentials"], "source": "packet",
                    "vouched_by": self.sender.member_id})
            except Unstorable as exc:
                where = f"members[{self.p['members'].index(m)}]"
                raise PacketRejected(CaseFileReason.MALFORMED, item=where) from exc
        released_now = {id(i) for i in released}
        for item in applied:
            e = item.entry
            # one released from the held store was checked on arrival, not now: the next
            # unlock verifies it again (issue 18)
            checked_now = id(item) not in released_now
            if item.form == "header":
                self.ws.log.insert_header(e, verified=checked_now)
                continue
            try:
                self.ws.log.insert_signed(e, verified=checked_now)
            except Unstorable as exc:  # a value SQLite cannot bind, text with U+0000
                raise PacketRejected(CaseFileReason.MALFORMED, item=item.where + ".body") from exc
            except Conflict as exc:
                raise PacketRejected(CaseFileReason.CONFLICTS_WITH_VAULT, item=item.where) from exc
            except TriadError:
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise PacketRejected(CaseFileReason.MALFORMED, item=item.where + ".body") from exc
            if item.form == "view":
                self.db.execute("INSERT INTO redacted_entries (entry_id, fields, signature)"
                                " VALUES (?,?,?)", (e.id, json.dumps(list(item.redacted)),
                                                    item.view_signature))
        whole = {i.entry.id: i.entry for i in applied if i.form == "entry"}
        for item in self.relay_views:
            full = whole.get(item.entry.id) or item.entry  # held or present: same hash
            relay.store(self.db, full, list(item.redacted), item.view_signature)
        for item in released:
            self.db.execute("DELETE FROM exchange_held WHERE author=? AND chain=? AND seq=?",
                            (*item.chain, item.entry.seq))
        now = held_store.now_stamp(self.ws)
        for item in new_held:
            self.db.execute(
                "INSERT INTO exchange_held (author, chain, seq, hash, item, sender, received_at)"
                " VALUES (?,?,?,?,?,?,?)", (*item.chain, item.entry.seq, item.entry.hash,
                                            json.dumps(item.to_json()), self.sender.member_id, now))
        return len(self.new_members)

    def acknowledge(self) -> None:
        me, peer, number = self.me.member_id, self.sender.member_id, int(self.p["number"])
        row = self.db.one("SELECT seen_from_peer FROM exchange_peers WHERE me=? AND peer=?",
                          (me, peer))
        newest = row is None or number > int(row[0])
        self.db.execute(
            "INSERT INTO exchange_peers (me, peer, seen_from_peer, peer_saw) VALUES (?,?,?,?)"
            " ON CONFLICT (me, peer) DO UPDATE SET seen_from_peer=max(seen_from_peer,"
            " excluded.seen_from_peer), peer_saw=max(peer_saw, excluded.peer_saw)",
            (me, peer, number, int(self.p["seen"])))
        for case_id, chains in self.p["state"].items():
            for author, st in chains.items():
                self.db.execute(
                    "INSERT INTO exchange_chains (me, peer, author, chain, acked, peer_held)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT (me, peer, author, chain) DO UPDATE SET"
                    " acked=max(acked, excluded.acked),"
                    " peer_held=CASE WHEN ? THEN excluded.peer_held ELSE peer_held END",
                    (me, peer, author, case_id, int(st["top"]), json.dumps(st["held"]), newest))
        self.db.execute("INSERT INTO exchange_packets (packet_id, me, sender, number, imported_at)"
                        " VALUES (?,?,?,?,?)", (self.p["packet_id"], me, peer, number, utc_now()))


def open_packet(ws: Workspace, raw: bytes) -> dict[str, Any]:
    """Decrypt, parse and authenticate a packet for the acting member; its payload."""
    row = ws.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                          (ws.actor.member_id,))
    if row is None:
        raise PacketRejected(PacketReason.NOT_FOR_YOU)
    data = packets.parse(packets.decrypt(raw, str(row[0])))
    payload = data["payload"]
    sender = payload["from"]["member_id"]
    known = {c.member_id: c for c in contacts(ws, include_removed=True)}
    if sender not in known:
        raise PacketRejected(PacketReason.UNKNOWN_SENDER)
    if not known[sender].active:
        raise PacketRejected(PacketReason.SENDER_REMOVED)
    key = ws.members.get(sender).signing_public
    if payload["from"]["signing_public"] != key or not packets.signature_valid(data, key):
        raise PacketRejected(CaseFileReason.BAD_SIGNATURE, item="signature")
    if payload["to"] != {"member_id": ws.actor.member_id, "age_public": ws.actor.age_public}:
        raise PacketRejected(PacketReason.WRONG_RECIPIENT)
    return dict(payload)


def import_packet(ws: Workspace, raw: bytes) -> PacketImport:
    """Import one packet file's bytes, all or nothing (module docstring)."""
    payload = open_packet(ws, raw)
    sender = MemberId(payload["from"]["member_id"])
    number = int(payload["number"])
    db = ws.vault.db
    if db.one("SELECT 1 FROM exchange_packets WHERE packet_id=?", (payload["packet_id"],)):
        return PacketImport(payload["packet_id"], sender, number, duplicate=True)
    expired = held_store.expire(ws)
    try:
        with db.transaction():
            imp = _Importer(ws, payload, sender)
            imp.members()
            items = imp.items()
            held_store.check_cases(ws, imp.sender.role, [str(c) for c in payload["cases"]
                                                         if c not in imp.disposed])
            try:
                applied, new_held, released, present = imp.merge(items)
                held_store.check_room(
                    ws, sender, [(i.entry.author, i.entry.chain, i.entry.seq) for i in released],
                    [len(json.dumps(i.to_json())) for i in new_held])
                imp.case_rules(applied)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                # A body of the wrong shape, signed by its author: refused like any other.
                raise PacketRejected(CaseFileReason.MALFORMED, item="entries") from exc
            older = peer_ahead(db, ws.actor.member_id, sender, payload)
            members_added = imp.write(applied, new_held, released)
            imp.acknowledge()
    except Unstorable as exc:
        # A value the storage layer refuses (one SQLite cannot bind, text with U+0000) in a
        # query or a row outside the places that name their item: refused, rolled back.
        raise PacketRejected(CaseFileReason.MALFORMED, item="entries") from exc
    if any(i.form == "entry" and i.entry.kind == Kind.CASE_DISPOSED for i in applied):
        ws.audit.forget()
        ws.disposal.finish()  # the disposed content out of the file (casefile/disposal.py)
    cases = sorted({CaseId(str(i.entry.case_id)) for i in applied if i.form != "header"})
    released_ids = {id(i) for i in released}
    return PacketImport(
        payload["packet_id"], sender, number, False,
        added=sum(1 for i in applied if i.form != "header"),
        headers=sum(1 for i in applied if i.form == "header"),
        held=len(new_held), released=sum(1 for i in applied if id(i) in released_ids),
        present=present, members_added=members_added, case_ids=tuple(cases), expired=expired,
        older=older)


def held_items(ws: Workspace) -> Iterator[tuple[str, str, int]]:
    """(author, case, seq) of every item waiting for a gap in its chain to fill."""
    for author, chain, seq in ws.vault.db.rows(
            "SELECT author, chain, seq FROM exchange_held ORDER BY chain, author, seq"):
        yield str(author), str(chain), int(seq)
