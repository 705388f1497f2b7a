"""Building case packets: which entries a contact lacks, per author chain, scoped to their role.

Per (acting member, contact, author, chain) the vault remembers ``sent`` (the highest seq put in
a packet), ``sent_packet`` (that packet's number) and what the contact last *acknowledged*
(``acked``: their chain is whole up to there; ``peer_held``: seqs they hold beyond a gap). A
packet carries what was never sent, plus what was sent but is still missing once the contact
reports having seen the packet that carried it (so a lost packet never leaves a hole); with
``resend`` everything not acknowledged. Each packet also carries the sender's own state of the
chains it shares with the contact: that is how acknowledgements travel back.

The release gates disclosure: to a surrogate partner or a supervisor, a case goes only while a
release of information is in force for it (``release_gate``); otherwise the packet leaves it
out (``OutgoingPacket.withheld``), and a packet asked for that case alone, or with nothing else
to carry, is refused with ``ExchangeCode.NO_RELEASE``. What waited goes once a release is in
force again (docs/exchange-format.md, "The release gates disclosure").

Only therapists relay: a surrogate's or supervisor's packet carries their own entries only,
which are by construction entries their role may write, and only whole: to anyone but a
therapist, each of their chains stops before the first entry the contact may not read whole
(the contact refuses views and headers from them; the therapist relays the rest). A
surrogate's packet to a therapist
also carries, in ``views``, the supervisor's view of her own entries a supervisor may not read
whole, signed by her, so the therapist can relay them without the process recording
(``relay.py``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triad import crypto
from triad.casefile.disclosures import To, What
from triad.casefile.handover import team_ids
from triad.casefile.members import Member
from triad.casefile.release import case_release
from triad.errors import ExchangeCode, ExchangeError
from triad.exchange import packets, relay
from triad.exchange.contacts import contact
from triad.exchange.disposals import disposed_with, plan_disposal
from triad.exchange.scope import Scope, redact, scope_case
from triad.log.entries import CaseId, Entry, MemberId, utc_now, view_content
from triad.roles import Role
from triad.transfer.case_json import ENTRY_FIELDS
from triad.vault.files import atomic_write

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class OutgoingPacket:
    """A sealed packet ready to be written, with what it carries."""

    packet_id: str
    to: MemberId
    number: int
    data: bytes = field(repr=False)
    case_ids: tuple[CaseId, ...]
    entries: int
    views: int
    headers: int
    members: int
    marks: tuple[tuple[str, str, int], ...] = field(repr=False, default=())
    state_digest: str = field(repr=False, default="")
    relay_views: int = 0  # of ``views``: a surrogate's views for the therapist to relay
    # shared cases left out because no release of information is in force (``release_gate``)
    withheld: tuple[CaseId, ...] = ()
    # the cases of which it carries entries, views or headers (its accounting of disclosures)
    carried: tuple[CaseId, ...] = ()

    @property
    def empty(self) -> bool:
        """Carries acknowledgements only."""
        return not (self.entries or self.views or self.headers)


@dataclass
class _Plan:
    cases: list[CaseId] = field(default_factory=list)
    items: list[tuple[Scope, Entry]] = field(default_factory=list)
    marks: dict[tuple[str, str], int] = field(default_factory=dict)
    state: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    team: set[str] = field(default_factory=set)
    withheld: list[CaseId] = field(default_factory=list)  # no release in force

    @property
    def digest(self) -> str:
        return crypto.sha256_hex(crypto.canonical_json(self.state))


def team_now(ws: Workspace, case_id: str) -> set[str]:
    db = ws.vault.db
    row = db.one("SELECT therapist_id, supervisor_id FROM cases WHERE case_id=?", (case_id,))
    if row is None:
        return set()
    members = {row[0], *(r[0] for r in db.rows(
        "SELECT member_id FROM case_surrogates WHERE case_id=?", (case_id,)))}
    return members | ({row[1]} if row[1] else set())


def shared_cases(ws: Workspace, peer: str, case_key: str | None = None) -> list[CaseId]:
    """Cases the acting member and ``peer`` are both in the triad of (or just ``case_key``)."""
    if case_key:
        case_id = ws.cases.access.require(case_key)
        if peer not in team_now(ws, case_id):
            raise ExchangeError(ExchangeCode.NOT_ON_CASE)
        return [case_id]
    return [c.case_id for c in ws.cases.list() if peer in team_now(ws, c.case_id)]


# Who receives a case's notes only under the client's release of information.
RELEASE_GATED = frozenset({Role.SURROGATE, Role.SUPERVISOR})


@dataclass(frozen=True)
class Gate:
    """``release_gate``'s answer: the cases whose notes may go now (``open``), the cases with
    no release in force (``shut``), and of those, the ones whose release an entry ended (its
    revocation or the case's closing): ``upto`` their entries up to and including that entry's
    place in this vault's log (``local_order``) still go, nothing after it."""

    open: list[CaseId]
    shut: list[CaseId]
    upto: dict[CaseId, int]


def release_gate(ws: Workspace, cases: Iterable[CaseId], role: Role) -> Gate:
    """``cases`` split by the release of information (docs/exchange-format.md, "The release
    gates disclosure"): to a contact in ``role`` a surrogate partner or a supervisor, a case
    goes only while its release is in force (``casefile.release``); after a revocation or the
    closing, the entries up to and including the one that ended it, so their copy learns the
    release ended. A therapist is the clinical lead and holds the record: what goes to a
    therapist is never gated. A surrogate partner sends only what she wrote herself -- her
    reports of sessions held, a withdrawal the client told her of -- and the therapist must
    have those whatever became of the release."""
    cases = list(cases)
    if role not in RELEASE_GATED:
        return Gate(cases, [], {})
    gate = Gate([], [], {})
    for case_id in cases:
        state = case_release(ws, case_id)
        if state.in_force:
            gate.open.append(case_id)
            continue
        gate.shut.append(case_id)
        if state.ended_by is not None:
            row = ws.vault.db.one("SELECT local_order FROM entries WHERE id=?", (state.ended_by,))
            if row is not None:
                gate.upto[case_id] = int(row[0])
    return gate


def refusal(ws: Workspace, case_id: CaseId) -> ExchangeError:
    """The refusal naming the case and what became of its release."""
    state = case_release(ws, case_id)
    return ExchangeError(ExchangeCode.NO_RELEASE, case=ws.cases.get(case_id).code,
                         release=state.state, since=(state.since or "")[:10])


def holdings(ws: Workspace, case_id: str, authors: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Per author: the top of the unbroken chain here (entries and signed headers) and the
    seqs held beyond a gap."""
    db = ws.vault.db
    out: dict[str, dict[str, Any]] = {}
    for author in sorted(set(authors)):
        seqs = {int(r[0]) for r in db.rows(
            "SELECT seq FROM entries WHERE author=? AND chain=? UNION"
            " SELECT seq FROM withheld_entries WHERE author=? AND chain=?",
            (author, case_id, author, case_id))}
        top = 0
        while top + 1 in seqs:
            top += 1
        held = sorted(int(r[0]) for r in db.rows(
            "SELECT seq FROM exchange_held WHERE author=? AND chain=?", (author, case_id)))
        out[author] = {"top": top, "held": held}
    return out


def _plan(ws: Workspace, peer: Member, case_key: str | None, resend: bool) -> _Plan:
    db = ws.vault.db
    me = ws.actor
    relay = me.role is Role.THERAPIST
    gate = release_gate(ws, shared_cases(ws, peer.member_id, case_key), peer.role)
    plan = _Plan(cases=[*gate.open, *gate.upto], withheld=gate.shut)
    tracked = {(r[0], r[1]): (int(r[2]), int(r[3]), int(r[4]), set(json.loads(r[5])))
               for r in db.rows("SELECT author, chain, sent, sent_packet, acked, peer_held FROM"
                                " exchange_chains WHERE me=? AND peer=?",
                                (me.member_id, peer.member_id))}
    row = db.one("SELECT peer_saw FROM exchange_peers WHERE me=? AND peer=?",
                 (me.member_id, peer.member_id))
    peer_saw = int(row[0]) if row else 0
    for case_id in list(plan.cases):
        entries = ws.log.entries("case_id=? AND local_order<=?",
                                 (case_id, gate.upto.get(case_id, 1 << 62)))
        scopes = scope_case(entries, peer.member_id, peer.role)
        chains: dict[str, list[Entry]] = {}
        for e in entries:
            chains.setdefault(e.author, []).append(e)
            plan.team |= team_ids(e)  # the triad, and whoever a hand-over named (issue 17)
        shared = [a for a, chain in chains.items()
                  if a != peer.member_id and any(scopes[e.id] is not Scope.HEADER for e in chain)]
        plan.state[case_id] = holdings(ws, case_id, [*shared, peer.member_id])
        wanted: set[str] = set()
        for author in shared:
            if not relay and author != me.member_id:
                continue
            sent, sent_packet, acked, held = tracked.get((author, case_id), (0, 0, 0, set()))
            top = chains[author][-1].seq
            if resend:
                seqs = set(range(acked + 1, top + 1))
            else:  # new entries (the contact may have had some from another relay) ...
                seqs = set(range(max(sent, acked) + 1, top + 1))
                if sent_packet and peer_saw >= sent_packet:  # ... and what was lost
                    seqs |= set(range(acked + 1, sent + 1))
            seqs -= held
            if not relay and peer.role is not Role.THERAPIST:
                # The contact's vault takes only whole entries from a non-therapist (it cannot
                # check a view against the whole entry), so the chain goes as far as the first
                # entry they may not read whole and no further -- leaving no gap; the rest
                # reaches them through the therapist, who relays what the author signed.
                stop = next((e.seq for e in chains[author] if scopes[e.id] is not Scope.FULL),
                            None)
                if stop is not None:
                    seqs = {q for q in seqs if q < stop}
                    top = min(top, stop - 1)
            if seqs:
                plan.marks[(author, case_id)] = top
                wanted |= {e.id for e in chains[author] if e.seq in seqs}
        if case_id in gate.upto and not wanted:  # its copy knows the release ended
            plan.cases.remove(case_id)
            del plan.state[case_id]
            continue
        plan.items += [(scopes[e.id], e) for e in entries if e.id in wanted]
    for case_id, facts in disposed_with(ws, peer, case_key):  # issue 17: exchange/disposals.py
        items, marks = plan_disposal(ws, case_id, tracked, resend)
        if items:
            plan.state[case_id] = holdings(ws, case_id, [facts["therapist_id"],
                                                         *(e.author for _, e in items)])
            plan.cases.append(case_id)
            plan.items += items
            plan.marks.update(marks)
    return plan


def _signing_key(ws: Workspace, member_id: str) -> bytes | None:
    row = ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?", (member_id,))
    return bytes(row[0]) if row else None


def _payload_items(ws: Workspace, plan: _Plan, peer: Member) -> tuple[
        list[Any], list[Any], list[Any]]:
    entries: list[dict[str, Any]] = []
    views: list[dict[str, Any]] = []
    headers: list[dict[str, Any]] = []
    me = ws.actor
    own_key = _signing_key(ws, me.member_id)
    for scope, e in plan.items:
        key = _signing_key(ws, e.author) if scope is Scope.VIEW else None
        kept = relay.stored(ws.vault.db, e, peer.role) if scope is Scope.VIEW and key is None \
            else None
        if scope is Scope.FULL:
            entries.append({f: getattr(e, f) for f in ENTRY_FIELDS})
            if me.role is Role.SURROGATE and peer.role is Role.THERAPIST and own_key \
                    and e.author == me.member_id:
                # the supervisor's view of it, for the therapist to relay (exchange/relay.py)
                item = relay.sign(e, own_key)
                if item is not None:
                    views.append(item)
        elif scope is Scope.VIEW and key is not None:
            body, removed = redact(e.kind, e.body, peer.role)
            shown = Entry(**{**e.__dict__, "body": body})
            signature = crypto.b64e(crypto.sign(key, view_content(shown, removed)))
            views.append({**{f: getattr(shown, f) for f in ENTRY_FIELDS}, "redacted": removed,
                          "view_signature": signature})
        elif kept is not None:  # a view its author signed for relaying
            shown = relay.view_of(e, peer.role)[0]
            views.append({**{f: getattr(shown, f) for f in ENTRY_FIELDS}, "redacted": kept[0],
                          "view_signature": kept[1]})
        elif scope is Scope.VIEW and peer.role is Role.SUPERVISOR:
            # No view its author signed is kept here (the surrogate partner's program sent
            # none): a supervisor's vault takes no headers, and the whole entry would carry
            # the process recording -- which never goes to a supervisor. So it is not sent;
            # the supervisor's copy of this chain waits (held, as for a lost packet) until
            # the author's view arrives and the gap is sent again.
            continue
        else:  # a header; also a view whose author's key is not in this vault
            headers.append({f: getattr(e, f) for f in
                            ("id", "case_id", "author", "seq", "prev", "hash", "signature")})
    return entries, views, headers


def withheld_cases(ws: Workspace, peer_id: str) -> list[CaseId]:
    """The cases shared with this contact that a packet leaves out now: no release of
    information is in force for them (``release_gate``)."""
    peer = ws.members.get(contact(ws, peer_id).member_id)
    return release_gate(ws, shared_cases(ws, peer.member_id), peer.role).shut


def pending(ws: Workspace, peer_id: str) -> bool:
    """Whether a packet to this contact would carry anything new: entries, or a changed
    state of the shared chains (acknowledgements)."""
    peer = ws.members.get(contact(ws, peer_id).member_id)
    plan = _plan(ws, peer, None, False)
    row = ws.vault.db.one("SELECT last_state FROM exchange_peers WHERE me=? AND peer=?",
                          (ws.actor.member_id, peer.member_id))
    return bool(plan.items) or (bool(plan.cases) and (row[0] if row else "") != plan.digest)


def build(ws: Workspace, peer_id: str, case_key: str | None = None,
          resend: bool = False) -> OutgoingPacket:
    """Seal a packet for a confirmed contact. Changes nothing until :func:`mark_sent`."""
    peer = ws.members.get(contact(ws, peer_id).member_id)
    plan = _plan(ws, peer, case_key, resend)
    if not plan.cases and plan.withheld:
        raise refusal(ws, plan.withheld[0])
    if not plan.cases:
        raise ExchangeError(ExchangeCode.NOTHING_SHARED)
    me = ws.actor
    db = ws.vault.db
    row = db.one("SELECT packets_sent, seen_from_peer FROM exchange_peers WHERE me=? AND peer=?",
                 (me.member_id, peer.member_id))
    number, seen = (int(row[0]) + 1, int(row[1])) if row else (1, 0)
    entries, views, headers = _payload_items(ws, plan, peer)
    cards = []
    if me.role is Role.THERAPIST:
        wanted = (plan.team | {e.author for _, e in plan.items}) - {peer.member_id}
        for m in ws.members.list(include_removed=True, include_external=True):
            if m.member_id in wanted:
                cards.append({"member_id": m.member_id, "name": m.name, "role": m.role.value,
                              "credentials": [c.__dict__ for c in m.credentials],
                              "signing_public": m.signing_public, "age_public": m.age_public})
    packet_id = str(uuid.uuid4())
    payload = {
        "packet_id": packet_id, "number": number, "created_at": utc_now(),
        "from": {"member_id": me.member_id, "signing_public": me.signing_public},
        "to": {"member_id": peer.member_id, "age_public": peer.age_public},
        "cases": list(plan.cases), "members": cards, "entries": entries, "views": views,
        "headers": headers, "state": plan.state, "seen": seen,
    }
    key = _signing_key(ws, me.member_id)
    assert key is not None
    data = packets.seal(payload, key, peer.age_public)
    relayed = sum(1 for v in views if v["author"] == me.member_id) \
        if me.role is Role.SURROGATE else 0
    return OutgoingPacket(packet_id, peer.member_id, number, data, tuple(plan.cases),
                          len(entries), len(views) - relayed, len(headers), len(cards),
                          tuple((a, c, top) for (a, c), top in sorted(plan.marks.items())),
                          plan.digest, relayed, tuple(plan.withheld),
                          tuple(dict.fromkeys(CaseId(e.case_id) for _, e in plan.items
                                              if e.case_id is not None)))


def mark_sent(ws: Workspace, packet: OutgoingPacket) -> None:
    """Record that ``packet`` left (was written where the user asked)."""
    db = ws.vault.db
    me = ws.actor.member_id
    with db.transaction():
        db.execute("INSERT INTO exchange_peers (me, peer, packets_sent, last_state) VALUES"
                   " (?,?,?,?) ON CONFLICT (me, peer) DO UPDATE SET packets_sent ="
                   " max(packets_sent, excluded.packets_sent), last_state=excluded.last_state",
                   (me, packet.to, packet.number, packet.state_digest))
        for author, chain, top in packet.marks:
            db.execute("INSERT INTO exchange_chains (me, peer, author, chain, sent, sent_packet)"
                       " VALUES (?,?,?,?,?,?) ON CONFLICT (me, peer, author, chain) DO UPDATE SET"
                       " sent=max(sent, excluded.sent), sent_packet=excluded.sent_packet",
                       (me, packet.to, author, chain, top, packet.number))


def write(ws: Workspace, peer_id: str, path: Path, case_key: str | None = None,
          resend: bool = False) -> OutgoingPacket:
    """Build a packet, write it atomically to ``path``, then record it as sent."""
    packet = build(ws, peer_id, case_key, resend)
    deliver(ws, packet, Path(path))
    return packet


def deliver(ws: Workspace, packet: OutgoingPacket, path: Path) -> None:
    """Write a built packet atomically to ``path``, record its disclosure -- one
    ``disclosure.recorded`` naming the contact and every case it carries part of; none for
    acknowledgements only -- and then mark it sent. If the disclosure cannot be recorded the
    file is removed and nothing is marked sent (the entries go in a later packet)."""
    atomic_write(Path(path), packet.data)
    ws.disclosures.written(Path(path), What.PACKET, packet.carried, To.CONTACT,
                           member_id=packet.to)
    mark_sent(ws, packet)
