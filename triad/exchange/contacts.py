"""Contacts: members of other vaults whose identity card was imported here and whose
fingerprint was confirmed out of band. Who is in a practice is sensitive, so contacts live
only inside the encrypted vault, as signed vault-level entries:

- ``member.imported`` (the card's public facts; ``source: "card"``), the same entry kind the
  JSON import uses, so the members projection and ``verify`` know the keys;
- ``contact.confirmed`` (``member_id``, ``fingerprint``): the acting member confirmed it.

A contact is removed with ``member.removed``; packets from a removed contact are refused. A
removed contact is added again by importing their card once more, with the fingerprint
confirmed again (a therapist does this in a vault of several members, as for removing): one
more ``contact.confirmed`` entry makes them active again (``CaseFileProjection`` clears the
removal). Nothing is lost on the way: their signed entries, the cases they are on and the
per-chain exchange state stay, so exchange resumes where it stopped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad.casefile.cases import Change
from triad.casefile.members import added_body
from triad.errors import ExchangeCode, ExchangeError, InvalidCode, InvalidInput
from triad.exchange.cards import IdentityCard, normalise_fingerprint
from triad.i18n import sort_key
from triad.log.entries import MemberId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class Contact:
    """Someone this vault exchanges case packets with."""

    member_id: MemberId
    name: str
    role: Role
    fingerprint: str
    confirmed_at: str
    active: bool
    outbox: str | None = None
    inbox: str | None = None


def contacts(ws: Workspace, include_removed: bool = False) -> list[Contact]:
    db = ws.vault.db
    confirmed: dict[str, tuple[str, str]] = {}
    for body, created_at in db.rows(
            "SELECT body, created_at FROM entries WHERE case_id IS NULL AND kind='contact.confirmed'"  # vault-level: the entries_case index
            " ORDER BY local_order"):
        b = json.loads(body)
        confirmed[str(b["member_id"])] = (str(b["fingerprint"]), str(created_at))
    folders = {r[0]: (r[1], r[2]) for r in db.rows(
        "SELECT peer, outbox, inbox FROM exchange_folders")}
    out = []
    for m in ws.members.list(include_removed=True, include_external=True):
        if m.member_id not in confirmed or not m.external:
            continue
        if not m.active and not include_removed:
            continue
        fp, at = confirmed[m.member_id]
        outbox, inbox = folders.get(m.member_id, (None, None))
        out.append(Contact(m.member_id, m.name, m.role, fp, at, m.active, outbox, inbox))
    return sorted(out, key=lambda c: (sort_key(c.name), c.member_id))  # „Öz…“ beside O


def contact(ws: Workspace, member_id: str, active: bool = True) -> Contact:
    """The confirmed contact with this id; ExchangeError ``not-a-contact`` (or
    ``contact-removed`` when ``active`` is asked for and they were removed)."""
    for c in contacts(ws, include_removed=True):
        if c.member_id == member_id:
            if active and not c.active:
                raise ExchangeError(ExchangeCode.CONTACT_REMOVED)
            return c
    raise ExchangeError(ExchangeCode.NOT_A_CONTACT)


def find_contact(ws: Workspace, name: str) -> Contact:
    """The active contact with this name (compared as member names are)."""
    from triad.vault.keyslots import normalise_name

    wanted = normalise_name(name)
    found = [c for c in contacts(ws) if normalise_name(c.name) == wanted]
    if len(found) != 1:
        raise ExchangeError(ExchangeCode.NOT_A_CONTACT if not found
                            else ExchangeCode.AMBIGUOUS_CONTACT)
    return found[0]


def import_card(ws: Workspace, card: IdentityCard, confirmed_fingerprint: str) -> Contact:
    """Add the card's owner as a contact, once the user has confirmed (typed, or read back)
    the fingerprint the owner reads to them. All or nothing."""
    if normalise_fingerprint(confirmed_fingerprint) != card.fingerprint:
        raise ExchangeError(ExchangeCode.FINGERPRINT_MISMATCH)
    db = ws.vault.db
    row = db.one("SELECT external, signing_public, age_public, role, removed_at FROM members"
                 " WHERE member_id=?", (card.member_id,))
    if row is not None:
        if not row[0]:
            raise ExchangeError(ExchangeCode.OWN_CARD)  # yours, or a member of this very vault
        if (row[1], row[2]) != (card.signing_public, card.age_public):
            raise ExchangeError(ExchangeCode.KEY_CONFLICT)
        if row[3] != card.role.value:
            raise ExchangeError(ExchangeCode.ROLE_CONFLICT)
        if row[4] is not None:
            _require_manager(ws)  # undoing a removal is a therapist's call, as removing is
    from triad.vault.keyslots import normalise_name

    wanted = normalise_name(card.name)
    if any(normalise_name(m.name) == wanted and m.member_id != card.member_id
           for m in ws.members.list(include_external=True)):
        raise InvalidInput(InvalidCode.NAME_TAKEN, field="name")
    with db.transaction():
        if row is None:
            ws.append(Kind.MEMBER_IMPORTED, {
                **added_body(card.member_id, card.name, card.role, card.credentials,
                             card.signing_public, card.age_public), "source": "card"})
        active = {c.member_id for c in contacts(ws)}
        if card.member_id not in active:  # new, or removed and now confirmed again
            ws.append(Kind.CONTACT_CONFIRMED, {"member_id": card.member_id,
                                            "fingerprint": card.fingerprint})
    return contact(ws, card.member_id)


def _require_manager(ws: Workspace) -> None:
    """A therapist, or the member of a single-member vault."""
    locals_ = [m for m in ws.members.list() if not m.external]
    if len(locals_) > 1:
        ws.require(Role.THERAPIST)


def remove_contact(ws: Workspace, member_id: str) -> Contact:
    """Stop exchanging with a contact: their later packets are refused; what they signed
    stays, and importing their card again (fingerprint confirmed) adds them back. A therapist
    does this, or the member of a single-member vault."""
    _require_manager(ws)
    c = contact(ws, member_id)
    ws.append(Kind.MEMBER_REMOVED, {"member_id": c.member_id})
    return contact(ws, member_id, active=False)


def share(ws: Workspace, case_key: str, member_id: str) -> Change | None:
    """Add a confirmed contact to the case's triad in their role (its therapist only).
    None when they are already in it."""
    case_id = ws.cases.access.require(case_key, Role.THERAPIST)
    c = contact(ws, member_id)
    case = ws.cases.get(case_id)
    if c.role is Role.SURROGATE:
        if c.member_id in case.surrogate_ids:
            return None
        return ws.cases.set_team(case_id, (*case.surrogate_ids, c.member_id), case.supervisor_id)
    if c.role is Role.SUPERVISOR:
        if case.supervisor_id == c.member_id:
            return None
        return ws.cases.set_team(case_id, case.surrogate_ids, c.member_id)
    raise ExchangeError(ExchangeCode.THERAPIST_CONTACT)

