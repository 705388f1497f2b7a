"""The demo builder's tools: a settable clock, and ``Demo``, the practice being built with the
moves every case repeats (a phase start with its re-consent, a triad agreement, a surrogate
session's cycle of schedule, debrief and review), in the demo's language."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from triad.casefile.sessions import DebriefForm
from triad.demo.words import DemoTexts
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.workspace import Workspace

# The stop and pause signals the triad agreements record, in words (keys of the text table),
# and their safer-sex agreements.
SIGNALS = ("red", "hand", "stop")
SAFER_SEX = {"none-yet": "safer_sex.none_yet", "gloves": "safer_sex.gloves",
             "aids": "safer_sex.aids"}


class DemoClock:
    """A settable clock shared by every demo workspace."""

    def __init__(self) -> None:
        self.now = datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Demo:
    therapist: Workspace
    jonas: Workspace
    ilse: Workspace
    clock: DemoClock
    start: date
    w: DemoTexts

    @property
    def language(self) -> str:
        """The language of the demo's records and of the forms its clients sign."""
        return self.w.language

    def signals(self, name: str) -> dict[str, str]:
        """The stop and pause signals ``name`` (one of ``SIGNALS``) in the demo's words."""
        return {"stop": self.w[f"signals.{name}.stop"], "pause": self.w[f"signals.{name}.pause"]}

    def safer_sex(self, name: str) -> str:
        return self.w[SAFER_SEX[name]]

    def at(self, day: int, hour: int = 10, minute: int = 0) -> str:
        """Set the clock to ``day`` days after the start; returns that moment as clinical time."""
        moment = datetime.combine(self.start + timedelta(days=day), datetime.min.time())
        self.clock.now = moment.replace(hour=hour, minute=minute).astimezone()
        return self.clock.now.strftime("%Y-%m-%dT%H:%M")

    def day(self, day: int) -> str:
        return (self.start + timedelta(days=day)).isoformat()

    def start_phase(self, case: str, phase: str, day: int, hour: int, minute: int = 0) -> None:
        """Start a phase of surrogate sessions the way the forms promise: the client first
        re-confirms the informed consent (same grants) with the therapist, then the phase
        starts (the audit's re-consent at phase change is on by default)."""
        t = self.therapist
        informed = [r for r in t.consent.records(case) if r.form_id == "informed-consent"]
        started = [p for p in t.plans.current(case).phases  # type: ignore[union-attr]
                   if p.status != "planned" and p.planned_sessions > 0]
        if informed and started and informed[-1].valid_from[:10] < self.day(day - 3):
            last = informed[-1]
            client = next(s.name for s in last.signatures if s.party == "client")
            self.at(day, hour - 1, minute)
            t.consent.give(case, "informed-consent", self.sign(day, client, "client", "therapist"),
                           grants=tuple(last.grants), declines=tuple(last.declines),
                           valid_from=f"{self.day(day)}T{hour - 1:02d}:{minute:02d}",
                           note=self.w["reconfirmed_note"], language=self.language)
        t.plans.start_phase(case, phase, self.at(day, hour, minute))

    def sign(self, day: int, client: str, *parties: str,
             surrogate: str = "") -> list[dict[str, str]]:
        names = {"client": client, "therapist": self.w.therapist, "surrogate": surrogate}
        return [{"party": p, "name": names[p], "signed_on": self.day(day)} for p in parties]

    def give(self, case: str, form_id: str, day: int, client: str, **kwargs: object) -> str:
        """A consent the client and the therapist sign on ``day``, on the form's version in the
        demo's language; its consent id."""
        return self.therapist.consent.give(
            case, form_id, self.sign(day, client, "client", "therapist"),
            language=self.language, **kwargs).subject_id or ""  # type: ignore[arg-type]

    def triad(self, case: str, day: int, client: str, surrogate: Workspace,
              countersign: bool = True, **kwargs: object) -> str:
        """A triad agreement the client and the therapist sign on ``day`` at a three-way
        meeting; the surrogate partner countersigns it in her own session (issue 13: each
        party signs for themselves) unless ``countersign`` is False. Its consent id."""
        consent_id = self.give(case, "triad-agreement", day, client,
                               surrogate_id=surrogate.actor.member_id, **kwargs)
        if countersign:
            surrogate.signatures.countersign(case, consent_id, signed_on=self.day(day))
        return consent_id

    def cycle(self, case: str, surrogate: Workspace, day: int, phase: str, suds: tuple[int, int],
              done: tuple[str, ...] | None = None, review_after: int | None = 2,
              gated: bool = True, **debrief: object) -> str:
        """Schedule (five days ahead), hold and debrief, then review one surrogate session."""
        t, w = self.therapist, self.w
        self.at(day - 5, 12)
        plan = t.plans.current(case)
        assert plan is not None
        planned = tuple(a.value for a in plan.phase(phase).activities)
        if gated:
            session_id = t.sessions.schedule(
                case, "surrogate_session", f"{self.day(day)}T10:00",
                90, phase, planned, w["place.practice_room"], surrogate.actor.member_id).subject_id
        else:
            # Booked on paper before the release was signed, and carried into the record as
            # it was (Triad's scheduling refuses this today): the gap the audit must find.
            session_id = str(uuid.uuid4())
            t.append(Kind.SESSION_SCHEDULED, {
                "session_id": session_id, "kind": "surrogate_session",
                "starts_at": f"{self.day(day)}T10:00", "duration_min": 90, "phase_id": phase,
                "planned_activities": list(planned), "location": w["place.practice_room"],
                "surrogate_id": surrogate.actor.member_id}, CaseId(case))
        self.at(day, 15)
        form_fields = {
            name: w[f"debrief.{name}"]
            for name in ("went_well", "was_hard", "arousal_anxiety", "safer_sex", "reactions",
                         "questions", "proposal", "process_recording")}
        form_fields.update(debrief)  # type: ignore[arg-type]
        surrogate.sessions.submit_debrief(session_id, DebriefForm(
            activities_done=done if done is not None else planned,
            suds_before=suds[0], suds_after=suds[1], **form_fields))  # type: ignore[arg-type]
        if review_after is not None:
            self.at(day + review_after, 9)
            t.sessions.review(session_id, w["review.comment"])
        return session_id
