"""The therapist's **private note** on a session (issue 16): apart from the progress note and
readable by its author alone, as HIPAA keeps psychotherapy notes apart from the record.

How that holds in both ways of working (docs/case-format.md, "Private notes"):

- **One shared vault** (several members, one data key). Every member who unlocks the vault
  can read its database, so a service rule alone would not keep the note private. The note's
  text is therefore *sealed to the author's own key*: the X25519 key of her key slot, which
  only her passphrase (or her quick-unlock key) unwraps (``triad.vault.keyslots``). The
  signed entry and the projection hold ciphertext; another member holding the vault and its
  data key reads neither the text nor the reason for an amendment, and the services list a
  member's own private notes only.
- **Packets and case files** carry case chains only. A private note is a *vault-level*
  entry (``note.private``, ``case_id`` none; the case and session it is about are in its
  body), so no export, packet, relay or report can include it -- by construction, not by a
  filter that could be forgotten. The author's own full export (:meth:`export_own`) is the
  one way out, in clear, to a file she chooses.

An amendment is another ``note.private`` entry that ``amends`` the first, its new text and
its reason sealed the same way; the note shows the latest version and keeps every one.

The price of sealing: a passphrase *recovered* with the practice's recovery code gives the
member's slot a new key pair (the code cannot unwrap the old one), and private notes sealed
to the old key can no longer be opened; they are listed as sealed (``readable`` False). A
passphrase *change* keeps the key pair and every note readable.
"""

from __future__ import annotations

import builtins
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag

from triad import crypto
from triad.casefile.cases import Change
from triad.casefile.notes import MEETING, THERAPIST_SESSION
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

KINDS = (THERAPIST_SESSION, MEETING)  # the sessions a therapist writes a private note on


@dataclass(frozen=True)
class PrivateNote:
    """One of the acting member's private notes, opened with her key. ``readable`` False: the
    note is sealed to a key she no longer holds (a recovered passphrase), ``text`` blank."""

    note_id: str
    case_id: str
    session_id: str
    recorded_at: str
    entry_id: str
    text: str
    readable: bool = True
    amended: bool = False
    amended_at: str = ""
    reasons: tuple[str, ...] = ()  # the reasons given for each amendment, oldest first


def _aad(vault_id: str, author: str, note_id: str) -> bytes:
    return f"triad-private-note|{vault_id}|{author}|{note_id}".encode()


class PrivateNoteService:
    """Write, amend, list and export the acting member's own private notes."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def _public(self) -> str:
        slot = self._ws.vault.slots.slot_for_member_id(self._ws.actor.member_id)
        if slot is None:  # pragma: no cover - an open workspace always has its slot
            raise NotFound(NotFoundCode.MEMBER)
        return slot.public

    def _seal(self, note_id: str, content: dict[str, str]) -> dict[str, Any]:
        public = self._public()
        box = crypto.seal(crypto.b64d(public), crypto.canonical_json(content),
                          _aad(self._ws.vault.slots.vault_id, self._ws.actor.member_id, note_id))
        return {"to": public, "sealed": box}

    def _open(self, note_id: str, version: dict[str, Any]) -> dict[str, str] | None:
        try:
            raw = crypto.unseal(self._ws.slot_private, version["sealed"],
                                _aad(self._ws.vault.slots.vault_id, self._ws.actor.member_id,
                                     note_id))
        except (InvalidTag, ValueError, KeyError):
            return None
        content = json.loads(raw)
        return content if isinstance(content, dict) else None

    def why_not(self, case_id: str, kind: str, starts_at: str) -> InvalidInput | None:
        """Why no private note can be written on a session of ``kind`` at ``starts_at``."""
        if kind not in KINDS:
            return InvalidInput(InvalidCode.NOT_THERAPIST_SESSION, field="session_id")
        if starts_at > self._ws.local_now():
            return InvalidInput(InvalidCode.SESSION_NOT_YET, field="session_id")
        return None

    def write(self, session_id: str, text: str) -> Change:
        """A private note on a therapist session or three-way meeting of the acting
        therapist's case. The Change names no case: the entry is the author's alone."""
        session = self._ws.sessions.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.THERAPIST)
        problem = self.why_not(session.case_id, session.kind, session.starts_at)
        if problem is not None:
            raise problem
        if not text.strip():
            raise InvalidInput(InvalidCode.NOTE_EMPTY, field="text")
        note_id = str(uuid.uuid4())
        body = {"note_id": note_id, "case_id": session.case_id, "session_id": session_id,
                **self._seal(note_id, {"text": text.strip()})}
        entry = self._ws.append(Kind.NOTE_PRIVATE, body)
        return Change(entry.id, None, entry.kind, note_id)

    def amend(self, note_id: str, text: str, reason: str) -> Change:
        """A new version of one of the acting member's own private notes, with its reason
        (both sealed); the earlier versions stay in the log."""
        row = self._row(note_id)
        self._ws.cases.access.require(row[0], Role.THERAPIST)
        if not reason.strip():
            raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
        if not text.strip():
            raise InvalidInput(InvalidCode.NOTE_EMPTY, field="text")
        body = {"note_id": str(uuid.uuid4()), "amends": note_id, "case_id": row[0],
                "session_id": row[1],
                **self._seal(note_id, {"text": text.strip(), "reason": reason.strip()})}
        entry = self._ws.append(Kind.NOTE_PRIVATE, body)
        return Change(entry.id, None, entry.kind, note_id)

    def _row(self, note_id: str) -> tuple[Any, ...]:
        row = self._ws.vault.db.one(
            "SELECT case_id, session_id, data, entry_id, recorded_at FROM private_notes"
            " WHERE note_id=? AND author=?", (note_id, self._ws.actor.member_id))
        if row is None:  # another member's note is not found, as if it did not exist
            raise NotFound(NotFoundCode.NOTE)
        return tuple(row)

    def _note(self, note_id: str, row: tuple[Any, ...]) -> PrivateNote:
        case_id, session_id, data, entry_id, at = row
        versions = json.loads(data)["versions"]
        opened = [self._open(note_id, v) for v in versions]
        latest = opened[-1]
        return PrivateNote(
            note_id, str(case_id), str(session_id), str(at), str(entry_id),
            latest.get("text", "") if latest else "", readable=latest is not None,
            amended=len(versions) > 1, amended_at=versions[-1]["at"] if len(versions) > 1 else "",
            reasons=tuple(o.get("reason", "") for o in opened[1:] if o))

    def get(self, note_id: str) -> PrivateNote:
        """One of the acting member's own private notes (NotFound for anyone else's)."""
        return self._note(note_id, self._row(note_id))

    def mine(self, case_key: str, session_id: str | None = None) -> builtins.list[PrivateNote]:
        """The acting member's own private notes on the case (or one session), oldest first.
        Nobody else's, whatever their role."""
        case_id = self._ws.cases.access.require(case_key)
        sql = ("SELECT note_id, case_id, session_id, data, entry_id, recorded_at"
               " FROM private_notes WHERE author=? AND case_id=?")
        params: tuple[Any, ...] = (self._ws.actor.member_id, case_id)
        if session_id is not None:
            sql += " AND session_id=?"
            params += (session_id,)
        rows = self._ws.vault.db.rows(sql + " ORDER BY recorded_at, entry_id", params)
        return [self._note(str(r[0]), tuple(r[1:])) for r in rows]

    def export_own(self) -> dict[str, Any]:
        """The acting member's full export of her own private notes, every case, opened: the
        one way they leave the vault (to a file she chooses; never in a packet or case file).
        Case codes, not client names."""
        rows = self._ws.vault.db.rows(
            "SELECT p.note_id, p.case_id, p.session_id, p.data, p.entry_id, p.recorded_at,"
            " c.code, s.starts_at FROM private_notes p LEFT JOIN cases c ON c.case_id=p.case_id"
            " LEFT JOIN sessions s ON s.session_id=p.session_id WHERE p.author=?"
            " ORDER BY c.code, s.starts_at, p.recorded_at, p.entry_id",
            (self._ws.actor.member_id,))
        notes = []
        for r in rows:
            note = self._note(str(r[0]), tuple(r[1:6]))
            notes.append({"case": r[6] or note.case_id, "session_starts_at": r[7] or "",
                          "note_id": note.note_id, "written_at": note.recorded_at,
                          "text": note.text, "readable": note.readable,
                          "amendment_reasons": list(note.reasons)})
        return {"format": "triad-private-notes", "version": 1,
                "author": self._ws.actor.name, "notes": notes}
