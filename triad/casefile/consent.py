"""Consent: the spine of the record.

A consent record is made from a versioned form, signed by the parties the form names (each
signature carries the form's content hash), and grants or declines activities from the ladder
within the form's scope, valid from a time and optionally until a day.

Revocation is immediate and case-wide: revoking an activity at time t ends every grant of it
that began at or before t; only a consent that begins after t grants it again. Revoking a whole
record ends all its grants (and the document itself, for a release of information). A later
record that *declines* an activity ends earlier grants of it the same way.

Who reads what of a record (``triad.casefile.visibility``): the case's therapist reads it whole;
the supervisor too (they audit the signatures), except the client's typed name and drawn
signature -- the release says the supervisor sees the client code, not the name; a surrogate
partner reads what is consented and whether it is in force, the parties and dates of the
signatures, but not the client's typed name (the client code stands in for it) nor any drawn
signature: ``withheld`` names those.
A triad agreement may also record, in words, the agreed stop and pause signals (``signals``)
and the safer-sex agreement (``safer_sex``); ``agreed_terms`` finds the ones in force for a
surrogate session, which the debrief asks about and the audit checks against.
Records are listed by when they take effect, then when they were recorded, then entry id:
the same order on every machine that holds the case.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile import forms as form_texts
from triad.casefile.cases import Change
from triad.casefile.ladder import LADDER, Activity, activities, ladder_sorted
from triad.casefile.signatures import (
    PARTIES,
    given_signatures,
    same_name,
    store_scan,
    triad_surrogate,
)
from triad.casefile.validate import label, without_touch
from triad.casefile.visibility import withhold
from triad.errors import ConsentViolation, InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

MAX_SIGNAL_CHARS = 200
MAX_SAFER_SEX_CHARS = 2000


@dataclass(frozen=True)
class Signature:
    party: str
    name: str
    signed_on: str
    form_hash: str
    drawing: str | None = None  # base64 PNG drawn with the mouse, optional
    member_id: str | None = None  # the signing member (the therapist's, a countersignature)
    scan: dict[str, Any] | None = None  # the client's: {sha256, media_type, size} of a scan
    entry_id: str | None = None  # a countersignature's own entry (consent.signed)
    at: str | None = None  # ... and when it was written (UTC)


@dataclass(frozen=True)
class Signals:
    """The stop and pause signals a triad agreement records, in words (e.g. "red", "amber")."""

    stop: str
    pause: str


@dataclass(frozen=True)
class AgreedTerms:
    """What the triad agreement in force for a surrogate session agreed beyond the activities:
    the signals (None: none recorded) and the safer-sex agreement ("" : none recorded), each
    from the latest agreement in force that records it (``consent_id`` its record, or "")."""

    signals: Signals | None = None
    safer_sex: str = ""
    signals_from: str = ""
    safer_sex_from: str = ""


@dataclass(frozen=True)
class AidGrant:
    """A therapeutic-aids consent's own grant of one aid of the case's inventory
    (``triad.casefile.aids``), for the ways of using it it names (``in_session``, ``at_home``)."""

    aid_id: str
    uses: tuple[str, ...]


@dataclass(frozen=True)
class Revocation:
    activities: tuple[Activity, ...]  # empty, and no aids: the whole record
    at: str
    party: str
    reason: str
    by: str
    entry_id: str
    aids: tuple[str, ...] = ()  # aid ids whose own grant this ends (the rest stays in force)

    @property
    def whole(self) -> bool:
        """Whether it revokes the whole record (no activity and no aid named)."""
        return not self.activities and not self.aids

    def ended(self, grants: tuple[Activity, ...]) -> tuple[Activity, ...]:
        """The activities of a record granting ``grants`` that this revocation ends."""
        return grants if self.whole else self.activities


@dataclass(frozen=True)
class ConsentRecord:
    consent_id: str
    case_id: CaseId
    form_id: str
    form_version: int
    form_hash: str
    grants: tuple[Activity, ...]
    declines: tuple[Activity, ...]
    valid_from: str
    valid_until: str | None
    signatures: tuple[Signature, ...]
    note: str
    recorded_at: str
    recorded_by: str
    entry_id: str
    revocations: tuple[Revocation, ...] = ()
    withheld: tuple[str, ...] = ()  # what the reader's role may not see (blanked here)
    signals: Signals | None = None  # triad agreement: the agreed stop and pause signals
    safer_sex: str = ""  # triad agreement: the safer-sex agreement, in words
    # therapeutic-aids consent: each aid's own grant; None for a record written before aids
    # were consented one by one (it grants the activity but no particular aid)
    aids: tuple[AidGrant, ...] | None = None
    surrogate_id: str | None = None  # triad agreement: the surrogate partner it is made with
    awaiting: tuple[str, ...] = ()  # parties of the form that have not signed yet
    recorded_from: str = ""  # the start the record was given with (valid_from: once signed)

    @property
    def ends(self) -> str | None:
        """The first minute it is no longer valid, or None."""
        return clock.end_of(self.valid_until) if self.valid_until else None

    def valid_at(self, at: str) -> bool:
        return not self.awaiting and self.valid_from <= at and (self.ends is None or at < self.ends)

    def revoked_activities(self, at: str) -> set[Activity]:
        gone: set[Activity] = set()
        for r in self.revocations:
            if r.at <= at:
                gone |= set(r.ended(self.grants))
        return gone

    def wholly_revoked_at(self, at: str) -> str | None:
        """When the whole record was revoked (at or before ``at``), else None."""
        times = [r.at for r in self.revocations if r.whole and r.at <= at]
        return min(times) if times else None

    def status(self, at: str) -> str:
        """awaiting-signatures, pending, in-force, partly-revoked, revoked or expired, as of
        ``at``. A record awaiting a signature grants nothing (``triad.casefile.signatures``)."""
        if self.awaiting and not self.wholly_revoked_at(at):
            return "awaiting-signatures"
        if at < self.valid_from:
            return "pending"
        if self.wholly_revoked_at(at):
            return "revoked"
        if self.ends is not None and at >= self.ends:
            return "expired"
        gone = self.revoked_activities(at) & set(self.grants)
        if self.grants and gone == set(self.grants):
            return "revoked"
        aids_gone = {a for rv in self.revocations if rv.at <= at for a in rv.aids}
        if self.aids and {g.aid_id for g in self.aids} <= aids_gone:
            return "revoked"  # every aid it granted was withdrawn
        return "partly-revoked" if gone or aids_gone else "in-force"


# What of a consent record a surrogate partner is not shown (see the module docstring).
WITHHELD_FROM_SURROGATES = ("signatures.client.name", "signatures.drawing")
# ... and a supervisor: the client's identity, not the other parties' (visibility.py).
WITHHELD_FROM_SUPERVISORS = ("signatures.client.name", "signatures.client.drawing")


def record_from_row(row: tuple[Any, ...], role: Role | None = None,
                    client_code: str = "") -> ConsentRecord:
    """A record from its projection row, as ``role`` may read it (None: whole). For a
    surrogate the client's typed name reads ``client_code`` and drawings are None."""
    data, revocations, entry_id, recorded_at, recorded_by, case_id = row
    d = json.loads(data)
    signed = {s.get("party") for s in d["signatures"]}
    try:
        parties = form_texts.form(d["form_id"], int(d["form_version"])).parties
    except NotFound:
        parties = ()
    awaiting = tuple(p for p in parties if p not in signed)
    start = d["valid_from"]
    later = [s["signed_on"] + "T00:00" for s in d["signatures"] if s.get("entry_id")]
    if later and not awaiting:
        start = max(start, *later)  # in force once the last party has countersigned
    withheld: tuple[str, ...] = ()
    if role in (Role.SURROGATE, Role.SUPERVISOR):
        d = withhold("consent.given", d, role)[0]
        for s in d["signatures"]:
            if s.get("party") == "client":
                s["name"] = client_code
        withheld = WITHHELD_FROM_SURROGATES if role is Role.SURROGATE \
            else WITHHELD_FROM_SUPERVISORS
    return ConsentRecord(
        consent_id=d["consent_id"], case_id=CaseId(case_id), form_id=d["form_id"],
        form_version=int(d["form_version"]), form_hash=d["form_hash"],
        grants=activities(d["grants"]), declines=activities(d["declines"]),
        valid_from=start, valid_until=d.get("valid_until"),
        signatures=tuple(Signature(**s) for s in d["signatures"]), note=d.get("note", ""),
        recorded_at=recorded_at, recorded_by=recorded_by, entry_id=entry_id,
        revocations=tuple(sorted((
            Revocation(activities(r.get("activities") or []), r["at"], r["party"],
                       r.get("reason", ""), r["by"], r["entry_id"],
                       tuple(str(a) for a in r.get("aids") or []))
            for r in json.loads(revocations)), key=lambda r: (r.at, r.entry_id))),
        withheld=withheld,
        signals=Signals(str(d["signals"]["stop"]), str(d["signals"]["pause"]))
        if isinstance(d.get("signals"), dict) else None,
        safer_sex=str(d.get("safer_sex") or ""),
        aids=tuple(AidGrant(str(g["aid_id"]), tuple(str(u) for u in g.get("uses", [])))
                   for g in d["aids"]) if isinstance(d.get("aids"), list) else None,
        surrogate_id=d.get("surrogate_id"), awaiting=awaiting, recorded_from=d["valid_from"],
    )


def activities_in_force(records: list[ConsentRecord], at: str) -> tuple[Activity, ...]:
    """The activities consent covers at ``at`` (see the module docstring for the rules)."""
    ends: list[tuple[str, Activity, str]] = []  # (time, activity, from record)
    for r in records:
        for rv in r.revocations:
            for a in rv.ended(r.grants):
                ends.append((rv.at, a, ""))
        for a in () if r.awaiting else r.declines:
            ends.append((r.valid_from, a, r.consent_id))
    covered = []
    for a in LADDER:
        for r in records:
            if a not in r.grants or not r.valid_at(at):
                continue
            if any(x == a and r.valid_from <= t <= at and src != r.consent_id
                   for t, x, src in ends):
                continue
            covered.append(a)
            break
    return tuple(covered)


INFORMED_CONSENT = "informed-consent"
TRIAD_AGREEMENT = "triad-agreement"
AIDS_CONSENT = "therapeutic-aids"
RELEASE = "release-of-information"
LIVE = ("in-force", "partly-revoked")
FORM_ORDER = (INFORMED_CONSENT, TRIAD_AGREEMENT, AIDS_CONSENT, RELEASE)  # gaps are named in this order


def release_in_force(records: list[ConsentRecord], at: str) -> bool:
    """Whether a release of information is in force at ``at`` (signed, begun, not expired,
    not revoked; a release revoked whole also ends the earlier ones, see ``form_in_force``)."""
    return form_in_force([r for r in records if r.form_id == RELEASE], at)


def signed_by_surrogate(record: ConsentRecord, surrogate_id: str, surrogate_name: str) -> bool:
    """Whether ``record``'s surrogate signature is this surrogate partner's: a record made
    with a named surrogate partner (``surrogate_id``) by member id; an older one, whose
    surrogate signature was typed by the therapist, by the name signed. A record still awaiting
    her countersignature is made with her (``made_with``) but not signed by her."""
    for s in record.signatures:
        if s.party != "surrogate":
            continue
        if s.member_id is not None:
            return s.member_id == surrogate_id
        if record.surrogate_id is not None:
            return record.surrogate_id == surrogate_id
        return same_name(s.name, surrogate_name)
    return False


def made_with(record: ConsentRecord, surrogate_id: str, surrogate_name: str) -> bool:
    """Whether a triad agreement is made with this surrogate partner, signed or not yet."""
    return record.surrogate_id == surrogate_id if record.surrogate_id is not None \
        else signed_by_surrogate(record, surrogate_id, surrogate_name)


def agreed_terms(records: list[ConsentRecord], at: str, surrogate_id: str,
                 surrogate_name: str) -> AgreedTerms:
    """The signals and the safer-sex agreement agreed for a surrogate session with this
    surrogate partner at ``at``: from the triad agreements this surrogate partner signed that
    are in force then (not wholly revoked, begun, not expired), each from the latest one that
    records it -- a re-consent that leaves them out does not unsay them."""
    mine = [r for r in records if r.form_id == TRIAD_AGREEMENT
            and signed_by_surrogate(r, surrogate_id, surrogate_name) and r.valid_at(at)
            and not r.wholly_revoked_at(at)]
    mine.sort(key=lambda r: (r.valid_from, r.recorded_at, r.entry_id))
    with_signals = [r for r in mine if r.signals is not None]
    with_safer = [r for r in mine if r.safer_sex]
    return AgreedTerms(
        signals=with_signals[-1].signals if with_signals else None,
        safer_sex=with_safer[-1].safer_sex if with_safer else "",
        signals_from=with_signals[-1].consent_id if with_signals else "",
        safer_sex_from=with_safer[-1].consent_id if with_safer else "")


def clean_terms(form_id: str, signals: dict[str, str] | None,
                safer_sex: str) -> dict[str, Any]:
    """The body fields a consent records for ``signals`` and ``safer_sex`` ({} when neither is
    given): only a triad agreement records them; both signals are named, in words, and differ."""
    words = {k: " ".join(str((signals or {}).get(k, "")).split()) for k in ("stop", "pause")}
    text = safer_sex.strip()
    if not any(words.values()) and not text:
        return {}
    if form_id != TRIAD_AGREEMENT:
        raise InvalidInput(InvalidCode.SIGNALS_FORM, field="signals" if signals else "safer_sex")
    out: dict[str, Any] = {}
    if any(words.values()):
        for k, w in words.items():
            if not w:
                raise InvalidInput(InvalidCode.SIGNAL_WORDS, field=f"signals.{k}")
            if len(w) > MAX_SIGNAL_CHARS:
                raise InvalidInput(InvalidCode.TOO_LONG, field=f"signals.{k}")
            label(w, f"signals.{k}")
        if words["stop"].casefold() == words["pause"].casefold():
            raise InvalidInput(InvalidCode.SIGNALS_SAME, field="signals.pause")
        out["signals"] = words
    if text:
        if len(text) > MAX_SAFER_SEX_CHARS:
            raise InvalidInput(InvalidCode.TOO_LONG, field="safer_sex")
        out["safer_sex"] = text
    return out


def required_forms(activity: Activity) -> tuple[str, ...]:
    """The forms that must each grant ``activity`` for a surrogate session: the informed
    consent and the triad agreement for the ladder, the therapeutic-aids consent for aids
    (each form's scope says which activities it can grant)."""
    return tuple(f for f in (INFORMED_CONSENT, TRIAD_AGREEMENT, AIDS_CONSENT)
                 if activity in form_texts.form(f).scope)


def surrogate_work_gaps(records: list[ConsentRecord], at: str, surrogate_id: str,
                        surrogate_name: str) -> dict[Activity, tuple[str, ...]]:
    """For each activity of the ladder, the forms (ids) that do not grant it for a surrogate
    session with this surrogate partner at ``at``; an empty tuple: in force.

    In force means every required form at once (intersection, never union): a release of
    information in force; an informed consent in force (a wholly revoked one ends all
    surrogate work); a triad agreement signed by *this* surrogate partner in force; and each
    form whose scope holds the activity (``required_forms``) granting it. A revocation or a
    later decline anywhere on the case still ends a grant case-wide (module docstring);
    another surrogate partner's triad agreement neither grants nor ends anything here."""
    mine = [r for r in records if r.form_id != TRIAD_AGREEMENT
            or signed_by_surrogate(r, surrogate_id, surrogate_name)]
    by_form: dict[str, list[ConsentRecord]] = {}
    for r in mine:
        by_form.setdefault(r.form_id, []).append(r)
    base: list[str] = []
    if not release_in_force(records, at):
        base.append(RELEASE)
    for f in (INFORMED_CONSENT, TRIAD_AGREEMENT):
        if not form_in_force(by_form.get(f, []), at):
            base.append(f)
    case_wide = set(activities_in_force(mine, at))
    per_form = {f: set(activities_in_force(rs, at)) for f, rs in by_form.items()}
    out: dict[Activity, tuple[str, ...]] = {}
    for a in LADDER:
        need = required_forms(a)
        gaps = list(base) + [f for f in need if f not in base and a not in per_form.get(f, set())]
        if not gaps and a not in case_wide:
            gaps = [need[0]] if need else [INFORMED_CONSENT]
        out[a] = tuple(sorted(gaps, key=FORM_ORDER.index))
    return out


def surrogate_work_in_force(records: list[ConsentRecord], at: str, surrogate_id: str,
                            surrogate_name: str) -> frozenset[Activity]:
    """What a surrogate session with this surrogate partner may include at ``at``: the
    activities every required form grants at once (``surrogate_work_gaps``)."""
    return frozenset(a for a, gaps in surrogate_work_gaps(
        records, at, surrogate_id, surrogate_name).items() if not gaps)


def form_in_force(records: list[ConsentRecord], at: str) -> bool:
    """Whether one of ``records`` (of one form) is in force at ``at``. Revoking a whole record
    withdraws the form: it also ends the records of that form that began before it."""
    ends = [rv.at for r in records for rv in r.revocations if rv.whole and rv.at <= at]
    return any(r.status(at) in LIVE and not any(r.valid_from <= t for t in ends) for r in records)


def wholly_revoked_informed_consent(records: list[ConsentRecord], at: str) -> ConsentRecord | None:
    """The informed consent whose whole revocation left none in force at ``at``, or None."""
    informed = [r for r in records if r.form_id == INFORMED_CONSENT and r.valid_from <= at]
    if not informed or form_in_force(informed, at):
        return None
    revoked = [r for r in informed if r.wholly_revoked_at(at)]
    return revoked[-1] if revoked else None


def release_lapse(records: list[ConsentRecord], at: str) -> tuple[str, str | None]:
    """Why no release is in force at ``at``, for a sentence that names it: ``("revoked",
    when)``, ``("expired", when)``, ``("pending", from when)`` or ``("none", None)`` when no
    release was ever recorded. ``("in-force", None)`` when one is."""
    if release_in_force(records, at):
        return "in-force", None
    releases = [r for r in records if r.form_id == RELEASE]
    if not releases:
        return "none", None
    begun = [r for r in releases if r.valid_from <= at]
    last = max(begun, key=lambda r: (r.valid_from, r.recorded_at, r.entry_id)) if begun \
        else min(releases, key=lambda r: (r.valid_from, r.recorded_at, r.entry_id))
    state = last.status(at)
    when = {"revoked": last.wholly_revoked_at(at), "expired": last.ends,
            "pending": last.valid_from}.get(state)
    return (state if state in ("revoked", "expired", "pending") else "none"), when


class ConsentService:
    """Record, revoke and query consent. Therapists record consent; therapists and
    surrogates record a revocation; everyone on the case reads the scope."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def forms(self, language: str = form_texts.ENGLISH) -> list[form_texts.Form]:
        """The current version of every form in ``language`` (``form_texts.languages()``)."""
        return form_texts.forms(language)

    def give(
        self, case_key: str, form_id: str, signatures: list[dict[str, Any]],
        grants: tuple[str, ...] = (), declines: tuple[str, ...] = (),
        valid_from: str | None = None, valid_until: str | None = None, note: str = "",
        form_version: int | None = None, signals: dict[str, str] | None = None,
        safer_sex: str = "", aids: list[dict[str, Any]] | None = None,
        surrogate_id: str | None = None, language: str = form_texts.ENGLISH,
    ) -> Change:
        """Record a signed consent: the client's and the therapist's own signatures
        (``triad.casefile.signatures``: the client's typed name or a scan of the paper form,
        ``{"party": "client", "scan": bytes}``). A triad agreement names the surrogate partner
        it is made with (``surrogate_id``; the case's only one by default): it awaits her
        countersignature. It may also record the agreed stop and pause signals in words
        (``signals={"stop": ..., "pause": ...}``) and the safer-sex agreement
        (``clean_terms``). A therapeutic-aids consent names each aid it grants and each way of
        using it (``aids=[{"aid_id": ..., "uses": ["in_session", ...]}]``, from the case's
        inventory: ``triad.casefile.aids.AidService.clean_grants``). The form text is exactly
        ``form_version`` when given, else the current version in ``language`` (issue 19: each
        language's text is a version of its own; the record binds to its hash)."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        form = form_texts.form(form_id, form_version, language)
        terms = clean_terms(form.form_id, signals, safer_sex)
        granted, declined = activities(grants, "grants"), activities(declines, "declines")
        if set(granted) & set(declined):
            raise InvalidInput(InvalidCode.GRANT_AND_DECLINE, field="declines")
        outside = [a for a in (*granted, *declined) if a not in form.scope]
        if outside:
            raise InvalidInput(InvalidCode.OUTSIDE_FORM_SCOPE, field="grants", activities=ladder_sorted(outside))
        days = [clock.day(s.get("signed_on") or self._ws.local_now()[:10], "signatures.signed_on")
                for s in signatures]
        start = clock.when(valid_from, "valid_from") if valid_from else max(
            days or [self._ws.local_now()[:10]]) + "T00:00"
        # whether the client may consent at all comes first (age, capacity); then the signatures
        problem = self._ws.capacity.why_not_consent(case_id, form.form_id, tuple(ladder_sorted(granted)), start)
        if problem is not None:
            raise problem
        aid_terms = self._ws.aids.clean_grants(case_id, form.form_id, granted, aids)
        case = self._ws.cases.get(case_id)
        sigs, scan = given_signatures(self._ws, case, form, signatures)
        made_with_id = triad_surrogate(case, form.form_id, surrogate_id)
        until = clock.day(valid_until, "valid_until") if valid_until else None
        if until is not None and clock.end_of(until) <= start:
            raise InvalidInput(InvalidCode.UNTIL_BEFORE_FROM, field="valid_until")
        consent_id = str(uuid.uuid4())
        body = {
            "consent_id": consent_id, "form_id": form.form_id, "form_version": form.version,
            "form_hash": form.content_hash, "grants": ladder_sorted(granted),
            "declines": ladder_sorted(declined), "valid_from": start, "valid_until": until,
            "signatures": sigs, "note": note.strip(), **terms, **aid_terms,
        }
        if made_with_id is not None:
            body["surrogate_id"] = made_with_id
        with self._ws.vault.db.transaction():
            if scan is not None:
                store_scan(self._ws, scan, next(s["scan"]["media_type"] for s in sigs
                                                if s.get("scan")))
            entry = self._ws.append(Kind.CONSENT_GIVEN, body, case_id)
        return Change(entry.id, case_id, entry.kind, consent_id)

    def revoke(
        self, case_key: str, consent_id: str, reason: str, party: str = "client",
        activities_: tuple[str, ...] = (), at: str | None = None, aids: tuple[str, ...] = (),
    ) -> Change:
        """Revoke some activities of a record, some of its aids (``aids``: aid ids; the
        others stay in force), or (neither given) the whole record. Effective at ``at``
        (default: now)."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SURROGATE)
        record = self.get(case_id, consent_id)
        chosen = activities(activities_, "activities")
        if any(a not in record.grants for a in chosen):
            raise InvalidInput(InvalidCode.NOT_GRANTED, field="activities")
        granted_aids = {g.aid_id for g in record.aids or ()}
        if any(a not in granted_aids for a in aids):
            raise InvalidInput(InvalidCode.AID_NOT_GRANTED, field="aids")
        if party not in PARTIES:
            raise InvalidInput(InvalidCode.PARTY, field="party")
        if not reason.strip():
            raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
        body: dict[str, Any] = {
            "consent_id": consent_id, "activities": ladder_sorted(chosen), "party": party,
            "reason": reason.strip(), "at": clock.when(at, "at") if at else self._ws.local_now()}
        if aids:
            body["aids"] = sorted(set(aids))
        entry = self._ws.append(Kind.CONSENT_REVOKED, body, case_id)
        return Change(entry.id, case_id, entry.kind, consent_id)

    def records(self, case_key: str) -> list[ConsentRecord]:
        """The case's consent records as the acting member may read them (module docstring),
        by start, then recording time, then entry id."""
        case_id = self._ws.cases.access.require(case_key)
        db = self._ws.vault.db
        role = self._ws.cases.access.role(case_id)
        code = ""
        if role in (Role.SURROGATE, Role.SUPERVISOR):
            row = db.one("SELECT code FROM cases WHERE case_id=?", (case_id,))
            code = str(row[0]) if row else ""
        rows = db.rows(
            "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
            " WHERE case_id=? ORDER BY json_extract(data, '$.valid_from'), recorded_at, entry_id",
            (case_id,))
        return [record_from_row(r, role, code) for r in rows]

    def get(self, case_key: str, consent_id: str) -> ConsentRecord:
        for r in self.records(case_key):
            if r.consent_id == consent_id:
                return r
        raise NotFound(NotFoundCode.CONSENT)

    @staticmethod
    def status(record: ConsentRecord, records: list[ConsentRecord], at: str) -> str:
        """A record's status seen case-wide: its grants also end when the activity is
        revoked or declined in another record of the case."""
        own = record.status(at)
        if own not in ("in-force", "partly-revoked") or not record.grants:
            return own
        still = set(record.grants) & set(activities_in_force(records, at))
        if not still:
            return "revoked"
        return "partly-revoked" if still != set(record.grants) else "in-force"

    def agreed_terms(self, case_key: str, at: str, surrogate_id: str | None) -> AgreedTerms:
        """The signals and safer-sex agreement of the triad agreement in force for a surrogate
        session with ``surrogate_id`` at ``at`` (``agreed_terms``; empty without a surrogate)."""
        case_id = self._ws.cases.access.require(case_key)
        if not surrogate_id:
            return AgreedTerms()
        return agreed_terms(self.records(case_id), clock.when(at), surrogate_id,
                            self.surrogate_name(surrogate_id))

    def surrogate_name(self, member_id: str) -> str:
        """The member's name as a triad agreement's surrogate signature names it ('' if unknown)."""
        for m in self._ws.members.list(include_removed=True, include_external=True):
            if m.member_id == member_id:
                return m.name
        return ""

    def _surrogates(self, case_id: CaseId, surrogate_id: str | None) -> list[tuple[str, str]]:
        ids = [surrogate_id] if surrogate_id else list(self._ws.cases.get(case_id).surrogate_ids)
        return [(s, self.surrogate_name(s)) for s in ids]

    def in_force(self, case_key: str, at: str | None = None,
                 surrogate_id: str | None = None) -> tuple[Activity, ...]:
        """What a surrogate session may include at ``at`` (default: now): every required form
        at once (``surrogate_work_in_force``), for ``surrogate_id`` or, when None, for any
        surrogate partner of the case; no touch or aid activity for a minor."""
        case_id = self._ws.cases.access.require(case_key)
        when = clock.when(at) if at else self._ws.local_now()
        records = self.records(case_id)
        have: set[Activity] = set()
        for sid, name in self._surrogates(case_id, surrogate_id):
            have |= surrogate_work_in_force(records, when, sid, name)
        if self._ws.capacity.minor_at(case_id, when):
            # no touch or aid activity while the client's date of birth shows a minor,
            # whatever a record on file grants
            have = set(without_touch(have))
        return tuple(a for a in LADDER if a in have)

    def gaps(self, case_key: str, wanted: tuple[str, ...], at: str,
             surrogate_id: str | None = None, need_release: bool = True,
             ) -> tuple[list[str], list[str]]:
        """The wanted activities a surrogate session at ``at`` may not include, and the forms
        (ids, in the order of ``required_forms``) that are missing for them; with no
        ``surrogate_id``, for the case's surrogate partner who has the fewest gaps.
        ``need_release=False`` leaves the release out (starting a phase discloses nothing;
        each of its sessions is checked when scheduled)."""
        case_id = self._ws.cases.access.require(case_key)
        records = self.records(case_id)
        chosen = activities(wanted)
        best: tuple[list[str], list[str]] | None = None
        for sid, name in self._surrogates(case_id, surrogate_id) or [("", "")]:
            table = {a: tuple(f for f in g if need_release or f != RELEASE)
                     for a, g in surrogate_work_gaps(records, at, sid, name).items()}
            missing = [a.value for a in chosen if table[a]]
            forms: list[str] = []
            for a in chosen:
                forms += [f for f in table[a] if f not in forms]
            if best is None or len(missing) < len(best[0]):
                best = (missing, forms)
        assert best is not None
        return best

    def missing(self, case_key: str, wanted: tuple[str, ...], at: str,
                surrogate_id: str | None = None) -> list[str]:
        return self.gaps(case_key, wanted, at, surrogate_id)[0]

    def require_covered(self, case_key: str, wanted: tuple[str, ...], at: str,
                        surrogate_id: str | None = None, need_release: bool = True) -> None:
        """Refused (InvalidInput ``minor``, or ConsentViolation naming the activities and the
        missing forms) unless every required form grants each wanted activity at ``at``
        (``gaps``) and the client is old enough for it (``triad.casefile.capacity``)."""
        problem = self._ws.capacity.why_not_activities(case_key, wanted, at)
        if problem is not None:
            raise problem
        missing, forms = self.gaps(case_key, wanted, at, surrogate_id, need_release)
        if missing:
            raise ConsentViolation(missing, at, forms)

    def why_no_surrogate_work(self, case_key: str, at: str) -> ConsentViolation | None:
        """Why no surrogate session at all can be held at ``at``, or None: the client revoked
        the whole informed consent and none is in force since."""
        records = self.records(case_key)
        if wholly_revoked_informed_consent(records, at) is None:
            return None
        return ConsentViolation([], at, [INFORMED_CONSENT])
