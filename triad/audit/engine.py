"""Running the audit, the findings lifecycle, audit settings and the audit trail.

A finding's id is derived from its rule, case and record (and detail), so it is the same in
every copy of the case: a supervisor's sign-off (an ``audit.signoff`` entry in the case) still
points at it after an export and import. Status: ``open``; ``signed-off`` once a supervisor
has acknowledged it; ``resolved`` when a later record fixed it (``resolved_by``, ``resolved_at``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from triad import clock, crypto
from triad.audit import kept
from triad.audit.context import AuditSettings, load_cases
from triad.audit.findings import Finding as Finding
from triad.audit.findings import Note as Note
from triad.audit.rules import RULES, SEVERITIES
from triad.casefile.cases import Change
from triad.casefile.members import Credential
from triad.casefile.validate import AGE_OF_MAJORITY_RANGE
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
)
from triad.log.entries import CaseId, VerifyReport
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class AuditReport:
    findings: tuple[Finding, ...]
    cases: int
    generated_at: str
    settings: AuditSettings = field(default_factory=AuditSettings)

    def open_at_or_above(self, severity: str) -> list[Finding]:
        limit = SEVERITIES.index(severity)
        return [f for f in self.findings
                if f.status == "open" and SEVERITIES.index(f.severity) <= limit]


@dataclass(frozen=True)
class TrailItem:
    at: str
    member_id: str
    member: str
    role: str
    kind: str
    case_code: str | None
    entry_id: str


def finding_id(rule_id: str, case_id: str, record_id: str, detail: dict[str, Any]) -> str:
    key = {k: v for k, v in detail.items()
           if k in ("activity", "form_id", "member_id", "phase_id", "valid_until")}
    digest = crypto.sha256_hex(crypto.canonical_json([rule_id, case_id, record_id, key]))
    return "F-" + digest[:10].upper()


CHUNK = 100
"""Cases audited afresh together (their facts held at once): the whole practice's audit from
cold at 1,000 cases held every case's facts, the peak of the app's memory (issue 18)."""

# Issue 16's settings: whole days or a percentage, each with its range.
SETTING_RANGES = {"stalled_days": (7, 365), "overrun_percent": (0, 500), "cosign_days": (1, 90),
                  "concurrent_days": (7, 90)}


def _cosign_from(value: Any) -> str:
    """The day co-signature became required (``YYYY-MM-DD``), or "" for not required."""
    if value in ("", None):
        return ""
    if not isinstance(value, str):
        raise ValueError("cosign_from")
    try:
        return clock.day(value, "cosign_from")
    except InvalidInput as exc:
        raise ValueError("cosign_from") from exc


def _whole(value: Any, name: str) -> int:
    """A whole number of years (an int, or text of one), else ValueError naming the setting."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(name)
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(name) from exc


class AuditService:
    """Supervisors and therapists audit the cases they are on; supervisors sign findings off;
    therapists answer with a remediation note."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        # case id -> its kept audit, as this workspace last read or made it (see ``run``)
        self._by_case: dict[str, kept.KeptCase] = {}
        self.evaluated = 0  # cases the kept audit had to audit again here (tests, benchmarks)

    # -- settings --
    @staticmethod
    def rule_title(rule_id: str) -> str:
        """A rule's short title in the chosen language (``triad.audit.titles``): what the
        printed report heads a finding with, as the app's audit pages do."""
        from triad.audit.titles import rule_title

        return rule_title(rule_id)

    def settings(self) -> AuditSettings:
        raw = self._ws.vault.db.get_meta("audit_settings")
        if not raw:
            return AuditSettings()
        known = AuditSettings.__dataclass_fields__
        return AuditSettings(**{k: v for k, v in json.loads(raw).items() if k in known})

    def why_not_change_settings(self) -> PermissionDenied | None:
        """Why the acting member may not change the audit settings, or None: they are the
        supervisor's (the therapist being audited reads them)."""
        if self._ws.actor.role is not Role.SUPERVISOR:
            return PermissionDenied(PermissionCode.AUDIT_SETTINGS, role=self._ws.actor.role.value)
        return None

    def update_settings(self, **changes: Any) -> AuditSettings:
        """Supervisors only (``why_not_change_settings``); recorded as a signed vault entry.
        Settings a therapist recorded before this rule stay in effect until a supervisor
        changes them (the projection of ``vault.audit_settings``)."""
        problem = self.why_not_change_settings()
        if problem is not None:
            raise problem
        current = self.settings().__dict__ | changes
        flag = current["reconsent_at_phase_change"]
        if not isinstance(flag, bool):
            raise InvalidInput(InvalidCode.AUDIT_SETTING, field="reconsent_at_phase_change")
        try:
            new = AuditSettings(int(current["review_days"]), flag,
                                int(current["credential_warning_days"]),
                                _whole(current["age_of_majority"], "age_of_majority"),
                                _whole(current["stalled_days"], "stalled_days"),
                                _whole(current["overrun_percent"], "overrun_percent"),
                                _cosign_from(current["cosign_from"]),
                                _whole(current["cosign_days"], "cosign_days"),
                                _whole(current["concurrent_days"], "concurrent_days"))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(InvalidCode.AUDIT_SETTING, field=str(exc)) from exc
        if not 1 <= new.review_days <= 90 or not 0 <= new.credential_warning_days <= 365:
            raise InvalidInput(InvalidCode.RANGE, field="audit settings")
        low, high = AGE_OF_MAJORITY_RANGE
        if not low <= new.age_of_majority <= high:
            raise InvalidInput(InvalidCode.RANGE, field="age_of_majority", minimum=low, maximum=high)
        for name, (low, high) in SETTING_RANGES.items():
            if not low <= getattr(new, name) <= high:
                raise InvalidInput(InvalidCode.RANGE, field=name, minimum=low, maximum=high)
        self._ws.append(Kind.VAULT_AUDIT_SETTINGS, dict(new.__dict__))
        return new

    # -- the audit --
    def cases(self, case_key: str | None = None) -> list[str]:
        """The cases an audit (and its report) covers: ``case_key``, or every case the acting
        therapist or supervisor audits."""
        return self._cases(case_key)

    def _cases(self, case_key: str | None) -> list[str]:
        if case_key:
            return [self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)]
        self._ws.require(Role.THERAPIST, Role.SUPERVISOR)
        me = self._ws.actor.member_id
        custody = "SELECT case_id FROM custodians WHERE member_id=?"
        return [r[0] for r in self._ws.vault.db.rows(
            f"SELECT case_id FROM cases WHERE therapist_id=? OR supervisor_id=? OR case_id IN ({custody})"
            " ORDER BY code", (me, me, me))]

    def run(self, case_key: str | None = None, case_ids: list[str] | None = None,
            cached: bool = True) -> AuditReport:
        """The audit of the member's cases (or one case, always afresh: it is quick, and the
        case's own tabs show exactly what its records say now), or of the member's cases
        among ``case_ids`` (the agenda's cases with sessions in its span).

        The whole practice's audit is kept per case in the vault (``triad.audit.kept``; the
        findings queue, the case list's column and every ``triad-cli audit`` or ``agenda``
        ask; 1,000 cases take over a second afresh): a case is audited again when an entry of
        it, or a vault-level entry that can change a finding (members, credentials,
        settings), was written since, when the rules or settings changed, or when the clock
        reached a moment its findings depend on (``triad.audit.horizon``). A fresh process
        reads the kept results. ``cached=False`` runs it all afresh (and keeps nothing)."""
        settings = self.settings()
        now = self._ws.local_now()
        now_utc = clock.utc_stamp(self._ws.clock())
        if case_ids is not None:
            wanted = set(case_ids)
            case_ids = [c for c in self._cases(case_key) if c in wanted]
        else:
            case_ids = self._cases(case_key)
        if case_key is not None or not cached:
            audited = self._audit(case_ids, settings, now, now_utc)
            per_case = [kept.by_severity(audited[c][1], SEVERITIES) for c in case_ids]
        else:
            per_case = self._kept(case_ids, settings, now, now_utc)
        findings = kept.sorted_findings(per_case)
        return AuditReport(tuple(findings), len(case_ids), now, settings)

    def forget(self, everywhere: bool = False) -> None:
        """Drop this workspace's copy of the kept audit (the next ``run`` reads the vault's);
        ``everywhere``: the vault's too, so that the next ``run`` audits every case afresh
        (benchmarks measure it)."""
        self._by_case.clear()
        if everywhere:
            kept.forget_all(self._ws.vault.db)

    def _kept(self, case_ids: list[str], settings: AuditSettings, now: str,
              now_utc: str) -> list[tuple[tuple[Finding, ...], ...]]:
        db = self._ws.vault.db
        heads = kept.case_positions(db, case_ids)
        vault_at = kept.vault_position(db)
        rules = kept.fingerprint(settings)
        stands = {c: kept.Stand(heads.get(c, 0), vault_at, rules) for c in case_ids}
        ready: dict[str, kept.KeptCase] = {}
        for c in case_ids:
            mine = self._by_case.get(c)
            if mine is not None and mine.holds(stands[c], now, now_utc):
                ready[c] = mine
        missing = [c for c in case_ids if c not in ready]
        if missing:  # kept in the vault (by this process or another one)
            for c, k in kept.load(db, missing).items():
                if k.holds(stands[c], now, now_utc):
                    ready[c] = k
        stale = [c for c in case_ids if c not in ready]
        # Inside a transaction the positions may name entries that are rolled back (and whose
        # numbers are then reused): what is audited there is neither kept nor remembered.
        keep = not db.conn.in_transaction
        self.evaluated += len(stale)
        for start in range(0, len(stale), CHUNK):  # a chunk's facts at a time in memory
            part = stale[start:start + CHUNK]
            audited = self._audit(part, settings, now, now_utc)
            fresh = {c: kept.KeptCase(stands[c], now, until[0], now_utc, until[1], findings)
                     for c, (code, findings, until) in audited.items()}
            if keep:
                kept.store(db, {c: (audited[c][0], fresh[c]) for c in part})
                self._by_case.update(fresh)
            ready.update(fresh)
        if keep:
            self._by_case.update({c: ready[c] for c in case_ids if c not in stale})
        return [ready[c].parts for c in case_ids]

    def _audit(self, case_ids: list[str], settings: AuditSettings, now: str, now_utc: str
               ) -> dict[str, tuple[str, tuple[Finding, ...], tuple[str | None, str | None]]]:
        """Each case audited afresh: case id -> (case code, findings, the first moments --
        local, UTC -- at which the clock alone may change them)."""
        credentials: dict[str, tuple[Role, tuple[Credential, ...]]] = {
            m.member_id: (m.role, m.credentials)
            for m in self._ws.members.list(include_removed=True) if not m.external
        }
        out: dict[str, tuple[str, tuple[Finding, ...], tuple[str | None, str | None]]] = {}
        db = self._ws.vault.db
        all_notes = self._notes(case_ids)
        names: dict[str, str] = {m.member_id: m.name for m in
                 self._ws.members.list(include_removed=True, include_external=True)}
        for facts in load_cases(db, case_ids, settings, now, now_utc, credentials, names):
            case_id = facts.case_id
            findings: list[Finding] = []
            for r in RULES:
                for hit in r.check(facts):
                    fid = finding_id(r.rule_id, case_id, hit.record_id, hit.detail)
                    signoffs, remediations = all_notes.get(fid, ((), ()))
                    status = ("resolved" if hit.resolved_by else
                              "signed-off" if signoffs else "open")
                    findings.append(Finding(
                        fid, r.rule_id, r.severity, hit.explanation or r.explanation, case_id, facts.code,
                        hit.record_id, str.__str__(hit.at), hit.detail, status, hit.resolved_by,
                        hit.resolved_at, signoffs, remediations))
            until = facts.watch.until() if facts.watch is not None else (None, None)
            out[case_id] = (facts.code, kept.in_order(findings, SEVERITIES), until)
        return out

    def _notes(self, case_ids: list[str]) -> dict[str, tuple[tuple[Note, ...], tuple[Note, ...]]]:
        """Sign-offs and remediations by finding id (finding ids are unique across cases)."""
        out: dict[str, tuple[list[Note], list[Note]]] = {}
        # by case first (the entries_case index), so that one case's audit reads only its own
        marks = ",".join("?" * len(case_ids))
        for e in self._ws.log.entries(
                f"case_id IN ({marks}) AND kind IN ('audit.signoff','audit.remediation')",
                tuple(case_ids)):
            fid = str(e.body.get("finding_id", ""))
            signoffs, remediations = out.setdefault(fid, ([], []))
            text = str(e.body.get("comment" if e.kind == "audit.signoff" else "note", ""))
            (signoffs if e.kind == "audit.signoff" else remediations).append(
                Note(e.author, clock.utc_to_local_minutes(e.created_at), text, e.id))
        return {k: (tuple(a), tuple(b)) for k, (a, b) in out.items()}

    def find(self, fid: str) -> Finding:
        wanted = fid.strip().upper()
        for f in self.run().findings:
            if f.finding_id == wanted:
                return f
        raise NotFound(NotFoundCode.FINDING)

    def sign_off(self, fid: str, comment: str) -> Change:
        """A supervisor acknowledges a finding with a comment (a signed entry in the case)."""
        self._ws.require(Role.SUPERVISOR)
        if not comment.strip():
            raise InvalidInput(InvalidCode.COMMENT_REQUIRED, field="comment")
        f = self.find(fid)
        if self._ws.cases.access.role(f.case_id) is not Role.SUPERVISOR:
            raise PermissionDenied(PermissionCode.NOT_ON_CASE)
        entry = self._ws.append(Kind.AUDIT_SIGNOFF, {
            "finding_id": f.finding_id, "rule_id": f.rule_id, "record_id": f.record_id,
            "comment": comment.strip()}, f.case_id)  # type: ignore[arg-type]
        return Change(entry.id, entry.case_id, entry.kind, f.finding_id)

    def remediate(self, fid: str, note: str) -> Change:
        """The case's therapist answers a finding (e.g. 're-consent obtained on ...')."""
        self._ws.require(Role.THERAPIST)
        if not note.strip():
            raise InvalidInput(InvalidCode.NOTE_REQUIRED, field="note")
        f = self.find(fid)
        if self._ws.cases.access.role(f.case_id) is not Role.THERAPIST:
            raise PermissionDenied(PermissionCode.NOT_ON_CASE)
        entry = self._ws.append(Kind.AUDIT_REMEDIATION, {
            "finding_id": f.finding_id, "rule_id": f.rule_id, "note": note.strip()},
            f.case_id)  # type: ignore[arg-type]
        return Change(entry.id, entry.case_id, entry.kind, f.finding_id)

    # -- the audit trail --
    def trail(self, case_key: str | None = None, member: str | None = None,
              since: str | None = None, kinds: tuple[str, ...] = ()) -> list[TrailItem]:
        """Who did what and when, for therapists and supervisors: the cases they audit and,
        without ``case_key``, vault-level entries such as member changes. ``since`` is a date
        compared with the entries' UTC timestamps."""
        case_ids = self._cases(case_key)
        codes = {c.case_id: c.code for c in self._ws.cases.list()}
        if not case_key:  # a disposed case's kept entries: its disposal and authorisation
            disposed = {CaseId(d.case_id): d.code for d in self._ws.disposal.register()}
            codes.update(disposed)
            case_ids = [*case_ids, *disposed]
        clauses, params = [], []
        placeholders = ",".join("?" * len(case_ids))
        scope = f"case_id IN ({placeholders})" if case_ids else "0"
        if not case_key:
            scope = f"({scope} OR case_id IS NULL)"
        elif case_ids:  # and the vault-level disclosures that name the case (issue 17)
            scope = (f"({scope} OR id IN (SELECT entry_id FROM disclosures"
                     f" WHERE case_id IN ({placeholders})))")
            params.extend(case_ids)
        clauses.append(scope)
        params.extend(case_ids)
        if member:
            from triad.vault.keyslots import normalise_name

            wanted = normalise_name(member)
            found = [m.member_id for m in self._ws.members.list(include_removed=True, include_external=True)
                     if normalise_name(m.name) == wanted]
            if not found:
                raise NotFound(NotFoundCode.MEMBER)
            clauses.append(f"author IN ({','.join('?' * len(found))})")
            params.extend(found)
        if since:
            clauses.append("created_at >= ?")
            params.append(clock.day(since, "since"))
        if kinds:
            clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        people = {m.member_id: m for m in self._ws.members.list(include_removed=True, include_external=True)}
        disclosed: dict[str, list[str]] = {}  # a disclosure's entry -> the reader's case codes
        for entry_id, case_id in self._ws.vault.db.rows(
                "SELECT entry_id, case_id FROM disclosures ORDER BY entry_id, case_id"):
            if case_id in codes and (not case_key or case_id in case_ids):
                disclosed.setdefault(entry_id, []).append(codes[CaseId(case_id)])
        items = []
        for e in self._ws.log.entries(" AND ".join(clauses), tuple(params), order="created_at, local_order"):
            m = people.get(e.author)
            code = codes.get(CaseId(e.case_id or ""))
            if e.case_id is None and e.id in disclosed:
                code = ", ".join(sorted(disclosed[e.id]))
            items.append(TrailItem(e.created_at, e.author, m.name if m else "?",
                                   m.role.value if m else "?", e.kind, code, e.id))
        return items

    def verification(self) -> VerifyReport:
        return self._ws.log.verify()
