"""Members of a practice: therapists, surrogate partners and supervisors.

Public facts about a member (name, role, credentials, public keys) are a projection of the
``member.added`` / ``member.removed`` entries. Private keys (Ed25519 for signing, an age X25519
identity for exchange packets) live in ``member_keys`` inside the encrypted database.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from triad import crypto
from triad.casefile.handover import cases_held_by
from triad.casefile.validate import label
from triad.errors import InvalidCode, InvalidInput, PermissionCode, PermissionDenied, UnknownMember
from triad.log.entries import Entry, MemberId
from triad.log.kinds import Kind
from triad.roles import MIN_PASSPHRASE, Role
from triad.strength import rate
from triad.vault.database import Database
from triad.vault.keyslots import PassphraseChange

if TYPE_CHECKING:
    from triad.workspace import Workspace

__all__ = ["MIN_PASSPHRASE", "Credential", "Member", "MemberService", "Role"]


@dataclass(frozen=True)
class Credential:
    """A professional credential: issuing body, number, valid until (ISO date or None)."""

    body: str
    number: str
    valid_until: str | None = None

    def valid_on(self, day: date) -> bool:
        return self.valid_until is None or date.fromisoformat(self.valid_until) >= day


@dataclass(frozen=True)
class Member:
    member_id: MemberId
    name: str
    role: Role
    credentials: tuple[Credential, ...]
    signing_public: str
    age_public: str
    added_at: str
    removed_at: str | None
    external: bool = False

    @property
    def active(self) -> bool:
        return self.removed_at is None


class MembersProjection:
    """Keeps the ``members`` table equal to the member entries of the log."""

    tables: tuple[str, ...] = ("members", "custodians")

    def apply(self, db: Database, entry: Entry) -> None:
        b = entry.body
        if entry.kind in ("member.added", "member.imported"):
            db.execute(
                "INSERT OR IGNORE INTO members (member_id, name, role, credentials, signing_public,"
                " age_public, added_at, added_by, external) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    b["member_id"], b["name"], b["role"], json.dumps(b.get("credentials", [])),
                    b["signing_public"], b["age_public"], entry.created_at, entry.author,
                    int(entry.kind == "member.imported"),
                ),
            )
        elif entry.kind == "case.imported":
            db.execute("INSERT OR IGNORE INTO custodians (case_id, member_id) VALUES (?,?)",
                       (b["case_id"], entry.author))
        elif entry.kind == "member.credential_recorded":
            # appended to the member's list: a credential is never replaced, a renewal is added
            db.execute(
                "UPDATE members SET credentials = json_insert(credentials, '$[#]', json(?))"
                " WHERE member_id=?", (json.dumps(b["credential"]), b["member_id"]))
        elif entry.kind == "member.removed":
            db.execute(
                "UPDATE members SET removed_at=?, removed_by=? WHERE member_id=?",
                (entry.created_at, entry.author, b["member_id"]),
            )


def check_name(name: str) -> str:
    """A member's name, whitespace collapsed: 1 to 200 characters, no control character or
    text-direction override (``validate.label``)."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput(InvalidCode.NAME, field="name")
    if len(clean) > 200:  # said as too long, not as missing (issue 14, minor 16)
        raise InvalidInput(InvalidCode.TOO_LONG, field="name", maximum=200)
    return label(clean, "name")


def check_passphrase(passphrase: str) -> bytes:
    """A new passphrase: at least ``MIN_PASSPHRASE`` characters and hard enough to guess
    (``triad.strength``)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(InvalidCode.PASSPHRASE_TOO_SHORT, field="passphrase", minimum=MIN_PASSPHRASE)
    strength = rate(passphrase)
    if not strength.enough:
        # zxcvbn's generic feedback ("This is a top-10 common password."), never the passphrase
        raise InvalidInput(InvalidCode.PASSPHRASE_WEAK, field="passphrase",
                           feedback=strength.feedback())
    return passphrase.encode("utf-8")


def _validate_credentials(credentials: tuple[Credential, ...]) -> None:
    for c in credentials:
        label(c.body, "credential.body")
        label(c.number, "credential.number")
        if c.valid_until is not None:
            try:
                date.fromisoformat(c.valid_until)
            except ValueError as exc:
                raise InvalidInput(InvalidCode.DATE, field="credential.valid_until") from exc


def _row_to_member(row: tuple[Any, ...]) -> Member:
    return Member(
        member_id=MemberId(row[0]),
        name=row[1],
        role=Role(row[2]),
        credentials=tuple(Credential(**c) for c in json.loads(row[3])),
        signing_public=row[4],
        age_public=row[5],
        added_at=row[6],
        removed_at=row[7],
        external=bool(row[8]),
    )


_SELECT = (
    "SELECT member_id, name, role, credentials, signing_public, age_public, added_at, removed_at,"
    " external FROM members"
)


def new_member_keys(db: Database, member_id: MemberId) -> tuple[str, str]:
    """Create and store a member's signing key and age identity; returns the public halves."""
    import pyrage

    signing_private, signing_public = crypto.ed25519_generate()
    identity = pyrage.x25519.Identity.generate()
    db.execute(
        "INSERT INTO member_keys (member_id, signing_private, age_identity) VALUES (?,?,?)",
        (member_id, signing_private, str(identity)),
    )
    return crypto.b64e(signing_public), str(identity.to_public())


def added_body(
    member_id: MemberId, name: str, role: Role, credentials: tuple[Credential, ...],
    signing_public: str, age_public: str,
) -> dict[str, Any]:
    return {
        "member_id": member_id,
        "name": name,
        "role": role.value,
        "credentials": [c.__dict__ for c in credentials],
        "signing_public": signing_public,
        "age_public": age_public,
    }


class MemberService:
    """Add, list and remove members; change the acting member's passphrase."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    @property
    def _db(self) -> Database:
        return self._ws.vault.db

    def list(self, include_removed: bool = False, include_external: bool = False) -> list[Member]:
        """Members who hold a key slot here; ``include_external`` adds authors known only from
        imported case files."""
        clauses = ([] if include_removed else ["removed_at IS NULL"]) + (
            [] if include_external else ["external = 0"])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [_row_to_member(r) for r in self._db.rows(_SELECT + where + " ORDER BY added_at")]

    def get(self, member_id: str) -> Member:
        row = self._db.one(_SELECT + " WHERE member_id=?", (member_id,))
        if row is None:
            raise UnknownMember()
        return _row_to_member(row)

    def find(self, name: str) -> Member:
        """The active member with this name (compared as the slot lookup compares)."""
        from triad.vault.keyslots import normalise_name

        wanted = normalise_name(name)
        for m in self.list():
            if normalise_name(m.name) == wanted:
                return m
        raise UnknownMember()

    def add(
        self, name: str, role: Role, passphrase: str, credentials: tuple[Credential, ...] = ()
    ) -> Member:
        """A new member with their own key slot. Therapists only."""
        self._ws.require(Role.THERAPIST)
        name, role = check_name(name), Role(role)
        secret = check_passphrase(passphrase)
        _validate_credentials(credentials)
        vault = self._ws.vault
        lookup = vault.slots.lookup_tag(name)
        if any(s.lookup == lookup for s in vault.slots.member_slots()):
            raise InvalidInput(InvalidCode.NAME_TAKEN, field="name")
        member_id = MemberId(str(uuid.uuid4()))
        slot = vault.new_slot("member", secret, member_id, lookup)
        with self._db.transaction():
            signing_public, age_public = new_member_keys(self._db, member_id)
            self._ws.append(
                Kind.MEMBER_ADDED,
                added_body(member_id, name, role, credentials, signing_public, age_public),
            )
            # The slot file is written last inside the transaction: if it fails, the
            # database rolls back; if the commit then fails, the slot names no member and
            # is ignored.
            vault.save_slots(vault.slots.with_slot(slot))
        return self.get(member_id)

    def record_credential(self, member_id: str, credential: Credential) -> Member:
        """Add a credential (a licence, a certification, a renewal) to a member: a therapist
        for anyone, any member for themselves. Earlier credentials stay: the audit checks each
        session against the credentials valid on its day."""
        member = self.require_active(member_id)
        if member.member_id != self._ws.actor.member_id:
            self._ws.require(Role.THERAPIST)
        if not credential.body.strip() or not credential.number.strip():
            raise InvalidInput(InvalidCode.CREDENTIAL, field="credential")
        credential = Credential(" ".join(credential.body.split()),
                                " ".join(credential.number.split()), credential.valid_until or None)
        _validate_credentials((credential,))
        self._ws.append(Kind.MEMBER_CREDENTIAL_RECORDED,
                        {"member_id": member.member_id, "credential": credential.__dict__})
        return self.get(member.member_id)

    def remove(self, name: str) -> Member:
        """Remove a member: their slot is deleted and the vault re-keyed, so their old
        passphrase opens nothing. Their signed entries stay. Therapists only. A therapist
        who still holds cases (``cases_held_by``) is not removed until they are handed over."""
        self._ws.require(Role.THERAPIST)
        member = self.find(name)
        if member.member_id == self._ws.actor.member_id:
            raise InvalidInput(InvalidCode.CANNOT_REMOVE_SELF, field="name")
        if member.role is Role.THERAPIST and not any(
            m.role is Role.THERAPIST and m.member_id != member.member_id for m in self.list()
        ):
            raise InvalidInput(InvalidCode.LAST_THERAPIST, field="name")
        held = cases_held_by(self._db, member.member_id)
        if held:  # a case is never left without a therapist who holds it (issue 17)
            raise InvalidInput(InvalidCode.HOLDS_CASES, field="name", cases=", ".join(held))
        with self._ws.vault.exclusive():  # refuse before writing if the vault is open elsewhere
            self._ws.append(Kind.MEMBER_REMOVED, {"member_id": member.member_id})
            self._ws.complete_removals()
        return self.get(member.member_id)

    def change_passphrase(self, new_passphrase: str) -> PassphraseChange:
        """Re-wrap the acting member's slot under a new passphrase. The slot records the
        change, which the caller logs (Workspace.change_passphrase; see PassphraseChange)."""
        secret = check_passphrase(new_passphrase)
        vault = self._ws.vault
        slot = vault.slots.slot_for_member_id(self._ws.actor.member_id)
        if slot is None:
            raise UnknownMember()
        change = PassphraseChange.new("member.passphrase_changed")
        vault.save_slots(vault.slots.with_slot(
            vault.slots.rewrap(slot, self._ws.slot_private, secret, change)))
        return change

    def require_active(self, member_id: str) -> Member:
        member = self.get(member_id)
        if not member.active:
            raise PermissionDenied(PermissionCode.MEMBER_REMOVED)
        return member
