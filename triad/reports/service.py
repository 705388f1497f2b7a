"""ReportService: gathers a document's data through the (permission-checked) services and
hands it to a pure render function. Returns PDF bytes; saving is the caller's business."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from triad import clock, i18n
from triad.casefile import form_words, forms
from triad.casefile.flags import Flag, FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS
from triad.casefile.outcomes import held_evidence_sql, is_held, outcome_of
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.i18n import T_, translate
from triad.messages import CONSENT_STATUS as STATUS_WORDS
from triad.reports import documents as docs
from triad.reports import form_names
from triad.reports.client_copies import ClientCopies
from triad.reports.common import concern_words, counted, tr
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

SEVERITIES = {"critical": T_("reports", "critical"), "major": T_("reports", "major"),
              "minor": T_("reports", "minor")}

MAX_NARRATIVE_CHARS = 20_000
"""The longest therapist's narrative a progress summary takes (about eight pages)."""


ATTENDEE_WORDS = {"client": T_("reports", "client"), "therapist": T_("reports", "therapist"),
                  "surrogate": T_("reports", "surrogate partner")}


class ReportService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def _in(self, language: str | None, build: Callable[[], bytes]) -> bytes:
        """``build()`` in the report's language: ``language`` (``--language``) > the practice's
        setting > the program's (``triad.casefile.report_language``)."""
        with self._ws.report_language.speaking(language):
            return build()

    def _names(self) -> dict[str, str]:
        return {m.member_id: m.name
                for m in self._ws.members.list(include_removed=True, include_external=True)}

    def _client_label(self, case_key: str, show_names: bool) -> str:
        case = self._ws.cases.get(case_key)
        if show_names and case.client.legal_name:
            return f"{case.client.legal_name} ({case.code})"
        return case.code

    def progress(self, case_key: str, start: str | None = None, end: str | None = None,
                 show_names: bool = False, page_size: str = "A4", narrative: str = "",
                 language: str | None = None) -> bytes:
        """The progress summary for a period (default: from the case's opening to today).
        Therapist or supervisor of the case. Process recordings never appear in it."""
        return self._in(language, lambda: self._progress(case_key, start, end, show_names,
                                                         page_size, narrative))

    def _progress(self, case_key: str, start: str | None, end: str | None,
                  show_names: bool, page_size: str, narrative: str) -> bytes:
        ws = self._ws
        case_id = ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)
        if len(narrative) > MAX_NARRATIVE_CHARS:
            raise InvalidInput(InvalidCode.TOO_LONG, field="narrative",
                               maximum=i18n.thousands(MAX_NARRATIVE_CHARS))
        case = ws.cases.get(case_id)
        names = self._names()
        first = clock.day(start, "from") if start else case.opened_at[:10]
        last = clock.day(end, "to") if end else ws.local_now()[:10]
        if last < first:
            raise InvalidInput(InvalidCode.PERIOD, field="to")
        now = ws.local_now()
        # One query over the projection for the few debrief fields the summary prints: building
        # every Session and Debrief (their JSON, text fields, reviews) cost more than the PDF.
        # Therapist or supervisor: every session of the case is theirs to read.
        rows = ws.vault.db.rows(
            "SELECT s.kind, s.starts_at, json_extract(s.data, '$.duration_min'),"
            " json_extract(s.data, '$.phase_id'), d.session_id IS NOT NULL,"
            " json_extract(d.data, '$.duration_min'), json_extract(d.data, '$.suds_before'),"
            " json_extract(d.data, '$.suds_after'),"
            " NOT ifnull(json_extract(d.data, '$.awaiting_review'), json_array_length(d.reviews)"
            " <= ifnull(json_extract(d.data, '$.reviews_before_reflag'), 0)),"
            " (SELECT json_extract(o.data, '$.outcome') FROM session_outcomes o"
            f" WHERE o.session_id = s.session_id), {held_evidence_sql()}"
            " FROM sessions s LEFT JOIN debriefs d ON d.session_id = s.session_id"
            " WHERE s.case_id=? ORDER BY s.starts_at, s.entry_id", (case_id,))
        plan = ws.plans.current(case_id)
        held_by_phase: dict[str | None, int] = {}
        counts_raw = {kind: [0, 0] for kind in docs.KIND_LABELS}  # kind -> [count, minutes]
        suds: list[tuple[int, int | None, int | None, str]] = []
        debriefed = reviewed = 0
        for kind, starts_at, minutes, phase_id, has_debrief, held_min, before, after, ok, \
                recorded, evidence in rows:
            surrogate = kind == "surrogate_session"
            # only held sessions count as held (issue 16: triad.casefile.outcomes)
            held = is_held(outcome_of(recorded, bool(evidence), starts_at, int(minutes), now))
            if surrogate and held:
                held_by_phase[phase_id] = held_by_phase.get(phase_id, 0) + 1
            if not first <= starts_at[:10] <= last or not held:
                continue
            if kind in counts_raw:
                counts_raw[kind][0] += 1
                counts_raw[kind][1] += held_min if has_debrief else minutes
            if surrogate and has_debrief:
                debriefed += 1
                reviewed += bool(ok)
                suds.append((debriefed, before, after, starts_at[:10]))
        phases = [(ph.title, ph.planned_sessions, held_by_phase.get(ph.phase_id, 0), ph.status)
                  for ph in plan.phases] if plan else []
        counts = {kind: (c, m / 60) for kind, (c, m) in counts_raw.items()}
        measures: dict[str, list[tuple[str, str, str]]] = {}
        for m in ws.measures.list(case_id):
            if first <= m.on <= last:
                measures.setdefault(m.kind, []).append((m.on, f"{m.value:g}", m.label))
        records = ws.consent.records(case_id)
        consent_rows = []
        for r in records:
            # the form in the report's words, with the signed text's language and version
            status = ws.consent.status(r, records, now)
            consent_rows.append((form_names.name(r.form_id, r.form_version), r.valid_from[:10],
                                 r.valid_until or "-", STATUS_WORDS.get(status, status)))
        revocations = [(rv.at.replace("T", " "),
                        ", ".join(translate("ladder", ACTIVITY_LABELS[a]) for a in rv.activities)
                        or translate("reports", "the whole record"),
                        rv.party) for r in records for rv in r.revocations]
        findings = None
        try:
            report = ws.audit.run(case_id)
            findings = [(tr(SEVERITIES.get(f.severity, f.severity)), f.finding_id,
                         i18n.day_and_time(f.at), f.said())
                        for f in report.findings if f.status == "open"]
        except Exception:  # the audit is optional here; a permission or data issue omits it
            findings = None
        triad = [(T_("reports", "therapist"), names.get(case.therapist_id, "?"))]
        triad += [(T_("reports", "surrogate partner"), names.get(s, "?"))
                  for s in case.surrogate_ids]
        if case.supervisor_id:
            triad.append((T_("reports", "supervisor"), names.get(case.supervisor_id, "?")))
        notes = self.notes(case_id, first, last)
        data = docs.ProgressData(
            practice=ws.practice_name or "Triad", client_label=self._client_label(case_id, show_names),
            code=case.code, pronouns=case.client.pronouns, status=case.status,
            current_phase=plan.current.title if plan and plan.current else "",
            period=(first, last), generated_at=now, triad=triad,
            concerns=[concern_words(c) for c in case.client.presenting_concerns], phases=phases,
            goals=[(g.description, g.baseline, g.latest, g.target) for g in ws.cases.goals(case_id)],
            suds=suds, measures=measures, sessions=counts,
            debriefs_reviewed=(reviewed, debriefed),
            consent_in_force=list(ws.consent.in_force(case_id)), consent_records=consent_rows,
            revocations=revocations, findings=findings, narrative=narrative, page_size=page_size,
            notes=notes,
        )
        return docs.progress_summary(data)

    def notes(self, case_id: str, first: str, last: str
               ) -> list[tuple[str, list[tuple[str, str]]]]:
        """The progress notes and meeting minutes of sessions in the period, in session
        order (issue 16). The supervisor reads them: they document the concurrent therapy
        the codes of practice require. Private notes never appear: they are not case entries."""
        ws = self._ws
        starts = {str(r[0]): str(r[1]) for r in ws.vault.db.rows(
            "SELECT session_id, starts_at FROM sessions WHERE case_id=?", (case_id,))}
        out: list[tuple[str, str, list[tuple[str, str]]]] = []
        amended = tr(" (amended)")
        for n in ws.notes.progress_notes(case_id):
            at = starts.get(n.session_id, "")
            if first <= at[:10] <= last:
                out.append((at, tr("Therapist session {when}").format(when=i18n.day_and_time(at))
                            + (amended if n.amended else ""),
                            [(tr("Focus"), n.focus), (tr("Interventions"), n.interventions),
                             (tr("Client's response"), n.response), (tr("Plan"), n.plan),
                             (tr("Note"), n.text)]))
        for m in ws.notes.all_minutes(case_id):
            at = starts.get(m.session_id, "")
            if first <= at[:10] <= last:
                out.append((at, (tr("Closing three-way meeting {when}") if m.closing
                                 else tr("Three-way meeting {when}")).format(
                                     when=i18n.day_and_time(at))
                            + (amended if m.amended else ""),
                            [(tr("Attendees"), ", ".join(
                                translate("reports", ATTENDEE_WORDS.get(a, a))
                                for a in m.attendees)),
                             (tr("Agreements"), m.agreements),
                             (tr("Changes to the plan"), m.plan_changes),
                             (tr("Next steps"), m.next_steps), (tr("Note"), m.text)]))
        return [(heading, lines) for _, heading, lines in sorted(out, key=lambda x: x[0])]

    def audit(self, case_key: str | None = None, page_size: str = "A4",
              language: str | None = None) -> bytes:
        """The consent audit report of one case or of every case the member audits."""
        return self._in(language, lambda: self._audit(case_key, page_size))

    def _audit(self, case_key: str | None, page_size: str) -> bytes:
        ws = self._ws
        report = ws.audit.run(case_key)
        verification = ws.audit.verification()
        names = self._names()
        findings = []
        for f in report.findings:
            notes = [tr("signed off {when} by {name}: {text}").format(
                when=i18n.day_and_time(n.at), name=names.get(n.by, "?"), text=n.text)
                for n in f.signoffs]
            notes += [tr("remediation {when} by {name}: {text}").format(
                when=i18n.day_and_time(n.at), name=names.get(n.by, "?"), text=n.text)
                for n in f.remediations]
            if f.resolved_by:
                notes.append(tr("resolved {when} by entry {entry}").format(
                    when=i18n.day_and_time(str(f.resolved_at)), entry=f.resolved_by))
            findings.append(docs.AuditFinding(
                f.severity, f.finding_id, f.case_code, f.at, f.rule_id,
                f.said(), f.record_id, f.status, notes,
                title=ws.audit.rule_title(f.rule_id)))
        scope = (tr("case {code}").format(code=ws.cases.get(case_key).code) if case_key
                 else tr("all cases you audit"))
        s = report.settings
        # one clause per setting, each a whole phrase in the report's language
        settings = [counted(s.review_days, "debriefs reviewed within {n} day",
                            "debriefs reviewed within {n} days"),
                    tr("re-consent required at every phase change") if s.reconsent_at_phase_change
                    else tr("no re-consent required at a phase change"),
                    counted(s.credential_warning_days,
                            "credentials flagged {n} day before they expire",
                            "credentials flagged {n} days before they expire")]
        return docs.audit_report(docs.AuditData(
            practice=ws.practice_name or "Triad", scope=scope, generated_at=report.generated_at,
            cases=report.cases, findings=findings,
            verification=(verification.ok, verification.entries, verification.chains,
                          [f"{x.code}: {x.entry_id or x.author or x.detail}" for x in verification.problems]),
            settings=settings,
            page_size=page_size))

    def disclosures(self, case_key: str | None = None, page_size: str = "A4",
                    language: str | None = None) -> bytes:
        """The accounting of disclosures of one case, or of every case the acting therapist or
        supervisor audits (``triad.reports.disclosures``)."""
        from triad.reports import disclosures

        return self._in(language, lambda: disclosures.document(
            disclosures.gather(self._ws, case_key, page_size)))

    def disclosure_cases(self, case_key: str | None = None) -> list[str]:
        """The cases :meth:`disclosures` covers: what writing it discloses."""
        from triad.reports import disclosures

        return disclosures.cases(self._ws, case_key)

    def consent_form(self, case_key: str, form_id: str, show_names: bool = False,
                     page_size: str = "A4", language: str = "en",
                     version: int | None = None) -> bytes:
        """A form to print and sign on paper, filled with the case's parties: the current
        version in ``language`` (``forms.languages()``), or exactly ``version``. Its activity
        list, headings and footer are in the form's language (``triad.casefile.form_words``)."""
        ws = self._ws
        case_id = ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)
        case = ws.cases.get(case_id)
        form = forms.form(form_id, version, language)
        words = form_words.words(form.language)
        names = self._names()
        label = self._client_label(case_id, show_names)
        surrogates = ", ".join(names.get(s, "?") for s in case.surrogate_ids)
        parties = []
        for party in form.parties:
            name = {"client": label if show_names else "",
                    "therapist": names.get(case.therapist_id, ""), "surrogate": surrogates}[party]
            parties.append((party, name))
        return docs.consent_form(docs.ConsentFormData(
            practice=ws.practice_name or "Triad", title=form.title, form_id=form.form_id,
            version=form.version, content_hash=form.content_hash, body=form.text,
            values={"client_code": label, "therapist_name": names.get(case.therapist_id, ""),
                    "surrogate_name": surrogates or words.no_surrogate,
                    "practice_name": ws.practice_name or words.no_practice},
            client_label=label, scope=list(form.scope), parties=parties, page_size=page_size,
            language=form.language))

    # -- the client's own copies (issue 17: triad.reports.client_copies) --
    def consent_copy(self, case_key: str, consent_id: str, page_size: str = "A4",
                     language: str | None = None) -> bytes:
        """The client's copy of a consent record and receipt of its withdrawals."""
        return self._in(language, lambda: ClientCopies(self._ws).consent_copy(
            case_key, consent_id, page_size))

    def client_copy(self, case_key: str, with_process_recordings: bool = False,
                    page_size: str = "A4", language: str | None = None) -> bytes:
        """The client's readable copy of their whole record (never a private note)."""
        return self._in(language, lambda: ClientCopies(self._ws).client_copy(
            case_key, with_process_recordings, page_size))

    def client_card(self, case_key: str, contact: str = "", page_size: str = "A4",
                    language: str | None = None) -> bytes:
        """The client's one-page card: signals, consent now, how to withdraw, who to call."""
        return self._in(language, lambda: ClientCopies(self._ws).client_card(
            case_key, contact, page_size))

    def find_session(self, case_key: str, key: str) -> str:
        """A session id from an id, an id prefix (6+ characters) or a date/time."""
        sessions = self._ws.sessions.list(case_key)
        wanted = key.strip()
        matches = [s for s in sessions if s.session_id == wanted]
        if not matches and len(wanted) >= 6:
            matches = [s for s in sessions if s.session_id.startswith(wanted)]
        if not matches:
            matches = [s for s in sessions if s.starts_at.startswith(wanted.replace(" ", "T"))]
        if len(matches) != 1:
            raise NotFound(NotFoundCode.SESSION) if not matches else InvalidInput(InvalidCode.AMBIGUOUS, field="session")
        return matches[0].session_id

    def debrief(self, session_id: str, show_names: bool = False, page_size: str = "A4",
                language: str | None = None) -> bytes:
        """One session's debrief with its reviews (therapist, supervisor, its surrogate)."""
        return self._in(language, lambda: self._debrief(session_id, show_names, page_size))

    def _debrief(self, session_id: str, show_names: bool, page_size: str) -> bytes:
        ws = self._ws
        session = ws.sessions.get(session_id)
        ws.cases.access.require(session.case_id, Role.THERAPIST, Role.SUPERVISOR, Role.SURROGATE)
        d = session.debrief
        if d is None:
            raise NotFound(NotFoundCode.DEBRIEF)
        case = ws.cases.get(session.case_id)
        names = self._names()
        plan = ws.plans.current(session.case_id)
        phase = plan.phase(d.phase_id).title if plan and d.phase_id else "-"

        aids = ws.aids.descriptions(session.case_id)

        def acts(values: tuple[object, ...]) -> str:
            return ", ".join(translate("ladder", ACTIVITY_LABELS[a])  # type: ignore[index]
                             for a in values if a in ACTIVITY_LABELS) or "-"

        yes, no = tr("yes"), tr("NO")
        fields = [
            (tr("Session"), tr("{when}, {minutes} min, {where}").format(
                when=i18n.day_and_time(d.held_at), minutes=d.duration_min,
                where=d.location or "-")),
            (tr("Phase"), phase),
            (tr("Activities planned"), acts(d.activities_planned)),
            (tr("Activities done"), acts(d.activities_done)),
            (tr("SUDS before / after"), f"{d.suds_before if d.suds_before is not None else '-'} / "
                                        f"{d.suds_after if d.suds_after is not None else '-'}"),
            (tr("What went well"), d.went_well or "-"), (tr("What was hard"), d.was_hard or "-"),
            (tr("Arousal and anxiety"), d.arousal_anxiety or "-"),
            (tr("Boundaries kept"), (yes if d.boundaries_kept else no) +
             (f": {d.boundaries_note}" if d.boundaries_note else "")),
            (tr("Stop / pause signals"), f"{d.stop_signals} / {d.pause_signals}"
             + (tr(" (agreed: “{stop}” / “{pause}”)").format(stop=d.signals.stop,
                                                           pause=d.signals.pause)
                if d.signals else "")),
            (tr("Safer-sex agreement kept"), "-" if d.safer_sex_kept is None
             else yes if d.safer_sex_kept else no),
            (tr("Safer sex"), d.safer_sex or "-"),
            (tr("Aids used"),
             ", ".join([aids.get(a, "?") for a in d.aid_ids] + list(d.aids_used)) or "-"),
            (tr("Surrogate partner's reactions"), d.reactions or "-"),
            (tr("Questions for the therapist"), d.questions or "-"),
            (tr("Proposal for next session"), d.proposal or "-"),
            (tr("Submitted"), i18n.day_and_time(clock.utc_to_local_minutes(d.submitted_at))),
        ]
        reviews = [(i18n.day_and_time(clock.utc_to_local_minutes(r.at)), names.get(r.by, "?"),
                    r.comment) for r in d.reviews]
        return docs.debrief(docs.DebriefData(
            practice=ws.practice_name or "Triad", client_label=self._client_label(case.case_id, show_names),
            code=case.code, surrogate=names.get(session.surrogate_id or "", "?"), fields=fields,
            reviews=reviews, process_recording=d.process_recording,
            # an aid's flag names the aid by its description, not its id
            flags=[Flag.of(FlagKind.AID_WITHOUT_CONSENT, aids.get(f.subject, "?"))
                   if f.kind == FlagKind.AID_WITHOUT_CONSENT else str(f) for f in d.flags],
            amended=d.amended, page_size=page_size))


def recovery_sheet(vault_name: str, code: str, created_at: str, page_size: str = "A4") -> bytes:
    return docs.recovery_sheet(vault_name, code, created_at, page_size)
