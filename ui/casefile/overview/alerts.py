"""Overview tab, "Needs attention": the alerts of the case shown, each saying what to do next,
and the panel that lists them (opening one goes to its tab and record). ``OverviewTab`` holds
an ``AlertsPanel``; ``overview`` re-exports the public names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
)

from triad.audit.sentences import said
from triad.casefile import meetings, todo
from triad.casefile.cases import Case
from triad.casefile.consent import ConsentRecord, wholly_revoked_informed_consent
from triad.casefile.ladder import ACTIVITY_LABELS
from triad.messages import flag_words, form_title
from triad.roles import Role
from ui.casefile.base import CaseContext
from ui.casefile.sessions.debrief_form import kind_word
from ui.casefile.sessions.words import kind_in_sentence
from ui.widgets.form import clinical_day, clinical_minutes

INFORMED_CONSENT = "informed-consent"
TARGET = Qt.ItemDataRole.UserRole  # an alert's (tab, record id)
CONSENT_WARNING_DAYS = 30
PAUSE_CASE = "pause-case"  # an alert that offers the Overview's status change to paused
REQUEST_PREFIX = "request:"  # an alert that selects a client's request (issue 17)
REQUEST_WARNING_DAYS = 7


@dataclass(frozen=True)
class Alert:
    """One line of "Needs attention": its sentence, whether it warns, and where activating it
    leads: a case tab (its icon name: sessions, consent, plan, audit) and the record to select
    there. No tab: nothing to open (e.g. a credential, kept in Practice…). ``todo`` is False for
    plain information (the next session)."""

    text: str
    warning: bool
    tab: str = ""
    record_id: str = ""
    todo: bool = True


class AlertsPanel(QGroupBox):
    """The *Needs attention* box of ``OverviewTab``: the alerts of the case, as tall as they
    need (up to four lines), each opened with Enter or a double-click."""

    opened = Signal(str, str)  # an alert was opened: (tab, record id) to show

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Needs attention"))
        self._ctx: CaseContext | None = None
        self.alerts = QListWidget()
        self.alerts.setAccessibleName(self.tr("Alerts"))
        self.alerts.setWordWrap(True)
        self.alerts.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.alerts.itemActivated.connect(self._alert_activated)
        QVBoxLayout(self).addWidget(self.alerts)

    def show_case(self, ctx: CaseContext, case: Case) -> None:
        """List the alerts of ``case`` for the member's role."""
        self._ctx = ctx
        self.alerts.clear()
        found = self._alerts(ctx, case)
        if not any(a.todo for a in found):
            self.alerts.addItem(self.tr("Nothing needs attention."))
        for alert in found:
            item = QListWidgetItem(alert.text)
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if alert.warning
                      else QStyle.StandardPixmap.SP_MessageBoxInformation)
            item.setIcon(self.style().standardIcon(pixmap))
            if alert.tab:
                item.setData(TARGET, (alert.tab, alert.record_id))
                item.setToolTip(alert.text + "\n\n" + self.tr("Double-click or press Enter to go "
                                                              "there."))
            else:
                item.setToolTip(alert.text)
            self.alerts.addItem(item)
        self.fit()

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._ctx = None
        self.alerts.clear()

    def fit(self) -> None:
        """As tall as its alerts, up to four lines; it scrolls beyond."""
        # Wrapped items: give each the height its text needs at the list's width (the view's own
        # size hint wraps at a guessed width and cut long alerts off).
        icon = self.alerts.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
        width = max(self.alerts.viewport().width() - icon - 8, 100)
        metrics = self.alerts.fontMetrics()
        for i in range(self.alerts.count()):
            item = self.alerts.item(i)
            text = metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, max(text.height() + 8, icon)))
        self.alerts.doItemsLayout()
        rows = sum(max(self.alerts.sizeHintForRow(i), 1) for i in range(min(self.alerts.count(), 4)))
        self.alerts.setFixedHeight(rows + 2 * self.alerts.frameWidth() + 4)

    # -- alerts: each says what to do next, and activating it goes there --
    def _alerts(self, ctx: CaseContext, case: Case) -> list[Alert]:
        ws, role = ctx.ws, ctx.role
        therapist = role is Role.THERAPIST
        out: list[Alert] = []
        now = ws.local_now()
        review_days = ws.audit.settings().review_days
        sessions = ws.sessions.list(ctx.case_id)
        aids = ws.aids.descriptions(ctx.case_id)  # an aid's flag names the aid
        for s in sessions:
            d = s.debrief
            day = clinical_day(s.starts_at)
            if d is not None and not d.reviewed and d.flags:
                words = "; ".join(flag_words(f, aids=aids) for f in d.flags)
                out.append(Alert((self.tr("Debrief of %s flagged for review: %s. Review it on the "
                                          "Sessions & debriefs tab.") if therapist else
                                  self.tr("Debrief of %s flagged for review: %s. The therapist has "
                                          "not reviewed it yet.")) % (day, words), True,
                                 "sessions", s.session_id))
            elif d is not None and not d.reviewed and _days_between(d.submitted_at, now) > review_days:
                out.append(Alert((self.tr("Debrief of %s has waited more than %d days for review. "
                                          "Review it on the Sessions & debriefs tab.") if therapist else
                                  self.tr("Debrief of %s has waited more than %d days for the "
                                          "therapist's review.")) % (day, review_days), True,
                                 "sessions", s.session_id))
            elif d is not None and not d.reviewed and therapist:
                out.append(Alert(self.tr("Debrief of %s awaits your review. Review it on the "
                                         "Sessions & debriefs tab.") % day, False,
                                 "sessions", s.session_id))
            elif d is None and s.kind != "surrogate_session" and s.outcome == "outcome-missing" \
                    and therapist:  # issue 16: what happened is a to-do once it is over
                out.append(Alert(self.tr("%s of %s is over and no outcome is recorded. Record "
                                         "what happened on the Sessions & debriefs tab with "
                                         "Record outcome…") % (kind_word(s.kind), day), False,
                                 "sessions", s.session_id))
            elif d is None and s.kind == "surrogate_session" and s.starts_at < now \
                    and s.outcome in ("scheduled", "outcome-missing", "held"):
                out.append(Alert((self.tr("Surrogate session of %s has no debrief yet. Log it on the "
                                          "Sessions & debriefs tab.") if role is Role.SURROGATE else
                                  self.tr("Surrogate session of %s has no debrief yet. The surrogate "
                                          "partner logs it on the Sessions & debriefs tab.")) % day,
                                 False, "sessions", s.session_id))
        if role is Role.SUPERVISOR:
            out += self._cosign_alerts(ctx, {s.session_id: clinical_day(s.starts_at) for s in sessions})
        records = ws.consent.records(ctx.case_id)
        withdrawn = self._withdrawn_alerts(ctx, case, records, now)
        out += withdrawn
        out += self._gap_alerts(ctx, records, bool(withdrawn))
        out += self._request_alerts(ctx, now)
        out += self._phase_consent_alerts(ctx, case, now)
        soon = _plus_days(now, CONSENT_WARNING_DAYS)
        for r in records:
            if r.valid_until and r.status(now) in ("in-force", "partly-revoked") and r.valid_until <= soon:
                title = form_title(r.form_id)
                out.append(Alert((self.tr("Consent “%s” expires %s. Renew it with the client on the "
                                          "Consent tab.") if therapist else
                                  self.tr("Consent “%s” expires %s. The therapist renews it with the "
                                          "client.")) % (title, clinical_minutes(r.valid_until)), True,
                                 "consent", r.consent_id))
        out += self._credential_alerts(ctx, case, therapist, now)
        if case.status == "active" and not case.surrogate_ids:
            out.append(Alert(self.tr("The case is active but has no surrogate partner. Add one with "
                                     "Change triad…") if therapist else
                             self.tr("The case is active but has no surrogate partner."), True,
                             "overview", "change-triad" if therapist else ""))
        if role in (Role.THERAPIST, Role.SUPERVISOR):
            for f in ws.audit.run(ctx.case_id).findings:
                if f.status == "open":
                    explanation = said(f)
                    out.append(Alert((self.tr("Audit finding (%s): %s Remediate it on the Audit tab.")
                                      if therapist else
                                      self.tr("Audit finding (%s): %s Review and sign it off on the "
                                              "Audit tab.")) % (self._severity(f.severity), explanation), True,
                                     "audit", f.finding_id))
        upcoming = [s for s in sessions if s.starts_at >= now]
        if upcoming and case.status != "closed":
            s = min(upcoming, key=lambda x: x.starts_at)
            what = kind_in_sentence(s.kind)
            out.append(Alert(self.tr("Next session: %s, %s.") % (clinical_minutes(s.starts_at), what), False,
                             "sessions", s.session_id, todo=False))
        return out

    def _cosign_alerts(self, ctx: CaseContext, days: dict[str, str]) -> list[Alert]:
        """The supervisor's co-signatures awaited on the case when the practice requires them
        (``triad.audit.cosign``), oldest first, each leading to its session on the Sessions
        tab; one past its due day warns (the audit's ``supervision.cosign-overdue`` too)."""
        out: list[Alert] = []
        for a in ctx.ws.cosign.awaiting(ctx.case_id):
            day = days.get(a.session_id, clinical_day(a.at))
            if a.kind == "debrief.reviewed":
                text = (self.tr("The therapist's review of the debrief of %1 was due for your "
                                "co-signature on %2. Co-sign it on the Sessions & debriefs tab "
                                "with Co-sign review…") if a.overdue else
                        self.tr("The therapist's review of the debrief of %1 awaits your "
                                "co-signature (due %2). Co-sign it on the Sessions & debriefs "
                                "tab with Co-sign review…"))
            elif a.kind == "note.progress":
                text = (self.tr("The therapist's progress note of %1 was due for your "
                                "co-signature on %2. Co-sign it on the Sessions & debriefs tab.")
                        if a.overdue else
                        self.tr("The therapist's progress note of %1 awaits your co-signature "
                                "(due %2). Co-sign it on the Sessions & debriefs tab."))
            else:
                text = self.tr("A record of %1 awaits your co-signature (due %2).")
            out.append(Alert(text.replace("%1", day).replace("%2", clinical_day(a.due)), a.overdue,
                             "sessions" if a.session_id else "", a.session_id))
        return out

    def _withdrawn_alerts(self, ctx: CaseContext, case: Case, records: list[ConsentRecord],
                          now: str) -> list[Alert]:
        """The client revoked the whole informed consent of an active case: no surrogate work
        may go on (``triad.casefile.consent.wholly_revoked_informed_consent``); the therapist
        is offered to pause the case."""
        if case.status != "active":
            return []
        revoked = wholly_revoked_informed_consent(records, now)
        if revoked is None:
            return []
        when = clinical_minutes(revoked.wholly_revoked_at(now) or now)
        if ctx.role is Role.THERAPIST:
            return [Alert(self.tr("The client revoked the whole informed consent on %s: all surrogate "
                                  "work has ended. Pause the case (double-click here), talk with the "
                                  "client, and record a new informed consent before any further "
                                  "surrogate session.") % when, True, "overview", PAUSE_CASE)]
        if ctx.role is Role.SURROGATE:
            return [Alert(self.tr("The client revoked the whole informed consent on %s: hold no "
                                  "further surrogate session. The therapist talks with the client.")
                          % when, True, "consent", revoked.consent_id)]
        return [Alert(self.tr("The client revoked the whole informed consent on %s, and the case is "
                              "still active.") % when, True, "consent", revoked.consent_id)]

    def _gap_alerts(self, ctx: CaseContext, records: list[ConsentRecord],
                    withdrawn: bool) -> list[Alert]:
        """What is missing on the case (``triad.casefile.todo``), most blocking first, each
        leading to where it is fixed; the therapist's to do (an audit sign-off never hides it).
        With a wholly revoked informed consent its own alert already asks for a new one."""
        ws = ctx.ws
        out: list[Alert] = []
        for gap in [*todo.gaps(ws, ctx.case_id), *todo.meeting_gaps(ws, ctx.case_id)]:
            if gap.code == todo.CAPACITY:
                out.append(Alert(self.tr("No capacity assessment is on record: the informed consent "
                                         "needs one finding that the client has capacity. Record it "
                                         "with Record capacity…"), True, "overview", "record-capacity"))
            elif gap.code == todo.DATE_OF_BIRTH:
                out.append(Alert(self.tr("The client's date of birth is missing: it is needed before "
                                         "any consent beyond conversation. Add it with Edit client…"),
                                 True, "overview", "edit-client"))
            elif gap.code == todo.AWAITING:
                out.append(self._awaiting_alert(ctx, gap, records))
            elif gap.code == todo.SIGN_TRIAD:
                name = ws.consent.surrogate_name(gap.subject_id)
                text = self.tr("No “%1” with %2 is in force: no surrogate session with them can "
                               "be scheduled. Record it with the client and %2 on the Consent tab "
                               "with Give consent…") if name else self.tr(
                    "No “%1” with the surrogate partner is in force: no surrogate session can be "
                    "scheduled. Record it with the client and the surrogate partner on the "
                    "Consent tab with Give consent…")
                out.append(Alert(text.replace("%1", form_title(todo.FORM_OF[gap.code]))
                                 .replace("%2", name), True, "consent", ""))
            elif gap.code == todo.AGREE_SIGNALS:
                name = ws.consent.surrogate_name(gap.subject_id)
                text = self.tr("The triad agreement with %1 records no stop and pause signals: "
                               "no session with touch can be scheduled until they are agreed. "
                               "Agree the stop and pause signals with the client and %1 and "
                               "record them in a triad agreement on the Consent tab with Give "
                               "consent…") if name else self.tr(
                    "The triad agreement with the surrogate partner records no stop and pause "
                    "signals: no session with touch can be scheduled until they are agreed. "
                    "Agree the stop and pause signals with the client and the surrogate partner "
                    "and record them in a triad agreement on the Consent tab with Give consent…")
                out.append(Alert(text.replace("%1", name), True, "consent", ""))
            elif gap.code in meetings.CODES:
                out.append(self._meeting_alert(gap))
            elif gap.code == todo.SIGN_CONSENT and withdrawn:
                continue
            else:
                form_id = todo.FORM_OF[gap.code]
                if not any(r.form_id == form_id for r in records):
                    text = self.tr("The client has not signed “%s” yet. Record it on the Consent "
                                   "tab with Give consent…")
                else:
                    text = self.tr("No “%s” is in force now (expired or revoked). Record a new one "
                                   "with the client on the Consent tab with Give consent…")
                if gap.code == todo.SIGN_AIDS:
                    text = self.tr("The plan uses therapeutic aids, and no “%s” is in force. Record it "
                                   "with the client on the Consent tab with Give consent…")
                out.append(Alert(text % form_title(form_id), gap.code != todo.SIGN_CONSENT
                                 or bool(records), "consent", ""))
        return out

    def _severity(self, severity: str) -> str:
        """A finding's severity in words (not its code) inside the alert's sentence."""
        return {"critical": self.tr("critical"), "major": self.tr("major"),
                "minor": self.tr("minor")}.get(severity, severity)

    def _request_alerts(self, ctx: CaseContext, now: str) -> list[Alert]:
        """The client's open requests (``todo.request_gaps``), the first due first, each
        leading to it in Client requests; one due within a week or overdue warns."""
        gaps = todo.request_gaps(ctx.ws, ctx.case_id)
        if not gaps:
            return []
        by_id = {r.request_id: r for r in ctx.ws.requests.open(ctx.case_id)}
        soon = _plus_days(now, REQUEST_WARNING_DAYS)
        out: list[Alert] = []
        for gap in gaps:
            r = by_id[gap.subject_id]
            access = r.type == "access"
            if r.overdue(now):
                text = (self.tr("The client's access request received %1 was due %2 and is "
                                "still open: answer it now and close it in Client requests "
                                "below with Close request… (the audit reports it as overdue).")
                        if access else
                        self.tr("The client's amendment request received %1 was due %2 and is "
                                "still open: answer it now and close it in Client requests "
                                "below with Close request… (the audit reports it as overdue)."))
            else:
                text = (self.tr("The client's access request received %1 is due %2. Answer it "
                                "and close it in Client requests below with Close request…")
                        if access else
                        self.tr("The client's amendment request received %1 is due %2. Answer "
                                "it and close it in Client requests below with Close request…"))
            out.append(Alert(text.replace("%1", clinical_day(r.received_on)).replace("%2", clinical_day(r.due_on)),
                             r.due_on <= soon, "overview",
                             REQUEST_PREFIX + r.request_id))
        return out

    def _meeting_alert(self, gap: todo.Gap) -> Alert:
        """A three-way meeting the case needs (``triad.casefile.meetings``), leading to the
        Sessions tab (the meeting to schedule, or the one whose minutes are missing)."""
        if gap.code == meetings.MEETING_START:
            text = self.tr("No three-way meeting is scheduled: hold one with the client and the "
                           "surrogate partner before the first surrogate session (goals, "
                           "boundaries, pace). Schedule it on the Sessions tab with Schedule…")
        elif gap.code == meetings.MEETING_STALLED:
            text = self.tr("Surrogate work has stalled: no surrogate session for four weeks and "
                           "none scheduled. Hold a three-way meeting: schedule it on the "
                           "Sessions tab with Schedule…")
        elif gap.code == meetings.MEETING_CLOSING:
            text = self.tr("The case is closing: hold the closing three-way meeting and record "
                           "its minutes as the closing meeting (Sessions tab, Meeting minutes…).")
        else:
            text = self.tr("A three-way meeting has no minutes yet. Record them on the Sessions "
                           "tab with Meeting minutes…")
        return Alert(text, gap.code != meetings.MINUTES_MISSING, "sessions", gap.subject_id)

    def _awaiting_alert(self, ctx: CaseContext, gap: todo.Gap,
                        records: list[ConsentRecord]) -> Alert:
        """A record signed by some parties that awaits another's own signature (issue 13)."""
        record = next((r for r in records if r.consent_id == gap.subject_id), None)
        title = form_title(record.form_id) if record is not None else ""
        if ctx.role is Role.SURROGATE:
            text = self.tr("“%1” awaits your signature. Read it and sign it on the Consent tab "
                           "with Sign…; until you do, no surrogate session can be scheduled.")
            return Alert(text.replace("%1", title), True, "consent", gap.subject_id)
        who = ctx.ws.consent.surrogate_name(gap.member_id) if gap.member_id else ""
        if who:
            text = self.tr("“%1” awaits %2's signature: it grants nothing until %2 signs it in "
                           "their own session (or vault).")
        elif gap.party == "client":
            text = self.tr("“%1” awaits the client's signature: it grants nothing until the "
                           "client signs it in their own session (or vault).")
        elif gap.party == "therapist":
            text = self.tr("“%1” awaits the therapist's signature: it grants nothing until the "
                           "therapist signs it in their own session (or vault).")
        else:  # each party its own sentence: German inflects the article (der/die, dessen/deren)
            text = self.tr("“%1” awaits the surrogate partner's signature: it grants nothing "
                           "until the surrogate partner signs it in their own session (or "
                           "vault).")
        return Alert(text.replace("%1", title).replace("%2", who), True, "consent",
                     gap.subject_id)

    def _phase_consent_alerts(self, ctx: CaseContext, case: Case, now: str) -> list[Alert]:
        """The active phase plans activities no consent covers now (after a revocation or an
        expiry): its sessions cannot be scheduled, and the triad needs to talk first."""
        ws, role = ctx.ws, ctx.role
        plan = ws.plans.current(ctx.case_id)
        phase = plan.current if plan is not None else None
        if phase is None or phase.planned_sessions == 0 or case.status == "closed":
            return []
        in_force = set(ws.consent.in_force(ctx.case_id, now))
        missing = [a for a in phase.activities if a not in in_force]
        if not missing:
            return []
        words = ", ".join(QCoreApplication.translate("ladder", ACTIVITY_LABELS[a]) for a in missing)
        if role is Role.THERAPIST:
            text = self.tr("No consent is in force now for %1, which the active phase (%2) plans. "
                           "Its sessions cannot be scheduled: talk with the client, then re-consent "
                           "on the Consent tab or change the plan.")
        elif role is Role.SURROGATE:
            text = self.tr("No consent is in force now for %1, which the active phase (%2) plans. "
                           "Do not use these activities; the therapist talks with the client first.")
        else:
            text = self.tr("No consent is in force now for %1, which the active phase (%2) plans.")
        return [Alert(text.replace("%1", words).replace("%2", phase.title), case.status != "paused",
                      "plan", phase.phase_id)]

    def _credential_alerts(self, ctx: CaseContext, case: Case, therapist: bool, now: str) -> list[Alert]:
        ws = ctx.ws
        today = now[:10]
        soon = _plus_days(now, ws.audit.settings().credential_warning_days)
        team = {case.therapist_id, *case.surrogate_ids}
        out: list[Alert] = []
        for m in ws.members.list():
            if m.member_id not in team:
                continue
            for c in m.credentials:
                if not c.valid_until or c.valid_until > soon:
                    continue
                what = " ".join(x for x in (c.body, c.number) if x)
                if c.valid_until < today:
                    text = self.tr("The credential of %s (%s) expired on %s: sessions after that date "
                                   "are flagged by the audit. Ask for the renewed credential.")
                else:
                    text = self.tr("The credential of %s (%s) expires on %s. Ask for the renewed "
                                   "credential before then.")
                out.append(Alert(text % (m.name, what, clinical_day(c.valid_until)), True))
        return out

    def _alert_activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET)
        if not target:
            return
        tab, record_id = target
        self.opened.emit(tab, record_id)


def _plus_days(now: str, days: int) -> str:
    return (datetime.fromisoformat(now) + timedelta(days=days)).strftime("%Y-%m-%d")


def _days_between(earlier: str, later: str) -> int:
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0
