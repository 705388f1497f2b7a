"""The client's own copies (issue 17; HIPAA §164.524, GDPR Art. 15): what the client signed
and every withdrawal of it (``consent_copy``: their copy and revocation receipt), their whole
record in readable form (``client_copy``), and a one-page card to keep (``client_card``).

Each is for the client, so each names the people -- the client included -- and is made by the
case's therapist only: the therapist gives the client their copy. What is left out, and why:

- **process recordings** (the surrogate partner's detailed notes to the therapist) unless the
  therapist includes them: HIPAA excludes psychotherapy notes from the right of access; under
  GDPR they may be in scope, so the therapist decides (``with_process_recordings``).
- **private notes**, never: they are not part of the record (``triad.casefile.private_notes``:
  sealed to their author, not case entries).

Gathering goes through the permission-checked services; rendering is
``triad.reports.client_documents``. Returns PDF bytes; the caller writes them and then records
one disclosure (``What.CONSENT_COPY`` / ``CLIENT_COPY`` / ``CLIENT_CARD``, ``To.CLIENT``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from triad import clock, i18n
from triad.casefile import forms
from triad.casefile.consent import ConsentRecord
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.casefile.measures import MEASURE_NAMES
from triad.errors import InvalidCode, InvalidInput
from triad.messages import CONSENT_STATUS as STATUS_WORDS
from triad.reports import client_documents as cdocs
from triad.reports import form_names
from triad.reports.common import concern_words, tr
from triad.reports.correction_words import ANY_ENTRY, ENTRY_WORDS, FIELD_WORDS
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

LEGAL_BASIS_WORDS = {
    "explicit-consent": "your explicit consent (GDPR Article 9(2)(a))",
    "health-care": "the provision of health care by a professional bound by confidentiality "
                   "(GDPR Article 9(2)(h))",
    "": "not recorded",
}
PARTY_WORDS = {"client": "You (the client)", "therapist": "Your therapist",
               "surrogate": "Your surrogate partner"}
KIND_WORDS = {"surrogate_session": "Surrogate partner session",
              "therapist_session": "Session with your therapist",
              "three_way_meeting": "Three-way meeting"}
OUTCOME_WORDS = {"held": "held", "cancelled-by-client": "cancelled by you",
                 "cancelled-by-practice": "cancelled by the practice",
                 "late-cancellation": "cancelled at short notice", "no-show": "missed",
                 "scheduled": "booked", "outcome-missing": "not yet recorded"}
WHAT_WORDS = {"case-export": "the whole record, as a file", "packet": "an encrypted update",
              "backup": "a backup of the practice's records", "report": "a printed document",
              "client-copy": "your copy of your record", "consent-copy": "your copy of a consent",
              "client-card": "your card"}
TO_WORDS = {"member": "a member of the practice", "contact": "a member of your triad",
            "client": "you", "printer": "a printer", "file": "a saved file"}
CAPACITY_WORDS = {"has-capacity": "able to consent", "lacks-capacity": "not able to consent",
                  "needs-review": "to be reviewed"}
PHASE_WORDS = {"planned": "planned", "active": "active", "completed": "completed",
               "skipped": "skipped"}
USE_WORDS = {"in_session": "in session", "at_home": "at home"}
BY_WORDS = {"client": "you", "therapist": "your therapist", "surrogate": "your surrogate partner"}
MAX_CONTACT_CHARS = 200


def _acts(values: tuple[Activity, ...] | list[Activity]) -> str:
    return ", ".join(_activity(a) for a in values) or tr("none")


def _activity(a: Activity) -> str:
    return i18n.translate("ladder", ACTIVITY_LABELS[a])


def _day(stamp: str | None) -> str:
    """A local date and time as the report's language writes it ("" stays "")."""
    return i18n.day_and_time((stamp or "")[:16])


def _date(day: str | None) -> str:
    return i18n.short_date(day) if day else ""


class ClientCopies:
    """Builds the three documents for the case's therapist."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def _names(self) -> dict[str, str]:
        return {m.member_id: m.name
                for m in self._ws.members.list(include_removed=True, include_external=True)}

    def _client(self, case_key: str) -> tuple[str, Any, str]:
        ws = self._ws
        case_id = ws.cases.access.require(case_key, Role.THERAPIST)
        case = ws.cases.get(case_id)
        label = (f"{case.client.legal_name} ({case.code})" if case.client.legal_name
                 else case.code)
        return case_id, case, label

    # -- one consent record -------------------------------------------------------------
    def consent_block(self, record: ConsentRecord, names: dict[str, str], label: str,
                      case: Any, aid_names: dict[str, str], now: str) -> cdocs.ConsentCopy:
        form = forms.form(record.form_id, record.form_version)
        surrogate = names.get(record.surrogate_id or "", "") or ", ".join(
            names.get(s, "?") for s in case.surrogate_ids) or tr("the surrogate partner")
        values = {"client_code": label, "therapist_name": names.get(case.therapist_id, ""),
                  "surrogate_name": surrogate,
                  "practice_name": self._ws.practice_name or tr("the practice")}
        signatures = []
        for s in record.signatures:
            if s.scan:
                how = tr("signed on the paper form; a scan of the signed form is kept in the "
                         "record (SHA-256 {sha}…)").format(sha=str(s.scan.get("sha256", ""))[:16])
            else:
                how = (tr("typed name: {name}") if s.party == "client"
                       else tr("signed as {name}")).format(name=s.name)
                if s.drawing:
                    how += tr(", with a drawn signature")
            signatures.append((tr(PARTY_WORDS.get(s.party, s.party)), how, _date(s.signed_on)))
        for party in record.awaiting:
            signatures.append((tr(PARTY_WORDS.get(party, party)), tr("not signed yet"), "-"))
        aids = [f"{aid_names.get(g.aid_id, '?')} ({', '.join(tr(USE_WORDS.get(u, u)) for u in g.uses)})"
                for g in record.aids or ()]
        revocations = []
        for rv in record.revocations:
            # "you withdrew consent to Genital touch" (German: "die Einwilligung in …")
            what = tr("the whole consent") if rv.whole else tr("consent to {what}").format(
                what=", ".join([_activity(a) for a in rv.activities]
                               + [aid_names.get(a, "?") for a in rv.aids]))
            party = tr(BY_WORDS.get(rv.party, rv.party))
            revocations.append(cdocs.Withdrawal(
                at=_day(rv.at), what=what, by_party=party, party=rv.party,
                reason=rv.reason.rstrip(". "),
                recorded_by=names.get(rv.by, "?")))
        status = record.status(now)  # this record's own: its withdrawals are listed with it
        return cdocs.ConsentCopy(
            title=form.title, name=form_names.name(form.form_id, form.version),
            form_id=form.form_id, version=form.version,
            content_hash=record.form_hash, body=form.text, values=values,
            grants=_acts(record.grants), declines=_acts(record.declines), aids=aids,
            valid_from=_date(record.valid_from), valid_until=_date(record.valid_until),
            status=i18n.translate("messages", STATUS_WORDS.get(status, status)),
            signatures=signatures,
            signals=(record.signals.stop, record.signals.pause) if record.signals else None,
            safer_sex=record.safer_sex, note=record.note, withdrawals=revocations)

    def consent_copy(self, case_key: str, consent_id: str, page_size: str = "A4") -> bytes:
        """The client's copy of one consent record: the form's whole text, version and hash,
        each signature with its date, the scope granted and declined, and every withdrawal
        (the revocation receipt)."""
        ws = self._ws
        case_id, case, label = self._client(case_key)
        record = ws.consent.get(case_id, consent_id)
        now = ws.local_now()
        block = self.consent_block(record, self._names(), label, case,
                                   ws.aids.descriptions(case_id), now)
        return cdocs.consent_copy(cdocs.ConsentCopyData(
            practice=ws.practice_name or "Triad", client_label=label, code=case.code,
            generated_at=_day(now), consent=block, page_size=page_size))

    # -- the client card -----------------------------------------------------------------
    def client_card(self, case_key: str, contact: str = "", page_size: str = "A4") -> bytes:
        """One page for the client to keep: the agreed stop and pause signals, what they
        consent to now, how to withdraw, and who to call (``contact``: a line the therapist
        types, e.g. a phone number; nothing is invented when it is empty)."""
        ws = self._ws
        case_id, case, label = self._client(case_key)
        contact = " ".join(contact.split())
        if len(contact) > MAX_CONTACT_CHARS:
            raise InvalidInput(InvalidCode.TOO_LONG, field="contact",
                               maximum=str(MAX_CONTACT_CHARS))
        names = self._names()
        now = ws.local_now()
        signals = []
        for sid in case.surrogate_ids:
            terms = ws.consent.agreed_terms(case_id, now, sid)
            if terms.signals is not None:
                signals.append((names.get(sid, "?"), terms.signals.stop, terms.signals.pause))
        return cdocs.client_card(cdocs.CardData(
            practice=ws.practice_name or "Triad", client_label=label, code=case.code,
            generated_at=_day(now), therapist=names.get(case.therapist_id, "?"),
            surrogates=[names.get(s, "?") for s in case.surrogate_ids], signals=signals,
            in_force=[_activity(a) for a in ws.consent.in_force(case_id)],
            contact=contact, page_size=page_size))

    # -- the whole record ----------------------------------------------------------------
    def client_copy(self, case_key: str, with_process_recordings: bool = False,
                    page_size: str = "A4") -> bytes:
        """The client's whole record, readable (module docstring for what is left out)."""
        ws = self._ws
        case_id, case, label = self._client(case_key)
        names = self._names()
        now = ws.local_now()
        c = case.client
        from triad.reports.documents import tr_status

        details = [(tr("Name"), c.legal_name or "-"), (tr("Client code"), case.code),
                   (tr("Pronouns"), c.pronouns or "-"),
                   (tr("Date of birth"), _date(c.date_of_birth) or "-"),
                   (tr("What brought you"), ", ".join(concern_words(x)
                                                      for x in c.presenting_concerns) or "-"),
                   (tr("In your words"), c.concerns_note or "-"),
                   (tr("Contraindications"), c.contraindications or "-"),
                   (tr("Medical or rehabilitation context"), c.medical_context or "-"),
                   (tr("Case opened"), _date(case.opened_at[:10])),
                   (tr("Status"), tr_status(case.status)),
                   (tr("Legal basis for keeping this record"),
                    tr(LEGAL_BASIS_WORDS.get(c.legal_basis, c.legal_basis))),
                   (tr("Jurisdiction"), c.jurisdiction or tr("not recorded"))]
        for a in ws.capacity.assessments(case_id):
            details.append((tr("Capacity to consent, assessed {day}").format(day=_date(a.on)),
                            tr(CAPACITY_WORDS.get(a.outcome, a.outcome))
                            + (f": {a.note}" if a.note else "")))
        triad = [(tr("Therapist"), names.get(case.therapist_id, "?"))]
        triad += [(tr("Surrogate partner"), names.get(s, "?")) for s in case.surrogate_ids]
        if case.supervisor_id:
            triad.append((tr("Supervisor"), names.get(case.supervisor_id, "?")))
        records = ws.consent.records(case_id)
        aid_names = ws.aids.descriptions(case_id)
        consents = [self.consent_block(r, names, label, case, aid_names, now)
                    for r in records]
        plan = ws.plans.current(case_id)
        phases = [(ph.title, tr(PHASE_WORDS.get(ph.status, ph.status)), str(ph.planned_sessions),
                   _day(ph.started_at) or "-", _day(ph.completed_at) or "-")
                  for ph in plan.phases] if plan else []
        goals = [(g.description, g.baseline, g.latest, g.target) for g in ws.cases.goals(case_id)]
        sessions = ws.sessions.list(case_id)
        session_rows = [(_day(s.starts_at), tr(KIND_WORDS.get(s.kind, s.kind)),
                         tr("{minutes} min").format(minutes=s.duration_min),
                         names.get(s.surrogate_id or "", "") if s.surrogate_id else "-",
                         tr(OUTCOME_WORDS.get(s.outcome, s.outcome))) for s in sessions]
        debriefs = [self._debrief(s, names, aid_names, with_process_recordings)
                    for s in sessions if s.debrief is not None]
        notes = ws.reports.notes(case_id, "0000-01-01", "9999-12-31")
        measures = [(_date(m.on), MEASURE_NAMES.get(m.kind, m.kind.upper()), i18n.number(m.value, _digits(m.value)),
                     m.label) for m in ws.measures.list(case_id)]
        from triad.reports.disclosures import REPORT_WORDS

        disclosures = [(_day(clock.utc_to_local_minutes(d.at)), d.author_name,
                        tr(WHAT_WORDS.get(d.what, d.what))
                        + (f" ({tr(REPORT_WORDS.get(d.report, d.report))})" if d.report else ""),
                        tr(TO_WORDS.get(d.to, d.to))
                        + (f": {d.member_name}" if d.member_name else ""))
                       for d in ws.disclosures.list(case_id)]
        return cdocs.client_copy(cdocs.ClientCopyData(
            practice=ws.practice_name or "Triad", client_label=label, code=case.code,
            generated_at=_day(now), details=details, triad=triad, consents=consents,
            phases=phases, goals=goals, sessions=session_rows, debriefs=debriefs, notes=notes,
            measures=measures,
            amendments=self._amendments(case_id, names, with_process_recordings),
            disclosures=disclosures, with_process_recordings=with_process_recordings,
            page_size=page_size))

    def _debrief(self, s: Any, names: dict[str, str], aid_names: dict[str, str],
                 with_process_recordings: bool) -> tuple[str, list[tuple[str, str]]]:
        d = s.debrief
        heading = (tr("Session of {when} with {name}").format(
            when=_day(d.held_at), name=names.get(s.surrogate_id or "", "?"))
                   + (tr(" (amended)") if d.amended else ""))
        suds = tr("{before} before, {after} after").format(
            before=d.suds_before if d.suds_before is not None else "-",
            after=d.suds_after if d.suds_after is not None else "-")
        lines = [(tr("Activities planned"), _acts(d.activities_planned)),
                 (tr("Activities done"), _acts(d.activities_done)),
                 (tr("Distress (SUDS, 0\u201310)"), suds),
                 (tr("What went well"), d.went_well), (tr("What was hard"), d.was_hard),
                 (tr("Arousal and anxiety"), d.arousal_anxiety),
                 (tr("Boundaries kept"), (tr("yes") if d.boundaries_kept else tr("no"))
                  + (f": {d.boundaries_note}" if d.boundaries_note else "")),
                 (tr("Stop / pause signals used"), f"{d.stop_signals} / {d.pause_signals}"),
                 (tr("Safer sex"), d.safer_sex),
                 (tr("Aids used"), ", ".join([aid_names.get(a, "?") for a in d.aid_ids]
                                             + list(d.aids_used))),
                 (tr("The surrogate partner's reactions"), d.reactions),
                 (tr("Questions for the therapist"), d.questions),
                 (tr("Proposal for the next session"), d.proposal)]
        lines += [(tr("Therapist's review ({when}, {name})").format(
            when=_day(clock.utc_to_local_minutes(r.at)), name=names.get(r.by, "?")), r.comment)
                  for r in d.reviews]
        if with_process_recordings and d.process_recording:
            lines.append((tr("Process recording (the surrogate partner's notes to the "
                             "therapist)"), d.process_recording))
        return heading, [(k, v) for k, v in lines if v]

    def _amendments(self, case_id: str, names: dict[str, str],
                    with_process_recordings: bool) -> list[cdocs.AmendedEntry]:
        """Each amended entry with the original values of the fields its amendments changed."""
        ws = self._ws
        targets = [str(r[0]) for r in ws.vault.db.rows(
            "SELECT DISTINCT target_id FROM amendments WHERE case_id=? ORDER BY target_id",
            (case_id,))]
        out = []
        for target_id in targets:
            original, amendments = ws.amendments.history(target_id)
            if not amendments:
                continue
            body = original.body
            changes = []
            for a in amendments:
                flat = {k: v for k, v in _flat(a.changes).items()
                        if with_process_recordings or k != "process_recording"}
                if not flat:
                    continue
                changes.append(cdocs.AmendmentLine(
                    at=_day(clock.utc_to_local_minutes(a.at)),
                    by=names.get(a.by, "?"), reason=a.reason,
                    fields=[(_field(k.split(".")[-1]), _show(_flat(body).get(k, "")), _show(v))
                            for k, v in flat.items()]))
            if changes:
                out.append(cdocs.AmendedEntry(
                    what=tr(ENTRY_WORDS.get(original.kind, ANY_ENTRY)),
                    written=_day(clock.utc_to_local_minutes(original.created_at)),
                    author=names.get(original.author, "?"), changes=changes))
        return out


def _flat(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def _field(name: str) -> str:
    return tr(FIELD_WORDS[name]) if name in FIELD_WORDS else name.replace("_", " ")


def _digits(value: float) -> int:
    return 0 if float(value).is_integer() else len(f"{value:g}".partition(".")[2])


def _show(value: Any) -> str:
    """A field's value in words: an activity by the ladder's name, yes/no for a flag."""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list | tuple):
        return ", ".join(_activity(Activity(x)) if x in Activity._value2member_map_
                         else str(x).replace("_", " ") for x in value) or "-"
    if value is None or value == "":
        return "-"
    return str(value)
