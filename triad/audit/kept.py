"""The whole practice's audit, kept in the vault per case (issue 18).

Table ``audit_kept`` (derived data, rebuildable: dropping a row only costs that case's audit
again): per case, the findings of its last audit and what they stand on --

- ``case_at``: the case's last entry (``local_order``) when it was audited; an entry written
  here, imported from a case file or received in a packet moves it, so the case is audited again;
- ``vault_at``: the last vault-level entry that can change a finding (members, credentials,
  audit settings, a removal...; not those in ``UNCHANGING``: disclosures, private notes,
  passphrase changes...): a new one audits every case again;
- ``rules``: a fingerprint of the audit settings, the rules (ids, severities, sentences and
  the code of ``rules``/``context``), the forms this program ships, the schema and the
  program's version: a change audits every case again;
- the clock span it stands for: from the moment it was audited (local minutes and UTC) until
  the first moment the clock alone may change its findings (``triad.audit.horizon``: a session
  ending, a review falling due, the next day for a count of days; none: until something else
  changes). A clock set back before the audit's moment audits afresh.

The findings carry what the audit report shows (sentences, sign-off and remediation notes):
nothing the case file does not hold already; a disposal deletes the case's row with the rest
of the case (``triad.log.disposal.CASE_TABLES``). Reading never needs a write; writing is
best-effort: a vault that cannot be written (busy, disk full, read-only) still gets its audit.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from types import CodeType, FunctionType

from triad import __version__
from triad.audit import context as _context
from triad.audit import rules as _rules
from triad.audit.context import AuditSettings
from triad.audit.findings import Finding, Note
from triad.audit.rules import SEVERITIES
from triad.errors import TriadError
from triad.log.kinds import Kind
from triad.vault.database import SCHEMA_VERSION, Database

log = logging.getLogger(__name__)

KEPT_FORMAT = 1  # the layout of a row's ``findings``; a new one audits every case again

# Vault-level entries that cannot change any case's findings: writing one keeps every kept
# audit. Every other vault-level kind (a new one too, until listed here) audits all cases again.
UNCHANGING: frozenset[str] = frozenset({
    Kind.MEMBER_PASSPHRASE_CHANGED, Kind.MEMBER_PASSPHRASE_RECOVERED, Kind.CONTACT_CONFIRMED,
    Kind.VAULT_RECOVERY_CODE_REPLACED, Kind.NOTE_PRIVATE, Kind.DISCLOSURE_RECORDED,
    Kind.VAULT_RETENTION_SETTINGS,
    # a request's due day is fixed in its own entry when received (casefile/requests)
    Kind.VAULT_REQUEST_SETTINGS,
    # who may take custody: which cases a member audits, not what their audit finds
    Kind.PRACTICE_RECORDS_CUSTODIAN,
    # the language documents are printed in: no finding depends on it (issue 19)
    Kind.VAULT_REPORT_LANGUAGE,
})


@dataclass(frozen=True)
class Stand:
    """What a case's audit stands on (module docstring)."""

    case_at: int
    vault_at: int
    rules: str


@dataclass(frozen=True)
class KeptCase:
    """One case's kept audit: its findings, what they stand on, and the clock span."""

    stand: Stand
    local_from: str
    local_until: str | None
    utc_from: str
    utc_until: str | None
    findings: tuple[Finding, ...]  # ``in_order``

    @functools.cached_property
    def parts(self) -> tuple[tuple[Finding, ...], ...]:
        """The findings ``by_severity`` (worked out once: every read merges them)."""
        return by_severity(self.findings, SEVERITIES)

    def holds(self, stand: Stand, local_now: str, utc_now: str) -> bool:
        """Whether these findings are still the case's at ``stand`` and this moment."""
        return (self.stand == stand
                and self.local_from <= local_now and (self.local_until is None or local_now < self.local_until)
                and self.utc_from <= utc_now and (self.utc_until is None or utc_now < self.utc_until))


# -- what a kept audit stands on --
def case_positions(db: Database, case_ids: list[str]) -> dict[str, int]:
    """Each case's last entry (``local_order``; 0 for none): one seek per case in the
    ``entries_case_order`` index, a few milliseconds for 1,000 cases of 125,000 entries."""
    if not case_ids:
        return {}
    marks = ",".join("?" * len(case_ids))
    return {str(c): int(at or 0) for c, at in db.rows(
        "SELECT c.case_id, (SELECT max(e.local_order) FROM entries e WHERE e.case_id = c.case_id)"
        f" FROM cases c WHERE c.case_id IN ({marks})", tuple(case_ids))}


def vault_position(db: Database) -> int:
    """The last vault-level entry that can change a finding (0: none)."""
    kinds = sorted(str(k) for k in UNCHANGING)
    row = db.one(f"SELECT max(local_order) FROM entries WHERE case_id IS NULL AND kind NOT IN"
                 f" ({','.join('?' * len(kinds))})", tuple(kinds))
    return int(row[0]) if row and row[0] is not None else 0


def _constant(value: object) -> object:
    if isinstance(value, CodeType):
        return _code(value)
    if isinstance(value, tuple):
        return [_constant(v) for v in value]
    if isinstance(value, frozenset):  # its order follows the per-process string hash
        return sorted(repr(v) for v in value)
    return repr(value)


def _code(code: CodeType) -> list[object]:
    return [code.co_name, code.co_code.hex(), list(code.co_names),
            [_constant(c) for c in code.co_consts]]


def _module_code(module: object) -> list[object]:
    out: list[object] = []
    for name, obj in sorted(vars(module).items()):
        if isinstance(obj, FunctionType) and obj.__module__ == module.__name__:  # type: ignore[attr-defined]
            out.append([name, _code(obj.__code__)])
        elif isinstance(obj, type) and obj.__module__ == module.__name__:  # type: ignore[attr-defined]
            out.append([name, [[k, _code(v.__code__)] for k, v in sorted(vars(obj).items())
                               if isinstance(v, FunctionType)]])
    return out


_RULES_DIGEST: str = ""


def _rules_digest() -> str:
    """The rules as this program has them (computed once per process)."""
    global _RULES_DIGEST
    if not _RULES_DIGEST:
        text = json.dumps([[(r.rule_id, r.severity, r.explanation) for r in _rules.RULES],
                           _module_code(_rules), _module_code(_context)])
        _RULES_DIGEST = hashlib.sha256(text.encode()).hexdigest()
    return _RULES_DIGEST


def fingerprint(settings: AuditSettings) -> str:
    """The rules, the forms this program ships (a new version makes older signatures a
    finding), the settings, the schema and the program's version, as one digest."""
    from triad.casefile import forms

    shipped = [(f.form_id, f.version, f.content_hash) for f in forms.shipped()]
    text = json.dumps([KEPT_FORMAT, __version__, SCHEMA_VERSION, _rules_digest(), shipped,
                       sorted(settings.__dict__.items())])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# -- rows --
def _encode(findings: Iterable[Finding]) -> str:
    explained = {r.rule_id: r.explanation for r in _rules.RULES}
    out = []
    for f in findings:
        notes = [[[n.by, n.at, n.text, n.entry_id] for n in f.signoffs],
                 [[n.by, n.at, n.text, n.entry_id] for n in f.remediations]]
        # the rule's own sentence is not repeated (the fingerprint holds the rules)
        own = None if f.explanation == explained.get(f.rule_id) else f.explanation
        out.append([f.finding_id, f.rule_id, f.severity, own, f.record_id, f.at, f.detail,
                    f.status, f.resolved_by, f.resolved_at, *notes])
    return json.dumps(out, separators=(",", ":"))


_FIELDS = tuple(Finding.__dataclass_fields__)


def _notes(rows: list[list[str]]) -> tuple[Note, ...]:
    return tuple(Note(*n) for n in rows) if rows else ()


def _decode(case_id: str, code: str, text: str) -> tuple[Finding, ...]:
    explained = {r.rule_id: r.explanation for r in _rules.RULES}
    out = []
    new, fields = object.__new__, _FIELDS
    for (fid, rule_id, severity, own, record_id, at, detail, status, resolved_by, resolved_at,
         signoffs, remediations) in json.loads(text):
        # A frozen dataclass's __init__ sets each field through object.__setattr__: 40,000
        # findings from cold took half a second that way. The same fields, set at once.
        f = new(Finding)
        f.__dict__.update(zip(fields, (
            fid, rule_id, severity, own if own is not None else explained.get(rule_id, ""),
            case_id, code, record_id, at, detail, status, resolved_by, resolved_at,
            _notes(signoffs), _notes(remediations)), strict=True))
        out.append(f)
    return tuple(out)


def load(db: Database, case_ids: list[str]) -> dict[str, KeptCase]:
    """The kept audits of these cases (an unreadable row is as if not kept)."""
    if not case_ids:
        return {}
    out: dict[str, KeptCase] = {}
    marks = ",".join("?" * len(case_ids))
    for (case_id, code, case_at, vault_at, rules, local_from, local_until, utc_from, utc_until,
         text) in db.rows(
            "SELECT case_id, case_code, case_at, vault_at, rules, local_from, local_until,"
            f" utc_from, utc_until, findings FROM audit_kept WHERE case_id IN ({marks})",
            tuple(case_ids)):
        try:
            findings = _decode(case_id, code, text)
        except (ValueError, TypeError):  # not this program's layout: audited again
            continue
        out[case_id] = KeptCase(Stand(int(case_at), int(vault_at), str(rules)), local_from,
                                local_until, utc_from, utc_until, findings)
    return out


def store(db: Database, kept: dict[str, tuple[str, KeptCase]]) -> bool:
    """Keep these audits (case id -> (case code, kept audit)) in one write transaction.
    False, and nothing kept, when the vault cannot be written now (busy, full, read-only,
    or a transaction already open on this connection): the audit itself stands."""
    if not kept or db.conn.in_transaction:
        return False
    try:
        with db.transaction():
            for case_id, (code, k) in kept.items():
                db.execute(
                    "INSERT OR REPLACE INTO audit_kept (case_id, case_code, case_at, vault_at,"
                    " rules, local_from, local_until, utc_from, utc_until, findings)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, code, k.stand.case_at, k.stand.vault_at, k.stand.rules,
                     str(k.local_from), k.local_until, str(k.utc_from), k.utc_until,
                     _encode(k.findings)))
    except TriadError as exc:
        log.info("the audit was not kept in the vault (%s)", type(exc).__name__)
        return False
    return True


def forget_all(db: Database) -> None:
    """Drop every kept audit (benchmarks measure the audit from scratch)."""
    with contextlib.suppress(TriadError):
        db.in_transaction(lambda: db.execute("DELETE FROM audit_kept"))


def in_order(findings: Iterable[Finding], severities: tuple[str, ...]) -> tuple[Finding, ...]:
    """One case's findings in the report's order within a case: severity, time, rule."""
    rank = {s: i for i, s in enumerate(severities)}
    return tuple(sorted(findings, key=lambda f: (rank[f.severity], f.at, f.rule_id)))


def by_severity(findings: tuple[Finding, ...], severities: tuple[str, ...]
                ) -> tuple[tuple[Finding, ...], ...]:
    """A case's findings (``in_order``) cut into one run per severity."""
    return tuple(tuple(f for f in findings if f.severity == s) for s in severities)


def sorted_findings(per_case: list[tuple[tuple[Finding, ...], ...]]) -> list[Finding]:
    """The report's order -- severity, case code, time, rule -- from each case's findings
    ``by_severity``: the same as one stable sort with that key over the cases in turn,
    without sorting 40,000 findings on every read."""
    cases = sorted((parts for parts in per_case if any(parts)),
                   key=lambda parts: next(p for p in parts if p)[0].case_code)
    out: list[Finding] = []
    for i in range(len(cases[0]) if cases else 0):
        for parts in cases:
            out.extend(parts[i])
    return out
