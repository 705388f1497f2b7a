"""Signatures: each party signs for themselves (issue 13, point 5).

A consent record (``consent.given``, written by the therapist in her own session) carries:

- the **therapist's** signature: the acting member's own -- its name is her member name, never
  typed by anyone else (a typed name that is not hers is refused);
- the **client's** signature: the name the client typed, which must be the case's client legal
  name (spaces and case aside), with an optional drawn signature -- or a **scan** of the paper
  form the client signed by hand (PDF, PNG or JPEG; the bytes are kept encrypted in the vault's
  ``attachments`` table by SHA-256, the signed body carries ``{sha256, media_type, size}``);
- for a triad agreement, the surrogate partner it is made with (``surrogate_id``, one of the
  case's surrogate partners) -- but never her signature: she countersigns in her own session
  (or her own vault; the entry travels by packet like any other) with a ``consent.signed``
  entry. A ``consent.signed`` is written by the party herself: her member name, the day, the
  record's form hash, an optional drawing.

A record whose form names a party that has not signed is *awaiting signatures*
(``ConsentRecord.awaiting``): it grants nothing until the last party signs, and is in force
from the later of its start and the day of the last signature. Every signing day is a real
day, not after the workspace's today, not before the day the case was opened.

Records stored before this rule (a typed surrogate signature inside ``consent.given``) stay as
they were signed: they count as signed, and are matched to a surrogate partner by name.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad import clock, crypto
from triad.casefile.cases import Change
from triad.casefile.validate import label
from triad.errors import (
    DamagedCode,
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
    VaultDamaged,
)
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile import forms as form_texts
    from triad.casefile.cases import Case
    from triad.casefile.consent import ConsentRecord
    from triad.workspace import Workspace

PARTIES = ("client", "therapist", "surrogate")
MAX_DRAWING_BYTES = 256 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SCAN_MB = 10
MAX_SCAN_BYTES = MAX_SCAN_MB * 1024 * 1024
SCAN_TYPES = ((b"%PDF-", "application/pdf"), (PNG_MAGIC, "image/png"),
              (b"\xff\xd8\xff", "image/jpeg"))
# The party a member's role signs as, when they sign for themselves.
PARTY_OF = {Role.THERAPIST: "therapist", Role.SURROGATE: "surrogate"}


@dataclass(frozen=True)
class Scan:
    """A scan of a paper form, read back from the vault (its SHA-256 checked)."""

    data: bytes
    media_type: str
    sha256: str


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same, spaces and case aside (neither empty)."""
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_drawing(drawing: str | None) -> str | None:
    """A drawn signature (base64 PNG, at most 256 KiB), or None."""
    if not drawing:
        return None
    try:
        raw = base64.b64decode(drawing, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput(InvalidCode.DRAWING, field="signatures.drawing") from exc
    if not raw.startswith(PNG_MAGIC) or len(raw) > MAX_DRAWING_BYTES:
        raise InvalidInput(InvalidCode.DRAWING, field="signatures.drawing")
    return drawing


def scan_type(data: bytes) -> str:
    """The media type of a scan by its first bytes (PDF, PNG, JPEG), refused otherwise or when
    larger than ``MAX_SCAN_MB``."""
    if len(data) > MAX_SCAN_BYTES:
        raise InvalidInput(InvalidCode.SCAN_TOO_LARGE, field="scan", limit=MAX_SCAN_MB)
    for magic, media_type in SCAN_TYPES:
        if data.startswith(magic):
            return media_type
    raise InvalidInput(InvalidCode.SCAN_TYPE, field="scan")


def signing_day(ws: Workspace, text: str | None, field: str, opened_at: str) -> str:
    """A signing day: a valid day (default today), not after the workspace's today, not before
    the day the case was opened."""
    today = ws.local_now()[:10]
    day = clock.day(text, field) if text else today
    if day > today:
        raise InvalidInput(InvalidCode.SIGNED_IN_FUTURE, field=field)
    if day < opened_at[:10]:
        raise InvalidInput(InvalidCode.SIGNED_BEFORE_CASE, field=field, opened=opened_at[:10])
    return day


def triad_surrogate(case: Case, form_id: str, surrogate_id: str | None) -> str | None:
    """The surrogate partner a triad agreement is made with: ``surrogate_id`` (one of the
    case's), or the case's only surrogate partner; None for other forms."""
    from triad.casefile.consent import TRIAD_AGREEMENT

    if form_id != TRIAD_AGREEMENT:
        if surrogate_id:
            raise InvalidInput(InvalidCode.TRIAD_SURROGATE, field="surrogate_id")
        return None
    if not surrogate_id:
        if len(case.surrogate_ids) != 1:
            raise InvalidInput(InvalidCode.TRIAD_SURROGATE, field="surrogate_id")
        return case.surrogate_ids[0]
    if surrogate_id not in case.surrogate_ids:
        raise InvalidInput(InvalidCode.SURROGATE_NOT_ON_CASE, field="surrogate_id")
    return surrogate_id


def given_signatures(ws: Workspace, case: Case, form: form_texts.Form,
                     given: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bytes | None]:
    """The signatures a ``consent.given`` body carries (module docstring), and the scan's
    bytes to store with it (None without a scan)."""
    out: dict[str, dict[str, Any]] = {}
    scan: bytes | None = None
    for s in given:
        party = str(s.get("party", ""))
        if party not in PARTIES:
            raise InvalidInput(InvalidCode.PARTY, field="signatures.party", value=party)
        if party in out:
            raise InvalidInput(InvalidCode.PARTY_TWICE, field="signatures.party", value=party)
        if party == "surrogate":
            raise InvalidInput(InvalidCode.SURROGATE_COUNTERSIGNS, field="signatures.surrogate")
        day = signing_day(ws, s.get("signed_on"), f"signatures.{party}.signed_on", case.opened_at)
        typed = " ".join(label(str(s.get("name") or ""), f"signatures.{party}.name").split())
        sig: dict[str, Any] = {"party": party, "name": typed, "signed_on": day,
                               "form_hash": form.content_hash,
                               "drawing": check_drawing(s.get("drawing"))}
        if party == "therapist":
            if ws.actor.role is not Role.THERAPIST:
                raise PermissionDenied(PermissionCode.ROLE, role=ws.actor.role.value)
            if typed and not same_name(typed, ws.actor.name):
                raise InvalidInput(InvalidCode.SIGNATURE_NOT_OWN, field="signatures.therapist.name",
                                   value=party)
            sig["name"] = ws.actor.name
            sig["member_id"] = ws.actor.member_id
        else:  # the client: a typed name that is theirs, or a scan of the paper form
            raw = s.get("scan")
            if raw is not None:
                scan = bytes(raw)
                sig["scan"] = {"sha256": crypto.sha256_hex(scan), "media_type": scan_type(scan),
                               "size": len(scan)}
                typed = typed or case.client.legal_name
                sig["name"] = typed
            if not typed:
                raise InvalidInput(InvalidCode.SIGNATURE_NAME, field="signatures.client.name")
            if not same_name(typed, case.client.legal_name):
                raise InvalidInput(InvalidCode.CLIENT_NAME_MISMATCH, field="signatures.client.name")
        out[party] = sig
    missing = [p for p in form.parties if p not in out and p != "surrogate"]
    if missing:
        raise InvalidInput(InvalidCode.SIGNATURE_MISSING, field="signatures", parties=missing)
    return [out[p] for p in PARTIES if p in out], scan


def store_scan(ws: Workspace, data: bytes, media_type: str) -> None:
    """Keep a scan's bytes in the vault (encrypted with it; keyed by SHA-256). Call inside the
    transaction that appends the entry naming it."""
    ws.vault.db.execute(
        "INSERT OR IGNORE INTO attachments (sha256, media_type, size, data, added_at)"
        " VALUES (?,?,?,?,?)",
        (crypto.sha256_hex(data), media_type, len(data), data, clock.utc_stamp()))


class SignatureService:
    """Countersigning (``consent.signed``), what awaits whose signature, the form text a
    party reads before signing, and scans."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def form_text(self, case_key: str, form_id: str, version: int | None = None,
                  surrogate_id: str | None = None) -> str:
        """The whole text (Markdown) of a form as the parties read it before signing, its
        ``{placeholders}`` filled as on the printed blank form: the practice, the client code
        (never the name), the therapist and the surrogate partner (``surrogate_id``, else the
        case's)."""
        from triad.casefile import form_words
        from triad.casefile import forms as form_texts

        case_id = self._ws.cases.access.require(case_key)
        case = self._ws.cases.get(case_id)
        names: dict[str, str] = {m.member_id: m.name for m in self._ws.members.list(
            include_removed=True, include_external=True)}
        surrogates = [surrogate_id] if surrogate_id else list(case.surrogate_ids)
        form = form_texts.form(form_id, version)
        words = form_words.words(form.language)  # a German text is filled with German words
        values = {"client_code": case.code, "therapist_name": names.get(case.therapist_id, ""),
                  "surrogate_name": ", ".join(names.get(s, "?") for s in surrogates)
                  or words.no_surrogate,
                  "practice_name": self._ws.practice_name or words.no_practice}
        text = form.text
        return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)

    def awaited(self, record: ConsentRecord) -> list[tuple[str, str | None]]:
        """(party, member id or None) for each signature ``record`` awaits."""
        return [(p, record.surrogate_id if p == "surrogate" else None) for p in record.awaiting]

    def why_not_countersign(self, case_key: str, consent_id: str) -> InvalidInput | None:
        """Why the acting member cannot sign this record now, or None."""
        record = self._ws.consent.get(case_key, consent_id)
        party = PARTY_OF.get(self._ws.actor.role)
        if party is None or party not in record.awaiting:
            if party is not None and any(s.party == party for s in record.signatures):
                return InvalidInput(InvalidCode.ALREADY_SIGNED, field="party", value=party)
            return InvalidInput(InvalidCode.NOT_AWAITING_YOU, field="party")
        if party == "surrogate" and record.surrogate_id != self._ws.actor.member_id:
            return InvalidInput(InvalidCode.NOT_AWAITING_YOU, field="party")
        return None

    def awaiting_me(self, case_key: str) -> list[ConsentRecord]:
        """The case's records that await the acting member's own signature."""
        case_id = self._ws.cases.access.require(case_key)
        return [r for r in self._ws.consent.records(case_id) if r.awaiting
                and self.why_not_countersign(case_id, r.consent_id) is None]

    def countersign(self, case_key: str, consent_id: str, signed_on: str | None = None,
                    name: str | None = None, drawing: str | None = None) -> Change:
        """Sign a record for oneself (a surrogate partner her triad agreement): a
        ``consent.signed`` entry by the acting member, in her member name."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SURROGATE)
        problem = self.why_not_countersign(case_id, consent_id)
        if problem is not None:
            raise problem
        party = PARTY_OF[self._ws.actor.role]
        if name and not same_name(name, self._ws.actor.name):
            raise InvalidInput(InvalidCode.SIGNATURE_NOT_OWN, field="name", value=party)
        record = self._ws.consent.get(case_id, consent_id)
        case = self._ws.cases.get(case_id)
        body = {"consent_id": consent_id, "party": party, "name": self._ws.actor.name,
                "signed_on": signing_day(self._ws, signed_on, "signed_on", case.opened_at),
                "form_hash": record.form_hash, "drawing": check_drawing(drawing)}
        entry = self._ws.append(Kind.CONSENT_SIGNED, body, case_id)
        return Change(entry.id, case_id, entry.kind, consent_id)

    def scan(self, case_key: str, consent_id: str) -> Scan:
        """The scan of the paper form a record's client signature carries (the therapist's
        only), its SHA-256 checked against the signed record."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        record = self._ws.consent.get(case_id, consent_id)
        meta = next((s.scan for s in record.signatures if s.scan), None)
        if meta is None:
            raise NotFound(NotFoundCode.SCAN)
        row = self._ws.vault.db.one("SELECT data, media_type FROM attachments WHERE sha256=?",
                                    (meta["sha256"],))
        if row is None:
            raise NotFound(NotFoundCode.SCAN)
        data = bytes(row[0])
        if crypto.sha256_hex(data) != meta["sha256"]:
            raise VaultDamaged(DamagedCode.SCAN)
        return Scan(data, str(row[1]), meta["sha256"])
