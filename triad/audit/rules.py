"""The consent audit's rules: DOMAIN.md "Consent audit (what a supervisor checks)".

A rule is one function registered with ``@rule``: a stable id, a severity, a one-line
explanation, and a generator of :class:`Hit` over a case's facts. Adding a check is adding a
function here. A hit may name the later record that resolved it (``resolved_by``).

A rule compares ``f.now`` / ``f.now_utc`` (or a prefix, ``f.now[:10]``) directly with other
values and never computes with them: the audit kept in the vault learns that way when the
clock alone changes a case's findings (``triad.audit.horizon``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from triad import clock
from triad.audit.context import CaseFacts, SessionFacts
from triad.audit.horizon import later
from triad.audit.sentences import credential_sentence
from triad.casefile import forms
from triad.casefile.aids import IN_SESSION, aid_grants_in_force, names_no_aid
from triad.casefile.capacity import informed_consent_capacity_problem
from triad.casefile.consent import (
    INFORMED_CONSENT,
    LIVE,
    RELEASE,
    TRIAD_AGREEMENT,
    agreed_terms,
    release_in_force,
    release_lapse,
)
from triad.casefile.ladder import LADDER, SAFER_SEX_ACTIVITIES, Activity, needs_safer_sex
from triad.casefile.validate import touch_activities
from triad.errors import NotFound
from triad.i18n import T_
from triad.roles import Role

SEVERITIES = ("critical", "major", "minor")


@dataclass(frozen=True)
class Hit:
    record_id: str  # the entry the finding points to
    at: str  # the time it concerns (clinical local time)
    detail: dict[str, Any] = field(default_factory=dict)
    resolved_by: str | None = None
    resolved_at: str | None = None
    # This finding's own sentence when it names a person (the rule's explanation otherwise)
    explanation: str | None = None


@dataclass(frozen=True)
class Rule:
    rule_id: str
    severity: str
    explanation: str
    check: Callable[[CaseFacts], Iterator[Hit]]


RULES: list[Rule] = []


def rule(rule_id: str, severity: str, explanation: str) -> Callable[
        [Callable[[CaseFacts], Iterator[Hit]]], Callable[[CaseFacts], Iterator[Hit]]]:
    assert severity in SEVERITIES

    def register(fn: Callable[[CaseFacts], Iterator[Hit]]) -> Callable[[CaseFacts], Iterator[Hit]]:
        RULES.append(Rule(rule_id, severity, explanation, fn))
        return fn

    return register


FIRST_SESSION_PARTIES = {INFORMED_CONSENT: ("client",), RELEASE: ("client",),
                         TRIAD_AGREEMENT: ("client", "therapist", "surrogate")}


def _document_before_first_session(f: CaseFacts, form_id: str, parties: tuple[str, ...]) -> Iterator[Hit]:
    first = f.first_surrogate_session()
    if first is None:
        return
    ok = [r for r in f.consents if r.form_id == form_id and r.status(first.starts_at) in
          ("in-force", "partly-revoked") and set(parties) <= {s.party for s in r.signatures}]
    if not ok:
        later = [r for r in f.consents if r.form_id == form_id and r.valid_from > first.starts_at]
        yield Hit(first.entry_id, first.starts_at, {"form_id": form_id,
                  "signed_later": later[0].valid_from if later else None})


@rule("consent.informed-consent-before-first-session", "critical", T_(
      "AuditTab", "Informed consent to SPT was not in force at the first surrogate session."))
def informed_consent_first(f: CaseFacts) -> Iterator[Hit]:
    yield from _document_before_first_session(f, INFORMED_CONSENT, FIRST_SESSION_PARTIES[INFORMED_CONSENT])


@rule("consent.release-before-first-session", "major", T_(
      "AuditTab", "The release of information was not signed before the first surrogate session."))
def release_first(f: CaseFacts) -> Iterator[Hit]:
    yield from _document_before_first_session(f, RELEASE, FIRST_SESSION_PARTIES[RELEASE])


@rule("consent.session-without-release", "major", T_(
      "AuditTab", "A surrogate session was held while no release of information was in force."))
def session_without_release(f: CaseFacts) -> Iterator[Hit]:
    # The first surrogate session is consent.release-before-first-session's to report.
    first = f.first_surrogate_session()
    for s in f.surrogate_sessions():
        if s.debrief_entry is None or s.held_at is None or s is first:
            continue
        if not release_in_force(f.consents, s.held_at):
            state, when = release_lapse(f.consents, s.held_at)
            yield Hit(s.debrief_entry, s.held_at, {"release": state, "since": when})


@rule("consent.triad-agreement-before-first-session", "critical", T_(
      "AuditTab", "The triad agreement was not signed by client, therapist and surrogate before the first "
      "surrogate session."))
def triad_first(f: CaseFacts) -> Iterator[Hit]:
    yield from _document_before_first_session(f, TRIAD_AGREEMENT, FIRST_SESSION_PARTIES[TRIAD_AGREEMENT])


@rule("consent.capacity-not-assessed", "major", T_(
      "AuditTab", "An informed consent was recorded without a prior capacity assessment finding that the "
      "client has capacity (resolved once a later informed consent follows such an assessment)."))
def capacity_not_assessed(f: CaseFacts) -> Iterator[Hit]:
    informed = [r for r in f.consents if r.form_id == "informed-consent"]
    ok = {r.consent_id for r in informed
          if informed_consent_capacity_problem(f.capacity, r.valid_from) is None}
    for r in informed:
        if r.consent_id in ok:
            continue
        latest = [a for a in f.capacity if a.on <= r.valid_from[:10]]
        redo = [x for x in informed if x.consent_id in ok and x.valid_from >= r.valid_from]
        yield Hit(r.entry_id, r.valid_from, {"assessed": latest[-1].outcome if latest else None},
                  redo[0].entry_id if redo else None, redo[0].valid_from if redo else None)


def _ended(f: CaseFacts, activity: str, at: str) -> str | None:
    """Why an activity was not covered at ``at`` if it once was: 'revoked' or 'expired'."""
    for r in f.consents:
        if activity in r.grants and r.valid_from <= at:
            if any(activity in rv.ended(r.grants) and rv.at <= at for rv in r.revocations):
                return "revoked"
            if r.ends is not None and at >= r.ends:
                return "expired"
    return None


def _uncovered(f: CaseFacts, s: SessionFacts, at: str) -> dict[str, tuple[str, ...]]:
    """The activities done in ``s`` that were not in force at ``at``, each with the forms that
    did not grant them. A surrogate session needs every required form at once
    (``triad.casefile.consent.surrogate_work_gaps``; the release has its own rules below);
    other sessions what the case's records grant."""
    if s.kind != "surrogate_session":
        covered = {a.value for a in f.in_force(at)}
        return {a: () for a in s.activities_done if a not in covered}
    table = {a.value: tuple(x for x in gaps if x != RELEASE)
             for a, gaps in f.gaps(at, s.surrogate_id).items()}
    return {a: table[a] for a in s.activities_done if table.get(a)}


@rule("consent.activity-not-covered", "critical", T_(
      "AuditTab", "A session included an activity that not every required form covered at that time."))
def activity_not_covered(f: CaseFacts) -> Iterator[Hit]:
    for s in f.sessions:
        if s.debrief_entry is None or s.held_at is None:
            continue
        for a, missing in _uncovered(f, s, s.held_at).items():
            if _ended(f, a, s.held_at) is None:
                yield Hit(s.debrief_entry, s.held_at, {"activity": a, "forms": list(missing)})


@rule("consent.aid-without-consent", "major", T_(
      "AuditTab", "A session used a therapeutic aid that had no consent of its own in force for use in "
      "session at that time, or the record does not say which aid (aid not specified)."))
def aid_without_consent(f: CaseFacts) -> Iterator[Hit]:
    # Only where the use of aids itself was covered: when it was not, the activity rules
    # above already report the session (critical). Each aid, and each way of using it, needs
    # its own consent (the therapeutic-aids form).
    for s in f.sessions:
        if s.debrief_entry is None or s.held_at is None:
            continue
        if not s.aid_ids and Activity.AIDS.value not in s.activities_done:
            continue
        if Activity.AIDS.value in _uncovered(f, s, s.held_at):
            continue
        if not s.aid_ids:  # a debrief written before the aid inventory: which aid?
            yield Hit(s.debrief_entry, s.held_at, {"aids": [], "reason": "debrief-names-no-aid"})
            continue
        granted = aid_grants_in_force(f.consents, s.held_at, IN_SESSION)
        missing = [a for a in s.aid_ids if a not in granted]
        if missing:
            reason = "consent-names-no-aid" if names_no_aid(f.consents, s.held_at) \
                else "no-consent-for-this-aid"
            yield Hit(s.debrief_entry, s.held_at, {"aids": missing, "reason": reason})


@rule("consent.activity-after-revocation-or-expiry", "critical", T_(
      "AuditTab", "A session used an activity after its consent was revoked or had expired."))
def activity_after_end(f: CaseFacts) -> Iterator[Hit]:
    for s in f.sessions:
        if s.debrief_entry is None or s.held_at is None:
            continue
        for a, missing in _uncovered(f, s, s.held_at).items():
            reason = _ended(f, a, s.held_at)
            if reason:
                yield Hit(s.debrief_entry, s.held_at,
                          {"activity": a, "reason": reason, "forms": list(missing)})


def _sessions_without(f: CaseFacts, forms_: tuple[str, ...]) -> Iterator[Hit]:
    """Every surrogate session that has taken place while one of ``forms_`` was not in force
    for it (for the triad agreement: one its surrogate partner signed). The first session's
    gaps the before-first-session rules report, so it is left to them unless they pass."""
    first = f.first_surrogate_session()
    for s in f.surrogate_sessions():
        at = s.held_at or s.starts_at
        if s.starts_at > f.now or not s.took_place:  # a cancelled session took no consent
            continue
        # the forms missing for every activity: not in force at all for this session
        missing = set.intersection(*(set(g) for g in f.gaps(at, s.surrogate_id).values()))
        for form_id in forms_:
            if form_id not in missing:
                continue
            if s is first and any(True for _ in _document_before_first_session(
                    f, form_id, FIRST_SESSION_PARTIES[form_id])):
                continue
            yield Hit(s.debrief_entry or s.entry_id, at, {"form_id": form_id,
                                                          "session_id": s.session_id})


@rule("consent.session-without-required-form", "critical", T_(
      "AuditTab", "A surrogate session took place while the informed consent, or a triad agreement with "
      "its surrogate partner, was not in force (every session is checked, not only the first)."))
def session_without_form(f: CaseFacts) -> Iterator[Hit]:
    yield from _sessions_without(f, (INFORMED_CONSENT, TRIAD_AGREEMENT))


@rule("plan.phase-started-without-consent", "major", T_(
      "AuditTab", "A phase was started while the consent its activities need was not in force."))
def phase_without_consent(f: CaseFacts) -> Iterator[Hit]:
    for p in f.phase_starts:
        if p.planned_sessions == 0:
            continue
        table = f.best_gaps(p.at)
        missing = [a for a in p.activities
                   if any(x != RELEASE for x in table.get(Activity(a), ()))]
        if missing:
            yield Hit(p.entry_id, p.at, {"phase_id": p.phase_id, "missing": missing})


@rule("consent.ladder-incoherent", "major", T_(
      "AuditTab", "A higher rung of the activity ladder was granted while a lower rung was declined (the "
      "ladder is cumulative in practice)."))
def ladder_incoherent(f: CaseFacts) -> Iterator[Hit]:
    rungs: list[Activity] = [a for a in LADDER if a is not Activity.AIDS]
    for r in f.consents:
        live = [x for x in f.consents if x.status(r.valid_from) in LIVE]
        if r not in live:
            continue
        granted = set(r.grants) | set(f.in_force(r.valid_from))
        declined = {a for x in live for a in x.declines} - granted
        for high in granted & set(rungs):
            lower = [a for a in rungs[:rungs.index(high)] if a in declined]
            if lower and (high in r.grants or set(lower) & set(r.declines)):
                yield Hit(r.entry_id, r.valid_from, {"activity": high.value,
                                                     "declined": [a.value for a in lower]})
                break


@rule("consent.reconsent-at-phase-change", "minor", T_(
      "AuditTab", "A phase began without the informed consent or the triad agreement re-confirmed since the "
      "previous phase began (audit setting: re-consent at phase change)."))
def reconsent_at_phase_change(f: CaseFacts) -> Iterator[Hit]:
    # The forms promise it of themselves ("you will be asked again when a phase changes"):
    # another form signed meanwhile (an aids consent, a release) re-confirms nothing.
    if not f.settings.reconsent_at_phase_change:
        return
    starts = [p for p in f.phase_starts if p.planned_sessions > 0]
    reconfirming = (INFORMED_CONSENT, TRIAD_AGREEMENT)
    for previous, p in itertools.pairwise(starts):
        if not any(previous.at <= r.valid_from <= p.at for r in f.consents
                   if r.grants and r.form_id in reconfirming):
            yield Hit(p.entry_id, p.at, {"phase_id": p.phase_id})


@rule("consent.signature-unknown-form-text", "critical", T_(
      "AuditTab", "A consent's signatures do not match a form text this program ships (altered or unknown "
      "form, or signatures bound to different texts)."))
def unknown_form_text(f: CaseFacts) -> Iterator[Hit]:
    for r in f.consents:
        known = forms.form_by_hash(r.form_hash)
        if known is None or known.form_id != r.form_id or any(
                s.form_hash != r.form_hash for s in r.signatures):
            yield Hit(r.entry_id, r.valid_from, {"form_id": r.form_id})


@rule("consent.signature-not-current-version", "major", T_(
      "AuditTab", "A consent was signed on a form version that is no longer current (resolved once a "
      "re-consent on the current version follows)."))
def outdated_version(f: CaseFacts) -> Iterator[Hit]:
    for r in f.consents:
        known = forms.form_by_hash(r.form_hash)
        if known is None or known.form_id != r.form_id:
            continue  # consent.signature-unknown-form-text reports it
        try:
            current = forms.current_for(known)  # in the signed text's own language
        except NotFound:
            continue
        if known.version == current.version:
            continue
        redo = [x for x in f.consents if x.form_id == r.form_id and x.form_hash == current.content_hash
                and x.valid_from >= r.valid_from]
        yield Hit(r.entry_id, r.valid_from, {"form_id": r.form_id, "signed_version": known.version,
                                             "current_version": current.version},
                  redo[0].entry_id if redo else None, redo[0].valid_from if redo else None)


AWAITING_SIGNATURE_DAYS = 14


@rule("consent.awaiting-signature", "minor",
      f"A consent record has awaited a party's own signature for more than "
      f"{AWAITING_SIGNATURE_DAYS} days (it grants nothing until that party signs; resolved "
      f"when they sign).")
def awaiting_signature(f: CaseFacts) -> Iterator[Hit]:
    # A surrogate session held meanwhile is the consent gate's: the record is not in force
    # (consent.triad-agreement-before-first-session, consent.session-without-form).
    for r in f.consents:
        if r.status(f.now) != "awaiting-signatures":
            continue
        if clock.utc_to_local_minutes(deadline(r.recorded_at, AWAITING_SIGNATURE_DAYS)) < f.now:
            yield Hit(r.entry_id, clock.utc_to_local_minutes(r.recorded_at),
                      {"form_id": r.form_id, "parties": list(r.awaiting)})


def deadline(submitted_utc: str, days: int) -> str:
    """``days`` after a UTC entry time, as a UTC stamp (a review, a co-signature is due then)."""
    moment = datetime.fromisoformat(submitted_utc.replace("Z", "+00:00")) + timedelta(days=days)
    return clock.utc_stamp(moment)


def _needs_attention(s: SessionFacts) -> bool:
    return any(flag.needs_attention for flag in s.flags)


def _review_hits(f: CaseFacts, flagged: bool) -> Iterator[Hit]:
    for s in f.sessions:
        if s.debrief_entry is None or s.submitted_at is None or _needs_attention(s) != flagged:
            continue
        due = deadline(s.submitted_at, f.settings.review_days)
        first_review = min(s.reviews) if s.reviews else None
        at = s.held_at or s.starts_at
        if first_review is None and f.now_utc > due:
            yield Hit(s.debrief_entry, at, {"due": due[:10], "days": f.settings.review_days})
        elif first_review is not None and first_review[0] > due:
            yield Hit(s.debrief_entry, at, {"due": due[:10], "days": f.settings.review_days},
                      first_review[1], clock.utc_to_local_minutes(first_review[0]))


@rule("debrief.review-overdue", "major", T_(
      "AuditTab", "A debrief was not reviewed by the therapist within the agreed time (resolved, with its "
      "date, once a late review is recorded)."))
def review_overdue(f: CaseFacts) -> Iterator[Hit]:
    yield from _review_hits(f, flagged=False)


@rule("debrief.signal-without-review", "critical", T_(
      "AuditTab", "A stop or pause signal, a boundary not kept, or an activity outside consent was not "
      "followed by a therapist review within the agreed time."))
def signal_without_review(f: CaseFacts) -> Iterator[Hit]:
    yield from _review_hits(f, flagged=True)


@rule("debrief.safer-sex-not-kept", "major", T_(
      "AuditTab", "A surrogate session with genital touch or intercourse has no debrief saying the safer-sex "
      "agreement was kept, or the triad agreement in force for it records no safer-sex "
      "agreement."))
def safer_sex_not_kept(f: CaseFacts) -> Iterator[Hit]:
    for s in f.sessions:
        if s.debrief_entry is None or s.held_at is None or not needs_safer_sex(s.activities_done):
            continue
        sid = s.surrogate_id or ""
        agreed = bool(agreed_terms(f.consents, s.held_at, sid, f.names.get(sid, "")).safer_sex)
        if agreed and s.safer_sex_kept is True:
            continue
        yield Hit(s.debrief_entry, s.held_at, {
            "activities": [a for a in s.activities_done if a in SAFER_SEX_ACTIVITIES],
            "safer_sex_agreed": agreed, "safer_sex_kept": s.safer_sex_kept})


@rule("consent.session-without-signals", "major", T_(
      "AuditTab", "A surrogate session with touch was held while no stop and pause signals were agreed in "
      "the triad agreement in force with its surrogate partner."))
def session_without_signals(f: CaseFacts) -> Iterator[Hit]:
    for s in f.surrogate_sessions():
        touch = touch_activities(s.activities_done)
        if s.debrief_entry is None or s.held_at is None or not touch:
            continue
        sid = s.surrogate_id or ""
        if agreed_terms(f.consents, s.held_at, sid, f.names.get(sid, "")).signals is None:
            yield Hit(s.debrief_entry, s.held_at, {"activities": touch})


@rule("debrief.missing", "major", T_(
      "AuditTab", "A surrogate session that has taken place has no debrief."))
def debrief_missing(f: CaseFacts) -> Iterator[Hit]:
    for s in f.surrogate_sessions():  # two days after it started (now compared directly)
        if s.debrief_entry is None and later(s.starts_at, 2) < f.now and s.took_place:
            yield Hit(s.entry_id, s.starts_at, {})


def _credential_ok(f: CaseFacts, member_id: str | None, day: date) -> bool:
    if member_id is None or member_id not in f.credentials:
        return True  # not a member of this vault: nothing recorded to check against
    _, creds = f.credentials[member_id]
    return any(c.valid_on(day) for c in creds)


@rule("credential.invalid-on-session-date", "major", T_(
      "AuditTab", "The case's therapist or the session's surrogate partner had no valid credential on the "
      "session date."))
def credential_invalid(f: CaseFacts) -> Iterator[Hit]:
    for s in f.sessions:
        if s.starts_at > f.now or not s.took_place:
            continue
        day = date.fromisoformat(s.starts_at[:10])
        for member_id, who in ((f.therapist_id, "therapist"), (s.surrogate_id, "surrogate")):
            if member_id and not _credential_ok(f, member_id, day):
                creds = f.credentials[member_id][1]
                which = "not-valid" if creds else "never-recorded"
                yield Hit(s.entry_id, s.starts_at, {"member_id": member_id, "party": who},
                          explanation=credential_sentence(which, f.names.get(member_id, ""),
                                                          day.isoformat(), who))


@rule("credential.expiring-soon", "minor", T_(
      "AuditTab", "A credential of the case's therapist or surrogate expires within the warning window."))
def credential_expiring(f: CaseFacts) -> Iterator[Hit]:
    today = f.now[:10]
    members = {f.therapist_id} | {s.surrogate_id for s in f.sessions if s.surrogate_id}
    for member_id in sorted(m for m in members if m in f.credentials):
        role, creds = f.credentials[member_id]
        if role is Role.SUPERVISOR or not creds:
            continue
        latest = max((c.valid_until or "9999-12-31") for c in creds)
        # expires within the window: ``latest < today + days``, with today compared directly
        # (triad.audit.horizon); the finding concerns the expiry day, not the moment audited
        window_opens = (date.fromisoformat(latest)
                        - timedelta(days=f.settings.credential_warning_days)).isoformat()
        if today <= latest and today > window_opens:
            yield Hit(member_id, latest + "T00:00", {"member_id": member_id, "valid_until": latest},
                      explanation=credential_sentence("expires", f.names.get(member_id, ""),
                                                      latest))


# -- alerts a clinician would want (issue 16) --

@rule("case.stalled", "minor", T_(
      "AuditTab", "An active case has had no session for longer than the stalled-case setting (default 28 "
      "days): plan a three-way meeting, or pause the case with a reason."))
def case_stalled(f: CaseFacts) -> Iterator[Hit]:
    # Sessions that took place (``held``) count, of any kind: a therapist session is contact
    # too. Since the case became active when it has had no session since.
    if f.status != "active":
        return
    past = [s for s in f.held_sessions() if s.starts_at <= f.now]
    since = max((s.starts_at for s in past), default="")
    record = past[-1].entry_id if past and past[-1].starts_at == since else ""
    if f.status_since > since:
        since, record = f.status_since, f.status_entry
    if not since or not record:
        return
    days = f.days_since(since)
    if days > f.settings.stalled_days:
        yield Hit(record, since, {"since": since[:10], "days": days,
                                  "limit": f.settings.stalled_days})


@rule("plan.phase-overrun", "minor", T_(
      "AuditTab", "A phase has held more sessions than planned by more than the overrun setting (default "
      "50 %): revise the plan with the client, or complete the phase."))
def phase_overrun(f: CaseFacts) -> Iterator[Hit]:
    # The latest plan revision's count: a plan revised to extend the phase answers it.
    # A phase plans surrogate sessions: therapist sessions in it do not count.
    counts: dict[str, list[SessionFacts]] = {}
    for s in f.held_sessions():
        if s.phase_id and s.kind == "surrogate_session":
            counts.setdefault(s.phase_id, []).append(s)
    for phase_id, sessions in counts.items():
        status, planned, _ = f.phases.get(phase_id, ("planned", 0, ""))
        if planned <= 0 or status == "planned":
            continue
        limit = planned * (100 + f.settings.overrun_percent) // 100
        if len(sessions) > limit:
            first = sessions[limit]  # the first session past the limit
            yield Hit(first.entry_id, first.starts_at, {
                "phase_id": phase_id, "held": len(sessions), "planned": planned})


@rule("supervision.cosign-overdue", "major", T_(
      "AuditTab", "A therapist's debrief review or progress note that the practice requires the supervisor "
      "to co-sign has not been co-signed within the co-signature setting (resolved, with its date, once "
      "co-signed)."))
def cosign_overdue(f: CaseFacts) -> Iterator[Hit]:
    for c in f.cosignable:
        due = deadline(c.at, f.settings.cosign_days)
        if c.cosigned_at is None and f.now_utc > due:
            yield Hit(c.entry_id, clock.utc_to_local_minutes(c.at),
                      {"due": due[:10], "days": f.settings.cosign_days})
        elif c.cosigned_at is not None and c.cosigned_at > due:
            yield Hit(c.entry_id, clock.utc_to_local_minutes(c.at),
                      {"due": due[:10], "days": f.settings.cosign_days},
                      c.cosign_entry, clock.utc_to_local_minutes(c.cosigned_at))


def _days_before(at: str, days: int) -> str:
    return (datetime.fromisoformat(at) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


@rule("therapy.not-concurrent", "major", T_(
      "AuditTab", "A surrogate session took place while the client had no therapist session in the days "
      "before it (the concurrent-therapy setting, default 21 days): the codes of practice "
      "require the client to be in therapy alongside the surrogate work."))
def not_concurrent(f: CaseFacts) -> Iterator[Hit]:
    # "Took place" on both sides (``SessionFacts.took_place``: held, or over with no outcome
    # yet, as case.stalled reads it): a cancelled or missed therapist session is no therapy.
    # A three-way meeting reviews the surrogate work; it is not the client's therapy.
    therapy = [s.starts_at for s in f.sessions
               if s.kind == "therapist_session" and s.took_place and s.starts_at <= f.now]
    days = f.settings.concurrent_days
    for s in f.surrogate_sessions():
        if s.starts_at > f.now or not s.took_place:
            continue
        before = [t for t in therapy if t <= s.starts_at]
        last = before[-1] if before else None
        if last is None or last < _days_before(s.starts_at[:10] + "T00:00", days):
            yield Hit(s.entry_id, s.starts_at,
                      {"last_therapist_session": last[:10] if last else None, "days": days})


@rule("case.closed-without-closing-meeting", "minor", T_(
      "AuditTab", "A case that had surrogate sessions was closed without a closing three-way meeting and "
      "without the reason there was none (recorded with the closure)."))
def closed_without_meeting(f: CaseFacts) -> Iterator[Hit]:
    # The closing rule (triad.casefile.meetings.why_not_close) refuses such a closure today;
    # a case closed in an older version, or imported from one, can still hold it.
    if f.status != "closed" or f.closing_minutes or f.no_closing_meeting.strip():
        return
    if not any(s.took_place and s.starts_at <= f.now for s in f.surrogate_sessions()):
        return
    if f.status_entry:
        yield Hit(f.status_entry, f.status_since, {})


@rule("request.overdue", "major", T_(
      "AuditTab", "A client's access or amendment request was not answered by its due day (the practice's "
      "request setting, 30 days by default): it is still open past that day, or was closed "
      "after it."))
def request_overdue(f: CaseFacts) -> Iterator[Hit]:
    # HIPAA §164.524(b)(2) and §164.526(b)(2); GDPR Art. 12(3). Open: the finding stays until
    # the request is closed, then names the closing that resolved it -- late all the same, so
    # a request closed after its due day is a finding from the start (triad.casefile.requests).
    today = f.now[:10]
    for r in f.requests:
        if r.overdue(today):
            yield Hit(r.entry_id, r.due_on + "T23:59", {"due_on": r.due_on})
        elif r.answered_late() and r.closing is not None:
            yield Hit(r.entry_id, r.due_on + "T23:59", {"due_on": r.due_on},
                      resolved_by=r.closing.entry_id, resolved_at=r.closing.closed_on + "T00:00")


@rule("custody.therapist-departed", "major", T_(
      "AuditTab", "The case is held by a therapist who is no longer a member of the practice: the records "
      "custodian takes custody of it, with the supervisor's countersignature."))
def therapist_departed(f: CaseFacts) -> Iterator[Hit]:
    """Issue 17: a case is never left without a therapist who holds it. Removal is refused
    while a therapist holds cases; a vault from before that rule (or one that received the
    removal) may still hold such a case. Record: the ``member.removed`` entry."""
    removed = f.departed.get(f.therapist_id)
    if removed is not None:
        yield Hit(removed[0], clock.utc_to_local_minutes(removed[1]),
                  {"member_id": f.therapist_id})
