"""The one entry object: an unlocked vault plus the member acting in it.

    with Workspace.open(path, passphrase) as ws:   # or .open_quick / .recover / .restore
        ws.members.add("Ana", Role.SURROGATE, "their passphrase")
        report = ws.verify()
    # closed here (locked: keys dropped), also when the block raised

    with Workspace.create(path, name="Dr A", role=Role.THERAPIST,
                          passphrase="...").workspace as ws:
        ...

Every service checks the acting member's role itself; a UI that forgets to hide a button
still cannot do what the role does not allow.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from triad import crypto
from triad.audit import AuditService
from triad.audit.cosign import CosignService
from triad.audit.queue import FindingsQueue
from triad.casefile.aids import AidService
from triad.casefile.amendments import AmendmentService
from triad.casefile.capacity import CapacityService
from triad.casefile.cases import CaseService
from triad.casefile.consent import ConsentService
from triad.casefile.custody import CustodyService
from triad.casefile.derived import derive_flags
from triad.casefile.disclosures import DisclosureService, To, What
from triad.casefile.disposal import DisposalService
from triad.casefile.drafts import DraftService
from triad.casefile.handover import HandoverService
from triad.casefile.measures import MeasureService
from triad.casefile.members import (
    Credential,
    Member,
    MemberService,
    MembersProjection,
    added_body,
    check_name,
    check_passphrase,
    new_member_keys,
)
from triad.casefile.notes import NoteService
from triad.casefile.outcomes import OutcomeService
from triad.casefile.plans import PlanService
from triad.casefile.private_notes import PrivateNoteService
from triad.casefile.report_language import ReportLanguageService
from triad.casefile.requests import RequestService
from triad.casefile.retention import RetentionService
from triad.casefile.scheduling import SchedulingService
from triad.casefile.sessions import SessionService
from triad.casefile.signatures import SignatureService
from triad.casefile.week import WeekService
from triad.clock import utc_stamp
from triad.errors import (
    InvalidCode,
    InvalidInput,
    PermissionCode,
    PermissionDenied,
    QuickUnlockReason,
    RemovedMember,
    StorageFailed,
    TriadError,
    UnknownMember,
    VaultCode,
    VaultError,
    VaultOlder,
)
from triad.exchange.service import ExchangeService
from triad.log.checkpoint import FULL_CHECK_META, Checkpoint, derive_key
from triad.log.entries import (
    VAULT_CHAIN,
    CaseId,
    Entry,
    EntryLog,
    MemberId,
    VerifyCancelled,
    VerifyReport,
)
from triad.log.kinds import Kind, may_author
from triad.log.projection import CaseFileProjection
from triad.roles import Role
from triad.transfer.case_json import InterchangeService
from triad.vault import quickunlock, recovery, seen
from triad.vault.database import Database
from triad.vault.folder import Unlocked, Vault, move_into_place, remove_tree, staging_for
from triad.vault.keyslots import PassphraseChange, Slot, SlotFile

if TYPE_CHECKING:
    from triad.reports.service import ReportService

PROJECTIONS = (MembersProjection(), CaseFileProjection(derive_flags))
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class VaultReport:
    """What ``verify`` found: the log's report, and slots using the insecure test KDF."""

    log: VerifyReport
    weak_slots: int
    behind: seen.Behind | None = None
    """Older than the vault last opened on this computer, and opened on record in this session
    (not damage: every signature may hold; see triad/vault/seen.py)."""

    @property
    def ok(self) -> bool:
        return self.log.ok


@dataclass(frozen=True)
class Created:
    workspace: Workspace
    recovery_code: str


REASON_MAX = 500  # characters of the reason an older vault was opened anyway


def _older_reason(behind: seen.Behind | None, accept_older: str | None) -> str:
    """The reason to open an older vault anyway; VaultOlder when there is none (the refusal),
    InvalidInput when it is blank or too long. Empty when the vault is not older."""
    if behind is None:
        return ""
    if accept_older is None:
        raise VaultOlder(behind.missing, behind.day)
    reason = accept_older.strip()
    if not reason:
        raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
    if len(reason) > REASON_MAX:
        raise InvalidInput(InvalidCode.TOO_LONG, field="reason")
    return reason


def _pick_slot(slots: SlotFile, member: str | None) -> Slot:
    if member:
        slot = slots.find_member(member)
    else:
        members = slots.member_slots()
        slot = members[0] if members else None
    if slot is None:
        raise UnknownMember()
    return slot


class Workspace:
    """An open vault and its acting member, with the services built on them."""

    def __init__(self, vault: Vault, unlocked: Unlocked) -> None:
        self.vault = vault
        self.behind: seen.Behind | None = None
        """Set at unlock when the vault was older than the one last opened on this computer
        (a folder put back from a copy: see triad/vault/seen.py) and the member opened it on
        record (``accept_older``); front ends say so. Without that the open is refused."""
        self._seen_key = derive_key(vault.db, seen.PURPOSE)  # this computer's file's MAC key
        self.slot_id = unlocked.slot.slot_id
        self.slot_private = unlocked.private
        self.clock: Clock = system_clock
        self.log = EntryLog(vault.db, PROJECTIONS, Checkpoint(vault.db))
        self.members = MemberService(self)
        self.cases = CaseService(self)
        self.consent = ConsentService(self)
        self.signatures = SignatureService(self)
        self.capacity = CapacityService(self)
        self.aids = AidService(self)
        self.plans = PlanService(self)
        self.sessions = SessionService(self)
        self.outcomes = OutcomeService(self)  # what happened to each session (issue 16)
        self.scheduling = SchedulingService(self)  # conflicts, series, reschedule (issue 16)
        self.measures = MeasureService(self)
        self.amendments = AmendmentService(self)
        self.interchange = InterchangeService(self)
        self.audit = AuditService(self)
        self.cosign = CosignService(self)
        self.findings = FindingsQueue(self)
        self.exchange = ExchangeService(self)
        self.drafts = DraftService(self)
        self.week = WeekService(self)  # the Agenda: sessions across cases (issue 16)
        self.notes = NoteService(self)
        self.private_notes = PrivateNoteService(self)
        self.disclosures = DisclosureService(self)  # the accounting of disclosures (issue 17)
        self.retention = RetentionService(self)  # retention periods (issue 17)
        self.disposal = DisposalService(self)  # disposal and its register (issue 17)
        self.requests = RequestService(self)  # the client's access and amendment requests (17)
        self.handover = HandoverService(self)  # issue 17: hand-over to another therapist
        self.custody = CustodyService(self)  # issue 17: the records custodian
        self.report_language = ReportLanguageService(self)  # issue 19: printed documents
        self.actor: Member = self.members.get(unlocked.slot.member_id or "")
        row = vault.db.one(
            "SELECT signing_private FROM member_keys WHERE member_id=?", (self.actor.member_id,)
        )
        if row is None:
            raise UnknownMember()
        self._signing_key: bytes = bytes(row[0])
        self._signer: crypto.SigningKey = crypto.signer(self._signing_key)

    # -- opening --
    @classmethod
    def create(
        cls, path: Path, *, name: str, role: Role, passphrase: str, practice_name: str = "",
        credentials: tuple[Credential, ...] = (), clock: Clock | None = None,
    ) -> Created:
        """A new vault at ``path`` (a folder) with its first member and a recovery code. It is
        built in a hidden sibling folder and renamed into place when complete: on a full disk
        nothing is left behind."""
        name, secret, role = check_name(name), check_passphrase(passphrase), Role(role)
        folder = Path(path)
        from triad.vault.folder import check_new_path

        check_new_path(folder)
        staging = staging_for(folder, "creating")
        try:
            slots, data_key = Vault.create_files(staging)
        except BaseException:
            remove_tree(staging)
            raise
        code = recovery.new_code()
        import uuid

        member_id = MemberId(str(uuid.uuid4()))
        member_slot = slots.new_slot("member", secret, data_key, member_id, slots.lookup_tag(name))
        recovery_slot = slots.new_slot("recovery", recovery.normalise(code).encode(), data_key)
        slots = slots.with_slot(member_slot).with_slot(recovery_slot)
        from triad.vault.folder import VaultLock

        try:
            vault = Vault(staging, slots, data_key, VaultLock(staging), new=True)
        except BaseException:
            remove_tree(staging)
            raise
        try:
            with vault.db.transaction():
                signing_public, age_public = new_member_keys(vault.db, member_id)
                vault.db.set_meta("practice_name", practice_name.strip())
                vault.db.set_meta("vault_id", slots.vault_id)
                log = EntryLog(vault.db, PROJECTIONS, Checkpoint(vault.db))
                row = vault.db.one(
                    "SELECT signing_private FROM member_keys WHERE member_id=?", (member_id,)
                )
                assert row is not None
                stamp = utc_stamp((clock or system_clock)())
                log.append(
                    member_id, bytes(row[0]), Kind.MEMBER_ADDED,
                    added_body(member_id, name, role, credentials, signing_public, age_public),
                    created_at=stamp,
                )
            vault.save_slots(slots)
            vault.close()
            move_into_place(staging, folder)  # the vault exists from this moment
        except BaseException:
            vault.close()
            remove_tree(staging)
            raise
        private = slots.unlock(member_slot, secret)
        return Created(cls._finish(folder, slots, Unlocked(member_slot, private)), code)

    @classmethod
    def open(cls, path: Path, passphrase: str, member: str | None = None, *,
             accept_older: str | None = None) -> Workspace:
        """Unlock with a member's passphrase. ``member`` is a name; without it, the vault's
        first member. WrongPassphrase / UnknownMember / VaultMissing / VaultDamaged; VaultOlder
        when the vault is older than the one last opened on this computer, unless
        ``accept_older`` gives the reason to open it anyway (recorded as a signed
        ``vault.older_accepted`` entry)."""
        folder = Path(path)
        slots = Vault.read_slots(folder)
        slot = _pick_slot(slots, member)
        private = slots.unlock(slot, passphrase.encode("utf-8"))
        return cls._finish(folder, slots, Unlocked(slot, private), accept_older)

    @classmethod
    def open_quick(cls, path: Path, member: str | None = None, *,
                   accept_older: str | None = None) -> Workspace:
        """Unlock with the key kept in the OS keyring, or QuickUnlockUnavailable (VaultOlder and
        ``accept_older`` as :meth:`open`)."""
        from triad.errors import QuickUnlockUnavailable

        folder = Path(path)
        slots = Vault.read_slots(folder)
        slot = _pick_slot(slots, member)
        if slot.quick is None:
            raise QuickUnlockUnavailable(QuickUnlockReason.NOT_ENABLED)
        key = quickunlock.load_key(slots.vault_id, slot.slot_id)
        private = slots.unlock_quick(slot, key)
        return cls._finish(folder, slots, Unlocked(slot, private), accept_older)

    @classmethod
    def recover(
        cls, path: Path, code: str, new_passphrase: str, member: str | None = None, *,
        accept_older: str | None = None,
    ) -> Workspace:
        """Use the recovery code to give ``member`` (default: the first member) a new
        passphrase. The code's checksum is checked before any key derivation. A vault older
        than the one last opened here is refused before the new passphrase is set (VaultOlder,
        ``accept_older`` as :meth:`open`)."""
        compact = recovery.normalise(code)
        secret = check_passphrase(new_passphrase)
        folder = Path(path)
        slots = Vault.read_slots(folder)
        target = _pick_slot(slots, member)
        rslot = slots.recovery_slot()
        if rslot is None:
            raise VaultError(VaultCode.NO_RECOVERY_SLOT)
        rprivate = slots.unlock(rslot, compact.encode())
        vault = Vault.open_with(folder, slots, Unlocked(rslot, rprivate))
        try:
            behind = seen.check(vault.slots.vault_id, vault.db, derive_key(vault.db, seen.PURPOSE))
            reason = _older_reason(behind, accept_older)
            old = vault.slots.slot_for_member_id(target.member_id or "")
            if old is None:
                raise UnknownMember()
            if vault.db.one("SELECT 1 FROM members WHERE member_id=? AND removed_at IS NOT NULL",
                            (old.member_id,)):
                raise RemovedMember()  # a removal cut short: no new passphrase for her slot
            change = PassphraseChange.new("member.passphrase_recovered")
            fresh = replace(vault.new_slot("member", secret, old.member_id, old.lookup, old.slot_id),
                            change=change)
            vault.save_slots(vault.slots.with_slot(fresh))
            if old.quick is not None:
                quickunlock.forget_key(vault.slots.vault_id, old.slot_id)
            ws = cls(vault, Unlocked(fresh, vault.slots.unlock(fresh, secret)))
        except BaseException:
            vault.close()
            raise
        ws._log_change(change)  # a crash before this: the next unlock appends it
        if behind is not None:
            try:
                ws._accept_older(behind, reason)
            except BaseException:
                ws.close()
                raise
        return ws

    @classmethod
    def restore(
        cls, backup: Path, path: Path, passphrase: str, member: str | None = None
    ) -> tuple[Workspace, VaultReport]:
        """Restore a backup file into a new vault folder and verify it. The folder appears
        only if the backup is intact and the passphrase opens it."""
        folder = Path(path)
        from triad.vault.folder import check_new_path

        check_new_path(folder)
        slots, db_bytes = Vault.unpack_backup(Path(backup))
        slot = _pick_slot(slots, member)
        private = slots.unlock(slot, passphrase.encode("utf-8"))
        staging = folder.with_name(f".{folder.name}.restoring")
        remove_tree(staging)
        Vault.write_restored(staging, slots, db_bytes)
        try:
            # A restore is a deliberate return to an older state: never refused as older, and
            # this computer now expects the restored position, not the newer one it saw before.
            ws = cls._finish(staging, slots, Unlocked(slot, private), restoring=True)
            report = ws.verify()
            seen.record(slots.vault_id, ws.vault.db, ws._seen_key, force=True)
            ws.close()
            if folder.exists():
                folder.rmdir()
            staging.rename(folder)
        except BaseException:
            remove_tree(staging)
            raise
        return cls._finish(folder, Vault.read_slots(folder), Unlocked(slot, private)), report

    @classmethod
    def _finish(cls, folder: Path, slots: SlotFile, unlocked: Unlocked,
                accept_older: str | None = None, restoring: bool = False) -> Workspace:
        vault = Vault.open_with(folder, slots, unlocked)
        try:
            slot = vault.slots.slot_for_member_id(unlocked.slot.member_id or "")
            ws = cls(vault, Unlocked(slot or unlocked.slot, unlocked.private))
            if not ws.actor.active:
                # A slot left by a removal cut short (issue 14, minor 4): refuse before the
                # re-key below, which must run only in the process of a member who stays --
                # in hers it would hand her the new data key.
                raise RemovedMember()
            behind = None if restoring else seen.check(vault.slots.vault_id, vault.db,
                                                        ws._seen_key)
            if behind is not None:  # refused before anything is written, unless accepted
                ws._accept_older(behind, _older_reason(behind, accept_older))
            with contextlib.suppress(VaultError):
                ws.complete_removals()
            ws.remember()
            with contextlib.suppress(StorageFailed, VaultError):  # retried at the next unlock
                ws.log_passphrase_change()
            with contextlib.suppress(StorageFailed, VaultError):  # retried at the next unlock
                ws.disposal.finish()  # a disposal whose bytes are not yet out of the file
        except BaseException:
            vault.close()
            raise
        return ws

    def close(self) -> None:
        """Lock: close the database and drop every key held in memory."""
        with contextlib.suppress(TriadError):  # the check is a help; locking must not fail
            self.remember()
        self.vault.close()
        self._signing_key = self._signer = self._seen_key = b""
        self.slot_private = b""

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def reports(self) -> ReportService:
        """Printable documents; ReportLab is imported only when first used."""
        from triad.reports.service import ReportService

        return ReportService(self)

    # -- services' helpers --
    @property
    def practice_name(self) -> str:
        return self.vault.db.get_meta("practice_name")

    def require(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            raise PermissionDenied(PermissionCode.ROLE, role=self.actor.role.value)

    def append(self, kind: Kind, body: dict[str, Any], case_id: CaseId | None = None) -> Entry:
        """Sign and append an entry as the acting member, stamped by ``self.clock``."""
        if case_id is not None and not may_author(self.actor.role, kind):
            raise PermissionDenied(PermissionCode.ROLE, role=self.actor.role.value)
        stamp = utc_stamp(self.clock())
        return self.log.append(self.actor.member_id, self._signer, kind, body, case_id, stamp)

    def local_now(self) -> str:
        """Now, as clinical local wall-clock minutes (see clock.py)."""
        return self.clock().astimezone().strftime("%Y-%m-%dT%H:%M")

    def complete_removals(self) -> None:
        """Drop the slots of removed members (or of members the database does not know)
        and re-key. Also finishes a removal interrupted by a crash."""
        known = {r[0] for r in self.vault.db.rows(  # as members.list(): active, with a slot
            "SELECT member_id FROM members WHERE removed_at IS NULL AND external = 0")}
        stale = [s for s in self.vault.slots.member_slots() if s.member_id not in known]
        if stale:
            self.vault.rekey({s.slot_id for s in stale})
            for s in stale:
                if s.quick is not None:
                    quickunlock.forget_key(self.vault.slots.vault_id, s.slot_id)
            self.remember()  # a copy from before the removal is then noticed as older

    def remember(self) -> None:
        """Record how far this vault's log reaches on this computer (at unlock, lock and
        re-key). Never lowers it: only a restore or an older vault accepted on record does."""
        if self._seen_key:
            seen.record(self.vault.slots.vault_id, self.vault.db, self._seen_key)

    def _accept_older(self, behind: seen.Behind, reason: str) -> None:
        """Open a vault older than the one last opened here, on record: a signed vault-level
        ``vault.older_accepted`` entry with the reason and both positions, then this computer
        expects this state (so the next open is not refused)."""
        self.append(Kind.VAULT_OLDER_ACCEPTED, {
            "reason": reason, "missing": behind.missing, "seen_day": behind.day,
            "seen_order": behind.seen.order, "seen_last": behind.seen.last,
            "order": behind.now.order, "last": behind.now.last,
        })
        seen.record(self.vault.slots.vault_id, self.vault.db, self._seen_key, force=True)
        self.behind = behind

    # -- vault-wide operations --
    def verify(self) -> VaultReport:
        """The full verification: every chain, signature and page (``triad-cli verify``)."""
        report = self.log.verify()
        if report.ok:
            self._full_check_done(self.vault.db)
        return VaultReport(report, self._weak_slots(), self.behind)

    def verify_recent(self) -> VaultReport:
        """The unlock's verification: what is new since the checkpoint (issue 18); the full
        one follows in the background (:meth:`full_check`)."""
        return VaultReport(self.log.verify_recent(), self._weak_slots(), self.behind)

    def full_check(self, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   found: Callable[[int], None] | None = None) -> VaultReport:
        """The full verification on a connection of its own, so that it can run on a thread
        beside the app's worker: ``progress(done, total)`` now and then, ``cancelled()``
        True stops it (``VerifyCancelled``), ``found(n)`` hears of problems as they are found
        (``EntryLog.verify``). It also stops when this workspace begins a re-key or closes
        (``Vault.epoch``: the file it reads is about to go), also inside SQLite's
        ``integrity_check`` (a progress handler). Records the day when it found nothing."""
        epoch = self.vault.epoch

        def stop() -> bool:
            return self.vault.epoch != epoch or (cancelled is not None and cancelled())

        if stop() or not self.slot_private:  # cancelled, or locked already
            raise VerifyCancelled()
        try:
            db = self.vault.reader()
        except TriadError:
            if stop():  # closed meanwhile
                raise VerifyCancelled() from None
            raise
        try:
            db.conn.set_progress_handler(lambda: 1 if stop() else 0, 20_000)
            try:
                report = EntryLog(db, (), Checkpoint(db)).verify(progress, stop, found,
                                                                 beside_writes=True)
            except TriadError:
                if stop():
                    raise VerifyCancelled() from None
                raise
            if not report.ok and stop():  # an interrupted statement is no finding
                raise VerifyCancelled()
            if report.ok:
                self._full_check_done(db)
        finally:
            db.close()
        return VaultReport(report, self._weak_slots(), self.behind)

    def last_full_check(self) -> datetime | None:
        """When the full verification last found nothing wrong (UTC), None if never."""
        stamp = self.vault.db.get_meta(FULL_CHECK_META)
        try:
            return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None
        except ValueError:
            return None

    def _full_check_done(self, db: Database) -> None:
        with contextlib.suppress(TriadError):  # only the schedule depends on it
            db.in_transaction(lambda: db.set_meta(FULL_CHECK_META, utc_stamp(self.clock())))

    def _weak_slots(self) -> int:
        return sum(1 for s in self.vault.slots.slots if s.kdf.profile == "test")

    def backup(self, target: Path) -> None:
        """Write an encrypted backup of the whole vault to ``target``, then record it in the
        accounting of disclosures (``backup``, every case of the vault: the disposal register
        names the backups that still hold a case). If that record cannot be written, the
        backup file is removed and the error raised."""
        self.vault.backup(Path(target))
        case_ids = [str(r[0]) for r in self.vault.db.rows("SELECT case_id FROM cases ORDER BY code")]
        self.disclosures.written(Path(target), What.BACKUP, case_ids, To.FILE)

    def new_recovery_code(self) -> str:
        """Replace the recovery code (therapists only). Returns the new code, shown once."""
        self.require(Role.THERAPIST)
        code = self.vault.replace_recovery_slot()
        self.append(Kind.VAULT_RECOVERY_CODE_REPLACED, {})
        return code

    def change_passphrase(self, new_passphrase: str) -> None:
        """A new passphrase for the acting member: the slot file first (the new passphrase
        works from then on), then the log entry. A crash between the two is rolled forward
        by this member's next unlock (:meth:`log_passphrase_change`)."""
        change = self.members.change_passphrase(new_passphrase)
        self._log_change(change)

    def _log_change(self, change: PassphraseChange) -> None:
        self.append(Kind(change.kind), {"member_id": self.actor.member_id, "change_id": change.change_id})

    def log_passphrase_change(self) -> bool:
        """If the acting member's slot records a passphrase change that the log lacks (the
        process ended between writing the slot file and appending the entry), append it now.
        True if it did. Runs on every unlock."""
        slot = self.vault.slots.slot_for_member_id(self.actor.member_id)
        change = slot.change if slot is not None else None
        if change is None:
            return False
        if self.vault.db.one(
            "SELECT 1 FROM entries WHERE author=? AND chain=? AND kind=?"
            " AND json_extract(body, '$.change_id')=? LIMIT 1",
            (self.actor.member_id, VAULT_CHAIN, change.kind, change.change_id),
        ):
            return False
        self._log_change(change)
        return True

    # -- quick unlock --
    def _slot(self) -> Slot:
        slot = self.vault.slots.slot_for_member_id(self.actor.member_id)
        if slot is None:
            raise UnknownMember()
        return slot

    def quick_unlock_enabled(self) -> bool:
        return self._slot().quick is not None

    def enable_quick_unlock(self) -> None:
        """Keep a random wrapping key in the OS keyring, or QuickUnlockUnavailable."""
        slot = self._slot()
        key = quickunlock.store_new_key(self.vault.slots.vault_id, slot.slot_id)
        slots = self.vault.slots
        self.vault.save_slots(slots.with_slot(slots.with_quick(slot, self.slot_private, key)))

    def disable_quick_unlock(self) -> None:
        slot = self._slot()
        slots = self.vault.slots
        self.vault.save_slots(slots.with_slot(slots.with_quick(slot, self.slot_private, None)))
        quickunlock.forget_key(slots.vault_id, slot.slot_id)


__all__ = ["Created", "Role", "VaultReport", "Workspace", "check_passphrase"]
